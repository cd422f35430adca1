"""People named in a sentence, with their role and the organisation or project they belong to.

Patterns: 'Landrat Andreas Müller', 'Herr Weiß', 'Maria Huber, Leiterin des Jugendmigrationsdienstes',
'der Geschäftsführer des Jobcenters …, Stefan Graaf', 'Petra Kühn vom Diakonischen Werk …',
photo captions 'Sophie Kröckel, AWO Kreisverband …', and 'Ansprechpartnerin beim … ist Maria Huber'.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from netmap.ingest.extract.heads import head_of
from netmap.ingest.extract.lexicon import ARTICLES, PARTICLES, ROLES, TITLES
from netmap.ingest.extract.mention import Mention
from netmap.ingest.extract.tokens import Token

_LOWER = "a-zäöüßéèêáàâíìóòôúùçğşčćšžđıłńśźżěřůňťďøåæ'’"  # names from many languages: 'Kovač', 'Yıldırım'
_NAME_WORD = re.compile(rf"^[A-ZÄÖÜŠŽČĆ][{_LOWER}]+(?:-[A-ZÄÖÜŠŽČĆ]?[{_LOWER}]+)*$")
_NOT_NAMES = frozenset(
    "Die Der Das Dem Den Des Ein Eine Im Am Zum Zur Mit Für Auf In Als Auch Und Sie Er Es Wir Ihr Dies Diese Damit "
    "Dazu Telefon Foto Kontakt Zertifikate Integration Arbeit Alle Anschließend Zu Beginn Herzlich Gruppenbild Mehr "
    "Netzwerktreffen Landrat Staatssekretär Teilnehmer Akteure Bildung Während Januar Februar März April Mai Juni Juli "
    "August September Oktober November Dezember Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split()
)


@dataclass
class PersonMention:
    name: str
    start: int
    end: int
    role: str = ""
    affiliations: list[Mention] = field(default_factory=list)
    short_affiliation: str = ""  # 'Projektkoordinatorin bei Migranetz': a short form of a name (see proposals)


_OFFICES = (
    "dezernent",
    "beigeordnete",
    "bürgermeister",
    "stadtrat",
    "stadträtin",
    "kreisrat",
    "kreisrätin",
    "amtsleiter",
    "landrat",
    "landrätin",
)


def is_office(role: str) -> bool:
    """Whether a role is an office of a public body ('Sozialdezernentin', 'Beigeordneter')."""
    return any(office in role.casefold() for office in _OFFICES)


def role_of(word: str) -> str | None:
    """The role a word names ('Jobcenter-Geschäftsführer' → 'Geschäftsführer'), or None."""
    low = word.casefold()
    low = low[:-1] if low.endswith(("nden", "rten", "gten")) else low  # 'der Beiratsvorsitzenden', 'Beauftragten'
    for role in ROLES:
        if low == role or low.endswith("-" + role) or (low.endswith(role) and len(low) - len(role) >= 4):
            return word.split("-")[-1] if "-" in word else word
    return None


def name_at(tokens: list[Token], i: int, starts: dict[int, Mention]) -> int | None:
    """The last index of a person's name starting at `i` (two to four words), or None."""
    j = i
    words = 0
    while j < len(tokens) and words < 4:
        word = tokens[j].text
        if j in starts or head_of(word) is not None or role_of(word) or word in _NOT_NAMES:
            break
        if _NAME_WORD.match(word):
            words += 1
        elif not (word.casefold() in PARTICLES and j + 1 < len(tokens) and _NAME_WORD.match(tokens[j + 1].text)):
            break
        j += 1
    while j - 1 > i and tokens[j - 1].text.casefold() in PARTICLES:
        j -= 1  # 'Landrat Matthias Breisacher der Caritasverband …': a name does not end in a particle
    return j - 1 if words >= 2 else None


def find_people(tokens: list[Token], mentions: list[Mention]) -> list[PersonMention]:
    """The people among a sentence's tokens, each with role and affiliations where the text says."""
    starts = {m.first: m for m in mentions}
    inside = {k for m in mentions for k in range(m.first, m.last + 1)}
    found: list[PersonMention] = []
    i = 0
    while i < len(tokens):
        word = tokens[i].text
        if i in inside:
            i += 1
            continue
        if word in ("Herr", "Frau") and i + 1 < len(tokens) and tokens[i + 1].text in ("Dr.", "Prof."):
            i += 1  # 'Herr Dr. Stefan Huber': the name follows the academic title
            continue
        if word in TITLES - {"Dr.", "Prof."} and i + 1 < len(tokens) and _NAME_WORD.match(tokens[i + 1].text):
            person = PersonMention(f"{word} {tokens[i + 1].text}", tokens[i].start, tokens[i + 1].end)
            last = i + 1
        else:
            first = i + 1 if word in ("Dr.", "Prof.") else i
            last_name = name_at(tokens, first, starts)
            if last_name is None:
                i += 1
                continue
            person = PersonMention(
                " ".join(t.text for t in tokens[first : last_name + 1]), tokens[first].start, tokens[last_name].end
            )
            last = last_name
            before = tokens[i - 1].text if i > 0 else ""
            if role_of(before):
                person.role = role_of(before) or ""
                if "-" in before and before.split("-")[0][:1].isupper():  # 'Caritas-Geschäftsführerin'
                    person.short_affiliation = before.split("-")[0]
            elif word not in ("Dr.", "Prof.") and not _has_cue(tokens, i, last, starts, found):
                i = last + 1
                continue
        short = person.short_affiliation
        _attach(tokens, i, last, person, starts)
        person.short_affiliation = person.short_affiliation or short
        found.append(person)
        i = last + 1
    for one, two in zip(found, found[1:], strict=False):  # 'A und B, Mitarbeiterinnen des …'
        if not one.role and not one.affiliations and two.role:
            one.role, one.affiliations = two.role, list(two.affiliations)
    return found


def _has_cue(
    tokens: list[Token], first: int, last: int, starts: dict[int, Mention], found: list[PersonMention]
) -> bool:
    """Whether something around a capitalised word pair says it names a person."""
    if first > 0 and tokens[first - 1].text.casefold() in ARTICLES:
        return False  # 'das Welcome Center vom …': people are named without an article
    if first > 0 and tokens[first - 1].text == "(" and found and found[-1].end == tokens[first - 1].start - 1:
        return False  # 'Lea Schubert (Refugio Thüringen)': the person's body, not a second person
    nxt = tokens[last + 1].text if last + 1 < len(tokens) else ""
    after = tokens[last + 2].text if last + 2 < len(tokens) else ""
    if nxt == "," and after in ("die", "der") and _LEADS & {t.text for t in tokens[last + 3 : last + 16]}:
        return True  # 'Malte Eikelmann, der den Jugendmigrationsdienst in Soest leitet'
    if nxt == "," and after in ("die", "der") and last + 3 < len(tokens):
        after = tokens[last + 3].text  # "Kerstin Weiß, die Integrationsbeauftragte des Landkreises"
    if nxt == "," and (role_of(after) or last + 2 in starts and not starts[last + 2].generic):
        return True
    if nxt in ("vom", "von") or (nxt == "(" and (last + 2 in starts or role_of(after))):
        return True
    if nxt == "und" and name_at(tokens, last + 2, starts) is not None:
        return True
    prev = tokens[first - 1].text if first > 0 else ""
    if prev in (",", "ist") and _role_before(tokens, first - 1, starts) is not None:
        return True
    return prev in (",", "und", "(", ")") and bool(found) or prev == ")"


_LEADS = frozenset({"leitet", "koordiniert", "verantwortet"})
_ROLE_LINKS = frozenset(
    {"des", "der", "die", "den", "das", "dem", "für", "beim", "bei", "vom", "von", "im", "und", ","}
)
_POSSESSIVES = frozenset({"deren", "dessen", "ihr", "ihre", "sein", "seine"})


def _role_before(tokens: list[Token], end: int, starts: dict[int, Mention]) -> tuple[str, Mention | None] | None:
    """The role named just before token `end` (a comma or 'ist' before a name) and the actor it
    belongs to: 'Geschäftsführer des Jobcenters X, ', 'Die Beigeordnete für Soziales der Stadt X, ',
    'Ansprechpartnerin beim Jugendmigrationsdienst ist ', 'deren Vorsitzender der Geschäftsführung, '
    (the actor named before 'deren'). None if no role is named there."""
    ends = {m.last: m for m in starts.values()}
    actor: Mention | None = None
    k = end - 1
    while k >= max(0, end - 10):
        word = tokens[k].text
        if k in ends:
            actor = actor or ends[k]
            k = ends[k].first - 1
            continue
        role = role_of(word)
        if role:
            if actor is None and k > 0 and tokens[k - 1].text.casefold() in _POSSESSIVES:
                actor = next((m for m in sorted(starts.values(), key=lambda m: -m.last)
                              if m.last < k - 1 and m.kind == "Organisation"), None)  # fmt: skip
            return role, actor
        if word not in _ROLE_LINKS and not word[:1].isupper():
            return None
        k -= 1
    return None


def _attach(tokens: list[Token], first: int, last: int, person: PersonMention, starts: dict[int, Mention]) -> None:
    """Role and affiliations from the words right after the name (or right before it)."""
    j = last + 1
    # 'Oberbürgermeisterin X, der Geschäftsführer des Y, Z': with a role before the name, ', der …' names the next person
    introduced = bool(person.role) or first > 0 and tokens[first - 1].text == "," and bool(
        _role_before(tokens, first - 1, starts)
    )
    if (
        j + 2 < len(tokens)
        and tokens[j].text == ","
        and tokens[j + 1].text in ("die", "der")
        and role_of(tokens[j + 2].text)
        and not introduced
    ):
        j += 1  # "Name, die Integrationsbeauftragte des …"
    if (
        j < len(tokens)
        and (tokens[j].text in (",", "(") or tokens[j].text in ("die", "der") and tokens[j - 1].text == ",")
        and j + 1 < len(tokens)
        and role_of(tokens[j + 1].text)
    ):
        person.role = role_of(tokens[j + 1].text) or ""
        j += 2
        if j + 1 < len(tokens) and tokens[j].text == "," and j + 1 in starts:  # 'Name (Rolle, Landratsamt X)'
            person.affiliations.append(starts[j + 1])
            return
        j = _affiliations(tokens, j, person, starts)
    elif j < len(tokens) and tokens[j].text in ("vom", "von"):
        j += 1
        if j < len(tokens) and tokens[j].text in ARTICLES:
            j += 1
        _affiliations(tokens, j, person, starts, chain=False)
    elif j + 1 < len(tokens) and tokens[j].text in (",", "(") and j + 1 in starts and not starts[j + 1].generic:
        person.affiliations.append(starts[j + 1])
    elif j + 1 < len(tokens) and tokens[j].text == "(":
        person.short_affiliation = _short_name(tokens, j + 1, starts)  # 'Lea Schubert (Refugio Thüringen)'
    if not person.affiliations and person.role:
        behalf = _on_behalf(tokens, first, last, starts) or _possessed_by(tokens, first, starts)
        person.affiliations += [behalf] if behalf is not None else []
    # '… Geschäftsführer des Jobcenters X, Stefan Graaf'
    k = first - 1
    if not person.affiliations and k >= 0 and tokens[k].text in (",", "ist"):
        found = _role_before(tokens, k, starts)
        if found is not None:
            person.role = person.role or found[0]
            person.affiliations += [found[1]] if found[1] is not None else []


def _short_name(tokens: list[Token], j: int, starts: dict[int, Mention]) -> str:
    """Capitalised words after 'bei', 'von', 'vom', 'des' at token `j` that are no mention: a short
    form of an actor's name ('bei Migranetz', 'von Pro Arbeit', 'vom Paritätischen'), else ''."""
    if j < len(tokens) and tokens[j].text in ("bei", "beim", "von", "vom", "des", "der"):
        j += 1 + (j + 1 < len(tokens) and tokens[j + 1].text in ("der", "dem"))
    words: list[str] = []
    while j < len(tokens) and j not in starts and len(words) < 3 and _NAME_WORD.match(tokens[j].text):
        words.append(tokens[j].text)
        j += 1
    return " ".join(words)


def _affiliations(
    tokens: list[Token], j: int, person: PersonMention, starts: dict[int, Mention], chain: bool = True
) -> int:
    """Mentions right after a role ('des IQ Netzwerkes der Gesellschaft …', 'Fachbereichsleiterin
    Deutsch als Fremdsprache an der Volkshochschule'); returns the next index."""
    k = j
    while chain and k < min(len(tokens), j + 5) and (tokens[k].text[:1].isupper() or tokens[k].text in ("als", "und")):
        k += 1  # the role's field, then 'an der' / 'bei der' and the actor
    if k + 1 < len(tokens) and tokens[k].text in ("an", "bei", "beim", "im") and (k > j or tokens[k].text == "an"):
        k += 1 + (tokens[k + 1].text in ("der", "dem", "den"))
        if k in starts and starts[k].kind == "Organisation":
            person.affiliations.append(starts[k])
            return starts[k].last + 1
    while j < len(tokens):
        if tokens[j].text == "bei" and j + 2 < len(tokens) and tokens[j + 1].text in ("der", "dem") and j + 2 in starts:
            j += 2  # 'Beraterin bei der Caritas'
        elif tokens[j].text in ("des", "der", "im", "vom", "von", "beim") and j + 1 in starts:
            j += 1
        elif _office_part(tokens, j, starts):
            j += 3  # 'Vorsitzender der Geschäftsführung der Agentur für Arbeit X': the body comes after the office
        if j not in starts:
            if not person.affiliations:
                person.short_affiliation = _short_name(tokens, j, starts)
            break
        person.affiliations.append(starts[j])
        j = starts[j].last + 1
        if not chain:
            break
    return j


def _office_part(tokens: list[Token], j: int, starts: dict[int, Mention]) -> bool:
    """Whether tokens j.. are 'der Geschäftsführung der' before an actor: a part of the body named next."""
    return (j + 3 < len(tokens) and tokens[j].text in ("des", "der") and j + 1 not in starts
            and tokens[j + 1].text[:1].isupper() and tokens[j + 2].text in ("des", "der") and j + 3 in starts)  # fmt: skip


def _possessed_by(tokens: list[Token], first: int, starts: dict[int, Mention]) -> Mention | None:
    """The organisation 'dessen'/'deren' points back to before a role right before the name: 'Für den
    Verein X, der …, sprach dessen Vorsitzender Y' (the last organisation named before it)."""
    k = first - 2
    if k < 1 or tokens[k].text not in ("dessen", "deren") or not role_of(tokens[k + 1].text):
        return None
    before = [m for m in starts.values() if m.last < k and m.kind == "Organisation"]
    return max(before, key=lambda m: m.last) if before else None


def _on_behalf(tokens: list[Token], first: int, last: int, starts: dict[int, Mention]) -> Mention | None:
    """The body a person with a role speaks for: 'Für die AWO betonte Landesgeschäftsführerin X',
    'Bürgermeisterin X dankte im Namen der Stadt Y'; None if the sentence says neither."""
    if len(tokens) > 2 and tokens[0].text == "Für" and tokens[1].text in ARTICLES and 2 in starts and first < 8:
        return starts[2] if starts[2].kind == "Organisation" else None
    for k in range(last + 1, min(len(tokens) - 2, last + 4)):
        if tokens[k].text == "im" and tokens[k + 1].text == "Namen" and tokens[k + 2].text in ("der", "des"):
            found = starts.get(k + 3)
            return found if found is not None and found.kind == "Organisation" else None
    return None
