"""The 'für …' complement of a name: 'Agentur für Arbeit', 'Ministerium für Soziales, Gesundheit und
Integration', 'Caritasverband für Stadt und Landkreis Göttingen'."""

from __future__ import annotations

from netmap.ingest.extract.heads import capital, head_of, lower_adjective, territorial
from netmap.ingest.extract.tokens import Token

# what a body hands over, never part of its name: 'Ministerium für Arbeit und Soziales Zuwendungsbescheide übergeben'
DOCUMENTS = ("bescheid", "bescheide", "bescheiden", "scheck", "schecks", "urkunde", "urkunden")
_RELATIVES = frozenset({"deren", "dessen", "denen", "welche", "welcher", "welches"})


def _text(tokens: list[Token], i: int) -> str:
    return tokens[i].text if 0 <= i < len(tokens) else ""


def complement_end(tokens: list[Token], j: int) -> int | None:
    """The last token of a 'für …' complement starting at `j`, or None if there is none."""
    if _text(tokens, j) in ("den", "die", "das"):
        j += 1
    capitals = 0
    seen_head = False
    last: int | None = None
    item_words = 0  # capitalised words since 'für' or the last comma
    while j < len(tokens):
        word = _text(tokens, j)
        if lower_adjective(word) and j + 1 < len(tokens) and capital(tokens[j + 1]):
            j += 1  # lower-case adjective: 'für soziale Arbeit'
            continue
        if capital(tokens[j]) and not word.casefold().endswith(DOCUMENTS):
            capitals += 1
            item_words += 1
            seen_head = seen_head or head_of(word) is not None
            last = j
            j += 1
            continue
        if word == "und" and last == j - 1 and territorial(_text(tokens, j - 1)) and territorial(_text(tokens, j + 1)):
            j += 1  # 'für Stadt und Landkreis Göttingen'
            continue
        if word in (",", "und") and last is not None and not seen_head and capitals <= 6:
            if word == "," and item_words > 1:
                break  # 'Agentur für Arbeit X, Silke Y': a list of topics has one word each
            item_words = 0
            k = j + 1
            if k < len(tokens) and _text(tokens, k) in _RELATIVES:
                break  # 'Agentur für Arbeit X, deren Berufsberatung …': a relative clause, not the list
            if k < len(tokens) and lower_adjective(_text(tokens, k)) and k + 1 < len(tokens):
                k += 1
            if k < len(tokens) and capital(tokens[k]) and head_of(_text(tokens, k)) is None:
                j = k
                continue
        break
    return last
