"""Loading a press release: txt, md or html become plain text; title and date are read from it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from netmap.errors import NetmapError

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
_MONTHS = {
    "januar": 1, "februar": 2, "märz": 3, "maerz": 3, "april": 4, "mai": 5, "juni": 6, "juli": 7,
    "august": 8, "september": 9, "oktober": 10, "november": 11, "dezember": 12,
    "jan": 1, "feb": 2, "mär": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "okt": 10, "nov": 11, "dez": 12,
}  # fmt: skip
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})\b")
_WORD_DATE = re.compile(r"\b(\d{1,2})\.?\s+([A-Za-zäÄ]{3,9})\.?\s+(\d{4})\b")
_STACKED_DATE = re.compile(r"\b(\d{1,2})\s+([A-Za-zäÄ]{3,9})\s*\n\s*(\d{4})\b")


class DocumentError(NetmapError):
    """A file that cannot be read as a press release."""

    def __init__(self, path: Path, reason: str, hint: str) -> None:
        super().__init__(f"Cannot read {path}: {reason}.", hint)


@dataclass(frozen=True)
class Document:
    """A press release as plain text. Spans of proposals index into `text`."""

    file_name: str
    text: str
    title: str
    date: str  # YYYY-MM-DD, or "" when the text names none


class _TextOfHtml(HTMLParser):
    _BLOCKS = frozenset({"p", "div", "br", "h1", "h2", "h3", "h4", "li", "tr", "title", "section", "article"})
    _SKIP = frozenset({"script", "style", "head"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self.skipping += 1
        elif tag in self._BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in self._BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data.replace("\n", " "))  # a line break inside a paragraph is a space


def html_to_text(html: str) -> str:
    """The visible text of an HTML page, one block per paragraph."""
    parser = _TextOfHtml()
    parser.feed(html)
    parser.close()
    return _tidy("".join(parser.parts))


_BLOCK_START = re.compile(r"^\s*(?:#|[-*+>|]\s|\d+[.)]\s|$)")


def _join_soft_breaks(markdown: str) -> str:
    """Lines of one Markdown paragraph joined: a single line break is a space there."""
    out: list[str] = []
    for line in markdown.replace("\r\n", "\n").split("\n"):
        previous = out[-1] if out else ""
        if previous.strip() and not _BLOCK_START.match(line) and not _BLOCK_START.match(previous):
            if not previous.endswith(("  ", "\\")):
                out[-1] = previous.rstrip() + " " + line.strip()
                continue
        out.append(line)
    return "\n".join(out)


def _join_wrapped(text: str) -> str:
    """Hard-wrapped lines of a plain text joined: a long line that ends inside a sentence goes on."""
    lines = text.split("\n")
    out: list[str] = []
    for line in lines:
        previous = out[-1] if out else ""
        if len(previous) >= 50 and line.strip() and not previous.rstrip().endswith((".", "!", "?", ":", "“", '"')):
            out[-1] = previous.rstrip() + " " + line.strip()
            continue
        out.append(line)
    return "\n".join(out)


def markdown_to_text(markdown: str) -> str:
    """Markdown without its markup: headings, emphasis, links and list bullets removed (italic
    names put in quotes)."""
    text = re.sub(r"^\s{0,3}#{1,6}\s*", "", _join_soft_breaks(markdown), flags=re.MULTILINE)
    text = re.sub(r"^\s*[-*+]\s+", "", text, flags=re.MULTILINE)
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
    text = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", _italic, text)
    return _tidy(text)


def _italic(match: re.Match[str]) -> str:
    """An italic name ('das Projekt *Startklar*') in the quotes a plain-text release would give it;
    an italic label ('*Kontakt:*') or lower-case phrase just loses its stars."""
    inner = match.group(1)
    return f"„{inner}“" if inner[:1].isupper() and not inner.endswith((":", ".")) else inner


def _tidy(text: str) -> str:
    lines = [" ".join(line.split()) for line in text.replace("\r\n", "\n").split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


def find_date(text: str) -> str:
    """The first date the text names (dd.mm.yyyy, '21. Juni 2023', '28 Nov\\n2024'), as YYYY-MM-DD."""
    found: list[tuple[int, str]] = []
    for match in _NUMERIC_DATE.finditer(text):
        day, month, year = int(match[1]), int(match[2]), match[3]
        full_year = int(year) + 2000 if len(year) == 2 else int(year)
        if 1 <= day <= 31 and 1 <= month <= 12:
            found.append((match.start(), f"{full_year:04d}-{month:02d}-{day:02d}"))
    for pattern in (_WORD_DATE, _STACKED_DATE):
        for match in pattern.finditer(text):
            month_number = _MONTHS.get(match[2].casefold())
            if month_number and 1 <= int(match[1]) <= 31:
                found.append((match.start(), f"{int(match[3]):04d}-{month_number:02d}-{int(match[1]):02d}"))
    return min(found)[1] if found else ""


def document_from_text(file_name: str, raw: str, suffix: str = ".txt") -> Document:
    """A Document from text already read; `suffix` says how to read it (.txt, .md, .html)."""
    if suffix in (".html", ".htm"):
        text = html_to_text(raw)
    elif suffix in (".md", ".markdown"):
        text = markdown_to_text(raw)
    else:
        text = _tidy(_join_wrapped(raw.replace("\r\n", "\n")))
    title = next((line.strip() for line in text.splitlines() if line.strip()), file_name)
    return Document(file_name=file_name, text=text, title=title[:300], date=find_date(text))


def load_document(path: Path) -> Document:
    """The press release in `path` as a Document; DocumentError when it cannot be read."""
    suffix = path.suffix.casefold()
    if suffix not in SUFFIXES:
        raise DocumentError(
            path, f"'{suffix or 'no suffix'}' is not a text format netmap reads", "Save it as .txt, .md or .html."
        )
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DocumentError(path, "the file does not exist", "Check the path.") from None
    except UnicodeDecodeError:
        raise DocumentError(path, "it is not UTF-8 text", "Save the file as UTF-8 and try again.") from None
    if not raw.strip():
        raise DocumentError(path, "the file is empty", "Paste the press release into the file first.")
    return document_from_text(path.name, raw, suffix)
