"""How well check-worthiness carries over to sentences the model never saw, measured on train only.

usage: .venv/bin/python benchmarks/heldout_checkworthy.py [--folds 5] [--use N] [--l2 X] ...

The dev file is easier than unseen data, and choosing anything on it would flatter the figures;
this protocol never reads it. CT24 train is cut into `--folds` folds (sentence i goes to fold
i mod folds, as in the training script). For each of the first `--use` folds, the model is
retrained on the other folds exactly as scripts/train_checkworthiness.py trains the shipped one
(vocabulary, inner cross-validated threshold, weights), installed in place of the shipped
model, and every held-out sentence goes through the WHOLE splitter: the sentence is worthy if
any of its claims scores >= 0.5 (band medium or above), or, second reading, >= 0.25 (out of
band none). Also printed: the retrained model alone at its threshold, and classify() on the
whole sentence. Training options (--l2, --epochs, --min-count, --positive-weight) and the
blend's --model-weight and the --line mapped onto band low let a change be judged here before
it is shipped.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))
sys.path.insert(0, str(PROJECT / "scripts"))

from train_checkworthiness import (  # noqa: E402
    FOLDS,
    TRAIN_FILE,
    Settings,
    fit,
    read_labelled,
)

import factcheck.splitter.checkworthiness as checkworthiness  # noqa: E402
import factcheck.splitter.classify as classify  # noqa: E402
from factcheck.splitter import split_text  # noqa: E402
from factcheck.splitter.checkworthiness import Model, features, predict  # noqa: E402

INNER_FOLDS = 3
"""Folds of the inner cross-validation that picks each retrained model's threshold (the
shipped model uses 5; 3 keeps a run around a minute)."""


def f1(flags: list[tuple[bool, bool]]) -> float:
    hits = sum(1 for said, worthy in flags if said and worthy)
    said = sum(1 for said, _ in flags if said)
    worthy = sum(1 for _, truly in flags if truly)
    return 2 * hits / (said + worthy) if said + worthy else 0.0


def main(argv: list[str] | None = None) -> int:
    defaults = Settings()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=PROJECT.parent / "shared" / "data")
    parser.add_argument("--folds", type=int, default=FOLDS)
    parser.add_argument("--use", type=int, default=FOLDS, help="how many folds to hold out")
    parser.add_argument("--l2", type=float, default=defaults.l2)
    parser.add_argument("--epochs", type=int, default=defaults.epochs)
    parser.add_argument("--min-count", type=int, default=defaults.min_count)
    parser.add_argument("--positive-weight", type=float, default=defaults.positive_weight)
    parser.add_argument("--model-weight", type=float, default=classify.MODEL_WEIGHT)
    parser.add_argument("--line", type=float, default=classify.WORTH_CHECKING_LINE)
    args = parser.parse_args(argv)
    settings = Settings(
        min_count=args.min_count,
        epochs=args.epochs,
        l2=args.l2,
        positive_weight=args.positive_weight,
    )
    classify.MODEL_WEIGHT = args.model_weight
    classify.WORTH_CHECKING_LINE = args.line
    rows = read_labelled(args.data / "checkworthy" / TRAIN_FILE)
    found = [features(text) for text, _ in rows]
    print(f"{settings}, model weight {args.model_weight}, line {args.line}")
    results: dict[str, list[tuple[bool, bool]]] = {
        "model alone": [],
        "classify": [],
        "splitter >= 0.5": [],
        "splitter >= 0.25": [],
    }
    started = time.perf_counter()
    for fold in range(args.use):
        kept = [i for i in range(len(rows)) if i % args.folds != fold]
        fitted = fit([found[i] for i in kept], [rows[i][1] for i in kept], INNER_FOLDS, settings)
        model = Model(bias=fitted.bias, threshold=fitted.threshold, weights=fitted.weights)
        checkworthiness.load_model = lambda model=model: model  # the splitter now uses it
        for text, label in (row for i, row in enumerate(rows) if i % args.folds == fold):
            worthy = label == 1
            results["model alone"].append((predict(text).probability >= model.threshold, worthy))
            score = classify.classify(text, sentence=text).checkworthiness
            results["classify"].append((score >= 0.5, worthy))
            best = max((claim.checkworthiness for claim in split_text(text)), default=0.0)
            results["splitter >= 0.5"].append((best >= 0.5, worthy))
            results["splitter >= 0.25"].append((best >= 0.25, worthy))
        print(
            f"fold {fold + 1}: threshold {model.threshold:.2f}, {len(model.weights)} weights, "
            + ", ".join(f"{name} {f1(flags):.3f}" for name, flags in results.items()),
            file=sys.stderr,
        )
    held = len(results["model alone"])
    print(
        f"held out {held} sentences over {args.use} of {args.folds} folds "
        f"({time.perf_counter() - started:.0f} s)"
    )
    for name, flags in results.items():
        print(f"{name:18} F1 {f1(flags):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
