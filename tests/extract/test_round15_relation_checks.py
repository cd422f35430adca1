"""Checks added in the fifteenth round (helper C) on relations between two real actors, each on a
small fictional German text and a relation as the sentence rules propose it, with a near miss that
must keep its relation: the objects of one 'mit' list do not cooperate with each other; a network's
runners listed three or more in one sentence are its members, its coordinator stays its runner."""

from __future__ import annotations

from netmap.ingest.extract.document import document_from_text
from netmap.ingest.extract.proposals import RuleState, rule_state
from netmap.ingest.extract.relation_checks import checked
from netmap.ingest.extract.sentence_view import Found


def _state(text: str) -> RuleState:
    return rule_state(document_from_text("round15.txt", text, ".txt"))


def _ids(state: RuleState) -> dict[str, str]:
    return {e.name: e.id for e in state.index.entities.values()}


def _sentence(state: RuleState, words: str) -> int:
    return next(n for n, v in enumerate(state.views) if words in " ".join(t.text for t in v.tokens))


_WORKS_WITH = (
    "Caritas eröffnet Beratungsstelle\n\n"
    "Musterstadt, 4. Mai 2026 – Der Caritasverband Musterstadt e.V. hat eine Beratungsstelle eröffnet.\n"
    "Der Caritasverband Musterstadt e.V. arbeitet eng mit dem Jobcenter Musterstadt, der Ausländerbehörde "
    "des Landkreises Musterland und der Volkshochschule Musterstadt zusammen.\n"
    "Mit dem Jobcenter Musterstadt und der Volkshochschule Musterstadt hat der Verein eine Vereinbarung geschlossen.\n"
)


def test_the_objects_of_one_mit_list_do_not_cooperate_with_each_other() -> None:
    state = _state(_WORKS_WITH)
    ids, n = _ids(state), _sentence(state, "arbeitet eng mit")
    listed = Found("COOPERATES_WITH", ids["Jobcenter Musterstadt"], ids["Volkshochschule Musterstadt"], n, 0.65)
    subject = Found("COOPERATES_WITH", ids["Caritasverband Musterstadt e.V."], ids["Jobcenter Musterstadt"], n, 0.65)
    assert checked(state.views, [listed, subject]) == [subject]


def test_a_fronted_mit_list_names_the_parties_of_one_agreement() -> None:
    state = _state(_WORKS_WITH)
    ids, n = _ids(state), _sentence(state, "Vereinbarung geschlossen")
    parties = Found("COOPERATES_WITH", ids["Jobcenter Musterstadt"], ids["Volkshochschule Musterstadt"], n, 0.65)
    assert checked(state.views, [parties]) == [parties]


_NETWORK = (
    "Netzwerk trifft sich\n\n"
    "Musterstadt, 4. Mai 2026 – Das Netzwerk Integration Musterstadt hat sich zum Herbsttreffen versammelt.\n"
    "Das Integrationsbüro Musterstadt koordiniert das Netzwerk Integration Musterstadt, in dem das Jobcenter "
    "Musterstadt, die Agentur für Arbeit Musterstadt und der Arbeitskreis Asyl Musterstadt e.V. mitarbeiten.\n"
)
_PARTNERS = ("Jobcenter Musterstadt", "Agentur für Arbeit Musterstadt", "Arbeitskreis Asyl Musterstadt e.V.")


def test_a_networks_runners_listed_in_one_sentence_are_its_members_and_its_coordinator_runs_it() -> None:
    state = _state(_NETWORK)
    ids, n = _ids(state), _sentence(state, "koordiniert")
    network = ids["Netzwerk Integration Musterstadt"]
    runners = [Found("RUNS", ids[name], network, n, 0.7) for name in ("Integrationsbüro Musterstadt", *_PARTNERS)]
    kinds = {(f.kind, f.source) for f in checked(state.views, runners)}
    assert ("RUNS", ids["Integrationsbüro Musterstadt"]) in kinds
    assert {("MEMBER_OF", ids[name]) for name in _PARTNERS} <= kinds


def test_two_runners_of_a_network_stay_its_runners() -> None:
    state = _state(_NETWORK)
    ids, n = _ids(state), _sentence(state, "koordiniert")
    network = ids["Netzwerk Integration Musterstadt"]
    runners = [Found("RUNS", ids[name], network, n, 0.7) for name in _PARTNERS[:2]]
    assert checked(state.views, runners) == runners


_SERVICE = (
    "Neues Projekt\n\n"
    "Musterstadt, 4. Mai 2026 – Der Jugendmigrationsdienst Musterstadt, dessen Träger das Diakonische Werk "
    "Musterstadt ist, hat das Projekt „Startklar Muster“ gestartet.\n"
    "Kooperationspartner sind die Agentur für Arbeit Musterstadt und die Volkshochschule Musterstadt.\n"
)


def _service_relations(state: RuleState, owned: bool) -> tuple[list[Found], Found]:
    ids, n = _ids(state), _sentence(state, "Kooperationspartner")
    service, owner = ids["Jugendmigrationsdienst Musterstadt"], ids["Diakonisches Werk Musterstadt"]
    agency = ids["Agentur für Arbeit Musterstadt"]
    owners_partner = Found("COOPERATES_WITH", owner, agency, n, 0.6)
    found = [Found("COOPERATES_WITH", service, agency, n, 0.6), owners_partner]
    return ([Found("RUNS", owner, service, 0, 0.7)] if owned else []) + found, owners_partner


def test_a_partner_list_gives_the_services_partners_not_its_owners() -> None:
    state = _state(_SERVICE)
    found, owners_partner = _service_relations(state, owned=True)
    assert owners_partner not in checked(state.views, found)


def test_a_second_carrier_that_owns_no_other_keeps_the_partners() -> None:
    state = _state(_SERVICE)
    found, owners_partner = _service_relations(state, owned=False)
    assert owners_partner in checked(state.views, found)
