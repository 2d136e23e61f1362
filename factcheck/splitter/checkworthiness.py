"""The two learned models a claim is typed and scored by, and what moved each.

Trained by `scripts/train_checkworthiness.py` and shipped as `checkworthiness_model.json`:
- the check-worthiness model, a logistic regression over `features.read` trained on labelled
  debate sentences (CLEF CheckThat! 2024, train split) and the news references' bands, whose
  output is calibrated: of the claims it scores p, about p are worth checking, so 0.5 is the
  real line;
- the kind model, a multinomial logistic regression over the same features trained on the
  hand-made reference claims and sentences annotated by scripts/data/KINDS.md, whose choice is
  narrowed by `KIND_PRECEDENCE` where the claim's build names its kind.

Inference is a sum of weights: no numerical library, no download. Loaded once per process.
"""

from __future__ import annotations

import json
import math
import operator
from bisect import bisect_right
from collections.abc import Collection
from dataclasses import dataclass
from functools import cache
from importlib import resources

from factcheck.models import ClaimKind
from factcheck.splitter.features import VECTOR_READING, Features

MODEL_FILE = "checkworthiness_model.json"


@dataclass(frozen=True)
class Calibration:
    """From the model's log-odds to a probability. Platt's sigmoid(a * logit + b), unless
    `steps` are given: then isotonic regression, its (log-odds, probability) steps joined by
    straight lines and flat beyond the ends. `a` also reads a weight as a change in calibrated
    log-odds, for the reasons."""

    a: float
    b: float
    steps: tuple[tuple[float, float], ...] = ()

    @classmethod
    def shipped(cls, raw: dict) -> Calibration:
        """From the model file's `calibration`: {"a", "b"} and, for isotonic, "steps"."""
        return cls(raw["a"], raw["b"], tuple((x, y) for x, y in raw.get("steps", ())))

    def probability(self, logit: float) -> float:
        if not self.steps:
            return _sigmoid(self.a * logit + self.b)
        at = bisect_right(self.steps, (logit, math.inf))
        if at == 0:
            return self.steps[0][1]
        if at == len(self.steps):
            return self.steps[-1][1]
        (x0, y0), (x1, y1) = self.steps[at - 1], self.steps[at]
        return y1 if x1 <= x0 else y0 + (y1 - y0) * (logit - x0) / (x1 - x0)


@dataclass(frozen=True)
class Models:
    score_bias: float
    score_weights: dict[str, float]
    """Weights of the named features; those of the `v:` columns are `vector_weights`."""
    vector_weights: tuple[float, ...]
    calibration: Calibration
    kinds: tuple[ClaimKind, ...]
    kind_bias: tuple[float, ...]
    kind_weights: dict[str, list[float]]
    fingerprint: str


@dataclass(frozen=True)
class Score:
    """The calibrated probability that a claim is worth checking, and the features that moved
    it: (feature, change in the calibrated log-odds), strongest first; the `v:` features
    together, as one driver named `VECTOR_READING`."""

    probability: float
    drivers: list[tuple[str, float]]


@dataclass(frozen=True)
class KindGuess:
    """The likeliest kind, its probability, and the features that favoured it over the others
    (feature, change in log-odds), strongest first. `decided_by`: the feature whose precedence
    rule narrowed the choice to this kind, if one did."""

    kind: ClaimKind
    probability: float
    drivers: list[tuple[str, float]]
    decided_by: str | None = None


@dataclass(frozen=True)
class Precedence:
    """A claim showing any of `signs` (and none of `unless`) is one of `kinds`: the kind
    model chooses among those only."""

    signs: frozenset[str]
    kinds: frozenset[ClaimKind]
    unless: frozenset[str] = frozenset()

    def sign_in(self, names: Collection[str]) -> str | None:
        if self.unless.intersection(names):
            return None
        return next((sign for sign in sorted(self.signs) if sign in names), None)


KIND_PRECEDENCE: tuple[Precedence, ...] = (
    Precedence(frozenset({"x:reported forecast"}), frozenset({ClaimKind.PREDICTION})),
    Precedence(
        frozenset({"s:forecast"}), frozenset({ClaimKind.PREDICTION}), unless=frozenset({"s:past"})
    ),
    Precedence(
        frozenset({"s:cause", "s:effect"}),
        frozenset({ClaimKind.CAUSAL}),
        unless=frozenset({"s:plain effect"}),
    ),
    Precedence(
        frozenset({"s:main view", "s:bare judgement", "x:reported normative"}),
        frozenset({ClaimKind.OPINION}),
    ),
    Precedence(
        frozenset({"s:than", "s:ranked", "s:percent", "s:money", "s:proportion"}),
        frozenset({ClaimKind.QUANTITY, ClaimKind.COMPARISON}),
    ),
)
"""The first rule whose sign a claim shows narrows its kind, as scripts/data/KINDS.md types
claims: a forecast ("likely to", "due to face") is a prediction, unless the claim is told in
the past ("hired 50 engineers last month for a launch next year" is an event) other than by
the verb that reports it ("experts said the court was likely to hear it" is a prediction:
+1 reference by the same CV, version 8); a stated cause
("because", "led to") causal; a view verb ("believe", "hope"), a bare judgement ("the ruling
was deeply disappointing") or reported advice ("she said doctors should prescribe walking")
an opinion, as KINDS.md types a view someone is reported saying (a "must" or "should" in the
article's own voice is left to the model: "the decision must be ratified by the minister" is
a fact about a procedure); a share (also in words: "a majority of"), a sum of money, a
comparison with "than" or a ranking said of the subject ("is the largest lender", "one of the
most decorated athletes") is a quantity or a comparison (the model tells which: "16% of
women, compared with 30% of men" is a comparison). A superlative that only describes a thing
the claim is about ("advertisers on the most popular service include ...", "a board made up
of the most senior officers will meet") narrows nothing. These three, feature version 11:
article-grouped CV kind right 292 -> 294 of 346 (comparison precision 0.68 -> 0.85, recall
0.33 -> 0.28); on the splitter's claims kind right 227 -> 231 of 292 (news), 86 -> 87 of 95
(seeds). A count of things ("three other men", "14 bills",
"a 42-page ruling") narrows nothing: it is as often a detail of an event, and the model
weighs it (same CV 290/346 with or without it; on the splitter's claims of the news articles
kind right 228 -> 230 of 290, of the seeds 83 -> 85 of 95). Measured by article-grouped
cross-validation on the reference claims (scripts/train_checkworthiness.py): kind right 0.73
from the model alone, 0.783 with these rules (0.737 and 0.798 with feature version 7; 0.743
and 0.803 with version 8; 0.795 and 0.838 once attributed references are read with their
reporting verb, as the splitter reads them), and on the splitter's claims of the same
articles 0.742 -> 0.753 (the past-tense exception costs one claim in each,
and keeps a past event from being typed a prediction for the date it mentions, a defect a
fact-checker named). A cause or effect makes
a claim causal unless its only effect verb usually names a plain event ("has made an order",
"a charity which helps victims", `s:plain effect`): causal precision 0.68 -> 0.79 at the same
recall, kind right 0.775 -> 0.783 by the same CV. A fifth rule, reported
speech without a view word is a statement, added 0.006 on the references' own texts but cost
as much on the splitter's claims, whose reported opinions ("Mr X is simply not credible")
carry no view word: left out. So were rules that an insistent adverb makes an opinion, that
a reported "should" is an opinion or a statement, or any reported speech anything but an
event: each moved kind right by at most one reference of 346 (version 7).

Version 12 reads a view by `s:main view`, a view verb of the claim's own clause, not one that
only sets the scene of a subordinate clause ("the hall could open when the builders hoped to
use it", "if it is thought there is a case, the league would act"): only such a view makes the
opinion rule fire, and a claim whose every view verb sets the scene, with nothing else that
judges, is not typed opinion at all (`_view_only_sets_the_scene`). And a claim told in the
past or present perfect whose only look ahead is a date ("has sold half its flour stock for
next year") is no prediction even when it is reported, a defect fresh readers named. The
kind model is as before. Article-grouped CV kind right 294 of 346 as before (one reference
gained; one lost, a reported view whose only view verb sits in a relative clause, "many
barriers face people who want to ..."); on the splitter's claims of the news articles
233 -> 235 of 295, seeds 88 of 95 as before."""


def narrowed_kind(
    names: Collection[str], likelihood: dict[ClaimKind, float]
) -> tuple[ClaimKind, str | None]:
    """The likeliest kind in `likelihood` (any increasing measure: log-odds or probability)
    that the first precedence rule `names` shows allows, and that rule's sign (None when no
    rule applies and the likeliest kind of all is chosen)."""
    if _told_in_the_past(names):
        likelihood = {k: v for k, v in likelihood.items() if k is not ClaimKind.PREDICTION}
    if _view_only_sets_the_scene(names):
        likelihood = {k: v for k, v in likelihood.items() if k is not ClaimKind.OPINION}
    for rule in KIND_PRECEDENCE:
        sign = rule.sign_in(names)
        allowed = [kind for kind in likelihood if kind in rule.kinds]
        if sign is not None and allowed:
            return max(allowed, key=likelihood.__getitem__), sign
    return max(likelihood, key=likelihood.__getitem__), None


_JUDGING = frozenset({"s:main view", "s:bare judgement", "s:judgement", "x:reported normative"})


def _view_only_sets_the_scene(names: Collection[str]) -> bool:
    """Every view verb of the claim sets the scene of a subordinate clause ("the hall could
    open when the builders hoped to use it"), and nothing else in it judges."""
    return "s:opinion verb" in names and not _JUDGING & set(names)


def _told_in_the_past(names: Collection[str]) -> bool:
    """A claim in the past tense that reports no look ahead ("X said it would ...") is no
    prediction, whatever date it mentions; nor is one told in the past or present perfect
    whose only look ahead is a date ("has sold half its flour stock for next year"), even
    when someone is reported saying it."""
    names = set(names)
    if "x:reported future" in names:
        return False
    if "s:date ahead" in names and {"s:past", "s:perfect"} & names:
        return True
    return "s:past" in names and "x:reported forecast" not in names


@cache
def load_models() -> Models:
    raw = json.loads(resources.files("factcheck.splitter").joinpath(MODEL_FILE).read_text("utf-8"))
    score, kind = raw["checkworthiness"], raw["kind"]
    named = {n: w for n, w in score["weights"].items() if not n.startswith(VECTOR_READING)}
    columns = {
        int(n.removeprefix(VECTOR_READING)): w
        for n, w in score["weights"].items()
        if n.startswith(VECTOR_READING)
    }
    return Models(
        score_bias=score["bias"],
        score_weights=named,
        vector_weights=tuple(columns.get(i, 0.0) for i in range(max(columns, default=-1) + 1)),
        calibration=Calibration.shipped(score["calibration"]),
        kinds=tuple(ClaimKind(name) for name in kind["classes"]),
        kind_bias=tuple(kind["bias"]),
        kind_weights=kind["weights"],
        fingerprint=raw["feature_fingerprint"],
    )


def score(found: Features, models: Models | None = None) -> Score:
    models = models or load_models()
    present = [
        (name, weight * value)
        for name, value in found.values.items()
        if (weight := models.score_weights.get(name))
    ]
    vector = sum(map(operator.mul, found.vector, models.vector_weights))
    logit = models.score_bias + sum(change for _, change in present) + vector
    slope = models.calibration.a
    drivers = [(name, slope * change) for name, change in present]
    if vector:
        drivers.append((VECTOR_READING, slope * vector))
    probability = models.calibration.probability(logit)
    sign = _held_by(found)
    if sign is not None and probability > NONE_CEILING:
        # Held under the ceiling: the sign that held it is what moved the score most.
        lowered = _log_odds(probability) - _log_odds(NONE_CEILING)
        own = sum(c for n, c in drivers if n == sign)
        drivers = [(n, c) for n, c in drivers if n != sign]
        return Score(NONE_CEILING, [(sign, own - lowered), *_strongest_first(drivers)])
    return Score(probability=probability, drivers=_strongest_first(drivers))


JUDGEMENT_SIGN = "s:bare judgement"
SHORT_SIGN = "s:short"
ADVICE_SIGN = "s:normative"
NONE_CEILING = 0.2
"""Three kinds of claim score at most this, band none: no record settles them.

A claim that is only a judgement ("the ruling was deeply disappointing": an evaluative word
through a copula, no figure, comparison or named thing in the predicate, no reason given).
The learned weight alone left such claims of the splitter in band low or medium; of the 37
CT24 dev sentences with the sign 2 are check-worthy and none scores 0.25 or more, so the
ceiling changes nothing there. A feeling said the same way ("was deeply disappointed by the
vote", "is grateful for") and a verb of how someone fared with an adverb of degree ("has
benefited hugely from its workforce") count too. On the made-up articles that moved 12 claims
into band none; of the 5 that readers judged, 4 were uncheckable feelings and one a
profession's concern they took as checkable. On the news references it moved the one `none`
reference of the class ("benefited hugely") into band none and no other reference.

A short quote of the speaker's own doing or feeling, or of a quality ("We just ran.", "I had
chances.", "It is soul-destroying.", "The problem was national."): a few words, reported, with
no name, no figure, date or comparison, and a first person or a judgement. Such quotes give a
story its colour; the debates taught the model to score reported speech medium. On the
adversarial probe articles it held 6 uncheckable quotes in band none and no checkable claim;
it moves no claim of the news references or the seeds. Of CT24 it holds one train sentence
("I will say this -", not check-worthy) and no dev sentence.

A view of what ought to be: a view or wish verb with a "should", "must" or "it is time" and no
figure ("the union strongly believes that every employer should review its policy"). The
modal alone is no sign ("the decision must be ratified by the minister" states a procedure),
nor the view verb alone ("the firm is thought to owe 80m"). On the news references it held
the two `none` references of the class in band none and moved no other claim."""


_SHORT_QUOTE_NEEDS = frozenset({"s:short", "s:no name", "s:reported speech"})
_SHORT_QUOTE_ANY = frozenset({"s:first person", "s:judgement", "s:evaluative"})
_SETTLED_BY = frozenset(
    {"s:percent", "s:money", "s:quantity", "s:count", "s:number", "s:proportion", "s:date",
     "s:year", "s:time", "s:ordinal", "s:comparative", "s:than", "s:record", "s:cause",
     "s:effect"}
)  # fmt: skip
"""What a record could settle a short quote by: a figure, a date, a comparison, a reason."""

_FIGURED = frozenset(
    {"s:percent", "s:money", "s:quantity", "s:count", "s:number", "s:proportion", "s:cause",
     "s:effect"}
)  # fmt: skip
"""What a record could settle a view of what ought to be by: a figure, a reason."""

_TOLD = frozenset({"s:past", "s:perfect", "s:date", "s:quotation", "s:first person"})
"""A view of what ought to be that is told as history ("in January I said the state should
pay") or quoted from the speaker's own mouth is as often a record of a stand to check."""


def _held_by(found: Features) -> str | None:
    """The sign that holds the claim in band none, if one does."""
    if _only_judges(found):
        return JUDGEMENT_SIGN
    names = found.values.keys()
    if names >= _SHORT_QUOTE_NEEDS and _SHORT_QUOTE_ANY & names and not _SETTLED_BY & names:
        return SHORT_SIGN
    if names >= {"s:opinion verb", ADVICE_SIGN} and not _FIGURED & names and not _TOLD & names:
        return ADVICE_SIGN
    return None


def _only_judges(found: Features) -> bool:
    """A bare judgement with no reason given for it ("felt the timing was insensitive because
    the regiment was at the front" also states a fact to check)."""
    return JUDGEMENT_SIGN in found.values and not {"s:cause", "s:effect"} & found.values.keys()


def _log_odds(probability: float) -> float:
    return math.log(probability / (1 - probability))


def guess_kind(found: Features, models: Models | None = None) -> KindGuess:
    models = models or load_models()
    logits = list(models.kind_bias)
    present = [
        (name, value, weights)
        for name, value in found.values.items()
        if (weights := models.kind_weights.get(name))
    ]
    for _, value, weights in present:
        for k, weight in enumerate(weights):
            logits[k] += weight * value
    kind, decided_by = narrowed_kind(found.values, dict(zip(models.kinds, logits, strict=True)))
    best = models.kinds.index(kind)
    top = max(logits)
    probability = math.exp(logits[best] - top) / sum(math.exp(logit - top) for logit in logits)
    # What favoured the chosen kind: its weight above the mean of the other kinds' weights.
    others = len(logits) - 1
    drivers = [
        (name, value * (weights[best] - (sum(weights) - weights[best]) / others))
        for name, value, weights in present
    ]
    return KindGuess(
        kind=kind,
        probability=probability,
        drivers=_strongest_first(drivers),
        decided_by=decided_by,
    )


def _strongest_first(drivers: list[tuple[str, float]]) -> list[tuple[str, float]]:
    return sorted(drivers, key=lambda driver: (-abs(driver[1]), driver[0]))


def _sigmoid(logit: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, logit))))
