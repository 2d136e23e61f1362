"""Train the check-worthiness model shipped in factcheck/splitter/checkworthiness_model.json.

usage: .venv/bin/python scripts/train_checkworthiness.py [--data ../shared/data] [--out PATH]

Reads only the TRAIN file of CLEF CheckThat! 2024 Task 1 (English) from ../shared/data (see its
README); the dev file is for benchmarks/eval_checkworthy.py. Plain Python, no numerical library,
deterministic (fixed seed, fixed order): the same data always gives the same file.

Method: L2-regularised logistic regression trained by AdaGrad over the binary features of
`factcheck.splitter.checkworthiness.features` (words, word pairs, cue flags), words and pairs
seen in fewer than MIN_COUNT training sentences dropped. The decision threshold is the one that
maximises F1 on out-of-fold probabilities of a K-fold cross-validation on train; the shipped
weights are then trained on all of train.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import random
import sys
from collections import Counter
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from factcheck.splitter.checkworthiness import features  # noqa: E402

MIN_COUNT = 3
EPOCHS = 6
LEARNING_RATE = 0.5
L2 = 1e-2
FOLDS = 5
SEED = 20240301
PRUNE_BELOW = 0.02

Example = tuple[dict[str, float], int]


def read_labelled(path: Path) -> list[tuple[str, int]]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [(row["Text"], 1 if row["class_label"].strip() == "Yes" else 0) for row in rows]


def vocabulary(texts: list[dict[str, float]]) -> set[str]:
    counts = Counter(name for found in texts for name in found)
    return {name for name, n in counts.items() if n >= MIN_COUNT or name[:2] in ("c:", "n:")}


def train(examples: list[Example], seed: int = SEED) -> tuple[float, dict[str, float]]:
    """Weights and bias of an L2 logistic regression fitted by AdaGrad."""
    weights: dict[str, float] = {}
    squared: dict[str, float] = {}
    bias, bias_squared = 0.0, 1e-8
    order = list(range(len(examples)))
    rng = random.Random(seed)
    for _ in range(EPOCHS):
        rng.shuffle(order)
        for index in order:
            found, label = examples[index]
            logit = bias + sum(weights.get(name, 0.0) * value for name, value in found.items())
            error = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, logit)))) - label
            for name, value in found.items():
                weight = weights.get(name, 0.0)
                gradient = error * value + L2 * weight
                squared[name] = squared.get(name, 1e-8) + gradient * gradient
                weights[name] = weight - LEARNING_RATE * gradient / math.sqrt(squared[name])
            bias_squared += error * error
            bias -= LEARNING_RATE * error / math.sqrt(bias_squared)
    return bias, weights


def probability(bias: float, weights: dict[str, float], found: dict[str, float]) -> float:
    logit = bias + sum(weights.get(name, 0.0) * value for name, value in found.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, logit))))


def best_threshold(scored: list[tuple[float, int]]) -> tuple[float, float]:
    """(threshold, F1) maximising F1 on the positive class over candidate thresholds."""
    positives = sum(label for _, label in scored)
    best = (0.5, 0.0)
    for step in range(5, 96):
        threshold = step / 100
        predicted = [label for p, label in scored if p >= threshold]
        hits = sum(predicted)
        if not predicted:
            continue
        f1 = 2 * hits / (len(predicted) + positives)
        if f1 > best[1]:
            best = (threshold, f1)
    return best


def cross_validated_threshold(examples: list[Example]) -> tuple[float, float]:
    scored: list[tuple[float, int]] = []
    for fold in range(FOLDS):
        held = [ex for i, ex in enumerate(examples) if i % FOLDS == fold]
        kept = [ex for i, ex in enumerate(examples) if i % FOLDS != fold]
        bias, weights = train(kept)
        scored += [(probability(bias, weights, found), label) for found, label in held]
        print(f"fold {fold + 1}/{FOLDS} done", file=sys.stderr)
    return best_threshold(scored)


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
    rows = read_labelled(args.data / "checkworthy" / "CT24_checkworthy_english_train.tsv")
    found = [features(text) for text, _ in rows]
    kept = vocabulary(found)
    examples = [
        ({n: v for n, v in f.items() if n in kept}, label)
        for f, (_, label) in zip(found, rows, strict=True)
    ]
    print(f"{len(examples)} training sentences, {len(kept)} features", file=sys.stderr)
    threshold, cv_f1 = cross_validated_threshold(examples) if args.folds else (0.5, float("nan"))
    bias, weights = train(examples)
    shipped = {
        name: round(weight, 4) for name, weight in sorted(weights.items())
        if abs(weight) >= PRUNE_BELOW
    }  # fmt: skip
    model = {
        "about": "Check-worthiness logistic regression; see scripts/train_checkworthiness.py",
        "trained_on": "CT24_checkworthy_english_train.tsv",
        "cross_validated_f1": round(cv_f1, 4),
        "threshold": threshold,
        "bias": round(bias, 4),
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
