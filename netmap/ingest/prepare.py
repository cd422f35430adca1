"""Turning rows as people write them into rows in netmap's import format.

Headers and values in German are mapped (see `netmap.ingest.columns`), dates and amounts
normalised; actors without an id are matched to stored actors by kind and normalised name or
given a stable id made from both; relation ends may name an actor instead of giving its id.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from netmap.errors import ImportRowError
from netmap.ingest.columns import MAPPED_COLUMNS, canonical_header, map_value, parse_amount, parse_date, project_type_of
from netmap.ingest.names import match_key, normalise_name
from netmap.ingest.tables import Row, Tables
from netmap.model import NODE_KINDS
from netmap.store.base import GraphStore, NodeFilter

DATE_COLUMNS = {"relations": ("since", "until"), "sources": ("date",)}
_TEXT_ONLY = frozenset({str})
ID_PREFIX = {"Organisation": "org", "Funder": "funder", "Project": "project", "Person": "person"}


def prepare_tables(tables: Tables, store: GraphStore) -> tuple[Tables, list[ImportRowError]]:
    """The tables in netmap's own columns and values, and the problems found on the way."""
    problems: list[ImportRowError] = []
    prepared = Tables()
    for table in ("sources", "actors", "relations"):
        columns_of: dict[tuple[str, ...], _Columns] = {}  # headers of a row -> their columns, for this table
        rows = getattr(prepared, table)
        for row in getattr(tables, table):
            rows.append(Row(row.file, row.number, _canonical(table, row, problems, columns_of)))
    prepared.actors = _with_ids(prepared.actors, store)
    prepared.relations = _resolve_ends(prepared, store, problems)
    if problems:  # a row with a problem found here is not checked again (one message per mistake)
        failed = {(p.file, p.row) for p in problems}
        for table in ("sources", "actors", "relations"):
            setattr(prepared, table, [r for r in getattr(prepared, table) if (r.file, r.number) not in failed])
    return prepared, problems


class _Columns(NamedTuple):
    names: tuple[str, ...]  # netmap's column of each header, in the order of the row's cells
    mapped: tuple[str, ...]  # those of them whose values are mapped (map_value)


def _columns(table: str, headers: tuple[str, ...]) -> _Columns:
    names = tuple(canonical_header(table, header) for header in headers)
    return _Columns(names, tuple(dict.fromkeys(c for c in names if c in MAPPED_COLUMNS)))


def _canonical(
    table: str, row: Row, problems: list[ImportRowError], columns_of: dict[tuple[str, ...], _Columns]
) -> dict[str, Any]:
    raw = row.values
    headers = tuple(raw)
    columns = columns_of.get(headers)
    if columns is None:  # rows of one file mostly have the same headers: worked out once per set
        columns = columns_of[headers] = _columns(table, headers)
    values = dict(zip(columns.names, raw.values(), strict=True))  # a later header of the same column wins
    for column in columns.mapped:
        given = values[column]
        values[column] = map_value(table, column, given)
        if table == "actors" and column == "kind" and "type" not in values:
            implied = project_type_of(given)
            if implied and values[column] == "Project":
                values["type"] = implied
    numbers = not set(map(type, raw.values())) <= _TEXT_ONLY
    for column in DATE_COLUMNS.get(table, ()):
        if column in values:
            parsed = parse_date(values[column])
            if parsed is None:
                problems.append(
                    ImportRowError(
                        row.file,
                        row.number,
                        column,
                        f"{values[column]!r} is not a date; write it as 01.02.2021, 02.2021, 2021 or 2021-02-01",
                    )
                )
                del values[column]  # reported once, here
            else:
                values[column] = parsed
    if table == "relations" and "amount" in values:
        amount, currency = parse_amount(values["amount"])
        if amount is None:
            problems.append(
                ImportRowError(
                    row.file,
                    row.number,
                    "amount",
                    f"{values['amount']!r} is not an amount of money; write it as 1234,50 or 1.234,50 €",
                )
            )
            del values["amount"]
        else:
            values["amount"] = amount
            if currency and not values.get("currency"):
                values["currency"] = currency
    if table == "actors" and not str(values.get("name", "")).strip():
        problems.append(ImportRowError(row.file, row.number, "name", "the name is missing; every actor needs a name"))
    if not numbers:  # from a CSV file every value is text
        return values
    return {k: (str(v) if k not in ("amount",) and isinstance(v, (int, float)) else v) for k, v in values.items()}


def stable_id(kind: str, name: str) -> str:
    """The id an actor without one gets: kind prefix + normalised name ('org-caritas-siegen')."""
    slug = normalise_name(name).replace(" ", "-")[:80].strip("-") or "actor"
    return f"{ID_PREFIX.get(kind, 'actor')}-{slug}"


def _with_ids(actors: list[Row], store: GraphStore) -> list[Row]:
    """Rows without an id get the id of the stored actor of the same kind and normalised name,
    else a stable id made from kind and name."""
    missing = [r for r in actors if not r.values.get("id") and r.values.get("name") and r.values.get("kind")]
    if not missing:
        return actors
    kinds = frozenset(str(r.values["kind"]) for r in missing) & frozenset(NODE_KINDS)
    stored: dict[tuple[str, str], str] = {}
    for node in store.find_nodes(NodeFilter(kinds=kinds)):
        stored.setdefault((node.kind, match_key(node.name)), node.id)
    missing_rows = {id(r) for r in missing}
    result = []
    for row in actors:
        values = row.values
        if id(row) in missing_rows:
            kind, name = str(values["kind"]), str(values["name"])
            values = {"id": stored.get((kind, match_key(name))) or stable_id(kind, name), **values}
        result.append(Row(row.file, row.number, values))
    return result


def _resolve_ends(tables: Tables, store: GraphStore, problems: list[ImportRowError]) -> list[Row]:
    """Relation ends that are not actor ids but names of actors become those actors' ids."""
    ids = {str(r.values["id"]) for r in tables.actors if r.values.get("id")}
    wanted = {str(end) for r in tables.relations for end in (r.values.get("from"), r.values.get("to")) if end}
    unknown = wanted - ids
    if unknown:
        unknown -= set(store.get_nodes(unknown))
    if not unknown:
        return tables.relations
    by_name: dict[str, set[str]] = {}
    named = [
        (str(r.values["id"]), str(r.values.get("name", "")), r.values.get("aliases"))
        for r in tables.actors
        if r.values.get("id")
    ]
    named += [(n.id, n.name, list(n.aliases)) for n in store.find_nodes()]
    for node_id, name, aliases in named:
        alias_list = aliases.split("|") if isinstance(aliases, str) else list(aliases or [])
        for label in [name, *alias_list]:
            if label.strip():
                by_name.setdefault(match_key(label), set()).add(node_id)
    result = []
    for row in tables.relations:
        values = dict(row.values)
        for end in ("from", "to"):
            given = values.get(end)
            if not isinstance(given, str) or given not in unknown:
                continue
            matches = sorted(by_name.get(match_key(given), set()))
            if len(matches) == 1:
                values[end] = matches[0]
            elif not matches:
                problems.append(
                    ImportRowError(
                        row.file,
                        row.number,
                        end,
                        f"no actor has the id or name {given!r} (neither in this import nor in the store)",
                    )
                )
            else:
                problems.append(
                    ImportRowError(
                        row.file,
                        row.number,
                        end,
                        f"the name {given!r} fits several actors ({', '.join(matches)}); write the id instead",
                    )
                )
        result.append(Row(row.file, row.number, values))
    return result
