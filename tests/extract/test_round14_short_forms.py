"""Constructions added in the fourteenth round (helper A: actors named by a short form, a place
phrase or an unnamed facility), each on a small fictional German text with a near miss that must
not give the relation: a welfare or chamber brand with a place ('die AWO in Musterstadt') for the
one actor whose full name carries it; an unnamed facility ('die neue Beratungsstelle für
Zugewanderte') standing for its carrier; a weak adjective after 'der' in a name whose head is not
known ('der Internationale Frauentreff X e.V.')."""

from __future__ import annotations

from netmap.ingest.extract.inflection import base_form
from netmap.ingest.extract.references import brand_owner, unnamed_facility
from tests.extract.test_constructions import _relations
from tests.extract.test_round10_constructions import _extract
from tests.extract.test_round13_references import _names


def test_a_brand_with_a_place_is_the_actor_that_carries_the_brand() -> None:
    text = (
        "Kooperation unterzeichnet\n\n"
        "Musterstadt, 4. Mai 2026 – Die Arbeiterwohlfahrt Kreisverband Musterland e.V. und das Jobcenter "
        "Musterland haben eine Vereinbarung geschlossen.\n"
        "Die Sprechstunde findet in den Räumen der AWO in Nordheim statt; die AWO in Nordheim arbeitet "
        "dafür eng mit der Volkshochschule Musterstadt zusammen.\n"
    )
    extraction = _extract(text)
    assert "AWO in Nordheim" not in _names(extraction)  # not a new actor
    assert ("COOPERATES_WITH", "Arbeiterwohlfahrt Kreisverband Musterland e.V.", "Volkshochschule Musterstadt") in {
        (kind, *sorted((a, b))) for kind, a, b in _relations(extraction)
    }


def test_a_brand_carried_by_two_actors_names_none_of_them() -> None:
    names = {"e1": "Arbeiterwohlfahrt Kreisverband Nord e.V.", "e2": "Arbeiterwohlfahrt Kreisverband Süd e.V."}
    assert brand_owner("AWO", names) is None
    assert brand_owner("AWO", {"e1": names["e1"], "e3": "Jobcenter Musterland"}) == "e1"
    # the one whose name begins with the brand, not the one that has it inside a compound
    both = {"e1": "Caritasverband Musterland e.V.", "e2": "Diözesan-Caritasverband für das Erzbistum Musterburg e.V."}
    assert brand_owner("Caritas", both) == "e1"
    assert brand_owner("Musterland", names) is None  # not a brand


def test_an_unnamed_facility_stands_for_its_carrier() -> None:
    text = (
        "Neue Beratungsstelle für Zugewanderte in Musterstadt\n\n"
        "Musterstadt, 4. Mai 2026 – Der Caritasverband Musterland e.V. hat am Montag eine neue "
        "Beratungsstelle für Zugewanderte eröffnet.\n"
        "Die Beratungsstelle arbeitet eng mit dem Jobcenter Musterland und der Volkshochschule Musterstadt zusammen.\n"
    )
    extraction = _extract(text)
    pairs = {(kind, *sorted((a, b))) for kind, a, b in _relations(extraction)}
    assert ("COOPERATES_WITH", "Caritasverband Musterland e.V.", "Jobcenter Musterland") in pairs
    assert ("COOPERATES_WITH", "Caritasverband Musterland e.V.", "Volkshochschule Musterstadt") in pairs
    assert not any(name.startswith("Beratungsstelle") for name in _names(extraction))


def test_a_facility_with_a_name_of_its_own_stays_an_actor() -> None:
    assert unnamed_facility("Beratungsstelle für Zugewanderte in Musterstadt") == ""
    assert unnamed_facility("Beratungsstelle der Caritas") == "Caritas"
    assert unnamed_facility("Beratungsstelle Brücke Musterstadt") is None  # a name of its own
    assert unnamed_facility("Koordinierungsstelle Migration und Teilhabe") is None  # not a facility head


def test_a_weak_adjective_after_der_takes_its_strong_ending() -> None:
    assert base_form("Internationale Frauentreff Nordheim e.V.", "der") == "Internationaler Frauentreff Nordheim e.V."
    assert base_form("Interkulturelle Forum Nordheim e.V.", "das") == "Interkulturelles Forum Nordheim e.V."
    # after 'die' the form is the same; a known head decides its own gender
    assert base_form("Internationale Frauentreff Nordheim e.V.", "die") == "Internationale Frauentreff Nordheim e.V."
    assert base_form("Kommunale Integrationszentrum", "der") == "Kommunales Integrationszentrum"
    text = (
        "Spenden übergeben\n\n"
        "Musterstadt, 4. Mai 2026 – Die Bürgerstiftung Musterstadt fördert in diesem Jahr drei Vereine.\n"
        "Weitere 7.000 Euro erhält der Internationale Frauentreff Nordheim e.V. für sein Nähcafé.\n"
    )
    assert "Internationaler Frauentreff Nordheim e.V." in _names(_extract(text))


def test_the_land_named_by_its_kind_is_the_ministry_the_text_names() -> None:
    text = (
        "Lotsen gesichert\n\n"
        "Musterburg, 4. Mai 2026 – Der Caritasverband Musterburg e.V. freut sich über gute Nachrichten.\n"
        "Das Musterländische Staatsministerium für Soziales hat sein Landesprogramm verlängert.\n"
        "Mit 118.000 Euro unterstützt der Freistaat die „Integrationslotsen Musterland“.\n"
    )
    found = _relations(_extract(text))
    assert ("FUNDS", "Musterländisches Staatsministerium für Soziales", "Integrationslotsen Musterland") in found


def test_the_land_as_countryside_or_destination_is_no_actor() -> None:
    text = (
        "Lotsen gesichert\n\n"
        "Musterburg, 4. Mai 2026 – Der Caritasverband Musterburg e.V. freut sich über gute Nachrichten.\n"
        "Das Musterländische Staatsministerium für Soziales hat sein Landesprogramm verlängert.\n"
        "Wer neu in das Land kommt, findet auf dem Land oft keine Beratung; die „Integrationslotsen Musterland“ helfen.\n"
    )
    found = _relations(_extract(text))
    assert ("FUNDS", "Musterländisches Staatsministerium für Soziales", "Integrationslotsen Musterland") not in found
