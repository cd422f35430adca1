"""From mentions to entities: spellings of one actor in a text are joined (inflection, acronyms,
'das Jobcenter' for the Jobcenter named before), so each actor is proposed once."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from netmap.ingest.extract.heads import is_public_body, territorial, without_place
from netmap.ingest.extract.inflection import name_key
from netmap.ingest.extract.lexicon import LEGAL_FORM, ORGANISATION_HEADS, PROJECT_HEADS, ROLES
from netmap.ingest.extract.mention import Mention
from netmap.ingest.extract.people import PersonMention
from netmap.ingest.extract.references import (
    FACILITY_HEADS,
    brand_owner,
    compound_owner,
    described_actor,
    unnamed_facility,
)

_FILLERS = frozenset({"der", "des", "die", "dem", "den"})
# roles that belong to a territorial body: 'Landrat X' works for the Kreis the text names
_CITY = ("stadt", "landeshauptstadt", "gemeinde")
_ROLE_TERRITORY = {"landrat": ("kreis", "landkreis"), "landrätin": ("kreis", "landkreis"),
                   "bürgermeister": _CITY, "bürgermeisterin": _CITY, "oberbürgermeister": _CITY,
                   "oberbürgermeisterin": _CITY, "stadtrat": _CITY, "stadträtin": _CITY,
                   "kreisrat": ("kreis", "landkreis"), "kreisrätin": ("kreis", "landkreis")}  # fmt: skip
# a role compound whose first part names the body: 'Kreisbeigeordneter', 'Regionalverbandsdirektor'
_TERRITORY_PREFIX = {"kreis": ("kreis", "landkreis"), "landkreis": ("kreis", "landkreis"), "stadt": _CITY,
                     "regionalverband": ("regionalverband",), "bezirk": ("bezirk", "bezirksamt")}  # fmt: skip
_MINISTRY = ("ministerium", "staatsministerium", "landesministerium", "bundesministerium", "sozialministerium")


def territory_heads(role: str) -> tuple[str, ...]:
    """The first words of the bodies a role belongs to: 'Landrat' → Kreis, 'Beiratsvorsitzende' →
    Beirat; () if it names none."""
    low = role.casefold()
    low = low[:-1] if low.endswith(("nden", "rten", "gten")) else low  # dative: 'der Beiratsvorsitzenden'
    if low in _ROLE_TERRITORY:
        return _ROLE_TERRITORY[low]
    prefix = next((p for p in sorted(_TERRITORY_PREFIX, key=len, reverse=True) if low.startswith(p)), None)
    if prefix and len(low) > len(prefix) + 5:
        return _TERRITORY_PREFIX[prefix]
    body = next((low[: -len(r)] for r in sorted(ROLES, key=len, reverse=True) if low.endswith(r)), "").removesuffix("s")
    if len(body) >= 4 and body.endswith(tuple(ORGANISATION_HEADS)):
        return (body,)
    if low.endswith(("minister", "ministerin", "staatssekretär", "staatssekretärin")):
        return _MINISTRY  # 'Sozialministerin': a member of the one ministry the text names
    # 'Sozialdezernentin': an office of the one town or district the text names
    return (*_CITY, "kreis", "landkreis") if low.endswith(("dezernent", "dezernentin")) else ()


def _as_owner(words: list[str], name: str) -> bool:
    """Whether the words stand in a name only as its owner, after 'des'/'der'."""
    full = name_key(name).split()
    at = next((k for k, w in enumerate(full) if w in ("des", "der")), None)
    return at is not None and not _words_in(words, [merge_key(w) for w in full[:at]])


def _words_in(words: list[str], name_words: list[str]) -> bool:
    """Whether every word is a word of the name or ends one of its compounds ('Bündnis' in
    'Passauer Ausbildungsbündnis Integration')."""
    return all(any(n == w or len(w) >= 5 and n.endswith(w) for n in name_words) for w in words)


_REGISTERED = re.compile(r"\be\.\s?V\.?$")


def merge_key(name: str) -> str:
    """The key under which two spellings in one text are taken for one actor; a territory owns or
    hosts alike ('… des Landkreises X' and '… im Landkreis X')."""
    words = [w for w in name_key(name).split() if w not in _FILLERS]
    out: list[str] = []
    for k, word in enumerate(words):
        following = words[k + 1] if k + 1 < len(words) else ""
        if word in ("im", "in") and following and territorial(following):
            continue
        out.append(_TERRITORY_GENITIVE.get(word, word))
    return " ".join(out)


def _compound_of(word: str, name: str) -> bool:
    """Whether a compound ('sozialministerium') names the body whose name starts with its head and
    names its first part later ('Niedersächsisches Ministerium für Soziales, …')."""
    words = merge_key(name).split()
    head = next((w for w in words if len(w) >= 6 and word.endswith(w) and len(word) >= len(w) + 4), None)
    return head is not None and word[: -len(head)].rstrip("s")[:6] in " ".join(words[words.index(head) + 1 :])


_TERRITORY_GENITIVE = {"landkreises": "landkreis", "kreises": "kreis", "bezirks": "bezirk", "bezirkes": "bezirk"}


@dataclass
class Entity:
    id: str
    kind: str
    name: str
    start: int
    end: int
    sentence: int
    project_type: str = ""
    role: str = ""
    aliases: list[str] = field(default_factory=list)
    mentions: int = 1
    quoted: bool = False
    vehicle: bool = False
    actor: bool = False  # named at least once as an actor (not only as a place)

    def add_name(self, name: str) -> None:
        if name != self.name and name not in self.aliases:
            self.aliases.append(name)


def _registered_as_organisation(entity: Entity, mention: Mention) -> bool:
    """Whether a name first met in quotes as a project ('Zehn Jahre „Salam Naumburg“') comes
    again with a legal form ('Salam Naumburg e.V.'): it is an organisation."""
    last = mention.name.split()[-1]
    return entity.kind == "Project" and entity.quoted and mention.kind == "Organisation" and bool(LEGAL_FORM.match(last))


# common short forms a role compound opens with ('VHS-Leiterin'), written out
_SHORT_FORMS = {"vhs": "volkshochschule", "kvhs": "kreisvolkshochschule"}


class EntityIndex:
    """The entities of one document, built mention by mention."""

    def __init__(self) -> None:
        self.entities: dict[str, Entity] = {}
        self.by_key: dict[str, str] = {}
        self.by_acronym: dict[str, str] = {}
        self.order: list[tuple[int, str]] = []  # (character offset, entity id) of every mention
        self.created = 0
        self.facility_carrier: str | None = None  # the carrier the unnamed facilities of the text stand for

    def _new(self, kind: str, name: str, start: int, end: int, sentence: int) -> Entity:
        self.created += 1  # not len(entities): folded entities leave gaps
        entity = Entity(f"e{self.created}", kind, name, start, end, sentence)
        self.entities[entity.id] = entity
        return entity

    def add_named(self, mention: Mention, sentence: int, short: str = "") -> str | None:
        """The entity a named (not generic) mention stands for, created if new; `short` is another
        spelling of it (the name without its owner)."""
        if re.fullmatch(r"[A-ZÄÖÜ.]{2,8}", mention.name):
            return None  # a bare acronym: resolved once every full name is known
        key = merge_key(mention.name)
        if not key:
            return None
        entity_id = self.by_key.get(key) or self._placed(mention) or self._club(mention)
        if entity_id is None:
            entity = self._new(mention.kind, mention.name, mention.start, mention.end, sentence)
            entity.project_type = mention.project_type
            entity.quoted = mention.quoted
            entity.vehicle = mention.vehicle
            self.by_key[key] = entity.id
        else:
            entity = self.entities[entity_id]
            entity.mentions += 1
            if _registered_as_organisation(entity, mention):
                quoted_name, entity.name = entity.name, mention.name
                entity.kind, entity.project_type = "Organisation", mention.project_type
                entity.add_name(quoted_name)
            entity.add_name(mention.name)
            entity.quoted = entity.quoted or mention.quoted
        entity.actor = entity.actor or not mention.locative
        placed = None if mention.quoted or mention.kind == "Person" else without_place(mention.name)
        short = short or placed or ""  # 'Caritasverband Darmstadt in Bensheim' is also 'Caritasverband Darmstadt'
        if short and merge_key(short):
            entity.add_name(short)
            self.by_key.setdefault(merge_key(short), entity.id)
        if mention.acronym:
            entity.add_name(mention.acronym)
            self.by_acronym[mention.acronym] = entity.id
        self.order.append((mention.start, entity.id))
        return entity.id

    def _club(self, mention: Mention) -> str | None:
        """'dem Verein Brücke Hoyerswerda' after 'Brücke Hoyerswerda e.V.': the association named
        before with its legal form, called by its kind."""
        words = mention.name.split()
        if mention.kind != "Organisation" or len(words) < 2 or words[0] not in ("Verein", "Vereins"):
            return None
        entity_id = self.by_key.get(merge_key(" ".join(words[1:])))
        entity = self.entities.get(entity_id or "")
        return entity_id if entity is not None and LEGAL_FORM.match(entity.name.split()[-1]) else None

    def _placed(self, mention: Mention) -> str | None:
        """'der Caritasverband in Trier-Nord' after 'Caritasverband Trier e.V.': the actor named
        before, with the place where it acts (not a new actor)."""
        words = mention.name.split()
        if len(words) < 3 or words[1] != "in":
            return None
        if words[0] in self.by_acronym:  # 'der JMD in Neutraubling' after 'Jugendmigrationsdienst (JMD) des …'
            return self.by_acronym[words[0]]
        same = [e.id for e in self.entities.values() if e.kind == mention.kind and e.name.split()[0] == words[0]]
        return same[0] if len(same) == 1 else self._branded(words[0]) if not same else None

    def _branded(self, word: str) -> str | None:
        """'die AWO (in Leer)' after 'Arbeiterwohlfahrt Kreisverband Leer e.V.': the one organisation
        whose full name carries the brand."""
        return brand_owner(word, {e.id: e.name for e in self.entities.values() if e.kind == "Organisation"})

    def resolve(self, mention: Mention, sentence: int) -> str | None:
        """The entity a bare acronym or a generic mention ('das Jobcenter') refers to, or None."""
        if not mention.generic:
            acronym = mention.name
            entity_id = self.by_acronym.get(acronym) or next(
                (e.id for e in self.entities.values() if e.name.split()[0] in (acronym, acronym + "-")), None
            )
            if entity_id is None:
                entity = self._new(mention.kind, acronym, mention.start, mention.end, sentence)
                entity.actor = True
                self.by_acronym[acronym] = entity_id = entity.id
            self.entities[entity_id].mentions += 1
            return entity_id
        words = merge_key(mention.name).split()
        head = words[-1] if words else ""
        if head in ("land", "freistaat"):  # 'der Freistaat': the one ministry the text names
            return self._ministry()
        if head in FACILITY_HEADS and self.facility_carrier in self.entities:
            return self.facility_carrier  # 'Die Beratungsstelle arbeitet eng mit …': its carrier
        same_kind = [e for e in self.entities.values() if e.kind == mention.kind and not e.vehicle]
        if mention.kind == "Organisation" and not mention.locative:  # 'die Caritas' acts: not the 'im Caritas-Zentrum'
            same_kind = [e for e in same_kind if e.actor] or same_kind
        candidates = [e for e in same_kind if words and _words_in(words, merge_key(e.name).split())]
        # 'der Stadt' is the Stadt Chemnitz, not the Integrationsbüro der Stadt Chemnitz that it owns
        candidates = [e for e in candidates if not _as_owner(words, e.name)] or candidates
        # 'der Landkreis' is the Landkreis X, not the Verband im Landkreis X that names it as its place
        candidates = [e for e in candidates if merge_key(e.name).split()[: len(words)] == words] or candidates
        if mention.kind == "Project" and not any(e.quoted for e in candidates):
            candidates += [
                e
                for e in same_kind
                if e not in candidates and (head in ("projekt", "programm") or e.project_type == mention.project_type)
            ]
            if head == "projekt":  # 'das Projekt' is a project, not the network named since
                candidates = [e for e in candidates if e.project_type == "project"] or candidates
        if mention.kind == "Project":  # a project named in quotes before a description of it
            candidates = [e for e in candidates if e.quoted] or candidates
        if not candidates:
            candidates = [e for e in same_kind if head and head in merge_key(e.name).split()]
        if not candidates and len(words) == 1 and len(head) >= 6:  # 'die Caritas' for the Caritasverband X
            stem = head[: max(6, len(head) - 2)]
            candidates = [e for e in same_kind if merge_key(e.name).split()[0].startswith(stem)]
        if not candidates and len(words) == 1:  # 'das Wirtschaftsministerium': the Ministerium für Wirtschaft, …
            candidates = [e for e in same_kind if _compound_of(head, e.name)]
        if not candidates and len(words) == 1:  # 'die Diakonie' for the Kreisdiakonieverband X
            owner = compound_owner(mention.name, {e.id: e.name.casefold().split() for e in same_kind})
            candidates = [self.entities[owner]] if owner else []
        if head == merge_key("Verein"):  # 'der Verein': the registered association (e.V.) named before it,
            ids = {e.id for e in candidates}  # not a 'Sportverein' named only later
            if not any(at < mention.start for at, eid in self.order if eid in ids):
                candidates += [e for e in same_kind if _REGISTERED.search(e.name) and e.id not in ids]
        ids = {e.id for e in candidates}
        before = [eid for at, eid in self.order if at < mention.start and eid in ids]
        if head == merge_key("Verein") and mention.kind == "Organisation":  # in a club's own release: the club
            subject = self._registered_subject(mention.start)
            candidates, ids, before = ([self.entities[subject]], {subject}, [subject]) if subject else (candidates, ids, before)
        if mention.kind == "Organisation" and not before:  # 'der Dachverband': the actor the text is about
            described = described_actor(head, self.order, mention.start, self._named_actor, lambda eid: self.entities[eid].name)
            candidates, ids, before = ([self.entities[described]], {described}, [described]) if described else (candidates, ids, before)
        if not candidates:
            return None
        after = [eid for at, eid in sorted(self.order) if at > mention.start and eid in ids]
        if mention.kind == "Organisation" and len(set(before)) > 1:
            before = [max(reversed(before), key=lambda eid: self.entities[eid].mentions)]
        if mention.kind == "Project" and mention.locative:
            after = []  # 'geht einfach ins Café': a place, not a pointer to a project named later
        base = next((h for h in sorted(PROJECT_HEADS, key=len, reverse=True) if head.endswith(h)), head)
        # 'seiner Herbstkonferenz' is not the 'Jobmesse' named later (a title may announce what follows)
        if mention.kind == "Project" and base != head and sentence > 0:
            after = [eid for eid in after if any(w.endswith(base) for w in merge_key(self.entities[eid].name).split())]
        chosen = before[-1] if before else after[0] if after else None
        if chosen is not None:
            self.entities[chosen].mentions += 1
        return chosen

    def _registered_subject(self, at: int) -> str | None:
        """The association a release calls 'der Verein' (at character offset `at`): the first
        registered one (e.V.) named in the title or first lines, else the first named there as a
        '…verein'; None when there is neither."""
        named = [self.entities[eid] for offset, eid in sorted(self.order) if offset < at and self._named_actor(eid)]
        registered = [e for e in named if _REGISTERED.search(e.name)] or [e for e in named if "verein" in e.name.casefold()]
        return registered[0].id if registered else None

    def _named_actor(self, entity_id: str) -> bool:
        """Whether an entity is an organisation named as an actor in the title or first lines."""
        entity = self.entities.get(entity_id)
        return entity is not None and entity.kind == "Organisation" and entity.actor and entity.sentence <= 2

    def named_by_short(self, short: str) -> str | None:
        """The one organisation whose name contains a short form ('Migranetz', 'Pro Arbeit',
        'Paritätischen' for '… des Paritätischen Wohlfahrtsverbandes'), or None."""
        if short in self.by_acronym:  # 'JMD-Leiterin'
            return self.by_acronym[short]
        if short.casefold() in _SHORT_FORMS:  # 'VHS-Leiter' with no '(VHS)' in the text: the one Volkshochschule
            head = _SHORT_FORMS[short.casefold()]
            heads = [e.id for e in self.entities.values()
                     if e.kind == "Organisation" and e.actor and e.name.casefold().split()[0] == head]  # fmt: skip
            return heads[0] if len(heads) == 1 else None
        wanted = [w.casefold() for w in short.split()]
        stems = [w[: max(5, len(w) - 2)] for w in wanted]
        found = []
        for e in self.entities.values():
            words = [w.casefold() for w in e.name.split()]
            if (
                e.kind == "Organisation"
                and e.actor
                and any(
                    all(words[k + n].startswith(stems[n]) for n in range(len(stems)))
                    for k in range(len(words) - len(stems) + 1)
                )
            ):
                found.append(e.id)
        return found[0] if len(found) == 1 else None

    def fold_short_names(self) -> dict[str, str]:
        """Entities named only by the start of one longer name of the same kind ('die Agentur für
        Arbeit' beside 'Agentur für Arbeit Detmold') folded into it; returns {folded id: kept id}."""
        keys = {e.id: merge_key(e.name).split() for e in self.entities.values() if e.kind != "Person"}
        folded: dict[str, str] = {}
        for short in list(self.entities.values()):
            words = keys.get(short.id)
            if not words or len(words) < 2:
                continue
            longer = [e for e in self.entities.values() if e.kind == short.kind and e.id != short.id
                      and len(keys.get(e.id, ())) > len(words) and keys[e.id][: len(words)] == words]  # fmt: skip
            if len(longer) == 1 and longer[0].id not in folded:
                folded[short.id] = longer[0].id
        carriers = self._facility_carriers(folded)
        folded = {k: carriers.get(v, v) for k, v in folded.items()} | carriers
        for short_id, long_id in folded.items():
            short, kept = self.entities.pop(short_id), self.entities[long_id]
            kept.add_name(short.name)
            kept.mentions += short.mentions
            kept.actor = kept.actor or short.actor
        self.by_key = {k: folded.get(v, v) for k, v in self.by_key.items()}
        self.by_acronym = {k: folded.get(v, v) for k, v in self.by_acronym.items()}
        self.order = [(at, folded.get(v, v)) for at, v in self.order]
        return folded

    def _ministry(self) -> str | None:
        """The one Land ministry of the text ('Sächsisches Staatsministerium für …'), or None."""
        found = [e.id for e in self.entities.values() if e.kind in ("Funder", "Organisation")
                 and any(w.endswith("ministerium") for w in merge_key(e.name).split()[:2])]  # fmt: skip
        return found[0] if len(found) == 1 else None

    def _facility_carriers(self, folded: dict[str, str]) -> dict[str, str]:
        """Unnamed facilities ('die neue Beratungsstelle für Zugewanderte in Eutin') and the
        carrier each stands for: the owner it names ('Beratungsstelle der Caritas'), else the
        first organisation the title or first lines name as an actor; {facility id: carrier id}."""
        facilities = {e.id: owner for e in self.entities.values()
                      if e.kind != "Person" and (owner := unnamed_facility(e.name)) is not None}  # fmt: skip
        firsts = [eid for _, eid in sorted(self.order) if eid not in facilities and self._named_actor(eid)
                  and not is_public_body(self.entities[eid].name)]  # fmt: skip
        others = {e.id: e.name for e in self.entities.values() if e.kind == "Organisation" and e.id not in facilities}
        carriers: dict[str, str] = {}
        for facility_id, owner in facilities.items():
            carrier = (brand_owner(owner.split()[0], others) or self.named_by_short(owner)) if owner else None
            carrier = carrier or (firsts[0] if firsts and not owner else None)
            if carrier is not None and carrier not in facilities and facility_id not in folded:
                carriers[facility_id] = folded.get(carrier, carrier)
        self.facility_carrier = next(iter(set(carriers.values()))) if len(set(carriers.values())) == 1 else None
        return carriers

    def add_person(self, person: PersonMention, sentence: int) -> str:
        key = "person " + merge_key(person.name)
        entity_id = self.by_key.get(key)
        if entity_id is None:
            entity = self._new("Person", person.name, person.start, person.end, sentence)
            entity.actor = True
            self.by_key[key] = entity_id = entity.id
        entity = self.entities[entity_id]
        entity.role = entity.role or person.role
        return entity_id

    def territory_of(self, role: str) -> str | None:
        """The one Kreis / Stadt (or ministry) of the text a territorial role ('Landrat') belongs to, or None."""
        heads = territory_heads(role)
        if not heads:
            return None
        found = [
            e.id
            for e in self.entities.values()
            if (e.kind == "Organisation" or e.kind == "Funder" and heads == _MINISTRY)
            and (
                e.name.split()[0].casefold() in heads
                or len(e.name.split()) == 1 and e.name.casefold().endswith(heads)
                or heads == _MINISTRY and e.name.split()[1:2] == ["Ministerium"]  # 'Niedersächsisches Ministerium …'
                or heads == _MINISTRY and e.name.split()[1:2] == ["Staatsministerium"]
            )
        ]
        exact = [f for f in found if self.entities[f].name.split()[0].casefold() in heads]
        if len(found) > 1 and len(exact) == 1:
            return exact[0]  # 'Kreis Soest' rather than a common noun like 'Flächenkreis'
        return found[0] if len(found) == 1 else None
