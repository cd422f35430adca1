"""tools/gold_agreement.py: two annotations of the same texts scored against each other."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "fixtures" / "extract_gold"
TOOL = ROOT / "tools" / "gold_agreement.py"


def _annotation(folder: Path, prefix: str, drop_relations: int = 0) -> Path:
    """A copy of blind13's gold of the Wuppertal text under `prefix`, less its first relations."""
    (folder / "texts").mkdir(parents=True)
    data = json.loads((GOLD / "blind13_wuppertal_integrationsbuero.json").read_text(encoding="utf-8"))
    text = GOLD / data["text"]
    shutil.copy(text, folder / "texts" / f"{prefix}_wuppertal_integrationsbuero{text.suffix}")
    data["text"] = f"texts/{prefix}_wuppertal_integrationsbuero{text.suffix}"
    data["relations"] = data["relations"][drop_relations:]
    (folder / f"{prefix}_wuppertal_integrationsbuero.json").write_text(json.dumps(data), encoding="utf-8")
    return folder


def _run(first: Path, second: Path) -> str:
    done = subprocess.run(
        [sys.executable, str(TOOL), str(first), str(second)], capture_output=True, text=True, cwd=ROOT
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_an_annotation_agrees_fully_with_itself(tmp_path: Path) -> None:
    out = _run(_annotation(tmp_path / "a", "one"), _annotation(tmp_path / "b", "two"))
    assert "second against first: entities P 1.00 R 1.00 F1 1.00; relations P 1.00 R 1.00 F1 1.00" in out


def test_relations_one_annotator_left_out_lower_the_other_direction_s_recall(tmp_path: Path) -> None:
    full = json.loads((GOLD / "blind13_wuppertal_integrationsbuero.json").read_text(encoding="utf-8"))
    total = len(full["relations"])
    out = _run(_annotation(tmp_path / "a", "one"), _annotation(tmp_path / "b", "two", drop_relations=5))
    assert f"({total - 5} agreed, {total} in the gold, {total - 5} in the other)" in out
    assert f"({total - 5} agreed, {total - 5} in the gold, {total} in the other)" in out
