"""How check-worthiness carries over to debates the model never saw, measured on train only.

usage: .venv/bin/python benchmarks/heldout_checkworthy.py [--data ../shared/data] [--cache DIR]
                                                          [--no-splitter]

The dev file comes from the same debates as train, so it flatters a model that learned the
debates' topics. Here the model is retrained exactly as scripts/train_checkworthiness.py
trains the shipped one, with its chosen settings, but without the held-apart debates (one
block of 1,000 sentence ids in five, about one debate each; never used to choose anything),
and then scores those: classify() on each sentence (F1 at 0.5 and at the best line, ECE), and
the whole splitter (worthy if any claim scores >= 0.5). This is the stand-in for unseen text.
Needs scikit-learn (`pip install -e '.[train]'`).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path

import numpy as np

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))
sys.path.insert(0, str(PROJECT / "scripts"))
sys.path.insert(0, str(PROJECT / "benchmarks"))

import train_checkworthiness as training  # noqa: E402
from eval_checkworthy import at, best_line, line, reliability  # noqa: E402

import factcheck.splitter.checkworthiness as checkworthiness  # noqa: E402
from factcheck.splitter import split_text  # noqa: E402
from factcheck.splitter.classify import classify  # noqa: E402
from factcheck.splitter.parser import english  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=PROJECT.parent / "shared" / "data")
    parser.add_argument("--cache", type=Path, default=None, help="folder for parsed features")
    parser.add_argument("--no-splitter", action="store_true", help="skip the whole-splitter line")
    args = parser.parse_args(argv)
    shipped = json.loads(
        (PROJECT / "factcheck" / "splitter" / checkworthiness.MODEL_FILE).read_text("utf-8")
    )["checkworthiness"]
    choice = training.Choice(c=shipped["c"], word_scale=shipped["word_scale"], f1=0.0)
    rows = training.read_labelled(args.data / "checkworthy" / training.TRAIN_FILE)
    found = training.parsed_features([row.text for row in rows], args.cache)
    found = training.restricted(found, training.kept_vocabulary(found, training.MIN_COUNT))
    labels = np.array([row.label for row in rows])
    groups = np.array([row.debate for row in rows])
    apart = groups % training.FOLDS == training.HELD_APART
    kept = np.flatnonzero(~apart)
    scorer = training.fit_scorer([found[i] for i in kept], labels[kept], choice)
    models = dataclasses.replace(
        checkworthiness.load_models(),
        score_bias=scorer.bias,
        score_weights=scorer.weights,
        calibration=checkworthiness.Calibration.shipped(scorer.calibration.shipped()),
    )
    checkworthiness.load_models = lambda: models  # classify and the splitter now use it
    held = [rows[i] for i in np.flatnonzero(apart)]
    docs = english().pipe([row.text for row in held], batch_size=256)
    scores = [
        (classify(row.text, tokens=doc[:]).checkworthiness, row.label == 1)
        for row, doc in zip(held, docs, strict=True)
    ]
    print(
        f"trained on {len(kept)} sentences (C {choice.c}, word scale {choice.word_scale}); "
        f"held-apart debates: {len(held)} sentences, {sum(r.label for r in held)} check-worthy"
    )
    print(line("classify, at the band line 0.5", at(scores, 0.5)))
    best = best_line(scores)
    print(line(f"classify, at the best line {best:.2f}", at(scores, best)))
    print(f"expected calibration error (ECE) {reliability(scores)[1]:.3f}")
    if not args.no_splitter:
        flags = [
            (any(c.checkworthiness >= 0.5 for c in split_text(row.text)), row.label == 1)
            for row in held
        ]
        print(line("whole splitter, any claim >= 0.5", flags))
    return 0


if __name__ == "__main__":
    sys.exit(main())
