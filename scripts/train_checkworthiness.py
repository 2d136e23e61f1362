"""Train the check-worthiness model shipped in factcheck/splitter/checkworthiness_model.json.

usage: .venv/bin/python scripts/train_checkworthiness.py [--data ../shared/data] [--out PATH]

Reads only the TRAIN file of CLEF CheckThat! 2024 Task 1 (English) from ../shared/data (see its
README); the dev file is for benchmarks/eval_checkworthy.py. Plain Python, no numerical library,
deterministic (fixed seed, fixed order): the same data always gives the same file.

Method: L2-regularised logistic regression trained by AdaGrad over the binary features of
`factcheck.splitter.checkworthiness.features` (words, word pairs, cue flags), words and pairs
seen in fewer than MIN_COUNT training sentences dropped. The decision threshold is the one that
maximises (smoothed) F1 on out-of-fold probabilities of a K-fold cross-validation on train;
the shipped weights are then trained on all of train.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import random
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from factcheck.splitter.checkworthiness import features  # noqa: E402
from factcheck.splitter.cues import cue_fingerprint  # noqa: E402

MIN_COUNT = 3
EPOCHS = 6
LEARNING_RATE = 0.5
L2 = 0.2  # was 0.4: benchmarks/heldout_checkworthy.py, whole splitter >= 0.5, 0.609 -> 0.614
FOLDS = 5
SEED = 20240301
PRUNE_BELOW = 0.02
TRAIN_FILE = "CT24_checkworthy_english_train.tsv"

Example = tuple[dict[str, float], int]


@dataclass(frozen=True)
class Settings:
    """The knobs of one training run (benchmarks/heldout_checkworthy.py tries others)."""

    min_count: int = MIN_COUNT
    epochs: int = EPOCHS
    learning_rate: float = LEARNING_RATE
    l2: float = L2
    positive_weight: float = 1.0


@dataclass(frozen=True)
class Fitted:
    bias: float
    weights: dict[str, float]
    threshold: float
    cv_f1: float


def read_labelled(path: Path) -> list[tuple[str, int]]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [(row["Text"], 1 if row["class_label"].strip() == "Yes" else 0) for row in rows]


def vocabulary(texts: list[dict[str, float]], min_count: int = MIN_COUNT) -> set[str]:
    counts = Counter(name for found in texts for name in found)
    return {name for name, n in counts.items() if n >= min_count or name[:2] in ("c:", "n:")}


def train(
    examples: list[Example], settings: Settings = Settings(), seed: int = SEED
) -> tuple[float, dict[str, float]]:
    """Weights and bias of an L2 logistic regression fitted by AdaGrad."""
    weights: dict[str, float] = {}
    squared: dict[str, float] = {}
    bias, bias_squared = 0.0, 1e-8
    order = list(range(len(examples)))
    rng = random.Random(seed)
    rate = settings.learning_rate
    for _ in range(settings.epochs):
        rng.shuffle(order)
        for index in order:
            found, label = examples[index]
            logit = bias + sum(weights.get(name, 0.0) * value for name, value in found.items())
            error = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, logit)))) - label
            if label:
                error *= settings.positive_weight
            for name, value in found.items():
                weight = weights.get(name, 0.0)
                gradient = error * value + settings.l2 * weight
                squared[name] = squared.get(name, 1e-8) + gradient * gradient
                weights[name] = weight - rate * gradient / math.sqrt(squared[name])
            bias_squared += error * error
            bias -= rate * error / math.sqrt(bias_squared)
    return bias, weights


def probability(bias: float, weights: dict[str, float], found: dict[str, float]) -> float:
    logit = bias + sum(weights.get(name, 0.0) * value for name, value in found.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, logit))))


def f1_at(scored: list[tuple[float, int]], threshold: float) -> float:
    """F1 on the positive class when everything scored >= threshold is called positive."""
    positives = sum(label for _, label in scored)
    predicted = [label for p, label in scored if p >= threshold]
    return 2 * sum(predicted) / (len(predicted) + positives) if predicted or positives else 0.0


def best_threshold(scored: list[tuple[float, int]]) -> tuple[float, float]:
    """(threshold, F1): the threshold in 0.05..0.95 whose neighbourhood (+-0.02) has the best
    mean F1. The F1 curve is flat near its top; smoothing keeps the choice from jumping
    between retrainings."""
    steps = [step / 100 for step in range(3, 98)]
    f1 = [f1_at(scored, threshold) for threshold in steps]
    smoothed = [sum(f1[i - 2 : i + 3]) / 5 for i in range(2, len(steps) - 2)]
    best = max(range(len(smoothed)), key=smoothed.__getitem__)
    return steps[best + 2], f1[best + 2]


def cross_validated_threshold(
    examples: list[Example], folds: int, settings: Settings = Settings()
) -> tuple[float, float]:
    """Threshold and F1 from out-of-fold probabilities of a `folds`-fold split of train."""
    scored: list[tuple[float, int]] = []
    for fold in range(folds):
        held = [ex for i, ex in enumerate(examples) if i % folds == fold]
        kept = [ex for i, ex in enumerate(examples) if i % folds != fold]
        bias, weights = train(kept, settings)
        scored += [(probability(bias, weights, found), label) for found, label in held]
        print(f"fold {fold + 1}/{folds} done", file=sys.stderr)
    return best_threshold(scored)


def fit(
    found: list[dict[str, float]], labels: list[int], folds: int, settings: Settings = Settings()
) -> Fitted:
    """The model for these sentences' features: vocabulary, threshold by `folds`-fold
    cross-validation (0: 0.5), then weights trained on all of them, small ones pruned."""
    kept = vocabulary(found, settings.min_count)
    examples = [
        ({n: v for n, v in f.items() if n in kept}, label)
        for f, label in zip(found, labels, strict=True)
    ]
    print(f"{len(examples)} training sentences, {len(kept)} features", file=sys.stderr)
    threshold, cv_f1 = cross_validated_threshold(examples, folds, settings) if folds else (0.5, 0.0)
    bias, weights = train(examples, settings)
    shipped = {
        name: round(weight, 4) for name, weight in sorted(weights.items())
        if abs(weight) >= PRUNE_BELOW
    }  # fmt: skip
    return Fitted(bias=round(bias, 4), weights=shipped, threshold=threshold, cv_f1=cv_f1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=PROJECT.parent / "shared" / "data")
    parser.add_argument(
        "--out",
        type=Path,
        default=PROJECT / "factcheck" / "splitter" / "checkworthiness_model.json",
    )
    parser.add_argument("--folds", type=int, default=FOLDS, help="0 skips cross-validation")
    args = parser.parse_args(argv)
    rows = read_labelled(args.data / "checkworthy" / TRAIN_FILE)
    fitted = fit([features(text) for text, _ in rows], [label for _, label in rows], args.folds)
    threshold, cv_f1, shipped = fitted.threshold, fitted.cv_f1, fitted.weights
    model = {
        "about": "Check-worthiness logistic regression; see scripts/train_checkworthiness.py",
        "trained_on": TRAIN_FILE,
        "cue_fingerprint": cue_fingerprint(),
        "cross_validated_f1": round(cv_f1, 4),
        "threshold": threshold,
        "bias": fitted.bias,
        "weights": shipped,
    }
    args.out.write_text(json.dumps(model, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(
        f"threshold {threshold:.2f} (cross-validated F1 {cv_f1:.3f}), {len(shipped)} weights, "
        f"{args.out.stat().st_size / 1024:.0f} KiB -> {args.out}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
