"""Actors a sentence names only as a group: 'die Partner', 'alle vier Einrichtungen', 'die beiden
Verbände' (the organisations named together most recently) and 'die Träger der Migrationsberatung'
(the organisations that run that project), 'neben den Unterzeichnenden' (the organisations that
signed the agreement the text reports). Each group becomes items at the group's words, so the
relation cues of the sentence link every member of the group."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from netmap.ingest.extract.sentence_view import Item, SentenceView

_COUNTS = {"beiden": 2, "beide": 2, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7}
_COLLECTIVE = re.compile(
    r"\b(?:[Dd]ie|[Dd]en|[Aa]lle|[Aa]llen|(?=[Bb]eide))\s*(?:([Bb]eiden|[Bb]eide|zwei|drei|vier|fünf|sechs|sieben)\s+)?"
    r"(?:\w+e[nr]?\s+)?(Kooperationspartner|Netzwerkpartner|Partner|Partnerinnen|Beteiligten|Einrichtungen|"
    r"Organisationen|Institutionen|Verbände|Wohlfahrtsverbände|Träger)n?\b"
)
# a definite description of the project's own organisation, not followed by a name or genitive
_TEAM = re.compile(
    r"\b(?:[Dd]as|[Dd]ie|[Dd]er)\s+(Team|Projektteam|Beratungsstelle|Einrichtung|Projektträger)\b(?!\s+(?:des|der|[A-ZÄÖÜ]))"
)
# the signatories of the agreement the text reports ('Dem Netzwerk gehören neben den Unterzeichnenden auch … an')
_SIGNATORIES = re.compile(
    r"\b(?:[Dd]en|[Dd]ie|[Aa]llen?)\s+(?:(beiden|zwei|drei|vier|fünf|sechs|sieben)\s+)?"
    r"Unterzeichne(?:nden|nde|rn|r|rinnen)\b"
)
_AGREEMENT = re.compile(r"Vereinbarung|Vertrag|Abkommen|Absichtserklärung")
_SIGNING = re.compile(r"\bunterzeichne|\bunterschrieben|\bunterschreiben|\bUnterschrift", re.IGNORECASE)
_CARRIERS = re.compile(r"\bTräger(?:n|innen)?\s+(?:der|des)\s+([A-ZÄÖÜ][\w-]+)")
# heads of the free welfare associations: 'die beiden Wohlfahrtsverbände' means these
WELFARE = re.compile(r"verband|werk|caritas|diakonie|awo|arbeiterwohlfahrt|drk|rotes kreuz|paritätisch", re.I)


def _token_at(view: SentenceView, offset: int) -> int:
    """Index of the token that starts at or after character `offset` of the sentence."""
    at = view.start + offset
    return next((k for k, t in enumerate(view.tokens) if t.start >= at), len(view.tokens) - 1)


def _heads(view: SentenceView, before: int | None = None) -> list[Item]:
    """Organisations of a sentence that are actors (not places, not owners named in the genitive)."""
    items = [i for i in view.items if i.kind == "Organisation" and not i.locative]
    if before is not None:
        items = [i for i in items if i.last < before]
    owned_by = {i.last for i in items}
    keep = [
        i for i in items
        if not (i.first >= 2 and view.tokens[i.first - 1].text in ("des", "der") and i.first - 2 in owned_by)
    ]  # fmt: skip
    unique: dict[str, Item] = {}
    for item in keep:
        unique.setdefault(item.entity, item)
    return list(unique.values())


def _named_together(views: Sequence[SentenceView], n: int, before: int, count: int | None) -> list[Item]:
    """The organisations named together (two or more) most recently before token `before` of sentence n."""
    for k in range(n, max(-1, n - 8), -1):
        orgs = _heads(views[k], before if k == n else None)
        if len(orgs) >= max(2, count or 2):
            return orgs
    return []


def _signatories(views: Sequence[SentenceView], n: int, count: int | None) -> list[Item]:
    """The organisations (two or more; the first `count` if given, as a place or host may follow
    them) named in the nearest sentence before sentence n that reports a signing, or none."""
    for k in range(n - 1, -1, -1):
        orgs = _heads(views[k]) if _SIGNING.search(views[k].text) else []
        if len(orgs) >= 2 and (count is None or len(orgs) >= count):
            return orgs[:count]
    return []


def _stem_match(word: str, name: str) -> bool:
    a, b = word.casefold(), name.split()[0].casefold()
    size = min(len(a), len(b))
    return size >= 6 and a[:size] == b[:size]


def _team_items(view: SentenceView, runners: Mapping[str, list[Item]], project: Item | None) -> list[Item]:
    """'Die Beratungsstelle arbeitet …', 'das Team': the carriers of the project the text is about."""
    if project is None or not runners.get(project.name):
        return []
    found: list[Item] = []
    for match in _TEAM.finditer(view.text):
        first = _token_at(view, match.start(1))
        if any(i.first <= first <= i.last for i in view.items):
            continue
        found += [
            Item(r.entity, r.kind, r.project_type, r.name, first, first, group=True) for r in runners[project.name]
        ]
    return found


def group_items(
    views: Sequence[SentenceView], n: int, runners: Mapping[str, list[Item]], project: Item | None = None
) -> list[Item]:
    """Items for the groups sentence n names; `runners` maps a project's name to the items that run
    it, `project` is the project sentence n is about."""
    view = views[n]
    found: list[Item] = _team_items(view, runners, project)
    for match in _COLLECTIVE.finditer(view.text):
        first, last = _token_at(view, match.start()), _token_at(view, match.end() - 1)
        if (
            first in {i.first for i in view.items}
            or match.group(2) == "Träger"
            and _CARRIERS.match(view.text, match.start(2))
        ):
            continue  # 'die Träger der X' is resolved below
        if len([i for i in view.items if i.first > last and i.kind == "Organisation"]) >= 2:
            continue  # 'Zu den Partnern zählen A, B und C': the group is named right after
        count = _COUNTS.get((match.group(1) or "").casefold())
        members = _named_together(views, n, first, count)
        if _AGREEMENT.search(view.text) and "artner" in match.group(2):  # 'Die Partner (der Vereinbarung) sind …'
            members = _signatories(views, n + 1, count) or members
        if "verbände" in match.group(2).casefold():
            members = [m for m in members if WELFARE.search(m.name)]
        if count and len(members) != count:
            continue
        found += [Item(m.entity, m.kind, m.project_type, m.name, first, last, group=True) for m in members]
    for match in _SIGNATORIES.finditer(view.text):
        first, last = _token_at(view, match.start()), _token_at(view, match.end() - 1)
        members = _signatories(views, n, _COUNTS.get((match.group(1) or "").casefold()))
        found += [Item(m.entity, m.kind, m.project_type, m.name, first, last, group=True) for m in members]
    for match in _CARRIERS.finditer(view.text):
        first, last = _token_at(view, match.start()), _token_at(view, match.end() - 1)
        named = next((p for p in runners if _stem_match(match.group(1), p)), None)
        if named is None:
            continue
        if any(i.first <= last and i.entity in {r.entity for r in runners[named]} for i in view.items):
            continue
        found += [Item(r.entity, r.kind, r.project_type, r.name, first, first, group=True) for r in runners[named]]
    return found
