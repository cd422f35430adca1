"""Constructions added in the fifteenth round (relations between actors the extractor already
found), each on a small fictional German text with a near miss that must not give the relation:
a funder's own release that lists funded bodies ('Zu den geförderten Kommunen gehören …') or gives
money in two clauses of one sentence, after a dateline; organisations taken into a network
('nahm … in das Netzwerk auf') and partners said to carry a network together (its members)."""

from __future__ import annotations

from tests.extract.test_constructions import _relations
from tests.extract.test_round10_constructions import _extract

_MINISTRY = (
    "Düsseldorf, 4. Mai 2026\n\n"
    "Land fördert Lotsen mit 1,2 Millionen Euro\n\n"
    "Das Ministerium für Integration des Landes Musterland fördert den Aufbau von Lotsendiensten in acht Kommunen.\n"
)


def test_bodies_listed_as_funded_in_a_funders_release_are_funded_by_it() -> None:
    text = _MINISTRY + (
        "Zu den geförderten Kommunen gehören unter anderem der Musterkreis, die Stadt Musterhausen und der Kreis Beispiel.\n"
    )
    found = _relations(_extract(text))
    assert ("FUNDS", "Ministerium für Integration des Landes Musterland", "Stadt Musterhausen") in found
    assert ("FUNDS", "Ministerium für Integration des Landes Musterland", "Kreis Beispiel") in found


def test_bodies_listed_without_funding_are_not_funded() -> None:
    text = _MINISTRY + (
        "Zu den beteiligten Kommunen gehören unter anderem der Musterkreis, die Stadt Musterhausen und der Kreis Beispiel.\n"
    )
    found = _relations(_extract(text))
    assert ("FUNDS", "Ministerium für Integration des Landes Musterland", "Stadt Musterhausen") not in found


def test_each_clause_of_a_sentence_names_its_own_receiver() -> None:
    text = (
        "Bürgerstiftung Musterstadt fördert Integrationsprojekte\n\n"
        "Musterstadt, 4. Mai 2026 – Die Bürgerstiftung Musterstadt unterstützt in diesem Jahr drei Projekte.\n"
        "Der Kulturverein Muster e.V. erhält 8.500 Euro für seine Elternabende, und die Volkshochschule "
        "Musterstadt wird für den Kurs „Frauen starten durch“ mit 6.000 Euro bedacht.\n"
    )
    found = _relations(_extract(text))
    assert ("FUNDS", "Bürgerstiftung Musterstadt", "Kulturverein Muster e.V.") in found
    assert ("FUNDS", "Bürgerstiftung Musterstadt", "Frauen starten durch") in found


def test_a_carriers_release_with_two_clauses_names_no_funder() -> None:
    text = (
        "Verein startet Elternabende\n\n"
        "Musterstadt, 4. Mai 2026 – Der Kulturverein Muster e.V. startet ein neues Angebot.\n"
        "Die Volkshochschule Musterstadt erhält 8.500 Euro für ihre Kurse, und die Stadt Musterhausen "
        "wird mit 6.000 Euro bedacht.\n"
    )
    assert not any(kind == "FUNDS" for kind, _, _ in _relations(_extract(text)))


_NETWORK = (
    "Netzwerk wächst\n\n"
    "Musterstadt, 4. Mai 2026 – Beim Herbsttreffen des Netzwerks Integration Musterkreis, das vom "
    "Integrationsbüro der Stadt Musterstadt koordiniert wird, wurde über Sprachkurse beraten.\n"
)


def test_organisations_taken_into_the_network_are_its_members() -> None:
    text = _NETWORK + (
        "Zum Auftakt nahm die Runde zwei neue Partner offiziell in das Netzwerk auf: den Verein "
        "Brückenschlag Muster e.V. und die Kreishandwerkerschaft Musterkreis.\n"
    )
    found = _relations(_extract(text))
    assert ("MEMBER_OF", "Brückenschlag Muster e.V.", "Netzwerk Integration Musterkreis") in found
    assert ("MEMBER_OF", "Kreishandwerkerschaft Musterkreis", "Netzwerk Integration Musterkreis") in found


def test_organisations_taken_up_elsewhere_are_no_members() -> None:
    text = _NETWORK + (
        "Zum Auftakt nahm die Runde zwei Anregungen auf: vom Verein Brückenschlag Muster e.V. "
        "und von der Kreishandwerkerschaft Musterkreis.\n"
    )
    found = _relations(_extract(text))
    assert ("MEMBER_OF", "Brückenschlag Muster e.V.", "Netzwerk Integration Musterkreis") not in found


_CARRYING = (
    "Zu den Partnern, die das Netzwerk seit seiner Gründung im Jahr 2017 tragen, zählen unter anderem\n"
    "das Jobcenter Musterkreis,\n"
    "die Agentur für Arbeit Musterstadt,\n"
    "der Jugendmigrationsdienst Musterstadt, dessen Träger die Arbeiterwohlfahrt Musterkreis e.V. ist,\n"
    "der Caritasverband Musterstadt e.V. und\n"
    "die Volkshochschule Musterstadt.\n"
)


def test_partners_that_carry_a_network_together_are_its_members() -> None:
    found = _relations(_extract(_NETWORK + _CARRYING))
    assert ("MEMBER_OF", "Jobcenter Musterkreis", "Netzwerk Integration Musterkreis") in found
    assert ("MEMBER_OF", "Volkshochschule Musterstadt", "Netzwerk Integration Musterkreis") in found
    assert ("RUNS", "Jobcenter Musterkreis", "Netzwerk Integration Musterkreis") not in found


def test_one_carrier_of_a_network_runs_it() -> None:
    text = _NETWORK + "Getragen wird das Netzwerk vom Caritasverband Musterstadt e.V.\n"
    found = _relations(_extract(text))
    assert ("MEMBER_OF", "Caritasverband Musterstadt e.V.", "Netzwerk Integration Musterkreis") not in found
