"""A funder's own press release names the money it gives without naming itself: 'Der Landkreis X
erhält 240.000 Euro für …', 'Der Verein bekommt 96.500 Euro', 'Mit 198.000 Euro wird das Projekt
„Y“ gefördert'. When the issuer of the text is a funder and such a sentence names no funder and
no rule found funding in it, the issuer funds what the sentence names: its projects, else its
organisations."""

from __future__ import annotations

import re

from netmap.ingest.extract.sentence_view import Found, Item, SentenceView, heads_only

RECEIVING = re.compile(
    r"\b(?:erhält|erhalten|bekommt|bekommen)\b.*\bEuro\b|\bEuro\b.*\b(?:erhält|erhalten|bekommt|bekommen)\b|"
    r"\b(?:gehen|geht|fließen|fließt)\b.*\ban\b|\b(?:fließen|fließt) in\b|\b[Ee]benfalls gefördert\b|"
    r"\b[Mm]it\b.*\bEuro\b.*\b(?:gefördert|unterstützt)\b|"
    r"\b[Mm]it\b.*\bEuro\b\s+(?:fördert|unterstützt)\b|\bEuro\b.*\bbereit\b|\bEuro\b.*\bbedacht\b|"
    r"\b[Zz]u den (?:\w+ )?geförderten\b"
)
# where one clause of a sentence ends and the next, with its own receiver, begins ('A erhält 8.500
# Euro, und B wird mit 6.000 Euro bedacht'; 'X erhält 210.000 Euro; es setzt das Programm … um')
CLAUSE_END = re.compile(r";\s|,\s+(?:und(?! zwar)|sowie|während)\s")  # ', und zwar für sein Projekt' goes on
CONFIDENCE = 0.55


def issuer_funding(views: list[SentenceView], issuer: Item | None, found: list[Found]) -> list[Found]:
    """FUNDS from `issuer` (when it is a funder) to what each receiving sentence names."""
    if issuer is None or issuer.kind != "Funder":
        return []
    funded_in = {f.sentence for f in found if f.kind == "FUNDS" and f.source != issuer.entity}
    known = {(f.source, f.target) for f in found if f.kind == "FUNDS"}
    added: list[Found] = []
    for view in views:
        if view.index in funded_in or RECEIVING.search(view.text) is None:
            continue
        items = [i for i in heads_only(view, view.items) if not i.locative]
        if any(i.kind == "Funder" and i.entity != issuer.entity for i in items):
            continue
        for start, end in _clauses(view.text):
            cue = RECEIVING.search(view.text[start:end])
            if cue is None:
                continue
            clause = [i for i in items if start <= view.tokens[i.first].start - view.start < end]
            clause = _clause_of(view, clause, view.start + start + cue.start())
            projects = [i.entity for i in clause if i.kind == "Project" and i.project_type == "project" and not i.programme]
            targets = projects or [i.entity for i in clause if i.kind == "Organisation"]
            for t in dict.fromkeys(targets):
                if (issuer.entity, t) not in known:
                    known.add((issuer.entity, t))
                    added.append(Found("FUNDS", issuer.entity, t, view.index, CONFIDENCE))
    return added


def _clauses(text: str) -> list[tuple[int, int]]:
    """The spans (offsets in `text`) of the clauses of a sentence."""
    cuts = [m.start() for m in CLAUSE_END.finditer(text)]
    return list(zip([0, *cuts], [*cuts, len(text)], strict=True))


# a relative pronoun, not the article of the next item of a list (', der Märkische Kreis, die Stadt X')
_RELATIVE = re.compile(r",\s+(?:der|die|das|dem|den)\s(?![A-ZÄÖÜ])")


def _clause_of(view: SentenceView, items: list[Item], at: int) -> list[Item]:
    """The items of the clause the cue at document offset `at` is in: a relative clause
    (', der in diesem Jahr ebenfalls gefördert wird') means the actor named right before it; a
    main clause means its own items, not those of a relative clause after it."""
    relative = _RELATIVE.search(view.text)
    if relative is None:
        return items
    cut = view.start + relative.start()
    if at > cut:
        before = [i for i in items if view.tokens[i.last].end <= cut]
        return before[-1:]
    return [i for i in items if view.tokens[i.first].start < cut]
