"""Stage 5: the reporting period a results or statistics story gives its figures.

A results story states its period once, near the top (`X made a profit of £41m in the six
months to the end of September`), and its later figures lean on it: `Sales rose 18% to £512m`
(the same half-year), `a record for the period`. A statistics release scopes its measure by one
month (`Inflation rose to 2.3% in April`) and goes on `prices rose 5p over the month`.

`read_period` takes the period from the first two sentences of the body, and only when they give
exactly one. `period_bracket` puts it after a later figure, in the article's own voice or the
one organisation's the opening names, that has no date of its own: a past movement (`rose`,
`fell`) or a result (`profits of about £48m`) or a count of what the period's own figure
counted (`97.1% of patients`). A figure with a date, a place or organisation the opening did
not name, a share price, a forecast or a quotation keeps its words. `the_period` fills `the
period` / `the same period` / `the month` with the period; with none to give, `the period` of a
figure is asked about.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcheck.splitter import lexicon
from factcheck.splitter.descriptions import is_measure
from factcheck.splitter.document import body_sentences
from factcheck.splitter.tokens import (
    FIGURE_ENTITIES,
    SUBJECTS,
    bracket_after,
    claim_verb,
    subject_of,
    subtree,
)
from factcheck.splitter.weekdays import MONTHS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from factcheck.splitter.document import Sentence

_PERIOD_PREPOSITIONS = frozenset({"in", "for", "over", "during"})
_SPANS = frozenset({"month", "year", "week", "quarter", "half"})
_ORDINALS = frozenset({"first", "second", "third", "fourth", "final"})
_WHEN = frozenset({"DATE", "TIME"})
_COMPARED = frozenset({"from", "than", "against", "compared", "with"})
_NAMED = frozenset({"ORG", "GPE", "LOC", "NORP", "PERSON"})
_AFTER_FIGURE = frozenset({"punct", "advcl", "conj", "cc", "ccomp", "relcl", "parataxis"})
_DETERMINERS = frozenset({"the", "a", "an"})
_OPENING = 2  # sentences of the body that may state the period


@dataclass(frozen=True)
class ReportingPeriod:
    """`the six months to the end of September` (or a month, `April`), said in `sentence`,
    with what the period's figures count and the words of the opening."""

    words: str
    sentence: int
    month: bool
    counted: frozenset[str]
    reporter: str | None  # the one organisation the opening names, whose account it may be
    opening: frozenset[str]  # the words of the headline and the sentences that state the period


def read_period(sentences: list[Sentence]) -> ReportingPeriod | None:
    body = body_sentences(sentences, crossheads=False)
    opening = body[:_OPENING]
    found: list[tuple[str, Sentence, bool, Token]] = []
    for number, sentence in enumerate(opening):
        for token in sentence.doc:
            words = _span_period(token)
            if words is not None:
                found.append((words, sentence, False, token))
            elif number == 0 and (month := _measure_month(token)) is not None:
                found.append((month, sentence, True, token))
    if len({words.lower() for words, *_ in found}) != 1:
        return None
    words, sentence, month, preposition = found[0]
    named = [s for s in sentences if s.headline][:1] + opening
    organisations = {
        e.text.removeprefix("the ") for s in named for e in s.doc.ents if e.label_ == "ORG"
    }
    organisations |= {name for s in named if (name := _named_subject(s.doc)) is not None}
    return ReportingPeriod(
        words,
        sentence.index,
        month,
        frozenset(_counted_nouns(preposition.head)),
        organisations.pop() if len(organisations) == 1 else None,
        frozenset(t.text for s in named for t in s.doc),
    )


def _named_subject(doc: Doc) -> str | None:
    """`Ferry operator Gullwing has reported ...`: the name the main clause is about."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    subject = subject_of(root) if root is not None else None
    if subject is None or subject.pos_ != "PROPN":
        return None
    names = [t for t in subject.lefts if t.pos_ == "PROPN" and t.dep_ == "compound"]
    return doc[(names[0] if names else subject).i : subject.i + 1].text.removeprefix("the ")


def _span_period(preposition: Token) -> str | None:
    """`in the six months to the end of September`, `in the year to March 2005`, `in the third
    quarter`: a span of time with its end or its rank, not `last year` or `the past month`."""
    if preposition.lower_ not in _PERIOD_PREPOSITIONS:
        return None
    span = next((c for c in preposition.children if c.dep_ == "pobj"), None)
    if span is None or span.lemma_.lower() not in _SPANS or span.ent_type_ != "DATE":
        return None
    doc = span.doc
    words = subtree(span)
    after = max(words) + 1
    ended = any(c.dep_ == "prep" and c.lower_ == "to" for c in span.children)  # `months to June`
    if not ended and after < len(doc) and doc[after].lower_ == "to":
        ending = next((c for c in doc[after].children if c.dep_ == "pobj"), None)
        if ending is None or ending.ent_type_ != "DATE":
            return None
        words, ended = words | subtree(doc[after]), True
    ranked = span.lemma_ in ("quarter", "half") and any(c.lower_ in _ORDINALS for c in span.lefts)
    if not ended and not ranked:
        return None
    clause = preposition.head.subtree
    if not any(t.ent_type_ in ("MONEY", "PERCENT") for t in clause):
        return None  # `scored twice in the first half`: no result or rate is reported
    return doc[min(words) : max(words) + 1].text


def _measure_month(preposition: Token) -> str | None:
    """`UK inflation rose to 2.3% in April`: the month a measure's past figure is of."""
    if preposition.lower_ != "in" or preposition.dep_ != "prep":
        return None
    month = next((c for c in preposition.children if c.dep_ == "pobj"), None)
    verb = preposition.head
    if month is None or month.lower_ not in MONTHS or verb.tag_ != "VBD":
        return None
    subject = subject_of(verb)
    if subject is None or not is_measure(subject):
        return None
    if not any(verb.doc[i].ent_type_ in FIGURE_ENTITIES for i in subtree(verb)):
        return None
    return verb.doc[month.left_edge.i : month.right_edge.i + 1].text


def _counted_nouns(verb: Token) -> set[str]:
    """`98% of patients` -> `patient`, `5.2 million crimes` -> `crime`: what the clause's
    figures are a share or count of."""
    counted = set()
    for token in verb.subtree:
        if token.ent_type_ == "CARDINAL" and token.dep_ == "nummod" and token.head.pos_ == "NOUN":
            counted.add(token.head.lemma_.lower())
        if token.ent_type_ not in FIGURE_ENTITIES or token.dep_ == "nummod":
            continue
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                counted |= {c.lemma_.lower() for c in child.children if c.dep_ == "pobj"}
    return counted


# --- a later figure ---------------------------------------------------------------------------


def period_bracket(
    doc: Doc,
    claim: set[int],
    sentence: Sentence,
    period: ReportingPeriod | None,
    speaker: str | None,
    replaced: dict[int, str],
) -> dict[int, str]:
    """`Sales rose 18% to £512m` -> `... £512m [in the six months to the end of September]`."""
    if period is None or sentence.index <= period.sentence or claim & sentence.quoted:
        return {}
    if speaker is not None and speaker.removeprefix("the ") != period.reporter:
        return {}
    verb = claim_verb(doc, claim)
    if verb is None or not _past(verb):
        return {}
    if _own_date(doc, claim) or _unnamed(doc, claim, period, replaced) or _about_shares(doc, claim):
        return {}
    figures = [
        i for i in claim if doc[i].ent_type_ in FIGURE_ENTITIES and not _compared(doc[i], claim)
    ]
    if not figures or not _measured(doc, claim, verb, period):
        return {}
    return bracket_after(doc[_end_of_figure(verb, claim)], f"in {period.words}")


def owner_bracket(
    doc: Doc, claim: set[int], period: ReportingPeriod | None, replaced: dict[int, str]
) -> dict[int, str]:
    """`Revenue rose 9%` in a results story about one firm -> `[Orbital's] revenue rose 9%`:
    a bare result noun as the subject of a figure the period reaches is the reporter's (the
    one organisation the opening names); never in a statistics release (a month's figures are
    the country's, not the office's that publishes them)."""
    if period is None or period.month or period.reporter is None:
        return {}
    verb = claim_verb(doc, claim)
    subject = subject_of(verb) if verb is not None else None
    if subject is None or subject.lemma_.lower() not in lexicon.RESULT_MEASURES:
        return {}
    if any(c.dep_ in ("det", "poss") or c.pos_ == "PROPN" for c in subject.children):
        return {}
    first = min(subtree(subject) & claim, default=None)
    if first is None or first in replaced or subject.i not in claim:
        return {}
    word = doc[first].text
    word = word[:1].lower() + word[1:] if not doc[first].is_upper else word
    return {first: f"[{period.reporter}'s] {word}"}


def _past(verb: Token) -> bool:
    """`rose`, `had expected`, `were seen`: the past, not `has risen`, `would rise`."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" or a.lower_ in ("has", "have", "'s", "'ve") for a in auxiliaries):
        return False
    if verb.tag_ == "VBD":
        return True
    if verb.tag_ != "VBN":
        return False
    if not auxiliaries:  # `Its bill climbed by £20m.`, the past tense tagged a participle
        return any(c.dep_ == "nsubj" for c in verb.children)
    return any(a.tag_ == "VBD" for a in auxiliaries)


def _compared(token: Token, claim: set[int]) -> bool:
    """Inside the base a figure is compared with: `up from 94.6% the previous year`."""
    for ancestor in token.ancestors:
        if ancestor.i not in claim:
            return False
        if ancestor.dep_ in ("prep", "advmod", "npadvmod") and ancestor.lower_ in _COMPARED:
            return True
        if ancestor.lower_ in ("down", "up") and ancestor.dep_ == "advmod":
            return True
    return False


def _own_date(doc: Doc, claim: set[int]) -> bool:
    return any(doc[i].ent_type_ in _WHEN and not _compared(doc[i], claim) for i in claim)


def _unnamed(doc: Doc, claim: set[int], period: ReportingPeriod, replaced: dict[int, str]) -> bool:
    """An organisation, place or name the opening did not name: perhaps another firm's figure."""
    first = min(i for i in range(len(doc)) if not doc[i].is_punct)
    named = [
        doc[i].text
        for i in claim
        if i not in replaced
        and doc[i].tag_ != "PRP$"
        and not _bracketed(doc[i])  # `the retail prices index (RPI)`: its short form
        and (doc[i].pos_ == "PROPN" or doc[i].dep_ == "poss" or (i > first and doc[i].is_title))
    ]
    named += replaced.values()
    named += [
        e.text for e in doc.ents if e.label_ in _NAMED and claim.intersection(range(e.start, e.end))
    ]
    words = (w.strip("[]'’") for name in named for w in name.split())
    if any(
        w[:1].isupper()
        and w.lower() not in _DETERMINERS
        and w.removesuffix("'s") not in period.opening
        for w in words
    ):
        return True
    # `its rival's sales`: an owner the opening did not name, whatever its case
    owners = (doc[i] for i in claim if doc[i].dep_ == "poss" and i not in replaced)
    return any(o.tag_ != "PRP$" and o.text not in period.opening for o in owners)


def _bracketed(token: Token) -> bool:
    doc = token.doc
    return (
        0 < token.i < len(doc) - 1 and doc[token.i - 1].text == "(" and doc[token.i + 1].text == ")"
    )


def _about_shares(doc: Doc, claim: set[int]) -> bool:
    """A share price moves on a day, not over a reporting period."""
    return any(doc[i].lemma_.lower() in lexicon.MARKET_DAY_NOUNS for i in claim)


def _measured(doc: Doc, claim: set[int], verb: Token, period: ReportingPeriod) -> bool:
    """A result (`profits of £48m`), a count of what the period's figure counted (`97.1% of
    patients`), a movement of something the reporter owns (`its fuel bill climbed`) or, in a
    month's release, of an economic measure (`the retail prices index rose`); not a price the
    story does not measure (`oil prices rose`), which may have moved over another span."""
    if any(doc[i].lemma_.lower() in lexicon.RESULT_MEASURES for i in claim):
        return True
    subject = subject_of(verb)
    counted = _counted_nouns(verb) | ({subject.lemma_.lower()} if subject is not None else set())
    if counted & period.counted:
        return True
    moved = verb.lemma_.lower() in lexicon.MOVEMENT_VERBS and not any(
        c.dep_ == "dobj" for c in verb.children
    )
    if not moved or subject is None:
        return False
    owned = any(c.dep_ == "poss" for c in subject.children)
    return owned or (period.month and is_measure(subject))


def _end_of_figure(verb: Token, claim: set[int]) -> int:
    """The last word of the verb's figure, before a clause, a comparison or a comma after it."""
    last = verb.i
    for child in verb.rights:
        if child.i not in claim:
            break
        if child.dep_ in _AFTER_FIGURE:
            break
        if child.dep_ == "prep" and child.lower_ in _COMPARED:
            break
        last = max(i for i in subtree(child) if i in claim)
    return last


# --- `the period` -----------------------------------------------------------------------------


def the_period(
    doc: Doc, claim: set[int], sentence: Sentence, period: ReportingPeriod | None
) -> tuple[dict[int, str], list[str]]:
    """`a record for the period` -> `the period [the six months to the end of September]`;
    `over the month` in a month's release -> `the month [April]`; `the period` of a figure
    with no period in the article's opening is asked about."""
    for i in sorted(claim):
        noun = doc[i]
        if not _bare_period(noun):
            continue
        if _dated_before(noun):
            return {}, []
        if period is None or sentence.index <= period.sentence:
            figured = any(doc[j].ent_type_ in FIGURE_ENTITIES for j in claim)
            return ({}, ["which period?"]) if figured and noun.lemma_ == "period" else ({}, [])
        if noun.lemma_ == "month" and not period.month:
            return {}, []
        if noun.lemma_ in ("quarter", "half") and noun.lemma_ not in period.words:
            return {}, []
        return {i: f"{noun.text} [{period.words}]"}, []
    return {}, []


def _bare_period(noun: Token) -> bool:
    """`the period`, `the same period`, `the month`: nothing else says which."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in ("period", "month", "quarter", "half"):
        return False
    lefts = [c.lower_ for c in noun.lefts]
    if lefts not in (["the"], ["the", "same"]) or noun.dep_ in SUBJECTS:
        return False
    return not any(c.dep_ in ("prep", "relcl", "acl") for c in noun.rights)


def _dated_before(noun: Token) -> bool:
    """Another date earlier in the sentence may be the one meant."""
    return any(t.ent_type_ in _WHEN for t in noun.doc[: noun.i] if t.i not in subtree(noun))
