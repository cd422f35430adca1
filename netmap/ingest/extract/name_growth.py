"""How far a name reaches to the right of its head word: over place names, a 'für …' complement,
a territorial or owner genitive (des Kreises Düren, des Diakonischen Werkes), '(ABC)', a legal
form and a unit after it ('…, Kreisverband Harz')."""

from __future__ import annotations

import re

from netmap.ingest.extract.bodies import kreis_name, landscape, town_name
from netmap.ingest.extract.complements import DOCUMENTS, complement_end
from netmap.ingest.extract.heads import (
    ADJECTIVE,
    CAPITAL_WORD,
    NOT_NAME_WORDS,
    capital,
    head_of,
    is_generic_name,
    is_role,
    territorial,
)
from netmap.ingest.extract.inflection import noun_base
from netmap.ingest.extract.lexicon import ACRONYM_ORGANISATIONS, LEGAL_FORM, UNITS
from netmap.ingest.extract.tokens import Token

_NOUN_ENDINGS = ("ung", "heit", "keit", "schaft", "arbeit", "ion", "tät", "mus", "nis", "rahmen")
# endings of common nouns that follow a bare kind as an object or predicate, never as its name
_COMMON_NOUNS = ("mitglied", "mitglieder", "kurse", "angebote", "mittel", "plätze")
# substantivised participles and adjectives that name people: 'Neuzugewanderte', 'Interessierte', 'Ehrenamtliche'
_PEOPLE_WORD = re.compile(r"(?:ge\w+te|ierte|liche)n?$")
# plural nouns for people: 'begleiten Lotsen des Malteser Hilfsdienstes in Schwäbisch Hall Menschen, die …'
_PEOPLE_NOUNS = frozenset({"Menschen", "Familien", "Kinder", "Eltern"})
# abbreviated particles inside a place's name: 'Neustadt a.d. Waldnaab', 'Neumarkt i.d. Opf.'
_PLACE_PARTICLE = re.compile(r"^(?:[aiv]\.d\.|[ai]\.)$")


def people_word(word: str) -> bool:
    """Whether a capitalised word names people ('Neuzugewanderte'), not a name part."""
    return word[:1].isupper() and (bool(_PEOPLE_WORD.search(word)) or word in _PEOPLE_NOUNS)


def _office(word: str) -> bool:
    """A ministry's field in the genitive: 'des Innern', 'der Justiz', 'der Finanzen'."""
    return bool(CAPITAL_WORD.match(word)) and word not in NOT_NAME_WORDS and head_of(word) is None


class Grower:
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
            if word == "&" and j + 1 < len(self.t) and capital(self.t[j + 1]) and head_of(self.text(j + 1)) is None:
                last = j = j + 1  # 'Verein Spandauer Brücken & Begegnung e.V.': '&' joins one name
                j += 1
                continue
            if word == "und" and self.text(j + 1).startswith("-") and self.text(j + 1) != "-":  # not a list's bullet
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
            if word == "im" and kreis_name(self.text(j + 1)) and last == j - 1 and (not self.project or last > self.head):
                # 'Kreisdiakonieverband im Rems-Murr-Kreis', 'Runder Tisch Integration im Zollernalbkreis';
                # a service by its kind alone stays a service at a place ('Migrationsberatung im Main-Kinzig-Kreis')
                last = j = j + 1
                j += 1
                continue
            if word == "im" and territorial(self.text(j + 1)) and j + 2 < len(self.t) and capital(self.t[j + 2]):
                if head_of(self.text(j + 2)) is None:  # 'Diakonisches Werk im Kirchenkreis Hamm'
                    last = j = j + 2
                    j += 1
                    continue
            if word == "von" and self.text(j - 1) == "Regierung" and j + 1 < len(self.t):
                if capital(self.t[j + 1]) and head_of(self.text(j + 1)) is None:  # 'Regierung von Unterfranken'
                    last = j = j + 1
                    j += 1
                    continue
                break
            if word in ("für", "gegen"):
                end = complement_end(self.t, j + 1)
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
            if word == "im" and last == self.head and self._housed(j):
                last = j = j + 2  # 'die Volkshochschule im Bildungsforum Potsdam': a kind named by its house
                j += 1
                continue
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
            if _PLACE_PARTICLE.match(word) and capital(self.t[j - 1]) and j + 1 < len(self.t) and capital(self.t[j + 1]):
                if head_of(self.text(j + 1)) is None:  # 'Kreisjugendring Neustadt a.d. Waldnaab'
                    last = j = j + 1
                    j += 1
                    continue
                break
            if capital(self.t[j]) and self.text(j + 1) == "-":  # a word cut short: 'Ober- und Mittelfranken'
                if self.text(j + 2) == "und" and j + 3 < len(self.t) and capital(self.t[j + 3]):
                    last = j = j + 3
                    j += 1
                    continue
                break  # 'die Schule Integrations-, Alphabetisierungs- und Berufssprachkurse': an object
            if word[:1].isdigit() and self.text(j + 1) in ("Euro", "€", "Prozent"):
                break  # 'vergibt die Stiftung 36.000 Euro': a sum after the name
            if people_word(word) and not (j + 1 < len(self.t) and capital(self.t[j + 1])):
                break  # 'bringt der Verein Neuzugewanderte und Menschen zusammen': an object, not a name
            if j == self.head + 1 and self._common_noun_after_kind(j):
                break  # 'Lehrkräfte der Volkshochschule Sprachkurse …', 'ist der Jugendmigrationsdienst Gründungsmitglied'
            if (
                capital(self.t[j])
                and not is_role(word)
                and not word.casefold().endswith(DOCUMENTS)
                and word not in ("Herr", "Frau", "Dr.")
                and not (not self.project and head_of(word) in (("Project", "project"), ("Project", "programme")))
            ):  # an organisation's name ends before a programme's: 'ESF Plus-Programm
                last = j
                j += 1
                continue
            break
        return last

    def _common_noun_after_kind(self, j: int) -> bool:
        """Whether the word after a bare kind ('Volkshochschule') is a common noun (an object or
        predicate of the sentence) or a number counting something, not the name the kind is named by."""
        word = self.text(j).casefold()
        alone = j + 1 >= len(self.t) or not capital(self.t[j + 1])
        counted = word[:1].isdigit() and not alone  # 'in der Stadt 6.840 Beratungskontakte'
        bare = self.head == 0 or not capital(self.t[self.head - 1])  # not 'die Interkulturellen Wochen 2024'
        year = bare and re.fullmatch(r"(?:19|20)\d\d", word) is not None  # 'dass das Netzwerk 2018 … begonnen habe'
        if year and not self.project:
            return True  # 'den die Stiftung 2022 eingerichtet hat': a date, not the foundation's name
        return (counted or year or alone and word.endswith(_COMMON_NOUNS)) and is_generic_name(self.text(self.head))

    def _housed(self, j: int) -> bool:
        """Whether 'im' at `j` names the house of an institution the text names only by its kind:
        a generic head, then an institution's head and a name ('im Bildungsforum Potsdam')."""
        return (
            not self.project
            and is_generic_name(self.text(self.head))
            and head_of(self.text(j + 1)) == ("Organisation", "")
            and j + 2 < len(self.t)
            and capital(self.t[j + 2])
            and (head_of(self.text(j + 2)) is None or town_name(self.text(j + 2)))
        )

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
        if self.text(k - 1) == "der" and landscape(word):
            return True  # 'Handwerkskammer der Pfalz', 'Regierung der Oberpfalz'
        if word.endswith("kreise") and k + 2 < len(self.t) and capital(self.t[k + 1]):
            return self.text(k + 2) == "und"  # 'Diakonisches Werk der Kirchenkreise Hittfeld und Winsen'
        plural = self.text(k - 1) == "der" and word.endswith("n") and noun_base(word) != word
        return head_of(word) == ("Organisation", "") and not plural
