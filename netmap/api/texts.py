"""User-facing page text: German first, English with ?lang=en."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "de": {
        "map_title_demo": "Integrationsnetzwerk (Demo)",
        "search": "Akteur suchen",
        "search_placeholder": "Name oder Abkürzung …",
        "legend": "Legende",
        "actors": "Akteure",
        "relations": "Beziehungen",
        "no_match": "Kein Akteur gefunden.",
        "list_heading": "Alle Akteure dieser Karte",
        "switch_language": "English",
        "not_found": "Diese Seite gibt es nicht.",
        "store": "Datenspeicher",
        "revision": "Stand",
        "console_title": "GraphQL-Konsole",
        "run": "Abfrage ausführen",
    },
    "en": {
        "map_title_demo": "Integration network (demo)",
        "search": "Find an actor",
        "search_placeholder": "Name or abbreviation …",
        "legend": "Legend",
        "actors": "Actors",
        "relations": "Relations",
        "no_match": "No actor found.",
        "list_heading": "All actors on this map",
        "switch_language": "Deutsch",
        "not_found": "This page does not exist.",
        "store": "Store",
        "revision": "Revision",
        "console_title": "GraphQL console",
        "run": "Run query",
    },
}
