"""Mentions of organisations, funders and projects in one sentence.

A mention starts at a head word ('Jobcenter', 'Caritasverband', 'Staatsministerium', 'Projekt',
an acronym like AWO) or at a quoted name after a project cue (Projekt „…“, Bundesprogramm „…“),
and grows: left over adjectives (Kommunales, Diakonisches), right over place names, a 'für …'
complement, a territorial genitive (des Kreises Düren, der Stadt Leipzig), '(ABC)' and a legal form.
"""

from __future__ import annotations

import re

from netmap.ingest.extract.bodies import PLURAL_HEADS, kreis_name, land, named_school, plural, town_name
from netmap.ingest.extract.body_units import unit_of_body
from netmap.ingest.extract.heads import (
    ADJECTIVE,
    NOT_NAME_WORDS,
    capital,
    head_of,
    is_generic_name,
    is_role,
    territorial,
)
from netmap.ingest.extract.inflection import base_form, noun_base
from netmap.ingest.extract.legal_names import VEREIN, legal_form_names, to_legal_form, with_bracketed_acronym
from netmap.ingest.extract.lexicon import (
    ACRONYM_FUNDERS,
    ACRONYM_ORGANISATIONS,
    ARTICLES,
    LEGAL_FORM,
    NAMED_FUNDERS,
    PROGRAMME_PREFIXES,
)
from netmap.ingest.extract.mention import Mention, join_words
from netmap.ingest.extract.name_growth import Grower
from netmap.ingest.extract.not_actors import people_not_project, programme_modifier
from netmap.ingest.extract.owners import is_service
from netmap.ingest.extract.quoted import OPEN_CLOSE, quoted_names
from netmap.ingest.extract.tokens import Token

_ENGLISH_HEADS = ("school", "office", "college", "center", "centre", "clinic")
_DEPARTMENTS = frozenset({"fachbereich", "fachdienst", "sachgebiet", "geschäftsbereich"})
_TO_A_PLACE = frozenset({"ins", "zum", "beim"})  # 'geht ins Café'
_NO_GROWTH = ("projekt", "programm", "fortbildungsprogramm")
_ADDRESS = re.compile(r" (?:an der|am|in der) [\w-]*(?:straße|str\.|weg|platz|allee|gasse|ring|ufer)$", re.IGNORECASE)


def _acronym(words: list[str]) -> tuple[list[str], str]:
    """Words without a '(ABC)' part, and that acronym."""
    for n in range(len(words) - 2):
        if (words[n] == "(" and words[n + 2] == ")" and re.fullmatch(r"[A-ZÄÖÜ][A-ZÄÖÜa-z.]{0,7}", words[n + 1])
                and not LEGAL_FORM.match(words[n + 1])):  # fmt: skip
            if sum(c.isupper() for c in words[n + 1]) >= 2:
                return words[:n] + words[n + 3 :], words[n + 1]
    return words, ""


def _bare_land(tokens: list[Token], i: int) -> bool:
    """'fördert das Land das …', 'unterstützt der Freistaat', 'vom Land gefördert': the federal
    state named by its kind alone, as an actor (not 'in das Land', 'auf dem Land', 'Land Brandenburg')."""
    article = {"Land": ("das", "Das", "vom"), "Freistaat": ("der", "Der", "vom")}.get(tokens[i].text)
    if article is None or i == 0 or tokens[i - 1].text not in article:
        return False
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    return (after is None or not capital(after)) and not (i > 1 and tokens[i - 2].text.casefold() in ("in", "für", "auf"))


def find_mentions(tokens: list[Token], text: str, offset: int) -> list[Mention]:
    """The organisation, funder and project mentions among a sentence's tokens, in order."""
    found = quoted_names(tokens, text, offset)
    covered = {k for m in found for k in range(m.first - 1, m.last + 2)}
    grower = Grower(tokens)
    i = 0
    while i < len(tokens):
        word = tokens[i].text
        if i in covered or not (capital(tokens[i]) or word in ACRONYM_ORGANISATIONS):
            i += 1
            continue
        if word in PLURAL_HEADS:
            i = plural(tokens, i, found, covered)
            continue
        if _bare_land(tokens, i):  # 'Mit 118.000 Euro unterstützt der Freistaat …': the Land's ministry
            found.append(Mention(i, i, "Funder", word, tokens[i].start, tokens[i].end, generic=True))
            i += 1
            continue
        named = NAMED_FUNDERS.get((word, tokens[i + 1].text)) if i + 1 < len(tokens) else None
        if named is not None:  # 'Die Aktion Mensch fördert …', 'aus Mitteln der Europäischen Union'
            found.append(Mention(i, i + 1, "Funder", named, tokens[i].start, tokens[i + 1].end))
            covered.update((i, i + 1))
            i += 2
            continue
        if land(tokens, i):  # 'aus Mitteln des Landes Rheinland-Pfalz'
            name = f"Land {tokens[i + 1].text}"
            found.append(Mention(i, i + 1, "Funder", name, tokens[i].start, tokens[i + 1].end, locative=_in(tokens, i)))
            covered.update((i, i + 1))
            i += 2
            continue
        unit = unit_of_body(tokens, i)
        if unit is not None and not covered.intersection(range(unit[0], i)):  # 'Integrationsmanagement der Stadt X'
            first, last = unit
            task = base_form(join_words([t.text for t in tokens[first : i + 1]]))  # the body's genitive stays
            name = join_words([task, *(t.text for t in tokens[i + 1 : last + 1])])
            found.append(Mention(first, last, "Organisation", name, tokens[first].start, tokens[last].end))
            covered.update(range(first, last + 1))
            i = last + 1
            continue
        head = head_of(word)
        if head is not None and noun_base(word).casefold().endswith("senator") or word.casefold().endswith("senatorin"):
            head = head if i + 1 < len(tokens) and tokens[i + 1].text == "für" else None
        if town_name(word):
            head = None  # 'Darmstadt', 'Ingolstadt': a place, the body is 'Stadt Darmstadt'
        if head is None or (i + 1 < len(tokens) and tokens[i + 1].text in OPEN_CLOSE and head[0] == "Project"):
            i += 1
            continue
        first = _adjectives_before(tokens, i, covered)
        if _suspended_pair(tokens, first, i):
            first = _adjectives_before(tokens, first - 3, covered)  # 'die Bergische Sprach- und Berufsschule'
        if (
            first == i
            and first >= 2
            and tokens[first - 2].text in ("das", "die", "der", "dem", "den", "des")
            and first - 1 not in covered
            and capital(tokens[first - 1])
            and head_of(tokens[first - 1].text) is None
            and not is_role(tokens[first - 1].text)
        ):
            first -= 1  # 'das Ortenau Klinikum': a place name before the head
        if first - 1 >= 0 and first - 1 not in covered and re.fullmatch(r"[A-ZÄÖÜ]{2,5}", tokens[first - 1].text):
            first -= 1
        if noun_base(word).casefold() in _ENGLISH_HEADS:
            while first - 1 >= 0 and first - 1 not in covered and capital(tokens[first - 1]):
                first -= 1
        organisation_network = noun_base(word).casefold().endswith("netzwerk") and (
            i + 1 < len(tokens) and tokens[i + 1].text == "für"
        )
        grower.project = head[0] == "Project" and not organisation_network
        grower.programme = head[1] == "programme"
        grower.funder = head[0] == "Funder"
        if head[0] == "Funder" and first >= 2 and tokens[first - 1].text in ("der", "des"):
            if tokens[first - 2].text.casefold().endswith(("beauftragte", "beauftragten", "beauftragter")):
                first -= 2  # 'Beauftragte der Landesregierung für Migration und Integration'
        if people_not_project(tokens, i) or programme_modifier(tokens, i):
            i += 1
            continue
        last = i if noun_base(word).casefold().endswith(_NO_GROWTH) else grower.grow(i)
        if last == i and i + 1 < len(tokens) and re.fullmatch(r"[A-ZÄÖÜ]{2,8}", tokens[i + 1].text):
            last = i + 1  # 'Landesprogramm WIR'

        if head[0] == "Project" and last + 1 < len(tokens) and tokens[last + 1].text in OPEN_CLOSE:
            i = last + 1
            continue
        kind, ptype = head
        if head[0] != "Project" or ptype == "network":
            last = to_legal_form(tokens, last)
            if ptype == "network" and LEGAL_FORM.match(tokens[last].text):
                kind, ptype = "Organisation", ""  # 'Frauennetzwerk zur Arbeitssituation e.V.': a registered body
        if tokens[first].text in VEREIN and not LEGAL_FORM.match(tokens[last].text):
            last = _registered_name_end(tokens, first, last)  # 'der Verein Brücken bauen Rostock e.V.'
        if (tokens[first].text in VEREIN and last - first >= 2 and LEGAL_FORM.match(tokens[last].text)
                and capital(tokens[first + 1])):  # fmt: skip
            first += 1  # 'der Verein Brücke Anklam e.V.' is named 'Brücke Anklam e.V.'
        last = with_bracketed_acronym(tokens, last)
        words, acronym = _acronym([t.text for t in tokens[first : last + 1]])
        name = base_form(join_words(words))
        if word == "Schulen" and first < i:  # 'den Berufsbildenden Schulen X': a plural name stays plural
            name = join_words([words[0].removesuffix("n"), *words[1:]])
        generic = is_generic_name(name) and not any(w in ACRONYM_ORGANISATIONS | ACRONYM_FUNDERS for w in words)
        generic = generic or (len(words) == 1 and sum(c.isupper() for c in words[0]) < 2 and not kreis_name(words[0]))
        generic = generic and not (len(words) == 1 and named_school(words[0]))  # 'die Valckenburgschule'
        generic = generic and not acronym  # 'Der Jugendmigrationsdienst (JMD), der …': named by its acronym
        # 'Stadt X, Fachbereich Presse und Kommunikation': a department without its body named is no actor
        generic = generic or noun_base(word).casefold() in _DEPARTMENTS and not re.search(r" (?:des|der) ", name)
        owned = _owned_service(tokens, word, last) if generic and kind == "Project" and first == i else None
        if owned is not None:  # 'die Migrationsberatung des Caritasverbandes X': a service named by its owner
            last, generic = owned, False
            name = base_form(join_words([t.text for t in tokens[first : last + 1]]))
        vehicle = name.casefold().startswith(PROGRAMME_PREFIXES)
        locative = first > 0 and tokens[first - 1].text in ("im", "in") and territorial(word)
        locative = locative or generic and kind == "Project" and first > 0 and tokens[first - 1].text in _TO_A_PLACE
        locative = locative or first == 1 and tokens[0].text == "Im" and kind == "Organisation"  # 'Im Stadtteilbüro X bieten A und B …'
        # 'im Caritas-Zentrum an der Bergstraße': a building at an address, not an actor
        locative = locative or first > 0 and tokens[first - 1].text in ("im", "Im") and bool(_ADDRESS.search(name))
        locative = locative or _dateline(tokens, first, last)
        found.append(
            Mention(
                first,
                last,
                kind,
                name,
                tokens[first].start,
                tokens[last].end,
                ptype,
                generic,
                False,
                acronym,
                vehicle,
                locative,
            )  # fmt: skip
        )
        covered.update(range(first, last + 1))
        i = last + 1
    legal_form_names(tokens, found, covered)
    return sorted(found, key=lambda m: m.first)


def _adjectives_before(tokens: list[Token], first: int, covered: set[int]) -> int:
    """The first token of the name that ends at `first` once the adjectives before it are taken in
    ('Evangelische Familienbildungsstätte'): not across a covered token, a word that opens no name
    or a head of its own."""
    while first - 1 >= 0 and first - 1 not in covered and ADJECTIVE.match(tokens[first - 1].text):
        if tokens[first - 1].text in NOT_NAME_WORDS or head_of(tokens[first - 1].text):
            break
        first -= 1
    return first


def _suspended_pair(tokens: list[Token], first: int, i: int) -> bool:
    """Whether 'X- und' before the head at `first` = `i` joins the name ('Industrie- und Handelskammer
    Ostbrandenburg', 'die Bergische Sprach- und Berufsschule gGmbH'): a name, a legal form or a
    capitalised adjective must mark it as a name, not 'im Bildungs- und Verwaltungszentrum'."""
    if not (first >= 3 and tokens[first - 1].text == "und" and tokens[first - 2].text == "-" and capital(tokens[first - 3])):
        return False
    after = tokens[i + 1].text if i + 1 < len(tokens) else ""
    named = bool(after) and capital(tokens[i + 1]) or bool(LEGAL_FORM.match(after))
    described = first >= 4 and bool(ADJECTIVE.match(tokens[first - 4].text)) and tokens[first - 4].text not in NOT_NAME_WORDS
    return named or described


def _in(tokens: list[Token], i: int) -> bool:
    return i > 0 and tokens[i - 1].text in ("im", "in")


def _owned_service(tokens: list[Token], word: str, last: int) -> int | None:
    """The last token of the owner after a service head ('Migrationsberatung des Diakonischen Werkes
    X e.V.'), or None when no organisation follows in the genitive or it is not named by itself."""
    if not is_service(word) or last + 2 >= len(tokens) or tokens[last + 1].text not in ("des", "der"):
        return None
    k = last + 2
    while k < len(tokens) and ADJECTIVE.match(tokens[k].text) and head_of(tokens[k].text) is None:
        k += 1
    if k >= len(tokens) or not (head_of(tokens[k].text) == ("Organisation", "") or tokens[k].text in ACRONYM_ORGANISATIONS):
        return None
    end = to_legal_form(tokens, Grower(tokens).grow(k))
    return end if end > k else None  # 'der Migrationsberatung des Caritasverbandes': the Caritasverband itself


def _registered_name_end(tokens: list[Token], first: int, last: int) -> int:
    """After 'Verein', the name runs to a legal form over any words ('Hallstadt hilft e.V.',
    'Brücken bauen Rostock e.V.'), when only words stand between; else `last`."""
    for k in range(last + 1, min(len(tokens), first + 8)):
        if LEGAL_FORM.match(tokens[k].text):
            return k
        if not tokens[k].text.isalpha() or tokens[k].text in ARTICLES or tokens[k].text in ("und", "oder", "mit"):
            return last
    return last


def _dateline(tokens: list[Token], first: int, last: int) -> bool:
    """'Kreis Steinfurt, 20. November 2026 – …': the place of a dateline, not an actor."""
    return first == 0 and last + 2 < len(tokens) and tokens[last + 1].text == "," and tokens[last + 2].text[:1].isdigit()

