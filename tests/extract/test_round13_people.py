"""People and the organisation they belong to (thirteenth round), each on a small fictional German
text, with a near miss that must not give the relation: a role that names the type of its body
('Landrat', 'Caritasdirektorin', 'Kreishandwerksmeister') → the nearest body of that type; an
office of an organisation with no body in the sentence → the organisation the sentence or the one
before is about, else the issuer; people of a contact block → its organisation; a relative clause
of belonging; names that start with a particle or a Polish or Turkish capital."""

from __future__ import annotations

from tests.extract.test_constructions import _relations
from tests.extract.test_round10_constructions import _extract


def _members(text: str) -> set[tuple[str, str]]:
    return {(source, target) for kind, source, target in _relations(_extract(text)) if kind == "MEMBER_OF"}


def test_a_landrat_belongs_to_the_kreis_named_nearest_before_him() -> None:
    text = (
        "Dolmetscherpool gestartet\n\n"
        "Musterstadt, 4. Mai 2026 – Der Landkreis Nordland erhält 100.000 Euro für sein Integrationsmanagement.\n"
        "Den Dolmetscherpool hatten der Musterkreis und der Verein Brücke Musterstadt e.V. gestartet.\n"
        "„Das trägt“, sagte Landrat Peter Beispiel-Kern.\n"
    )
    members = _members(text)
    assert ("Peter Beispiel-Kern", "Musterkreis") in members
    assert ("Peter Beispiel-Kern", "Landkreis Nordland") not in members


def test_a_landrat_beside_a_stray_kreis_phrase_belongs_to_the_kreis_named_most_often() -> None:
    text = (
        "Fachtag\n\n"
        "Musterstadt, 4. Mai 2026 – Der Landkreis Musterland finanziert das Büro mit 75.000 Euro.\n"
        "Landrat Michael Probe-Stein betonte, dass der Landkreis Musterland auf die Kammern angewiesen "
        "sei und im Kreis Erfahrung zähle.\n"
    )
    assert ("Michael Probe-Stein", "Landkreis Musterland") in _members(text)


def test_a_kreis_named_with_an_indefinite_article_is_no_body() -> None:
    text = (
        "Netzwerk\n\n"
        "Musterstadt, 4. Mai 2026 – Das Netzwerk Integration Landkreis Musterland tagte. Den Vorsitz hat der Landkreis Musterland.\n"
        "„Gerade in einem Flächenkreis wie unserem müssen die Angebote voneinander wissen“, sagte sie.\n"
        "Landrat Henning Probe eröffnete die Konferenz.\n"
    )
    members = _members(text)
    assert ("Henning Probe", "Landkreis Musterland") in members
    assert not any(target == "Flächenkreis" for _, target in members)


def test_a_role_compound_names_the_type_of_its_body() -> None:
    text = (
        "Ausbildungsmesse\n\n"
        "Musterstadt, 4. Mai 2026 – Die Kreishandwerkerschaft Musterland und der Caritasverband Musterstadt e.V. "
        "luden zur Messe ein.\n"
        "„Wir brauchen jede Hand“, sagte Kreishandwerksmeister Thomas Beispiel.\n"
        "Caritasdirektorin Anna Probe-Lang lobte die Betriebe.\n"
    )
    members = _members(text)
    assert ("Thomas Beispiel", "Kreishandwerkerschaft Musterland") in members
    assert ("Anna Probe-Lang", "Caritasverband Musterstadt e.V.") in members
    assert ("Thomas Beispiel", "Caritasverband Musterstadt e.V.") not in members


def test_a_role_compound_without_a_body_of_its_type_in_the_text_gives_nothing() -> None:
    text = (
        "Ausbildungsmesse\n\n"
        "Musterstadt, 4. Mai 2026 – Die Stadt Musterstadt lud zur Messe ein.\n"
        "Caritasdirektorin Anna Probe-Lang lobte die Betriebe.\n"
    )
    assert not any(source == "Anna Probe-Lang" for source, _ in _members(text))


def test_an_office_holder_without_a_body_belongs_to_the_organisation_the_sentence_before_is_about() -> None:
    text = (
        "Wohnungen für Geflüchtete\n\n"
        "Musterstadt, 4. Mai 2026 – Der Integrationsrat der Stadt Musterstadt hat getagt.\n"
        "Die Baugenossenschaft Musterland eG kündigte an, zehn Wohnungen bereitzustellen.\n"
        "„Wir wollen helfen“, sagte Vorstand Ralf Beispiel.\n"
    )
    members = _members(text)
    assert ("Ralf Beispiel", "Baugenossenschaft Musterland eG") in members
    assert ("Ralf Beispiel", "Integrationsrat der Stadt Musterstadt") not in members


def test_an_office_holder_whose_body_is_named_in_words_is_not_guessed() -> None:
    text = (
        "Wohnungen für Geflüchtete\n\n"
        "Musterstadt, 4. Mai 2026 – Die Baugenossenschaft Musterland eG kündigte an, zehn Wohnungen bereitzustellen.\n"
        "Es sprach die Vorsitzende des Stiftungsvorstands, Gabriele Beispiel.\n"
    )
    assert ("Gabriele Beispiel", "Baugenossenschaft Musterland eG") not in _members(text)


def test_people_of_a_contact_block_belong_to_its_organisation() -> None:
    text = (
        "Förderrunde\n\n"
        "Musterstadt, 4. Mai 2026 – Die Bürgerstiftung Musterstadt fördert zwölf Projekte. Die Stadt Musterstadt dankte.\n\n"
        "Pressekontakt:\nBürgerstiftung Musterstadt\nThorsten Beispiel, Geschäftsführer\n"
    )
    members = _members(text)
    assert ("Thorsten Beispiel", "Bürgerstiftung Musterstadt") in members
    assert ("Thorsten Beispiel", "Stadt Musterstadt") not in members


def test_a_relative_clause_of_belonging_names_a_further_body() -> None:
    text = (
        "Förderrunde\n\n"
        "Musterstadt, 4. Mai 2026 – Die Bürgerstiftung Musterstadt fördert zwölf Projekte.\n"
        "Es sprach Kemal Beispiel, der zugleich dem Vorstand des Verbands der Migrantenorganisationen "
        "Musterstadt e.V. angehört.\n"
        "Die Projektleiterin Carina Probe, die zuvor bei der Agentur für Arbeit Musterstadt tätig war, "
        "stellte das Programm vor.\n"
    )
    members = _members(text)
    assert ("Kemal Beispiel", "Verband der Migrantenorganisationen Musterstadt e.V.") in members
    assert ("Carina Probe", "Agentur für Arbeit Musterstadt") not in members  # worked there before


def test_a_name_does_not_start_with_a_particle_and_may_start_with_a_polish_or_turkish_capital() -> None:
    text = (
        "Migrationsberatung\n\n"
        "Musterstadt, 4. Mai 2026 – Das Projekt „Brücken bauen“ wird geleitet von Oksana Probe, die seit 2016 "
        "beim DRK-Kreisverband Musterland e.V. arbeitet.\n"
        "Die Integrationsbeauftragte der Stadt Musterstadt, Dilara Şen-Beispiel, lobte das Projekt.\n"
    )
    members = _members(text)
    names = {e.name for e in _extract(text).entities if e.kind == "Person"}
    assert "von Oksana Probe" not in names
    assert ("Oksana Probe", "DRK-Kreisverband Musterland e.V.") in members
    assert ("Dilara Şen-Beispiel", "Stadt Musterstadt") in members
