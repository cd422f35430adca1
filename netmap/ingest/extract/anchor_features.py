"""Candidate relations for the learned classifier (learned_relations.py) between an actor a sentence
names and an actor the document is about that the sentence does not name: its issuer, and the actor
it names in the most sentences ('Kooperationspartner sind die Stadt X und der Verein Y' in the
release of a Jobcenter; 'Eng zusammengearbeitet wird mit …'; 'Zu seinen Mitgliedern gehören …').

Such a relation is stated across sentences, so pair_features.py never sees it. Its features say how
the sentence opens, which cue words it has, where in it and between which words the actor stands,
how many actors it names, and which anchor (issuer, topic or both) the other end is; each is
prefixed 'anchor|' with the candidate's type and direction, so they share no weight with a pair's.
"""

from __future__ import annotations

from collections import Counter

from netmap.ingest.extract.pair_features import CUES, Key, first_items, kind_label, typed_keys, usable_actors, word_form
from netmap.ingest.extract.proposals import RuleState
from netmap.ingest.extract.sentence_view import Item, SentenceView


def anchor_candidates(state: RuleState) -> dict[Key, tuple[int, list[str]]]:
    """Every candidate between an anchor of the document and an actor of a sentence that does not
    name that anchor: the first such sentence and the sorted features of all of them."""
    usable = usable_actors(state)
    items = [first_items(view, usable) for view in state.views]
    anchors = _anchors(state, items)
    features: dict[Key, set[str]] = {}
    first: dict[Key, int] = {}
    for view, actors in zip(state.views, items, strict=True):
        named = {i.entity for i in actors}
        roles = [(anchor, role) for anchor, role in anchors.items() if anchor not in named]
        if not actors or not roles:
            continue
        sentence = _sentence_features(view, actors)
        for anchor, role in roles:
            anchor_kind = state.index.entities[anchor].kind
            for actor in actors:
                base = sentence + _actor_features(view, actor) + [f"roles:{role}", f"anchor_kind:{anchor_kind}", "bias"]
                base += [f"role:{r}" for r in role.split("+")]
                for key, prefix in typed_keys(anchor, anchor_kind, actor.entity, actor.kind):
                    features.setdefault(key, set()).update(f"anchor|{prefix}|{f}" for f in base)
                    first.setdefault(key, view.index)
    return {key: (first[key], sorted(feats)) for key, feats in features.items()}


def _anchors(state: RuleState, items: list[list[Item]]) -> dict[str, str]:
    """The document's anchors, each with its role: 'issuer', 'topic' (the actor named in the most
    sentences, the first named of a tie) or 'issuer+topic'."""
    counts = Counter(i.entity for actors in items for i in actors)
    roles: dict[str, list[str]] = {}
    if state.issuer is not None and state.issuer in state.index.entities:
        roles[state.issuer] = ["issuer"]
    if counts:
        roles.setdefault(counts.most_common(1)[0][0], []).append("topic")
    return {anchor: "+".join(r) for anchor, r in roles.items()}


def _sentence_features(view: SentenceView, actors: list[Item]) -> list[str]:
    """How the sentence opens, its cue words, how many actors it names and where it stands."""
    words = [word_form(t.text) for t in view.tokens]
    out = [f"sc:{name}" for name, cue in CUES if cue.search(view.text)]
    out += [f"s0:{words[0] if words else ''}", f"s01:{' '.join(words[:2])}"]
    return out + [f"actors={min(len(actors), 4)}", f"sentence={min(view.index, 4)}"]


def _actor_features(view: SentenceView, actor: Item) -> list[str]:
    """The actor's kind, its place in the sentence and the words around it."""
    words = [word_form(t.text) for t in view.tokens]
    before = words[max(0, actor.first - 3) : actor.first]
    after = words[actor.last + 1 : actor.last + 3]
    place = "first" if actor.first <= 1 else "early" if actor.first < 6 else "late"
    out = [f"k:{kind_label(actor)}", f"pos={place}"]
    return (
        out + [f"l{k}:{w}" for k, w in enumerate(reversed(before), 1)] + [f"r{k}:{w}" for k, w in enumerate(after, 1)]
    )
