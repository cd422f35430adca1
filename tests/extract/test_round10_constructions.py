"""Constructions added in the tenth round, each on a small fictional German text: a year after a
bare kind is no part of a name; a quoted name after 'Stiftung' names a foundation; a relative
clause ends at a colon; '&' joins a name; a thing coordinated by an office holder with no body
named is run by the issuer; a plural for people after a place ends a name;
members named without their group belong to an umbrella issuer."""

from __future__ import annotations

from netmap.ingest.extract.document import document_from_text
from netmap.ingest.extract.proposals import Extraction, extract_document
from tests.extract.test_constructions import _relations


def _extract(text: str, name: str = "round10.txt") -> Extraction:
    """The rules' extraction (without the learned classifier, which could add a relation back)."""
    return extract_document(document_from_text(name, text, ".txt"), learned=False)


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


def test_a_quoted_name_after_stiftung_is_a_foundation_not_a_project() -> None:
    text = (
        "Lotsen für Musterstadt\n\n"
        "Musterstadt, 4. Mai 2026 – Der Verein Brücke Musterstadt e.V. startet das Projekt „Wegbegleiter Musterland“.\n"
        "Gefördert wird es von der Stiftung „Musterland Miteinander“ mit jährlich 15.000 Euro.\n"
    )
    extraction = _extract(text)
    kinds = {e.name: e.kind for e in extraction.entities}
    assert kinds.get("Stiftung Musterland Miteinander") == "Funder"
    assert "Musterland Miteinander" not in kinds
    assert ("FUNDS", "Stiftung Musterland Miteinander", "Wegbegleiter Musterland") in _relations(extraction)


def test_a_list_after_a_running_relative_clause_joins_the_network() -> None:
    text = (
        "Netzwerk wächst\n\n"
        "Musterstadt, 4. Mai 2026 – Zum Abschluss unterzeichneten drei Organisationen ihre Beitrittserklärung "
        "zum Integrationsnetzwerk Musterstadt, das von der Integrationsbeauftragten koordiniert wird:\n\n"
        "- der Verein Brücken & Begegnung Musterstadt e.V.,\n"
        "- das Oberstufenzentrum Musterstadt und\n"
        "- die Wohnungsbaugesellschaft MUSTERBAU.\n"
    )
    extraction = _extract(text)
    names = {e.name for e in extraction.entities}
    assert "Brücken & Begegnung Musterstadt e.V." in names  # '&' joins one name
    assert "Oberstufenzentrum Musterstadt" in names  # the next item's bullet is no part of the name
    found = _relations(extraction)
    network = "Integrationsnetzwerk Musterstadt"
    for member in ("Brücken & Begegnung Musterstadt e.V.", "Oberstufenzentrum Musterstadt", "Wohnungsbaugesellschaft MUSTERBAU"):
        assert ("MEMBER_OF", member, network) in found
        assert ("RUNS", member, network) not in found  # the clause's 'koordiniert' is about the network's runner


def test_a_network_run_by_the_issuers_office_holder_is_run_by_the_issuer() -> None:
    text = (
        "Stadt Musterstadt\n\n"
        "Fachtag in Musterstadt\n\n"
        "Musterstadt, 4. Mai 2026 – Das Jobcenter Musterstadt unterzeichnete seine Beitrittserklärung zum "
        "Integrationsnetzwerk Musterstadt, das von der Integrationsbeauftragten koordiniert wird.\n"
    )
    found = _relations(_extract(text))
    assert ("RUNS", "Stadt Musterstadt", "Integrationsnetzwerk Musterstadt") in found
    assert ("MEMBER_OF", "Jobcenter Musterstadt", "Integrationsnetzwerk Musterstadt") in found


def test_a_plural_for_people_after_a_place_ends_the_name() -> None:
    text = (
        "Zehn Jahre Lotsen\n\n"
        "Musterstadt, 4. Mai 2026 – Seit zehn Jahren begleiten Lotsinnen des Malteser Hilfsdienstes in Bad Hohenburg "
        "Menschen, die neu in die Stadt gekommen sind.\n"
    )
    names = {e.name for e in _extract(text).entities}
    assert "Malteser Hilfsdienst in Bad Hohenburg" in names
    assert not [n for n in names if n.endswith("Menschen")]


def test_a_project_after_the_colon_of_a_relative_clause_stays_in_it() -> None:
    text = (
        "Neues Vorhaben\n\n"
        "Musterstadt, 4. Mai 2026 – Die Kreishandwerkerschaft Musterstadt lud zum Treffen ein. Im Mittelpunkt des "
        "Treffens stand ein neues Vorhaben, das die Kreishandwerkerschaft und der Caritasverband Musterstadt im "
        "Januar gemeinsam starten wollen: Im Projekt „Meisterstück Musterstadt“ sollen Meisterinnen und "
        "-meister im Ruhestand junge Geflüchtete begleiten.\n"
    )
    found = _relations(_extract(text))
    assert ("RUNS", "Kreishandwerkerschaft Musterstadt", "Meisterstück Musterstadt") in found
    assert ("RUNS", "Caritasverband Musterstadt", "Meisterstück Musterstadt") in found


def test_founding_members_named_without_their_group_belong_to_an_umbrella_issuer() -> None:
    text = (
        "Dachverband der Migrantenorganisationen Musterstadt e.V.\n\n"
        "Zehn Jahre Dachverband\n\n"
        "Musterstadt, 4. Mai 2026 – Der Dachverband der Migrantenorganisationen Musterstadt e.V. feiert sein Jubiläum.\n"
        "Zu den Gründungsmitgliedern, die bis heute im Vorstand mitarbeiten, gehören der Kulturverein Mustertal e.V. "
        "und das Ukrainische Zentrum Musterstadt e.V.\n"
    )
    found = _relations(_extract(text))
    umbrella = "Dachverband der Migrantenorganisationen Musterstadt e.V."
    assert ("MEMBER_OF", "Kulturverein Mustertal e.V.", umbrella) in found
    assert ("MEMBER_OF", "Ukrainisches Zentrum Musterstadt e.V.", umbrella) in found
