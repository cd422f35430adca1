"""Relations a sentence states, from cue phrases over the actors it mentions.

A sentence is cut into clauses at ', das/die/der …' (a relative clause whose subject is the last
project named before it) and ';'. Within a clause: a funding cue links funders to projects
(FUNDS), a Träger/durchführen cue links organisations to projects (RUNS), a cooperation cue
links organisations pairwise (COOPERATES_WITH; 'gemeinsam mit X' with no subject named links X
to the organisations of the sentence before), a membership cue links organisations to networks,
initiatives and events (MEMBER_OF). People link to the organisation their role names.
"""

from __future__ import annotations

import re

from netmap.ingest.extract.agents import is_agent
from netmap.ingest.extract.lexicon import (
    AGREEMENT_CUE,
    COOPERATION_CUES,
    FUNDING_CUES,
    HOSTING_CUES,
    HOUSED,
    MEMBERSHIP_CUES,
    PARTNER_LIST,
    RUNS_CUES,
)
from netmap.ingest.extract.pronouns import referent
from netmap.ingest.extract.sentence_view import Found, Item, SentenceView, heads_only, is_foundation
from netmap.ingest.extract.tokens import Token
from netmap.ingest.extract.umbrellas import umbrella_membership

_GROUPS = ("network", "initiative", "event")  # project types an organisation can be a member of
_RELATIVE = frozenset({"das", "die", "der", "dem", "den", "welches", "welche", "welcher"})


def _clauses(view: SentenceView) -> list[tuple[int, int, bool]]:
    """(first token, last token, is relative clause) of each clause."""
    starts_of = {item.first for item in view.items}

    def projects_after(k: int) -> bool:  # '…, das A und B starten wollen: Im Projekt „P“ …' stays one clause
        return any(i.kind == "Project" and i.first > k for i in view.items)

    cuts: list[tuple[int, int, bool]] = []
    begin, relative = 0, False
    for k, tok in enumerate(view.tokens):
        nxt = view.tokens[k + 1].text if k + 1 < len(view.tokens) else ""
        if tok.text == ";" or (
            tok.text == "," and nxt in _RELATIVE and _relative_clause(view.tokens, k + 2, starts_of)
        ) or (tok.text == ":" and relative and not projects_after(k)):  # 'X, das von Y koordiniert wird: A, B und C'
            cuts.append((begin, k - 1, relative))
            begin, relative = k + 1, tok.text == ","
    cuts.append((begin, len(view.tokens) - 1, relative))
    return cuts


def _relative_clause(tokens: list[Token], k: int, starts_of: set[int]) -> bool:
    """Whether ', das/die/der' before token `k` opens a relative clause (not 'das geplante Projekt')."""
    if k >= len(tokens) or k in starts_of:
        return False
    word = tokens[k].text
    if word[:1].isupper() and word not in ("Sie", "Er", "Es", "Wir"):
        return False
    following = tokens[k + 1].text if k + 1 < len(tokens) else ""
    return not (word.endswith(("e", "en", "es", "er")) and following[:1].isupper() and word.islower()
                and word not in ("die", "der", "den", "dem", "des", "sie", "seine", "ihre", "unsere"))  # fmt: skip


def _text(view: SentenceView, first: int, last: int) -> str:
    if first > last:
        return ""
    return " ".join(t.text for t in view.tokens[first : last + 1])


def sentence_relations(
    view: SentenceView,
    previous: SentenceView | None,
    last_project: Item | None,
    event: Item | None = None,
    last_group: Item | None = None,
    last_plain: Item | None = None,
) -> list[Found]:
    """The relations a sentence states; `previous`, `last_project` and `last_group` (the network,
    initiative or event named last) and `last_plain` (the project, in the narrow sense, named last)
    resolve what it leaves implicit."""

    found: list[Found] = []
    antecedent = last_project
    for first, last, relative in _clauses(view):
        items = [i for i in view.items if first <= i.first <= last]
        text = _text(view, first, last)
        projects = [i for i in items if i.kind == "Project" and not i.programme]
        # ', die …' right after an organisation: the organisation is the clause's subject
        subject = [i for i in view.items if relative and i.last == first - 2 and i.kind == "Organisation"][-1:]
        refers = _pronoun_subject(text) or relative and _after_project(view, first)
        if not projects and not subject and refers and antecedent is not None:
            plain = last_plain if _PROJECT_WORD.search(text) and antecedent.project_type in _GROUPS else None
            projects = [plain or antecedent]
        orgs = subject + [i for i in items if (i.kind == "Organisation" or is_foundation(i)) and not i.locative]
        funders = [i for i in items if i.kind == "Funder"]
        # '…, der Bürgerstiftung X, die auch die Schulungen finanziert': the funder before ', die'
        funder_subject = [i for i in view.items if relative and i.last == first - 2 and i.kind == "Funder"][-1:]
        if funder_subject and not funders and not projects:
            funders = funder_subject
            projects = [i for i in view.items if i.kind == "Project" and not i.programme and i.last < first][-1:]
        programme = next((i.name for i in items if i.programme), "")
        if FUNDING_CUES.search(text) and not funders and previous is not None and FUNDING_CUES.search(previous.text):
            funders = [i for i in previous.items if i.kind == "Funder"]  # 'Gefördert werden unter anderem: …'
        if FUNDING_CUES.search(text):
            targets = [p for p in projects if p.project_type != "network"] or projects
            # the funded subject, not a co-funder ('vom Landkreis X und von der Bürgerstiftung Y')
            subjects = [o for o in orgs if funders and o.first < funders[0].first and not relative and not is_agent(view, o)]
            if not targets and funders and last_group is not None and "Netzwerkarbeit" in text:
                targets = [last_group]  # 'Gefördert wird die Netzwerkarbeit vom …'
            elif not targets and subjects:
                targets = subjects[:1]  # 'Das WiA-Büro wird aus Mitteln der Senatsverwaltung gefördert'
            elif not targets and funders and (objects := _funded_objects(text, funders[0], orgs)):
                targets = objects[:1]  # 'Das Ministerium fördert die Koordinierungsstelle X'
            elif not targets and funders and (pointed := referent(text.split()[0], previous)) is not None:
                targets = [pointed]  # 'Er wird aus Mitteln des Bundes gefördert': the actor named before
            elif not targets and funders and antecedent is not None and (not relative or _after_project(view, first)):
                targets = [last_plain or antecedent]  # 'Gefördert wird das Sprachcafé durch …': the text's project
            targets = targets or ([orgs[0]] if orgs and not funders else [])
            props = (("programme", programme),) if programme else ()
            found += [Found("FUNDS", f.entity, t.entity, view.index, 0.8, props) for f in funders for t in targets]
        if RUNS_CUES.search(text) and not MEMBERSHIP_CUES.search(text) and not _partner_of(text):
            role = "partner" if "Netzwerkpartner" in text or "Partner" in text.split() else "Träger"
            carried = _carried(view, orgs)
            runners = [o for o in heads_only(view, orgs) if not commissioned_by(view, o) and o not in carried]
            runners = runners or _implicit_subject(view, previous, text)
            runners += [r for r in _inverted_pronoun(text, previous) if r.entity not in {o.entity for o in runners}]
            if text.split()[:1] in (["Sein"], ["Ihr"]) and previous is not None:  # 'Sein Projekt …'
                runners = [i for i in previous.items if i.kind == "Organisation"][:1]
            found += [  # 'Träger des Jugendmigrationsdienstes X ist das Diakonische Werk Y': Y runs the service
                Found("RUNS", o.entity, c.entity, view.index, 0.7, (("role", "Träger"),))
                for o in runners
                for c in carried
                if o.kind == "Organisation" and first <= c.first <= last
            ]
            if not projects and event is not None and HOSTING_CUES.search(text):
                projects = [event]
            found += [
                Found("RUNS", o.entity, p.entity, view.index, 0.7, (("role", role),))
                for p, named_before in _distributed(runners, projects)
                for o in named_before
            ]
        if AGREEMENT_CUE.search(text) and projects and " über " in f" {text} ":  # 'Vereinbarung über das Projekt'
            found += [
                Found("RUNS", o.entity, p.entity, view.index, 0.7, (("role", "Träger"),))
                for o in orgs
                for p in projects
            ]
        if COOPERATION_CUES.search(text) or (AGREEMENT_CUE.search(view.text) and "zwischen" in text.split()):
            found += _cooperation(view, None if relative else previous, orgs, text, (first, last))
        umbrella = umbrella_membership(view, previous, first, last) if MEMBERSHIP_CUES.search(text) else None
        if umbrella is not None:
            found += umbrella
        elif MEMBERSHIP_CUES.search(text):
            groups = [p for p in projects if p.project_type in _GROUPS]
            if not groups and _NAMED_ALLIANCE.match(text):
                groups = projects[:1]  # 'Unter dem Namen „X“ verpflichten sich die Partner …': they form X
            if not groups and last_project is not None and last_project.project_type in _GROUPS:
                groups = [last_project]
            elif not groups and last_group is not None:
                groups = [last_group]
            elif not groups and last_project is not None and "Netzwerkpartner" in text:
                groups = [last_project]  # 'Als weitere Netzwerkpartner sind … beteiligt': what they join is a network
            members = orgs
            if not orgs and text.split()[:1] in (["Sie"], ["Er"], ["Es"]) and previous is not None:
                members = [i for i in previous.items if i.kind == "Organisation" and not i.locative][
                    :1
                ]  # 'Sie ist Mitglied'
            found += [Found("MEMBER_OF", o.entity, g.entity, view.index, 0.7) for o in members for g in groups]
            # '„Projekt X“ wird Teil des Netzwerks „Y“': a project can be a member too
            members = [p for p in projects if p.project_type == "project" and groups and p.last < groups[0].first]
            found += [Found("MEMBER_OF", p.entity, g.entity, view.index, 0.65) for p in members for g in groups]
        if projects:
            antecedent = projects[-1]
            last_plain = next((p for p in reversed(projects) if p.project_type == "project"), last_plain)
    for person, affiliations in view.people:
        found += [Found("MEMBER_OF", person, a, view.index, 0.85) for a in affiliations]
    return found


# 'die Messe', 'das Projekt', 'dieses Angebot': a definite noun phrase that points back to the last project
_REFERS_BACK = re.compile(
    r"\b(?:[Dd](?:as|ie|er|em|en|ieses|iese|iesem|iesen)) (?:\w+ )?(?:Projekt|Projekts|Vorhaben|Angebot|Angebots|"
    r"Programm|Messe|Veranstaltung|Reihe|Fortbildung|Qualifizierung|Sprechstunde|Initiative|Kurs|Maßnahme|Treffen)\b"
)


_NAMED_ALLIANCE = re.compile(r"Unter dem Namen\b")

# 'Träger ist die Freiwilligenagentur X': the carrier of the project the text is about
_CARRIER_IS = re.compile(r"(?:Projektträger|Träger)(?:in)? (?:ist|sind|war|waren)\b")
_PROJECT_WORD = re.compile(r"\b[Dd](?:as|ieses) (?:\w+ )?(?:Projekt|Vorhaben)\b")


def _distributed(runners: list[Item], projects: list[Item]) -> list[tuple[Item, list[Item]]]:
    """Each project with its runners: all of them, unless the clause names several actors and
    several projects in turn ('A präsentierte P1, B stellte P2 vor'), then those named since the
    project before (or, if none, the same as for that project)."""
    if len(projects) < 2 or len(runners) < 2 or not any(r.first > projects[0].last for r in runners):
        return [(p, runners) for p in projects]
    out: list[tuple[Item, list[Item]]] = []
    previous_end, previous_runners = -1, runners
    for p in sorted(projects, key=lambda i: i.first):
        own = [r for r in runners if previous_end < r.first < p.first] or previous_runners
        out.append((p, own))
        previous_end, previous_runners = p.last, own
    return out


def _carried(view: SentenceView, orgs: list[Item]) -> list[Item]:
    """Organisations named after 'Träger des/der' (and each 'und des/der' that continues the list):
    services the subject carries ('ist Träger des Jugendmigrationsdienstes X und des Projekts Y'),
    so none of them runs the projects of the list."""
    out: list[Item] = []
    k = next((n for n, t in enumerate(view.tokens) if t.text == "Träger"), None)
    if k is None or k + 2 >= len(view.tokens) or view.tokens[k + 1].text not in ("des", "der"):
        return out
    start = k + 1
    while True:
        item = next((i for i in view.items if i.first == start + 1), None)
        if item is None:
            return out
        if item in orgs:
            out.append(item)
        j = item.last + 1
        while j < len(view.tokens) and view.tokens[j].text in _CLOSERS:
            j += 1
        if j + 1 >= len(view.tokens) or view.tokens[j].text != "und" or view.tokens[j + 1].text not in ("des", "der"):
            return out
        start = j + 1


_ACTIVE_FUNDING = re.compile(r"\b(?:fördert|fördern|finanziert|finanzieren|unterstützt|unterstützen)\b")
_PASSIVE = re.compile(r"\b(?:wird|werden|wurde|wurden)\b")


def _funded_objects(text: str, funder: Item, orgs: list[Item]) -> list[Item]:
    """The organisations a funder funds in the active voice, named after it ('Das Ministerium fördert
    die Koordinierungsstelle X'); [] in a passive clause."""
    if not _ACTIVE_FUNDING.search(text) or _PASSIVE.search(text):
        return []
    return [o for o in orgs if o.first > funder.last]


def _partner_of(text: str) -> bool:
    """'Partner des Programms ist X, die … anbietet': a partner of the project (carriers.py pairs it
    with the carriers), not one that runs it."""
    return bool(re.search(r"\b(?:Kooperations|Projekt|Praxis)?[Pp]artner (?:des|der)\b", text) or HOUSED.search(text))


def commissioned_by(view: SentenceView, item: Item) -> bool:
    """'im Auftrag der Stadt': the body a project is run for (implicit.py makes it the funder)."""
    k = item.first - 1
    return k >= 2 and view.tokens[k].text in ("des", "der") and view.tokens[k - 1].text == "Auftrag"


def _after_project(view: SentenceView, first: int) -> bool:
    """Whether the relative clause starting at token `first` follows a project's name (', das …'
    after 'Projekt „X“'), not another noun ('eine Sprechstunde, die …')."""
    k = first - 2  # the token before the comma
    while k >= 0 and (view.tokens[k].text in _CLOSERS or view.tokens[k].text in _PARTICLES):
        if any(i.kind == "Project" and i.last == k for i in view.items):
            return True
        k -= 1  # a closing quote, or a verb particle: '„X“ vor, das …'
    return any(i.kind == "Project" and i.last == k for i in view.items)


_CLOSERS = frozenset({"“", "”", '"', "‘", "’", "«", "»", ")"})
_PARTICLES = frozenset({"vor", "an", "aus", "ein", "mit", "zu", "bei", "fest", "auf"})


def _pronoun_subject(text: str) -> bool:
    if _REFERS_BACK.search(text) or _CARRIER_IS.match(text) or re.search(r"\b(?:wird|werden) es\b", text):
        return True
    words = text.split()
    return bool(words) and words[0] in ("Es", "Das", "Dieses", "Der", "Die") and len(words) > 1 and words[1] in (
        "wird", "Projekt", "Programm", "Vorhaben", "Angebot",
    ) or bool(words) and words[0] == "Es"  # fmt: skip


def _implicit_subject(view: SentenceView, previous: SentenceView | None, text: str) -> list[Item]:
    """The organisations of the sentence before, when this one says 'sie' or 'wir' (or starts with
    'Er': the one organisation it names first)."""
    if previous is not None and text.split()[:1] == ["Er"]:
        return [i for i in previous.items if i.kind == "Organisation" and not i.locative][:1]
    if previous is None or not any(w in text.split() for w in ("sie", "Sie", "wir", "Wir")):
        return []
    return [i for i in previous.items if i.kind == "Organisation"][:4]


def _inverted_pronoun(text: str, previous: SentenceView | None) -> list[Item]:
    """The actor of the sentence before that a subject pronoun right after the verb points to
    ('Seit dem Frühjahr setzt er außerdem das Projekt X um', 'Ab Januar will er …'), else none."""
    words = text.split()
    at = next((k for k in range(1, min(5, len(words))) if words[k] in ("er", "sie")), None)
    if at is None or any(w.endswith(",") for w in words[:at]):
        return []  # '…, weil er …': a subordinate clause's subject
    pointed = referent(words[at].capitalize(), previous)
    return [pointed] if pointed is not None and pointed.kind == "Organisation" else []


def _cooperation(
    view: SentenceView, previous: SentenceView | None, orgs: list[Item], text: str, clause: tuple[int, int]
) -> list[Found]:
    form = "agreement" if AGREEMENT_CUE.search(text) else "partnership"
    partners = list(orgs)
    clause_start, clause_end = clause
    # the 'mit' of this clause only ('…; die erste fand mit 34 Betrieben statt' names no partner)
    mit_at = next((k for k, t in enumerate(view.tokens) if t.text == "mit" and clause_start <= k <= clause_end
                   and not _relative_mit(view.tokens, k)), None)  # fmt: skip
    if mit_at is not None:
        after_mit = [o for o in orgs if o.first > mit_at]
        # the owner inside 'mit der Migrationsberatung des Vereins X' is near 'mit' too
        near = not after_mit or after_mit[0].first <= mit_at + 3 or any(
            mit_at < i.first <= mit_at + 3 and i.first <= after_mit[0].first <= i.last for i in view.items
        )
        # 'mit den drei Trägern der X … unterzeichnet: dem A, dem B und dem C': the partners follow the colon
        colon = next((k for k in range(mit_at + 1, after_mit[0].first) if view.tokens[k].text == ":"), None) if after_mit else None
        if colon is not None and not near:
            near, after_mit = True, [o for o in after_mit if o.first > colon]
        if not after_mit or not near:
            return []  # 'gemeinsam mit <a person>'
        before, named_in = [o for o in orgs if o.first < mit_at], view
        if not before:
            before = [i for i in view.items if i.kind == "Organisation" and i.first < clause_start and not i.locative]
            if not before and previous is not None:
                before, named_in = [i for i in previous.items if i.kind == "Organisation"], previous
        before = heads_only(named_in, before[:4])  # token positions are those of the sentence that names them
        return _pairs(view, [(a, b) for a in before for b in after_mit], form)
    if PARTNER_LIST.search(text):
        return []  # 'Kooperationspartner sind A, B und C': partners of whoever runs the project (carriers.py)
    # 'im Bildungszentrum der Kammer': where they met, not one of them
    partners = [i for i in heads_only(view, partners) if not (i.first and view.tokens[i.first - 1].text == "im")]
    if not partners and previous is not None and {"sie", "Sie"} & set(text.split()):  # 'Gemeinsam organisieren sie'
        partners = heads_only(previous, [i for i in previous.items if i.kind == "Organisation" and not i.locative][:4])
    return _pairs(view, [(a, b) for n, a in enumerate(partners) for b in partners[n + 1 :]], form)


def _relative_mit(tokens: list[Token], k: int) -> bool:
    """Whether 'mit' at `k` opens a relative clause (', mit der sie …'): it names no partner."""
    return 0 < k < len(tokens) - 1 and tokens[k - 1].text == "," and tokens[k + 1].text in ("der", "dem", "denen")


def _pairs(view: SentenceView, pairs: list[tuple[Item, Item]], form: str) -> list[Found]:
    seen: set[frozenset[str]] = set()
    found: list[Found] = []
    for a, b in pairs:
        pair = frozenset((a.entity, b.entity))
        if len(pair) == 2 and pair not in seen and a.first != b.first:  # members of one group are not paired
            seen.add(pair)
            found.append(Found("COOPERATES_WITH", a.entity, b.entity, view.index, 0.65, (("form", form),)))
    return found
