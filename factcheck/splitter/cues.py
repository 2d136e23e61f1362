"""The surface cues a fact-checker reads a claim by: numbers, dates, comparisons, causes,
futures, opinions, hedges, named entities.

Each cue keeps the words that triggered it, so a claim's `reasons` can quote them ("number:
4.5%") and a reviewer sees why the splitter typed and scored it as it did. The word lists live in
`lexicon.py` (typing section); this module only matches them. Regexes are compiled once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from factcheck.splitter import lexicon

_TOKEN = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*|[%?]|[$€£¥₺₽₹]", re.UNICODE)
_NUMBER = re.compile(r"(?<![\w-])\d+(?:[.,]\d+)*(?:st|nd|rd|th|s)?(?![\w-])")
_YEAR = re.compile(r"^(1[6-9]|20)\d\d s?$".replace(" ", ""))
_PERCENT_SIGN = re.compile(r"\d(?:[.,]\d+)?\s?%")
_SCALE = r"(?:million|billion|trillion|bn|m)"
_MONEY = re.compile(
    "["
    + re.escape(lexicon.CURRENCY_SYMBOLS)
    + r"]\s?\d[\d,.]*(?:\s?"
    + _SCALE
    + r"\b)?|\d[\d,.]*\s?(?:"
    + _SCALE
    + r"\s)?(?:"
    + "|".join(sorted(lexicon.CURRENCY_WORDS))
    + r")\b",
    re.IGNORECASE,
)


def _phrase_pattern(phrases: tuple[str, ...] | frozenset[str]) -> re.Pattern[str]:
    """One regex matching any of `phrases` as whole words, longest first."""
    alternatives = sorted({re.escape(p) for p in phrases}, key=len, reverse=True)
    return re.compile(r"(?<![\w'])(?:" + "|".join(alternatives) + r")(?![\w'])", re.IGNORECASE)


_PATTERNS: dict[str, re.Pattern[str]] = {
    "intention": _phrase_pattern(lexicon.INTENTION_PHRASES),
    "opinion phrase": _phrase_pattern(lexicon.OPINION_PHRASES),
    "prediction phrase": _phrase_pattern(lexicon.PREDICTION_PHRASES),
    "causal": _phrase_pattern(lexicon.CAUSAL_PHRASES),
    "comparison phrase": _phrase_pattern(lexicon.COMPARISON_PHRASES),
    "percent": _phrase_pattern(lexicon.PERCENT_WORDS),
    "date phrase": _phrase_pattern(lexicon.DATE_PHRASES),
    "hedge": _phrase_pattern(lexicon.HEDGES),
    "reporting verb": _phrase_pattern(lexicon.EVENTFUL_REPORTING_VERBS),
}
_FIRST_PERSON = frozenset({"i", "we", "me", "us", "my", "our", "i'm", "we're", "i've", "we've"})
_WORD_CUES: tuple[tuple[str, frozenset[str]], ...] = (
    ("number", lexicon.NUMBER_WORDS),
    ("unit", lexicon.UNIT_WORDS),
    ("date", lexicon.WEEKDAYS),
    ("superlative", lexicon.SUPERLATIVE_WORDS),
    ("comparative", lexicon.COMPARATIVE_WORDS),
    ("opinion verb", lexicon.OPINION_VERBS),
    ("obligation", lexicon.OBLIGATION_WORDS),
    ("evaluative", lexicon.EVALUATIVE_WORDS),
    ("first person", _FIRST_PERSON),
)


@dataclass(frozen=True)
class Cues:
    """What was found in one claim: each cue name maps to the words that triggered it."""

    found: dict[str, list[str]] = field(default_factory=dict)
    tokens: tuple[str, ...] = ()

    def __contains__(self, name: str) -> bool:
        return bool(self.found.get(name))

    def get(self, name: str) -> list[str]:
        return self.found.get(name, [])

    def first(self, name: str) -> str:
        return self.found[name][0]

    def count(self, name: str) -> int:
        return len(self.found.get(name, []))


def tokenize(text: str) -> list[str]:
    """Words, numbers, `%`, `?` and currency signs, in text order, case kept."""
    return _TOKEN.findall(text)


@lru_cache(maxsize=4096)
def find_cues(text: str) -> Cues:
    """Every cue in `text`. Cached: the splitter and the model both ask for the same claim."""
    tokens = tokenize(text)
    lower = [t.lower().replace("’", "'") for t in tokens]
    found: dict[str, list[str]] = {}

    def add(name: str, evidence: str) -> None:
        found.setdefault(name, [])
        if evidence not in found[name]:
            found[name].append(evidence)

    for name, pattern in _PATTERNS.items():
        for match in pattern.finditer(text):
            add(name, match.group(0))
    for match in _PERCENT_SIGN.finditer(text):
        add("percent", match.group(0))
    for match in _MONEY.finditer(text):
        add("money", match.group(0))
    for match in _NUMBER.finditer(text):
        number = match.group(0)
        if _YEAR.match(number) or number[-2:] in ("st", "nd", "rd", "th"):
            add("date", number)
        else:
            add("number", number)
    for index, (token, word) in enumerate(zip(tokens, lower, strict=True)):
        parts = word.split("-")
        for name, words in _WORD_CUES:
            if word in words:
                add(name, token)
        if any(part in lexicon.MONTHS for part in parts) and (word != "may" or token == "May"):
            add("date", token)
        if word in lexicon.PREDICTION_WORDS and not (word == "may" and token == "May"):
            add("prediction", token)
        if token.islower() and (
            word in lexicon.IRREGULAR_PAST or (word.endswith("ed") and len(word) > 4)
        ):
            add("past tense", token)
            if word not in lexicon.PAST_AUXILIARIES:
                add("past action", token)
        if _is_named_entity(token, word, index):
            add("named entity", token)
    for match in _PATTERNS["prediction phrase"].finditer(text):
        add("prediction", match.group(0))
    if text.rstrip().endswith("?") or (
        lower and lower[0] in lexicon.QUESTION_OPENERS and "?" in lower
    ):
        add("question", "?")
    return Cues(found=found, tokens=tuple(lower))


def _is_named_entity(token: str, word: str, index: int) -> bool:
    """A capitalised word that is not merely the sentence's first word, or an acronym."""
    if not token[:1].isupper() or word in lexicon.MONTHS or word in lexicon.WEEKDAYS:
        return False
    if token.isupper() and len(token) > 1:
        return True
    if index == 0:
        return word not in lexicon.COMMON_OPENERS
    return word != "i" and not word.startswith("i'")
