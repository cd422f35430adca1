"""Names that end in a legal form (e.V., gGmbH, AöR): a name may run on to its legal form over
lower-case and place words ('Diakonisches Werk evangelischer Kirchen in der Region Hannover e.V.',
'Diakonie ambulant gGmbH'), and a name with no known head word is found from its legal form
('Alter Gasometer e.V.', 'Hand in Hand e.V.')."""

from __future__ import annotations

import re

from netmap.ingest.extract.heads import capital, head_of, is_role, territorial
from netmap.ingest.extract.inflection import base_form, noun_base
from netmap.ingest.extract.lexicon import ARTICLES, LEGAL_FORM, UNITS
from netmap.ingest.extract.mention import Mention, join_words
from netmap.ingest.extract.tokens import Token

_NAME_PREPOSITIONS = frozenset({"in", "im", "an", "für", "zu", "zur", "zum", "von"})
_OPENING_PREPOSITIONS = frozenset({"Über", "Für", "Mit", "Bei", "Beim", "Von", "Vom", "Zum", "Zur", "Am", "Im"})
_RELEASE_WORDS = frozenset({"Pressemitteilung", "Presseinformation", "Pressemeldung", "Medieninformation"})
_LOWER_NAME_WORD = re.compile(r"^[a-zäöüß]+(?:isch|lich|ant|ent|iv|al)(?:e|er|en|es|em)?$")


def to_legal_form(tokens: list[Token], last: int) -> int:
    """The legal form that ends a name within a few more words ('Diakonisches Werk evangelischer
    Kirchen in der Region Hannover e.V.', 'Diakonie ambulant gGmbH'), else `last`."""
    j = last + 1
    while j < len(tokens) and j <= last + 8:
        word = tokens[j].text
        if LEGAL_FORM.match(word):
            closed = tokens[j - 1].text == "(" and j + 1 < len(tokens) and tokens[j + 1].text == ")"
            return j + 1 if closed else j if j > last + 1 else last  # '… – Kreis Offenbach (AöR)'
        after_preposition = tokens[j - 1].text in _NAME_PREPOSITIONS or _territories_joined(tokens, j - 1)
        if not (
            word in _NAME_PREPOSITIONS
            or word in ("–", "(", ")")
            or word in ("der", "die", "das", "dem", "den")
            and after_preposition
            or _genitive_in_name(tokens, j)
            or _territories_joined(tokens, j)
            or capital(tokens[j])
            and not is_role(word)
            or _LOWER_NAME_WORD.match(word)
        ):
            return last
        j += 1
    return last


_ACRONYM = re.compile(r"[A-ZÄÖÜ][A-ZÄÖÜa-z.]{1,7}")


def with_bracketed_acronym(tokens: list[Token], last: int) -> int:
    """The end of a name that ends in a legal form and is followed by its acronym in brackets
    ('Verbund Eimsbütteler Migrantenorganisationen e.V. (VEMO)'): the closing bracket, so the
    acronym is read with the name and later 'der VEMO' is that actor; else `last`."""
    if last + 3 >= len(tokens) or not LEGAL_FORM.match(tokens[last].text):
        return last
    opening, acronym, closing = (t.text for t in tokens[last + 1 : last + 4])
    if opening != "(" or closing != ")" or LEGAL_FORM.match(acronym) or not _ACRONYM.fullmatch(acronym):
        return last
    return last + 3 if sum(c.isupper() for c in acronym) >= 2 else last


def legal_form_names(tokens: list[Token], found: list[Mention], covered: set[int]) -> None:
    """Names that have no known head but end in a legal form: 'Alter Gasometer e.V.'."""
    for i, tok in enumerate(tokens):
        if i in covered or not LEGAL_FORM.match(tok.text):
            continue
        first = i
        while (
            first - 1 >= 0
            and first - 1 not in covered
            and (capital(tokens[first - 1]) or _linking_word(tokens, first - 1))
        ):
            first -= 1
        generic = next((m for m in found if m.last == first - 1 and tokens[m.first].text in VEREIN), None)
        if generic is not None and first < i and generic.first < generic.last:  # 'der Verein Augen auf e.V.'
            found.remove(generic)
            covered.difference_update(range(generic.first, generic.last + 1))
            first = generic.first + 1
        while first < i and (not capital(tokens[first]) or tokens[first].text in _OPENING_PREPOSITIONS):
            first += 1  # 'Über Brückenbau e.V.' (a heading) names 'Brückenbau e.V.'
        if first + 2 < i and tokens[first].text in _RELEASE_WORDS and tokens[first + 1].text == "von":
            first += 2  # 'Pressemitteilung von Salam Naumburg e.V.' names 'Salam Naumburg e.V.'
        if first < i:
            last = i
            unit = next(
                (m for m in found if m.first == i + 2 and tokens[i + 1].text == "," and tokens[m.first].text in UNITS),
                None,
            )
            if unit is not None:  # 'Johanniter-Unfall-Hilfe e.V., Regionalverband Halle/Saalekreis'
                found.remove(unit)
                last = unit.last
            name = join_words([t.text for t in tokens[first : last + 1]])
            end = with_bracketed_acronym(tokens, last)
            acronym = tokens[last + 2].text if end > last else ""
            article = tokens[first - 1].text if first > 0 else ""  # 'der Internationale Frauentreff X e.V.'
            found.append(Mention(first, end, "Organisation", base_form(name, article), tokens[first].start, tokens[end].end,
                                 acronym=acronym))  # fmt: skip
            last = end
            covered.update(range(first, last + 1))


def _genitive_in_name(tokens: list[Token], j: int) -> bool:
    """'Landesverband der Volkshochschulen von NRW e.V.', 'Netzwerk der Migrantenorganisationen in
    … e.V.': a genitive attribute between a capitalised word and a capitalised noun."""
    if not (tokens[j].text == "der" and capital(tokens[j - 1]) and j + 1 < len(tokens) and capital(tokens[j + 1])):
        return False
    following = tokens[j + 1].text  # not an owner in the singular: 'IQ Netzwerk der Gesellschaft für … mbH'
    return head_of(following) is None or following.endswith("en") and noun_base(following) != following


def _territories_joined(tokens: list[Token], j: int) -> bool:
    """'Caritasverband für die Stadt und den Landkreis X e.V.': 'und' joins two territories inside
    the name (not two actors: 'der Verein A und der Verein B e.V.')."""
    return (tokens[j].text == "und" and j + 2 < len(tokens) and tokens[j + 1].text in ("den", "die", "das")
            and territorial(tokens[j + 2].text) and any(t.text == "für" for t in tokens[max(0, j - 4) : j]))  # fmt: skip


VEREIN = frozenset({"Verein", "Vereins", "Vereines", "Vereinen"})


def _linking_word(tokens: list[Token], k: int) -> bool:
    """A short lower-case word inside a name between capitals: 'Augen auf e.V.', 'Hand in Hand e.V.'."""
    word = tokens[k].text
    return (word.isalpha() and word.islower() and len(word) <= 4 and word not in ARTICLES
            and k >= 1 and capital(tokens[k - 1]) and not is_role(tokens[k - 1].text))  # fmt: skip
