"""Relations stated through a project's carriers (Träger):

- 'Projekt „X“ des Vereins Y': Y runs X (RUNS);
- 'X, der unter der Trägerschaft des Y steht', 'X in Trägerschaft der Y': Y runs X (RUNS);
- 'Kooperationspartner (des Projekts) sind A, B und C', 'Als Praxispartner wurden A und B gewonnen':
  whoever runs the project cooperates with each partner (COOPERATES_WITH), not the partners with
  each other;
- 'Als weitere Partner konnten gewonnen werden:' (or 'Partner, mit denen die VHS zusammenarbeitet:')
  followed by list lines ('1. die Agentur für Arbeit X,'): the organisation the introducing
  sentence names, else whoever runs its project, cooperates with the first organisation of each line;
- 'das Projekt „P“, das A gemeinsam mit B durchführt', 'mit dem A gemeinsam mit B Kurse anbietet',
  'Ab Januar führt A gemeinsam mit B das Projekt „P“ weiter': A and B both run P (RUNS), beside the
  cooperation the cue states.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from netmap.ingest.extract.lexicon import PARTNER_LIST, POSSESSIVES
from netmap.ingest.extract.partners_of import whose_partners
from netmap.ingest.extract.sentence_view import Found, Item, SentenceView, heads_only, is_foundation

_INDEFINITE = frozenset({"einem", "einer", "einen"})
_CARRIERSHIP = re.compile(r"^Trägerschaft$", re.IGNORECASE)


def carriership(view: SentenceView) -> list[Found]:
    """RUNS from the carrier named after 'Trägerschaft' to the actor named before it."""
    found: list[Found] = []
    for k, token in enumerate(view.tokens):
        if not _CARRIERSHIP.match(token.text):
            continue
        carrier = next((i for i in view.items if k < i.first <= k + 4 and i.kind == "Organisation"), None)
        carried = [i for i in view.items if i.last < k and i.kind in ("Organisation", "Project") and not i.locative]
        if carrier is not None and carried:
            found.append(Found("RUNS", carrier.entity, carried[-1].entity, view.index, 0.75, (("role", "Träger"),)))
    return found


def listed_carriers(view: SentenceView) -> list[Found]:
    """RUNS from each organisation listed after a colon to the project whose carriers the sentence
    announced: 'mit den drei Trägern der Migrationsberatung (MBE) … unterzeichnet: dem A, dem B und dem C'."""
    tokens = view.tokens
    colon = next((k for k, t in enumerate(tokens) if t.text == ":"), None)
    if colon is None:
        return []
    for k in range(colon):
        if not tokens[k].text.startswith("Träger") or k + 1 >= colon or tokens[k + 1].text not in ("der", "des"):
            continue
        project = next((i for i in view.items if i.first == k + 2 and i.kind == "Project"), None)
        listed = [i for i in view.items if i.first > colon and i.kind == "Organisation" and not i.locative]
        if project is not None:
            return [Found("RUNS", o.entity, project.entity, view.index, 0.7, (("role", "Träger"),)) for o in listed]
    return []


def owned_projects(view: SentenceView) -> list[Found]:
    """RUNS from the organisation named in the genitive right after a project: 'Projekt „X“ des Vereins Y'."""
    found: list[Found] = []
    for project in (i for i in view.items if i.kind == "Project" and not i.programme):
        k = project.last + 1
        if project.last + 2 < len(view.tokens) and view.tokens[k].text in ("“", "”", '"', "‘", "’"):
            k += 1
        if k + 1 >= len(view.tokens) or view.tokens[k].text not in ("des", "der", "vom"):
            continue
        # k + 2: after a word the name leaves out ('des Vereins Augen auf e.V.')
        owner = next((i for i in view.items if i.first in (k + 1, k + 2) and i.kind == "Organisation"), None)
        if owner is not None:
            found.append(Found("RUNS", owner.entity, project.entity, view.index, 0.7, (("role", "Träger"),)))
    return found


def partner_relations(
    views: Sequence[SentenceView], antecedents: Sequence[Item | None], runners: Mapping[str, list[Item]]
) -> list[Found]:
    """COOPERATES_WITH between the runners of a project and the partners a sentence lists for it.

    `antecedents[n]` is the project sentence n is about (named in it or before it); `runners` maps a
    project's name to the items that run it."""
    found: list[Found] = []
    for view, project in zip(views, antecedents, strict=True):
        if project is None or project.project_type == "network" or not is_partner_list(view.text):
            continue  # the partners of a network are its members (relations.py)
        if whose_partners(view) is not None:
            continue  # 'Weitere Partner des Jobcenters sind: …' says whose partners they are
        carriers = {r.entity for r in runners.get(project.name, [])}
        partners = [
            i for i in view.items
            if _partner_kind(i) and not i.locative and not i.group and i.entity not in carriers
        ]  # fmt: skip
        found += [
            Found("COOPERATES_WITH", c, p.entity, view.index, 0.6, (("form", "partnership"),))
            for c in sorted(carriers) for p in partners
        ]  # fmt: skip
    return found


def _partner_kind(item: Item) -> bool:
    """Organisations, and foundations (often operating bodies, not only funders) named as partners."""
    return item.kind == "Organisation" or is_foundation(item)


def is_partner_list(text: str) -> bool:
    """Whether a sentence lists partners without saying whom they work with ('mit', 'zwischen')."""
    words = text.split()
    # 'mit seiner Migrationsberatung', 'mit einem eigenen Team' says what a partner brings, not whom it works with
    after = [*words[1:], ""]
    working_with = any(
        w == "zwischen" or w == "mit" and a not in POSSESSIVES and a not in _INDEFINITE
        for w, a in zip(words, after, strict=True)
    )
    return bool(PARTNER_LIST.search(text)) and not working_with


# a sentence that introduces partners in any form ('mit mehreren Partnern', 'bei den Praxispartnern')
_PARTNERS_INTRO = re.compile(r"[Pp]artner|\bMit im Boot\b|\b[Bb]eteiligt\b|\b[Mm]it dabei\b")
# a line of a list: '1. die Agentur für Arbeit X,', '- das Jobcenter Y,', '• die Stadt Z.'
_LIST_LINE = re.compile(r"^\s*(?:\d{1,2}[.)]|[-–•*])\s")


def _list_lines(views: Sequence[SentenceView], n: int) -> list[SentenceView]:
    """The list lines right after sentence n: short lines that start with a list mark or with the
    name they list ('Evangelisches Klinikum Bethel', 'die Volkshochschule X,'); a bare fragment the
    sentence splitter cut off ('GmbH') is passed over."""
    lines: list[SentenceView] = []
    for line in views[n + 1 :]:
        if "\n" in line.text or len(line.tokens) > 25:
            break
        if not line.items and len(line.tokens) <= 2:
            continue
        starts = [i.first for i in line.items]
        if not _LIST_LINE.match(line.text) and (not starts or min(starts) > 1):
            break  # neither a list mark nor a name (after an article) at the start
        lines.append(line)
    return lines


def listed_partners(
    views: Sequence[SentenceView],
    antecedents: Sequence[Item | None],
    runners: Mapping[str, list[Item]],
    issuer: str | None = None,
) -> list[Found]:
    """COOPERATES_WITH from the subject of a sentence that introduces partners with a colon (the
    organisation it names, else the carriers of its project, else `issuer`) to the organisation
    each following list line names."""
    found: list[Found] = []
    for n, (view, project) in enumerate(zip(views, antecedents, strict=True)):
        if not view.text.rstrip().endswith(":") or not _PARTNERS_INTRO.search(view.text):
            continue
        partners = [
            next((i.entity for i in line.items if _partner_kind(i) and not i.locative and not i.group), None)
            for line in _list_lines(views, n)
        ]
        named = [i.entity for i in view.items if i.kind == "Organisation" and not i.locative and not i.group]
        carriers = [r.entity for r in runners.get(project.name, [])] if project is not None else []
        anchors = list(dict.fromkeys(named or carriers or ([issuer] if issuer else [])))
        found += [
            Found("COOPERATES_WITH", a, p, view.index, 0.6, (("form", "partnership"),))
            for a in anchors for p in dict.fromkeys(partners) if p is not None and p != a
        ]  # fmt: skip
    return found


_JOINTLY = re.compile(r"\b(?:[Gg]emeinsam|[Zz]usammen) mit\b|\bgemeinsam\b")
# a verb of running something, in the clause of the cue ('das A gemeinsam mit B trägt')
_RUNNING = re.compile(
    r"\b(?:durchführ\w*|durchgeführt|führ(?:t|en)\b.*\b(?:durch|weiter|fort)\b|fortgeführt|weitergeführt|trägt|tragen|"
    r"getragen|umsetz\w*|umgesetzt|setz(?:t|en)\b.*\bum\b|betreib\w*|betrieben|aufbau\w*|aufgebaut|"
    r"bau(?:t|en)\b.*\bauf\b|ausricht\w*|ausgerichtet|anbiete\w*|angeboten|biete[nt]\b.*\ban\b|organisier\w*|"
    r"verantwort\w*)"
)
_RELATIVE_OPENERS = frozenset({"das", "den", "die", "dem"})


def joint_carriers(views: Sequence[SentenceView], found: list[Found]) -> list[Found]:
    """RUNS from both sides of 'A gemeinsam mit B' (or of 'A und B gemeinsam') to the project the
    sentence says they run together: the project named right before a relative clause holding the
    cue (', das A gemeinsam mit B trägt', ', mit dem A gemeinsam mit B …'), else the project named
    after the cue in the same clause ('A führt gemeinsam mit B das Projekt „P“ durch'). With no A
    named ('Umgesetzt wird P gemeinsam mit B'), whoever a rule found running P is A. (A sentence that
    names no project, 'Das Projekt setzt die AWO gemeinsam mit B um', is left alone: taking the
    project the text is about gained 5 right of 32 proposed.)"""
    runs = {(f.source, f.target) for f in found if f.kind == "RUNS"}
    added: list[Found] = []
    for view in views:
        cue = _JOINTLY.search(view.text)
        if cue is None:
            continue
        at = _token_index(view, cue.start())
        clause_start, clause_end, relative_with = _clause_around(view, at)
        clause_text = view.text[view.tokens[clause_start].start - view.start : view.tokens[clause_end].end - view.start]
        if not relative_with and not _RUNNING.search(clause_text):
            continue
        project = _project_of(view, clause_start, clause_end, at)
        if project is None:
            continue
        organisations = [i for i in heads_only(view, view.items)
                         if i.kind == "Organisation" and not i.locative and clause_start <= i.first <= clause_end]  # fmt: skip
        before = [i for i in organisations if i.last < at and (i.first > project.last or project.first > at)]
        after = [i for i in organisations if i.first > at and i.entity != project.entity]
        if cue.group(0).endswith("mit"):
            if not after:
                continue
            subjects = [before[-1].entity] if before else [s for s, t in runs if t == project.entity]
        elif len(before) >= 2 and _coordinated(view, before):  # 'den A und B gemeinsam ausrichten'
            subjects, after = [i.entity for i in before], []
        else:
            continue
        for runner in dict.fromkeys([*subjects, *(i.entity for i in after)]):
            if runner != project.entity and (runner, project.entity) not in runs:
                runs.add((runner, project.entity))
                added.append(Found("RUNS", runner, project.entity, view.index, 0.6, (("role", "Träger"),)))
    return added


def _coordinated(view: SentenceView, items: list[Item]) -> bool:
    """Whether the items are named as one list ('A, B und C'): only commas, 'und' and articles between them."""
    between = {t.text for a, b in zip(items, items[1:], strict=False) for t in view.tokens[a.last + 1 : b.first]}
    return between <= {",", "und", "sowie", "der", "die", "das", "dem", "den"} and bool(between & {"und", "sowie"})


def _token_index(view: SentenceView, offset: int) -> int:
    """The index of the token at sentence offset `offset`."""
    return next((k for k, t in enumerate(view.tokens) if t.start >= view.start + offset), len(view.tokens) - 1)


def _clause_around(view: SentenceView, at: int) -> tuple[int, int, bool]:
    """(first, last token, opens with 'mit dem/der') of the clause around token `at`: from the comma
    or semicolon before it to the comma, semicolon or end after it."""
    tokens = view.tokens
    first = next((k + 1 for k in range(at - 1, -1, -1) if tokens[k].text in (",", ";", ":")), 0)
    last = next((k - 1 for k in range(at + 1, len(tokens)) if tokens[k].text in (",", ";")), len(tokens) - 1)
    opener = [t.text for t in tokens[first : first + 2]]
    return first, last, opener[:1] == ["mit"] and opener[1:] in (["dem"], ["der"])


def _project_of(view: SentenceView, first: int, last: int, at: int) -> Item | None:
    """The project of the clause [first, last]: for a relative clause, the project that ends right
    before its comma; else the project named after token `at` within it."""
    projects = [i for i in view.items if i.kind == "Project" and not i.programme]
    opener = view.tokens[first].text if first < len(view.tokens) else ""
    if first > 0 and (opener in _RELATIVE_OPENERS or opener == "mit"):
        k = first - 2  # the token before the comma, past a closing quote and a participle ('„P“ fortgesetzt, das')
        while k >= 0 and view.tokens[k].text in ("“", "”", '"', "»", "«", ")"):
            k -= 1
        if k >= 1 and view.tokens[k].text.islower() and not any(p.last == k for p in projects):
            k -= 1
            while k >= 0 and view.tokens[k].text in ("“", "”", '"', "»", "«", ")"):
                k -= 1
        return next((p for p in projects if p.last == k), None)
    return next((p for p in projects if at < p.first <= last), None)
