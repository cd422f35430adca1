"""Constructions added in the thirteenth round (references and implicit subjects), each on a small
fictional German text with a near miss that must not give the relation: an acronym in brackets
after a legal form; 'der Dachverband' for the organisation the release is about; 'die Diakonie'
inside one actor's compound; 'die Malteser' for the one organisation whose name begins so; a year
after a bare head; cooperation cues 'abgestimmt' / 'Abstimmung' and 'Beteiligt'; the agent of a
relative clause about a partner; subjects looked for in the cue's clause after a semicolon."""

from __future__ import annotations

from netmap.ingest.extract.proposals import Extraction
from tests.extract.test_constructions import _relations
from tests.extract.test_round10_constructions import _extract


def _names(extraction: Extraction) -> set[str]:
    return {e.name for e in extraction.entities}


def test_an_acronym_in_brackets_after_a_legal_form_names_the_actor_again() -> None:
    text = (
        "Jubiläum\n\n"
        "Musterstadt, 4. Mai 2026 – Der Verbund Musterstädter Migrantenvereine e.V. (VMM) hat sein "
        "Jubiläum gefeiert.\n"
        "Der VMM ist Mitglied im Paritätischen Wohlfahrtsverband Musterland.\n"
    )
    extraction = _extract(text)
    assert (
        "MEMBER_OF",
        "Verbund Musterstädter Migrantenvereine e.V.",
        "Paritätischer Wohlfahrtsverband Musterland",
    ) in _relations(extraction)
    assert "VMM" not in _names(extraction)  # not an actor of its own


def test_an_unknown_acronym_is_no_reference() -> None:
    text = (
        "Jubiläum\n\n"
        "Musterstadt, 4. Mai 2026 – Der Verbund Musterstädter Migrantenvereine e.V. hat sein Jubiläum gefeiert.\n"
        "Der VMM ist Mitglied im Paritätischen Wohlfahrtsverband Musterland.\n"
    )
    found = _relations(_extract(text))
    assert (
        "MEMBER_OF",
        "Verbund Musterstädter Migrantenvereine e.V.",
        "Paritätischer Wohlfahrtsverband Musterland",
    ) not in found


def test_a_description_points_to_the_organisation_the_release_is_about() -> None:
    text = (
        "Zehn Jahre Forum\n\n"
        "Musterstadt, 4. Mai 2026 – Das Forum der Migrantenvereine Musterstadt e.V. hat sein Jubiläum gefeiert.\n"
        "Zum Jahresempfang kam auch der Paritätische Wohlfahrtsverband Musterland.\n"
        "„Wir sind stolz“, sagte die Vorsitzende des Dachverbandes, Anna Beispiel.\n"
    )
    found = _relations(_extract(text))
    assert ("MEMBER_OF", "Anna Beispiel", "Forum der Migrantenvereine Musterstadt e.V.") in found
    assert ("MEMBER_OF", "Anna Beispiel", "Paritätischer Wohlfahrtsverband Musterland") not in found


def test_a_description_named_before_its_actor_is_not_the_first_organisation() -> None:
    text = (
        "Neue Kooperation\n\n"
        "Musterstadt, 4. Mai 2026 – Die Stadt Musterstadt hat ein neues Büro eröffnet.\n"
        "„Wir sind stolz“, sagte die Vorsitzende des Dachverbandes, Anna Beispiel.\n"
    )
    found = _relations(_extract(text))
    assert ("MEMBER_OF", "Anna Beispiel", "Stadt Musterstadt") not in found  # a town is no Dachverband


def test_a_short_form_inside_one_compound_is_that_actor() -> None:
    text = (
        "Neue Wohnungen\n\n"
        "Musterstadt, 4. Mai 2026 – Der Kreisdiakonieverband Musterland und die Baugenossenschaft Musterstadt eG "
        "bieten gemeinsam Wohnungen an.\n"
        "Die Diakonie ist Mitglied im Netzwerk Wohnen Musterland.\n"
    )
    found = _relations(_extract(text))
    assert ("MEMBER_OF", "Kreisdiakonieverband Musterland", "Netzwerk Wohnen Musterland") in found
    # 'das Handwerk' is a trade, not the Kreishandwerkerschaft whose compound holds it
    text = (
        "Ausbildung\n\n"
        "Musterstadt, 4. Mai 2026 – Die Kreishandwerkerschaft Musterland berät Geflüchtete.\n"
        "Das Handwerk ist Mitglied im Netzwerk Wohnen Musterland.\n"
    )
    assert ("MEMBER_OF", "Kreishandwerkerschaft Musterland", "Netzwerk Wohnen Musterland") not in _relations(
        _extract(text)
    )


def test_the_first_word_of_a_name_after_an_article_is_that_organisation() -> None:
    text = (
        "Neues Projekt\n\n"
        "Musterstadt, 4. Mai 2026 – Der Malteser Hilfsdienst Musterstadt hat am Montag ein Fest gefeiert.\n"
        "Die Malteser gehören dem Runden Tisch Integration Musterstadt an.\n"
    )
    found = _relations(_extract(text))
    assert ("MEMBER_OF", "Malteser Hilfsdienst Musterstadt", "Runder Tisch Integration Musterstadt") in found
    # a place that begins a name ('die Uckermark' beside 'Uckermark International e.V.') is no reference
    text = (
        "Neues Projekt\n\n"
        "Musterstadt, 4. Mai 2026 – Der Verein Musterheide International e.V. hat ein neues Projekt gestartet.\n"
        "Die Musterheide gehört dem Runden Tisch Integration Musterstadt an.\n"
    )
    found = _relations(_extract(text))
    assert ("MEMBER_OF", "Musterheide International e.V.", "Runder Tisch Integration Musterstadt") not in found


def test_a_year_after_a_bare_head_is_a_date() -> None:
    text = (
        "Förderung\n\n"
        "Musterstadt, 4. Mai 2026 – Die Bürgerstiftung Musterstadt fördert vier Projekte aus dem Fonds "
        "„Musterstadt hält zusammen“, den die Stiftung 2022 eingerichtet hat.\n"
    )
    names = _names(_extract(text))
    assert "Stiftung 2022" not in names
    assert "Bürgerstiftung Musterstadt" in names


def test_an_offer_coordinated_with_partners_works_with_its_carrier() -> None:
    text = (
        "Neue Beratung\n\n"
        "Musterstadt, 4. Mai 2026 – Das Diakonische Werk Musterstadt hat seine Migrationsberatung für "
        "erwachsene Zuwanderer (MBE) erweitert.\n"
        "Eng abgestimmt ist das Angebot mit dem Jobcenter Musterstadt sowie mit dem Jugendmigrationsdienst "
        "Musterstadt, der von der Arbeiterwohlfahrt Kreisverband Musterland e.V. getragen wird.\n"
    )
    found = _relations(_extract(text))
    werk = "Diakonisches Werk Musterstadt"
    assert {
        ("COOPERATES_WITH", werk, "Jobcenter Musterstadt"),
        ("COOPERATES_WITH", "Jobcenter Musterstadt", werk),
    } & found
    awo = "Arbeiterwohlfahrt Kreisverband Musterland e.V."
    assert not {("COOPERATES_WITH", werk, awo), ("COOPERATES_WITH", awo, werk)} & found  # carries a partner


def test_partners_after_a_semicolon_work_with_the_issuer_not_the_funder() -> None:
    text = (
        "Jubiläum\n\n"
        "Musterstadt, 4. Mai 2026 – Der Verein Brücke Musterstadt e.V. hat sein Jubiläum gefeiert.\n"
        "Seit 2023 setzt der Verein außerdem das Programm „Stark im Quartier“ um.\n"
        "Finanziert wird das Programm von der Behörde für Soziales der Stadt Musterstadt; Kooperationspartner "
        "sind die Volkshochschule Musterstadt und die Stadtbibliothek Musterstadt.\n"
    )
    found = _relations(_extract(text))
    brücke, vhs = "Brücke Musterstadt e.V.", "Volkshochschule Musterstadt"
    assert {("COOPERATES_WITH", brücke, vhs), ("COOPERATES_WITH", vhs, brücke)} & found
    funder = "Behörde für Soziales der Stadt Musterstadt"
    assert not {("COOPERATES_WITH", funder, vhs), ("COOPERATES_WITH", vhs, funder)} & found
