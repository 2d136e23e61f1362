"""What the matcher reads in a claim: index terms, numbers, names, negation, character grams.

Claims reach the matcher in every form a desk meets: a sentence from an article, a fact-checker's
one-line claim, or a social-media post with links, hashtags and a trailing signature
("— Name (@handle) Month D, YYYY"). `analyse` reduces each to the same `ClaimText`; the
signature is kept apart because who posted a claim often names who made it ("Ilhan Omar said
...") but just as often only shares a first name with an unrelated check.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

import Stemmer

# bm25s's English list: short, so words that carry a claim's meaning stay searchable.
_STOPWORDS_TEXT = """a an and are as at be but by for if in into is it no not of on or such that
the their then there these they this to was will with s t rt amp via"""
STOPWORDS = frozenset(_STOPWORDS_TEXT.split())
_NEGATIONS_TEXT = "not no never nobody nothing none neither nor without cannot fake false hoax myth"
NEGATIONS = frozenset(_NEGATIONS_TEXT.split())
# A link ends at a dash too: posts glue the signature's dash to a trailing link ("…/xyz— Name").
_URL = re.compile(r"https?://[^\s—–]+|pic\.twitter\.com/[^\s—–]+|\bwww\.[^\s—–]+")
_SIGNATURE = re.compile(
    r"\s*[—–]\s*(?P<name>[^—–]*?)\s*\(@(?P<handle>\w+)\)\s*(?P<date>\w+ \d{1,2}, \d{4})?\s*$"
)
_WORD = re.compile(r"\w+(?:'\w+)*")
_TAG = re.compile(r"[#@](\w+)")
# Splits "#AustralianFires" and "@realDonaldTrump" into the words a claim would use.
_CONTRACTED = {"can't": "can", "won't": "will", "shan't": "shall"}
_CAMEL_CASE = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z])")
_NUMBER = re.compile(r"\d[\d,.]*\d|\d")
# A capitalised word that does not open a sentence: a cheap stand-in for a named entity that
# costs microseconds, so the whole library can be read within the index's build budget.
_NAME = re.compile(r"(?<![.!?:\"“]\s)(?<!^)\b[A-Z][a-zA-Z]+")
CHAR_GRAM_SIZES = (4,)
# How much a signature's name and handle count in the first stage's search, against 1 for a
# body word (its date counts in full: checks often name the day). Half, because a poster's name
# is as often a stranger sharing a first name with a check as the claim's subject (BM25 MAP@5
# on the first 640 train queries: 0.848 at 1, 0.854 at 0.5, 0.846 at 0.25).
SIGNATURE_NAME_WEIGHT = 0.5
# The first stage also counts words by their first letters (see `search_terms`): the right
# check among the 30 candidates for 96.6% of the first 640 train queries, against 95.8% by
# stems alone (BM25 MAP@5 0.859 against 0.854); 5 letters 96.6% / 0.856.
PREFIX_LETTERS = 4

_stemmer = Stemmer.Stemmer("english")


def without_links(text: str) -> str:
    return _URL.sub(" ", text)


def split_signature(text: str) -> tuple[str, str]:
    """(body, signature) of a post ending "— Name (@handle) Month D, YYYY"; else (text, "")."""
    body, name, date = _signature_parts(text)
    return body, f"{name} {date}".strip()


def _signature_parts(text: str) -> tuple[str, str, str]:
    """(body, "Name @handle", date) of a post; (text, "", "") without a signature."""
    found = _SIGNATURE.search(text)
    if not found:
        return text, "", ""
    return text[: found.start()], f"{found['name']} @{found['handle']}", found["date"] or ""


def words(text: str) -> list[str]:
    """Lower-case words; hashtags and handles split at case changes, "n't" read as "not"."""
    text = text.replace("’", "'")
    if "#" in text or "@" in text:
        text = _TAG.sub(lambda tag: _CAMEL_CASE.sub(" ", tag[1]), text)
    found = _WORD.findall(text.lower().replace("_", " "))
    if "'" not in text:
        return found
    return [part for word in found for part in _without_apostrophe(word)]


def _without_apostrophe(word: str) -> list[str]:
    if "'" not in word:
        return [word]
    if word.endswith("'s"):
        return [word[:-2].replace("'", "")]
    if word.endswith("n't"):
        return [_CONTRACTED.get(word, word[:-3]).replace("'", ""), "not"]
    return [word.replace("'", "")]


def index_term(word: str) -> str | None:
    """The index term (stem) of one lower-case word; None for a stopword or a lone letter."""
    if word in STOPWORDS or (len(word) == 1 and not word.isdigit()):
        return None
    return _stemmer.stemWord(word)


def search_terms(word: str) -> tuple[str, ...]:
    """The first stage's terms for one lower-case word: its stem, and its first PREFIX_LETTERS
    letters marked apart ("mexi:"), so "Mexico" meets "Mexican" and "vaccine" meets
    "vaccination", which the stemmer keeps apart; none for a stopword or a lone letter."""
    term = index_term(word)
    return () if term is None else (term, f"{word[:PREFIX_LETTERS]}:")


def index_terms(text_words: list[str]) -> list[str]:
    """Stemmed words without stopwords: what BM25 and the overlap features count."""
    kept = [w for w in text_words if w not in STOPWORDS and (len(w) > 1 or w.isdigit())]
    return _stemmer.stemWords(kept)


def numbers(text: str) -> frozenset[str]:
    """Numbers in a canonical spelling: "1,000" and "1000" are the same, "70.0" is "70"."""
    found = set()
    for number in _NUMBER.findall(text):
        number = number.replace(",", "").rstrip(".")
        try:
            value = float(number)
        except ValueError:
            continue
        found.add(str(int(value)) if value.is_integer() else str(value))
    return frozenset(found)


def names(text: str) -> frozenset[str]:
    return frozenset(_stemmer.stemWords([n.lower() for n in _NAME.findall(text)])) - STOPWORDS


def char_grams(text_words: list[str]) -> frozenset[str]:
    """Character 4-grams over the words: "Mexico" still meets "Mexican"."""
    joined = f" {' '.join(text_words)} "
    return frozenset(
        {joined[i : i + size] for size in CHAR_GRAM_SIZES for i in range(len(joined) - size + 1)}
    )


@dataclass
class ClaimText:
    """One claim as the matcher reads it. Character grams are computed on first use: only
    candidates of a search need them, and the library may hold 100,000 entries."""

    words: list[str]
    terms: list[str]
    term_set: frozenset[str]
    bigrams: frozenset[tuple[str, str]]
    numbers: frozenset[str]
    names: frozenset[str]
    negated: bool
    _char_grams: frozenset[str] | None = field(default=None, repr=False)

    @property
    def char_grams(self) -> frozenset[str]:
        if self._char_grams is None:
            self._char_grams = char_grams(self.words)
        return self._char_grams


def analyse(text: str) -> ClaimText:
    text_words = words(text)
    terms = index_terms(text_words)
    return ClaimText(
        words=text_words,
        terms=terms,
        term_set=frozenset(terms),
        bigrams=frozenset(itertools.pairwise(terms)),
        numbers=numbers(text),
        names=names(text),
        negated=not NEGATIONS.isdisjoint(text_words),
    )


@dataclass
class Query:
    """A claim to look up: the whole text, and its body and signature apart (see module doc);
    `weighted_terms` are the whole text's index terms with what each counts in the first stage
    (see SIGNATURE_NAME_WEIGHT)."""

    whole: ClaimText
    body: ClaimText
    signature: ClaimText
    weighted_terms: list[tuple[str, float]]


def analyse_query(text: str) -> Query:
    text = without_links(text)
    body, name, date = _signature_parts(text)
    analysed_body = analyse(body)
    weighted_terms = [
        (term, weight)
        for part, weight in ((body, 1.0), (name, SIGNATURE_NAME_WEIGHT), (date, 1.0))
        for word in words(part)
        for term in search_terms(word)
    ]
    return Query(
        whole=analyse(text),
        body=analysed_body,
        signature=analyse(f"{name} {date}".strip()),
        weighted_terms=weighted_terms,
    )
