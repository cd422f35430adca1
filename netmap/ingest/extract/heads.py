"""What a word says about the actor it is part of: the kind of actor a head word names
('Caritasverbandes' → Organisation), roles, territorial bodies, generic institution words, and
which capitalised words can be part of a name."""

from __future__ import annotations

import re

from netmap.ingest.extract.inflection import fix_gender_forms, noun_base
from netmap.ingest.extract.lexicon import (
    ACRONYM_FUNDERS,
    ACRONYM_ORGANISATIONS,
    ARTICLES,
    FUNDER_HEADS,
    ORGANISATION_HEADS,
    PROJECT_HEADS,
    ROLES,
)
from netmap.ingest.extract.tokens import Token

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
GENERIC = frozenset(
    "jobcenter volkshochschule caritasverband integrationszentrum migrationsberatung beratungsstelle kreisverwaltung "
    "netzwerktreffen projekt netzwerk agentur initiative landesinitiative partnerinitiative jugendmigrationsdienst büro "
    "gesellschaft stadt kreis landkreis verein verband werk diakonie caritas zentrum dienst amt integrationslotsen "
    "kreisverband programm landesprogramm bundesprogramm workshop woche wochen referat".split()
)
ADJECTIVE = re.compile(
    r"^(?:[A-ZÄÖÜ][\wäöüß-]*(?:isch|sch|al|ell|är|iv|lich|ig|ional|er)|Rot|Frei|Groß|Rund)(?:e|en|em|er|es)?$"
    r"|^(?:Ev|Kath|Evang)\.(?:-(?:[Ll]uth|[Rr]ef)\.)?$"  # abbreviated: 'des Ev.-luth. Kirchenkreises Uelzen'
)
ADJECTIVE_STRICT = re.compile(r"^[A-ZÄÖÜ][\wäöüß-]*(?:isch|sch|al|ell|är|iv|lich|ig|ional|sam)(?:e|en|em|er|es)$")
CAPITAL_WORD = re.compile(r"^(?:[A-ZÄÖÜ0-9][\wÄÖÜäöüßé’'/&.*-]*|\d+)$")
NOT_NAME_WORDS = frozenset(
    "Die Der Das Dem Den Des Ein Eine Im Am Zum Zur Mit Für Auf In Als Auch Und Sie Er Es Wir Ihr Dies Diese "
    "Dieser Dieses Damit Dazu Davon Telefon E-Mail Tel Foto Kontakt Pressekontakt Teilen Teilnehmer Teilnehmende "
    "Träger Trägerin Partner Partnerin Mitglied Mitglieder".split()
)


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
        head_of(w) is not None and noun_base(fix_gender_forms(w)).casefold() in GENERIC or ADJECTIVE_STRICT.match(w)
        for w in name.split()
    )


def capital(tok: Token) -> bool:
    """Whether a token can be part of a name (capitalised or a number, not an article or pronoun)."""
    return bool(CAPITAL_WORD.match(tok.text)) and tok.text not in NOT_NAME_WORDS


def is_public_body(name: str) -> bool:
    """Whether a name is that of a territorial body, its administration or a public agency that
    also acts itself ('Stadt Erfurt', 'Landkreis X', 'Jobcenter X', 'Agentur für Arbeit X')."""
    first = name.split()[0] if name.split() else ""
    low = noun_base(first).casefold()
    return territorial(first) or low.endswith(("amt", "verwaltung", "regionalverband", "jobcenter")) or low == "agentur"


def territorial(word: str) -> bool:
    """Whether a word names a territorial body ('Kreises', 'Landeshauptstadt', 'Saarlandes')."""
    low = noun_base(word).casefold()
    if any(low.endswith(head) for head in PROJECT_HEADS):
        return False  # 'Arbeitskreis' is a network, not a Kreis
    return low in _TERRITORIAL or low.endswith(
        ("kreis", "stadt", "hochschule", "volkshochschulen", "land", "landes", "freistaat", "freistaates", "freistaats")
    )


def lower_adjective(word: str) -> bool:
    """'soziale', 'innovative', 'erwachsene': a lower-case word with an adjective ending."""
    return word.islower() and word not in ARTICLES and len(word) > 3 and word.endswith(("e", "en", "es", "er", "em"))


def is_role(word: str) -> bool:
    """Whether a word names a person's role ('Geschäftsführerin', 'Jobcenter-Leiter')."""
    low = word.casefold()
    return any(low == r or low.endswith("-" + r) or low.endswith(r) and len(low) > len(r) + 3 for r in ROLES)


_AT_A_PLACE = re.compile(r"^(\S+(?: \S+)+) in ([A-ZÄÖÜ][\w-]*(?: [A-ZÄÖÜ][\w-]*)?)$")


def without_place(name: str) -> str | None:
    """'Caritasverband Darmstadt in Bensheim' → 'Caritasverband Darmstadt': the body's name without
    the town where it acts, which writers give or leave out; None when the name ends in no town."""
    found = _AT_A_PLACE.match(name)
    if found is None:
        return None
    place = found.group(2).split()
    if any(head_of(w) is not None or territorial(w) or w in NOT_NAME_WORDS or lower_adjective(w) for w in place):
        return None
    return found.group(1)
