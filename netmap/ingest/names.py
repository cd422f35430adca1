"""Normalised names: the key under which two spellings of one actor meet.

`normalise_name` folds case, umlauts and their ae/oe/ue spellings, ß, legal forms
(e.V., gGmbH, GmbH, mbH, AöR, ...) and German gender forms (Lots*innen, Lotsinnen und -lotsen,
LotsInnen) so that, e.g., "Caritasverband Siegen-Wittgenstein e.V." and
"caritasverband siegen wittgenstein" give the same key.
"""

from __future__ import annotations

import re
import unicodedata

_LEGAL_FORMS = re.compile(
    r"\b(?:e\.\s?v\.?|ev|ggmbh|gmbh|mbh|ag|kg|ug|a\.?ö\.?r\.?|aör|gemeinnützige|gemeinnuetzige|"
    r"haftungsbeschränkt|haftungsbeschraenkt|eingetragener verein)(?=\W|$)",
    re.IGNORECASE,
)
# "Lotsinnen und -lotsen", "Lotsinnen und Lotsen" → "Lotsen"
_PAIR_FORM = re.compile(r"(\w+?)innen\s+und\s+-?\s*(\w+)", re.IGNORECASE)
# "Lots*innen", "Lots:innen", "Lots_innen", "LotsInnen", "Lots/-innen" → "Lots"
_GENDER_SUFFIX = re.compile(r"(?<=\w)(?:[*:_/]-?|-)?innen\b|(?<=[a-zäöüß])Innen\b")
_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def _join_pair(match: re.Match[str]) -> str:
    """'Integrationslots' + 'lotsen' → 'Integrationslotsen'; 'Lehrer' + 'Lehrer' → 'Lehrer'."""
    stem, tail = match.group(1), match.group(2)
    for size in range(min(len(stem), len(tail)), 0, -1):
        if stem[-size:].casefold() == tail[:size].casefold():
            return stem + tail[size:]
    return stem + tail


def normalise_name(name: str) -> str:
    """The comparison key of a name: lower case ASCII-ish words without legal forms or gender forms."""
    text = unicodedata.normalize("NFC", name)
    text = _PAIR_FORM.sub(_join_pair, text)
    text = _GENDER_SUFFIX.sub("", text)
    text = text.casefold()
    text = _LEGAL_FORMS.sub(" ", text)
    text = text.translate(_FOLD)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[^a-z0-9]+", " ", text)
    return " ".join(text.split())


def match_key(name: str) -> str:
    """The key two names of one actor share: `normalise_name` with each word's plural or
    feminine ending cut ('Lotsen', 'Lotse', 'Lots*innen' → 'lots'), so singular, plural and
    gender forms meet. For matching only; ids are made from `normalise_name`."""
    return " ".join(_stem(word) for word in normalise_name(name).split())


def _stem(word: str) -> str:
    if len(word) <= 4 or word.isdigit():
        return word
    for ending in ("en", "e", "n"):
        if word.endswith(ending):
            return word[: -len(ending)]
    return word
