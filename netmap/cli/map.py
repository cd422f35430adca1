"""`netmap map create|list|delete`: the saved maps that /maps/{slug} and /embed/{slug} show."""

from __future__ import annotations

import argparse

from netmap.settings import Settings
from netmap.store import open_store


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    maps = sub.add_parser("map", help="create, list or delete saved maps")
    actions = maps.add_subparsers(dest="map_action", required=True, metavar="ACTION")
    create = actions.add_parser("create", help="save a map definition (replaces one with the same slug with --replace)")
    create.add_argument("slug", help="the map's address: /maps/SLUG (lower-case letters, digits, '-')")
    create.add_argument("--title", required=True, help="German title")
    create.add_argument("--title-en", default="", help="English title")
    create.add_argument("--region", action="append", default=[], help="only actors of this region (repeatable)")
    create.add_argument("--kind", action="append", default=[], help="only actors of this kind (repeatable)")
    create.add_argument("--relation", action="append", default=[], help="only relations of this kind (repeatable)")
    create.add_argument("--as-of", default="", help="only relations in force on this date (YYYY[-MM[-DD]])")
    create.add_argument("--metric", default="degree", help="what sizes the actors (default: degree)")
    create.add_argument("--public", action="store_true", help="anyone may see and embed the map")
    create.add_argument("--embed-site", action="append", default=[], help="a website allowed to embed it (repeatable)")
    create.add_argument("--replace", action="store_true", help="replace a saved map with the same slug")
    create.set_defaults(func=run_create)
    actions.add_parser("list", help="list the maps").set_defaults(func=run_list)
    delete = actions.add_parser("delete", help="delete a saved map")
    delete.add_argument("slug")
    delete.set_defaults(func=run_delete)


def run_create(args: argparse.Namespace, settings: Settings) -> int:
    from netmap.errors import ConflictError
    from netmap.maps.definitions import COLLECTION, save_map, validate_map

    definition = validate_map(
        {
            "slug": args.slug,
            "title_de": args.title,
            "title_en": args.title_en,
            "regions": args.region,
            "kinds": args.kind,
            "relation_kinds": args.relation,
            "as_of": args.as_of,
            "metric": args.metric,
            "public": args.public,
            "embed_sites": args.embed_site,
        }
    )
    store = open_store(settings.store_url, settings)
    try:
        if not args.replace and store.get_record(COLLECTION, definition.slug) is not None:
            raise ConflictError(
                f"A map named {definition.slug!r} is already saved.",
                "Add --replace to overwrite it, or pick another slug.",
            )
        save_map(store, definition)
    finally:
        store.close()
    print(
        f"Saved the map {definition.slug!r}: /maps/{definition.slug}"
        + (f" and /embed/{definition.slug}" if definition.public else " (not public: no embed)")
    )
    return 0


def run_list(args: argparse.Namespace, settings: Settings) -> int:
    from netmap.maps.definitions import list_maps

    store = open_store(settings.store_url, settings)
    try:
        maps = list_maps(store)
    finally:
        store.close()
    for m in maps:
        where = ", ".join(m.embed_sites) or "this server only"
        scope = (
            "; ".join(
                part
                for part in (
                    "kinds " + ",".join(m.kinds) if m.kinds else "",
                    "regions " + ",".join(m.regions) if m.regions else "",
                    "relations " + ",".join(m.relation_kinds) if m.relation_kinds else "",
                    "as of " + m.as_of if m.as_of else "",
                )
                if part
            )
            or "whole network"
        )
        print(
            f"{m.slug}\t{m.title_de}\t{'public' if m.public else 'not public'}\t{scope}\tsized by {m.metric}\tembed: {where}"
        )
    return 0


def run_delete(args: argparse.Namespace, settings: Settings) -> int:
    from netmap.maps.definitions import delete_map

    store = open_store(settings.store_url, settings)
    try:
        delete_map(store, args.slug)
    finally:
        store.close()
    print(f"Deleted the map {args.slug!r}.")
    return 0
