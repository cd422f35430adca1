"""An actor named again by the first word of its name: 'die Malteser' and 'der Malteser' after
'Malteser Hilfsdienst e.V. Aschaffenburg', 'den Johannitern' after 'Johanniter-Unfall-Hilfe e.V.',
'der Paritätische' after 'Paritätischer Wohlfahrtsverband Hamburg'. The word stands after an
article, is no head word of its own (those are generic mentions, entities.py) and begins exactly
one organisation's name: it is that organisation, not a new actor."""

from __future__ import annotations

import re

from netmap.ingest.extract.entities import EntityIndex, merge_key
from netmap.ingest.extract.heads import capital, head_of
from netmap.ingest.extract.mention import Mention
from netmap.ingest.extract.tokens import Token

# the name of an order's or association's people ('die Malteser', 'den Johannitern') or an
# adjective used as a noun ('der Paritätische'); not a place ('die Uckermark', 'der Ortenau')
_MEMBERS_WORD = re.compile(r"(?:er|ern|ische|ischen)$")
_ARTICLES = frozenset({"der", "die", "den", "des", "dem", "Der", "Die", "Den", "Des", "Dem"})


def _first_word(name: str) -> str:
    """The first word of a name, up to its first hyphen ('Johanniter-Unfall-Hilfe' → 'Johanniter')."""
    return name.split()[0].split("-")[0] if name.split() else ""


def first_word_mentions(index: EntityIndex, tokens: list[Token], taken: set[int]) -> list[tuple[Mention, str]]:
    """Mentions of an organisation by the first word of its name, each with the entity id it names."""
    owners: dict[str, set[str]] = {}
    for entity in index.entities.values():
        first = _first_word(entity.name)
        if (entity.kind == "Organisation" and entity.actor and len(first) >= 5 and first != entity.name
                and head_of(first) is None):  # fmt: skip
            owners.setdefault(merge_key(first), set()).add(entity.id)
    found: list[tuple[Mention, str]] = []
    for k, token in enumerate(tokens):
        if k in taken or k == 0 or tokens[k - 1].text not in _ARTICLES or not capital(token):
            continue
        if head_of(token.text) is not None or not _MEMBERS_WORD.search(token.text):
            continue  # 'den Landkreisen', 'die Uckermark': a kind of body or a place
        if k + 1 < len(tokens) and (capital(tokens[k + 1]) or tokens[k + 1].text == "-"):
            continue  # 'die Malteser Jugend', 'die Industrie- und …': a longer name, not a short form
        keys = {merge_key(token.text), merge_key(token.text.removesuffix("n"))}
        ids = set().union(*(owners.get(key, set()) for key in keys))
        if len(ids) == 1:
            entity_id = ids.pop()
            found.append((Mention(k, k, "Organisation", token.text, token.start, token.end), entity_id))
    return found
