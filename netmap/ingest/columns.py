"""The column names and cell values people write in spreadsheets, mapped to netmap's own.

German headers (Name, Art, Region, Themen, Von, Nach, Beziehung, Seit, Bis, Betrag, Quelle, ...)
and German values (Förderer, Projekt, kooperiert mit, fördert, ...) are accepted; dates like
01.02.2021 and amounts like 1.234,50 € are normalised to 2021-02-01 and 1234.5.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from netmap.ingest.names import normalise_name

# header (normalised: lower case, umlauts folded) -> canonical column, per table
_COMMON = {
    "id": "id",
    "kennung": "id",
    "quelle": "sources",
    "quellen": "sources",
    "notiz": "note",
    "anmerkung": "note",
    "bemerkung": "note",
    "hinweis": "note",
}
HEADERS: dict[str, dict[str, str]] = {
    "actors": {
        **_COMMON,
        "name": "name",
        "art": "kind",
        "typ": "kind",
        "art typ": "kind",
        "kind": "kind",
        "akteursart": "kind",
        "projektart": "type",
        "projekttyp": "type",
        "type": "type",
        "alias": "aliases",
        "aliase": "aliases",
        "aliases": "aliases",
        "andere namen": "aliases",
        "abkuerzung": "aliases",
        "region": "region",
        "ort": "region",
        "themen": "topics",
        "thema": "topics",
        "topics": "topics",
        "sichtbarkeit": "visibility",
        "visibility": "visibility",
        "rolle": "role",
        "funktion": "role",
        "role": "role",
    },
    "relations": {
        **_COMMON,
        "von": "from",
        "from": "from",
        "nach": "to",
        "an": "to",
        "zu": "to",
        "to": "to",
        "beziehung": "kind",
        "art": "kind",
        "kind": "kind",
        "form": "form",
        "rolle": "role",
        "role": "role",
        "seit": "since",
        "since": "since",
        "bis": "until",
        "until": "until",
        "betrag": "amount",
        "summe": "amount",
        "amount": "amount",
        "waehrung": "currency",
        "currency": "currency",
        "zeitraum": "period",
        "period": "period",
        "programm": "programme",
        "foerderprogramm": "programme",
        "programme": "programme",
    },
    "sources": {
        **_COMMON,
        "titel": "title",
        "title": "title",
        "herausgeber": "publisher",
        "publisher": "publisher",
        "datum": "date",
        "date": "date",
        "url": "url",
        "link": "url",
        "webadresse": "url",
    },
}

# kind value (normalised) -> (kind, project type or None)
NODE_KIND_VALUES: dict[str, tuple[str, str | None]] = {
    "organisation": ("Organisation", None),
    "organization": ("Organisation", None),
    "funder": ("Funder", None),
    "foerderer": ("Funder", None),
    "geldgeber": ("Funder", None),
    "foerdermittelgeber": ("Funder", None),
    "project": ("Project", None),
    "projekt": ("Project", "project"),
    "programm": ("Project", "programme"),
    "netzwerk": ("Project", "network"),
    "initiative": ("Project", "initiative"),
    "veranstaltung": ("Project", "event"),
    "person": ("Person", None),
}
RELATION_KIND_VALUES = {
    "kooperiert mit": "COOPERATES_WITH",
    "kooperation": "COOPERATES_WITH",
    "cooperates with": "COOPERATES_WITH",
    "arbeitet zusammen mit": "COOPERATES_WITH",
    "foerdert": "FUNDS",
    "foerderung": "FUNDS",
    "finanziert": "FUNDS",
    "funds": "FUNDS",
    "traegt": "RUNS",
    "ist traeger von": "RUNS",
    "betreibt": "RUNS",
    "runs": "RUNS",
    "ist mitglied von": "MEMBER_OF",
    "ist mitglied in": "MEMBER_OF",
    "mitglied": "MEMBER_OF",
    "member of": "MEMBER_OF",
    "ist teil von": "PART_OF",
    "gehoert zu": "PART_OF",
    "teil von": "PART_OF",
    "part of": "PART_OF",
}
VISIBILITY_VALUES = {"oeffentlich": "public", "public": "public", "intern": "internal", "internal": "internal"}
FORM_VALUES = {
    "vereinbarung": "agreement",
    "kooperationsvereinbarung": "agreement",
    "verweisung": "referral",
    "gemeinsame veranstaltung": "joint event",
    "partnerschaft": "partnership",
}
ROLE_VALUES = {"traeger": "Träger", "partner": "partner"}

_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_GERMAN_DATE = re.compile(r"^(?:(\d{1,2})\.)?(\d{1,2})\.(\d{4})$")
_ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_THOUSANDS_DOT = re.compile(r"^[1-9]\d{0,2}(\.\d{3})+$")


@lru_cache(maxsize=4096)
def header_key(text: str) -> str:
    """A header cell as looked up in HEADERS: 'Art/Typ' -> 'art typ', 'Währung' -> 'waehrung'."""
    folded = text.strip().casefold().translate(_FOLD)
    return " ".join(re.sub(r"[^a-z0-9]+", " ", folded).split())


@lru_cache(maxsize=1024)
@lru_cache(maxsize=1024)  # asked once per cell: a large import has millions of cells but few headers
def canonical_header(table: str, header: str) -> str:
    """The netmap column a header names; unknown headers are kept as written (and then reported)."""
    return HEADERS[table].get(header_key(header), header.strip())


def parse_date(value: Any) -> str | None:
    """2021-02-01, 2021-02, 2021, 01.02.2021, 02.2021 or a spreadsheet date -> ISO text; None if unreadable."""
    if isinstance(value, str):
        return _parse_date_text(value)
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int) and 1000 <= value <= 9999:
        return str(value)
    return _parse_date_text(str(value))


@lru_cache(maxsize=4096)  # a large import has few distinct dates
def _parse_date_text(value: str) -> str | None:
    text = value.strip()
    if _ISO_DATE.match(text):
        return text
    german = _GERMAN_DATE.match(text)
    if german:
        day, month, year = german.groups()
        return f"{year}-{int(month):02d}" + (f"-{int(day):02d}" if day else "")
    return None


def parse_amount(value: Any) -> tuple[float | None, str | None]:
    """'1.234,50 €' -> (1234.5, 'EUR'); '1234.5' -> (1234.5, None); (None, None) if unreadable."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value), None
    text = str(value).strip().replace("\u00a0", "").replace(" ", "")
    currency = None
    for sign, code in (("€", "EUR"), ("EUR", "EUR"), ("Euro", "EUR")):
        if sign in text:
            text, currency = text.replace(sign, ""), code
    if "," in text and "." in text:
        decimal_mark = "," if text.rfind(",") > text.rfind(".") else "."
        text = text.replace("." if decimal_mark == "," else ",", "").replace(",", ".")
    elif "," in text:
        text = text.replace(",", ".") if text.count(",") == 1 else ""
    elif _THOUSANDS_DOT.match(text):
        text = text.replace(".", "")  # German thousands: 1.234 or 12.500
    try:
        number = float(text)
    except ValueError:
        return None, None
    return number, currency


MAPPED_COLUMNS = frozenset({"kind", "visibility", "form", "role"})


def map_value(table: str, column: str, value: Any) -> Any:
    """German or lower-case spellings of kinds, relation kinds, visibility, form and role -> netmap's."""
    if column not in MAPPED_COLUMNS or not isinstance(value, str):
        return value
    return _map_text(table, column, value)


@lru_cache(maxsize=4096)
def _map_text(table: str, column: str, value: str) -> str:
    key = _kind_key(value) if column == "kind" else header_key(value)
    if table == "actors" and column == "kind":
        return NODE_KIND_VALUES.get(key, (value, None))[0]
    if table == "relations" and column == "kind":
        return RELATION_KIND_VALUES.get(header_key(value), value)
    if column == "visibility":
        return VISIBILITY_VALUES.get(key, value)
    if table == "relations" and column == "form":
        return FORM_VALUES.get(key, value)
    if table == "relations" and column == "role":
        return ROLE_VALUES.get(key, value)
    return value


@lru_cache(maxsize=1024)
def _kind_key(value: str) -> str:
    return normalise_name(value)


def project_type_of(kind_value: Any) -> str | None:
    """The project type a German kind value implies: 'Netzwerk' -> 'network'."""
    if not isinstance(kind_value, str):
        return None
    return NODE_KIND_VALUES.get(_kind_key(kind_value), ("", None))[1]
