"""Where a task lies: 'die Koordination liegt bei der Ehrenamtsagentur X', 'Die Federführung liegt
beim Amt für Bildung der Stadt Y' — the organisation named right after 'bei' runs the project
(the one named before in the sentence, else the one the text is about). A person there
('liegt bei Theresa Gruber (…, Landratsamt X)') is no organisation running it."""

from __future__ import annotations

from netmap.ingest.extract.sentence_view import Found, Item, SentenceView

_TASKS = frozenset({"Koordination", "Federführung", "Leitung", "Projektleitung", "Verantwortung", "Trägerschaft"})
_LIES = frozenset({"liegt", "liegen", "lag"})
_AT = frozenset({"bei", "beim"})
_ARTICLES = frozenset({"der", "dem", "den"})


def lies_with(view: SentenceView, project: Item | None) -> list[Found]:
    """RUNS from the organisation a task lies with to its project; [] if the sentence says no such thing."""
    tokens = view.tokens
    found: list[Found] = []
    for k, token in enumerate(tokens):
        if token.text not in _LIES or k + 1 >= len(tokens) or tokens[k + 1].text not in _AT:
            continue
        if not any(t.text in _TASKS for t in tokens[max(0, k - 3) : k]):
            continue
        start = k + 2 + (k + 2 < len(tokens) and tokens[k + 2].text in _ARTICLES)
        holder = next((i for i in view.items if i.first == start and i.kind == "Organisation"), None)
        named = [i for i in view.items if i.kind == "Project" and not i.programme and i.last < k]
        target = named[-1] if named else project
        if holder is not None and target is not None:
            found.append(Found("RUNS", holder.entity, target.entity, view.index, 0.65, (("role", "Träger"),)))
    return found
