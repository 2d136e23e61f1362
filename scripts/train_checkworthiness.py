"""Train the two models shipped in factcheck/splitter/checkworthiness_model.json.

usage: .venv/bin/python scripts/train_checkworthiness.py [--data ../shared/data] [--out PATH]
                                                         [--cache DIR]

Offline and deterministic (liblinear seeded, lbfgs, a fixed feature order, seeded splits: two
runs, one with a cold and one with a warm `--cache`, wrote the same file byte for byte). The
folds of each cross-validation run in JOBS worker processes (joblib) and spaCy parses in as
many: on a 2-core machine 9.1 minutes wall-clock cold (543 s, one run, session 19), of which
2.6 parsing 26,100 texts, and 6.2 with the parses cached (373 s, before sets t and u's key
lines joined); session 17 had 12.3 and 7.8 with a larger grid, single-threaded 24.5 and 18.6.
The grids below are trimmed to their tops to keep it so; keep it so when adding any. Needs
scikit-learn (`pip install -e '.[train]'`); the shipped file is plain weights that the package
reads with no numerical library.

Check-worthiness: L2 logistic regression over `factcheck.splitter.features` (structure, the
parser's vectors and words) of the CT24 TRAIN file only; dev is for
benchmarks/eval_checkworthy.py. The settings (regularisation C, and how much the word features
weigh against the others) are chosen by 5-fold cross-validation grouped by debate (a block of
1,000 consecutive sentence ids, about one debate), so a setting that only learns one debate's
topics loses. One fifth of the debates (HELD_APART) is never used to choose anything: the
script reports F1 there, the stand-in for text the model never saw. The probability is then
calibrated on out-of-fold scores (10 folds drawn across debates, as dev is; Platt scaling or
isotonic regression, whichever has the lower cross-validated ECE), so that 0.5 is the real line
between "more likely worth checking than not" and not.

News: the debates alone score plain news events low and reported opinions high. The news
references' standalone texts join the training rows, each as a soft label at its band's
middle (none 0.125 ... high 0.875), weighted against a debate sentence by a weight chosen by
cross-validation grouped by article (band within one + `none` kept in band none). The texts
are read without a reporting verb: reading an attributed reference with one (as the kind
model does) left the CV figures as they were (band within one 265/286, none kept 7/34 against
8/34) and kept 3 fewer `none` claims of the splitter in band none (23 -> 20 of 33).
The key lines of the made-up development articles (scripts/data/madeup_keys.tsv, 3,292 claims
in the same news style, keyed by writers who never saw the code) join them the same way, at
their own weight; the news weight is chosen first, then the key weight, both by CV grouped by
article on the news references and the key lines alike (the grids' winners of sessions 16-19
alone are run now, for time: NEWS_WEIGHTS, KEY_SCORE_WEIGHTS).

Kind: multinomial logistic regression over the same features (unigrams only), trained on every
hand-made reference claim that has kinds (../shared/data/news standalone texts, tests/gold
sentences), on the key lines of the made-up articles (their kinds read in the news
references' convention, scripts/data/KINDS.md) and on the CT24 and PropSegmEnt sentences
annotated in scripts/data/ by scripts/data/KINDS.md; a reference allowing several kinds counts
once, shared between them.
A news reference the article attributes (it has a `speaker`) is read with ATTRIBUTING_VERB, as
the splitter hands `features.read` the verb of an attributed claim: its standalone text often
leaves the speaker out (CV kind right 0.803 -> 0.838).
Per-kind precision and recall are printed from cross-validation grouped by article, for the
news and seed references and for the key lines, the model alone and narrowed by the package's
precedence rules (`checkworthiness.KIND_PRECEDENCE`). The news references are partly in-sample
for the shipped model; `--kind-without-news` trains the kind model without them, so that the
splitter's kinds on the news articles measure text the kind model never saw.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import yaml
from joblib import Parallel, delayed
from sklearn.feature_extraction import DictVectorizer
from sklearn.isotonic import IsotonicRegression
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold, StratifiedKFold
from spacy.tokens import DocBin

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from factcheck.models import ClaimKind  # noqa: E402
from factcheck.splitter.checkworthiness import narrowed_kind  # noqa: E402
from factcheck.splitter.features import (  # noqa: E402
    KIND_ONLY,
    RULE_ONLY,
    VECTOR_READING,
    fingerprint,
    read,
    structural,
    word_feature,
)
from factcheck.splitter.parser import english  # noqa: E402
from factcheck.splitter.sentences import sentence_spans  # noqa: E402

TRAIN_FILE = "CT24_checkworthy_english_train.tsv"
DEV_FILE = "CT24_checkworthy_english_dev.tsv"
DEBATE_BLOCK = 1000
"""Sentence ids are consecutive within a debate: a block of 1,000 ids is about one debate."""
HELD_APART = 2
"""Debate blocks with block % 5 == HELD_APART are held apart from every choice (about 20%)."""
FOLDS = 5
JOBS = 2
"""Worker processes for the folds of each cross-validation (the budget is 2 cores); the
folds' results are put together in fold order, so the model is the same with any number."""
CALIBRATION_FOLDS = 10
"""Folds of the out-of-fold logits calibrated on: each from a model fitted on 90% of the
sentences, nearly as sharp as the shipped one fitted on all (with 5 folds, dev's ECE 0.051)."""
MIN_COUNT = 3
"""Words and pairs seen in fewer training sentences are dropped (noise, and file size)."""
C_GRID = (0.5,)
WORD_SCALE_GRID = (0.35, 0.5)
"""Runs over C 0.05-1 and word scales 0.25-1 found grouped-CV F1 flat at 0.62-0.63 from C 0.5
and scale 0.35 up (structure alone, scale 0.25: 0.614): this grid keeps the top of it. C 1.0
was run beside 0.5 until session 19 and never won (grouped-CV F1 0.638-0.640 against
0.639-0.640, session 19); it is left out to keep training under 10 minutes with nothing
cached (each setting costs 22 s)."""
KIND_C_GRID = (0.3, 1.0)
KIND_WORD_SCALE = 0.3
"""Words weigh less than structure in the kind model: 350 references are too few to learn
many words (article-grouped CV: words at full weight 0.62, at 0.3 0.66, none 0.67)."""
PRUNE_BELOW = 0.005
KINDS = [kind.value for kind in ClaimKind]

Features = dict[str, float]


@dataclass(frozen=True)
class Row:
    sentence_id: int
    text: str
    label: int

    @property
    def debate(self) -> int:
        return self.sentence_id // DEBATE_BLOCK


def read_labelled(path: Path) -> list[Row]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [
            Row(int(row["Sentence_id"]), row["Text"], int(row["class_label"].strip() == "Yes"))
            for row in rows
        ]


def parsed_features(
    texts: list[str], cache: Path | None, verbs: list[str | None] | None = None
) -> list[Features]:
    """`features.read` of each text (with its reporting verb from `verbs`, if given), parsed
    in batches. The parses and the parser's token vectors (which DocBin leaves out) are kept
    in `cache` (a folder) if given, under a name that changes with the texts and the parser,
    so a change to the features is retrained without parsing again."""
    nlp = english()
    identity = "\n".join(texts) + nlp.meta["name"] + nlp.meta["version"]
    key = hashlib.sha256(identity.encode("utf-8")).hexdigest()[:16]
    path = cache / f"parses-{key}.spacy" if cache else None
    vectors = cache / f"vectors-{key}.npy" if cache else None
    if path and vectors and path.exists() and vectors.exists():
        docs = list(DocBin().from_bytes(path.read_bytes()).get_docs(nlp.vocab))
        stacked = np.load(vectors)
        starts = np.cumsum([0] + [len(doc) for doc in docs])
        for doc, start in zip(docs, starts, strict=False):
            doc.tensor = stacked[start : start + len(doc)]
    else:
        started = time.perf_counter()
        docs = list(nlp.pipe(texts, batch_size=256, n_process=JOBS))
        took = time.perf_counter() - started
        print(f"parsed {len(texts)} texts in {took:.0f} s", file=sys.stderr)
        if path and vectors:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(DocBin(store_user_data=False, docs=docs).to_bytes())
            np.save(vectors, np.concatenate([doc.tensor for doc in docs]))
    verbs = verbs or [None] * len(docs)
    return [read(doc[:], verb).named_values() for doc, verb in zip(docs, verbs, strict=True)]


def scaled(found: list[Features], word_scale: float) -> list[Features]:
    return [
        {name: value * (word_scale if word_feature(name) else 1.0) for name, value in f.items()}
        for f in found
    ]


def kept_vocabulary(found: list[Features], min_count: int) -> set[str]:
    counts = Counter(name for f in found for name in f)
    return {name for name, n in counts.items() if n >= min_count or not word_feature(name)}


def restricted(found: list[Features], vocabulary: set[str]) -> list[Features]:
    return [{n: v for n, v in f.items() if n in vocabulary} for f in found]


def matrix_of(vectorizer: DictVectorizer, found: list[Features], *, fit: bool = False):
    """The sparse matrix of `found`, with the 32-bit indices liblinear requires."""
    matrix = vectorizer.fit_transform(found) if fit else vectorizer.transform(found)
    matrix.indices = matrix.indices.astype(np.int32)
    matrix.indptr = matrix.indptr.astype(np.int32)
    return matrix


def logit_model(c: float) -> LogisticRegression:
    # liblinear draws the order it visits rows in from numpy's global generator unless given a
    # seed: unseeded, two runs on the same rows chose different settings (the grid's F1s lie
    # within 0.001 of each other)
    return LogisticRegression(C=c, solver="liblinear", max_iter=1000, random_state=0)


Extra = tuple[list[Features], np.ndarray, np.ndarray]
"""Rows every fold trains on besides its sentences: (features, labels, weights)."""


def out_of_fold_logits(
    found: list[Features],
    labels: np.ndarray,
    groups: np.ndarray | None,
    c: float,
    extra: Extra | None = None,
) -> np.ndarray:
    """Each sentence's logit from a model that never saw it: nor its debate when `groups`
    are given; otherwise folds drawn across debates (fixed seed), as dev is drawn from the
    debates train holds. `extra` rows (the news references) join every fold's training, so
    the logits are those of the model as shipped."""
    if groups is None:
        shuffled = StratifiedKFold(n_splits=CALIBRATION_FOLDS, shuffle=True, random_state=0)
        folds = shuffled.split(found, labels)
    else:
        folds = GroupKFold(n_splits=FOLDS).split(found, labels, groups)
    extra_found, extra_labels, extra_weights = extra or ([], np.zeros(0), np.zeros(0))
    folds = list(folds)
    logits = np.zeros(len(found))
    held_logits = Parallel(n_jobs=JOBS, max_nbytes=None)(
        delayed(_fold_logits)(
            [found[i] for i in kept] + extra_found,
            np.concatenate([labels[kept], extra_labels]),
            np.concatenate([np.ones(len(kept)), extra_weights]),
            [found[i] for i in held],
            c,
        )
        for kept, held in folds
    )
    for (_, held), fold_logits in zip(folds, held_logits, strict=True):
        logits[held] = fold_logits
    return logits


def _fold_logits(
    kept: list[Features], labels: np.ndarray, weights: np.ndarray, held: list[Features], c: float
) -> np.ndarray:
    """The logits of `held` from a model fitted on `kept` (one fold, in a worker)."""
    vectorizer = DictVectorizer()
    matrix = matrix_of(vectorizer, kept, fit=True)
    model = logit_model(c).fit(matrix, labels, sample_weight=weights)
    return model.decision_function(matrix_of(vectorizer, held))


def platt(logits: np.ndarray, labels: np.ndarray) -> tuple[float, float]:
    """(a, b) so that sigmoid(a * logit + b) is calibrated on these out-of-fold logits."""
    fitted = LogisticRegression(C=1e6, solver="lbfgs").fit(logits.reshape(-1, 1), labels)
    return float(fitted.coef_[0][0]), float(fitted.intercept_[0])


def calibrated(logits: np.ndarray, a: float, b: float) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-(a * logits + b)))


def isotonic_steps(logits: np.ndarray, labels: np.ndarray) -> list[tuple[float, float]]:
    """Isotonic regression of the labels on the logits, as (logit, probability) steps."""
    fitted = IsotonicRegression(y_min=0.0, y_max=1.0, out_of_bounds="clip").fit(logits, labels)
    return [
        (round(float(x), 4), round(float(y), 4))
        for x, y in zip(fitted.X_thresholds_, fitted.y_thresholds_, strict=True)
    ]


def expected_calibration_error(probabilities: np.ndarray, labels: np.ndarray) -> float:
    """Ten equal-width bins, as benchmarks/eval_checkworthy.py reads it."""
    bins = np.minimum((probabilities * 10).astype(int), 9)
    error = 0.0
    for k in range(10):
        inside = bins == k
        if inside.any():
            error += inside.sum() * abs(probabilities[inside].mean() - labels[inside].mean())
    return float(error / len(labels))


@dataclass(frozen=True)
class Calibration:
    """Platt's (a, b), and isotonic steps when they calibrate better (see `calibrate`)."""

    a: float
    b: float
    steps: list[tuple[float, float]]

    def probabilities(self, logits: np.ndarray) -> np.ndarray:
        if not self.steps:
            return calibrated(logits, self.a, self.b)
        xs, ys = zip(*self.steps, strict=True)
        return np.interp(logits, xs, ys)

    def shipped(self) -> dict:
        about = {"a": round(self.a, 4), "b": round(self.b, 4)}
        return {**about, "steps": self.steps} if self.steps else about


def calibrate(logits: np.ndarray, labels: np.ndarray) -> tuple[Calibration, str]:
    """Platt scaling or isotonic regression of out-of-fold logits, whichever has the lower
    ECE on logits it was not fitted on (5 folds); Platt on a tie, being the smoother."""
    platt_probabilities = np.zeros(len(logits))
    isotonic_probabilities = np.zeros(len(logits))
    folds = StratifiedKFold(n_splits=FOLDS, shuffle=True, random_state=1).split(logits, labels)
    for kept, held in folds:
        platt_probabilities[held] = calibrated(logits[held], *platt(logits[kept], labels[kept]))
        steps = Calibration(0.0, 0.0, isotonic_steps(logits[kept], labels[kept]))
        isotonic_probabilities[held] = steps.probabilities(logits[held])
    platt_error = expected_calibration_error(platt_probabilities, labels)
    isotonic_error = expected_calibration_error(isotonic_probabilities, labels)
    a, b = platt(logits, labels)
    steps = isotonic_steps(logits, labels) if isotonic_error < platt_error else []
    chosen = "isotonic" if steps else "Platt"
    note = f"calibration ECE by CV: Platt {platt_error:.3f}, isotonic {isotonic_error:.3f}"
    return Calibration(a, b, steps), f"{note}; {chosen} chosen"


def f1_at(probabilities: np.ndarray, labels: np.ndarray, line: float) -> float:
    said = probabilities >= line
    hits = int(np.sum(said & (labels == 1)))
    total = int(np.sum(said)) + int(np.sum(labels))
    return 2 * hits / total if total else 0.0


def best_f1(probabilities: np.ndarray, labels: np.ndarray) -> float:
    return max(f1_at(probabilities, labels, line / 100) for line in range(5, 96))


@dataclass(frozen=True)
class Choice:
    c: float
    word_scale: float
    f1: float


def choose_settings(found: list[Features], labels: np.ndarray, groups: np.ndarray) -> Choice:
    """The (C, word scale) whose debate-grouped out-of-fold F1 at 0.5, after calibration, is
    best."""
    best: Choice | None = None
    for word_scale in WORD_SCALE_GRID:
        rescaled = scaled(found, word_scale)
        for c in C_GRID:
            logits = out_of_fold_logits(rescaled, labels, groups, c)
            probabilities = calibrated(logits, *platt(logits, labels))
            f1 = f1_at(probabilities, labels, 0.5)
            print(
                f"  C {c:<5} word scale {word_scale:<4} grouped-CV F1 at 0.5 {f1:.3f} "
                f"(best line {best_f1(probabilities, labels):.3f})",
                file=sys.stderr,
            )
            if best is None or f1 > best.f1:
                best = Choice(c, word_scale, f1)
    assert best is not None
    return best


@dataclass(frozen=True)
class Scorer:
    """A fitted check-worthiness model as shipped: weights already multiplied by the scale."""

    bias: float
    weights: dict[str, float]
    calibration: Calibration
    note: str = ""

    def probabilities(self, found: list[Features]) -> np.ndarray:
        logits = np.array(
            [self.bias + sum(self.weights.get(n, 0.0) * v for n, v in f.items()) for f in found]
        )
        return self.calibration.probabilities(logits)


@dataclass(frozen=True)
class NewsExamples:
    """News reference claims (and key lines) as extra training rows: each twice, worthy and
    not, weighted by its band's middle (band high: 0.875 worthy, 0.125 not) times its row's
    weight (`weights`, one per reference)."""

    found: list[Features]
    targets: np.ndarray
    weights: np.ndarray

    def rows(self) -> tuple[list[Features], np.ndarray, np.ndarray]:
        found = self.found + self.found
        labels = np.array([1] * len(self.found) + [0] * len(self.found))
        weights = np.concatenate([self.targets, 1.0 - self.targets]) * np.tile(self.weights, 2)
        return found, labels, weights


def fit_scorer(
    found: list[Features],
    labels: np.ndarray,
    choice: Choice,
    news: NewsExamples | None = None,
    calibrated_as: Scorer | None = None,
) -> Scorer:
    """The model on every sentence given (and the news references, if given), calibrated on
    out-of-fold logits of the sentences drawn across debates (the news references in every
    fold, as in the model shipped): dev and the desk's use are read as sentences of debates
    like train's. `calibrated_as`: a scorer fitted on the same sentences, whose calibration
    is taken rather than fitted again (to choose the news weight, where only the order of the
    scores within the bands' lines matters less than the time)."""
    vocabulary = kept_vocabulary(found, MIN_COUNT)
    rescaled = scaled(restricted(found, vocabulary), choice.word_scale)
    extra: Extra | None = None
    if news is not None and news.weights.any():
        extra_found, extra_labels, extra_weights = news.rows()
        extra_found = scaled(restricted(extra_found, vocabulary), choice.word_scale)
        extra = (extra_found, extra_labels, extra_weights)
    if calibrated_as is None:
        logits = out_of_fold_logits(rescaled, labels, None, choice.c, extra)
        calibration, note = calibrate(logits, labels)
    else:
        calibration, note = calibrated_as.calibration, calibrated_as.note
    weights = np.ones(len(rescaled))
    if extra is not None:
        rescaled = rescaled + extra[0]
        labels = np.concatenate([labels, extra[1]])
        weights = np.concatenate([weights, extra[2]])
    vectorizer = DictVectorizer()
    matrix = matrix_of(vectorizer, rescaled, fit=True)
    model = logit_model(choice.c).fit(matrix, labels, sample_weight=weights)
    weights = {
        name: round(float(weight) * (choice.word_scale if word_feature(name) else 1.0), 4)
        for name, weight in zip(vectorizer.feature_names_, model.coef_[0], strict=True)
        if abs(weight) >= PRUNE_BELOW
    }
    bias = round(float(model.intercept_[0]), 4)
    return Scorer(bias=bias, weights=weights, calibration=calibration, note=note)


BAND_MIDDLES = {"none": 0.125, "low": 0.375, "medium": 0.625, "high": 0.875}
NEWS_WEIGHTS = (25.0,)
"""How much one news reference weighs against one debate sentence; chosen by article-grouped
cross-validation on the references. The grid once ran 0 (debates alone), 5, 10, 25 and 50;
news band within one / none kept: 0 258/286 6/34, 5 261 7, 10 262 7, 25 263 9, 50 as 25; in
sessions 17 and 18, 10 against 25: 263/286 8/34 both, 25 chosen each time. Only 25 is run
now (each weight costs 80 s of cross-validation), to keep training under 10 minutes on 2
cores with nothing cached."""
KEY_SCORE_WEIGHTS = (5.0,)
"""How much one key line (MADEUP_KEYS) weighs against one debate sentence, chosen with the
news weight. At news weight 25: key weight 0 263/286 news, 1418/1534 key lines within one; 1
264, 1437; 5 270, 1453 (1 is no longer run). 0 against 5 since: session 18 263 against 270 of
286 news, 2229 against 2311 of 2411 key lines; session 19 264 against 273, 2602 against 2693
of 2791. 5 won every time by far, and with sets t and u the two runs took training to 597 s
cold (10 minutes on a slower machine), so only 5 is run: its cross-validated figures are
printed, the weights are no longer chosen."""


@dataclass(frozen=True)
class NewsReference:
    article: str
    text: str
    worthy: str
    keyed: bool = False  # a made-up article's key line


def read_news_worthiness(data: Path) -> list[NewsReference]:
    """Every news reference's standalone text with its band."""
    return [
        NewsReference(path.name, claim["standalone"], claim["worthy"])
        for path in sorted((data / "news").glob("*.claims.yaml"))
        for claim in yaml.safe_load(path.read_text(encoding="utf-8"))["claims"]
        if claim.get("standalone") and claim.get("worthy") in BAND_MIDDLES
    ]


def read_key_worthiness() -> list[NewsReference]:
    """Every key line of MADEUP_KEYS with its band."""
    return [
        NewsReference(row["article"], row["claim"], row["worthy"], keyed=True)
        for row in read_key_rows()
    ]


def band_agreement(references: list[NewsReference], probabilities: np.ndarray) -> tuple[int, ...]:
    """(band within one, of references not `none`; `none` kept in band none, of `none`s)."""
    bands = list(BAND_MIDDLES)
    got = [bands[min(3, int(p * 4))] for p in probabilities]
    worthy = [(ref, g) for ref, g in zip(references, got, strict=True) if ref.worthy != "none"]
    nones = [g for ref, g in zip(references, got, strict=True) if ref.worthy == "none"]
    within = sum(abs(bands.index(g) - bands.index(ref.worthy)) <= 1 for ref, g in worthy)
    return within, len(worthy), sum(g == "none" for g in nones), len(nones)


def band_share(references: list[NewsReference], probabilities: np.ndarray, keyed: bool):
    """(band agreement of the news references or of the key lines, its share right)."""
    chosen = [i for i, ref in enumerate(references) if ref.keyed == keyed]
    figures = band_agreement([references[i] for i in chosen], probabilities[chosen])
    within, worthy, kept_none, nones = figures
    return figures, (within + kept_none) / (worthy + nones)


def news_cross_validation(
    found: list[Features],
    labels: np.ndarray,
    choice: Choice,
    references: list[NewsReference],
    news_found: list[Features],
) -> tuple[tuple[float, float], str]:
    """The (news weight, key weight) whose article-grouped CV band agreement (within one +
    `none` kept) is best, on the news references and the key lines alike (the mean of the two
    shares); each fold trains on every debate sentence and the other articles' references
    and key lines. The news weight is chosen first (no key line trained on), then the key
    weight beside it: a full grid would double the training time. A grid of one weight each
    (as now: NEWS_WEIGHTS, KEY_SCORE_WEIGHTS) runs once, for its figures."""
    articles = np.array([ref.article for ref in references])
    targets = np.array([BAND_MIDDLES[ref.worthy] for ref in references])
    keyed = np.array([ref.keyed for ref in references])
    debates_alone = fit_scorer(found, labels, choice)
    lines: list[str] = []

    def agreement(news_weight: float, key_weight: float) -> float:
        weights = np.where(keyed, key_weight, news_weight)
        probabilities = np.zeros(len(references))
        folds = list(GroupKFold(n_splits=FOLDS).split(references, groups=articles))
        held_probabilities = Parallel(n_jobs=JOBS, max_nbytes=None)(
            delayed(_news_fold)(
                found,
                labels,
                choice,
                NewsExamples([news_found[i] for i in kept], targets[kept], weights[kept]),
                debates_alone,
                [news_found[i] for i in held],
            )
            for kept, held in folds
        )
        for (_, held), fold_probabilities in zip(folds, held_probabilities, strict=True):
            probabilities[held] = fold_probabilities
        (within, worthy, kept_none, nones), on_news = band_share(references, probabilities, False)
        (k_within, k_worthy, k_kept, k_nones), on_keys = band_share(references, probabilities, True)
        lines.append(
            f"  news weight {news_weight:<4} key weight {key_weight:<4} article-grouped CV: "
            f"news band within one {within}/{worthy}, none kept {kept_none}/{nones}; "
            f"key lines {k_within}/{k_worthy}, none kept {k_kept}/{k_nones}"
        )
        return (on_news + on_keys) / 2

    # A tie goes to the heavier weight: news is what the scorer serves.
    # a grid of one is not run for choosing: the key weight's run below reports it
    by_news = {NEWS_WEIGHTS[0]: 0.0}
    if len(NEWS_WEIGHTS) > 1:
        by_news = {weight: agreement(weight, 0.0) for weight in NEWS_WEIGHTS}
    news_weight = max(reversed(NEWS_WEIGHTS), key=by_news.__getitem__)
    by_key = {0.0: by_news[news_weight]} if 0.0 in KEY_SCORE_WEIGHTS else {}
    by_key |= {weight: agreement(news_weight, weight) for weight in KEY_SCORE_WEIGHTS if weight}
    key_weight = max(reversed(KEY_SCORE_WEIGHTS), key=by_key.__getitem__)
    return (news_weight, key_weight), "\n".join(lines)


def _news_fold(
    found: list[Features],
    labels: np.ndarray,
    choice: Choice,
    news: NewsExamples,
    debates_alone: Scorer,
    held: list[Features],
) -> np.ndarray:
    """The probabilities of `held` references from the scorer fitted with the fold's `news`
    (one fold, in a worker); the debates alone when the fold weighs no reference."""
    scorer = debates_alone
    if news.weights.any():
        scorer = fit_scorer(found, labels, choice, news, debates_alone)
    return scorer.probabilities(held)


def score_features(texts: list[str], cache: Path | None) -> list[Features]:
    """What the check-worthiness model reads: every feature but the kind model's own."""
    found = parsed_features(texts, cache)
    return [{n: v for n, v in f.items() if n not in KIND_ONLY | RULE_ONLY} for f in found]


def train_checkworthiness(rows: list[Row], data: Path, cache: Path | None) -> tuple[Scorer, dict]:
    found = score_features([row.text for row in rows], cache)
    found = restricted(found, kept_vocabulary(found, MIN_COUNT))
    labels = np.array([row.label for row in rows])
    groups = np.array([row.debate for row in rows])
    apart = groups % FOLDS == HELD_APART
    tuning = np.flatnonzero(~apart)
    print(f"choosing settings on {len(tuning)} sentences ({int(apart.sum())} held apart)")
    choice = choose_settings([found[i] for i in tuning], labels[tuning], groups[tuning])
    print(f"chosen: C {choice.c}, word scale {choice.word_scale} (grouped-CV F1 {choice.f1:.3f})")
    partial = fit_scorer([found[i] for i in tuning], labels[tuning], choice)
    held = np.flatnonzero(apart)
    held_probabilities = partial.probabilities([found[i] for i in held])
    held_f1 = f1_at(held_probabilities, labels[held], 0.5)
    print(
        f"held-apart debates ({len(held)} sentences, never used to choose): "
        f"F1 at 0.5 {held_f1:.3f}, best line {best_f1(held_probabilities, labels[held]):.3f}"
    )
    references = read_news_worthiness(data) + read_key_worthiness()
    news_found = score_features([ref.text for ref in references], cache)
    (weight, key_weight), figures = news_cross_validation(
        found, labels, choice, references, news_found
    )
    print(
        f"news references and key lines ({len(references)}), by weight against a debate sentence:"
    )
    print(figures)
    print(f"chosen news weight {weight}, key weight {key_weight}")
    targets = np.array([BAND_MIDDLES[ref.worthy] for ref in references])
    weights = np.array([key_weight if ref.keyed else weight for ref in references])
    news = NewsExamples(news_found, targets, weights)
    scorer = fit_scorer(found, labels, choice, news)
    print(scorer.note)
    report = {
        "c": choice.c,
        "word_scale": choice.word_scale,
        "grouped_cv_f1": round(choice.f1, 4),
        "held_apart_f1": round(held_f1, 4),
        "news_weight": weight,
        "key_weight": key_weight,
    }
    return scorer, report


@dataclass(frozen=True)
class Reference:
    article: str
    text: str
    kinds: list[str]
    scored: bool = True  # False: our own annotation, always trained on, never measured
    attributed: bool = False  # the article puts the claim in someone's mouth
    keyed: bool = False  # a made-up article's key line (MADEUP_KEYS), not a news or seed reference

    @property
    def reporting_verb(self) -> str | None:
        """The verb the splitter hands `features.read` for an attributed claim: a
        reference's standalone text often leaves the speaker out ("The plane is
        super-economical", speaker Boeing), and the kind model must learn from attributed
        claims as the splitter reads them (reported speech) what kinds they take."""
        return ATTRIBUTING_VERB if self.attributed else None


ATTRIBUTING_VERB = "said"
"""The verb read for an attributed reference: the references keep the speaker, not the verb."""
ANNOTATIONS = PROJECT / "scripts" / "data"
"""Sentences of ../shared/data annotated with kinds by hand, by ANNOTATIONS/KINDS.md."""
PROPSEGMENT_FILE = Path("propsegment") / "dev.jsonl"
MADEUP_KEYS = ANNOTATIONS / "madeup_keys.tsv"
"""The key lines of the made-up development articles (ANNOTATIONS/KINDS.md)."""
KEY_WEIGHT_GRID = (1.0,)
"""How much a key line weighs in the kind model against a news or seed reference (0: not
trained on, the figures before the keys came). By article-grouped CV (references / key lines),
at C 1.0: 0 0.844/0.594, 0.5 0.850/0.640, 1 0.855/0.645; at C 0.3: 0 0.829/0.587, 0.5
0.847/0.628, 1 0.858/0.637, 2 0.850/0.637. Only 1 is run again (training time)."""
_REPORTED_SPEECH = re.compile(
    r"\b(said|says|told|announced|promised|pledged|den(?:y|ies|ied)|claim(?:s|ed)|"
    r"accus(?:es|ed)|admit(?:s|ted)|insist(?:s|ed)|warn(?:s|ed)|argu(?:es|ed)|alleg(?:es|ed)|"
    r"blam(?:es|ed)|urg(?:es|ed)|criticised|vowed|confirmed|predicted|according to)\b",
    re.IGNORECASE,
)
_RANKING = re.compile(
    r"-(largest|biggest|smallest|oldest|highest|lowest|busiest)\b"
    r"|\b(largest|biggest|smallest|oldest|busiest)\b"
    r"|\bthe (highest|lowest|worst|best|most|least)\b",
    re.IGNORECASE,
)


def read_key_rows() -> list[dict[str, str]]:
    """The lines of MADEUP_KEYS: article, speaker ('-': the article's own voice), kind,
    worthy, claim."""
    with MADEUP_KEYS.open(encoding="utf-8", newline="") as handle:
        lines = (line for line in handle if not line.startswith("#"))
        return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def news_kind(kind: str, speaker: str, claim: str) -> str:
    """A key's kind in the news references' convention. The keys' writers typed a fact in
    the article's own voice that reports no speech ("Pembury Home is based in Leeds") a
    statement (207 lines); the news references type such a standing fact an event ("The
    Boeing 7E7 is also known as the Dreamliner"), or a comparison when it ranks its subject
    ("Japan Airlines is Asia's biggest airline"), and keep statement for what someone said.
    Every other key kind is the writer's."""
    if speaker != "-" or kind != "statement" or _REPORTED_SPEECH.search(claim):
        return kind
    return "comparison" if _RANKING.search(claim) else "event"


def read_madeup_keys() -> list[Reference]:
    """Every key line of MADEUP_KEYS, its kind as `news_kind` reads it."""
    return [
        Reference(
            row["article"],
            row["claim"],
            [news_kind(row["kind"], row["speaker"], row["claim"])],
            attributed=row["speaker"] != "-",
            keyed=True,
        )
        for row in read_key_rows()
    ]


def read_annotations(rows: list[Row], data: Path) -> list[Reference]:
    """The CT24 train sentences (by sentence id) and PropSegmEnt dev sentences (by line)
    annotated with kinds in ANNOTATIONS; their texts are read from `data`."""
    ct24 = {row.sentence_id: row.text for row in rows}
    lines = (data / PROPSEGMENT_FILE).read_text("utf-8").splitlines()
    propsegment = {number: json.loads(line)["sentence"] for number, line in enumerate(lines)}
    return [
        Reference(source, texts[number], kinds, scored=False)
        for source, texts in (("ct24", ct24), ("propsegment", propsegment))
        for number, kinds in _annotated(ANNOTATIONS / f"{source}_kinds.tsv")
    ]


def _annotated(path: Path) -> list[tuple[int, list[str]]]:
    """(number, kinds) of each line of an annotation file; comments and the header skipped."""
    lines = [line for line in path.read_text("utf-8").splitlines() if line[:1].isdigit()]
    return [(int(number), kinds.split(",")) for number, kinds in (x.split("\t") for x in lines)]


def read_references(data: Path, news: bool = True) -> list[Reference]:
    """Every hand-made reference claim with kinds: the news standalone texts (unless `news`
    is False), and for the test articles (no standalone text) the sentence that holds the
    claim."""
    found: list[Reference] = []
    for path in sorted((data / "news").glob("*.claims.yaml")) if news else []:
        for claim in yaml.safe_load(path.read_text(encoding="utf-8"))["claims"]:
            if claim.get("kind") and claim.get("standalone"):
                attributed = bool(claim.get("speaker"))
                found.append(
                    Reference(path.name, claim["standalone"], claim["kind"], attributed=attributed)
                )
    for path in sorted((PROJECT / "tests" / "gold").glob("*.claims.yaml")):
        reference = yaml.safe_load(path.read_text(encoding="utf-8"))
        article = (PROJECT / "seeds" / reference["article"]).read_text(encoding="utf-8")
        sentences = [article[start:end] for start, end in sentence_spans(article)]
        holders = [_holder(claim, sentences) for claim in reference["claims"]]
        for claim, holder in zip(reference["claims"], holders, strict=True):
            # A sentence holding several references would teach every kind of them at once.
            if claim.get("kind") and holder and holders.count(holder) == 1:
                found.append(Reference(path.name, holder.strip(), claim["kind"]))
    return found


def _holder(claim: dict, sentences: list[str]) -> str | None:
    wanted = [part.casefold() for part in claim["contains"]]
    return next((s for s in sentences if all(w in s.casefold() for w in wanted)), None)


def kind_examples(
    found: list[Features], references: list[Reference], indexes: np.ndarray, key_weight: float
):
    """One example per allowed kind of each reference, weighted so each reference counts once
    (a key line `key_weight` times; none at 0)."""
    rows, labels, weights = [], [], []
    for i in indexes:
        weight = key_weight if references[i].keyed else 1.0
        for kind in references[i].kinds if weight else []:
            rows.append(found[i])
            labels.append(kind)
            weights.append(weight / len(references[i].kinds))
    return rows, labels, np.array(weights)


def kind_features(found: Features) -> Features:
    """What the kind model reads: structure, and single words at KIND_WORD_SCALE; not the
    parser's vectors (article-grouped CV 0.798 with or without them, at scales 0.3-3)."""
    return {
        name: value if structural(name) else value * KIND_WORD_SCALE
        for name, value in found.items()
        if not name.startswith(("b:", VECTOR_READING))
    }


def fit_kinds(
    found: list[Features],
    references: list[Reference],
    indexes: np.ndarray,
    c: float,
    key_weight: float,
):
    rows, labels, weights = kind_examples(found, references, indexes, key_weight)
    # The precedence rules read RULE_ONLY features; the model never weighs them.
    rows = [{name: value for name, value in row.items() if name not in RULE_ONLY} for row in rows]
    vectorizer = DictVectorizer()
    model = LogisticRegression(C=c, solver="lbfgs", max_iter=5000)
    model.fit(vectorizer.fit_transform(rows), labels, sample_weight=weights)
    return vectorizer, model


def kind_cross_validation(
    found: list[Features], references: list[Reference], c: float, key_weight: float
) -> tuple[list[str], list[str]]:
    """Each scored reference's and key line's kind as predicted by a model that never saw its
    article (our own annotations are in every training fold), alone and narrowed by the
    package's precedence rules (as shipped); "" for the annotations."""
    scored = np.array([i for i, ref in enumerate(references) if ref.scored])
    extra = np.array([i for i, ref in enumerate(references) if not ref.scored], dtype=int)
    groups = np.array([references[i].article for i in scored])
    learned, narrowed = [""] * len(references), [""] * len(references)
    folds = [
        (np.concatenate([scored[kept_at], extra]), scored[held_at])
        for kept_at, held_at in GroupKFold(n_splits=FOLDS).split(scored, groups=groups)
    ]
    fitted = Parallel(n_jobs=JOBS, max_nbytes=None)(
        delayed(fit_kinds)(found, references, kept, c, key_weight) for kept, _ in folds
    )
    for (_, held), (vectorizer, model) in zip(folds, fitted, strict=True):
        kinds = [ClaimKind(kind) for kind in model.classes_]
        likelihoods = model.predict_proba(vectorizer.transform([found[i] for i in held]))
        for i, likelihood in zip(held, likelihoods, strict=True):
            learned[i] = str(kinds[int(np.argmax(likelihood))])
            by_kind = dict(zip(kinds, likelihood, strict=True))
            narrowed[i] = str(narrowed_kind(found[i], by_kind)[0])
    return learned, narrowed


def kind_report(references: list[Reference], predicted: list[str], keyed: bool) -> str:
    """Kind right and per-kind precision and recall of the news and seed references, or of
    the key lines (`keyed`)."""
    pairs = [
        (ref, g)
        for ref, g in zip(references, predicted, strict=True)
        if ref.scored and ref.keyed == keyed
    ]
    references, predicted = [ref for ref, _ in pairs], [g for _, g in pairs]
    right = sum(guess in ref.kinds for ref, guess in zip(references, predicted, strict=True))
    share = right / len(references)
    lines = [f"kind right (an allowed kind) {right}/{len(references)} = {share:.3f}"]
    for kind in KINDS:
        said = [ref for ref, guess in zip(references, predicted, strict=True) if guess == kind]
        listed = [
            (ref, g) for ref, g in zip(references, predicted, strict=True) if kind in ref.kinds
        ]
        precision = sum(kind in ref.kinds for ref in said) / len(said) if said else 0.0
        recall = sum(g == kind for _, g in listed) / len(listed) if listed else 0.0
        lines.append(
            f"  {kind:11} precision {precision:.2f} ({len(said):3} said)  "
            f"recall {recall:.2f} ({len(listed):3} references list it)"
        )
    return "\n".join(lines)


def kinds_right(references: list[Reference], predicted: list[str], keyed: bool) -> float:
    """The share of the news and seed references (or of the key lines) typed an allowed kind."""
    pairs = [
        g in ref.kinds
        for ref, g in zip(references, predicted, strict=True)
        if ref.scored and ref.keyed == keyed
    ]
    return sum(pairs) / len(pairs) if pairs else 0.0


def train_kinds(
    data: Path, rows: list[Row], cache: Path | None, news: bool = True
) -> tuple[dict, dict]:
    references = read_references(data, news) + read_madeup_keys() + read_annotations(rows, data)
    texts, verbs = [ref.text for ref in references], [ref.reporting_verb for ref in references]
    found = [kind_features(f) for f in parsed_features(texts, cache, verbs)]
    vocabulary = kept_vocabulary(found, 2)
    found = restricted(found, vocabulary)
    measured = [ref for ref in references if ref.scored and not ref.keyed]
    keys = [ref for ref in references if ref.keyed]
    articles = len({ref.article for ref in measured})
    print(
        f"kind: {len(measured)} reference claims from {articles} articles, {len(keys)} key "
        f"lines of {len({ref.article for ref in keys})} made-up articles, "
        f"{len(references) - len(measured) - len(keys)} annotated sentences (CT24, PropSegmEnt)"
    )
    # Chosen on the references and the key lines alike, so neither the few news references
    # nor the many key lines decide alone.
    best_c, best_weight, best_right, best_predicted = KIND_C_GRID[0], 0.0, -1.0, ([], [])
    for key_weight in KEY_WEIGHT_GRID:
        for c in KIND_C_GRID:
            learned, narrowed = kind_cross_validation(found, references, c, key_weight)
            on_references = kinds_right(references, narrowed, keyed=False)
            on_keys = kinds_right(references, narrowed, keyed=True)
            print(
                f"  C {c:<4} key weight {key_weight:<4} article-grouped CV kind right: "
                f"references {on_references:.3f}, key lines {on_keys:.3f}"
            )
            if (on_references + on_keys) / 2 > best_right:
                best_c, best_weight = c, key_weight
                best_right, best_predicted = (on_references + on_keys) / 2, (learned, narrowed)
    print(f"chosen C {best_c}, key weight {best_weight}; cross-validated, grouped by article")
    for keyed, about in ((False, "news and seed references"), (True, "key lines")):
        print(f"{about}, the model alone:")
        print(kind_report(references, best_predicted[0], keyed))
        print(f"{about}, narrowed by the precedence rules (as shipped):")
        print(kind_report(references, best_predicted[1], keyed))
    everything = np.arange(len(references))
    vectorizer, model = fit_kinds(found, references, everything, best_c, best_weight)
    classes = [str(kind) for kind in model.classes_]
    weights = {}
    for column, name in enumerate(vectorizer.feature_names_):
        scale = 1.0 if structural(name) else KIND_WORD_SCALE
        row = [round(float(model.coef_[k][column]) * scale, 4) for k in range(len(classes))]
        if max(abs(w) for w in row) >= PRUNE_BELOW:
            weights[name] = row
    shipped = {
        "classes": classes,
        "bias": [round(float(b), 4) for b in model.intercept_],
        "weights": weights,
    }
    report = {
        "c": best_c,
        "key_weight": best_weight,
        "cross_validated_right": round(kinds_right(references, best_predicted[1], False), 4),
        "cross_validated_right_keys": round(kinds_right(references, best_predicted[1], True), 4),
    }
    return shipped, report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=PROJECT.parent / "shared" / "data")
    parser.add_argument(
        "--out",
        type=Path,
        default=PROJECT / "factcheck" / "splitter" / "checkworthiness_model.json",
    )
    parser.add_argument("--cache", type=Path, default=None, help="folder for parsed features")
    parser.add_argument(
        "--kind-without-news",
        action="store_true",
        help="leave the news references out of the kind model (to measure it on news unseen)",
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()
    rows = read_labelled(args.data / "checkworthy" / TRAIN_FILE)
    scorer, score_report = train_checkworthiness(rows, args.data, args.cache)
    kinds, kind_report_figures = train_kinds(
        args.data, rows, args.cache, news=not args.kind_without_news
    )
    model = {
        "about": "Check-worthiness and kind models; see scripts/train_checkworthiness.py",
        "trained_on": TRAIN_FILE,
        "feature_fingerprint": fingerprint(),
        "checkworthiness": {
            **score_report,
            "bias": scorer.bias,
            "calibration": scorer.calibration.shipped(),
            "weights": dict(sorted(scorer.weights.items())),
        },
        "kind": {**kind_report_figures, **kinds},
    }
    args.out.write_text(json.dumps(model, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(
        f"{len(scorer.weights)} score weights, {len(kinds['weights'])} kind features, "
        f"{args.out.stat().st_size / 1024:.0f} KiB -> {args.out} "
        f"({time.perf_counter() - started:.0f} s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
