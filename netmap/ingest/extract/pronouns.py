"""Pronouns at the start of a sentence that point back to an actor of the sentence before:
'Er wird aus Mitteln des Bundes gefördert' (the Jugendmigrationsdienst), 'Seine Leiterin, Dr. X'
(the Integrationszentrum). The actor is the first one named there whose head noun has the
pronoun's grammatical gender (er: masculine, es: neuter, sie/ihr: feminine, sein: either of the two)."""

from __future__ import annotations

from netmap.ingest.extract.inflection import gender_of
from netmap.ingest.extract.sentence_view import Item, SentenceView

_GENDERS = {
    "Er": "m", "Es": "n", "Sie": "f", "Dessen": "mn", "Deren": "f",
    **{w: "mn" for w in ("Sein", "Seine", "Seiner", "Seinem", "Seinen", "Seines")},
    **{w: "f" for w in ("Ihr", "Ihre", "Ihrer", "Ihrem", "Ihren", "Ihres")},
}  # fmt: skip


def _gender(item: Item) -> str | None:
    """The gender of an actor's head noun ('Kommunales Integrationszentrum X' → 'n')."""
    return next((g for w in item.name.split() if (g := gender_of(w.strip("(),"))) is not None), None)


def referent(word: str, previous: SentenceView | None) -> Item | None:
    """The actor of `previous` that a sentence-initial pronoun `word` points to, or None."""
    genders = _GENDERS.get(word)
    if genders is None or previous is None:
        return None
    actors = [i for i in previous.items if i.kind in ("Organisation", "Project") and not i.locative and not i.group]
    return next((i for i in actors if (_gender(i) or "") in genders and _gender(i)), None)
