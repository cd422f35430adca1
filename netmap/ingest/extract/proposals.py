"""Proposals: what a press release says, each with its evidence, span and confidence.
`extract_document` runs the whole pipeline on one Document."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from netmap.ingest.extract.affiliations import belonging_clause, implied_affiliation
from netmap.ingest.extract.carriers import joint_carriers, listed_partners, partner_relations
from netmap.ingest.extract.contacts import contact_names, opens_contact_block, with_contact_body
from netmap.ingest.extract.cooperation_fallback import co_carriers, fallback_cooperations
from netmap.ingest.extract.document import Document
from netmap.ingest.extract.document_relations import document_relations
from netmap.ingest.extract.entities import Entity, EntityIndex, merge_key
from netmap.ingest.extract.funding_fallback import dative_grants, fallback_funding
from netmap.ingest.extract.givers import as_giver
from netmap.ingest.extract.groups import group_items
from netmap.ingest.extract.heads import is_public_body
from netmap.ingest.extract.issuer import first_actor, issuer_of
from netmap.ingest.extract.issuer_funding import issuer_funding
from netmap.ingest.extract.lexicon import OWN_SHARE
from netmap.ingest.extract.membership_fallback import (
    carrying_partners_as_members,
    fallback_memberships,
    umbrella_issuer,
)
from netmap.ingest.extract.mention import Mention
from netmap.ingest.extract.mentions import find_mentions
from netmap.ingest.extract.network_peers import without_network_peers
from netmap.ingest.extract.office_holders import office_fallback, typed_body
from netmap.ingest.extract.owners import owner_mentions, short_name
from netmap.ingest.extract.people import find_people, is_office
from netmap.ingest.extract.quoted import quoted_known
from netmap.ingest.extract.relation_checks import checked
from netmap.ingest.extract.relative_runners import relative_runners
from netmap.ingest.extract.sentence_view import Found, Item, SentenceView, relation_key
from netmap.ingest.extract.sentences import split_sentences
from netmap.ingest.extract.short_forms import first_word_mentions
from netmap.ingest.extract.tokens import Token, tokenize


@dataclass
class EntityProposal:
    id: str
    kind: str
    name: str
    evidence: str
    span: tuple[int, int]
    confidence: float
    aliases: list[str] = field(default_factory=list)
    project_type: str = ""
    role: str = ""
    match_id: str = ""  # the existing actor it matches, if any
    match_name: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "kind": self.kind, "name": self.name, "aliases": list(self.aliases),
            "type": self.project_type, "role": self.role, "evidence": self.evidence, "span": list(self.span),
            "confidence": self.confidence, "match": {"id": self.match_id, "name": self.match_name} if self.match_id else None,
        }  # fmt: skip


@dataclass
class RelationProposal:
    id: str
    kind: str
    from_id: str  # entity proposal ids
    to_id: str
    evidence: str
    span: tuple[int, int]
    confidence: float
    properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "kind": self.kind, "from": self.from_id, "to": self.to_id, "properties": dict(self.properties),
            "evidence": self.evidence, "span": list(self.span), "confidence": self.confidence,
        }  # fmt: skip


@dataclass
class Extraction:
    document: Document
    entities: list[EntityProposal]
    relations: list[RelationProposal]

    def entity(self, proposal_id: str) -> EntityProposal | None:
        return next((e for e in self.entities if e.id == proposal_id), None)


def _confidence(entity: Entity) -> float:
    base = {"Person": 0.8 if entity.role else 0.65}.get(entity.kind, 0.75)
    if entity.quoted or any(s in entity.name for s in ("e.V.", "GmbH", "mbH", "gGmbH")):
        base = 0.9
    return round(min(0.98, base + 0.03 * (entity.mentions - 1)), 2)


@dataclass
class RuleState:
    """What the rules found in a document, before it becomes proposals: the entities, each
    sentence with its actors, the relations found and the issuer."""

    document: Document
    index: EntityIndex
    views: list[SentenceView]
    found: list[Found]
    issuer: str | None
    kinds: dict[str, str] = field(default_factory=dict)  # each entity's kind before _kinds_by_role


def extract_document(document: Document, learned: bool = True) -> Extraction:
    """Every actor and relation the document states, as proposals (nothing is stored). With
    `learned`, the relation classifier (learned_relations.py) adds relations the rules missed."""
    state = rule_state(document)
    found = state.found
    if learned:
        from netmap.ingest.extract.learned_relations import refine

        found = refine(state)
    return proposals_of(state, found)


def proposals_of(state: RuleState, found: list[Found]) -> Extraction:
    """The proposals for a document's entities and the relations in `found` (may be called again
    with other relations: the kinds the relations imply are worked out afresh each time)."""
    for entity_id, kind in state.kinds.items():
        state.index.entities[entity_id].kind = kind
    return _proposals(state.document, state.index, state.views, found)


def rule_state(document: Document) -> RuleState:
    """Runs the rule pipeline on one document; returns its entities, sentences and relations."""
    index = EntityIndex()
    views: list[SentenceView] = []
    parsed = []
    services: list[tuple[int, str, str, Mention]] = []  # (sentence, owner, service, owner's mention)
    for n, sentence in enumerate(split_sentences(document.text)):
        tokens = tokenize(sentence.text, sentence.start)
        mentions = find_mentions(tokens, document.text, 0)
        owners = [(index.add_named(owner, n), owner, owned) for owner, owned in owner_mentions(tokens, mentions)]
        named = {id(m): index.add_named(m, n, short_name(tokens, m)) for m in mentions if not m.generic}
        services += [(n, o, s, om) for o, om, m in owners if m.kind == "Project" and o and (s := named.get(id(m)))]
        parsed.append((n, sentence, tokens, mentions, named))
    projects = {merge_key(e.name) for e in index.entities.values() if e.kind == "Project"}
    for n, _, tokens, mentions, named in parsed:
        taken = {k for m in mentions for k in range(m.first, m.last + 1)}
        for m in quoted_known(tokens, document.text, lambda name: merge_key(name) in projects, taken):
            mentions.append(m)
            named[id(m)] = index.add_named(m, n)
        mentions += _acronyms_used(index, tokens, taken)
        for m, short_id in first_word_mentions(index, tokens, taken):  # 'die Malteser'
            mentions.append(m)
            named[id(m)] = short_id
            index.entities[short_id].mentions += 1
        mentions.sort(key=lambda m: m.first)
    folded = index.fold_short_names()
    letterhead = next(
        (h for _, _, tokens, mentions, named in parsed[:4] if (h := _letterhead(tokens, mentions, named, folded))), None
    )
    owner_of = {folded.get(m, m): o for _, o, m, _ in services}
    in_contact, contact_org = False, None
    for n, sentence, tokens, mentions, named in parsed:
        named = {k: folded.get(v, v) if v else v for k, v in named.items()}
        items: list[Item] = []
        resolved: dict[int, str] = {}
        for m in mentions:
            entity_id = named.get(id(m)) or index.resolve(m, n)
            if entity_id is None:
                continue
            resolved[m.first] = entity_id
            e = index.entities[entity_id]
            items.append(Item(entity_id, e.kind, e.project_type, e.name, m.first, m.last, e.vehicle, m.locative))
        for _, owner_id, _, owner in (s for s in services if s[0] == n):  # 'mit der Migrationsberatung des X': X too
            kept = folded.get(owner_id, owner_id)
            items.append(Item(kept, "Organisation", "", index.entities[kept].name, owner.first, owner.last))
        items.sort(key=lambda i: i.first)
        view = SentenceView(n, sentence.start, sentence.end, sentence.text, tokens, items)
        people = find_people(tokens, mentions)
        for person in people:
            person_id = index.add_person(person, n)
            affiliations = [resolved[a.first] for a in person.affiliations if a.first in resolved]
            # 'Leiter der Migrationsberatung des DRK X': the staff of a service belong to its owner
            affiliations = [folded.get(owner_of.get(a, a), owner_of.get(a, a)) for a in affiliations]
            if not affiliations and person.short_affiliation:
                affiliations = [e for e in [index.named_by_short(person.short_affiliation)] if e]
            affiliations = affiliations or implied_affiliation(person, view, views[-1] if views else None)
            territory = typed_body(person.role, person.start, view, views, index) if not affiliations else None
            territory = territory or (letterhead if not affiliations and is_office(person.role) else None)
            affiliations += [territory] if territory else []
            view.people.append((person_id, affiliations + [b for b in belonging_clause(person, view) if b not in affiliations]))
        in_contact = in_contact or opens_contact_block(tokens)
        if in_contact:  # 'Pressekontakt: Stadt X, Pressestelle, Lena Vogt'
            bodies = [i.entity for i in items if i.kind in ("Organisation", "Funder") and not i.locative]
            contact_org = bodies[0] if bodies else contact_org
            view.people = with_contact_body(view.people, contact_org)
            for person in contact_names(tokens, mentions, people):
                view.people.append((index.add_person(person, n), [contact_org] if contact_org else []))
        views.append(view)
    found, antecedents = document_relations(views, set(owner_of))
    for view, project in zip(views, antecedents, strict=True):
        view.people = [(p, a + _project_of_role(index.entities[p], project, a)) for p, a in view.people]
    runners = _runners(index, found, views)
    grouped = [group_items(views, n, runners, antecedents[n]) for n in range(len(views))]
    for view, groups in zip(views, grouped, strict=True):
        view.items = sorted(view.items + groups, key=lambda i: i.first)
    found, antecedents = document_relations(views, set(owner_of))
    found = checked(views, found)  # the later rules take runners and funders from these
    found += [Found("RUNS", folded.get(o, o), folded.get(m, m), n, 0.7, (("role", "Träger"),)) for n, o, m, _ in services]
    issuer = issuer_of(views, letterhead)
    found = carrying_partners_as_members(views, relative_runners(views, found, issuer))
    found += partner_relations(views, antecedents, _runners(index, found, views))
    found += listed_partners(views, antecedents, _runners(index, found, views), issuer)
    found += fallback_funding(views, antecedents, found)
    found += dative_grants(views, found)
    found += issuer_funding(views, as_giver(index, views, first_actor(views), found), found)
    names = {k: e.name for k, e in index.entities.items()}
    found += fallback_memberships(views, found, umbrella_issuer(issuer, names))
    found += fallback_cooperations(views, antecedents, _runners(index, found, views), issuer, found)
    found += office_fallback(views, found, issuer, index)
    found += joint_carriers(views, found)
    found += co_carriers(views, found)
    found = _without_paying_runners(index, found, views)
    kinds = {e.id: e.kind for e in index.entities.values()}
    return RuleState(document, index, views, without_network_peers(checked(views, found)), issuer, kinds)


def _letterhead(
    tokens: list[Token], mentions: list[Mention], named: dict[int, str | None], folded: dict[str, str]
) -> str | None:
    """The issuer when one of the first lines is only an organisation's name ('Landeshauptstadt
    Wiesbaden') or says 'Pressemitteilung der Stadt X': office holders quoted without a body belong to it."""
    start = (
        2
        if len(tokens) > 2 and tokens[0].text.startswith("Pressemitteilung") and tokens[1].text in ("der", "des", "von")
        else 0
    )
    whole = [m for m in mentions if m.first == start and m.kind == "Organisation"
             and (m.last == len(tokens) - 1 or start and tokens[m.last + 1].text == ",")]  # fmt: skip
    entity_id = named.get(id(whole[0])) if whole else None
    return folded.get(entity_id, entity_id) if entity_id else None


def _acronyms_used(index: EntityIndex, tokens: list[Token], taken: set[int]) -> list[Mention]:
    """Mentions of an acronym the text introduced in brackets ('… (MBE)', later 'Die MBE wird …')."""
    found: list[Mention] = []
    for k, token in enumerate(tokens):
        entity_id = index.by_acronym.get(token.text)
        if entity_id is not None and k not in taken and entity_id in index.entities:
            kind = index.entities[entity_id].kind
            found.append(Mention(k, k, kind, token.text, token.start, token.end, acronym=token.text))
    return found


def _project_of_role(person: Entity, project: Item | None, affiliations: list[str]) -> list[str]:
    """The project a 'Projektleiterin' or 'Projektkoordinator' works for: the one the text is about."""
    role = person.role.casefold()
    if (
        project is None
        or project.entity in affiliations
        or not (role.startswith("projekt") or role.startswith("koordinator"))
    ):
        return []
    return [project.entity]


def _without_paying_runners(index: EntityIndex, found: list[Found], views: list[SentenceView]) -> list[Found]:
    """`found` without RUNS from a funder, or from whoever pays an own share, to the project the
    same sentence says it funds ('Der Kreis übernimmt den Eigenanteil, und die Stiftung X fördert …')."""
    funding = {(f.source, f.target, f.sentence) for f in found if f.kind == "FUNDS"}
    return [
        f for f in found
        if f.kind != "RUNS" or (f.source, f.target, f.sentence) not in funding
        or index.entities[f.source].kind != "Funder" and not OWN_SHARE.search(views[f.sentence].text)
    ]  # fmt: skip


def _runners(index: EntityIndex, found: list[Found], views: list[SentenceView]) -> dict[str, list[Item]]:
    """For each project's name, the actors found to carry it (not those that take on a part of it,
    nor a funder or an own share the same sentence says funds it: 'Der Kreis übernimmt den
    Eigenanteil, und die Stiftung X fördert …' names no carrier)."""
    runners: dict[str, list[Item]] = {}
    for f in _without_paying_runners(index, found, views):
        if f.kind == "RUNS" and index.entities[f.target].kind == "Project" and ("role", "part") not in f.properties:
            runner = index.entities[f.source]
            runners.setdefault(index.entities[f.target].name, []).append(
                Item(runner.id, runner.kind, runner.project_type, runner.name, 0, 0)
            )
    return runners


def _kinds_by_role(index: EntityIndex, found: list[Found]) -> None:
    """An organisation the text names only as funding ('gefördert von der Klosterkammer X') is a
    funder; a funder that funds nothing but works with others (a foundation that runs homes) is
    an organisation. Public bodies (Stadt, Kreis) stay organisations."""
    roles: dict[str, set[str]] = {}
    for f in found:
        roles.setdefault(f.source, set()).add(f.kind)
        if f.kind != "MEMBER_OF" or index.entities[f.source].kind != "Person":
            roles.setdefault(f.target, set()).add(f.kind + " to")
    for entity in index.entities.values():
        kinds = roles.get(entity.id, set()) - {"MEMBER_OF to"}
        if entity.kind == "Organisation" and kinds == {"FUNDS"} and not is_public_body(entity.name):
            entity.kind = "Funder"
        elif entity.kind == "Funder" and kinds and "FUNDS" not in kinds:
            entity.kind = "Organisation"


def _proposals(document: Document, index: EntityIndex, views: list[SentenceView], found: list[Found]) -> Extraction:
    _kinds_by_role(index, found)
    used = {f.source for f in found} | {f.target for f in found}
    entities = [
        EntityProposal(
            e.id,
            e.kind,
            e.name,
            views[e.sentence].text,
            (e.start, e.end),
            _confidence(e),
            aliases=e.aliases,
            project_type=e.project_type or ("project" if e.kind == "Project" else ""),
            role=e.role,
        )  # fmt: skip
        for e in index.entities.values()
        if e.actor or e.id in used
    ]
    relations: list[RelationProposal] = []
    seen: set[tuple[str, str, str]] = set()
    for f in found:
        key = relation_key(f.kind, f.source, f.target)
        if f.source == f.target or key in seen:
            continue
        seen.add(key)
        view = views[f.sentence]
        relations.append(
            RelationProposal(
                f"r{len(relations) + 1}",
                f.kind,
                f.source,
                f.target,
                view.text,
                (view.start, view.end),
                f.confidence,
                dict(f.properties),
            )  # fmt: skip
        )
    return Extraction(document, entities, relations)
