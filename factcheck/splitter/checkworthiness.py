"""A small learned check-worthiness model: logistic regression over words, word pairs and cues.

Trained by `scripts/train_checkworthiness.py` on labelled debate sentences (CLEF CheckThat! 2024,
train split only) and shipped as `checkworthiness_model.json`: a bias, a decision threshold
(tuned by cross-validation on train) and one weight per feature. Inference is a sum of weights:
no numerical library, no download. The model is loaded once per process.

Features are shared with the training script through `features()`, so the two cannot drift.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from factcheck.splitter import lexicon
from factcheck.splitter.cues import find_cues

MODEL_FILE = "checkworthiness_model.json"

_DIGITS = re.compile(r"\d")
_YEAR = re.compile(r"^(1[6-9]|20)\d\d$")
_CUE_FEATURES = frozenset({
    "number", "percent", "money", "date", "date phrase", "unit", "superlative", "comparative",
    "comparison phrase", "causal", "prediction", "opinion verb", "obligation", "intention",
    "opinion phrase", "evaluative", "hedge", "question", "reporting verb", "first person",
    "past tense",
})  # fmt: skip


_PLACEHOLDERS = {
    "<name>": "(a name)",
    "<num>": "(a number)",
    "<year>": "(a year)",
    "<date>": "(a date)",
}


@dataclass(frozen=True)
class Model:
    bias: float
    threshold: float
    weights: dict[str, float]
    cue_fingerprint: str = ""


@dataclass(frozen=True)
class Prediction:
    """The model's probability that a claim is check-worthy and the features that pushed it."""

    probability: float
    threshold: float
    drivers: list[tuple[str, float]]


@lru_cache(maxsize=65536)
def _word(token: str, opens_sentence: bool) -> str:
    """A token as the model sees it: names, dates and numbers folded to placeholders.

    Folding names keeps the model from learning which politicians a debate talked about
    (a claim about a president is not more checkable than one about a mayor); it learns instead
    that a name appears, which carries over to news text.
    """
    word = token.lower()
    if _YEAR.match(token):
        return "<year>"
    if _DIGITS.search(token):
        return "<num>"
    if word in lexicon.MONTHS or word in lexicon.WEEKDAYS:
        return "<date>"
    if (
        token[:1].isupper()
        and word != "i"
        and not (opens_sentence and word in lexicon.COMMON_OPENERS)
    ):
        return "<name>"
    return word


def features(text: str) -> dict[str, float]:
    """Features of one text: `w:` words, `b:` word pairs, `c:` cues, `n:` named entities.

    No length feature: debate sentences are long when they carry facts, but the splitter
    hands over atomic claims, short by design, and length would mark them all unworthy.
    """
    cues = find_cues(text)
    words = [_word(token, i == 0) for i, token in enumerate(cues.cased) if token != "?"]
    found: dict[str, float] = {}
    for word in words:
        found["w:" + word] = 1.0
    for first, second in zip(["<s>", *words], [*words, "</s>"], strict=True):
        found[f"b:{first} {second}"] = 1.0
    for name in sorted(cues.found.keys() & _CUE_FEATURES):  # sorted: training is reproducible
        found["c:" + name] = 1.0
    entities = cues.count("named entity")
    found["n:entities"] = min(entities, 4) / 4
    found["n:no entity"] = 1.0 if entities == 0 else 0.0
    return found


@lru_cache(maxsize=1)
def load_model() -> Model:
    raw = json.loads(resources.files("factcheck.splitter").joinpath(MODEL_FILE).read_text("utf-8"))
    return Model(
        bias=raw["bias"],
        threshold=raw["threshold"],
        weights=raw["weights"],
        cue_fingerprint=raw.get("cue_fingerprint", ""),
    )


def predict(text: str, model: Model | None = None) -> Prediction:
    model = model or load_model()
    contributions = [
        (name, weight * value)
        for name, value in features(text).items()
        if value and (weight := model.weights.get(name))
    ]
    logit = model.bias + sum(value for _, value in contributions)
    probability = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, logit))))
    drivers = sorted(contributions, key=lambda item: abs(item[1]), reverse=True)
    return Prediction(probability=probability, threshold=model.threshold, drivers=drivers)


@lru_cache(maxsize=65536)
def describe(feature: str) -> str:
    """A feature name as a reviewer reads it: `b:trade volume` -> `"trade volume"`."""
    family, _, name = feature.partition(":")
    if family in ("w", "b"):
        words = name.replace("<s> ", "").replace(" </s>", "")
        for placeholder, meaning in _PLACEHOLDERS.items():
            words = words.replace(placeholder, meaning)
        return f'"{words}"'
    if family == "c":
        return name
    return {"entities": "named entities", "no entity": "no name"}.get(name, name)
