"""A small logistic-regression model over string features, in plain Python: trained by averaged
stochastic gradient descent in a fixed order (so the same instances give the same weights, bit for
bit), stored as JSON."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path

from netmap.errors import NetmapError


class ModelError(NetmapError):
    hint = "Rebuild the weights with: python -m netmap.ingest.extract.train"


@dataclass
class Model:
    weights: dict[str, float]
    add_above: float = 0.5  # a candidate of one sentence the rules did not find is added from this probability on
    trained_on: list[str] = field(default_factory=list)
    anchor_add_above: float = 1.0  # the same for a candidate with the document's issuer or topic (anchor_features.py)
    drop_below: float = 0.0  # a rule's relation between two actors of one sentence scored under this is dropped

    def probability(self, features: list[str]) -> float:
        """The model's probability that a candidate with these features is a relation the text states."""
        return _sigmoid(sum(self.weights.get(f, 0.0) for f in features))

    def to_json(self) -> str:
        data = {
            "add_above": self.add_above,
            "anchor_add_above": self.anchor_add_above,
            "drop_below": self.drop_below,
            "trained_on": self.trained_on,
            "weights": dict(sorted(self.weights.items())),
        }
        return json.dumps(data, ensure_ascii=False, indent=0, sort_keys=False) + "\n"


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def load_model(path: Path) -> Model:
    """The model stored at `path`; ModelError when it is missing or not a model file."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        weights = {str(k): float(v) for k, v in data["weights"].items()}
        trained_on = [str(n) for n in data["trained_on"]]
        thresholds = {k: float(data[k]) for k in ("add_above", "anchor_add_above", "drop_below")}
        return Model(weights, trained_on=trained_on, **thresholds)
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as err:
        raise ModelError(f"{path} is not a relation model: {err}.") from None


def train(
    instances: list[tuple[list[str], bool]], epochs: int = 8, rate: float = 0.1, min_count: int = 2
) -> dict[str, float]:
    """Weights of a logistic regression fitted to (features, label) instances, in their order;
    features seen fewer than `min_count` times are left out; the weights are averaged over
    every step and rounded to four places; weights under 0.01 are dropped (on never-seen texts they
    changed no decision, and the file stays a third smaller)."""
    counts: dict[str, int] = {}
    for features, _ in instances:
        for f in features:
            counts[f] = counts.get(f, 0) + 1
    weights: dict[str, float] = {}
    summed: dict[str, float] = {}  # step-weighted updates, for the average
    step = 1
    for epoch in range(epochs):
        step_rate = rate / (1 + epoch)
        for features, label in instances:
            kept = [f for f in features if counts[f] >= min_count]
            gradient = (1.0 if label else 0.0) - _sigmoid(sum(weights.get(f, 0.0) for f in kept))
            if gradient:
                change = step_rate * gradient
                for f in kept:
                    weights[f] = weights.get(f, 0.0) + change
                    summed[f] = summed.get(f, 0.0) + step * change
            step += 1
    averaged = {f: w - summed[f] / step for f, w in weights.items()}
    return {f: round(w, 4) for f, w in sorted(averaged.items()) if abs(w) >= 0.01}
