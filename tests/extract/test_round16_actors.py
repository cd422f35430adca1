"""Constructions added in the sixteenth round (helper A: actors not found or found with a wrong
name or kind), each on a small fictional German text with a near miss that must not give it."""

from __future__ import annotations

from tests.extract.test_constructions import _relations
from tests.extract.test_round10_constructions import _extract
from tests.extract.test_round13_references import _names
from tests.extract.test_round15_actors import _text


def test_a_quoted_name_after_unter_dem_namen_is_a_project() -> None:
    extraction = _extract(
        _text(
            "Der Verein Brückenschlag Musterstadt e.V. kündigte ein neues Vorhaben an. Unter dem Titel „Lernen & Ankommen“ "
            "sollen ab Januar Ehrenamtliche Familien begleiten. Die Bürgerstiftung Musterstadt fördert „Lernen & Ankommen“ "
            "mit 5.000 Euro."
        )
    )
    assert "Lernen & Ankommen" in _names(extraction)
    assert ("FUNDS", "Bürgerstiftung Musterstadt", "Lernen & Ankommen") in _relations(extraction)
    # near miss: the title of a Fachtag is its topic, not a project
    near = _extract(
        _text(
            "Mit einem Fachtag unter dem Titel „Teilhabe & Beruf“ hat der Verein Brückenschlag Musterstadt e.V. am "
            "Samstag 120 Gäste begrüßt. Die Bürgerstiftung Musterstadt fördert „Teilhabe & Beruf“ mit 500 Euro."
        )
    )
    assert "Teilhabe & Beruf" not in _names(near)


def test_a_netzwerk_fuer_is_a_network_unless_registered() -> None:
    extraction = _extract(
        _text(
            "Das Netzwerk für Integration im Kreis Musterland hat zwei neue Mitglieder aufgenommen. Neu dabei sind "
            "der Kreissportbund Musterland e.V. und die Stadtbücherei Nordheim."
        )
    )
    kinds = {e.name: e.kind for e in extraction.entities}
    assert kinds["Netzwerk für Integration im Kreis Musterland"] == "Project"
    assert (
        "MEMBER_OF",
        "Kreissportbund Musterland e.V.",
        "Netzwerk für Integration im Kreis Musterland",
    ) in _relations(extraction)
    # near miss: a network with a legal form is a registered body
    near = _extract(_text("Das Netzwerk für Teilhabe Musterland e.V. lädt zum Fachtag ein."))
    assert {e.name: e.kind for e in near.entities}.get("Netzwerk für Teilhabe Musterland e.V.") == "Organisation"


def test_a_district_government_and_its_department_are_actors() -> None:
    extraction = _extract(
        _text(
            "Das Projekt „Lotsen im Betrieb“ wird von der Regierung von Niederfranken mit 20.000 Euro gefördert. "
            "Ausgerichtet wird die Veranstaltungsreihe „Wege in Arbeit“ vom Sachgebiet Integration der Regierung von "
            "Niederfranken."
        )
    )
    relations = _relations(extraction)
    assert ("FUNDS", "Regierung von Niederfranken", "Lotsen im Betrieb") in relations
    assert ("RUNS", "Sachgebiet Integration der Regierung von Niederfranken", "Wege in Arbeit") in relations
    # near miss: a department named without its body is no actor
    near = _extract(_text("Ausgerichtet wurde der Fachtag „Wege in Arbeit“ vom Sachgebiet Integration."))
    assert "Sachgebiet Integration" not in _names(near)


def test_a_landscape_in_the_genitive_ends_a_body_name() -> None:
    extraction = _extract(
        _text("Die Handwerkskammer der Oberpfalz vermittelt die Praktikumsplätze im Projekt „Lotsen im Betrieb“.")
    )
    assert "Handwerkskammer der Oberpfalz" in _names(extraction)
    # near miss: a genitive that is no landscape stays outside the name
    near = _extract(
        _text("Die Handwerkskammer der Zukunft vermittelt die Praktikumsplätze im Projekt „Lotsen im Betrieb“.")
    )
    assert "Handwerkskammer der Zukunft" not in _names(near)


def test_a_body_named_with_its_town_is_also_named_without_it() -> None:
    extraction = _extract(
        _text(
            "Die Migrationsberatung des Caritasverbandes Musterstadt in Nordheim bietet das Projekt „Ankommen in Nordheim“ an."
        )
    )
    aliases = {e.name: e.aliases for e in extraction.entities}
    assert "Caritasverband Musterstadt" in aliases["Caritasverband Musterstadt in Nordheim"]
    assert (
        "Migrationsberatung des Caritasverbandes Musterstadt"
        in aliases["Migrationsberatung des Caritasverbandes Musterstadt in Nordheim"]
    )
    # near miss: a quoted project name keeps its town, with no shorter spelling
    assert aliases["Ankommen in Nordheim"] == []
