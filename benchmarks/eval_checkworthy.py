"""How well the splitter picks out check-worthy sentences, on the CT24 dev file.

usage: .venv/bin/python benchmarks/eval_checkworthy.py [--data ../shared/data] [--limit N]

Prints precision, recall and F1 on the check-worthy class for five sentence classifiers:
  model alone      the shipped logistic regression at its threshold (tuned by cross-validation
                   on train, never on dev)
  rules alone      classify(sentence, use_model=False) >= 0.5 (band medium or high)
  classify         classify(sentence) >= 0.5: rules and model blended, the whole sentence as one
                   claim
  whole splitter   split_text(sentence): worthy if any claim scores >= 0.5
  splitter, above none   split_text(sentence): worthy if any claim is out of band none
                   (>= 0.25): the reading of "a sentence with nothing checkable yields only
                   none claims"
Reference points on the unseen test set (../shared/data/README.md): everything Yes 0.41,
naive Bayes on word pairs 0.535; the goal is >= 0.60.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections.abc import Callable
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from factcheck.models import band  # noqa: E402
from factcheck.splitter import split_text  # noqa: E402
from factcheck.splitter.checkworthiness import load_model, predict  # noqa: E402
from factcheck.splitter.classify import classify  # noqa: E402
from factcheck.splitter.cues import find_cues  # noqa: E402

WORTHY = 0.5


def read_dev(data: Path) -> list[tuple[str, bool]]:
    path = data / "checkworthy" / "CT24_checkworthy_english_dev.tsv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [(row["Text"], row["class_label"].strip() == "Yes") for row in rows]


def measure(name: str, flags: Callable[[str], bool], rows: list[tuple[str, bool]]) -> None:
    find_cues.cache_clear()  # each classifier pays for its own cue finding
    started = time.perf_counter()
    predicted = [(flags(text), worthy) for text, worthy in rows]
    seconds = time.perf_counter() - started
    hits = sum(1 for said, worthy in predicted if said and worthy)
    said_yes = sum(1 for said, _ in predicted if said)
    worthy = sum(1 for _, truly in predicted if truly)
    precision = hits / said_yes if said_yes else 0.0
    recall = hits / worthy if worthy else 0.0
    f1 = 2 * hits / (said_yes + worthy) if said_yes + worthy else 0.0
    print(
        f"{name:20} P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}   "
        f"({said_yes} flagged, {len(rows) / seconds:,.0f} sentences/s)"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=PROJECT.parent / "shared" / "data")
    parser.add_argument("--limit", type=int, default=None, help="only the first N sentences")
    args = parser.parse_args(argv)
    rows = read_dev(args.data)[: args.limit]
    model = load_model()
    worthy = sum(1 for _, truly in rows if truly)
    print(
        f"CT24 dev: {len(rows)} sentences, {worthy} check-worthy; model threshold {model.threshold}"
    )
    measure("model alone", lambda text: predict(text, model).probability >= model.threshold, rows)
    measure("rules alone", lambda text: _score(text, use_model=False) >= WORTHY, rows)
    measure("classify", lambda text: _score(text, use_model=True) >= WORTHY, rows)
    measure(
        "whole splitter",
        lambda text: any(claim.checkworthiness >= WORTHY for claim in split_text(text)),
        rows,
    )
    measure(
        "splitter, above none",
        lambda text: any(band(claim.checkworthiness) != "none" for claim in split_text(text)),
        rows,
    )
    return 0


def _score(text: str, *, use_model: bool) -> float:
    return classify(
        text, speaker=None, reporting_verb=None, sentence=text, use_model=use_model
    ).checkworthiness


if __name__ == "__main__":
    sys.exit(main())
