"""Candidate relations for the learned classifier (learned_relations.py) and what it sees of each.

A candidate is a relation key (type, from, to; COOPERATES_WITH with its ends sorted) between two
actors named in one sentence. Its features are strings: the kinds of its ends, the words and
punctuation between and around them, cue words between them and in the sentence, list shape,
distance, the issuer; each is prefixed with the candidate's type and direction, so one linear model
scores all four types. What the rules found is deliberately not a feature: the rules were tuned on
the gold texts the model learns from, so on them they look far more reliable than on new writers.
"""

from __future__ import annotations

from collections.abc import Iterator

from netmap.ingest.extract.lexicon import COOPERATION_CUES, FUNDING_CUES, MEMBERSHIP_CUES, RUNS_CUES
from netmap.ingest.extract.proposals import RuleState
from netmap.ingest.extract.sentence_view import Item, SentenceView, relation_key

Key = tuple[str, str, str]

CUES = (("fund", FUNDING_CUES), ("coop", COOPERATION_CUES), ("runs", RUNS_CUES), ("member", MEMBERSHIP_CUES))
_LIST_WORDS = frozenset({",", "und", "sowie", "oder", "(", ")"})
_BODIES = ("Organisation", "Funder")
_RELATIVE = frozenset({"der", "die", "das", "dem", "den", "mit", "bei", "in", "von", "für", "welche", "welcher"})
# which types a pair of kinds may have, as (type, kinds of its source, kinds of its target)
_TYPES = (
    ("FUNDS", _BODIES, ("Project", "Organisation", "Funder")),
    ("RUNS", _BODIES, ("Project", "Organisation")),
    ("MEMBER_OF", ("Organisation", "Funder", "Project"), ("Project", "Organisation")),
)


def candidates(state: RuleState) -> dict[Key, tuple[int, list[str]]]:
    """Every candidate relation of a document: the first sentence naming both its ends and its
    sorted features."""
    usable = usable_actors(state)
    features: dict[Key, set[str]] = {}
    sentences: dict[Key, int] = {}
    first: dict[Key, int] = {}
    for view in state.views:
        items = first_items(view, usable)
        in_sentence = [f"sc:{name}" for name, cue in CUES if cue.search(view.text)]
        for i, a in enumerate(items):
            for b in items[i + 1 :]:
                base = _pair_features(view, a, b, state.issuer) + in_sentence
                for key, prefix in _typed(a, b):
                    features.setdefault(key, set()).update(prefix + f for f in base)
                    sentences[key] = sentences.get(key, 0) + 1
                    first.setdefault(key, view.index)
    out: dict[Key, tuple[int, list[str]]] = {}
    for key, feats in features.items():
        feats.update((f"{key[0]}|bias", f"{key[0]}|sentences={min(sentences[key], 3)}"))
        out[key] = (first[key], sorted(feats))
    return out


def usable_actors(state: RuleState) -> set[str]:
    """The entities a candidate may join: the actors, and whatever the rules related."""
    return {e.id for e in state.index.entities.values() if e.actor} | {
        x for f in state.found for x in (f.source, f.target)
    }


def first_items(view: SentenceView, usable: set[str]) -> list[Item]:
    """The sentence's actors, each entity once (its first mention), in text order."""
    seen: set[str] = set()
    items: list[Item] = []
    for item in sorted(view.items, key=lambda i: (i.first, i.last)):
        if item.entity in usable and item.entity not in seen and item.kind != "Person" and not item.locative:
            seen.add(item.entity)
            items.append(item)
    return items


def _typed(a: Item, b: Item) -> Iterator[tuple[Key, str]]:
    """The candidate keys of a pair (a named before b) with their feature prefixes."""
    return typed_keys(a.entity, a.kind, b.entity, b.kind)


def typed_keys(a: str, a_kind: str, b: str, b_kind: str) -> Iterator[tuple[Key, str]]:
    """The relation keys two entities of these kinds may have, each with its feature prefix (its
    type, and '>' from a to b or '<' from b to a)."""
    if a_kind in _BODIES and b_kind in _BODIES:
        yield relation_key("COOPERATES_WITH", a, b), "COOPERATES_WITH|"
    for kind, sources, targets in _TYPES:
        if a_kind in sources and b_kind in targets:
            yield (kind, a, b), f"{kind}|>"
        if b_kind in sources and a_kind in targets:
            yield (kind, b, a), f"{kind}|<"


def kind_label(item: Item) -> str:
    """The item's kind with its project type and flags (locative, group, programme)."""
    kind = item.kind + ("/" + item.project_type if item.project_type else "")
    flags = "".join(c for c, on in (("L", item.locative), ("G", item.group), ("P", item.programme)) if on)
    return kind + ("/" + flags if flags else "")


def word_form(text: str) -> str:
    """A token as a feature: casefolded, or '#' for numbers and mixed tokens."""
    return text.casefold() if text.isalpha() or len(text) == 1 else "#"


def _pair_features(view: SentenceView, a: Item, b: Item, issuer: str | None) -> list[str]:
    """What one sentence says about a pair of its actors (a named before b), besides the cue
    words of the whole sentence (worked out once per sentence in `candidates`)."""
    tokens = view.tokens
    between = tokens[a.last + 1 : b.first]
    words = [word_form(t.text) for t in between]
    text = " ".join(t.text for t in between)
    out = [f"kinds={kind_label(a)}>{kind_label(b)}", f"dist={_bucket(len(between))}"]
    if len(between) <= 8:
        out += [f"b:{w}" for w in words]
    else:
        out.append("far")
    out += [f"bs:{w[:5]}" for w in words if len(w) > 5]
    cues = [name for name, cue in CUES if cue.search(text)]
    out += [f"bc:{name}" for name in cues] + [f"kinds={kind_label(a)}>{kind_label(b)}&bc:{name}" for name in cues]
    if words and all(w in _LIST_WORDS for w in words):
        out.append("list")
    inside = sum(1 for i in view.items if a.last < i.first and i.last < b.first)
    out.append(f"items_between={min(inside, 2)}")
    out.append(f"commas={min(words.count(','), 2)}")
    before = [word_form(t.text) for t in tokens[max(0, a.first - 2) : a.first]]
    out += [f"l{k}:{w}" for k, w in enumerate(reversed(before), 1)]
    out += [f"pb:{words[-1] if words else ''}", f"na:{words[0] if words else ''}"]
    if any(w == "," and nxt in _RELATIVE for w, nxt in zip(words, words[1:], strict=False)):
        out.append("relative_between")
    after = [word_form(t.text) for t in tokens[b.last + 1 : b.last + 3]]
    out += [f"r{k}:{w}" for k, w in enumerate(after, 1)]
    out += [f"a_first={a.first == 0 or a.first == 1 and before[-1] in ('der', 'die', 'das')}"]
    if issuer is not None:
        out += [f"issuer={'a' if a.entity == issuer else ''}{'b' if b.entity == issuer else ''}"]
    out.append(f"sentence={min(view.index, 3)}")
    return out


def _bucket(n: int) -> str:
    return str(n) if n <= 2 else "3-5" if n <= 5 else "6-10" if n <= 10 else "11+"
