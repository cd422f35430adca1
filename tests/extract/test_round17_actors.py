"""Constructions added in the seventeenth round (helper A: relation ends the extractor did not find
or found under a name cut short), each on a small fictional German text with a near miss that must
not give it."""

from __future__ import annotations

from tests.extract.test_constructions import _relations
from tests.extract.test_round10_constructions import _extract
from tests.extract.test_round13_references import _names
from tests.extract.test_round15_actors import _text


def test_abbreviations_inside_a_name_neither_end_the_sentence_nor_the_name() -> None:
    extraction = _extract(
        _text(
            "Das Diakonische Werk des Ev.-luth. Kirchenkreises Musterland hat eine Beratungsstelle eröffnet. "
            "Der Jugendring Neustadt a.d. Musterbach arbeitet mit dem Diakonischen Werk des Ev.-luth. "
            "Kirchenkreises Musterland zusammen."
        )
    )
    names = _names(extraction)
    assert "Diakonisches Werk des Ev.-luth. Kirchenkreises Musterland" in names
    assert (
        "COOPERATES_WITH",
        "Jugendring Neustadt a.d. Musterbach",
        "Diakonisches Werk des Ev.-luth. Kirchenkreises Musterland",
    ) in _relations(extraction)
    # near miss: a lower-case word after a town is no particle of its name
    near = _extract(_text("Der Jugendring Neustadt an Musterbach vorbei arbeitet mit der Stadt Musterstadt zusammen."))
    assert not any("Musterbach" in name for name in _names(near))


def test_an_adjective_or_a_legal_form_makes_a_suspended_compound_part_of_the_name() -> None:
    extraction = _extract(
        _text(
            "Die Bergische Sprach- und Berufsschule gGmbH bietet Integrationskurse an. Das Jobcenter Musterstadt "
            "arbeitet eng mit der Bergischen Sprach- und Berufsschule zusammen."
        )
    )
    assert "Bergische Sprach- und Berufsschule gGmbH" in _names(extraction)
    assert not any(name.startswith("Berufsschule") for name in _names(extraction))
    # near miss: a building named by two kinds, with no adjective, name or legal form, is no actor's name
    near = _extract(_text("Die Kurse finden im Bildungs- und Verwaltungszentrum statt, sagte die Stadt Musterstadt."))
    assert not any("Bildungs- und" in name for name in _names(near))


def test_a_body_runs_on_over_im_and_a_district_named_in_one_word() -> None:
    extraction = _extract(
        _text(
            "Der Kreisdiakonieverband im Muster-Tal-Kreis hat in Nordheim eine Beratungsstelle eröffnet. Die Stadt "
            "Nordheim hat dem Kreisdiakonieverband im Muster-Tal-Kreis einen Zuschuss von 8.000 Euro bewilligt."
        )
    )
    assert "Kreisdiakonieverband im Muster-Tal-Kreis" in _names(extraction)
    # near miss: a service named by its kind alone stays a service at a place
    near = _extract(
        _text("Die Migrationsberatung im Muster-Tal-Kreis wird vom Bundesamt für Migration und Flüchtlinge gefördert.")
    )
    assert "Migrationsberatung im Muster-Tal-Kreis" not in _names(near)


def test_a_unit_named_by_its_task_and_its_body_in_the_genitive_is_an_organisation() -> None:
    extraction = _extract(
        _text(
            "Der Verein Brückenschlag Musterstadt e.V. arbeitet eng mit dem Integrationsmanagement der Stadt "
            "Musterstadt zusammen. Das Netzwerk wird von der Bildungskoordination für Neuzugewanderte des "
            "Landratsamtes Musterland geleitet."
        )
    )
    kinds = {e.name: e.kind for e in extraction.entities}
    assert kinds.get("Integrationsmanagement der Stadt Musterstadt") == "Organisation"
    assert kinds.get("Bildungskoordination für Neuzugewanderte des Landratsamtes Musterland") == "Organisation"
    assert (
        "COOPERATES_WITH",
        "Brückenschlag Musterstadt e.V.",
        "Integrationsmanagement der Stadt Musterstadt",
    ) in _relations(extraction)
    # near miss: the coordination of offers is a task, not a unit of a body
    near = _extract(_text("Die Koordination der Angebote übernimmt die Stadt Musterstadt."))
    assert not any(name.startswith("Koordination") for name in _names(near))
