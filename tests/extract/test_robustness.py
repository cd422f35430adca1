"""The extractor reads whatever text a user pastes: it proposes what it finds and never fails on
the text's shape (a sentence cut short, sentences in another order, words missing)."""

from __future__ import annotations

import random
from pathlib import Path

from netmap.ingest.extract.document import document_from_text
from netmap.ingest.extract.proposals import extract_document

TEXTS = Path(__file__).resolve().parents[1] / "fixtures" / "extract_gold" / "texts"


def _relations(text: str) -> set[tuple[str, str, str]]:
    extraction = extract_document(document_from_text("pasted.txt", text, ".txt"))
    name = {e.id: e.name for e in extraction.entities}
    return {(r.kind, name[r.from_id], name[r.to_id]) for r in extraction.relations}


def test_cooperation_with_partners_named_in_a_longer_sentence_before() -> None:
    # the partners before 'mit' come from the sentence before, whose token positions lie beyond
    # the end of this one (this raised IndexError once)
    text = (
        "Zum Auftakt des neuen Jahres kamen am Montagabend im großen Saal des Rathauses viele Gäste aus Politik, "
        "Verwaltung und Ehrenamt zusammen, darunter auch die Leiterin des Jobcenters Musterstadt. "
        "Kooperiert wird künftig eng mit dem Caritasverband Musterstadt e.V."
    )
    assert ("COOPERATES_WITH", "Jobcenter Musterstadt", "Caritasverband Musterstadt e.V.") in _relations(text)


def _variants(rng: random.Random, texts: list[str], count: int) -> list[str]:
    variants = []
    for _ in range(count):
        text = rng.choice(texts)
        sentences = text.split(". ")
        rng.shuffle(sentences)
        words = ". ".join(sentences).split(" ")
        other = rng.choice(texts)
        variants += [
            text[: rng.randrange(len(text))],
            ". ".join(sentences),
            " ".join(w for w in words if rng.random() > 0.1),
            text[: rng.randrange(len(text))] + other[rng.randrange(len(other)) :],
        ]
    return variants


def test_reshaped_press_releases_never_fail() -> None:
    texts = sorted(p.read_text(encoding="utf-8") for p in TEXTS.iterdir() if p.suffix == ".txt")
    for text in _variants(random.Random(7), texts, 15):
        extraction = extract_document(document_from_text("pasted.txt", text, ".txt"))
        known = {e.id for e in extraction.entities}
        assert all(r.from_id in known and r.to_id in known for r in extraction.relations)
