"""How a map looks: colours by actor kind, line styles by relation kind, and their German/English names."""

from __future__ import annotations

from typing import Any

KIND_COLOURS = {
    "Organisation": "#1f77b4",
    "Funder": "#d62728",
    "Project": "#2ca02c",
    "Person": "#9467bd",
}

KIND_LABELS = {
    "de": {"Organisation": "Organisation", "Funder": "Fördermittelgeber", "Project": "Projekt", "Person": "Person"},
    "en": {"Organisation": "Organisation", "Funder": "Funder", "Project": "Project", "Person": "Person"},
}

RELATION_LABELS = {
    "de": {
        "COOPERATES_WITH": "kooperiert mit",
        "FUNDS": "fördert",
        "RUNS": "trägt",
        "MEMBER_OF": "ist Mitglied von",
        "PART_OF": "ist Teil von",
    },
    "en": {
        "COOPERATES_WITH": "cooperates with",
        "FUNDS": "funds",
        "RUNS": "runs",
        "MEMBER_OF": "member of",
        "PART_OF": "part of",
    },
}

# vis-network edge options per relation kind.
RELATION_STYLES: dict[str, dict[str, Any]] = {
    "COOPERATES_WITH": {"color": "#555555", "width": 2, "dashes": False, "arrows": ""},
    "FUNDS": {"color": "#d62728", "width": 2, "dashes": [8, 4], "arrows": "to"},
    "RUNS": {"color": "#2ca02c", "width": 1.5, "dashes": False, "arrows": "to"},
    "MEMBER_OF": {"color": "#9e9e9e", "width": 1, "dashes": [2, 4], "arrows": "to"},
    "PART_OF": {"color": "#8c564b", "width": 1, "dashes": [10, 3, 2, 3], "arrows": "to"},
}

LANGUAGES = ("de", "en")


def language(requested: str | None) -> str:
    return requested if requested in LANGUAGES else "de"
