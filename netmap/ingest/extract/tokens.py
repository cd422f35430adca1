"""Words and punctuation of a sentence with their character offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass

_TOKEN = re.compile(
    r"e\.\s?V\.|A\.ö\.R\.|(?:Ev|Kath|Evang)\.(?:-(?:[Ll]uth|[Rr]ef)\.)?(?=\s)|(?:[A-Za-zÄÖÜ]\.){2,}[A-Za-zÄÖÜ]?\.?|(?:Dr|Prof|Nr|St)\.|"
    r"[\wÄÖÜäöüßé](?:[\wÄÖÜäöüßé*’'/&.:-]*[\wÄÖÜäöüßé!])?|-[\wäöü]+|\S"
)


@dataclass(frozen=True)
class Token:
    text: str
    start: int  # offset in the document
    end: int

    @property
    def capital(self) -> bool:
        return self.text[:1].isupper()


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """The tokens of `text`; offsets are shifted by `offset` (the sentence's start)."""
    return [Token(m.group(0), offset + m.start(), offset + m.end()) for m in _TOKEN.finditer(text)]
