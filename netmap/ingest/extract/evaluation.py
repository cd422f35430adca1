"""Precision, recall and F1 of the extraction against gold annotations, per text and overall.

An extracted entity is right when one of its spellings has the key (inflection, gender forms and
legal forms folded) of a gold entity's name or variant, and the kinds agree. A relation is right
when its type and both ends (mapped to gold entities) agree; COOPERATES_WITH counts as an
unordered pair. Several extracted entities that map to one gold entity count once.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from netmap.ingest.extract.document import load_document
from netmap.ingest.extract.gold import GoldText
from netmap.ingest.extract.inflection import name_key
from netmap.ingest.extract.proposals import extract_document


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


def evaluate_text(gold: GoldText) -> TextResult:
    """Scores of the extraction on one gold text."""
    extraction = extract_document(load_document(gold.text_path))
    gold_of: dict[tuple[str, str], str] = {}
    for entity in gold.entities:
        for spelling in (entity.name, *entity.variants):
            gold_of.setdefault((entity.kind, name_key(spelling)), entity.name)
    mapped: dict[str, str] = {}
    spurious: list[str] = []
    for proposal in extraction.entities:
        hit = next((gold_of[(proposal.kind, name_key(s))] for s in (proposal.name, *proposal.aliases)
                    if (proposal.kind, name_key(s)) in gold_of), None)  # fmt: skip
        if hit is None:
            spurious.append(f"{proposal.kind} {proposal.name}")
            mapped[proposal.id] = "?" + proposal.id
        else:
            mapped[proposal.id] = hit
    predicted_entities = set(mapped.values())
    gold_entities = {e.name for e in gold.entities}
    entities = Score(len(predicted_entities & gold_entities), len(predicted_entities), len(gold_entities))

    def key(kind: str, a: str, b: str) -> tuple[str, ...]:
        return (kind, *sorted((a, b))) if kind == "COOPERATES_WITH" else (kind, a, b)

    predicted_relations = {key(r.kind, mapped[r.from_id], mapped[r.to_id]) for r in extraction.relations}
    gold_relations = {key(r.type, r.source, r.target) for r in gold.relations}
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
