"""The learned relation component: a classifier trained on the gold annotations (train.py) scores
every pair of actors named in one sentence (pair_features.py) and every actor of a sentence against
the document's issuer and topic where the sentence does not name them (anchor_features.py). It adds
the relations the rules missed that it finds likely (its probability as their confidence) and drops
a rule's relation between two actors of one sentence that it scores very unlikely.

The thresholds ship in the weights file with the weights (relation_weights.json); they were chosen
on texts neither the rules nor the model had been tuned on (docs/extraction-quality.md, sixteenth
round)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from netmap.ingest.extract.anchor_features import anchor_candidates
from netmap.ingest.extract.pair_features import Key, candidates
from netmap.ingest.extract.proposals import RuleState
from netmap.ingest.extract.relation_model import Model, load_model
from netmap.ingest.extract.sentence_view import Found

WEIGHTS = Path(__file__).with_name("relation_weights.json")
Candidates = dict[Key, tuple[int, list[str]]]


@cache
def packaged_model() -> Model:
    """The model shipped with the package."""
    return load_model(WEIGHTS)


def refine(state: RuleState, model: Model | None = None) -> list[Found]:
    """The rule relations the model does not score below its drop threshold, then the candidates it
    adds: first those of one sentence from `add_above` on, then those with an anchor from
    `anchor_add_above` on, most likely first, at most one relation per pair of actors and none for
    a pair already related."""
    model = model or packaged_model()
    pair_candidates = candidates(state)
    kept = [f for f in state.found if not _doubted(pair_candidates, model, f)]
    pairs = {frozenset((f.source, f.target)) for f in kept}
    added = _likely(pair_candidates, model, model.add_above, pairs)
    added += _likely(anchor_candidates(state), model, model.anchor_add_above, pairs)
    return kept + sorted(added, key=lambda f: (f.sentence, f.kind, f.source, f.target))


def _likely(found: Candidates, model: Model, threshold: float, pairs: set[frozenset[str]]) -> list[Found]:
    """The candidates scored from `threshold` on whose pair is not in `pairs` (which it extends),
    most likely first, one per pair."""
    scored = sorted(
        ((model.probability(features), key, sentence) for key, (sentence, features) in found.items()),
        key=lambda x: (-x[0], x[1]),
    )
    added: list[Found] = []
    for p, key, sentence in scored:
        if p < threshold:
            break
        pair = frozenset(key[1:])
        if pair not in pairs:
            pairs.add(pair)
            added.append(Found(key[0], key[1], key[2], sentence, round(p, 2), (("learned", True),)))
    return added


def _doubted(found: Candidates, model: Model, f: Found) -> bool:
    """Whether a rule's relation joins two actors of one sentence and the model scores it below its
    drop threshold."""
    key = (f.kind, f.source, f.target)
    return key in found and model.probability(found[key][1]) < model.drop_below
