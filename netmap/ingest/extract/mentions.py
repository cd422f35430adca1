"""Mentions of organisations, funders and projects in one sentence.

A mention starts at a head word ('Jobcenter', 'Caritasverband', 'Staatsministerium', 'Projekt',
an acronym like AWO) or at a quoted name after a project cue (Projekt „…“, Bundesprogramm „…“),
and grows: left over adjectives (Kommunales, Diakonisches), right over place names, a 'für …'
complement, a territorial genitive (des Kreises Düren, der Stadt Leipzig), '(ABC)' and a legal form.
"""

from __future__ import annotations

import re

from netmap.ingest.extract.heads import (
    ADJECTIVE,
    CAPITAL_WORD,
    NOT_NAME_WORDS,
    capital,
    head_of,
    is_generic_name,
    is_role,
    lower_adjective,
    territorial,
)
from netmap.ingest.extract.inflection import base_form, fix_gender_forms, noun_base
from netmap.ingest.extract.legal_names import VEREIN, legal_form_names, to_legal_form
from netmap.ingest.extract.lexicon import (
    ACRONYM_FUNDERS,
    ACRONYM_ORGANISATIONS,
    ARTICLES,
    LEGAL_FORM,
    PROGRAMME_PREFIXES,
    UNITS,
)
from netmap.ingest.extract.mention import Mention, join_words
from netmap.ingest.extract.quoted import OPEN_CLOSE, quoted_names
from netmap.ingest.extract.tokens import Token

_PLURAL_HEADS = {
    "Städte": "Stadt",
    "Kreisverwaltungen": "Kreisverwaltung",
    "Landkreise": "Landkreis",
    "Kreise": "Kreis",
}
_NOUN_ENDINGS = ("ung", "heit", "keit", "schaft", "arbeit", "ion", "tät", "mus", "nis", "rahmen")
_ENGLISH_HEADS = ("school", "office", "college", "center", "centre", "clinic")
# what a body hands over, never part of its name: 'Ministerium für Arbeit und Soziales Zuwendungsbescheide übergeben'
_DOCUMENTS = ("bescheid", "bescheide", "bescheiden", "scheck", "schecks", "urkunde", "urkunden")
_DEPARTMENTS = frozenset({"fachbereich", "fachdienst"})
_TO_A_PLACE = frozenset({"ins", "zum", "beim"})  # 'geht ins Café'
_NO_GROWTH = ("projekt", "programm", "fortbildungsprogramm")


def _office(word: str) -> bool:
    """A ministry's field in the genitive: 'des Innern', 'der Justiz', 'der Finanzen'."""
    return bool(CAPITAL_WORD.match(word)) and word not in NOT_NAME_WORDS and head_of(word) is None


class _Grower:
    """Grows a mention to the right from its head token."""

    def __init__(self, tokens: list[Token]) -> None:
        self.t = tokens
        self.project = False
        self.programme = False
        self.funder = False
        self.head = 0

    def text(self, i: int) -> str:
        return self.t[i].text if 0 <= i < len(self.t) else ""

    def grow(self, i: int) -> int:
        """The index of the last token of the name whose head is at `i`."""
        last = self.head = i
        j = i + 1
        while j < len(self.t):
            word = self.text(j)
            if LEGAL_FORM.match(word):
                # 'ASB Baden-Württemberg e.V., Region Bodensee-Oberschwaben': the unit belongs to the name
                unit = self.text(j + 1) == "," and self.text(j + 2) in UNITS and j + 3 < len(self.t)
                return j + 3 if unit and capital(self.t[j + 3]) else j
            if word == "," and self.text(j + 1) in UNITS and j + 2 < len(self.t) and capital(self.t[j + 2]):
                last = j = j + 2  # 'dem Deutschen Roten Kreuz, Kreisverband Harz'
                j += 1
                continue
            if word in ("und", ",") and self.text(j + 1) == "für" and self.funder:  # 'des Innern(,) und für Heimat'
                j += 1
                continue
            if word == "(" and self.text(j + 2) == ")" and capital(self.t[j + 1]):
                last = j = j + 2
                j += 1
                continue
            if word == "und" and self.text(j + 1).startswith("-"):
                last = j + 1
                j += 2
                continue
            if word == "und" and capital(self.t[j + 1]) if j + 1 < len(self.t) else False:
                if LEGAL_FORM.match(self.text(j + 2)):
                    return j + 2
                if self._pair_in_name(i, j + 1):  # 'Stiftung Beruf und Familie'
                    last = j = j + 1
                    j += 1
                    continue
                break
            if word == "im" and territorial(self.text(j + 1)) and j + 2 < len(self.t) and capital(self.t[j + 2]):
                if head_of(self.text(j + 2)) is None:  # 'Diakonisches Werk im Kirchenkreis Hamm'
                    last = j = j + 2
                    j += 1
                    continue
            if word in ("für", "gegen"):
                end = self._complement(j + 1)
                if end is None:
                    break
                last = j = end
                j += 1
                continue
            if word in ("in", "im") and self.project and territorial(self.text(j + 1)) and j + 2 < len(self.t):
                if capital(self.t[j + 2]) and head_of(self.text(j + 2)) is None:  # 'Migrationsberatung im Landkreis X'
                    last = j = j + 2
                    j += 1
                    continue
                break
            if word in ("in", "zu") and j + 1 < len(self.t) and capital(self.t[j + 1]) and not self.project:
                following = self.text(j + 1)
                phrase = word == "im" and j + 2 < len(self.t) and capital(self.t[j + 2])  # "im Neuen Rathaus"
                if head_of(following) is None and not following.casefold().endswith(_NOUN_ENDINGS) and not phrase:
                    last = j = j + 1
                    j += 1
                    continue
                break
            if word in ("des", "der") and j + 1 < len(self.t):
                k = j + 1
                while k < len(self.t) and ADJECTIVE.match(self.text(k)) and not territorial(self.text(k)):
                    k += 1
                described = (
                    last == j - 1 == self.head and k > j + 1 and _office(self.text(k))
                )  # 'Bildungswerk der Hessischen Wirtschaft'
                if k < len(self.t) and (
                    self._genitive_part(k) or self.funder and k == j + 1 and _office(self.text(k)) or described
                ):
                    last = j = k
                    j += 1
                    continue
                break
            if word == "an" and self.text(j + 1) == "der" and j + 2 < len(self.t) and not self.project:
                if capital(self.t[j + 2]) and head_of(self.text(j + 2)) is None:  # 'Diakonisches Werk an der Saar'
                    last = j = j + 2
                    j += 1
                    continue
                break
            if _people_word(word) and not (j + 1 < len(self.t) and capital(self.t[j + 1])):
                break  # 'bringt der Verein Neuzugewanderte und Menschen zusammen': an object, not a name
            if (
                capital(self.t[j])
                and not is_role(word)
                and not word.casefold().endswith(_DOCUMENTS)
                and word not in ("Herr", "Frau", "Dr.")
                and not (not self.project and head_of(word) in (("Project", "project"), ("Project", "programme")))
            ):  # an organisation's name ends before a programme's: 'ESF Plus-Programm
                last = j
                j += 1
                continue
            break
        return last

    def _pair_in_name(self, head: int, k: int) -> bool:
        """Whether 'und' + token `k` continues a name (two nouns after a non-territorial head:
        'Stiftung Beruf und Familie'), not a second actor ('und Kargah e.V.', 'und Diakonie')."""
        after = self.text(k + 1)
        return (
            not self.programme
            and not territorial(self.text(head))
            and head_of(self.text(k)) is None
            and k - head >= 3  # a name word between the head and "und"
            and not (after[:1].isupper() or LEGAL_FORM.match(after) or after in ("(", "-", "–"))
        )

    def _genitive_part(self, k: int) -> bool:
        """Whether the genitive whose noun is token `k` belongs to the name: a territory or, after
        an organisation, its owner ('Jugendmigrationsdienst des Diakonischen Werkes'). A project's
        owner is an actor of its own ('Netzwerkkonferenz der Landeshauptstadt Hannover')."""
        word = self.text(k)
        if self.project:
            return self.programme and territorial(word)
        if territorial(word) or word in ACRONYM_ORGANISATIONS:
            return True
        if word.endswith("kreise") and k + 2 < len(self.t) and capital(self.t[k + 1]):
            return self.text(k + 2) == "und"  # 'Diakonisches Werk der Kirchenkreise Hittfeld und Winsen'
        plural = self.text(k - 1) == "der" and word.endswith("n") and noun_base(word) != word
        return head_of(word) == ("Organisation", "") and not plural

    def _complement(self, j: int) -> int | None:
        """The last token of a 'für …' complement starting at `j`, or None if there is none."""
        if self.text(j) in ("den", "die", "das"):
            j += 1
        capitals = 0
        seen_head = False
        last: int | None = None
        item_words = 0  # capitalised words since 'für' or the last comma
        while j < len(self.t):
            word = self.text(j)
            if lower_adjective(word) and j + 1 < len(self.t) and capital(self.t[j + 1]):
                j += 1  # lower-case adjective: 'für soziale Arbeit'
                continue
            if capital(self.t[j]) and not word.casefold().endswith(_DOCUMENTS):
                capitals += 1
                item_words += 1
                seen_head = seen_head or head_of(word) is not None
                last = j
                j += 1
                continue
            if word == "und" and last == j - 1 and territorial(self.text(j - 1)) and territorial(self.text(j + 1)):
                j += 1  # 'für Stadt und Landkreis Göttingen'
                continue
            if word in (",", "und") and last is not None and not seen_head and capitals <= 6:
                if word == "," and item_words > 1:
                    break  # 'Agentur für Arbeit X, Silke Y': a list of topics has one word each
                item_words = 0
                k = j + 1
                if k < len(self.t) and self.text(k) in _RELATIVES:
                    break  # 'Agentur für Arbeit X, deren Berufsberatung …': a relative clause, not the list
                if k < len(self.t) and lower_adjective(self.text(k)) and k + 1 < len(self.t):
                    k += 1
                if k < len(self.t) and capital(self.t[k]) and head_of(self.text(k)) is None:
                    j = k
                    continue
            break
        return last


_ADDRESS = re.compile(r" (?:an der|am|in der) [\w-]*(?:straße|str\.|weg|platz|allee|gasse|ring|ufer)$", re.IGNORECASE)
_RELATIVES = frozenset({"deren", "dessen", "denen", "welche", "welcher", "welches"})


def _acronym(words: list[str]) -> tuple[list[str], str]:
    """Words without a '(ABC)' part, and that acronym."""
    for n in range(len(words) - 2):
        if (words[n] == "(" and words[n + 2] == ")" and re.fullmatch(r"[A-ZÄÖÜ][A-ZÄÖÜa-z.]{0,7}", words[n + 1])
                and not LEGAL_FORM.match(words[n + 1])):  # fmt: skip
            if sum(c.isupper() for c in words[n + 1]) >= 2:
                return words[:n] + words[n + 3 :], words[n + 1]
    return words, ""


def find_mentions(tokens: list[Token], text: str, offset: int) -> list[Mention]:
    """The organisation, funder and project mentions among a sentence's tokens, in order."""
    found = quoted_names(tokens, text, offset)
    covered = {k for m in found for k in range(m.first - 1, m.last + 2)}
    grower = _Grower(tokens)
    i = 0
    while i < len(tokens):
        word = tokens[i].text
        if i in covered or not (capital(tokens[i]) or word in ACRONYM_ORGANISATIONS):
            i += 1
            continue
        if word in _PLURAL_HEADS:
            i = _plural(tokens, i, found, covered)
            continue
        if _land(tokens, i):  # 'aus Mitteln des Landes Rheinland-Pfalz'
            name = f"Land {tokens[i + 1].text}"
            found.append(Mention(i, i + 1, "Funder", name, tokens[i].start, tokens[i + 1].end, locative=_in(tokens, i)))
            covered.update((i, i + 1))
            i += 2
            continue
        head = head_of(word)
        if head is not None and noun_base(word).casefold().endswith("senator") or word.casefold().endswith("senatorin"):
            head = head if i + 1 < len(tokens) and tokens[i + 1].text == "für" else None
        if _town_name(word):
            head = None  # 'Darmstadt', 'Ingolstadt': a place, the body is 'Stadt Darmstadt'
        if head is None or (i + 1 < len(tokens) and tokens[i + 1].text in OPEN_CLOSE and head[0] == "Project"):
            i += 1
            continue
        first = i
        while first - 1 >= 0 and first - 1 not in covered and ADJECTIVE.match(tokens[first - 1].text):
            if tokens[first - 1].text in NOT_NAME_WORDS or head_of(tokens[first - 1].text):
                break
            first -= 1
        if (
            first >= 3
            and tokens[first - 1].text == "und"
            and tokens[first - 2].text == "-"
            and capital(tokens[first - 3])
            and i + 1 < len(tokens)
            and capital(tokens[i + 1])  # a name follows: not "im Bildungs- und Verwaltungszentrum"
        ):
            first -= 3  # 'Industrie- und Handelskammer'
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
        if _people_not_project(tokens, i) or _programme_modifier(tokens, i):
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
        if (tokens[first].text in VEREIN and last - first >= 2 and LEGAL_FORM.match(tokens[last].text)
                and capital(tokens[first + 1])):  # fmt: skip
            first += 1  # 'der Verein Brücke Anklam e.V.' is named 'Brücke Anklam e.V.'
        words, acronym = _acronym([t.text for t in tokens[first : last + 1]])
        name = base_form(join_words(words))
        if noun_base(word).casefold().endswith("netzwerk") and " für " in name:  # 'Netzwerk für …': a body
            kind, ptype = "Organisation", ""
        generic = is_generic_name(name) and not any(w in ACRONYM_ORGANISATIONS | ACRONYM_FUNDERS for w in words)
        generic = generic or (len(words) == 1 and sum(c.isupper() for c in words[0]) < 2 and not _kreis_name(words[0]))
        generic = generic and not acronym  # 'Der Jugendmigrationsdienst (JMD), der …': named by its acronym
        # 'Stadt X, Fachbereich Presse und Kommunikation': a department without its body named is no actor
        generic = generic or noun_base(word).casefold() in _DEPARTMENTS and not re.search(r" (?:des|der) ", name)
        vehicle = name.casefold().startswith(PROGRAMME_PREFIXES)
        locative = first > 0 and tokens[first - 1].text in ("im", "in") and territorial(word)
        locative = locative or generic and kind == "Project" and first > 0 and tokens[first - 1].text in _TO_A_PLACE
        locative = locative or first == 1 and tokens[0].text == "Im" and kind == "Organisation"  # 'Im Stadtteilbüro X bieten A und B …'
        # 'im Caritas-Zentrum an der Bergstraße': a building at an address, not an actor
        locative = locative or first > 0 and tokens[first - 1].text in ("im", "Im") and bool(_ADDRESS.search(name))
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


_CITY_WORDS = ("stadt", "landeshauptstadt", "kreisstadt", "hansestadt", "universitätsstadt", "bundesstadt")


def _kreis_name(word: str) -> bool:
    """'Vogelsbergkreis', 'Rhein-Sieg-Kreis': a district named in one word, a body of its own."""
    low = noun_base(word).casefold()
    return (
        low.endswith("kreis")
        and low not in ("kreis", "landkreis", "kirchenkreis", "stadtkreis")
        and head_of(word) == ("Organisation", "")
    )


def _town_name(word: str) -> bool:
    """'Darmstadt', 'Halberstadt': a town's name that ends in '-stadt', not the word for a city body."""
    low = noun_base(word).casefold()
    return low.endswith("stadt") and low not in _CITY_WORDS and "-" not in low


def _land(tokens: list[Token], i: int) -> bool:
    """'des Landes Rheinland-Pfalz', 'das Land Brandenburg': a federal state by its name."""
    if tokens[i].text not in ("Land", "Landes") or i == 0 or i + 1 >= len(tokens):
        return False
    name = tokens[i + 1].text
    return (tokens[i - 1].text.casefold() in ("des", "das", "dem", "vom", "im") and bool(CAPITAL_WORD.match(name))
            and name not in NOT_NAME_WORDS and head_of(name) is None and not is_role(name))  # fmt: skip


def _in(tokens: list[Token], i: int) -> bool:
    return i > 0 and tokens[i - 1].text in ("im", "in")


def _programme_modifier(tokens: list[Token], i: int) -> bool:
    """'des ESF Plus-Programms': a funder's acronym that only qualifies a programme's name."""
    if tokens[i].text not in ACRONYM_FUNDERS:
        return False
    k = i + 2 if i + 1 < len(tokens) and tokens[i + 1].text in ("Plus", "+") else i + 1
    return k < len(tokens) and head_of(tokens[k].text) == ("Project", "programme")


def _people_not_project(tokens: list[Token], i: int) -> bool:
    """'ehrenamtliche Integrationslots*innen', 'einmal pro Woche': people or a time, not a project
    of that name; 'in 28 Städten und Gemeinden': a plural is no single actor."""
    before = tokens[i - 1].text if i else ""
    word = fix_gender_forms(tokens[i].text)
    if word.endswith("en") and noun_base(word) == word[:-1] and head_of(word) is not None:
        return True  # 'Gemeinden', 'Beratungsstellen'
    bare = before.casefold() in ("in", "bei", "mit", "für", "über", "an", "aus", "von", "zu") or before.isdigit()
    if word.endswith("s") and noun_base(word) == word[:-1] and bare and head_of(word) is not None:
        return True  # 'In Workshops', '3 Workshops': a plural without article ('des Projekts' is a genitive)
    return (
        noun_base(word).casefold().endswith(("lotsen", "woche", "wochen"))
        and before.isalpha() and before.islower() and before not in ARTICLES
    )  # fmt: skip


# substantivised participles and adjectives that name people: 'Neuzugewanderte', 'Interessierte', 'Ehrenamtliche'
_PEOPLE_WORD = re.compile(r"(?:ge\w+te|ierte|liche)n?$")


def _people_word(word: str) -> bool:
    return word[:1].isupper() and bool(_PEOPLE_WORD.search(word))


def _plural(tokens: list[Token], i: int, found: list[Mention], covered: set[int]) -> int:
    """'die Städte Duisburg, Gelsenkirchen und Solingen' → Stadt Duisburg, Stadt Gelsenkirchen, …"""
    singular = _PLURAL_HEADS[tokens[i].text]
    j = i + 1
    while j < len(tokens) and capital(tokens[j]) and head_of(tokens[j].text) is None:
        found.append(Mention(j, j, "Organisation", f"{singular} {tokens[j].text}", tokens[j].start, tokens[j].end))
        covered.add(j)
        if j + 1 < len(tokens) and tokens[j + 1].text in (",", "und"):
            j += 2
        else:
            j += 1
            break
    return j
