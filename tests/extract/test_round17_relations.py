"""Constructions added in the seventeenth round (helper B: missed relations between found actors),
each on a small fictional German text with a near miss that must not give it."""

from __future__ import annotations

from tests.extract.test_constructions import _relations
from tests.extract.test_round10_constructions import _extract
from tests.extract.test_round15_actors import _text


def _found(body: str) -> set[tuple[str, str, str]]:
    """The rules' relations (kind, from, to) in a short release with `body` as its text."""
    return _relations(_extract(_text(body)))


def test_a_project_run_gemeinsam_mit_a_partner_is_run_by_both() -> None:  # 'mit dem A gemeinsam mit B …'
    relations = _found(
        "Neu ist das Projekt „Sprache verbindet Musterstadt“, mit dem die Volkshochschule Musterstadt "
        "gemeinsam mit der Kreishandwerkerschaft Musterland ab Januar Sprachkurse und Betriebserkundungen verbindet."
    )
    assert ("RUNS", "Volkshochschule Musterstadt", "Sprache verbindet Musterstadt") in relations
    assert ("RUNS", "Kreishandwerkerschaft Musterland", "Sprache verbindet Musterstadt") in relations
    # near miss: a partner that only presents the project with its carrier does not run it
    near = _found(
        "Im Mittelpunkt stand das Projekt „Sprache verbindet Musterstadt“, das die Volkshochschule Musterstadt "
        "gemeinsam mit der Kreishandwerkerschaft Musterland im Rathaus vorstellte."
    )
    assert ("RUNS", "Kreishandwerkerschaft Musterland", "Sprache verbindet Musterstadt") not in near


def test_a_project_two_organisations_hold_gemeinsam_is_run_by_both() -> None:
    relations = _found(
        "Fortgeführt wird der „Werkstatttag International“, den die Handwerkskammer Musterland und die "
        "Berufsschule Musterstadt künftig gemeinsam ausrichten."
    )
    assert ("RUNS", "Handwerkskammer Musterland", "Werkstatttag International") in relations
    assert ("RUNS", "Berufsschule Musterstadt", "Werkstatttag International") in relations


def test_a_second_membership_joined_by_und_gehoert_an_keeps_its_subject() -> None:
    relations = _found(
        "Der DRK-Kreisverband Musterland e.V. ist Mitglied im DRK-Landesverband Nordland e.V. und gehört dem "
        "Netzwerk Integration Musterland an, das von der Stadt Musterstadt koordiniert wird."
    )
    assert ("MEMBER_OF", "DRK-Kreisverband Musterland e.V.", "DRK-Landesverband Nordland e.V.") in relations
    assert ("MEMBER_OF", "DRK-Kreisverband Musterland e.V.", "Netzwerk Integration Musterland") in relations
    # near miss: a network named in a clause of its own is not joined by the umbrella's member
    near = _found(
        "Der DRK-Kreisverband Musterland e.V. ist Mitglied im DRK-Landesverband Nordland e.V.; das Netzwerk "
        "Integration Musterland wird von der Stadt Musterstadt koordiniert."
    )
    assert ("MEMBER_OF", "DRK-Kreisverband Musterland e.V.", "Netzwerk Integration Musterland") not in near


def test_a_grant_to_a_receiver_in_the_dative_is_funding_by_the_giver() -> None:
    text = (
        "Der DRK-Kreisverband Musterland e.V. hat in Musterstadt eine Beratungsstelle eröffnet. Für den Umbau der "
        "Räume hat der Landkreis Musterland dem Kreisverband einen Zuschuss von 38.500 Euro bewilligt."
    )
    assert ("FUNDS", "Landkreis Musterland", "DRK-Kreisverband Musterland e.V.") in _found(text)
    # near miss: the receiver as the subject and the giver named after it is not read this way
    near = (
        "Der DRK-Kreisverband Musterland e.V. hat in Musterstadt eine Beratungsstelle eröffnet. Für den Umbau der "
        "Räume hat der Kreisverband dem Landkreis Musterland einen Antrag über 38.500 Euro vorgelegt."
    )
    assert ("FUNDS", "DRK-Kreisverband Musterland e.V.", "Landkreis Musterland") not in _found(near)


def test_a_vhs_leiterin_belongs_to_the_one_volkshochschule_of_the_text() -> None:
    text = (
        "Die Volkshochschule im Landkreis Musterland e.V. hat ihr Sprachcafé erweitert. „Viele Frauen kommen wegen "
        "der Kinderbetreuung“, sagte VHS-Leiterin Anna Beispiel-Muster."
    )
    relations = _found(text)
    assert ("MEMBER_OF", "Anna Beispiel-Muster", "Volkshochschule im Landkreis Musterland e.V.") in relations
    # near miss: with two Volkshochschulen in the text the short form names neither
    near = text.replace(
        "hat ihr Sprachcafé erweitert.", "und die Volkshochschule Nordstadt haben ihr Sprachcafé erweitert."
    )
    assert not any(r[0] == "MEMBER_OF" and r[1] == "Anna Beispiel-Muster" for r in _found(near))
