"""Constructions added in the sixteenth round (helper B: missed relations between actors already
found), each on a small fictional German text with a near miss that must not give the relation:
the subject the discourse gives — 'der Verein' in a club's own release, a subject pronoun right
after the verb ('Seit dem Frühjahr setzt er … um'), the network of the sentence before ('Zu seinen
Mitgliedern gehören …'), the funder named before ('Der größte Betrag, 68.000 Euro, fließt in das
Projekt …'), the signatories beside whom partners are listed, a board that names its body
('Stiftungsratsvorsitzender', 'Vereinsvorsitzende')."""

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


def test_the_members_listed_after_a_sentence_about_one_network() -> None:
    text = (
        "Netzwerk wächst\n\n"
        "Musterstadt, 4. Mai 2026 – Das Netzwerk Integration Musterstadt, das die Stadt Musterstadt seit 2019 "
        "koordiniert, bringt Behörden und Vereine zusammen. Zu seinen Mitgliedern gehören bereits die Agentur "
        "für Arbeit Musterstadt und das Jobcenter Landkreis Musterstadt.\n"
    )
    relations = _relations(_extract(text))
    assert ("MEMBER_OF", "Agentur für Arbeit Musterstadt", "Netzwerk Integration Musterstadt") in relations
    assert ("MEMBER_OF", "Jobcenter Landkreis Musterstadt", "Netzwerk Integration Musterstadt") in relations
    # near miss: the sentence before is about no network; 'seine Mitglieder' are not the network's
    near = (
        "Verband wächst\n\n"
        "Musterstadt, 4. Mai 2026 – Das Netzwerk Integration Musterstadt hat getagt. Der Caritasverband "
        "Musterstadt e.V. bringt Behörden und Vereine zusammen. Zu seinen Mitgliedern gehören bereits die "
        "Agentur für Arbeit Musterstadt und das Jobcenter Landkreis Musterstadt.\n"
    )
    assert ("MEMBER_OF", "Agentur für Arbeit Musterstadt", "Netzwerk Integration Musterstadt") not in _relations(_extract(near))


def test_sums_for_projects_go_from_the_funder_named_before() -> None:
    text = (
        "Land fördert drei Projekte\n\n"
        "Musterstadt, 4. Mai 2026 – Das Ministerium für Soziales Musterland hat Fördermittel von insgesamt "
        "147.000 Euro für drei Vorhaben bewilligt. Der größte Betrag, 68.000 Euro, fließt in das Projekt "
        "„Mütter lernen mit“. Die übrigen 27.000 Euro erhält das Sprachcafé „Weserklang“, das der Verein "
        "Frauenforum Musterstadt e.V. betreibt.\n"
    )
    relations = _relations(_extract(text))
    assert ("FUNDS", "Ministerium für Soziales Musterland", "Mütter lernen mit") in relations
    assert ("FUNDS", "Ministerium für Soziales Musterland", "Weserklang") in relations
    # near miss: a sum that goes to a programme names no project of the funder's
    near = (
        "Land fördert\n\n"
        "Musterstadt, 4. Mai 2026 – Das Ministerium für Soziales Musterland hat Fördermittel bewilligt. "
        "Aus dem Programm „Teilhabe vor Ort“ fließen 20.000 Euro in die Region.\n"
    )
    assert not any(r[0] == "FUNDS" and r[2] == "Teilhabe vor Ort" for r in _relations(_extract(near)))


def test_a_funders_sum_und_zwar_for_a_project() -> None:
    text = (
        "Bürgerstiftung Musterstadt fördert Integrationsprojekte\n\n"
        "Musterstadt, 4. Mai 2026 – Die Bürgerstiftung Musterstadt hat 30.000 Euro bewilligt. Mit 15.000 Euro "
        "erhält der Caritasverband Musterstadt e.V. die höchste Förderung, und zwar für sein Projekt "
        "„Deutsch am Arbeitsplatz“. Weitere 10.000 Euro fließen in das Projekt „Lernbrücke“.\n"
    )
    relations = _relations(_extract(text))
    assert ("FUNDS", "Bürgerstiftung Musterstadt", "Deutsch am Arbeitsplatz") in relations
    assert ("FUNDS", "Bürgerstiftung Musterstadt", "Lernbrücke") in relations
    # near miss: ', und' before a new receiver still cuts the sentence: the first receiver keeps its sum
    near = (
        "Bürgerstiftung Musterstadt fördert Integrationsprojekte\n\n"
        "Musterstadt, 4. Mai 2026 – Die Bürgerstiftung Musterstadt hat 30.000 Euro bewilligt. Der Caritasverband "
        "Musterstadt e.V. erhält 15.000 Euro, und der Verein Lernbrücke Musterstadt e.V. bekommt 10.000 Euro.\n"
    )
    assert ("FUNDS", "Bürgerstiftung Musterstadt", "Caritasverband Musterstadt e.V.") in _relations(_extract(near))


def test_a_board_role_names_the_foundation_or_the_club() -> None:
    text = (
        "Bürgerstiftung Musterstadt fördert Integrationsprojekte\n\n"
        "Musterstadt, 4. Mai 2026 – Die Bürgerstiftung Musterstadt fördert das Projekt „Lernbrücke“ mit "
        "10.000 Euro. „Wir helfen dort, wo Engagierte etwas bewegen“, sagte Stiftungsratsvorsitzender Bernd Keller.\n"
    )
    assert ("MEMBER_OF", "Bernd Keller", "Bürgerstiftung Musterstadt") in _relations(_extract(text))
    club = (
        "Neues aus Musterstadt\n\n"
        "Musterstadt, 4. Mai 2026 – Das DRK Kreisverband Musterstadt e.V. und der Verein Buntes Miteinander "
        "Musterstadt e.V. bieten Sprachpaten an. „Wir brauchen mehr Ehrenamtliche“, sagte Vereinsvorsitzender "
        "Rüdiger Semmel.\n"
    )
    relations = _relations(_extract(club))
    assert ("MEMBER_OF", "Rüdiger Semmel", "Buntes Miteinander Musterstadt e.V.") in relations
    # near miss: a welfare association registered as e.V. is no 'Verein' of a Vereinsvorsitzender
    assert ("MEMBER_OF", "Rüdiger Semmel", "DRK Kreisverband Musterstadt e.V.") not in relations


def test_partners_listed_beside_the_signatories_work_with_each_of_them() -> None:
    text = (
        "Kooperationsvereinbarung unterzeichnet\n\n"
        "Musterstadt, 4. Mai 2026 – Die Kreishandwerkerschaft Musterland, das Jobcenter Musterland und die Agentur "
        "für Arbeit Musterstadt haben am Freitag in der Alten Handwerkerschule eine Kooperationsvereinbarung "
        "unterzeichnet.\n\n"
        "Neben den drei Unterzeichnern wirken an der Lotsenstelle mit: die Kreisvolkshochschule Musterland und "
        "der Verein Neue Nachbarn Musterstadt e.V.\n"
    )
    pairs = {frozenset(r[1:]) for r in _relations(_extract(text)) if r[0] == "COOPERATES_WITH"}
    for signatory in ("Kreishandwerkerschaft Musterland", "Jobcenter Musterland", "Agentur für Arbeit Musterstadt"):
        assert frozenset((signatory, "Kreisvolkshochschule Musterland")) in pairs
    # near miss: the sentence does not open beside the signatories; no partner is listed for them
    near = text.replace("Neben den drei Unterzeichnern wirken an der Lotsenstelle mit:", "Im Kreis gibt es außerdem")
    pairs = {frozenset(r[1:]) for r in _relations(_extract(near)) if r[0] == "COOPERATES_WITH"}
    assert frozenset(("Jobcenter Musterland", "Kreisvolkshochschule Musterland")) not in pairs
