"""Loads graph_schema/ and validates nodes, relations and sources against it (the one place).

Every write to a store passes through `validate_node` / `validate_relation` first. A
`ValidationError` names the field, the value and what is allowed.
"""

from __future__ import annotations

import calendar
import hashlib
import re
import tomllib
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from netmap.errors import SchemaError, ValidationError
from netmap.model import NODE_FIELDS, Node, Relation, Source, assembled
from netmap.resources import resource_dir

ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$")
ID_RULE = "1–200 characters: letters a–z, digits, '.', '_', ':', '-', starting with a letter or digit"
DATE_PATTERN = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
CURRENCY_PATTERN = re.compile(r"^[A-Z]{3}$")
PROPERTY_TYPES = {"string", "text", "enum", "date", "decimal", "currency", "list"}
RELATION_FIELDS = ("id", "kind", "from", "to", "sources")
_FEW_VALUES = frozenset({"date", "enum", "currency"})
_ACCEPTED_LIMIT = 4096  # texts remembered per property
_VOUCHED = "_vouched_by"  # attribute a schema marks the nodes and relations it returned with


@dataclass(frozen=True)
class PropertySpec:
    name: str
    type: str
    required: bool = False
    values: tuple[str, ...] = ()
    default: Any = None
    max_length: int | None = None
    description: str = ""
    # text given -> its checked value, for types with few distinct values (dates, enums, currencies)
    accepted: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    def allowed(self) -> str:
        if self.type == "enum":
            return "one of " + ", ".join(repr(v) for v in self.values)
        return {
            "string": "one line of text" + (f" of at most {self.max_length} characters" if self.max_length else ""),
            "text": "text" + (f" of at most {self.max_length} characters" if self.max_length else ""),
            "date": "a date written YYYY, YYYY-MM or YYYY-MM-DD",
            "decimal": "a number of 0 or more, e.g. 12500 or 12500.50",
            "currency": "a three-letter currency code such as EUR",
            "list": "a list of texts",
        }[self.type]


@dataclass(frozen=True)
class Endpoint:
    from_kinds: tuple[str, ...]
    to_kinds: tuple[str, ...]
    to_types: tuple[str, ...] = ()

    def admits(self, from_kind: str, to_kind: str, to_type: str | None) -> bool:
        if from_kind not in self.from_kinds or to_kind not in self.to_kinds:
            return False
        return not self.to_types or to_type in self.to_types

    def describe(self) -> str:
        text = f"{'/'.join(self.from_kinds)} → {'/'.join(self.to_kinds)}"
        if self.to_types:
            text += f" (of type {', '.join(self.to_types)})"
        return text


@dataclass(frozen=True)
class NodeKind:
    name: str
    description: str
    properties: dict[str, PropertySpec]
    visibility_default: str

    @cached_property
    def fields(self) -> frozenset[str]:
        """The keys a node of this kind may have."""
        return frozenset([*NODE_FIELDS, *self.properties])


@dataclass(frozen=True)
class RelationKind:
    name: str
    description: str
    endpoints: tuple[Endpoint, ...]
    properties: dict[str, PropertySpec]
    symmetric: bool = False

    @cached_property
    def fields(self) -> frozenset[str]:
        """The keys a relation of this kind may have."""
        return frozenset([*RELATION_FIELDS, *self.properties])


@dataclass(frozen=True)
class GraphSchema:
    version: int
    nodes: dict[str, NodeKind]
    relations: dict[str, RelationKind]
    # (relation kind, from kind, to kind, to type) -> allowed: a large import asks the same few again and again
    _admitted: dict[tuple[str, str, str, Any], bool] = field(default_factory=dict, compare=False, repr=False)

    def vouches_for(self, value: Node | Relation) -> bool:
        """Whether `value` is an object this schema's validate_node/validate_relation returned
        (Node and Relation are frozen, so it is still valid)."""
        return vars(value).get(_VOUCHED) is self

    # -- nodes -----------------------------------------------------------------------------
    def validate_node(self, raw: Mapping[str, Any]) -> Node:
        """Check a node given as a flat dict (as in an import file) and return it as a Node."""
        kind = raw.get("kind")
        if kind not in self.nodes:
            raise ValidationError("kind", kind, "one of " + ", ".join(self.nodes))
        spec = self.nodes[kind]
        node_id = raw.get("id")
        subject = f"{kind} {node_id!r}" if node_id else kind
        if not isinstance(node_id, str) or not ID_PATTERN.match(node_id):
            raise ValidationError("id", node_id, ID_RULE, subject)
        fields = spec.fields
        for key in raw:
            if key not in fields:
                allowed = ", ".join([*NODE_FIELDS, *spec.properties])
                raise ValidationError(key, raw[key], f"a {kind} has only the fields {allowed}", subject)
        values = _check_properties(spec.properties, raw, subject)
        if raw.get("visibility") in (None, ""):
            values.pop("visibility", None)  # each kind has its own default: people are internal unless marked public
        visibility = values.pop("visibility", None) or spec.visibility_default
        name = values.pop("name")
        aliases = tuple(values.pop("aliases", ()))
        region = values.pop("region", "")
        topics = tuple(values.pop("topics", ()))
        made = {
            "id": node_id,
            "kind": kind,
            "name": name,
            "aliases": aliases,
            "region": region,
            "topics": topics,
            "visibility": visibility,
            "sources": _source_ids(raw.get("sources"), subject),
            "properties": values,
            "created_at": "",
            "updated_at": "",
            _VOUCHED: self,  # a mark outside the dataclass fields: not compared, not carried over by replace()
        }
        return assembled(Node, made)

    # -- relations -------------------------------------------------------------------------
    def validate_relation(
        self,
        raw: Mapping[str, Any],
        endpoint_of: Mapping[str, Node] | None = None,
    ) -> Relation:
        """Check a relation given as a flat dict with `kind`, `from`, `to` and properties.

        `endpoint_of` maps node ids to nodes; when given, the endpoints must exist there and
        their kinds must be allowed for the relation kind.
        """
        kind = raw.get("kind")
        if kind not in self.relations:
            raise ValidationError("kind", kind, "one of " + ", ".join(self.relations))
        spec = self.relations[kind]
        from_id, to_id = _end_id("from", raw.get("from"), kind), _end_id("to", raw.get("to"), kind)
        subject = f"{kind} relation {from_id} → {to_id}"
        if from_id == to_id:
            raise ValidationError("to", to_id, "an actor other than the relation's start", subject)
        fields = spec.fields
        for key in raw:
            if key not in fields:
                allowed = ", ".join(["id", "from", "to", "sources", *spec.properties])
                raise ValidationError(key, raw[key], f"a {kind} relation has only the fields {allowed}", subject)
        props = _check_properties(spec.properties, raw, subject)
        if "since" in props and "until" in props and _date_start(props["until"]) < _date_start(props["since"]):
            raise ValidationError("until", props["until"], f"a date on or after 'since' ({props['since']})", subject)
        if spec.symmetric and to_id < from_id:
            from_id, to_id = to_id, from_id
        if endpoint_of is not None:
            self.check_endpoints(kind, endpoint_of.get(from_id), endpoint_of.get(to_id), from_id, to_id)
        rel_id = raw.get("id")
        if not rel_id:
            rel_id = relation_id(kind, from_id, to_id, props.get("since"))  # always a valid id
        elif not isinstance(rel_id, str) or not ID_PATTERN.match(rel_id):
            raise ValidationError("id", rel_id, ID_RULE, subject)
        made = {
            "id": rel_id,
            "kind": kind,
            "from_id": from_id,
            "to_id": to_id,
            "sources": _source_ids(raw.get("sources"), subject),
            "properties": props,
            "created_at": "",
            "updated_at": "",
            _VOUCHED: self,
        }
        return assembled(Relation, made)

    def endpoint_errors(
        self, relations: Sequence[Relation], node_of: Callable[[str], Node | None]
    ) -> Iterator[tuple[int, ValidationError]]:
        """(index, error of `check_endpoints`) of each relation whose ends, looked up with
        `node_of`, are missing or of kinds its kind does not link. Asks the cache of admitted
        kind combinations inline: a large batch has hundreds of thousands of relations of a few."""
        admitted = self._admitted.get
        for index, rel in enumerate(relations):
            start, end = node_of(rel.from_id), node_of(rel.to_id)
            if start is None or end is None or not admitted((rel.kind, start.kind, end.kind, end.properties.get("type"))):
                try:
                    self.check_endpoints(rel.kind, start, end, rel.from_id, rel.to_id)
                except ValidationError as err:
                    yield index, err

    def check_endpoints(self, kind: str, start: Node | None, end: Node | None, from_id: str, to_id: str) -> None:
        if start is None or end is None:
            end_name, value = ("from", from_id) if start is None else ("to", to_id)
            raise ValidationError(
                end_name, value, "the id of an existing actor", f"{kind} relation {from_id} → {to_id}"
            )
        to_type = end.properties.get("type")
        key = (kind, start.kind, end.kind, to_type)
        admitted = self._admitted.get(key)
        if admitted is None:
            endpoints = self.relations[kind].endpoints
            admitted = self._admitted[key] = any(e.admits(start.kind, end.kind, to_type) for e in endpoints)
        if not admitted:
            given = f"{start.kind} → {end.kind}" + (f" (of type {to_type})" if to_type else "")
            allowed = "; ".join(e.describe() for e in self.relations[kind].endpoints)
            raise ValidationError(
                "from/to", given, f"{kind} may link {allowed}", f"{kind} relation {from_id} → {to_id}"
            )


def validate_source(raw: Mapping[str, Any]) -> Source:
    source_id = raw.get("id")
    if not isinstance(source_id, str) or not ID_PATTERN.match(source_id):
        raise ValidationError("id", source_id, ID_RULE, "source")
    subject = f"source {source_id!r}"
    title = raw.get("title")
    if not isinstance(title, str) or not title.strip():
        raise ValidationError("title", title, "a non-empty title", subject)
    unknown = set(raw) - {"id", "title", "publisher", "date", "url", "note"}
    if unknown:
        key = sorted(unknown)[0]
        raise ValidationError(key, raw[key], "a source has only id, title, publisher, date, url, note", subject)
    when = raw.get("date") or ""
    if when:
        _check_date("date", when, subject)
    url = raw.get("url") or ""
    if url and not re.match(r"^https?://\S+$", str(url)):
        raise ValidationError("url", url, "a web address starting with http:// or https://", subject)
    return Source(
        id=source_id,
        title=title.strip(),
        publisher=str(raw.get("publisher") or "").strip(),
        date=str(when),
        url=str(url),
        note=str(raw.get("note") or "").strip(),
    )


def _end_id(end: str, value: Any, kind: str) -> str:
    """`value` if it can be the id of a relation's end `end` ("from" or "to")."""
    if not isinstance(value, str) or not ID_PATTERN.match(value):
        raise ValidationError(end, value, "the id of an existing actor", f"{kind} relation")
    return value


def relation_id(kind: str, from_id: str, to_id: str, since: str | None = None) -> str:
    """A stable id for a relation, so re-importing the same fact finds the same relation."""
    digest = hashlib.sha1(f"{kind}|{from_id}|{to_id}|{since or ''}".encode()).hexdigest()[:16]
    return f"rel-{digest}"


def _source_ids(value: Any, subject: str) -> tuple[str, ...]:
    """The checked source ids of a node or relation (most cite none)."""
    return () if value is None or value == "" else tuple(_check_ids("sources", value, subject))


def _check_ids(field: str, value: Any, subject: str) -> list[str]:
    items = _as_list(field, value, subject)
    for item in items:
        if not ID_PATTERN.match(item):
            raise ValidationError(field, item, "ids of sources: " + ID_RULE, subject)
    return items


def _as_list(field: str, value: Any, subject: str) -> list[str]:
    if value is None or value == "":
        return []
    if isinstance(value, str):
        value = value.split("|")
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
        raise ValidationError(field, value, "a list of texts (in a table: separated by '|')", subject)
    seen: dict[str, None] = {}
    for item in value:
        item = item.strip()
        if item:
            seen.setdefault(item, None)
    return list(seen)


def _check_properties(specs: Mapping[str, PropertySpec], raw: Mapping[str, Any], subject: str) -> dict[str, Any]:
    """The checked values of the properties `specs` describes, in their order; defaults where
    `raw` has none, no key where there is no default either."""
    values: dict[str, Any] = {}
    for name, prop in specs.items():
        value = raw.get(name)
        if value is None or value == "" or value == []:  # most properties are empty: no call for them
            if prop.required:
                raise ValidationError(prop.name, value, f"{prop.allowed()} (required)", subject)
            if prop.default is not None:
                values[name] = prop.default
        elif type(value) is str and value in prop.accepted:
            values[name] = prop.accepted[value]
        else:
            checked = values[name] = _check_property(prop, value, subject)
            if prop.type in _FEW_VALUES and type(value) is str:
                if len(prop.accepted) >= _ACCEPTED_LIMIT:
                    prop.accepted.clear()
                prop.accepted[value] = checked
    return values


def _check_property(prop: PropertySpec, value: Any, subject: str) -> Any:
    """The checked value of a property that is given (not empty)."""
    if prop.type == "list":
        return _as_list(prop.name, value, subject)
    if prop.type == "decimal":
        try:
            number = Decimal(str(value))
        except InvalidOperation:
            raise ValidationError(prop.name, value, prop.allowed(), subject) from None
        if not number.is_finite() or number < 0 or isinstance(value, bool):
            raise ValidationError(prop.name, value, prop.allowed(), subject)
        return float(number)
    if not isinstance(value, str):
        raise ValidationError(prop.name, value, prop.allowed(), subject)
    value = value.strip() if prop.type != "text" else value
    if prop.type == "enum" and value not in prop.values:
        raise ValidationError(prop.name, value, prop.allowed(), subject)
    if prop.type == "string" and ("\n" in value or "\r" in value):
        raise ValidationError(prop.name, value, prop.allowed(), subject)
    if prop.type in ("string", "text") and prop.max_length and len(value) > prop.max_length:
        raise ValidationError(prop.name, value[:40] + "…", prop.allowed(), subject)
    if prop.type == "date":
        _check_date(prop.name, value, subject)
    if prop.type == "currency" and not CURRENCY_PATTERN.match(value):
        raise ValidationError(prop.name, value, prop.allowed(), subject)
    return value


def _check_date(field: str, value: Any, subject: str) -> None:
    allowed = "a date written YYYY, YYYY-MM or YYYY-MM-DD"
    if not isinstance(value, str) or not DATE_PATTERN.match(value):
        raise ValidationError(field, value, allowed, subject)
    try:
        _date_start(value)
    except ValueError:
        raise ValidationError(field, value, allowed + " that exists in the calendar", subject) from None


@lru_cache(maxsize=4096)  # a large import has few distinct dates
def _date_start(value: str) -> date:
    parts = [int(p) for p in value.split("-")] + [1, 1]
    return date(parts[0], parts[1], parts[2])


def date_covers(since: str | None, until: str | None, on: date) -> bool:
    """Whether a relation valid from `since` to `until` (inclusive, either may be open) holds on `on`."""
    if since and _date_start(since) > on:
        return False
    if until:
        parts = until.split("-")
        if len(parts) == 1:
            end = date(int(parts[0]), 12, 31)
        elif len(parts) == 2:
            year, month = int(parts[0]), int(parts[1])
            end = date(year, month, calendar.monthrange(year, month)[1])
        else:
            end = _date_start(until)
        if end < on:
            return False
    return True


def _property(name: str, raw: Mapping[str, Any]) -> PropertySpec:
    ptype = raw.get("type")
    if ptype not in PROPERTY_TYPES:
        raise SchemaError(f"Property {name!r} has the unknown type {ptype!r}.", f"Use one of {sorted(PROPERTY_TYPES)}.")
    return PropertySpec(
        name=name,
        type=ptype,
        required=bool(raw.get("required", False)),
        values=tuple(raw.get("values", ())),
        default=raw.get("default"),
        max_length=raw.get("max_length"),
        description=raw.get("description", ""),
    )


def _properties(*tables: Mapping[str, Any]) -> dict[str, PropertySpec]:
    merged: dict[str, PropertySpec] = {}
    for table in tables:
        for name, raw in table.items():
            merged[name] = _property(name, raw)
    return merged


def parse_schema(data: Mapping[str, Any]) -> GraphSchema:
    common_node = data.get("node_properties", {})
    common_rel = data.get("relation_properties", {})
    nodes = {
        name: NodeKind(
            name=name,
            description=raw.get("description", ""),
            properties=_properties(common_node, raw.get("properties", {})),
            visibility_default=raw.get("visibility_default", "public"),
        )
        for name, raw in data.get("nodes", {}).items()
    }
    relations = {}
    for name, raw in data.get("relations", {}).items():
        endpoints = tuple(
            Endpoint(tuple(e["from"]), tuple(e["to"]), tuple(e.get("to_types", ()))) for e in raw["endpoints"]
        )
        for endpoint in endpoints:
            for kind in (*endpoint.from_kinds, *endpoint.to_kinds):
                if kind not in nodes:
                    raise SchemaError(f"Relation {name} names the unknown node kind {kind!r}.")
        relations[name] = RelationKind(
            name=name,
            description=raw.get("description", ""),
            endpoints=endpoints,
            properties=_properties(common_rel, raw.get("properties", {})),
            symmetric=bool(raw.get("symmetric", False)),
        )
    return GraphSchema(version=int(data.get("version", 1)), nodes=nodes, relations=relations)


def load_schema(path: Path | None = None) -> GraphSchema:
    path = path or resource_dir("graph_schema") / "schema.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise SchemaError(f"Cannot read the graph schema {path}: {exc}") from exc
    return parse_schema(data)


@lru_cache(maxsize=1)
def default_schema() -> GraphSchema:
    return load_schema()
