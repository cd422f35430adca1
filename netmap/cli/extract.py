"""`netmap extract`: propose actors and relations from German press releases; `--save` keeps
them as a draft for review; `--evaluate GOLD_DIR` scores the extraction against gold files."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from netmap.settings import Settings
from netmap.store import open_store


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cmd = sub.add_parser("extract", help="propose actors and relations from press releases (txt, md, html)")
    cmd.add_argument("files", nargs="*", metavar="FILE", help="press releases: .txt, .md or .html (UTF-8)")
    cmd.add_argument("--format", choices=("table", "json"), default="table", help="output format (default: table)")
    cmd.add_argument("--save", action="store_true", help="keep the proposals as a draft for review (netmap drafts)")
    cmd.add_argument("--evaluate", metavar="GOLD_DIR", help="print precision, recall and F1 against gold files")
    cmd.add_argument("--rules-only", action="store_true", help="without the learned relation classifier")
    cmd.set_defaults(func=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    from netmap.errors import NetmapError

    if args.evaluate:
        return _evaluate(Path(args.evaluate), args.format, not args.rules_only)
    if not args.files:
        raise NetmapError("No file given.", "Name one or more press releases: netmap extract release.txt")
    from netmap.ingest.extract.document import load_document
    from netmap.ingest.extract.drafts import save_draft
    from netmap.ingest.extract.matching import actor_index, match_existing
    from netmap.ingest.extract.proposals import extract_document

    documents = [load_document(Path(f)) for f in args.files]  # all readable before anything is saved
    store = open_store(settings.store_url, settings)
    try:
        index = actor_index(store)
        outputs = []
        for document in documents:
            extraction = extract_document(document, learned=not args.rules_only)
            match_existing(extraction, index)
            draft_id = save_draft(store, extraction) if args.save else ""
            outputs.append((extraction, draft_id))
    finally:
        store.close()
    if args.format == "json":
        print(json.dumps([_as_json(x, d) for x, d in outputs], ensure_ascii=False, indent=2))
    else:
        for extraction, draft_id in outputs:
            print(_as_table(extraction, draft_id))
    return 0


def _as_json(extraction: object, draft_id: str) -> dict[str, object]:
    from netmap.ingest.extract.proposals import Extraction

    assert isinstance(extraction, Extraction)
    doc = extraction.document
    return {
        "file": doc.file_name, "title": doc.title, "date": doc.date, "draft": draft_id or None,
        "entities": [e.to_dict() for e in extraction.entities],
        "relations": [r.to_dict() for r in extraction.relations],
    }  # fmt: skip


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _as_table(extraction: object, draft_id: str) -> str:
    from netmap.ingest.extract.proposals import Extraction

    assert isinstance(extraction, Extraction)
    doc = extraction.document
    names = {e.id: e.name for e in extraction.entities}
    lines = [f"== {doc.file_name}: {doc.title}" + (f" ({doc.date})" if doc.date else "")]
    lines.append(f"{'id':<5} {'kind':<12} {'name':<48} {'conf':>4}  {'matches':<28} span / evidence")
    for e in extraction.entities:
        detail = e.role or (e.project_type if e.kind == "Project" else "")
        name = e.name + (f" ({detail})" if detail else "")
        match = e.match_id or "new"
        lines.append(
            f"{e.id:<5} {e.kind:<12} {_cut(name, 48):<48} {e.confidence:>4.2f}  {_cut(match, 28):<28} "
            f"{e.span[0]}-{e.span[1]}: {_cut(e.evidence, 70)}"
        )
    lines.append("")
    for r in extraction.relations:
        props = ", ".join(f"{k}={v}" for k, v in r.properties.items())
        what = f"{names[r.from_id]} ({r.from_id}) → {names[r.to_id]} ({r.to_id})" + (f" [{props}]" if props else "")
        lines.append(f"{r.id:<5} {r.kind:<16} {_cut(what, 80):<80} {r.confidence:>4.2f}  {r.span[0]}-{r.span[1]}")
    lines.append(f"{len(extraction.entities)} actors, {len(extraction.relations)} relations proposed.")
    if draft_id:
        lines.append(
            f"Saved as draft {draft_id}. Review: netmap drafts list {draft_id}; "
            f"accept: netmap drafts accept {draft_id} e1 r1 …; reject: netmap drafts reject {draft_id} e2 …"
        )
    else:
        lines.append("Nothing was stored. Add --save to keep these proposals as a draft for review.")
    return "\n".join(lines) + "\n"


def _evaluate(folder: Path, fmt: str, learned: bool) -> int:
    from netmap.ingest.extract.evaluation import evaluation_report

    report = evaluation_report(folder, learned)
    print(json.dumps(report.to_dict(), indent=2) if fmt == "json" else report.render())
    return 0
