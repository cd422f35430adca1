from __future__ import annotations

import pytest

from netmap.ingest.names import match_key, normalise_name


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Caritasverband Siegen-Wittgenstein e.V.", "caritasverband siegen wittgenstein"),
        (
            "Gesellschaft für interkulturelles Zusammenleben (GIZ) gGmbH",
            "Gesellschaft fuer interkulturelles Zusammenleben GIZ",
        ),
        ("Integrationslots*innen Spandau", "Integrationslotsinnen Spandau"),
        ("Integrationslots:innen", "IntegrationslotsInnen"),
        ("Integrationslotsinnen und -lotsen", "Integrationslotsen"),
        ("BAW Unternehmensschulung GmbH", "BAW Unternehmensschulung"),
        ("Städteregion Aachen", "Staedteregion Aachen"),
        ("Straße der Vielfalt", "Strasse der Vielfalt"),
    ],
)
def test_spellings_meet(one: str, other: str) -> None:
    assert normalise_name(one) == normalise_name(other)


def test_different_names_stay_different() -> None:
    assert normalise_name("AWO Kreisverband Siegen") != normalise_name("AWO Kreisverband Olpe")
    assert normalise_name("Evangelische Kirche") == "evangelische kirche"
    assert normalise_name("Innenministerium") == "innenministerium"


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Integrationslots*innen Spandau", "Integrationslotsinnen und -lotsen Spandau"),
        ("Integrationslotsen Spandau", "Integrationslotse Spandau"),
        ("Migrationsberatungsstellen", "Migrationsberatungsstelle"),
    ],
)
def test_match_keys_join_plural_singular_and_gender_forms(one: str, other: str) -> None:
    assert match_key(one) == match_key(other)


def test_match_keys_keep_different_names_apart() -> None:
    assert match_key("AWO Kreisverband Siegen") != match_key("AWO Kreisverband Olpe")
    assert match_key("Jobcenter Duisburg") != match_key("Jobcenter Dortmund")
