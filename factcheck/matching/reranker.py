"""The re-ranker: a logistic regression over `FEATURE_NAMES`, weights shipped as JSON.

`scripts/train_matcher.py` writes `reranker.json` from the CLEF 2020 CheckThat! training pairs
(offline, deterministic); `fit_logistic` is shared with it so training and serving standardise
features the same way.
"""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, replace
from pathlib import Path

import numpy as np

from factcheck.matching.features import FEATURE_NAMES

SHIPPED_WEIGHTS = Path(__file__).with_name("reranker.json")


@dataclass(frozen=True)
class Reranker:
    """`probability(rows)`: how likely each row's entry checks the query's claim (0..1)."""

    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    bias: float
    # How many BM25 candidates the weights were chosen to re-rank (by cross-validation).
    candidates: int

    def logits(self, rows: np.ndarray) -> np.ndarray:
        standard = (rows - np.asarray(self.mean)) / np.asarray(self.scale)
        return standard @ np.asarray(self.weights) + self.bias

    def probability(self, rows: np.ndarray) -> np.ndarray:
        return 1.0 / (1.0 + np.exp(-self.logits(rows)))

    def centred_at(self, threshold: float) -> Reranker:
        """The same order, with every probability moved so that `threshold` becomes 0.5
        (how training places "checked before" at the score the desk shows it from)."""
        shift = math.log(threshold / (1 - threshold))
        return replace(self, bias=round(self.bias - shift, 8))

    def save(self, path: Path) -> None:
        path.write_text(json.dumps(asdict(self), indent=1) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: Path = SHIPPED_WEIGHTS) -> Reranker:
        data = json.loads(path.read_text(encoding="utf-8"))
        features = tuple(data["features"])
        if features != FEATURE_NAMES:
            raise ValueError(
                f"{path} was trained on other features than factcheck.matching.features "
                "computes; run scripts/train_matcher.py"
            )
        return cls(
            features=features,
            mean=tuple(data["mean"]),
            scale=tuple(data["scale"]),
            weights=tuple(data["weights"]),
            bias=float(data["bias"]),
            candidates=int(data["candidates"]),
        )


def fit_logistic(rows: np.ndarray, labels: np.ndarray, l2: float, candidates: int) -> Reranker:
    """L2-regularised logistic regression by Newton's method: deterministic, no random start."""
    mean = rows.mean(axis=0)
    scale = rows.std(axis=0)
    scale[scale == 0] = 1.0
    design = np.hstack([(rows - mean) / scale, np.ones((len(rows), 1))])
    penalty = np.diag(np.r_[np.full(rows.shape[1], l2), 0.0])
    coef = np.zeros(design.shape[1])
    for _ in range(100):
        predicted = 1.0 / (1.0 + np.exp(-design @ coef))
        gradient = design.T @ (predicted - labels) + penalty @ coef
        hessian = (design * (predicted * (1 - predicted))[:, None]).T @ design + penalty
        step = np.linalg.solve(hessian, gradient)
        coef -= step
        if np.abs(step).max() < 1e-9:
            break
    return Reranker(
        features=FEATURE_NAMES,
        mean=tuple(mean.round(8).tolist()),
        scale=tuple(scale.round(8).tolist()),
        weights=tuple(coef[:-1].round(8).tolist()),
        bias=round(float(coef[-1]), 8),
        candidates=candidates,
    )
