"""Relations whose actor or project a sentence leaves implicit:

- 'seine Migrationsberatung', 'ihr gemeinsames Projekt „X“': the organisations named before the
  possessive run the project (RUNS);
- 'Den Deutschunterricht übernimmt die Volkshochschule', 'X ist für die Sprachkurse zuständig':
  the organisation runs the project the text is about (RUNS);
- 'Gefördert wird es von der Klosterkammer X', 'die Stadt beteiligt sich mit Eigenmitteln': an
  organisation funds (FUNDS) when the clause names no funder;
- 'Kern der Zusammenarbeit ist das Projekt X' after a sentence on a cooperation, or a project
  named right after two organisations built something together: they run it (RUNS);
- 'einen Förderbescheid an den Verein Y übergeben. Mit dem Geld wird das Projekt „Z“ finanziert':
  the grant's funder funds Z, its recipient carries Z.
"""

from __future__ import annotations

import re

from netmap.ingest.extract.agents import is_agent
from netmap.ingest.extract.heads import head_of
from netmap.ingest.extract.lexicon import (
    COOPERATION_CUES,
    FUNDING_CUES,
    OWN_FUNDS,
    POSSESSIVES,
    RUNS_CUES,
    TAKING_ON_CUES,
)
from netmap.ingest.extract.sentence_view import Found, Item, SentenceView, heads_only

_FUNDING_WORD = re.compile(
    r"(?:gefördert|fördert|finanziert|unterstützt|bezuschusst|Förderung|Zuschuss)$", re.IGNORECASE
)
_ARTICLES = frozenset({"der", "dem", "den", "die", "das"})


def _organisations(view: SentenceView, items: list[Item] | None = None) -> list[Item]:
    orgs = [i for i in (view.items if items is None else items) if i.kind == "Organisation" and not i.locative]
    return heads_only(view, orgs)


def _projects(items: list[Item]) -> list[Item]:
    return [i for i in items if i.kind == "Project" and not i.programme]


def possessive_projects(view: SentenceView) -> list[Found]:
    """RUNS from the organisations named before 'sein(e)'/'ihr(e)' to the project it introduces."""
    found: list[Found] = []
    for project in _projects(view.items):
        at = next((k for k in range(project.first - 1, max(-1, project.first - 6), -1)
                   if view.tokens[k].text in POSSESSIVES), None)  # fmt: skip
        if at is None or not all(_introduces(t.text) for t in view.tokens[at + 1 : project.first]):
            continue
        subjects = _organisations(view, [i for i in view.items if i.last < project.first - 1])
        found += [Found("RUNS", o.entity, project.entity, view.index, 0.65, (("role", "Träger"),)) for o in subjects]
    return found


def _introduces(word: str) -> bool:
    """A word between a possessive and a project's name: an adjective, a quote, 'Projekt'."""
    head = head_of(word)
    return (word in ("„", "“", '"', "‚", "»") or word.islower() and word.endswith(("e", "en", "es", "er", "em"))
            or head is not None and head[0] == "Project")  # fmt: skip


def taken_on(view: SentenceView, project: Item | None) -> list[Found]:
    """RUNS from organisations that take on the core work of `project` (the one the text is about):
    its coordination, the accompaniment of its people or its teaching; not a side task such as
    training the volunteers, advice or approving applications (the gold does not count those)."""
    if (
        project is None
        or _projects(view.items)
        or not TAKING_ON_CUES.search(view.text)
        or not CORE_WORK.search(view.text)
        or OWN_FUNDS.search(view.text)
    ):
        return []
    takers = _organisations(view)
    relative = _relative_subject(view)
    if relative is not None:  # '…, die Hochschule X, die die Begleitforschung übernimmt'
        takers = [relative]
    return [Found("RUNS", o.entity, project.entity, view.index, 0.6, (("role", "part"),)) for o in takers]


CORE_WORK = re.compile(r"[Kk]oordination|Begleitung\b|[Uu]nterricht\b")


def _relative_subject(view: SentenceView) -> Item | None:
    """The actor a relative clause with the taking-on cue is about: the one right before ', die …'."""
    cue = next((k for k, t in enumerate(view.tokens) if TAKING_ON_CUES.search(t.text)), None)
    if cue is None:
        return None
    comma = next((k for k in range(cue - 1, 0, -1) if view.tokens[k].text == ","), None)
    if comma is None or comma + 1 >= len(view.tokens) or view.tokens[comma + 1].text not in ("die", "der", "das"):
        return None
    return next((i for i in view.items if i.last == comma - 1 and i.kind == "Organisation"), None)


def grants(view: SentenceView, previous: SentenceView | None) -> list[Found]:
    """'X übergab einen Förderbescheid an den Verein Y. Mit dem Geld wird das Projekt „Z“ finanziert':
    the funder of the grant funds Z (FUNDS) and its recipient carries Z (RUNS)."""
    projects = _projects(view.items)
    if previous is None or not projects or not _GRANT.search(previous.text) or not FUNDING_CUES.search(view.text):
        return []
    if any(i.kind == "Funder" for i in view.items):
        return []
    funders = [i for i in previous.items if i.kind == "Funder"]
    recipients = [o for o in _organisations(previous) if _after(previous, o, "an")]
    found = [Found("FUNDS", f.entity, p.entity, view.index, 0.65) for f in funders for p in projects]
    found += [
        Found("RUNS", r.entity, p.entity, view.index, 0.6, (("role", "Träger"),)) for r in recipients for p in projects
    ]
    return found


_GRANT = re.compile(r"Förderbescheid|Zuwendungsbescheid|Fördermittel|Förderscheck|Scheck", re.IGNORECASE)


def _after(view: SentenceView, item: Item, word: str) -> bool:
    """Whether an actor is named after `word` ('an den Verein …')."""
    k = item.first - 1
    if k >= 0 and view.tokens[k].text in _ARTICLES:
        k -= 1
    return k >= 0 and view.tokens[k].text == word


def _next_is(view: SentenceView, k: int, word: str) -> bool:
    return k + 1 < len(view.tokens) and view.tokens[k + 1].text == word


def _clauses(view: SentenceView) -> list[tuple[int, int]]:
    # '…; der Kreis trägt …' and 'X übernimmt den Eigenanteil, und die Stiftung Y fördert …' are two clauses
    cuts = [k for k, t in enumerate(view.tokens) if t.text == ";" or t.text == "," and _next_is(view, k, "und")]
    bounds = [-1, *cuts, len(view.tokens)]
    return [(a + 1, b - 1) for a, b in zip(bounds, bounds[1:], strict=False)]


def organisation_funders(view: SentenceView, project: Item | None) -> list[Found]:
    """FUNDS from organisations that fund in a clause naming no funder: the agent of 'gefördert von'
    or the subject of 'beteiligt sich mit Eigenmitteln'; the target is the clause's project or `project`."""
    found: list[Found] = []
    for first, last in _clauses(view):
        items = [i for i in view.items if first <= i.first <= last]
        text = " ".join(t.text for t in view.tokens[first : last + 1])
        if not (FUNDING_CUES.search(text) or OWN_FUNDS.search(text)):
            continue
        orgs = _organisations(view, items)
        if OWN_FUNDS.search(text) and not any(i.kind == "Funder" for i in items):
            agents = orgs
        else:  # the cue before the agent ('Gefördert wird es von X') or right after it ('von X gefördert')
            cues = [k for k in range(first, last + 1) if _FUNDING_WORD.match(view.tokens[k].text)]
            agents = [
                o for o in orgs if is_agent(view, o) and any(0 < o.first - k <= 12 or 0 < k - o.last <= 5 for k in cues)
            ]
        earlier = _projects([i for i in view.items if i.last < first])[-1:]  # '„X“ wird … gefördert; der Kreis trägt …'
        targets = _projects(items) or earlier or ([project] if project is not None else [])
        found += [Found("FUNDS", a.entity, t.entity, view.index, 0.6) for a in agents for t in targets]
    return found


def cooperation_projects(view: SentenceView, previous: SentenceView | None) -> list[Found]:
    """RUNS from the organisations of a cooperation named in the sentence before to the project a
    sentence names as that cooperation's subject ('Kern der Zusammenarbeit ist das Projekt X'), or
    that names what they built together ('A und B haben gemeinsam einen Pool aufgebaut. Über den
    Pool „X“ …')."""
    projects = _projects(view.items)
    if previous is None or not projects or _organisations(view):
        return []
    built = RUNS_CUES.search(previous.text) is not None and not _projects(previous.items)
    if not COOPERATION_CUES.search(view.text):
        projects = [p for p in projects if p.project_type == "project"] if built else []
    if not projects:
        return []
    partners = _organisations(previous)
    if len(partners) < 2 or not COOPERATION_CUES.search(previous.text):
        return []
    return [
        Found("RUNS", o.entity, p.entity, view.index, 0.6, (("role", "Träger"),)) for o in partners for p in projects
    ]
