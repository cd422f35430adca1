"""The body a person belongs to when the words right around the name do not say it:

- 'Der Beirat X hat Dr. Y zur Vorsitzenden gewählt': the body named before that elected or appointed her;
- 'Malte X, der den Jugendmigrationsdienst in Soest leitet': the body the relative clause says
  the person leads or coordinates;
- 'Seine Leiterin, Dr. Y, …' at the start of a sentence: the actor of the possessive's gender
  named in the sentence before (unless that sentence names a person the possessive may mean)."""

from __future__ import annotations

import re

from netmap.ingest.extract.people import PersonMention
from netmap.ingest.extract.pronouns import referent
from netmap.ingest.extract.sentence_view import SentenceView

_LEADS = re.compile(
    r"^\s*,\s*(?:der|die)\s+(?:[^,.;]{0,80}?\s)?(?:leitet|koordiniert|führt|verantwortet|vertritt)\b"
)
_ELECTED = re.compile(r"\s+(?:erneut |einstimmig |neu )?zu[mr] \w+ (?:gewählt|ernannt|berufen|bestellt)\b")


def implied_affiliation(person: PersonMention, view: SentenceView, before: SentenceView | None) -> list[str]:
    """The entity ids of the body the sentence implies for a person, or []."""
    tokens = view.tokens
    if _ELECTED.match(view.text[person.end - view.start :]):
        electors = [i for i in view.items if i.kind == "Organisation" and not i.locative
                    and tokens[i.last].end <= person.start]  # fmt: skip
        return [electors[0].entity] if electors else []
    led = _LEADS.match(view.text[person.end - view.start :])
    if led:
        end = person.end + led.end()
        bodies = [i for i in view.items if person.end < tokens[i.first].start < end and not i.locative
                  and (i.kind == "Organisation" or i.project_type == "network")]  # fmt: skip
        return [bodies[0].entity] if bodies else []
    if person.role and len(tokens) > 1 and tokens[1].text == person.role:
        pointed = referent(tokens[0].text, before if before is not None and not before.people else None)
        return [pointed.entity] if pointed is not None else []
    return []
