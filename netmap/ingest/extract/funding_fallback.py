"""A sentence-level fallback for funding: a sentence that speaks of money ('gefördert', 'Mittel',
'Zuschuss', 'Zuwendung', 'stellt … zur Verfügung', a sum in Euro) and names a funder links the
funder to what the sentence funds when no rule did: the projects it names, else the project the
text is about ('stellt dafür 164.000 Euro zur Verfügung'). A grant to a named receiver in the
dative ('hat der Landkreis X dem Kreisverband einen Zuschuss von 38.500 Euro bewilligt') links the
giver to the receiver, whatever the giver's kind."""

from __future__ import annotations

import re

from netmap.ingest.extract.sentence_view import Found, Item, SentenceView, heads_only

MONEY = re.compile(
    r"\bgefördert|\bfördert|\bfinanziert|\bFinanzierung|\bMittel|\bmitteln\b|Zuschuss|Zuwendung|\bFörder|"
    r"zur Verfügung|\bbewilligt|[\d.,]+ (?:Euro|€)|\b(?:Millionen|Tausend) Euro\b",
)
CONFIDENCE = 0.55


def fallback_funding(views: list[SentenceView], antecedents: list[Item | None], found: list[Found]) -> list[Found]:
    """FUNDS from each funder a money sentence names to what it funds, where no rule found any
    FUNDS relation from that funder in that sentence."""
    added: list[Found] = []
    known = {(f.source, f.target) for f in found if f.kind == "FUNDS"}
    for view, project in zip(views, antecedents, strict=True):
        if not MONEY.search(view.text):
            continue
        items = heads_only(view, view.items)
        funders = [i for i in items if i.kind == "Funder" and not i.programme and not i.locative]
        done = {f.source for f in found if f.kind == "FUNDS" and f.sentence == view.index}
        funders = [f for f in funders if f.entity not in done]
        if not funders:
            continue
        targets = _funded(items, project)
        for funder in funders:
            for target in targets:
                if (funder.entity, target) not in known:
                    known.add((funder.entity, target))
                    added.append(Found("FUNDS", funder.entity, target, view.index, CONFIDENCE))
    return added


def _funded(items: list[Item], project: Item | None) -> list[str]:
    """What a money sentence funds: its projects, else the project it is about."""
    projects = [i.entity for i in items if i.kind == "Project" and i.project_type == "project" and not i.programme]
    if projects:
        return list(dict.fromkeys(projects))
    if project is not None and project.project_type == "project":
        return [project.entity]
    return []


# 'hat der Landkreis X dem Kreisverband einen Zuschuss … gewährt / bewilligt / zugesagt / zur Verfügung gestellt'
_GRANTED = re.compile(r"\b(?:gewährt|bewilligt|zugesagt|zugesichert|zur Verfügung|bereitgestellt|überwiesen)\b")
_GRANT = re.compile(r"\bZuschuss\b|\bZuwendung\b|[\d.,]+ (?:Euro|€)")
# the finite verb before an inverted subject ('Für den Umbau hat der Kreis …', '… stellte die Stadt …')
_FINITE = frozenset({"hat", "hatte", "haben", "hatten", "stellt", "stellte", "stellen", "stellten", "sagte", "sagten"})


def dative_grants(views: list[SentenceView], found: list[Found]) -> list[Found]:
    """FUNDS from the subject of a grant sentence to the receiver named right after it in the
    dative ('hat die Stadt X dem Diakonischen Werk einen Zuschuss … bewilligt')."""
    known = {(f.source, f.target) for f in found if f.kind == "FUNDS"}
    added: list[Found] = []
    for view in views:
        if not _GRANTED.search(view.text) or not _GRANT.search(view.text):
            continue
        tokens = [t.text for t in view.tokens]
        actors = [i for i in heads_only(view, view.items) if i.kind in ("Organisation", "Funder") and not i.locative]
        for giver, receiver in zip(actors, actors[1:], strict=False):
            if (
                giver.first < 2
                or tokens[giver.first - 1] not in ("der", "die", "das")
                or tokens[giver.first - 2] not in _FINITE
                or receiver.first != giver.last + 2
                or tokens[giver.last + 1] != "dem"
                or giver.entity == receiver.entity
            ):
                continue
            if (giver.entity, receiver.entity) not in known:
                known.add((giver.entity, receiver.entity))
                added.append(Found("FUNDS", giver.entity, receiver.entity, view.index, CONFIDENCE))
    return added
