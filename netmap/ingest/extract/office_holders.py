"""The body a person's role names by its type, when the words around the name name no body:

- 'Landrat X' → a Kreis, 'Bürgermeisterin X' → a Stadt, 'Bezirksamtsleiter X' → the Bezirksamt,
  'Caritasdirektorin X' → the Caritasverband, 'Kreishandwerksmeister X' → the Kreishandwerkerschaft,
  'Regierungspräsidentin X' → the Regierungspräsidium: the body of that type named nearest before
  the person (in the sentence, else in the sentences before), else the one of the text;
- 'sagte die Vorsitzende X' with an office of an organisation and no body at all: the
  organisation the sentence (or the one before) is about, else the issuer of the text."""

from __future__ import annotations

import re

from netmap.ingest.extract.entities import EntityIndex, territory_heads
from netmap.ingest.extract.groups import WELFARE
from netmap.ingest.extract.lexicon import ROLES
from netmap.ingest.extract.sentence_view import Found, SentenceView

_KREIS = ("kreis", "landkreis")
_TERRITORIES = ("", "kreis", "landkreis", "stadt", "bezirk", "land", "gemeinde")
# the first part of a role compound that names no body: 'Projektleiterin', 'Hauptgeschäftsführer'
_NO_BODY = ("projekt", "bereich", "fachbereich", "abteilung", "haupt", "landes", "bundes", "presse", "stellvertret",
            "integration", "team", "fach", "gruppe", "sach", "vorstand", "geschäft", "öffentlichkeit", "ober",
            "ausbildung", "schul", "sozial", "kinder", "jugend", "frauen", "familie")  # fmt: skip


def _stem(role: str) -> str:
    """The body type a role compound names, without a linking 's' or 'e' ('Bezirksamtsleiter' →
    'bezirksamt', 'Kreishandwerksmeister' → 'kreishandwerk', 'Diakoniepastorin' → 'diakoni'), or ''
    when it names none ('Projektleiterin', 'Landrat')."""
    low = role.casefold().split("-")[-1]
    if low in ROLES:
        return ""
    suffix = next((r for r in sorted(ROLES, key=len, reverse=True) if low.endswith(r) and len(low) > len(r)), "")
    body = low[: -len(suffix)] if suffix else ""
    body = body[:-1] if body.endswith(("s", "e")) and len(body) > 6 else body
    if len(body) < 5 or body.startswith(_NO_BODY):
        return ""
    return "stiftung" if body.startswith("stiftung") else body  # 'Stiftungsratsvorsitzender': the board of a Stiftung


_REGISTERED = re.compile(r"\be\.\s?V\.?$")
_INDEFINITE = frozenset({"ein", "eine", "einem", "einen", "einer", "eines"})  # 'in einem Flächenkreis'
_OWNER = frozenset({"des", "der", "für", "im", "in", "am", "an"})


def _fits(name: str, heads: tuple[str, ...], stem: str) -> int:
    """How well an organisation's name is of the type the role names: 2 when its first word is
    the type ('Landkreis X'), 1 when its own words end in or contain it ('Rems-Murr-Kreis',
    'Caritasverband X', not the owner in 'Integrationsbüro des Kreises X'), else 0."""
    words = name.casefold().split()
    if heads and (words[0] in heads or words[0] == "hansestadt" and "stadt" in heads):
        return 2
    own = words[: next((k for k, w in enumerate(words) if w in _OWNER), len(words))] or words[:1]
    if heads == _KREIS and (own[-1].endswith("kreis") or own[0] == "landratsamt"):
        return 1  # 'Rems-Murr-Kreis', 'Hochsauerlandkreis', 'Landratsamt Vogtlandkreis'
    if stem == "verein" and _REGISTERED.search(name) and not WELFARE.search(name):
        return 1  # 'Vereinsvorsitzende X': a registered association, not a welfare body ('Buntes Annaberg e.V.')
    return int(not heads and bool(stem) and any(stem in w for w in own))


def typed_body(role: str, start: int, view: SentenceView, views: list[SentenceView], index: EntityIndex) -> str | None:
    """The entity id of the body a role names by type (see the module), nearest before the person
    at character `start` of sentence `view`; None if the role names no type or none fits."""
    heads, stem = territory_heads(role), _stem(role)
    if stem and stem not in _TERRITORIES and stem.removesuffix("s") not in _TERRITORIES:
        # 'Kreishandwerksmeister', 'Bezirksamtsleiter': the compound names more than the Kreis or Bezirk
        found = _nearest((), stem, start, view, views, index) or _one_of_type(index, stem)
        if found is not None or not heads:
            return found
    if not heads:
        return None
    return _nearest(heads, "", start, view, views, index) or index.territory_of(role)


def _nearest(
    heads: tuple[str, ...], stem: str, start: int, view: SentenceView, views: list[SentenceView], index: EntityIndex
) -> str | None:
    """The body of the type named in the sentence (the one, else the nearest before character
    `start`, else the one named most often in the text), else the last one named in the three
    sentences before; None if none is."""

    kinds = ("Organisation", "Funder") if stem == "stiftung" else ("Organisation",)  # a Stiftung often funds

    def fitting(v: SentenceView, before: int | None) -> list[str]:
        scored = [(_fits(i.name, heads, stem), i.entity) for i in v.items if i.kind in kinds
                  and (before is None or v.tokens[i.first].start < before)
                  and (i.first == 0 or v.tokens[i.first - 1].text.casefold() not in _INDEFINITE)]  # fmt: skip
        best = max((score for score, _ in scored), default=0)
        return [entity for score, entity in scored if score == best > 0]

    here = fitting(view, None)
    if len(set(here)) == 1:
        return here[0]
    if here:
        nearest = fitting(view, start)
        return nearest[-1] if nearest else _most_named(here, index)
    for previous in reversed(views[-3:]):
        found = fitting(previous, None)
        if found:
            return found[-1]
    return None


def _most_named(entities: list[str], index: EntityIndex) -> str | None:
    """The one of `entities` the text names most often ('Landrat X betonte, dass der Landkreis …'
    beside a stray 'Kreis' phrase), or None if two are named equally often."""
    counts = sorted(((index.entities[e].mentions, e) for e in set(entities)), reverse=True)
    return counts[0][1] if len(counts) == 1 or counts[0][0] > counts[1][0] else None


def _one_of_type(index: EntityIndex, stem: str) -> str | None:
    """The one organisation of the text named as an actor whose name has the stem, or None."""
    kinds = ("Organisation", "Funder") if stem == "stiftung" else ("Organisation",)
    found = [e.id for e in index.entities.values() if e.kind in kinds and e.actor and _fits(e.name, (), stem) > 0]
    return found[0] if len(found) == 1 else None


# offices only an organisation has (a 'Leiterin' or 'Sprecherin' may lead a project or a unit)
_OFFICE = re.compile(r"(?:vorsitzende[rn]?|vorstand|vorständin|geschäftsführer(?:in)?|schatzmeister(?:in)?|schriftführer(?:in)?)$")
# the role names its body in words the rules did not resolve ('Vorstand der MaßArbeit'), or
# points back to one ('dessen Vorsitzende'): no guess
_EXPLICIT = r"(?:\b(?:dessen|deren|[Ii]hre?|[Ss]eine?)\s+{role}\b|\b{role}\s+(?:des|der|von|vom|bei|beim|im|am)\b)"
CONFIDENCE = 0.6


def office_fallback(views: list[SentenceView], found: list[Found], issuer: str | None, index: EntityIndex) -> list[Found]:
    """MEMBER_OF for each person holding an office of an organisation ('Vorsitzende',
    'Geschäftsführer') whom no relation ties to a body: to the organisation the sentence names at
    its start, else the one the sentence before names at its start, else the issuer."""
    placed = {f.source for f in found if f.kind == "MEMBER_OF"}
    added: list[Found] = []
    for n, view in enumerate(views):
        for person, affiliations in view.people:
            entity = index.entities[person]
            if affiliations or person in placed or not _OFFICE.search(entity.role.casefold()):
                continue
            if _named_elsewhere(entity.role, view.text):
                continue
            target = _subject(view) or (_subject(views[n - 1]) if n else None) or issuer
            if target is not None:
                placed.add(person)
                added.append(Found("MEMBER_OF", person, target, view.index, CONFIDENCE))
    return added


def _named_elsewhere(role: str, text: str) -> bool:
    """Whether the sentence names the role's body in words or points back to it (see _EXPLICIT)."""
    return bool(re.search(_EXPLICIT.format(role=re.escape(role)), text))


def _subject(view: SentenceView) -> str | None:
    """The organisation a sentence opens with ('Die Baugenossenschaft X kündigte …'), or None."""
    first = next((i for i in view.items if not i.locative), None)
    return first.entity if first is not None and first.kind == "Organisation" and first.first <= 2 else None
