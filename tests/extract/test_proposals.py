"""What the extraction proposes from a press release it was not written against."""

from __future__ import annotations

from netmap.ingest.extract.document import document_from_text
from netmap.ingest.extract.proposals import Extraction, extract_document

TEXT = """Neues Projekt für Zugewanderte in Bielefeld

Bielefeld, 12.04.2024 – Die Diakonie für Bielefeld gGmbH und das Jobcenter Arbeitplus Bielefeld haben eine Kooperationsvereinbarung unterzeichnet. Gemeinsam mit der Volkshochschule Bielefeld führt die Diakonie das Projekt „Brücken in Arbeit“ durch. Das Projekt wird aus Mitteln des Bundesministeriums für Arbeit und Soziales gefördert.

„Wir freuen uns auf die Zusammenarbeit“, sagte Anna Schulte, Geschäftsführerin des Jobcenters Arbeitplus Bielefeld.
"""


def _extraction() -> Extraction:
    return extract_document(document_from_text("bielefeld.txt", TEXT))


def _names(extraction: Extraction) -> dict[str, str]:
    return {e.name: e.kind for e in extraction.entities}


def test_actors_with_kinds_spans_and_evidence() -> None:
    extraction = _extraction()
    names = _names(extraction)
    assert names["Diakonie für Bielefeld gGmbH"] == "Organisation"
    assert names["Jobcenter Arbeitplus Bielefeld"] == "Organisation"
    assert names["Volkshochschule Bielefeld"] == "Organisation"
    assert names["Brücken in Arbeit"] == "Project"
    assert names["Bundesministerium für Arbeit und Soziales"] == "Funder"
    assert names["Anna Schulte"] == "Person"
    text = extraction.document.text
    for entity in extraction.entities:
        start, end = entity.span
        assert text[start:end] in entity.evidence
        assert 0 < entity.confidence <= 1
    person = next(e for e in extraction.entities if e.kind == "Person")
    assert person.role == "Geschäftsführerin"
    assert extraction.document.date == "2024-04-12"


def test_relations_from_cue_phrases() -> None:
    extraction = _extraction()
    name = {e.id: e.name for e in extraction.entities}
    found = {(r.kind, name[r.from_id], name[r.to_id]) for r in extraction.relations}
    assert ("FUNDS", "Bundesministerium für Arbeit und Soziales", "Brücken in Arbeit") in found
    assert ("RUNS", "Volkshochschule Bielefeld", "Brücken in Arbeit") in found
    assert ("MEMBER_OF", "Anna Schulte", "Jobcenter Arbeitplus Bielefeld") in found
    pairs = {frozenset((a, b)) for kind, a, b in found if kind == "COOPERATES_WITH"}
    assert frozenset(("Diakonie für Bielefeld gGmbH", "Jobcenter Arbeitplus Bielefeld")) in pairs
    for relation in extraction.relations:
        assert relation.evidence == text_at(extraction, relation.span)


def text_at(extraction: Extraction, span: tuple[int, int]) -> str:
    return extraction.document.text[span[0] : span[1]]
