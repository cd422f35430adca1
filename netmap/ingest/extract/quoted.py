"""Project names in quotes: „Sprachbrücke Saar“, "Pakt für Integration", ‚Willkommen im Quartier‘,
»Sprachcafé plus« — taken as projects when a cue word stands before them (Projekt, Mentoringprojekt,
Bundesprogramm, Netzwerk, Messe) or when the text names the same project elsewhere with one."""

from __future__ import annotations

import re
from collections.abc import Callable

from netmap.ingest.extract.heads import ADJECTIVE, head_of
from netmap.ingest.extract.inflection import fix_gender_forms
from netmap.ingest.extract.lexicon import NOT_PROJECT_CUES, PROGRAMME_PREFIXES, PROJECT_CUES
from netmap.ingest.extract.mention import Mention
from netmap.ingest.extract.tokens import Token

OPEN_CLOSE = {"„": '“”"', '"': '"', "‚": "‘’", "“": "”", "»": "«", "«": "»"}  # „…" is a common typing


def quoted_names(tokens: list[Token], text: str, offset: int) -> list[Mention]:
    """The quoted project names of a sentence that a cue word marks as projects."""
    found: list[Mention] = []
    for i, tok in enumerate(tokens):
        closers = OPEN_CLOSE.get(tok.text)
        if closers is None:
            continue
        j = next((k for k in range(i + 1, min(len(tokens), i + 14)) if tokens[k].text in closers), None)
        if j is None or j == i + 1 or _speech(tokens, i, j):
            continue
        if i > 0 and tokens[i - 1].text == "Stiftung" and _name_like(tokens, i, j):
            found.append(_foundation(tokens, i, j, text, offset))  # 'die Stiftung „Hohenloher Miteinander“'
            continue
        before = [_event_word(t.text.casefold()) for t in tokens[max(0, i - 4) : i]]
        after = [t.text.casefold() for t in tokens[j + 1 : j + 4]]
        named = _named_as(tokens, i)
        if any(b in NOT_PROJECT_CUES for b in before) and not named:
            continue
        if _meeting_title(before) and not named:
            continue  # 'beim Fachtag „Ankommen auf dem Land“': the title of a one-day meeting
        ptype = "project" if named else next((t for t in map(_cue_type, reversed(before)) if t), None)
        if ptype is None and "ein" in after[:1]:
            ptype = next((t for t in map(_cue_type, after) if t), None)
        if ptype is None:  # '»Chemnitzer Woche der Vielfalt«': the name says what it is
            ptype = next(
                (
                    kind
                    for t in tokens[i + 1 : j]
                    for head, kind in _HEAD_TYPES.items()
                    if t.text.casefold().endswith(head)
                ),
                None,
            )
        if ptype is None and _owned(tokens, j):
            ptype = "project"  # 'die Hausaufgabenhilfe „Lernbrücke“ des Dekanats X': a name its owner gives
        if ptype is None and _name_like(tokens, i, j):
            ptype = "project"  # 'Über den Pool „Brücke der Sprachen“': a short title-cased name
        if ptype is None:
            continue
        start, end = tokens[i + 1].start, tokens[j - 1].end
        name = text[start - offset : end - offset].strip()
        if len(name.split()) > 9 or not name[:1].isupper() and not name[:1].isdigit():
            continue
        vehicle = any(b.startswith(PROGRAMME_PREFIXES) or _compound_programme(b) for b in before)
        if ptype == "programme" and not vehicle and any(b.endswith("-programm") for b in before):
            ptype = "project"  # 'das Mentoring-Programm „Kompass“': a programme someone runs, not a funding one
        found.append(
            Mention(i + 1, j - 1, "Project", fix_gender_forms(name), start, end, ptype, quoted=True, vehicle=vehicle)
        )
    return found


def _foundation(tokens: list[Token], i: int, j: int, text: str, offset: int) -> Mention:
    """The foundation named by a quoted name after 'Stiftung' (a funder named 'Stiftung X'), not a project."""
    name = text[tokens[i + 1].start - offset : tokens[j - 1].end - offset].strip()
    return Mention(i - 1, j, "Funder", f"Stiftung {name}", tokens[i - 1].start, tokens[j].end)


def _owned(tokens: list[Token], j: int) -> bool:
    """Whether an organisation follows the closing quote at `j` in the genitive ('… des Vereins X')."""
    if j + 2 >= len(tokens) or tokens[j + 1].text not in ("des", "der"):
        return False
    k = j + 2
    while k < len(tokens) - 1 and ADJECTIVE.match(tokens[k].text) and head_of(tokens[k].text) is None:
        k += 1
    return head_of(tokens[k].text) == ("Organisation", "")


_EVENT_WORDS = re.compile(
    r"(?:fachtag|tagung|konferenz|ausstellung|veranstaltung|vortrag|workshop|festabend|feier)(?:e?s|en|n)?$"
)


def _named_as(tokens: list[Token], i: int) -> bool:
    """Whether the quote opening at `i` follows 'unter dem Namen / Titel' or 'mit dem Namen': the
    name of a new undertaking ('Unter dem Titel „Tandem Beruf“ sollen ab Januar …'), unless an
    event or exhibition stands before it in the sentence ('Mit einem Fachtag unter dem Titel …',
    'eine Fotoausstellung mit dem Titel …')."""
    if i < 3 or tokens[i - 2].text != "dem" or tokens[i - 3].text.casefold() not in ("unter", "mit"):
        return False
    word = tokens[i - 1].text
    if word != "Namen" and not (word == "Titel" and tokens[i - 3].text.casefold() == "unter"):
        return False
    return not any(_EVENT_WORDS.search(t.text.casefold()) for t in tokens[: i - 3])


def _speech(tokens: list[Token], i: int, j: int) -> bool:
    """Whether the quote between tokens i and j is a sentence someone says ('„Wer im Netzwerk ist,
    kennt die kurzen Wege.“'), not a name: it ends in a full stop or question mark."""
    return tokens[j - 1].text in (".", "?") and j - i > 3


_NAME_GLUE = frozenset("der die das des dem den in im am an auf für und plus mit zum zur von vom".split())
_SPEECH = frozenset("sagte sagt betonte betont erklärte erklärt so meinte ergänzte fügte".split())


def _name_like(tokens: list[Token], i: int, j: int) -> bool:
    """Whether the quote between tokens i and j looks like a name (2–6 title-cased words with
    only linking words in lower case), not speech, a motto sentence or a single term."""
    inside = [t.text for t in tokens[i + 1 : j]]
    after = tokens[j + 2].text if j + 2 < len(tokens) and tokens[j + 1].text == "," else ""
    if not 2 <= len(inside) <= 6 or after in _SPEECH or (i > 0 and tokens[i - 1].text == ":"):
        return False
    return inside[0][:1].isupper() and all(w[:1].isupper() or w in _NAME_GLUE for w in inside)


# head words that make a quoted name a project of that type by themselves
_HEAD_TYPES = {"woche": "event", "wochen": "event", "messe": "event", "fachtag": "event", "konferenz": "event",
               "tagung": "event", "netzwerk": "network", "bündnis": "network", "projekt": "project"}  # fmt: skip


def quoted_known(tokens: list[Token], text: str, known: Callable[[str], bool], taken: set[int]) -> list[Mention]:
    """Quoted names with no cue word that name a project the text named before or after with one:
    'Finanziert wird „Startklar Erfurt“ durch …'. `taken` holds the token indexes of other mentions."""
    found: list[Mention] = []
    for i, tok in enumerate(tokens):
        closers = OPEN_CLOSE.get(tok.text)
        j = next((k for k in range(i + 1, min(len(tokens), i + 14)) if tokens[k].text in (closers or ())), None)
        if closers is None or j is None or j == i + 1 or taken & set(range(i, j + 1)):
            continue
        start, end = tokens[i + 1].start, tokens[j - 1].end
        name = fix_gender_forms(text[start:end].strip())
        if known(name):
            found.append(Mention(i + 1, j - 1, "Project", name, start, end, quoted=True))
    return found


def _cue_type(word: str) -> str | None:
    """The project type a cue word names, also at the end of a compound ('Mentoringprojekt')."""
    if word in PROJECT_CUES:
        return PROJECT_CUES[word]
    # 'Dialogreihe', 'Elterntreff': a shorter cue ends a compound when a word of its own precedes it
    return next(
        (t for cue, t in PROJECT_CUES.items() if word.endswith(cue) and (len(cue) >= 6 or len(word) >= len(cue) + 4)),
        None,
    )


def _compound_programme(word: str) -> bool:
    """'ESF Plus-Programms', 'Förderprogramm': a named funding programme (funds flow through it)."""
    stem = re.sub(r"(?:e?s)$", "", word)
    funding = ("landes", "bundes", "förder", "esf", "plus", "sonder", "europa")  # not 'Mentoringprogramm'
    if stem.endswith("richtlinie"):  # a funding guideline: 'Richtlinie „Migrationsberatung“'
        return True
    return stem.endswith("programm") and len(stem) > len("programm") and any(m in stem for m in funding)


_MEETINGS = ("fachtag", "fachtags", "fachtagung", "tagung", "konferenz", "workshop", "workshops")


def _meeting_title(before: list[str]) -> bool:
    """Whether the word right before a quote names a one-off meeting ('zum vierten Fachtag
    „Ankommen in Ausbildung“', 'der Tagung „…“'): its title is a topic, not a project. A series, a
    fair or a network meeting ('Dialogreihe', 'Ausbildungsmesse', 'Netzwerktreffen') stays a project."""
    return bool(before) and before[-1].endswith(_MEETINGS)


def _event_word(word: str) -> str:
    """'ausbildungsmesse' → 'messe': a compound ending in an event word counts as that word."""
    return next((w for w in ("messe", "konferenz", "tagung") if word.endswith(w)), word)
