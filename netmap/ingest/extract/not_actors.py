"""Head words that do not start an actor here: a funder's acronym qualifying a programme ('des ESF
Plus-Programms'), plurals and people ('ehrenamtliche Integrationslots*innen', 'in Workshops')."""

from __future__ import annotations

from netmap.ingest.extract.heads import head_of
from netmap.ingest.extract.inflection import fix_gender_forms, noun_base
from netmap.ingest.extract.lexicon import ACRONYM_FUNDERS, ARTICLES
from netmap.ingest.extract.tokens import Token


def programme_modifier(tokens: list[Token], i: int) -> bool:
    """'des ESF Plus-Programms': a funder's acronym that only qualifies a programme's name."""
    if tokens[i].text not in ACRONYM_FUNDERS:
        return False
    k = i + 2 if i + 1 < len(tokens) and tokens[i + 1].text in ("Plus", "+") else i + 1
    return k < len(tokens) and head_of(tokens[k].text) == ("Project", "programme")


def people_not_project(tokens: list[Token], i: int) -> bool:
    """'ehrenamtliche Integrationslots*innen', 'einmal pro Woche': people or a time, not a project
    of that name; 'in 28 Städten und Gemeinden': a plural is no single actor."""
    before = tokens[i - 1].text if i else ""
    word = fix_gender_forms(tokens[i].text)
    if word.endswith("en") and noun_base(word) == word[:-1] and head_of(word) is not None:
        return not _named_schools(tokens, i)  # 'Gemeinden', 'Beratungsstellen'
    bare = before.casefold() in ("in", "bei", "mit", "für", "über", "an", "aus", "von", "zu") or before.isdigit()
    if word.endswith("s") and noun_base(word) == word[:-1] and bare and head_of(word) is not None:
        return True  # 'In Workshops', '3 Workshops': a plural without article ('des Projekts' is a genitive)
    return (
        noun_base(word).casefold().endswith(("lotsen", "woche", "wochen"))
        and before.isalpha() and before.islower() and before not in ARTICLES
    ) or _time_of_week(tokens, i)  # fmt: skip


def _time_of_week(tokens: list[Token], i: int) -> bool:
    """'an vier Tagen in der Woche Sprechstunden': a time, not an event named 'Woche Sprechstunden'
    ('in der Woche der Vielfalt' names one)."""
    after = tokens[i + 1].text if i + 1 < len(tokens) else ""
    return (
        tokens[i].text == "Woche"
        and i >= 2
        and [t.text.casefold() for t in tokens[i - 2 : i]] == ["in", "der"]
        and after not in ("der", "des", "für", "gegen")
    )


def _named_schools(tokens: list[Token], i: int) -> bool:
    """'die Berufsbildenden Schulen Hildesheim-Nord': one school centre named by a plural, with an
    adjective before it and its place after it."""
    after = tokens[i + 1].text if i + 1 < len(tokens) else ""
    return (
        tokens[i].text == "Schulen"
        and i > 0
        and tokens[i - 1].text[:1].isupper()
        and tokens[i - 1].text.casefold().endswith(("e", "en"))
        and after[:1].isupper()
        and head_of(after) is None
    )
