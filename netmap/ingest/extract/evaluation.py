"""Precision, recall and F1 of the extraction against gold annotations, per text and overall.

An extracted entity is right when one of its spellings has the key (inflection, gender forms and
legal forms folded) of a gold entity's name or variant, and the kinds agree. A relation is right
when its type and both ends (mapped to gold entities) agree; COOPERATES_WITH counts as an
unordered pair. Several extracted entities that map to one gold entity count once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from netmap.ingest.extract.document import load_document
from netmap.ingest.extract.gold import GoldError, GoldText, load_gold_dir
from netmap.ingest.extract.inflection import name_key
from netmap.ingest.extract.proposals import Extraction, extract_document
from netmap.ingest.extract.sentence_view import relation_key


@dataclass
class Score:
    true_positive: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.true_positive / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.true_positive / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.true_positive += other.true_positive
        self.predicted += other.predicted
        self.gold += other.gold


@dataclass
class TextResult:
    name: str
    split: str
    entities: Score
    relations: Score
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)


def evaluate_text(gold: GoldText, learned: bool = True) -> TextResult:
    """Scores of the extraction on one gold text (with the learned relation classifier or rules only)."""
    return score_extraction(extract_document(load_document(gold.text_path), learned), gold)


def gold_names(extraction: Extraction, gold: GoldText) -> dict[str, str]:
    """For each extracted entity's id, the gold entity name it matches, or '?' + its id."""
    gold_of: dict[tuple[str, str], str] = {}
    for entity in gold.entities:
        for spelling in (entity.name, *entity.variants):
            gold_of.setdefault((entity.kind, name_key(spelling)), entity.name)
    mapped: dict[str, str] = {}
    for proposal in extraction.entities:
        hit = next((gold_of[(proposal.kind, name_key(s))] for s in (proposal.name, *proposal.aliases)
                    if (proposal.kind, name_key(s)) in gold_of), None)  # fmt: skip
        mapped[proposal.id] = "?" + proposal.id if hit is None else hit
    return mapped


def score_extraction(extraction: Extraction, gold: GoldText) -> TextResult:
    """Scores of one extraction against the gold text it was made from."""
    mapped = gold_names(extraction, gold)
    spurious = [f"{p.kind} {p.name}" for p in extraction.entities if mapped[p.id].startswith("?")]
    predicted_entities = set(mapped.values())
    gold_entities = {e.name for e in gold.entities}
    entities = Score(len(predicted_entities & gold_entities), len(predicted_entities), len(gold_entities))

    predicted_relations = {relation_key(r.kind, mapped[r.from_id], mapped[r.to_id]) for r in extraction.relations}
    gold_relations = {relation_key(r.type, r.source, r.target) for r in gold.relations}
    relations = Score(len(predicted_relations & gold_relations), len(predicted_relations), len(gold_relations))
    missed = [f"{e}" for e in sorted(gold_entities - predicted_entities)]
    missed += [" ".join(r) for r in sorted(gold_relations - predicted_relations)]
    spurious += [" ".join(r) for r in sorted(predicted_relations - gold_relations)]
    return TextResult(gold.gold_file.stem, gold.split, entities, relations, missed, spurious)


def overall(results: list[TextResult]) -> tuple[Score, Score]:
    """Micro-averaged entity and relation scores over several texts."""
    entities, relations = Score(), Score()
    for result in results:
        entities.add(result.entities)
        relations.add(result.relations)
    return entities, relations


@dataclass
class EvaluationReport:
    results: list[TextResult]
    skipped: list[str]  # gold files whose text is not there (e.g. the seed texts outside the repo)

    def splits(self) -> dict[str, tuple[Score, Score]]:
        """Overall scores per split ('tuning', 'heldout') and for all texts."""
        names = sorted({r.split for r in self.results})
        out = {name: overall([r for r in self.results if r.split == name]) for name in names}
        out["all"] = overall(self.results)
        return out

    def to_dict(self) -> dict[str, object]:
        def score(s: Score) -> dict[str, float | int]:
            return {"precision": round(s.precision, 3), "recall": round(s.recall, 3), "f1": round(s.f1, 3),
                    "true_positive": s.true_positive, "predicted": s.predicted, "gold": s.gold}  # fmt: skip

        return {
            "texts": [
                {"name": r.name, "split": r.split, "entities": score(r.entities), "relations": score(r.relations)}
                for r in self.results
            ],  # fmt: skip
            "overall": {k: {"entities": score(e), "relations": score(r)} for k, (e, r) in self.splits().items()},
            "skipped": self.skipped,
        }

    def render(self) -> str:
        width = max([28, *(len(r.name) for r in self.results), *(len(f"overall ({k})") for k in self.splits())])
        head = (
            f"{'text':<{width}} {'split':<8} {'entities P':>10} {'R':>5} {'F1':>5}   {'relations P':>11} {'R':>5} {'F1':>5}"
        )
        lines = [head]

        def row(name: str, split: str, e: Score, r: Score) -> str:
            return (f"{name:<{width}} {split:<8} {e.precision:>10.2f} {e.recall:>5.2f} {e.f1:>5.2f}   "
                    f"{r.precision:>11.2f} {r.recall:>5.2f} {r.f1:>5.2f}")  # fmt: skip

        lines += [row(r.name, r.split, r.entities, r.relations) for r in self.results]
        lines.append("")
        lines += [row(f"overall ({name})", "", e, r) for name, (e, r) in self.splits().items()]
        lines += [f"skipped {s}: its text is not there" for s in self.skipped]
        return "\n".join(lines)


def evaluation_report(folder: Path, learned: bool = True) -> EvaluationReport:
    """Evaluate every gold file in `folder` whose text exists (the others are listed as skipped),
    with the learned relation classifier or (learned False) the rules only."""
    results: list[TextResult] = []
    skipped: list[str] = []
    for gold in load_gold_dir(folder):
        if gold.text_path.exists():
            results.append(evaluate_text(gold, learned))
        else:
            skipped.append(gold.gold_file.stem)
    if not results:
        raise GoldError(f"No gold file in {folder} has its text next to it.")
    return EvaluationReport(results, skipped)
