"""How far two people's gold annotations of the same texts agree, scored exactly as
`netmap extract --evaluate` scores the extractor: the second annotation is read as if it were an
extraction (its entities with their variants as aliases, its relations) and scored against the
first, and the other way round. The relation F1 between two careful annotators is the ceiling a
fixed goal for the extractor should be read against.

    .venv/bin/python tools/gold_agreement.py FIRST_DIR SECOND_DIR

Files are paired by the part of their name after the first '_' (blind14_gotha_jobcenter.json ↔
agree14_gotha_jobcenter.json)."""

from __future__ import annotations

import sys
from pathlib import Path

from netmap.ingest.extract.document import load_document
from netmap.ingest.extract.evaluation import Score, score_extraction
from netmap.ingest.extract.gold import GoldText, load_gold_dir
from netmap.ingest.extract.proposals import EntityProposal, Extraction, RelationProposal


def as_extraction(gold: GoldText) -> Extraction:
    """The annotation `gold` in the shape of an extraction of its text."""
    ids = {e.name: f"e{i}" for i, e in enumerate(gold.entities, 1)}
    entities = [
        EntityProposal(ids[e.name], e.kind, e.name, "", (0, 0), 1.0, aliases=list(e.variants)) for e in gold.entities
    ]
    relations = [
        RelationProposal(f"r{i}", r.type, ids[r.source], ids[r.target], r.evidence, (0, 0), 1.0)
        for i, r in enumerate(gold.relations, 1)
    ]
    return Extraction(load_document(gold.text_path), entities, relations)


def paired(first: Path, second: Path) -> list[tuple[GoldText, GoldText]]:
    """The gold texts of both folders that annotate the same text, by name after the prefix."""
    seconds = {g.gold_file.stem.split("_", 1)[1]: g for g in load_gold_dir(second)}
    return [(g, seconds[key]) for g in load_gold_dir(first) if (key := g.gold_file.stem.split("_", 1)[1]) in seconds]


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    pairs = paired(Path(argv[0]), Path(argv[1]))
    if not pairs:
        print("No text is annotated in both folders (files are paired by the name after the first '_').")
        return 1
    totals = {"second against first": (Score(), Score()), "first against second": (Score(), Score())}
    print(f"{'text':36} {'second against first: entities F1':>34} {'relations P / R / F1':>22}")
    for first, second in pairs:
        for label, gold, other in (("second against first", first, second), ("first against second", second, first)):
            result = score_extraction(as_extraction(other), gold)
            totals[label][0].add(result.entities)
            totals[label][1].add(result.relations)
            if label == "second against first":
                r = result.relations
                print(
                    f"{first.gold_file.stem:36} {result.entities.f1:34.2f} {r.precision:8.2f} {r.recall:5.2f} {r.f1:5.2f}"
                )
    for label, (entities, relations) in totals.items():
        print(
            f"overall, {label}: entities P {entities.precision:.2f} R {entities.recall:.2f} F1 {entities.f1:.2f}; "
            f"relations P {relations.precision:.2f} R {relations.recall:.2f} F1 {relations.f1:.2f} "
            f"({relations.true_positive} agreed, {relations.gold} in the gold, {relations.predicted} in the other)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
