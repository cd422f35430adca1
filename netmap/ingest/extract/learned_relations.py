"""The learned relation component: a classifier trained on the gold annotations (train.py) scores
every pair of actors named in one sentence (pair_features.py) and adds the relations the rules
missed that it finds likely (its probability as their confidence). It drops no relation of the core
rules (in leave-one-writer-out tests dropping cost more than it saved), only a fallback membership
it scores below DROP_BELOW (the fourteenth round's measure: no right one lost over blind3–blind23).
The weights ship with the package (relation_weights.json)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from netmap.ingest.extract.pair_features import Key, candidates
from netmap.ingest.extract.proposals import RuleState
from netmap.ingest.extract.relation_model import Model, load_model
from netmap.ingest.extract.sentence_view import Found

WEIGHTS = Path(__file__).with_name("relation_weights.json")
DROP_BELOW = 0.1


@cache
def packaged_model() -> Model:
    """The model shipped with the package."""
    return load_model(WEIGHTS)


def refine(state: RuleState, model: Model | None = None) -> list[Found]:
    """The rule relations (less the fallback memberships it doubts) and, after them, the
    candidates the model adds: those from its threshold on, most likely first, at most one
    relation per pair of actors and none for a pair the rules already relate."""
    model = model or packaged_model()
    found_candidates = candidates(state)
    kept = [f for f in state.found if not _doubted(state, found_candidates, model, f)]
    pairs = {frozenset((f.source, f.target)) for f in kept}
    scored = sorted(
        ((model.probability(features), key, sentence) for key, (sentence, features) in found_candidates.items()),
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
    return kept + sorted(added, key=lambda f: (f.sentence, f.kind, f.source, f.target))


def _doubted(state: RuleState, found: dict[Key, tuple[int, list[str]]], model: Model, f: Found) -> bool:
    """Whether a fallback relation is one the model scores below DROP_BELOW (its pair named in one sentence)."""
    key = (f.kind, f.source, f.target)
    return key in state.doubtful and key in found and model.probability(found[key][1]) < DROP_BELOW
