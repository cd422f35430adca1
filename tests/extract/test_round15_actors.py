"""Constructions added in the fifteenth round (helper A: actors not found or found with a wrong
name), each on a small fictional German text with a near miss that must not give the relation:
institution heads the lexicon did not know (a Liga, a Landesarbeitsgemeinschaft, a
Familienbildungsstätte, a Mutterhaus, a Landkreistag, an Aufbaubank) and funders named by two
fixed words (Aktion Mensch)."""

from __future__ import annotations

from tests.extract.test_constructions import _relations
from tests.extract.test_round10_constructions import _extract
from tests.extract.test_round13_references import _names


def _text(body: str) -> str:
    return f"Neues aus dem Netzwerk\n\nMusterstadt, 4. Mai 2026 – {body}\n"


def test_umbrella_and_house_heads_name_actors() -> None:
    extraction = _extract(
        _text(
            "Das Projekt „Mütter lernen mit“ führt der Verein Brückenschlag Musterstadt e.V. gemeinsam mit der "
            "Familienbildungsstätte Nordheim durch. Koordiniert wird das Programm „Lotsen für Teilhabe“ von der "
            "Landesarbeitsgemeinschaft der Kommunalen Integrationszentren Musterland."
        )
    )
    relations = _relations(extraction)
    assert ("RUNS", "Familienbildungsstätte Nordheim", "Mütter lernen mit") in relations
    assert ("RUNS", "Landesarbeitsgemeinschaft der Kommunalen Integrationszentren Musterland", "Lotsen für Teilhabe") in relations
    # near miss: a common noun that ends in the same letters is no actor
    near = _extract(_text("Das Projekt „Mütter lernen mit“ führt der Verein Brückenschlag Musterstadt e.V. mit viel Mission durch."))
    assert not any(name.endswith("Mission") for name in _names(near))


def test_a_funder_named_by_two_fixed_words() -> None:
    extraction = _extract(_text("Die Aktion Mensch fördert das Projekt „Erste Schritte“ über drei Jahre mit 150.000 Euro."))
    assert ("FUNDS", "Aktion Mensch", "Erste Schritte") in _relations(extraction)
    near = _extract(_text("Die Aktion startet im Mai; das Projekt „Erste Schritte“ lädt jeden Menschen ein."))
    assert "Aktion Mensch" not in _names(near)
