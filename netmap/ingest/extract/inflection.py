"""Inflected names and gender forms → base form, and the key under which spellings meet.

`base_form("des Kommunalen Integrationszentrums des Kreises Düren")` →
"Kommunales Integrationszentrum des Kreises Düren": leading article dropped, the words up to the
head noun put in the nominative (the genitive complement after it is part of the name).
`base_form("Integrationslots*innen")` → "Integrationslotsen", and the slips seen in real texts
("Integrationslosen", "Integrationslos*innen", "Integrationlots*innen") are repaired.
"""

from __future__ import annotations

import re

from netmap.ingest.extract.lexicon import ARTICLES, FUNDER_HEADS, ORGANISATION_HEADS, PROJECT_HEADS
from netmap.ingest.names import _join_pair, match_key

_ADJECTIVE_STEM = re.compile(
    r"^(?:[A-ZÄÖÜ][\wäöüß-]*(?:isch|sch|al|ell|är|iv|lich|ig|ional)|Rot|Frei|Groß|Rund|Inner)(?:e|en|em|er|es)$"
)
# ('Trierer', 'Kasseler': adjectives of place names do not inflect, so no '-er' stem here)
_PAIR = re.compile(r"(\w+?)innen\s+und\s+-\s*(\w+)")
_STAR = re.compile(r"(\w+?)[*:_/]-?innen\b|(\w+?[a-zäöüß])Innen\b")
# Typing slips of 'Integrationslotsen' in real press releases.
_LOTSEN_SLIP = re.compile(r"\bIntegration(?:s?lo(?:t?s|s)t?(?:en|\*innen|innen)?)\b(?=\W|$)")


def gender_of(word: str) -> str | None:
    """The grammatical gender of a head noun ('m', 'f', 'n'), or None if `word` is no known head."""
    low = noun_base(word).casefold()
    for table in (ORGANISATION_HEADS, FUNDER_HEADS):
        for head, gender in table.items():
            if low.endswith(head):
                return gender
    for head, (gender, _) in PROJECT_HEADS.items():
        if low.endswith(head):
            return gender
    return None


_HEADS = (*ORGANISATION_HEADS, *FUNDER_HEADS, *PROJECT_HEADS)


def _is_head(word: str) -> bool:
    return word.casefold().endswith(_HEADS)


def noun_base(word: str) -> str:
    """A head noun without its genitive ending: 'Caritasverbandes' → 'Caritasverband'."""
    if word == "Landes":
        return "Land"
    if _is_head(word):
        return word
    for ending in ("ses", "es", "s", "n"):  # 'Bündnisses', 'Caritasverbandes', 'Jobcenters', 'Lotsen'
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) > 2 and _is_head(stem):
            return stem
    return word


def _adjective(word: str, gender: str) -> str:
    """An attributive adjective in the nominative without article: 'Kommunalen' + n → 'Kommunales'."""
    stem = re.sub(r"(?:en|em|er|es|e)$", "", word)
    return stem + {"m": "er", "f": "e", "n": "es"}[gender]


def fix_gender_forms(text: str) -> str:
    """Gender forms and slips → the masculine plural: 'Integrationslots*innen' → 'Integrationslotsen'."""

    def star(match: re.Match[str]) -> str:
        stem = match.group(1) or match.group(2)
        return stem if stem.endswith(("er", "e")) else stem + "en"

    text = _PAIR.sub(_join_pair, text)
    text = _STAR.sub(star, text)
    return _LOTSEN_SLIP.sub("Integrationslotsen", text)


# a definite article before a weak adjective in '-e' that tells the noun's gender: 'der
# Internationale Frauentreff' is masculine ('Internationaler Frauentreff'), 'das Interkulturelle
# Zentrum' neuter; after 'die' the form is the same with or without the article
_NOMINATIVE_GENDER = {"der": "m", "das": "n"}


def base_form(name: str, article: str = "") -> str:
    """The name in the nominative, without a leading article, gender forms resolved; `article`,
    the definite article the text puts before the name, tells the gender of a head noun not known."""
    words = fix_gender_forms(name).split()
    gender_by_article = _NOMINATIVE_GENDER.get(article.casefold())
    if gender_by_article and len(words) > 1 and words[0].endswith("e") and _ADJECTIVE_STEM.match(words[0]):
        if not any(_is_head(noun_base(w.rstrip(",;"))) for w in words):  # a known head decides below
            words[0] = _adjective(words[0], gender_by_article)
    while words and words[0].casefold() in ARTICLES | {"vom", "im", "zum", "zur", "beim"}:
        words = words[1:]
    if len(words) > 1 and words[0] == "Landes":
        words[0] = "Land"
    head_at = next((i for i, w in enumerate(words) if _is_head(noun_base(w.rstrip(",;")))), None)
    if head_at is None:
        return " ".join(words)
    word = words[head_at]
    punctuation = word[len(word.rstrip(",;")) :]  # 'Deutschen Roten Kreuz, Kreisverband Harz'
    head = noun_base(word.rstrip(",;")) + punctuation
    gender = gender_of(head.rstrip(",;"))
    front = words[:head_at]
    if gender is not None:
        front = [_adjective(w, gender) if _ADJECTIVE_STEM.match(w) else w for w in front]
    return " ".join([*front, head, *words[head_at + 1 :]])


def name_key(name: str) -> str:
    """The comparison key of a name: base form, then netmap's normalised name."""
    key = match_key(base_form(name))
    return re.sub(r"\s+(?:e v|ev)$", "", key)
