"""A sentence-level fallback for cooperation whose subject is not named in the sentence.

A sentence that speaks of working together ('Kooperation', 'Zusammenarbeit', 'gemeinsam mit',
'Partner', 'beteiligt' …) but names its partners only after the cue ('Umgesetzt wird es gemeinsam
mit A und B', 'Die Beratungsstelle sei ein verlässlicher Partner der A, mit der sie …') means the
one the text is about: the carriers of the project the sentence is about, else the document's
issuer. A sentence that opens beside the signatories ('Neben den vier Unterzeichnern wirken … mit:
A, B, C') names them as its subjects (groups.py). Organisations that a rule already related in the
sentence are left alone.
"""

from __future__ import annotations

import re

from netmap.ingest.extract.partners_of import whose_partners
from netmap.ingest.extract.sentence_view import Found, Item, SentenceView, heads_only

WORKING_TOGETHER = re.compile(
    r"\bKooperation|\bkooperier|Zusammenarbeit|zusammenarbeit|\bzusammen\b|\bgemeinsam|[Pp]artner|"
    r"\bBündnis|\b[Bb]eteiligt\b|\beingebunden\b|\bunterstützt (?:von|vom|durch)\b|\bmit(?:wirken|gewirkt)\b|"
    r"\b(?:[Aa]bstimm|abgestimmt|Abstimmung)",
)
CONFIDENCE = 0.55
# a sentence that opens beside the signatories of the agreement the text reports ('Neben den vier
# Unterzeichnern wirken an der Lotsenstelle mit: A, B, C'): A, B and C work with each signatory
BESIDE_SIGNATORIES = re.compile(r"^Neben (?:den|allen) (?:\w+ )?Unterzeichne\w*")


def fallback_cooperations(
    views: list[SentenceView],
    antecedents: list[Item | None],
    runners: dict[str, list[Item]],
    issuer: str | None,
    found: list[Found],
) -> list[Found]:
    """COOPERATES_WITH between the implicit subject of a cooperation sentence (the carriers of
    its project, else `issuer`) and each organisation named after the cue that no rule related."""
    related = {frozenset((f.source, f.target)) for f in found}
    added: list[Found] = []
    for view, project in zip(views, antecedents, strict=True):
        cue = BESIDE_SIGNATORIES.match(view.text) or WORKING_TOGETHER.search(view.text)
        if cue is None:
            continue
        if _about_unnamed_thing(view, cue.start()):
            continue
        organisations = _organisations(view)
        at = cue.end() if cue.re is BESIDE_SIGNATORIES else cue.start()  # the signatories are the subjects
        cue_token = next((k for k, t in enumerate(view.tokens) if t.end > view.start + at), 0)
        clause = max((k for k, t in enumerate(view.tokens[:cue_token]) if t.text == ";"), default=-1)
        subjects = [i for i in organisations if clause < i.first < cue_token]  # '…; Kooperationspartner sind A und B'
        organisations = [i for i in organisations if i.first > clause]
        if any(not i.group for i in subjects):
            continue  # a subject is named: the rules read it
        touched = {e for f in found if f.sentence == view.index for e in (f.source, f.target)}
        owner = None if subjects else whose_partners(view)  # 'Die Beratungsstelle sei ein Partner des X'
        partners = [i.entity for i in organisations if i.entity not in touched and not i.group and i is not owner
                    and not _in_relative_clause(view, i)]  # fmt: skip
        anchors = [owner.entity] if owner else [i.entity for i in subjects]  # 'Die Beratungsstelle sei ein Partner …' (groups.py)
        anchors = anchors or ([r.entity for r in runners.get(project.name, [])] if project else [])
        anchors = anchors or ([issuer] if issuer else [])
        for anchor in anchors:
            for partner in partners:
                pair = frozenset((anchor, partner))
                if anchor != partner and pair not in related:
                    related.add(pair)
                    added.append(Found("COOPERATES_WITH", anchor, partner, view.index, CONFIDENCE))
    return added


def _organisations(view: SentenceView) -> list[Item]:
    """The organisations a sentence names as actors (not as a place or another's owner), once each."""
    seen: set[str] = set()
    out: list[Item] = []
    for item in heads_only(view, view.items):
        if item.kind == "Organisation" and not item.locative and item.entity not in seen:
            seen.add(item.entity)
            out.append(item)
    return out


_RELATIVE = re.compile(r",\s+(?:der|die|das|dem|den)\s")


def _about_unnamed_thing(view: SentenceView, at: int) -> bool:
    """Whether the cue at sentence offset `at` is in a relative clause about something the text does
    not name ('eine Sprechstunde, die gemeinsam mit X angeboten wird'): who works with X is unsaid."""
    commas = [m.start() for m in _RELATIVE.finditer(view.text, 0, at)]
    if not commas:
        return False
    ends = {view.tokens[i.last].end - view.start for i in view.items}
    return commas[-1] not in ends


_PRONOUNS = frozenset({"der", "die", "das", "dem", "den", "deren", "dessen"})


def _in_relative_clause(view: SentenceView, item: Item) -> bool:
    """Whether an organisation is the agent of a relative clause about the partner before it
    ('mit dem Jugendmigrationsdienst, der von der AWO getragen wird'): named about a partner, not
    as one."""
    words = [t.text for t in view.tokens[max(0, item.first - 4) : item.first]]
    while words and words[-1] in ("der", "dem", "den", "die", "das"):
        words.pop()
    return len(words) >= 3 and words[-1] in ("von", "vom", "durch") and words[-2] in _PRONOUNS and words[-3] == ","


# 'Das Projekt wird gemeinsam mit X umgesetzt', 'Das Programm führt A gemeinsam mit B durch'
_TOGETHER_WITH = re.compile(r"\b(?:gemeinsam|zusammen) mit\b|\bin (?:Kooperation|Zusammenarbeit) mit\b")


def co_carriers(views: list[SentenceView], found: list[Found]) -> list[Found]:
    """COOPERATES_WITH between a project's carrier and the co-carrier a sentence adds 'gemeinsam mit'
    it (the rules read that co-carrier as running the project, not as a partner of whoever runs it
    already): the carrier is the sentence's subject before the cue, else (the project as subject)
    whoever an earlier sentence says carries it."""
    carried_before: dict[str, list[tuple[int, str]]] = {}
    for f in found:
        if f.kind == "RUNS" and dict(f.properties).get("role") == "Träger":
            carried_before.setdefault(f.target, []).append((f.sentence, f.source))
    related = {frozenset((f.source, f.target)) for f in found}
    added: list[Found] = []
    for view in views:
        cue = _TOGETHER_WITH.search(view.text)
        if cue is None:
            continue
        after = view.start + cue.end()
        named_after = {i.entity for i in view.items if view.tokens[i.first].start >= after and not i.group}
        before = {i.entity for i in _organisations(view) if view.tokens[i.last].end <= view.start + cue.start()}
        for f in found:
            if f.kind != "RUNS" or f.sentence != view.index or f.source not in named_after:
                continue
            carriers = carried_before.get(f.target, [])
            anchors = [e for _, e in carriers if e in before] or (
                [] if before else [e for n, e in carriers if n < view.index]
            )
            for anchor in dict.fromkeys(anchors):
                pair = frozenset((anchor, f.source))
                if anchor != f.source and pair not in related:
                    related.add(pair)
                    added.append(Found("COOPERATES_WITH", anchor, f.source, view.index, CONFIDENCE))
    return added
