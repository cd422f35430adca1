"""Saved map definitions: which part of the network a map shows and who may embed it.

A definition is a store record in the collection "maps" whose id is the map's slug, so every
store backend keeps maps without a table of its own. The demo network's map `demo` applies by
default whenever no definition named `demo` is saved.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

from netmap.errors import NotFoundError, ValidationError
from netmap.maps.sizing import METRICS
from netmap.model import NODE_KINDS, RELATION_KINDS
from netmap.store.base import GraphStore

COLLECTION = "maps"
SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
# An origin as CSP frame-ancestors takes it: scheme, host (may start with "*."), optional port
# (or "*" for any port); or "*" alone for any website.
ORIGIN = re.compile(r"^(\*|https?://(\*\.)?[A-Za-z0-9.-]+(:(\d{1,5}|\*))?)$")


@dataclass(frozen=True)
class MapDefinition:
    slug: str
    title_de: str
    title_en: str = ""
    regions: tuple[str, ...] = ()  # empty: every region
    kinds: tuple[str, ...] = ()  # empty: every actor kind
    relation_kinds: tuple[str, ...] = ()  # empty: every relation kind
    as_of: str = ""  # YYYY[-MM[-DD]]: only relations in force then; empty: all
    metric: str = "degree"
    public: bool = False
    embed_sites: tuple[str, ...] = field(default=())

    def title(self, lang: str) -> str:
        return self.title_en if lang == "en" and self.title_en else self.title_de

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        return {k: list(v) if isinstance(v, tuple) else v for k, v in data.items()}


DEMO_MAP = MapDefinition(
    slug="demo",
    title_de="Integrationsnetzwerk (Demo)",
    title_en="Integration network (demo)",
    public=True,
    # The demo may be tried out from any page served on this machine (another port is another site).
    embed_sites=("http://127.0.0.1:*", "http://localhost:*"),
)


def _texts(data: Mapping[str, Any], key: str) -> tuple[str, ...]:
    value = data.get(key) or ()
    if isinstance(value, str):
        value = [v for v in value.split(",")]
    if not isinstance(value, Iterable):
        raise ValidationError(key, value, "a list of texts", "map")
    return tuple(dict.fromkeys(str(v).strip() for v in value if str(v).strip()))


def _check_all(key: str, values: tuple[str, ...], allowed: Iterable[str]) -> None:
    allowed = tuple(allowed)
    for value in values:
        if value not in allowed:
            raise ValidationError(key, value, ", ".join(allowed), "map")


def validate_map(data: Mapping[str, Any]) -> MapDefinition:
    """A MapDefinition from plain data, or a ValidationError that names the field and what is allowed."""
    known = set(MapDefinition.__dataclass_fields__)
    for key in data:
        if key not in known:
            raise ValidationError(key, data[key], "the fields " + ", ".join(sorted(known)), "map")
    slug = str(data.get("slug") or "").strip()
    if not SLUG.match(slug):
        raise ValidationError(
            "slug", slug, "1–63 lower-case letters, digits and '-', starting with a letter or digit", "map"
        )
    title_de = str(data.get("title_de") or "").strip()
    if not title_de or len(title_de) > 200:
        raise ValidationError("title_de", title_de, "a German title of 1–200 characters", f"map {slug!r}")
    title_en = str(data.get("title_en") or "").strip()
    if len(title_en) > 200:
        raise ValidationError("title_en", title_en, "an English title of at most 200 characters", f"map {slug!r}")
    kinds = _texts(data, "kinds")
    _check_all("kinds", kinds, NODE_KINDS)
    relation_kinds = _texts(data, "relation_kinds")
    _check_all("relation_kinds", relation_kinds, RELATION_KINDS)
    as_of = str(data.get("as_of") or "").strip()
    if as_of and not DATE.match(as_of):
        raise ValidationError("as_of", as_of, "a date as YYYY, YYYY-MM or YYYY-MM-DD, or nothing", f"map {slug!r}")
    metric = str(data.get("metric") or "degree").strip()
    _check_all("metric", (metric,), METRICS)
    public = data.get("public", False)
    if not isinstance(public, bool):
        raise ValidationError("public", public, "true or false", f"map {slug!r}")
    sites = tuple(s.rstrip("/") for s in _texts(data, "embed_sites"))
    for site in sites:
        if not ORIGIN.match(site):
            raise ValidationError(
                "embed_sites",
                site,
                "web origins such as https://www.example.org or http://localhost:* (no path, no quotes), or * for any site",
                f"map {slug!r}",
            )
    return MapDefinition(
        slug=slug,
        title_de=title_de,
        title_en=title_en,
        regions=_texts(data, "regions"),
        kinds=kinds,
        relation_kinds=relation_kinds,
        as_of=as_of,
        metric=metric,
        public=public,
        embed_sites=sites,
    )


def save_map(store: GraphStore, definition: MapDefinition) -> MapDefinition:
    """Store the definition (replacing one with the same slug); returns it."""
    store.put_record(COLLECTION, definition.slug, definition.to_dict())
    return definition


def find_map(store: GraphStore, slug: str) -> MapDefinition | None:
    """The saved definition, the default demo map for `demo`, or None."""
    data = store.get_record(COLLECTION, slug)
    if data is not None:
        return validate_map(data)
    return DEMO_MAP if slug == DEMO_MAP.slug else None


def get_map(store: GraphStore, slug: str) -> MapDefinition:
    found = find_map(store, slug)
    if found is None:
        raise NotFoundError("map", slug)
    return found


def list_maps(store: GraphStore) -> list[MapDefinition]:
    """Every saved map, plus the default demo map when none named `demo` is saved; by slug."""
    saved = {slug: validate_map(data) for slug, data in store.list_records(COLLECTION)}
    saved.setdefault(DEMO_MAP.slug, DEMO_MAP)
    return [saved[slug] for slug in sorted(saved)]


def delete_map(store: GraphStore, slug: str) -> None:
    """Delete a saved map; NotFoundError when none is saved under `slug`."""
    if not store.delete_record(COLLECTION, slug):
        raise NotFoundError("map", slug)
