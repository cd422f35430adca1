"""Constructions added in the tenth round, each on a small fictional German text: a year after a
bare kind is no part of a name."""

from __future__ import annotations

from netmap.ingest.extract.document import document_from_text
from netmap.ingest.extract.proposals import Extraction, extract_document


def _extract(text: str, name: str = "round10.txt") -> Extraction:
    return extract_document(document_from_text(name, text, ".txt"))


def _relations(extraction: Extraction) -> set[tuple[str, str, str]]:
    name = {e.id: e.name for e in extraction.entities}
    return {(r.kind, name[r.from_id], name[r.to_id]) for r in extraction.relations}


def test_a_year_after_a_bare_kind_is_no_part_of_the_name() -> None:
    text = (
        "Netzwerk wächst\n\n"
        "Musterstadt, 4. Mai 2026 – Dem Integrationsnetzwerk Musterstadt sind zwei Partner beigetreten.\n"
        "Die Leiterin erinnerte daran, dass das Netzwerk 2018 mit zwölf Mitgliedern begonnen habe.\n"
        "Weitere Mitglieder des Netzwerks sind das Jobcenter Musterstadt und die Volkshochschule Musterstadt.\n"
        "Das Land stellte dem Kreis 2025 hierfür 40.000 Euro zur Verfügung.\n"
    )
    extraction = _extract(text)
    names = {e.name for e in extraction.entities}
    assert not [n for n in names if "2018" in n or "2025" in n]
    found = _relations(extraction)
    assert ("MEMBER_OF", "Jobcenter Musterstadt", "Integrationsnetzwerk Musterstadt") in found
    assert ("MEMBER_OF", "Volkshochschule Musterstadt", "Integrationsnetzwerk Musterstadt") in found
