"""A mention: one organisation, funder or project named in a sentence, with its token and
character span and what the words around it say about it."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Mention:
    first: int  # token index
    last: int  # token index, inclusive
    kind: str  # Organisation, Funder, Project
    name: str  # base form
    start: int  # character offsets in the document
    end: int
    project_type: str = ""
    generic: bool = False  # 'das Jobcenter': refers to an actor named elsewhere
    quoted: bool = False
    acronym: str = ""
    vehicle: bool = False  # a funding programme (Landesprogramm …): funds flow through it, not to it
    locative: bool = False  # 'im Kreis Siegen-Wittgenstein': a place, not an actor of the sentence


def join_words(words: list[str]) -> str:
    """Tokens joined as a name: no space before ')', ',' or after '('; no trailing punctuation."""
    out = " ".join(words).replace(" - und ", "- und ")
    return re.sub(r"\s+([),;])", r"\1", re.sub(r"\(\s+", "(", out)).rstrip(",;:")
