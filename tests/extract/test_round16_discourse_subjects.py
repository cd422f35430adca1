"""Constructions added in the sixteenth round (helper B: missed relations between actors already
found), each on a small fictional German text with a near miss that must not give the relation:
the subject the discourse gives — 'der Verein' in a club's own release, a subject pronoun right
after the verb ('Seit dem Frühjahr setzt er … um')."""

from __future__ import annotations

from tests.extract.test_constructions import _relations
from tests.extract.test_round10_constructions import _extract


def test_der_verein_is_the_club_the_release_is_about() -> None:
    text = (
        "Brückenschlag Musterstadt e.V. feiert Jubiläum\n\n"
        "Musterstadt, 4. Mai 2026 – Der Verein Brückenschlag Musterstadt e.V. hat am Samstag sein Jubiläum gefeiert. "
        "Dem Netzwerk gehört auch der Kulturverein Nordheim e.V. an. "
        "Zum Jubiläum stellte der Verein sein neues Projekt „Starke Mütter“ vor.\n"
    )
    relations = _relations(_extract(text))
    assert ("RUNS", "Brückenschlag Musterstadt e.V.", "Starke Mütter") in relations
    assert ("RUNS", "Kulturverein Nordheim e.V.", "Starke Mütter") not in relations
    # near miss: a release about no association; 'der Verein' is the one named before it
    near = (
        "Neues aus dem Rathaus\n\n"
        "Musterstadt, 4. Mai 2026 – Die Stadt Musterstadt hat am Samstag ein Fest gefeiert. "
        "Dort stellte sich der Kulturverein Nordheim e.V. vor. "
        "Zum Fest stellte der Verein sein neues Projekt „Starke Mütter“ vor.\n"
    )
    assert ("RUNS", "Kulturverein Nordheim e.V.", "Starke Mütter") in _relations(_extract(near))


def test_a_subject_pronoun_after_the_verb_points_back() -> None:
    text = (
        "Neues aus dem Verband\n\n"
        "Musterstadt, 4. Mai 2026 – Der Dachverband der Migrantenorganisationen Musterstadt e.V. wird von der "
        "Stadt Musterstadt unterstützt. Seit dem Frühjahr setzt er außerdem das Projekt „MO-Lotsen“ um.\n"
    )
    assert ("RUNS", "Dachverband der Migrantenorganisationen Musterstadt e.V.", "MO-Lotsen") in _relations(_extract(text))
    # near miss: 'er' in a subordinate clause is not the subject of the main clause
    near = (
        "Neues aus dem Verband\n\n"
        "Musterstadt, 4. Mai 2026 – Der Dachverband der Migrantenorganisationen Musterstadt e.V. wird von der "
        "Stadt Musterstadt unterstützt. Seit dem Frühjahr, sagt er, läuft außerdem das Projekt „MO-Lotsen“.\n"
    )
    assert ("RUNS", "Dachverband der Migrantenorganisationen Musterstadt e.V.", "MO-Lotsen") not in _relations(_extract(near))
