"""Gold annotations: what a person reading a press release says it states.

One JSON file per text in a gold folder (see tests/fixtures/extract_gold/README.md):

    {"text": "texts/tune_dueren_lotsen.txt",       # relative to the JSON file
     "split": "tuning" | "heldout",
     "entities": [{"kind": "Organisation", "name": "Kreis Düren", "variants": ["Kreisverwaltung Düren"]}],
     "relations": [{"type": "MEMBER_OF", "from": "Wolfgang Spelthahn", "to": "Kreis Düren",
                    "evidence": "Landrat Wolfgang Spelthahn"}]}

Relation ends name entities by their canonical `name`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from netmap.errors import NetmapError

KINDS = ("Organisation", "Funder", "Project", "Person")
RELATION_TYPES = ("COOPERATES_WITH", "FUNDS", "RUNS", "MEMBER_OF")


class GoldError(NetmapError):
    hint = "Fix the gold file (format: tests/fixtures/extract_gold/README.md)."


@dataclass(frozen=True)
class GoldEntity:
    kind: str
    name: str
    variants: tuple[str, ...] = ()


@dataclass(frozen=True)
class GoldRelation:
    type: str
    source: str
    target: str
    evidence: str = ""


@dataclass(frozen=True)
class GoldText:
    gold_file: Path
    text_path: Path
    split: str
    entities: tuple[GoldEntity, ...]
    relations: tuple[GoldRelation, ...]


def load_gold(path: Path) -> GoldText:
    """One gold file; GoldError names what is wrong in it."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        entities = tuple(GoldEntity(e["kind"], e["name"], tuple(e.get("variants", ()))) for e in data["entities"])
        relations = tuple(GoldRelation(r["type"], r["from"], r["to"], r.get("evidence", "")) for r in data["relations"])
        text_path = (path.parent / data["text"]).resolve()
        split = str(data.get("split", "tuning"))
    except (OSError, ValueError, KeyError, TypeError) as err:
        raise GoldError(f"{path} is not a gold file: {err}.") from None
    names = {e.name for e in entities}
    for e in entities:
        if e.kind not in KINDS:
            raise GoldError(f"{path}: entity {e.name!r} has kind {e.kind!r}, expected one of {', '.join(KINDS)}.")
    for r in relations:
        if r.type not in RELATION_TYPES or r.source not in names or r.target not in names:
            raise GoldError(f"{path}: relation {r.type} {r.source!r} → {r.target!r} names an unknown type or entity.")
    return GoldText(path, text_path, split, entities, relations)


def load_gold_dir(folder: Path) -> list[GoldText]:
    """Every gold file in `folder`, by file name."""
    if not folder.is_dir():
        raise GoldError(f"{folder} is not a folder of gold files.")
    return [load_gold(p) for p in sorted(folder.glob("*.json"))]
