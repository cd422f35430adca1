"""The learned relation component: a classifier trained on the gold annotations (train.py) scores
every pair of actors named in one sentence (pair_features.py) and adds the relations the rules
missed that it finds likely (its probability as their confidence). It never drops a rule relation:
in leave-one-writer-out tests dropping cost more than it saved. The weights ship with the package
(relation_weights.json)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from netmap.ingest.extract.pair_features import candidates
from netmap.ingest.extract.proposals import RuleState
from netmap.ingest.extract.relation_model import Model, load_model
from netmap.ingest.extract.sentence_view import Found

WEIGHTS = Path(__file__).with_name("relation_weights.json")


@cache
def packaged_model() -> Model:
    """The model shipped with the package."""
    return load_model(WEIGHTS)


def refine(state: RuleState, model: Model | None = None) -> list[Found]:
    """The rule relations and, after them, the candidates the model adds: those from its
    threshold on, most likely first, at most one relation per pair of actors and none for a pair
    the rules already relate."""
    model = model or packaged_model()
    pairs = {frozenset((f.source, f.target)) for f in state.found}
    scored = sorted(
        ((model.probability(features), key, sentence) for key, (sentence, features) in candidates(state).items()),
        key=lambda x: (-x[0], x[1]),
    )
    added: list[Found] = []
    for p, key, sentence in scored:
        pair = frozenset(key[1:])
        if p < model.add_above:
            break
        if pair not in pairs:
            pairs.add(pair)
            added.append(Found(key[0], key[1], key[2], sentence, round(p, 2), (("learned", True),)))
    return state.found + sorted(added, key=lambda f: (f.sentence, f.kind, f.source, f.target))
