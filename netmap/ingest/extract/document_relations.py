"""The relations of a whole document: each sentence's relations (relations.py and the rules beside
it) resolved against the sentences before it — the project the text is about, the network named
last, the sentence a pronoun points back to."""

from __future__ import annotations

from netmap.ingest.extract.active_funding import active_funding
from netmap.ingest.extract.announced import announced_partners
from netmap.ingest.extract.carriers import carriership, listed_carriers, owned_projects
from netmap.ingest.extract.implicit import (
    cooperation_projects,
    grants,
    organisation_funders,
    possessive_projects,
    taken_on,
)
from netmap.ingest.extract.lies_with import lies_with
from netmap.ingest.extract.relations import sentence_relations
from netmap.ingest.extract.sentence_view import Found, Item, SentenceView
from netmap.ingest.extract.sums import granted_sums


def document_relations(views: list[SentenceView], services: set[str]) -> tuple[list[Found], list[Item | None]]:
    """The relations of every sentence, each resolved against the sentences before it, and the
    project each sentence is about (the project in the narrow sense named in it or last before it,
    else the last network, initiative or event; never a service named by its owner, in `services`)."""
    found: list[Found] = []
    antecedents: list[Item | None] = []
    last_project: Item | None = None
    last_group: Item | None = None
    last_plain: Item | None = None
    events = [i for v in views for i in v.items if i.kind == "Project" and i.project_type == "event"]
    funders_before: list[str] = []
    for n, view in enumerate(views):
        previous = _pronoun_antecedent(views, n)
        found += sentence_relations(view, previous, last_project, events[0] if events else None, last_group, last_plain)
        found += carriership(view) + owned_projects(view) + possessive_projects(view) + listed_carriers(view)
        found += taken_on(view, last_plain or last_project) + organisation_funders(view, last_plain or last_project)
        found += cooperation_projects(view, previous)
        found += grants(view, previous) + announced_partners(view, views[n + 1] if n + 1 < len(views) else None)
        found += granted_sums(view, funders_before) + lies_with(view, last_plain or last_project)
        found += active_funding(view, last_plain or last_project)
        funders_before += [i.entity for i in view.items if i.kind == "Funder"]
        projects = [i for i in view.items if i.kind == "Project" and not i.programme and i.entity not in services]
        last_project = projects[-1] if projects else last_project
        groups = [p for p in projects if p.project_type in ("network", "initiative")]
        last_group = groups[-1] if groups else last_group
        last_plain = next((p for p in reversed(projects) if p.project_type == "project"), last_plain)
        antecedents.append(last_plain or last_project)
    return found, antecedents


def _pronoun_antecedent(views: list[SentenceView], n: int) -> SentenceView | None:
    """The sentence before sentence n; when that one names no organisation and speaks of its subject as
    'er/sie/es' ('Mit rund 600 Mitarbeitenden ist er …'), the sentence before it, and so on."""
    k = n - 1
    while (
        k > 0 and not any(i.kind == "Organisation" for i in views[k].items) and _PRONOUNS & set(views[k].text.split())
    ):
        k -= 1
    return views[k] if k >= 0 else None


_PRONOUNS = frozenset({"er", "Er", "sie", "Sie", "es", "Es"})
