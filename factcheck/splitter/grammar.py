"""Just enough English grammar for the splitter: words, finite verbs, a clause's subject.

No tagger and no model: a finite verb is an auxiliary, a known irregular form, or an -s/-ed
form of a common news verb that is not preceded by a determiner (`the cuts`) nor followed by
`by` (`economists polled by the bank`). Good enough to tell a clause from a noun phrase, which
is all decomposition needs.
"""

from __future__ import annotations

import re
from functools import lru_cache

from factcheck.splitter import lexicon

WORD = re.compile(r"\S+")
_EDGE_PUNCTUATION = "\"'“”‘’()[],.;:!?"


@lru_cache(maxsize=65_536)
def bare(token: str) -> str:
    """A token without surrounding punctuation and in lower case (cached: news repeats words)."""
    return token.strip(_EDGE_PUNCTUATION).lower()


def words(text: str) -> list[str]:
    return [bare(token) for token in text.split()]


@lru_cache(maxsize=1)
def _verb_forms() -> frozenset[str]:
    forms: set[str] = set(lexicon.IRREGULAR_VERBS)
    for base in lexicon.VERB_BASES:
        forms.add(base + "es" if base.endswith(("s", "sh", "ch", "x", "o")) else base + "s")
        if base.endswith("y") and base[-2:-1] not in "aeiou":
            forms.update({base[:-1] + "ies", base[:-1] + "ied"})
        forms.add(base + "d" if base.endswith("e") else base + "ed")
        if re.fullmatch(r".*[^aeiou][aeiou][bdgmnprt]", base):
            forms.add(base + base[-1] + "ed")
    for _base, third, past in lexicon.REPORTING_VERBS + lexicon.EVENT_VERBS:
        forms.update(w for w in (third, past) if " " not in w)
    return frozenset(forms)


def is_finite_verb(tokens: list[str], index: int) -> bool:
    """Whether tokens[index] (bare words) reads as the finite verb of a clause."""
    word = tokens[index]
    if word in lexicon.AUXILIARIES:
        return True
    previous = tokens[index - 1] if index > 0 else ""
    following = tokens[index + 1] if index + 1 < len(tokens) else ""
    if previous in lexicon.DETERMINERS or following == "by":
        return False
    if word in _verb_forms():
        return True
    if len(word) > 4 and word.endswith("ed") and not word.endswith("eed"):
        return previous not in lexicon.AUXILIARIES
    # An unknown -s word with an object right after it: `the strait separates it from ...`.
    return (
        len(word) > 3
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is", "ics", "'s"))
        and following in lexicon.DETERMINERS | {"it", "them", "him", "her", "us"}
        and index > 0
    )


def first_finite_verb(tokens: list[str], start: int = 0) -> int | None:
    for index in range(start, len(tokens)):
        if is_finite_verb(tokens, index):
            return index
    return None


@lru_cache(maxsize=4_096)
def has_finite_verb(text: str) -> bool:
    """Cached: decomposition asks about the same clauses several times."""
    return first_finite_verb(words(text)) is not None


def leading_adverbial(text: str) -> int:
    """Length of an opening `Earlier on Tuesday, ` (short, verbless, ends in a comma), else 0."""
    comma = text.find(", ")
    if comma <= 0:
        return 0
    head = words(text[:comma])
    if len(head) > 6 or first_finite_verb(head) is not None:
        return 0
    if head[0] not in lexicon.ADVERBIAL_OPENERS and not head[0].endswith("ly"):
        return 0
    rest = words(text[comma + 2 :])
    if first_finite_verb(rest) is None:
        return 0
    return comma + 2


def subject_prefix(clause: str) -> tuple[str, str] | None:
    """(prefix, subject) of a clause: the prefix runs up to the first finite verb and includes
    an opening adverbial; the subject is the noun phrase alone. None when no verb is found or
    the subject would be empty."""
    skip = leading_adverbial(clause)
    body = re.split(r",\s+(?:which|who)\s", clause[skip:], maxsplit=1)[0]
    tokens = body.split()
    index = first_finite_verb([bare(t) for t in tokens], 1)
    if not index:
        return None
    subject = " ".join(tokens[:index]).rstrip(",").strip()
    if not subject.strip(_EDGE_PUNCTUATION):
        return None
    return clause[:skip] + subject, subject


def looks_like_clause(text: str, max_subject_words: int = 8) -> bool:
    """A short noun phrase followed by a finite verb: `energy prices rose 0.2%`."""
    tokens = words(text)
    # A clause does not open with a finite verb other than an auxiliary: a first word that
    # could be a verb is the subject's noun (`orders dropped 9%`).
    index = first_finite_verb(tokens, 1)
    if index is None or (tokens[0] in lexicon.AUXILIARIES and tokens[0] not in {"'s", "’s"}):
        return False
    if index > max_subject_words:
        return False
    subject = tokens[:index]
    if subject[-1] in {"and", "or"} or any(
        word in lexicon.SUBORDINATORS and word not in {"and", "or"} for word in subject[1:]
    ):
        return False
    return "," not in " ".join(text.split()[:index])


def starts_with_verb(text: str, plural_subject: bool = False) -> bool:
    """Whether text opens with a finite verb, after optional adverbs: `and is in close ...`.
    After a plural subject a plain present form counts too (`The protesters, ..., want`)."""
    tokens = words(text)
    index = 0
    while index < len(tokens) and (
        tokens[index] in lexicon.PREDICATE_ADVERBS
        or (tokens[index].endswith("ly") and index + 1 < len(tokens))
    ):
        index += 1
    if index >= len(tokens):
        return False
    if plural_subject and tokens[index] in lexicon.VERB_BASES:
        return True
    return is_finite_verb(["", *tokens], index + 1)


def is_plural(noun_phrase: str) -> bool:
    """A lower-case head noun in -s (`the protesters`, `relations between ...`)."""
    head = noun_phrase.split(" of ")[0].split(" between ")[0].split()
    return bool(head) and head[-1][:1].islower() and bare(head[-1]).endswith("s")


def plural_agreement(subject: str, verb_phrase: str) -> str:
    """`has allowed` -> `have allowed` after a plural subject like `relations between ...`."""
    head_words = subject.split(" between ")[0].split(" of ")[0].split(" in ")[0].split()
    head = [bare(w) for w in head_words]
    if not head or not head[-1].endswith("s") or head[-1].endswith("ss"):
        return verb_phrase
    first, _, rest = verb_phrase.partition(" ")
    swap = {"has": "have", "is": "are", "was": "were", "does": "do"}.get(first)
    return f"{swap} {rest}" if swap else verb_phrase
