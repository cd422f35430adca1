"""Relations a press release states indirectly: carriers, partner lists, groups, passive voice,
funding phrases, owners in the genitive and members listed for a network named before."""

from __future__ import annotations

from netmap.ingest.extract.document import document_from_text
from netmap.ingest.extract.proposals import extract_document

TEXT = """Neues Angebot in Musterstadt

Musterstadt, 3. Mai 2024 – Die Beratungsstelle Neuland startet das Projekt „Wege finden“. Die Beratungsstelle Neuland steht unter der Trägerschaft des Caritasverbandes Musterstadt e.V. Das Projekt wird vom Caritasverband in Kooperation mit der Arbeiterwohlfahrt Musterstadt getragen und mit Unterstützung des Ministeriums für Soziales des Landes Musterland aus Landesmitteln finanziert. Kooperationspartner sind die Volkshochschule Musterstadt, die Handwerkskammer Musterland und das Jobcenter Musterstadt. Projektleiterin Eva Schmidt stellte das Vorhaben vor.

Zu den Mitgliedern des Netzwerks „Integration Musterstadt“ gehören der Verein Hand auf e.V., die Diakonie Musterstadt und der Jugendmigrationsdienst Musterstadt. Das Projekt „Sprachcafé“ des Vereins Hand auf e.V. wird von der Stadt Musterstadt gefördert. Das Netzwerk wird vom Integrationsbüro des Kreises Musterland koordiniert.

Das Jobcenter Musterstadt und die Agentur für Arbeit Musterstadt haben eine Kooperationsvereinbarung geschlossen. Die Partner wollen die Beratung verbessern; die beiden Partner gehören dem Netzwerk an.
"""


def _relations() -> set[tuple[str, str, str]]:
    extraction = extract_document(document_from_text("musterstadt.txt", TEXT))
    name = {e.id: e.name for e in extraction.entities}
    return {(r.kind, name[r.from_id], name[r.to_id]) for r in extraction.relations}


def test_carrier_passive_voice_and_funding_phrases() -> None:
    found = _relations()
    assert ("RUNS", "Caritasverband Musterstadt e.V.", "Beratungsstelle Neuland") in found  # Trägerschaft
    assert ("RUNS", "Caritasverband Musterstadt e.V.", "Wege finden") in found  # passive 'wird … getragen'
    assert ("RUNS", "Arbeiterwohlfahrt Musterstadt", "Wege finden") in found
    assert ("FUNDS", "Ministerium für Soziales des Landes Musterland", "Wege finden") in found  # 'mit Unterstützung'
    assert ("MEMBER_OF", "Eva Schmidt", "Wege finden") in found  # Projektleiterin of the project in question


def test_partner_list_pairs_partners_with_the_carriers_only() -> None:
    found = _relations()
    cooperating = {frozenset((a, b)) for kind, a, b in found if kind == "COOPERATES_WITH"}
    for partner in ("Volkshochschule Musterstadt", "Handwerkskammer Musterland", "Jobcenter Musterstadt"):
        assert frozenset(("Caritasverband Musterstadt e.V.", partner)) in cooperating
    assert frozenset(("Volkshochschule Musterstadt", "Handwerkskammer Musterland")) not in cooperating


def test_members_owners_and_groups() -> None:
    found = _relations()
    for member in ("Hand auf e.V.", "Diakonie Musterstadt", "Jugendmigrationsdienst Musterstadt"):
        assert ("MEMBER_OF", member, "Integration Musterstadt") in found
    assert ("RUNS", "Hand auf e.V.", "Sprachcafé") in found  # 'Projekt „X“ des Vereins Y'
    assert ("RUNS", "Integrationsbüro des Kreises Musterland", "Integration Musterstadt") in found
    # 'die beiden Partner' are the two organisations named together just before
    assert ("MEMBER_OF", "Agentur für Arbeit Musterstadt", "Integration Musterstadt") in found
    assert ("MEMBER_OF", "Jobcenter Musterstadt", "Integration Musterstadt") in found


def test_owner_in_a_name_is_an_actor_of_its_own() -> None:
    extraction = extract_document(document_from_text("musterstadt.txt", TEXT))
    assert "Kreis Musterland" in {e.name for e in extraction.entities}


NETWORK_TEXT = """Neue Wege in Musterhausen

Musterhausen, 4. Juni 2024 – Die Bürgerstiftung Musterhausen fördert das Projekt „Ankommen Nord“. Das Projekt wurde von der Caritas Musterhausen ins Leben gerufen. Zum Netzwerk „Vielfalt Musterhausen“ gehören außerdem der Kinderschutzbund Musterhausen und die Arbeiterwohlfahrt Musterhausen. Das Projekt läuft unter dem Dach des Paritätischen Wohlfahrtsverbandes Hessen und wird unterstützt von der Stiftung Nord.
"""


def test_the_project_named_back_is_the_project_not_the_network_between() -> None:
    extraction = extract_document(document_from_text("musterhausen.txt", NETWORK_TEXT))
    name = {e.id: e.name for e in extraction.entities}
    found = {(r.kind, name[r.from_id], name[r.to_id]) for r in extraction.relations}
    assert ("RUNS", "Caritas Musterhausen", "Ankommen Nord") in found  # 'ins Leben gerufen'
    assert ("MEMBER_OF", "Kinderschutzbund Musterhausen", "Vielfalt Musterhausen") in found  # 'Zum Netzwerk … gehören'
    assert ("RUNS", "Paritätischer Wohlfahrtsverband Hessen", "Ankommen Nord") in found  # 'unter dem Dach'
    assert ("FUNDS", "Stiftung Nord", "Ankommen Nord") in found  # 'unterstützt von'
    assert not any(target == "Vielfalt Musterhausen" for kind, _, target in found if kind in ("RUNS", "FUNDS"))
