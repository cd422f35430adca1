"""Text loading, sentences, inflection and gender forms of the extraction."""

from __future__ import annotations

from pathlib import Path

import pytest

from netmap.ingest.extract.document import DocumentError, find_date, html_to_text, load_document, markdown_to_text
from netmap.ingest.extract.inflection import base_form, name_key
from netmap.ingest.extract.sentences import split_sentences


@pytest.mark.parametrize(
    ("inflected", "base"),
    [
        ("des Caritasverbandes für die Stadt Münster e.V.", "Caritasverband für die Stadt Münster e.V."),
        ("dem Kommunalen Integrationszentrum des Kreises Düren", "Kommunales Integrationszentrum des Kreises Düren"),
        ("des Bayerischen Staatsministeriums für Familie", "Bayerisches Staatsministerium für Familie"),
        ("des Europäischen Sozialfonds", "Europäischer Sozialfonds"),
        ("der Türkischen Gemeinde in Schleswig-Holstein e.V.", "Türkische Gemeinde in Schleswig-Holstein e.V."),
        ("des Landes Schleswig-Holstein", "Land Schleswig-Holstein"),
        ("Integrationslots*innen Spandau", "Integrationslotsen Spandau"),
        ("Integrationslotsinnen und -lotsen", "Integrationslotsen"),
        ("Integrationslosen", "Integrationslotsen"),
        ("Integrationlots*innen", "Integrationslotsen"),
    ],
)
def test_base_form(inflected: str, base: str) -> None:
    assert base_form(inflected) == base


def test_name_key_folds_legal_forms_and_articles() -> None:
    assert name_key("der Caritasverband Siegen-Wittgenstein e.V.") == name_key("Caritasverband Siegen-Wittgenstein")
    assert name_key("Jobcenter Kiel") != name_key("Jobcenter Kreis Kiel")


def test_sentences_keep_spans_and_abbreviations() -> None:
    text = "Der Verein e.V. lud ein. Dr. Berger sprach am 3. Mai. Das Projekt „Vielfalt verbindet. Gut“ startet.\nNeu"
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "Der Verein e.V. lud ein.",
        "Dr. Berger sprach am 3. Mai.",
        "Das Projekt „Vielfalt verbindet. Gut“ startet.",
        "Neu",
    ]
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_html_and_markdown_become_plain_text() -> None:
    assert html_to_text("<html><head><title>x</title></head><body><p>A &bdquo;B&ldquo;</p><p>C</p></body></html>") == "A „B“\n\nC\n"
    assert markdown_to_text("# Titel\n\n**Kiel, 2.9.2023.** Die [AWO](http://x) lädt ein.") == "Titel\n\nKiel, 2.9.2023. Die AWO lädt ein.\n"


def test_dates() -> None:
    assert find_date("Kiel, 02.09.2023 – x") == "2023-09-02"
    assert find_date("Leipzig, 21. Juni 2023") == "2023-06-21"
    assert find_date("Donnerstag\n28 Nov\n2024") == "2024-11-28"
    assert find_date("ohne Datum") == ""


def test_unreadable_files_say_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="not a text format"):
        load_document(tmp_path / "x.pdf")
    empty = tmp_path / "leer.txt"
    empty.write_text(" \n", encoding="utf-8")
    with pytest.raises(DocumentError, match="empty"):
        load_document(empty)
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Caritasverband Köln".encode("latin-1"))
    with pytest.raises(DocumentError, match="UTF-8"):
        load_document(latin)
