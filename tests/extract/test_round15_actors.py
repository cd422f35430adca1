"""Constructions added in the fifteenth round (helper A: actors not found or found with a wrong
name), each on a small fictional German text with a near miss that must not give the relation:
institution heads the lexicon did not know (a Liga, a Landesarbeitsgemeinschaft, a
Familienbildungsstätte, a Mutterhaus, a Landkreistag, an Aufbaubank) and funders named by two
fixed words (Aktion Mensch); districts named by a place adjective ('Jobcenter Märkischer Kreis');
a one-word district after 'im' as part of an organisation's name."""

from __future__ import annotations

from netmap.ingest.extract.heads import adjective_district, is_generic_name
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


def test_a_district_named_by_an_adjective_is_a_name() -> None:
    assert adjective_district(["Märkischer", "Kreis"])
    assert adjective_district(["Jobcenter", "Oberbergischen", "Kreises"])
    assert not adjective_district(["Evangelischer", "Kreis"])  # a church body's kind, not a district
    assert not is_generic_name("Jobcenter Märkischer Kreis")
    assert is_generic_name("Kommunales Integrationszentrum")  # still only a kind
    extraction = _extract(
        _text(
            "Die Arbeiterwohlfahrt Musterland e.V. arbeitet eng mit dem Jobcenter Märkischer Kreis und dem "
            "Kommunalen Integrationszentrum Märkischer Kreis zusammen."
        )
    )
    pairs = {(kind, *sorted((a, b))) for kind, a, b in _relations(extraction)}
    assert ("COOPERATES_WITH", "Arbeiterwohlfahrt Musterland e.V.", "Jobcenter Märkischer Kreis") in pairs


def test_a_one_word_district_after_im_belongs_to_the_name() -> None:
    extraction = _extract(
        _text(
            "Die Liga der Freien Wohlfahrtspflege im Musterberg-Kreis und das Jobcenter Musterberg haben eine "
            "Kooperationsvereinbarung unterzeichnet."
        )
    )
    assert "Liga der Freien Wohlfahrtspflege im Musterberg-Kreis" in _names(extraction)
    # near miss: a project keeps its own rule ('Runder Tisch im Musterberg-Kreis' is not grown here)
    near = _extract(_text("Die Liga der Freien Wohlfahrtspflege tagte im Musterberg-Kreis mit dem Jobcenter Musterberg."))
    assert "Liga der Freien Wohlfahrtspflege im Musterberg-Kreis" not in _names(near)
