"""How well claims are scored and typed: CT24 dev sentences and every news reference.

usage: .venv/bin/python benchmarks/eval_checkworthy.py [--data ../shared/data] [--limit N]
                                                       [--no-splitter]

CT24 dev (never used to train or to choose a setting; see scripts/train_checkworthiness.py):
  classify      classify(sentence): its calibrated probability, precision, recall and F1 on
                the check-worthy class at the band line 0.5 and at the best line
  reliability   ten bins of that probability: mean score, share truly worthy, ECE
  baselines     on the same rows: everything Yes; naive Bayes on words and word pairs,
                trained on CT24 train
  splitter      split_text(sentence): worthy if any claim scores >= 0.5 (--no-splitter skips)
News references (../shared/data/news, tests/gold): each article split by the splitter and
scored by ../shared/tools/gold_match.py (band within one of the reference's, `none`
references kept in band none, kind one the reference allows), and each reference's
standalone text classified alone; and how many reasons quote words outside their claim.
Kinds there are on claims the kind model was trained on: the honest kind figure is the
training script's cross-validated one.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import math
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from factcheck.ingest import read_article  # noqa: E402
from factcheck.models import Claim, ClaimKind, band  # noqa: E402
from factcheck.splitter import split, split_text  # noqa: E402
from factcheck.splitter.classify import classify  # noqa: E402
from factcheck.splitter.parser import english  # noqa: E402

LINE = 0.5
KINDS = tuple(kind.value for kind in ClaimKind)
BANDS = ["none", "low", "medium", "high"]


def read_labelled(path: Path) -> list[tuple[str, bool]]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [(row["Text"], row["class_label"].strip() == "Yes") for row in rows]


def prf(flags: list[tuple[bool, bool]]) -> tuple[float, float, float, int]:
    """Precision, recall, F1 on the worthy class and how many were flagged."""
    hits = sum(1 for said, truly in flags if said and truly)
    said = sum(1 for said, _ in flags if said)
    worthy = sum(1 for _, truly in flags if truly)
    precision = hits / said if said else 0.0
    recall = hits / worthy if worthy else 0.0
    f1 = 2 * hits / (said + worthy) if said + worthy else 0.0
    return precision, recall, f1, said


def line(name: str, flags: list[tuple[bool, bool]]) -> str:
    precision, recall, f1, said = prf(flags)
    return f"{name:34} P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}  ({said} flagged)"


def at(scores: list[tuple[float, bool]], cut: float) -> list[tuple[bool, bool]]:
    return [(score >= cut, truly) for score, truly in scores]


def best_line(scores: list[tuple[float, bool]]) -> float:
    return max((step / 100 for step in range(1, 100)), key=lambda cut: prf(at(scores, cut))[2])


def reliability(scores: list[tuple[float, bool]]) -> tuple[list[str], float]:
    """Ten equal-width bins: rows to print and the expected calibration error."""
    bins: list[list[tuple[float, bool]]] = [[] for _ in range(10)]
    for score, truly in scores:
        bins[min(9, int(score * 10))].append((score, truly))
    rows, ece = [], 0.0
    for index, members in enumerate(bins):
        if not members:
            rows.append(f"  {index / 10:.1f}-{(index + 1) / 10:.1f}      0")
            continue
        mean = sum(score for score, _ in members) / len(members)
        share = sum(truly for _, truly in members) / len(members)
        ece += len(members) / len(scores) * abs(mean - share)
        rows.append(
            f"  {index / 10:.1f}-{(index + 1) / 10:.1f} {len(members):6}  mean score {mean:.3f}"
            f"  worthy {share:.3f}"
        )
    return rows, ece


_WORD = re.compile(r"[a-z0-9']+")


def _grams(text: str) -> list[str]:
    words = _WORD.findall(text.lower())
    return words + [f"{a} {b}" for a, b in itertools.pairwise(words)]


def naive_bayes(train: list[tuple[str, bool]]):  # type: ignore[no-untyped-def]
    """Multinomial naive Bayes on words and word pairs, add-one smoothing: the baseline the
    data README quotes."""
    counts = {True: Counter(), False: Counter()}
    documents = Counter(truly for _, truly in train)
    for text, truly in train:
        counts[truly].update(_grams(text))
    vocabulary = len(counts[True].keys() | counts[False].keys())
    totals = {label: sum(counts[label].values()) + vocabulary for label in (True, False)}
    priors = {label: math.log(documents[label] / len(train)) for label in (True, False)}

    def says_worthy(text: str) -> bool:
        grams = _grams(text)
        log = {
            label: priors[label]
            + sum(math.log((counts[label][gram] + 1) / totals[label]) for gram in grams)
            for label in (True, False)
        }
        return log[True] > log[False]

    return says_worthy


_TIMED_RUNS = 3


def evaluate_dev(data: Path, limit: int | None, with_splitter: bool) -> None:
    rows = read_labelled(data / "checkworthy" / "CT24_checkworthy_english_dev.tsv")[:limit]
    texts = [text for text, _ in rows]
    nlp = english()
    parse_seconds = score_seconds = float("inf")
    for _ in range(_TIMED_RUNS):  # CPU time, least disturbed of three: the machine is shared
        started = time.process_time()
        docs = list(nlp.pipe(texts, batch_size=256))
        parsed = time.process_time()
        scores = [
            (classify(text, sentence=text, tokens=doc[:]).checkworthiness, truly)
            for doc, (text, truly) in zip(docs, rows, strict=True)
        ]
        scored = time.process_time()
        parse_seconds = min(parse_seconds, parsed - started)
        score_seconds = min(score_seconds, scored - parsed)
    worthy = sum(truly for _, truly in rows)
    print(f"CT24 dev: {len(rows)} sentences, {worthy} check-worthy")
    print(
        f"  parse {len(rows) / parse_seconds:,.0f} sentences/s; features, kind and score "
        f"from the parse {len(rows) / score_seconds:,.0f} sentences/s: scoring adds "
        f"{score_seconds / parse_seconds:.0%} to parsing alone (best of {_TIMED_RUNS})"
    )
    print(line("classify, at the band line 0.5", at(scores, LINE)))
    best = best_line(scores)
    print(line(f"classify, at the best line {best:.2f}", at(scores, best)))
    rows_table, ece = reliability(scores)
    print("reliability (ten bins of the score):")
    print("\n".join(rows_table))
    print(f"  expected calibration error (ECE) {ece:.3f}")
    print(line("baseline: everything Yes", [(True, truly) for _, truly in rows]))
    train = read_labelled(data / "checkworthy" / "CT24_checkworthy_english_train.tsv")
    bayes = naive_bayes(train)
    print(line("baseline: naive Bayes, words+pairs", [(bayes(t), truly) for t, truly in rows]))
    if with_splitter:
        flags = [
            (any(c.checkworthiness >= LINE for c in split_text(text)), truly)
            for text, truly in rows
        ]
        print(line("whole splitter, any claim >= 0.5", flags))


GOLD_MATCH = PROJECT.parent / "shared" / "tools" / "gold_match.py"
_SUMMARY = re.compile(
    r"found (\d+)/\d+ .*kind=(\d+)/\d+ band\(\+-1\)=(\d+)/(\d+) none-kept-low=(\d+)/(\d+)"
)


@dataclass
class Agreement:
    """Counts over references: found, band within one (of those not `none`), `none` kept in
    band none, kind right (of those found; a reference without kinds counts as right, as
    gold_match.py counts it)."""

    found: int = 0
    worthy: int = 0
    within_one: int = 0
    nones: int = 0
    none_kept: int = 0
    kind_right: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: Agreement) -> None:
        for name in ("found", "worthy", "within_one", "nones", "none_kept", "kind_right"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.misses += other.misses

    def summary(self) -> str:
        def share(part: int, whole: int) -> str:
            return f"{part}/{whole} = {part / whole:.2f}" if whole else "-"

        return (
            f"found {self.found}; band within one {share(self.within_one, self.worthy)}; "
            f"none kept {share(self.none_kept, self.nones)}; "
            f"kind {share(self.kind_right, self.found)}"
        )


def gold_match(reference: Path, claims: list[Claim]) -> Agreement:
    """../shared/tools/gold_match.py's figures for these claims, as it prints them."""
    with tempfile.TemporaryDirectory() as folder:
        produced = Path(folder) / "claims.json"
        produced.write_text(json.dumps([claim.model_dump(mode="json") for claim in claims]))
        run = subprocess.run(
            [sys.executable, str(GOLD_MATCH), str(reference), str(produced)],
            capture_output=True,
            text=True,
            check=False,
        )
    lines = run.stdout.splitlines()
    match = _SUMMARY.search(lines[-1]) if lines else None
    if match is None:
        raise SystemExit(f"{GOLD_MATCH.name} gave no summary for {reference}: {run.stderr}")
    found, kind, within, worthy, kept, nones = (int(group) for group in match.groups())
    misses = [line for line in lines if line.startswith("worthiness:")]
    return Agreement(found, worthy, within, nones, kept, kind, misses)


def alone(reference: Path) -> Agreement:
    """Each reference's standalone text classified on its own."""
    agreement = Agreement()
    for ref in yaml.safe_load(reference.read_text(encoding="utf-8"))["claims"]:
        if not ref.get("standalone"):
            continue
        result = classify(ref["standalone"])
        got = band(result.checkworthiness)
        agreement.found += 1
        agreement.kind_right += not ref.get("kind") or result.kind in ref["kind"]
        if ref["worthy"] == "none":
            agreement.nones += 1
            agreement.none_kept += got == "none"
        else:
            agreement.worthy += 1
            agreement.within_one += abs(BANDS.index(got) - BANDS.index(ref["worthy"])) <= 1
    return agreement


def reference_files(data: Path) -> list[tuple[Path, Path]]:
    """(reference, article) for every news reference and every test article."""
    news = [(path, path.with_name(path.name.replace(".claims.yaml", ".txt")))
            for path in sorted((data / "news").glob("*.claims.yaml"))]  # fmt: skip
    tests = []
    for path in sorted((PROJECT / "tests" / "gold").glob("*.claims.yaml")):
        article = yaml.safe_load(path.read_text(encoding="utf-8"))["article"]
        tests.append((path, PROJECT / "seeds" / article))
    return news + tests


_ATTRIBUTION_LABELS = ("reported speech", "an accusation, denial or warning")
"""The reporting verb stands outside the claim ("X said ..."): the one word of context a
reason may quote."""


def quoted_from_outside(claims: list[Claim]) -> list[str]:
    """Reasons that quote words the claim does not hold ("future: will" on a claim without
    "will"), as `claim text | reason`."""
    found = []
    for claim in claims:
        for reason in claim.reasons:
            for part in reason.split("; "):
                label, _, quoted = part.rpartition(": ")
                if label in ("", "worth checking", *KINDS) or label.endswith(
                    ("reported", *_ATTRIBUTION_LABELS)
                ):
                    continue
                if quoted.rstrip("…").casefold() not in claim.text.casefold():
                    found.append(f"{claim.text} | {part}")
    return found


def evaluate_news(data: Path) -> None:
    by_splitter, standalone = Agreement(), Agreement()
    reasons, outside = 0, []
    print("\nnews references: the splitter's claims by gold_match.py (S), standalone texts (A)")
    for reference, article in reference_files(data):
        claims = split(read_article(article))
        reasons += sum(len(claim.reasons) for claim in claims)
        outside += quoted_from_outside(claims)
        split_figures = gold_match(reference, claims)
        alone_figures = alone(reference)
        print(f"{reference.name.split('.')[0][:34]:34} S {split_figures.summary()}")
        if alone_figures.found:
            print(f"{'':34} A {alone_figures.summary()}")
        by_splitter.add(split_figures)
        standalone.add(alone_figures)
    print(f"{'ALL, splitter':34} {by_splitter.summary()}")
    print(f"{'ALL, standalone texts':34} {standalone.summary()}")
    print(f"reasons quoting words outside their claim: {len(outside)} of {reasons}")
    for example in outside[:5]:
        print(f"  {example}")
    print("band misses of the splitter's claims:")
    for miss in by_splitter.misses:
        print(f"  {miss}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=PROJECT.parent / "shared" / "data")
    parser.add_argument("--limit", type=int, default=None, help="only the first N dev sentences")
    parser.add_argument("--no-splitter", action="store_true", help="skip the whole-splitter line")
    args = parser.parse_args(argv)
    evaluate_dev(args.data, args.limit, not args.no_splitter)
    evaluate_news(args.data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
