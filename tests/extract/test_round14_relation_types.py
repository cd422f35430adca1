"""Relations proposed between two real actors with the wrong type or on a side remark (fourteenth
round, helper C), each on a small fictional German text with a near miss: an actor named only in a
clause about money funds the project rather than running it, and an actor named only as the agent of
carrying it out runs it rather than funding it; a network's coordinator runs it (relation_checks.py);
a partner that takes on a side task of the project (training the volunteers) does not run it, one
that takes on its coordination does; a body a study was made 'im Auftrag' of does not fund the
project; the classifier drops a fallback membership it scores very low, never a core rule's."""

from __future__ import annotations

from netmap.ingest.extract.relation_checks import checked
from netmap.ingest.extract.sentence_view import Found, Item, SentenceView
from netmap.ingest.extract.tokens import tokenize
from tests.extract.test_constructions import _relations
from tests.extract.test_round10_constructions import _extract


def _found(text: str) -> set[tuple[str, str, str]]:
    return _relations(_extract(text))


def test_a_foundation_named_in_a_money_clause_funds_the_project_it_does_not_run_it() -> None:
    text = (
        "Lernpaten gestartet\n\n"
        "Musterstadt, 4. Mai 2026 – Neu ist das Projekt „Lernpaten Nord“, das der Verein Brücke Musterstadt e.V. "
        "seit 2024 trägt und das die Bürgerstiftung Musterstadt mit 9.000 Euro unterstützt.\n"
    )
    found = _found(text)
    assert ("RUNS", "Brücke Musterstadt e.V.", "Lernpaten Nord") in found
    assert ("FUNDS", "Bürgerstiftung Musterstadt", "Lernpaten Nord") in found
    assert ("RUNS", "Bürgerstiftung Musterstadt", "Lernpaten Nord") not in found


def _view(text: str, items: list[tuple[str, str, str]]) -> SentenceView:
    tokens = tokenize(text, 0)
    words = [t.text for t in tokens]
    placed = []
    for entity, kind, name in items:
        first = words.index(name.split()[0])
        placed.append(Item(entity, kind, "", name, first, first + len(name.split()) - 1))
    return SentenceView(0, 0, len(text), text, tokens, placed)


def test_the_type_follows_what_the_actor_does_in_its_clause() -> None:
    view = _view(
        "Das Netzwerk Nord wird vom Land gefördert und vom Landratsamt Musterkreis koordiniert.",
        [
            ("n", "Project", "Netzwerk Nord"),
            ("land", "Funder", "Land"),
            ("amt", "Organisation", "Landratsamt Musterkreis"),
        ],
    )
    turned = checked([view], [Found("FUNDS", "amt", "n", 0, 0.6), Found("FUNDS", "land", "n", 0, 0.6)])
    assert [(f.kind, f.source) for f in turned] == [("RUNS", "amt"), ("FUNDS", "land")]


def test_a_recipient_of_money_keeps_running_its_project() -> None:
    view = _view(
        "Der Landkreis Nordland erhält 100.000 Euro für das Projekt Brücke Nord.",
        [("kreis", "Organisation", "Landkreis Nordland"), ("p", "Project", "Brücke Nord")],
    )
    assert [f.kind for f in checked([view], [Found("RUNS", "kreis", "p", 0, 0.6)])] == ["RUNS"]


def test_a_partner_that_coordinates_runs_the_project_one_that_trains_the_volunteers_does_not() -> None:
    opening = "Musterstadt, 4. Mai 2026 – Der Verein Brücke Musterstadt e.V. startet das Projekt „Lotsen Nord“.\n"
    coordinates = "Lotsen gestartet\n\n" + opening + "Die Koordination übernimmt die Volkshochschule Musterstadt.\n"
    trains = "Lotsen gestartet\n\n" + opening + "Die Schulung der Lotsen übernimmt die Volkshochschule Musterstadt.\n"
    assert ("RUNS", "Volkshochschule Musterstadt", "Lotsen Nord") in _found(coordinates)
    assert ("RUNS", "Volkshochschule Musterstadt", "Lotsen Nord") not in _found(trains)


def test_a_study_made_on_behalf_of_a_body_makes_it_no_funder() -> None:
    text = (
        "Bericht vorgestellt\n\n"
        "Musterstadt, 4. Mai 2026 – Der Verein Brücke Musterstadt e.V. startet das Projekt „Lotsen Nord“.\n"
        "Die Hochschule Musterstadt stellte eine Befragung vor, die sie im Auftrag der Stadt Musterstadt durchgeführt hat.\n"
    )
    assert ("FUNDS", "Stadt Musterstadt", "Lotsen Nord") not in _found(text)


def test_the_body_that_coordinates_a_network_runs_it_it_is_no_member() -> None:
    view = _view(
        "Neu aufgenommen wurde der Verein Brücke in das Netzwerk Nord, das vom Integrationsbüro Musterstadt koordiniert wird.",
        [
            ("v", "Organisation", "Brücke"),
            ("n", "Project", "Netzwerk Nord"),
            ("b", "Organisation", "Integrationsbüro Musterstadt"),
        ],
    )
    turned = checked([view], [Found("MEMBER_OF", "v", "n", 0, 0.6), Found("MEMBER_OF", "b", "n", 0, 0.6)])
    assert [(f.kind, f.source) for f in turned] == [("MEMBER_OF", "v"), ("RUNS", "b")]
    member = _view(
        "Das Integrationsbüro Musterstadt ist Mitglied im Netzwerk Nord.",
        [("b", "Organisation", "Integrationsbüro Musterstadt"), ("n", "Project", "Netzwerk Nord")],
    )
    assert [f.kind for f in checked([member], [Found("MEMBER_OF", "b", "n", 0, 0.6)])] == ["MEMBER_OF"]
