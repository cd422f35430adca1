"""Constructions added in the fourteenth round (relations whose subject or members the discourse
gives, not the sentence), each on a small fictional German text with a near miss that must not
give the relation: money without an agent in a funder's own release; an own share of the cost;
'neben den Unterzeichnenden' and 'die Partner' of an agreement; members introduced without their
network ('Neu dabei sind …'); a co-carrier added 'gemeinsam mit' the carrier; partners listed on
the lines after a colon."""

from __future__ import annotations

from netmap.ingest.extract.cooperation_fallback import co_carriers
from netmap.ingest.extract.document import document_from_text
from netmap.ingest.extract.membership_fallback import fallback_memberships
from netmap.ingest.extract.proposals import RuleState, rule_state
from netmap.ingest.extract.sentence_view import Found
from tests.extract.test_constructions import _relations
from tests.extract.test_round10_constructions import _extract


def test_money_without_an_agent_in_a_funders_release_is_the_issuers() -> None:
    text = (
        "Bürgerstiftung Musterstadt fördert Integrationsprojekte\n\n"
        "Musterstadt, 4. Mai 2026 – Die Bürgerstiftung Musterstadt unterstützt in diesem Jahr drei Projekte.\n"
        "Mit 10.000 Euro wird das Patenschaftsprojekt „Tandem Muster“ des Vereins Offene Türen Muster e.V. "
        "gefördert, in dem Einheimische und Zugewanderte gemeinsam Alltagsfragen klären.\n"
    )
    assert ("FUNDS", "Bürgerstiftung Musterstadt", "Tandem Muster") in _relations(_extract(text))


def test_money_without_an_agent_in_a_carriers_release_names_no_funder() -> None:
    text = (
        "Verein startet Patenschaften\n\n"
        "Musterstadt, 4. Mai 2026 – Der Verein Offene Türen Muster e.V. startet ein neues Projekt.\n"
        "Mit 10.000 Euro wird das Patenschaftsprojekt „Tandem Muster“ des Vereins gefördert.\n"
    )
    assert not any(kind == "FUNDS" for kind, _, _ in _relations(_extract(text)))


def test_who_pays_the_own_share_funds_the_project_and_does_not_run_it() -> None:
    text = (
        "Neues Projekt für junge Zugewanderte\n\n"
        "Musterstadt, 4. Mai 2026 – Der Jugendmigrationsdienst Musterstadt startet das Projekt „Startklar Muster“.\n"
        "Das Land fördert das Vorhaben mit 80.000 Euro.\n"
        "Der Musterkreis übernimmt den Eigenanteil von 24.000 Euro, und die Sparkassen-Stiftung Muster fördert "
        "die Qualifizierung der Mentorinnen mit 9.500 Euro.\n"
        "Die Stadt Musterhausen beteiligt sich mit weiteren 5.000 Euro pro Jahr an den Sachkosten.\n"
    )
    found = _relations(_extract(text))
    assert ("FUNDS", "Musterkreis", "Startklar Muster") in found
    assert ("FUNDS", "Stadt Musterhausen", "Startklar Muster") in found
    assert ("RUNS", "Musterkreis", "Startklar Muster") not in found
    assert ("RUNS", "Sparkassen-Stiftung Muster", "Startklar Muster") not in found


def test_taking_on_work_is_no_own_share() -> None:
    text = (
        "Neues Projekt für junge Zugewanderte\n\n"
        "Musterstadt, 4. Mai 2026 – Der Jugendmigrationsdienst Musterstadt startet das Projekt „Startklar Muster“.\n"
        "Der Musterkreis übernimmt die Vermittlung in Praktika.\n"
    )
    assert ("FUNDS", "Musterkreis", "Startklar Muster") not in _relations(_extract(text))


_SIGNED = (
    "Vereinbarung unterzeichnet\n\n"
    "Musterstadt, 4. Mai 2026 – Die Agentur für Arbeit Musterstadt, das Jobcenter Musterkreis und der "
    "Caritasverband Musterstadt e.V. haben eine Kooperationsvereinbarung unterzeichnet.\n"
    "Ziel ist es, Ratsuchende schneller an die richtige Stelle zu vermitteln.\n"
)


def test_the_signatories_are_the_organisations_that_signed() -> None:
    text = _SIGNED + (
        "Der Musterkreis koordiniert das Netzwerk „Muster integriert“. Dem Netzwerk gehören neben den "
        "Unterzeichnenden auch der Jugendmigrationsdienst Musterstadt und die Volkshochschule Musterstadt an.\n"
    )
    found = _relations(_extract(text))
    assert ("MEMBER_OF", "Caritasverband Musterstadt e.V.", "Muster integriert") in found
    assert ("MEMBER_OF", "Agentur für Arbeit Musterstadt", "Muster integriert") in found


def test_the_partners_of_an_agreement_are_its_signatories() -> None:
    text = _SIGNED + (
        "Der Caritasverband und das Jobcenter laden gemeinsam zu Sprechtagen ein.\n"
        "Die Vereinbarung gilt bis 2028. Die Partner sind zugleich Mitglieder des Netzwerks Integration Muster.\n"
    )
    assert ("MEMBER_OF", "Agentur für Arbeit Musterstadt", "Netzwerk Integration Muster") in _relations(_extract(text))


def test_no_signing_no_signatories() -> None:
    text = (
        "Netzwerk trifft sich\n\n"
        "Musterstadt, 4. Mai 2026 – Die Agentur für Arbeit Musterstadt und der Caritasverband Musterstadt e.V. "
        "haben eine Fachtagung ausgerichtet.\n"
        "Dem Netzwerk „Muster integriert“ gehören neben den Unterzeichnenden auch die Volkshochschule Musterstadt an.\n"
    )
    assert ("MEMBER_OF", "Caritasverband Musterstadt e.V.", "Muster integriert") not in _relations(_extract(text))


def _state(text: str) -> RuleState:
    return rule_state(document_from_text("round14.txt", text, ".txt"))


def _named(state: RuleState, found: list[Found]) -> set[tuple[str, str, str]]:
    name = {k: e.name for k, e in state.index.entities.items()}
    return {(f.kind, name[f.source], name[f.target]) for f in found}


def _entity(state: RuleState, name: str) -> str:
    return next(k for k, e in state.index.entities.items() if e.name == name)


_NEW_MEMBERS = (
    "Netzwerk wächst\n\n"
    "Musterstadt, 4. Mai 2026 – Das Netzwerk Integration Musterkreis hat drei neue Mitglieder aufgenommen.\n"
    "Neu dabei sind die Klinikum Muster gGmbH sowie die Kreishandwerkerschaft Musterkreis.\n"
)


def test_new_members_belong_to_the_network_the_text_spoke_of() -> None:
    # the fallback alone (no relation found by the other rules): 'Neu dabei' points to the network
    state = _state(_NEW_MEMBERS)
    added = _named(state, fallback_memberships(state.views, []))
    assert ("MEMBER_OF", "Klinikum Muster gGmbH", "Netzwerk Integration Musterkreis") in added


def test_new_ones_without_a_network_are_no_members() -> None:
    state = _state(_NEW_MEMBERS.replace("Das Netzwerk Integration Musterkreis", "Der Verein Muster e.V."))
    assert not fallback_memberships(state.views, [])


_CO_CARRIED = (
    "Neues Projekt\n\n"
    "Musterstadt, 4. Mai 2026 – Der Jugendmigrationsdienst Musterstadt hat das Projekt „Startklar Muster“ gestartet.\n"
    "Geplant sind Bewerbungstrainings und Betriebsbesuche.\n"
    "Das Projekt wird gemeinsam mit der Berufsbildungswerk Muster gGmbH umgesetzt.\n"
)


def _runs(state: RuleState, runner: str, sentence: int) -> Found:
    project = _entity(state, "Startklar Muster")
    return Found("RUNS", _entity(state, runner), project, sentence, 0.7, (("role", "Träger"),))


def test_a_co_carrier_added_together_with_the_carrier_cooperates_with_it() -> None:
    state = _state(_CO_CARRIED)
    last = len(state.views) - 1
    found = [
        _runs(state, "Jugendmigrationsdienst Musterstadt", 1),
        _runs(state, "Berufsbildungswerk Muster gGmbH", last),
    ]
    added = _named(state, co_carriers(state.views, found))
    assert ("COOPERATES_WITH", "Jugendmigrationsdienst Musterstadt", "Berufsbildungswerk Muster gGmbH") in added


def test_a_carrier_named_only_after_the_co_carrier_is_no_partner_of_it() -> None:
    state = _state(_CO_CARRIED)
    last = len(state.views) - 1
    # the only other carrier is found in a later sentence than the 'gemeinsam mit' one: nothing to anchor to
    found = [
        _runs(state, "Berufsbildungswerk Muster gGmbH", last),
        _runs(state, "Jugendmigrationsdienst Musterstadt", last + 1),
    ]
    assert not co_carriers(state.views, found)


def test_partners_listed_on_the_lines_after_a_colon() -> None:
    text = (
        "Mentoringprogramm startet\n\n"
        "Musterstadt, 4. Mai 2026 – Der Verein Mosaik Musterstadt e.V. startet das Programm „Starke Wege“.\n"
        "Als weitere Partner konnten gewonnen werden:\n\n"
        "1. die Agentur für Arbeit Musterstadt,\n"
        "2. die Volkshochschule Musterstadt.\n\n"
        "Das Programm beginnt im Januar.\n"
    )
    found = _relations(_extract(text))
    assert ("COOPERATES_WITH", "Mosaik Musterstadt e.V.", "Volkshochschule Musterstadt") in found
    assert ("COOPERATES_WITH", "Mosaik Musterstadt e.V.", "Agentur für Arbeit Musterstadt") in found


def test_a_list_after_a_colon_that_names_no_partners() -> None:
    text = (
        "Mentoringprogramm startet\n\n"
        "Musterstadt, 4. Mai 2026 – Der Verein Mosaik Musterstadt e.V. startet das Programm „Starke Wege“.\n"
        "Das Programm findet an zwei Orten statt:\n\n"
        "1. in der Stadtbibliothek Musterstadt,\n"
        "2. im Haus der Volkshochschule Musterstadt.\n"
    )
    assert not any(kind == "COOPERATES_WITH" for kind, _, _ in _relations(_extract(text)))
