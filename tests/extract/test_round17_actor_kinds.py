"""Constructions added in the seventeenth round (helper C: actors that are no actors of the
network, or found with a wrong kind), each on a small fictional German text with a near miss
that must not give it."""

from __future__ import annotations

from tests.extract.test_constructions import _relations
from tests.extract.test_round10_constructions import _extract
from tests.extract.test_round13_references import _names
from tests.extract.test_round15_actors import _text


def _release(*grants: str) -> str:
    return (
        "Regierung von Niederfranken bewilligt Mittel für Integrationsprojekte\n\n"
        "Musterstadt, 4. Mai 2026 – Die Regierung von Niederfranken hat am Montag die Förderung für das "
        "kommende Jahr bekanntgegeben. " + " ".join(grants) + "\n"
    )


def test_a_body_that_names_its_grants_in_its_own_release_is_their_funder() -> None:
    extraction = _extract(
        _release(
            "Der Verein Brückenschlag Musterstadt e.V. erhält 20.000 Euro für das Projekt „Lotsen im Betrieb“.",
            "Die Volkshochschule Nordheim wird mit 12.000 Euro für den „Sprachtreff Beruf“ gefördert.",
        )
    )
    relations = _relations(extraction)
    assert ("FUNDS", "Regierung von Niederfranken", "Lotsen im Betrieb") in relations
    assert ("FUNDS", "Regierung von Niederfranken", "Sprachtreff Beruf") in relations
    assert {e.name: e.kind for e in extraction.entities}["Regierung von Niederfranken"] == "Funder"
    # near miss: one sum in a release is news about a receiver, not the issuer's grants
    near = _extract(
        _release("Der Verein Brückenschlag Musterstadt e.V. erhält 20.000 Euro für das Projekt „Lotsen im Betrieb“.")
    )
    assert not any(kind == "FUNDS" and source == "Regierung von Niederfranken" for kind, source, _ in _relations(near))
    assert {e.name: e.kind for e in near.entities}["Regierung von Niederfranken"] == "Organisation"


def test_the_title_of_a_fachtag_is_no_project() -> None:
    near = _extract(
        _text(
            "Rund 120 Fachkräfte sind am Mittwoch zum vierten Fachtag „Ankommen in Ausbildung“ zusammengekommen, "
            "zu dem der Verein Brückenschlag Musterstadt e.V. eingeladen hatte."
        )
    )
    assert "Ankommen in Ausbildung" not in _names(near)
    # the same quoted name after 'Projekt' is a project its carrier runs
    extraction = _extract(
        _text(
            "Der Verein Brückenschlag Musterstadt e.V. startet im Januar das Projekt „Ankommen in Ausbildung“, "
            "das Jugendliche beim Einstieg in den Beruf begleitet."
        )
    )
    assert ("RUNS", "Brückenschlag Musterstadt e.V.", "Ankommen in Ausbildung") in _relations(extraction)


def test_in_der_woche_is_a_time_not_an_event() -> None:
    near = _extract(
        _text(
            "Die Migrationsberatung der Diakonie Musterstadt bietet künftig an vier Tagen in der Woche "
            "Sprechstunden an. Gefördert wird sie vom Bundesamt für Migration und Flüchtlinge."
        )
    )
    assert not any(name.startswith("Woche") for name in _names(near))
    # a week with a name of its own is an event
    extraction = _extract(_text("Die Stadt Musterstadt lädt zur Interkulturellen Woche Musterstadt ein."))
    assert "Interkulturelle Woche Musterstadt" in _names(extraction)


def test_a_unit_in_a_contact_line_is_no_person() -> None:
    extraction = _extract(
        _text("Der Malteser Hilfsdienst e.V. begleitet Geflüchtete zu Ämtern.")
        + "\nPressekontakt: Malteser Hilfsdienst e.V., Dienststelle Nordheim, Lena Fröschle, Öffentlichkeitsarbeit\n"
    )
    persons = {e.name for e in extraction.entities if e.kind == "Person"}
    assert "Dienststelle Nordheim" not in persons
    assert "Lena Fröschle" in persons
    assert ("MEMBER_OF", "Lena Fröschle", "Malteser Hilfsdienst e.V.") in _relations(extraction)
