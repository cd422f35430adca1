"""Constructions added in the eleventh round, each on a small fictional German text: a relative
clause after a predicate noun or a quoted project; 'anbietet' and 'durchführt' in such a clause,
without a body named with 'im Auftrag'; ', mit dem X … fördert'; a cooperation's 'mit' in its own
clause; a quoted name that comes again with a legal form; 'Pressemitteilung von X e.V.'; 'der
Verein X' after 'X e.V.'."""

from __future__ import annotations

from tests.extract.test_constructions import _relations
from tests.extract.test_round10_constructions import _extract


def test_a_relative_clause_after_a_predicate_noun_is_about_the_subject() -> None:
    text = (
        "Jahresbilanz des Jobcenters\n\n"
        "Musterstadt, 4. Mai 2026 – Das Jobcenter Musterstadt hat 400 Menschen in Arbeit vermittelt.\n"
        "Das Jobcenter ist eine gemeinsame Einrichtung, die vom Landkreis Musterland und der Agentur "
        "für Arbeit Musterstadt getragen wird.\n"
    )
    found = _relations(_extract(text))
    assert ("RUNS", "Landkreis Musterland", "Jobcenter Musterstadt") in found
    assert ("RUNS", "Agentur für Arbeit Musterstadt", "Jobcenter Musterstadt") in found


def test_a_relative_clause_after_a_quoted_project_names_its_carrier() -> None:
    text = (
        "Neues Projekt\n\n"
        "Musterstadt, 4. Mai 2026 – Dem Netzwerk „Ankommen in Musterland“, dessen Geschäftsstelle die "
        "Stadt Musterstadt führt, gehören 30 Organisationen an.\n"
    )
    assert ("RUNS", "Stadt Musterstadt", "Ankommen in Musterland") in _relations(_extract(text))


def test_who_offers_or_carries_out_the_thing_runs_it_but_not_the_commissioner() -> None:
    text = (
        "Neues Projekt\n\n"
        "Musterstadt, 4. Mai 2026 – Das Jobcenter Musterstadt zieht Bilanz.\n"
        "Einen Anteil daran hat das Projekt „Arbeit für Alle“, das das Bildungswerk Musterland gGmbH im "
        "Auftrag des Jobcenters Musterstadt durchführt.\n"
    )
    found = _relations(_extract(text))
    assert ("RUNS", "Bildungswerk Musterland gGmbH", "Arbeit für Alle") in found
    assert ("RUNS", "Jobcenter Musterstadt", "Arbeit für Alle") not in found


def test_mit_dem_x_gefoerdert_hat_makes_x_the_funder() -> None:
    text = (
        "Programm endet\n\n"
        "Musterstadt, 4. Mai 2026 – Zum Jahresende endet das Landesprogramm „Lotsenpunkte Musterland“, "
        "mit dem das Ministerium für Arbeit, Soziales und Integration des Landes Musterland seit 2023 "
        "Anlaufstellen gefördert hat.\n"
    )
    found = _relations(_extract(text))
    funder = "Ministerium für Arbeit, Soziales und Integration des Landes Musterland"
    assert ("FUNDS", funder, "Lotsenpunkte Musterland") in found


def test_a_cooperation_finds_its_mit_in_its_own_clause() -> None:
    text = (
        "Zusammenarbeit mit den Kammern\n\n"
        "Musterstadt, 4. Mai 2026 – Das Jobcenter Musterstadt zieht Bilanz.\n"
        "Mit der Industrie- und Handelskammer Musterland und der Handwerkskammer Musterland hat das "
        "Jobcenter eine Vereinbarung über gemeinsame Ausbildungsbörsen geschlossen; die erste fand mit "
        "34 Betrieben statt.\n"
    )
    pairs = {frozenset((a, b)) for kind, a, b in _relations(_extract(text)) if kind == "COOPERATES_WITH"}
    assert frozenset(("Jobcenter Musterstadt", "Industrie- und Handelskammer Musterland")) in pairs
    assert frozenset(("Jobcenter Musterstadt", "Handwerkskammer Musterland")) in pairs


def test_a_quoted_name_with_a_legal_form_later_is_an_organisation() -> None:
    text = (
        "Zehn Jahre „Salam Musterstadt“: Verein feiert Jubiläum\n\n"
        "*Pressemitteilung von Salam Musterstadt e.V., Musterstadt, 4. Mai 2026*\n\n"
        "Der Verein ist Mitglied im Integrationsnetzwerk Musterland.\n"
    )
    extraction = _extract(text)
    kinds = {e.name: e.kind for e in extraction.entities}
    assert kinds.get("Salam Musterstadt e.V.") == "Organisation"
    assert not [n for n in kinds if n.startswith("Pressemitteilung")]
    assert "Salam Musterstadt" not in kinds


def test_der_verein_x_after_x_ev_is_the_same_association() -> None:
    text = (
        "Neue Partner\n\n"
        "Musterstadt, 4. Mai 2026 – Dem Netzwerk trat der Verein Brücke Musterstadt e.V. bei.\n"
        "Die Kreishandwerkerschaft Musterstadt plant mit dem Verein Brücke Musterstadt einen Werkstatttag.\n"
    )
    names = [e.name for e in _extract(text).entities]
    assert "Brücke Musterstadt e.V." in names
    assert "Verein Brücke Musterstadt" not in names



def test_den_x_anbietet_after_a_service_names_who_runs_it() -> None:
    text = (
        "Sprechstunde im Vereinshaus\n\n"
        "Musterstadt, 4. Mai 2026 – Der Verein Musterhilfe e.V. kooperiert mit dem Jugendmigrationsdienst "
        "Musterstadt, den der Caritasverband für Musterstadt e.V. seit 2019 im Stadtteil anbietet.\n"
    )
    found = _relations(_extract(text))
    assert ("RUNS", "Caritasverband für Musterstadt e.V.", "Jugendmigrationsdienst Musterstadt") in found
