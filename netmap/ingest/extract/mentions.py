"""Mentions of organisations, funders and projects in one sentence.

A mention starts at a head word ('Jobcenter', 'Caritasverband', 'Staatsministerium', 'Projekt',
an acronym like AWO) or at a quoted name after a project cue (Projekt „…“, Bundesprogramm „…“),
and grows: left over adjectives (Kommunales, Diakonisches), right over place names, a 'für …'
complement, a territorial genitive (des Kreises Düren, der Stadt Leipzig), '(ABC)' and a legal form.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from netmap.ingest.extract.inflection import base_form, fix_gender_forms, noun_base
from netmap.ingest.extract.lexicon import (
    ACRONYM_FUNDERS,
    ACRONYM_ORGANISATIONS,
    ARTICLES,
    FUNDER_HEADS,
    LEGAL_FORM,
    NOT_PROJECT_CUES,
    ORGANISATION_HEADS,
    PROGRAMME_PREFIXES,
    PROJECT_CUES,
    PROJECT_HEADS,
    ROLES,
)
from netmap.ingest.extract.tokens import Token

_OPEN_CLOSE = {"„": "“”", '"': '"', "‚": "‘’", "“": "”", "»": "«", "«": "»"}
_TERRITORIAL = (
    "kreis",
    "landkreis",
    "stadt",
    "land",
    "städteregion",
    "kirchenkreis",
    "hochschule",
    "volkshochschulen",
    "bezirk",
    "region",
    "landratsamt",
)
_GENERIC = frozenset(
    "jobcenter volkshochschule caritasverband integrationszentrum migrationsberatung beratungsstelle kreisverwaltung "
    "netzwerktreffen projekt netzwerk agentur initiative landesinitiative partnerinitiative jugendmigrationsdienst büro "
    "gesellschaft stadt kreis landkreis verein verband werk diakonie caritas zentrum dienst amt integrationslotsen "
    "kreisverband programm landesprogramm bundesprogramm workshop woche wochen referat".split()
)
_PLURAL_HEADS = {
    "Städte": "Stadt",
    "Kreisverwaltungen": "Kreisverwaltung",
    "Landkreise": "Landkreis",
    "Kreise": "Kreis",
}
_ADJECTIVE = re.compile(r"^[A-ZÄÖÜ][\wäöüß-]*(?:isch|sch|al|ell|är|iv|lich|ig|ional|er)(?:e|en|em|er|es)?$")
_ADJECTIVE_STRICT = re.compile(r"^[A-ZÄÖÜ][\wäöüß-]*(?:isch|sch|al|ell|är|iv|lich|ig|ional|sam)(?:e|en|em|er|es)$")
_NOUN_ENDINGS = ("ung", "heit", "keit", "schaft", "arbeit", "ion", "tät", "mus", "nis", "rahmen")
_ENGLISH_HEADS = ("school", "office", "college", "center", "centre")
_NO_GROWTH = ("projekt", "programm", "fortbildungsprogramm")
_CAPITAL_WORD = re.compile(r"^(?:[A-ZÄÖÜ0-9][\wÄÖÜäöüßé’'/&.*-]*|\d+)$")
_NOT_NAME_WORDS = frozenset(
    "Die Der Das Dem Den Des Ein Eine Im Am Zum Zur Mit Für Auf In Als Auch Und Sie Er Es Wir Ihr Dies Diese "
    "Dieser Dieses Damit Dazu Davon Telefon E-Mail Tel Foto Kontakt Pressekontakt Teilen Teilnehmer Teilnehmende "
    "Träger Trägerin Partner Partnerin Mitglied Mitglieder".split()
)


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


def head_of(word: str) -> tuple[str, str] | None:
    """(kind, project type) if `word` ends in a known head, e.g. 'Caritasverbandes' → Organisation."""
    low = noun_base(fix_gender_forms(word)).casefold()
    if word in ACRONYM_FUNDERS:
        return ("Funder", "")
    if word in ACRONYM_ORGANISATIONS:
        return ("Organisation", "")
    for head, (_, ptype) in PROJECT_HEADS.items():
        if low.endswith(head):
            return ("Project", ptype)
    if low.endswith("integrationslotsen"):
        return ("Project", "project")
    for head in FUNDER_HEADS:
        if low.endswith(head):
            return ("Funder", "")
    for head in ORGANISATION_HEADS:
        if low.endswith(head) and not any(low.endswith(r) for r in ROLES):
            return ("Organisation", "")
    return None


def is_generic_name(name: str) -> bool:
    """Whether a name is only a kind of institution ('Kommunales Integrationszentrum', 'Jobcenter')."""
    return all(
        head_of(w) is not None and noun_base(fix_gender_forms(w)).casefold() in _GENERIC or _ADJECTIVE_STRICT.match(w)
        for w in name.split()
    )


def _capital(tok: Token) -> bool:
    return bool(_CAPITAL_WORD.match(tok.text)) and tok.text not in _NOT_NAME_WORDS


_UNITS = frozenset({"Region", "Kreisverband", "Regionalverband", "Bezirksverband", "Ortsverband", "Landesverband"})


def _office(word: str) -> bool:
    """A ministry's field in the genitive: 'des Innern', 'der Justiz', 'der Finanzen'."""
    return bool(_CAPITAL_WORD.match(word)) and word not in _NOT_NAME_WORDS and head_of(word) is None


def is_public_body(name: str) -> bool:
    """Whether a name is that of a territorial body or its administration ('Stadt Erfurt', 'Landkreis X')."""
    first = name.split()[0] if name.split() else ""
    return _territorial(first) or noun_base(first).casefold().endswith(("amt", "verwaltung", "regionalverband"))


def _territorial(word: str) -> bool:
    low = noun_base(word).casefold()
    if any(low.endswith(head) for head in PROJECT_HEADS):
        return False  # 'Arbeitskreis' is a network, not a Kreis
    return low in _TERRITORIAL or low.endswith(
        ("kreis", "stadt", "hochschule", "volkshochschulen", "land", "landes", "freistaat", "freistaates", "freistaats")
    )


class _Grower:
    """Grows a mention to the right from its head token."""

    def __init__(self, tokens: list[Token]) -> None:
        self.t = tokens
        self.project = False
        self.programme = False
        self.funder = False

    def text(self, i: int) -> str:
        return self.t[i].text if 0 <= i < len(self.t) else ""

    def grow(self, i: int) -> int:
        """The index of the last token of the name whose head is at `i`."""
        last = i
        j = i + 1
        while j < len(self.t):
            word = self.text(j)
            if LEGAL_FORM.match(word):
                # 'ASB Baden-Württemberg e.V., Region Bodensee-Oberschwaben': the unit belongs to the name
                unit = self.text(j + 1) == "," and self.text(j + 2) in _UNITS and j + 3 < len(self.t)
                return j + 3 if unit and _capital(self.t[j + 3]) else j
            if word == "und" and self.text(j + 1) == "für" and self.funder:  # 'des Innern und für Heimat'
                j += 1
                continue
            if word == "(" and self.text(j + 2) == ")" and _capital(self.t[j + 1]):
                last = j = j + 2
                j += 1
                continue
            if word == "und" and self.text(j + 1).startswith("-"):
                last = j + 1
                j += 2
                continue
            if word == "und" and _capital(self.t[j + 1]) if j + 1 < len(self.t) else False:
                if LEGAL_FORM.match(self.text(j + 2)):
                    return j + 2
                break
            if word == "für":
                end = self._complement(j + 1)
                if end is None:
                    break
                last = j = end
                j += 1
                continue
            if word in ("in", "im") and self.project and _territorial(self.text(j + 1)) and j + 2 < len(self.t):
                if _capital(self.t[j + 2]) and head_of(self.text(j + 2)) is None:  # 'Migrationsberatung im Landkreis X'
                    last = j = j + 2
                    j += 1
                    continue
                break
            if word in ("in", "im", "zu") and j + 1 < len(self.t) and _capital(self.t[j + 1]) and not self.project:
                following = self.text(j + 1)
                phrase = word == "im" and j + 2 < len(self.t) and _capital(self.t[j + 2])  # "im Neuen Rathaus"
                if head_of(following) is None and not following.casefold().endswith(_NOUN_ENDINGS) and not phrase:
                    last = j = j + 1
                    j += 1
                    continue
                break
            if word in ("des", "der") and j + 1 < len(self.t):
                k = j + 1
                while k < len(self.t) and _ADJECTIVE.match(self.text(k)) and not _territorial(self.text(k)):
                    k += 1
                if k < len(self.t) and (self._genitive_part(k) or self.funder and k == j + 1 and _office(self.text(k))):
                    last = j = k
                    j += 1
                    continue
                break
            if word == "an" and self.text(j + 1) == "der" and j + 2 < len(self.t) and not self.project:
                if _capital(self.t[j + 2]) and head_of(self.text(j + 2)) is None:  # 'Diakonisches Werk an der Saar'
                    last = j = j + 2
                    j += 1
                    continue
                break
            if _capital(self.t[j]) and not is_role(word) and word not in ("Herr", "Frau", "Dr.") and not (
                not self.project and head_of(word) in (("Project", "project"), ("Project", "programme"))
            ):  # an organisation's name ends before a programme's: 'ESF Plus-Programm
                last = j
                j += 1
                continue
            break
        return last

    def _genitive_part(self, k: int) -> bool:
        """Whether the genitive whose noun is token `k` belongs to the name: a territory or, after
        an organisation, its owner ('Jugendmigrationsdienst des Diakonischen Werkes'). A project's
        owner is an actor of its own ('Netzwerkkonferenz der Landeshauptstadt Hannover')."""
        word = self.text(k)
        if self.project:
            return self.programme and _territorial(word)
        if _territorial(word) or word in ACRONYM_ORGANISATIONS:
            return True
        plural = self.text(k - 1) == "der" and word.endswith("n") and noun_base(word) != word
        return head_of(word) == ("Organisation", "") and not plural

    def _complement(self, j: int) -> int | None:
        """The last token of a 'für …' complement starting at `j`, or None if there is none."""
        if self.text(j) in ("den", "die", "das"):
            j += 1
        capitals = 0
        seen_head = False
        last: int | None = None
        while j < len(self.t):
            word = self.text(j)
            if _lower_adjective(word) and j + 1 < len(self.t) and _capital(self.t[j + 1]):
                j += 1  # lower-case adjective: 'für soziale Arbeit'
                continue
            if _capital(self.t[j]):
                capitals += 1
                seen_head = seen_head or head_of(word) is not None
                last = j
                j += 1
                continue
            if word in (",", "und") and last is not None and not seen_head and capitals <= 6:
                k = j + 1
                if k < len(self.t) and _lower_adjective(self.text(k)) and k + 1 < len(self.t):
                    k += 1
                if k < len(self.t) and _capital(self.t[k]) and head_of(self.text(k)) is None:
                    j = k
                    continue
            break
        return last


def _lower_adjective(word: str) -> bool:
    """'soziale', 'innovative', 'erwachsene': a lower-case word with an adjective ending."""
    return word.islower() and word not in ARTICLES and len(word) > 3 and word.endswith(("e", "en", "es", "er", "em"))


def is_role(word: str) -> bool:
    low = word.casefold()
    return any(low == r or low.endswith("-" + r) or low.endswith(r) and len(low) > len(r) + 3 for r in ROLES)


def _quoted(tokens: list[Token], text: str, offset: int) -> list[Mention]:
    found: list[Mention] = []
    for i, tok in enumerate(tokens):
        closers = _OPEN_CLOSE.get(tok.text)
        if closers is None:
            continue
        j = next((k for k in range(i + 1, min(len(tokens), i + 14)) if tokens[k].text in closers), None)
        if j is None or j == i + 1:
            continue
        before = [_event_word(t.text.casefold()) for t in tokens[max(0, i - 4) : i]]
        after = [t.text.casefold() for t in tokens[j + 1 : j + 4]]
        if any(b in NOT_PROJECT_CUES for b in before):
            continue
        ptype = next((t for t in map(_cue_type, reversed(before)) if t), None)
        if ptype is None and "ein" in after[:1]:
            ptype = next((t for t in map(_cue_type, after) if t), None)
        if ptype is None:
            continue
        start, end = tokens[i + 1].start, tokens[j - 1].end
        name = text[start - offset : end - offset].strip()
        if len(name.split()) > 9 or not name[:1].isupper() and not name[:1].isdigit():
            continue
        vehicle = any(b.startswith(PROGRAMME_PREFIXES) or _compound_programme(b) for b in before)
        found.append(
            Mention(i + 1, j - 1, "Project", fix_gender_forms(name), start, end, ptype, quoted=True, vehicle=vehicle)
        )
    return found


def quoted_known(tokens: list[Token], text: str, known: Callable[[str], bool], taken: set[int]) -> list[Mention]:
    """Quoted names with no cue word that name a project the text named before or after with one:
    'Finanziert wird „Startklar Erfurt“ durch …'. `taken` holds the token indexes of other mentions."""
    found: list[Mention] = []
    for i, tok in enumerate(tokens):
        closers = _OPEN_CLOSE.get(tok.text)
        j = next((k for k in range(i + 1, min(len(tokens), i + 14)) if tokens[k].text in (closers or ())), None)
        if closers is None or j is None or j == i + 1 or taken & set(range(i, j + 1)):
            continue
        start, end = tokens[i + 1].start, tokens[j - 1].end
        name = fix_gender_forms(text[start:end].strip())
        if known(name):
            found.append(Mention(i + 1, j - 1, "Project", name, start, end, quoted=True))
    return found


def _cue_type(word: str) -> str | None:
    """The project type a cue word names, also at the end of a compound ('Mentoringprojekt')."""
    if word in PROJECT_CUES:
        return PROJECT_CUES[word]
    return next((t for cue, t in PROJECT_CUES.items() if len(cue) >= 6 and word.endswith(cue)), None)


def _compound_programme(word: str) -> bool:
    """'ESF Plus-Programms', 'Förderprogramm': a named funding programme (funds flow through it)."""
    stem = re.sub(r"(?:e?s)$", "", word)
    return stem.endswith("programm") and len(stem) > len("programm")


def _event_word(word: str) -> str:
    """'ausbildungsmesse' → 'messe': a compound ending in an event word counts as that word."""
    return next((w for w in ("messe", "konferenz", "tagung") if word.endswith(w)), word)


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
    found = _quoted(tokens, text, offset)
    covered = {k for m in found for k in range(m.first - 1, m.last + 2)}
    grower = _Grower(tokens)
    i = 0
    while i < len(tokens):
        word = tokens[i].text
        if i in covered or not (_capital(tokens[i]) or word in ACRONYM_ORGANISATIONS):
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
        if head is None or (i + 1 < len(tokens) and tokens[i + 1].text in _OPEN_CLOSE and head[0] == "Project"):
            i += 1
            continue
        first = i
        while first - 1 >= 0 and first - 1 not in covered and _ADJECTIVE.match(tokens[first - 1].text):
            if tokens[first - 1].text in _NOT_NAME_WORDS or head_of(tokens[first - 1].text):
                break
            first -= 1
        if first - 1 >= 0 and first - 1 not in covered and re.fullmatch(r"[A-ZÄÖÜ]{2,5}", tokens[first - 1].text):
            first -= 1
        if noun_base(word).casefold() in _ENGLISH_HEADS:
            while first - 1 >= 0 and first - 1 not in covered and _capital(tokens[first - 1]):
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
        if head[0] == "Project" and last + 1 < len(tokens) and tokens[last + 1].text in _OPEN_CLOSE:
            i = last + 1
            continue
        if head[0] != "Project":
            last = _to_legal_form(tokens, last)
        kind, ptype = head
        if (tokens[first].text in _VEREIN and last - first >= 2 and LEGAL_FORM.match(tokens[last].text)
                and _capital(tokens[first + 1])):  # fmt: skip
            first += 1  # 'der Verein Brücke Anklam e.V.' is named 'Brücke Anklam e.V.'
        words, acronym = _acronym([t.text for t in tokens[first : last + 1]])
        name = base_form(_join_words(words))
        if noun_base(word).casefold().endswith("netzwerk") and " für " in name:  # 'Netzwerk für …': a body
            kind, ptype = "Organisation", ""
        generic = is_generic_name(name) and not any(w in ACRONYM_ORGANISATIONS | ACRONYM_FUNDERS for w in words)
        generic = generic or (len(words) == 1 and sum(c.isupper() for c in words[0]) < 2)
        vehicle = name.casefold().startswith(PROGRAMME_PREFIXES)
        locative = first > 0 and tokens[first - 1].text in ("im", "in") and _territorial(word)
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
    _legal_form_names(tokens, found, covered)
    return sorted(found, key=lambda m: m.first)


_NAME_PREPOSITIONS = frozenset({"in", "an", "für", "zu"})
_LOWER_NAME_WORD = re.compile(r"^[a-zäöüß]+(?:isch|lich|ant|ent|iv|al)(?:e|er|en|es|em)?$")


def _to_legal_form(tokens: list[Token], last: int) -> int:
    """The legal form that ends a name within a few more words ('Diakonisches Werk evangelischer
    Kirchen in der Region Hannover e.V.', 'Diakonie ambulant gGmbH'), else `last`."""
    j = last + 1
    while j < len(tokens) and j <= last + 8:
        word = tokens[j].text
        if LEGAL_FORM.match(word):
            closed = tokens[j - 1].text == "(" and j + 1 < len(tokens) and tokens[j + 1].text == ")"
            return j + 1 if closed else j if j > last + 1 else last  # '… – Kreis Offenbach (AöR)'
        after_preposition = tokens[j - 1].text in _NAME_PREPOSITIONS
        if not (
            word in _NAME_PREPOSITIONS
            or word in ("–", "(")
            or word in ("der", "die", "das", "dem", "den") and after_preposition
            or _capital(tokens[j]) and not is_role(word)
            or _LOWER_NAME_WORD.match(word)
        ):
            return last
        j += 1
    return last


def _land(tokens: list[Token], i: int) -> bool:
    """'des Landes Rheinland-Pfalz', 'das Land Brandenburg': a federal state by its name."""
    if tokens[i].text not in ("Land", "Landes") or i == 0 or i + 1 >= len(tokens):
        return False
    name = tokens[i + 1].text
    return (tokens[i - 1].text in ("des", "das", "dem", "vom", "im") and bool(_CAPITAL_WORD.match(name))
            and name not in _NOT_NAME_WORDS and head_of(name) is None and not is_role(name))  # fmt: skip


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
    return (
        noun_base(word).casefold().endswith(("lotsen", "woche", "wochen"))
        and before.isalpha() and before.islower() and before not in ARTICLES
    )  # fmt: skip


def _legal_form_names(tokens: list[Token], found: list[Mention], covered: set[int]) -> None:
    """Names that have no known head but end in a legal form: 'Alter Gasometer e.V.'."""
    for i, tok in enumerate(tokens):
        if i in covered or not LEGAL_FORM.match(tok.text):
            continue
        first = i
        while (
            first - 1 >= 0
            and first - 1 not in covered
            and (_capital(tokens[first - 1]) or _linking_word(tokens, first - 1))
        ):
            first -= 1
        generic = next((m for m in found if m.last == first - 1 and tokens[m.first].text in _VEREIN), None)
        if generic is not None and first < i and generic.first < generic.last:  # 'der Verein Augen auf e.V.'
            found.remove(generic)
            covered.difference_update(range(generic.first, generic.last + 1))
            first = generic.first + 1
        while first < i and not _capital(tokens[first]):
            first += 1
        if first < i:
            name = _join_words([t.text for t in tokens[first : i + 1]])
            found.append(Mention(first, i, "Organisation", base_form(name), tokens[first].start, tok.end))
            covered.update(range(first, i + 1))


_VEREIN = frozenset({"Verein", "Vereins", "Vereines", "Vereinen"})


def _linking_word(tokens: list[Token], k: int) -> bool:
    """A short lower-case word inside a name between capitals: 'Augen auf e.V.', 'Hand in Hand e.V.'."""
    word = tokens[k].text
    return (word.isalpha() and word.islower() and len(word) <= 4 and word not in ARTICLES
            and k >= 1 and _capital(tokens[k - 1]) and not is_role(tokens[k - 1].text))  # fmt: skip


def _join_words(words: list[str]) -> str:
    out = " ".join(words)
    return re.sub(r"\s+([),;])", r"\1", re.sub(r"\(\s+", "(", out)).rstrip(",;:")


def _plural(tokens: list[Token], i: int, found: list[Mention], covered: set[int]) -> int:
    """'die Städte Duisburg, Gelsenkirchen und Solingen' → Stadt Duisburg, Stadt Gelsenkirchen, …"""
    singular = _PLURAL_HEADS[tokens[i].text]
    j = i + 1
    while j < len(tokens) and _capital(tokens[j]) and head_of(tokens[j].text) is None:
        found.append(Mention(j, j, "Organisation", f"{singular} {tokens[j].text}", tokens[j].start, tokens[j].end))
        covered.add(j)
        if j + 1 < len(tokens) and tokens[j + 1].text in (",", "und"):
            j += 2
        else:
            j += 1
            break
    return j
