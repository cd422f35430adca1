"""Sentences of a plain text with their character spans.

A sentence ends at a line break, or at . ! ? followed by a space and a capital letter or an
opening quote, except after abbreviations (e.V., Dr., Nr., z.B.), single letters (G. I. B.),
numbers (3. Netzwerktreffen, dates) and inside short quoted names („Vielfalt verbindet. …“).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ABBREVIATIONS = frozenset(
    "e.v v dr nr z.b u.a ca bzw ggf st tel prof dipl inkl evtl usw vgl d.h s.o str abs mio mrd mbh ggmbh gmbh a.ö.r v.l ev kath evang luth ref".split()
)
# A legal form can end a sentence: 'Träger ist der Verein e.V. Die Stadt …'
_LEGAL_FORMS = frozenset({"e.v", "mbh", "gmbh", "ggmbh"})
_STARTERS = frozenset(
    "Die Der Das Im Am Zum Zur Mit Auch Sie Er Es Wir Ihr Dies Diese Dieser Seit Ab Bei Nach Für In Ein Eine Zudem "
    "Außerdem Darüber Damit Dazu So Als Weitere Weitere Alle".split()
)
_END = re.compile(r"[.!?…]+[“”\"’‘)]*(?=\s+[\"„‚“(A-ZÄÖÜ0-9])")
_SHORT_QUOTE = re.compile(r"„[^“”\n]{1,90}[“”\"]|\"[^\"\n]{1,90}\"|‚[^‘’\n]{1,60}‘|“[^”\n]{1,90}”")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


def _ends_sentence(text: str, dot: int) -> bool:
    """Whether the full stop at `dot` ends a sentence (not an abbreviation or a number)."""
    if text[dot] != ".":
        return True
    word = re.search(r"[\w.äöüÄÖÜß]*$", text[:dot])
    before = (word.group(0) if word else "").casefold().strip(".")
    if not before:
        return True
    following = re.match(r"\s+(\w+)", text[dot + 1 :])
    if before in _LEGAL_FORMS and following and following.group(1) in _STARTERS:
        return True
    if before in _ABBREVIATIONS or before.isdigit() or len(before) == 1:
        return False
    return not re.fullmatch(r"(?:\w\.)+\w", before)


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of `text` in order; each keeps its span so text[start:end] == sentence.text."""
    protected = [(m.start(), m.end()) for m in _SHORT_QUOTE.finditer(text)]
    cuts: list[int] = []
    for match in _END.finditer(text):
        if any(start < match.start() < end - 1 for start, end in protected):
            continue
        if _ends_sentence(text, match.start()):
            cuts.append(match.end())
    sentences: list[Sentence] = []
    start = 0
    for cut in [*cuts, len(text)]:
        for piece in re.finditer(r"[^\n]+", text[start:cut]):
            s, e = start + piece.start(), start + piece.end()
            stripped = text[s:e].strip()
            if stripped:
                s += len(text[s:e]) - len(text[s:e].lstrip())
                sentences.append(Sentence(s, s + len(stripped), stripped))
        start = cut
    return _join_lists(text, sentences)


def _join_lists(text: str, sentences: list[Sentence]) -> list[Sentence]:
    """A sentence that ends in ':' (or in a lower-case word: 'Partner des Programms sind') and the list items after it (lines that start in lower case,
    e.g. '- das Projekt „X“ der Volkshochschule Y,') are one sentence: the items share its verb."""
    out: list[Sentence] = []
    for sentence in sentences:
        previous = out[-1] if out else None
        item = sentence.text.lstrip("-*•–· ")[:1].islower()  # '- das Jobcenter X,': a bullet before it
        listing = previous is not None and (
            previous.text.endswith(":")
            or previous.text.endswith((",", ";")) and "\n" in previous.text
            or previous.text.split()[-1].isalpha() and previous.text.split()[-1].islower()  # 'Partner sind' + list
        )
        if previous is not None and item and listing:
            out[-1] = Sentence(previous.start, sentence.end, text[previous.start : sentence.end])
            continue
        out.append(sentence)
    return out
