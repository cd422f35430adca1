"""Territorial bodies by their names: a Land ('des Landes Rheinland-Pfalz'), a district in one word
('Vogelsbergkreis'), towns whose name ends in '-stadt', plural heads ('die Städte A, B und C')."""

from __future__ import annotations

from netmap.ingest.extract.heads import CAPITAL_WORD, NOT_NAME_WORDS, capital, head_of, is_role
from netmap.ingest.extract.inflection import noun_base
from netmap.ingest.extract.mention import Mention
from netmap.ingest.extract.tokens import Token

PLURAL_HEADS = {
    "Städte": "Stadt",
    "Kreisverwaltungen": "Kreisverwaltung",
    "Landkreise": "Landkreis",
    "Kreise": "Kreis",
}
_CITY_WORDS = ("stadt", "landeshauptstadt", "kreisstadt", "hansestadt", "universitätsstadt", "bundesstadt")


def kreis_name(word: str) -> bool:
    """'Vogelsbergkreis', 'Rhein-Sieg-Kreis': a district named in one word, a body of its own."""
    low = noun_base(word).casefold()
    return (
        low.endswith("kreis")
        and low not in ("kreis", "landkreis", "kirchenkreis", "stadtkreis")
        and head_of(word) == ("Organisation", "")
    )


# kinds of school: 'die Grundschule' is any primary school, 'die Valckenburgschule' one school by its name
_SCHOOL_KINDS = frozenset(
    "grundschule hauptschule realschule mittelschule oberschule gesamtschule gemeinschaftsschule förderschule "
    "berufsschule berufsfachschule fachschule fachoberschule werkrealschule abendschule sprachschule musikschule "
    "volkshochschule hochschule fachhochschule kunstschule tanzschule fahrschule schule".split()
)


def named_school(word: str) -> bool:
    """'Valckenburgschule', 'Kreismusikschule': one school named in one word, not a kind of school."""
    low = noun_base(word).casefold()
    return low.endswith("schule") and low not in _SCHOOL_KINDS and "-" not in low


def town_name(word: str) -> bool:
    """'Darmstadt', 'Halberstadt': a town's name that ends in '-stadt', not the word for a city body."""
    low = noun_base(word).casefold()
    return low.endswith("stadt") and low not in _CITY_WORDS and "-" not in low


# landscapes named with an article ('der Pfalz', 'der Oberpfalz', 'der Altmark', 'der Lausitz', 'der Eifel')
_LANDSCAPE_ENDINGS = ("pfalz", "mark", "lausitz", "eifel", "prignitz", "rhön", "ortenau", "wetterau")


def landscape(word: str) -> bool:
    """'Pfalz', 'Oberpfalz', 'Uckermark': a region named with an article, which can end a body's name
    in the genitive ('Handwerkskammer der Pfalz', 'Regierung der Oberpfalz')."""
    return word[:1].isupper() and "-" not in word and word.casefold().endswith(_LANDSCAPE_ENDINGS)


def land(tokens: list[Token], i: int) -> bool:
    """'des Landes Rheinland-Pfalz', 'das Land Brandenburg': a federal state by its name."""
    if tokens[i].text not in ("Land", "Landes") or i == 0 or i + 1 >= len(tokens):
        return False
    name = tokens[i + 1].text
    return (tokens[i - 1].text.casefold() in ("des", "das", "dem", "vom", "im") and bool(CAPITAL_WORD.match(name))
            and name not in NOT_NAME_WORDS and head_of(name) is None and not is_role(name))  # fmt: skip


def plural(tokens: list[Token], i: int, found: list[Mention], covered: set[int]) -> int:
    """'die Städte Duisburg, Gelsenkirchen und Solingen' → Stadt Duisburg, Stadt Gelsenkirchen, …"""
    singular = PLURAL_HEADS[tokens[i].text]
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
