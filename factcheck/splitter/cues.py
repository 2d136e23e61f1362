"""The surface cues a fact-checker reads a claim by: numbers, dates, comparisons, causes,
futures, opinions, hedges, named entities.

Each cue keeps the words that triggered it, so a claim's `reasons` can quote them ("number:
4.5%") and a reviewer sees why the splitter typed and scored it as it did. The word lists live in
`lexicon.py` (typing section); this module only matches them. Regexes and word indexes are
built once, at import.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import lru_cache

from factcheck.splitter import lexicon

_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W_]+(?:[-'’.][^\W_]+)*|[%?]|[$€£¥₺₽₹]", re.UNICODE)
_DIGIT = re.compile(r"\d")
_NUMBER = re.compile(r"(?<![\w-])\d+(?:[.,]\d+)*(?:st|nd|rd|th|s)?(?![\w-])")
_YEAR = re.compile(r"^(1[6-9]|20)\d\d s?$".replace(" ", ""))
_PERCENT_SIGN = re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)*\s?%")
# "more than 160,000" and "at least 7,000" bound a number; they compare nothing.
_NUMBER_BOUND = re.compile(
    r"\b(?:more|less|fewer)\s+than\s+(?:\$|€|£)?\d|\bat\s+(?:least|most)\b", re.IGNORECASE
)
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


_PHRASE_CUES: tuple[tuple[str, tuple[str, ...] | frozenset[str]], ...] = (
    ("intention", lexicon.INTENTION_PHRASES),
    ("opinion phrase", lexicon.OPINION_PHRASES),
    ("prediction", lexicon.PREDICTION_PHRASES),
    ("prediction phrase", lexicon.PREDICTION_PHRASES),
    ("causal", lexicon.CAUSAL_CONNECTIVES + lexicon.EFFECT_VERBS),
    ("effect verb", lexicon.EFFECT_VERBS),
    ("comparison phrase", lexicon.COMPARISON_PHRASES + lexicon.RECORD_PHRASES),
    ("record", lexicon.RECORD_PHRASES),
    ("percent", lexicon.PERCENT_WORDS),
    ("date phrase", lexicon.DATE_PHRASES),
    ("hedge", lexicon.HEDGES),
    ("reporting verb", lexicon.EVENTFUL_REPORTING_VERBS),
)
_STANCE_CUES = frozenset({"opinion verb", "obligation", "intention"})
_FIRST_PERSON = frozenset({"i", "we", "me", "us", "my", "our", "i'm", "we're", "i've", "we've"})
_CONTRACTED = frozenset(
    {"didn't", "don't", "doesn't", "isn't", "aren't", "wasn't", "won't", "can't"}
)
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


def _normalized(token: str) -> str:
    return token.lower().replace("’", "'")


def _word_index() -> dict[str, tuple[str, ...]]:
    """word -> the names of the one-word cues it triggers: one lookup a token."""
    index: dict[str, list[str]] = {}
    for name, words in _WORD_CUES:
        for word in words:
            index.setdefault(word, []).append(name)
    return {word: tuple(names) for word, names in index.items()}


def _phrase_index() -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """first word -> (the phrase's remaining words, cue name), longest phrase first.

    Phrases are matched over tokens, not with one regex per list: one pass over the claim
    finds every list's phrases.
    """
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for name, phrases in _PHRASE_CUES:
        for phrase in phrases:
            words = [_normalized(token) for token in _TOKEN.findall(phrase)]
            index.setdefault(words[0], []).append((tuple(words[1:]), name))
    return {
        first: tuple(sorted(entries, key=lambda entry: len(entry[0]), reverse=True))
        for first, entries in index.items()
    }


def cue_fingerprint() -> str:
    """A short hash of every word list and pattern the cues read.

    The learned model stores the fingerprint it was trained under; a test compares the two, so
    a lexicon edit without a retrain is caught (scripts/train_checkworthiness.py).
    """
    lists = [*_PHRASE_CUES, *_WORD_CUES, *_OTHER_LISTS.items()]
    parts = [f"{name}={sorted(words)!r}" for name, words in lists]
    parts += [
        pattern.pattern for pattern in (_TOKEN, _NUMBER, _PERCENT_SIGN, _NUMBER_BOUND, _MONEY)
    ]
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()[:16]


_OTHER_LISTS: dict[str, frozenset[str] | str] = {
    "months": lexicon.MONTHS,
    "weekdays": lexicon.WEEKDAYS,
    "openers": lexicon.COMMON_OPENERS,
    "irregular past": lexicon.IRREGULAR_PAST,
    "past auxiliaries": lexicon.PAST_AUXILIARIES,
    "prediction words": lexicon.PREDICTION_WORDS,
    "question openers": lexicon.QUESTION_OPENERS,
    "stance breakers": lexicon.STANCE_BREAKING_WORDS,
    "superlative determiners": lexicon.SUPERLATIVE_DETERMINERS,
    "not superlatives": lexicon.NOT_SUPERLATIVES,
}
_WORD_INDEX = _word_index()
_PHRASE_INDEX = _phrase_index()


@dataclass(frozen=True)
class Cues:
    """What was found in one claim: each cue name maps to the words that triggered it."""

    found: dict[str, list[str]] = field(default_factory=dict)
    tokens: tuple[str, ...] = ()  # lower-case
    cased: tuple[str, ...] = ()  # as written

    def __contains__(self, name: str) -> bool:
        return name in self.found  # a cue is only recorded with its evidence

    def get(self, name: str) -> list[str]:
        return self.found.get(name, [])

    def first(self, name: str) -> str:
        return self.found[name][0]

    def count(self, name: str) -> int:
        return len(self.found.get(name, []))


@lru_cache(maxsize=64)
def find_cues(text: str) -> Cues:
    """Every cue in `text`.

    Cached, but only a few entries: the rules and the model ask for the same claim one after
    the other; a large cache would only flatter benchmarks that repeat their text.
    """
    token_matches = list(_TOKEN.finditer(text))
    tokens = [match.group(0) for match in token_matches]
    match_starts = [match.start() for match in token_matches]
    profiles = [_token_profile(token) for token in tokens]
    lower = [profile.word for profile in profiles]
    found: dict[str, list[str]] = {}

    def add(name: str, evidence: str) -> None:
        found.setdefault(name, [])
        if evidence not in found[name]:
            found[name].append(evidence)

    bounds = [match.span() for match in _NUMBER_BOUND.finditer(text)]
    ends = [match.end() for match in token_matches]
    subordinate = next(
        (i for i, word in enumerate(lower) if word in lexicon.STANCE_BREAKING_WORDS), len(lower)
    )

    def stance(name: str, index: int) -> str:
        """A hope, duty or intention inside a subordinate clause ("extremists who want to
        ...") is not the claim's own stance."""
        return "embedded stance" if name in _STANCE_CUES and index > subordinate else name

    covered: dict[str, int] = {}  # cue name -> first token after its last phrase
    for index, word in enumerate(lower):
        for rest, name in _PHRASE_INDEX.get(word, ()):
            last = index + len(rest)
            # The next word rules out most phrases before a slice is built and compared.
            if rest and (last >= len(lower) or lower[index + 1] != rest[0]):
                continue
            if covered.get(name, 0) > index or tuple(lower[index + 1 : last + 1]) != rest:
                continue
            if not _inside(match_starts[index], bounds):
                add(stance(name, index), text[match_starts[index] : ends[last]])
                covered[name] = last + 1
    if _DIGIT.search(text):  # percentages, sums and numbers all need a digit
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
    for index, (token, profile) in enumerate(zip(tokens, profiles, strict=True)):
        if profile.plain:
            continue
        previous = lower[index - 1] if index else ""
        following = lower[index + 1] if index + 1 < len(lower) else ""
        for name in profile.word_cues:
            if not (
                (name == "comparative" and _counts(previous))
                or (name in ("comparative", "superlative") and _inside(match_starts[index], bounds))
            ):
                add(stance(name, index), token)
        if profile.month:
            add("date", token)
        if (
            profile.prediction
            and following != "have"
            and not (profile.word == "could" and following == "not")
        ):
            add("prediction", token)
        if profile.superlative_form and previous in lexicon.SUPERLATIVE_DETERMINERS:
            add("superlative", token)
        if profile.past:
            add("past tense", token)
            if profile.past_action:
                add("past action", token)
        if profile.opening_entity if index == 0 else profile.entity:
            add("named entity", token)
    if text.rstrip().endswith("?") or (
        lower and lower[0] in lexicon.QUESTION_OPENERS and "?" in lower
    ):
        add("question", "?")
    return Cues(found=found, tokens=tuple(lower), cased=tuple(tokens))


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)


def _counts(word: str) -> bool:
    """Whether `word` is a number, so that a following "more" means "additional" ("two more
    cuts"), not a comparison."""
    return word in lexicon.NUMBER_WORDS or word[:1].isdigit()


@dataclass(frozen=True)
class _TokenProfile:
    """What a token says on its own, wherever it stands; `find_cues` adds its neighbours."""

    word: str  # lower-case, straight apostrophe
    word_cues: tuple[str, ...]
    month: bool
    prediction: bool  # a modal or future word ("will", "could"), not the month May
    superlative_form: bool  # ends in -est; a superlative after "the", "its" ...
    past: bool
    past_action: bool
    entity: bool  # a name where it stands inside the claim
    opening_entity: bool  # a name as the claim's first word
    plain: bool = field(init=False)  # no one-word cue wherever it stands: most words

    def __post_init__(self) -> None:
        cued = (
            self.word_cues
            or self.month
            or self.prediction
            or self.superlative_form
            or self.past
            or self.entity
            or self.opening_entity
        )
        object.__setattr__(self, "plain", not cued)


@lru_cache(maxsize=65536)
def _token_profile(token: str) -> _TokenProfile:
    """Cached per token, not per text: a word reads the same in every claim, and news prose
    reuses a small vocabulary, so the cache pays on any text, not only on a repeated one."""
    word = _normalized(token)
    past = token.islower() and (
        word in lexicon.IRREGULAR_PAST or (word.endswith("ed") and len(word) > 4)
    )
    return _TokenProfile(
        word=word,
        word_cues=_WORD_INDEX.get(word, ()),
        month=any(part in lexicon.MONTHS for part in word.split("-"))
        and (word != "may" or token == "May"),
        prediction=word in lexicon.PREDICTION_WORDS and not (word == "may" and token == "May"),
        superlative_form=word.endswith("est") and word not in lexicon.NOT_SUPERLATIVES,
        past=past,
        past_action=past and word not in lexicon.PAST_AUXILIARIES,
        entity=_is_named_entity(token, word, opens=False),
        opening_entity=_is_named_entity(token, word, opens=True),
    )


def _is_named_entity(token: str, word: str, *, opens: bool) -> bool:
    """A capitalised word that is not merely the sentence's first word, or an acronym."""
    if not token[:1].isupper() or word in lexicon.MONTHS or word in lexicon.WEEKDAYS:
        return False
    if token.isupper() and len(token) > 1:
        return True
    if opens:
        return word.split("'")[0] not in lexicon.COMMON_OPENERS and word not in _CONTRACTED
    return word != "i" and not word.startswith("i'")
