"""Stage 6: what kind of claim this is and how much it deserves a fact-checker's time.

`classify()` reads one atomic, decontextualized claim through its parse (`features.read`) and
returns its `kind`, a `checkworthiness` score in [0, 1] and the `reasons` behind both, in words
a reviewer understands ("a percentage: 4.5%", "the speaker's own view: I").

Both come from learned models (`checkworthiness.py`): the score is a calibrated probability
that a fact-checker would check the claim, so band medium (>= 0.5) means "more likely worth
checking than not"; the kind is the likeliest of the seven. The reasons name the features that
moved each. Rules hold a score down only where the news references showed they help: three
narrow signs (a bare judgement, a short colour quote, a reported view of what ought to be;
`checkworthiness.NONE_CEILING` says what each moved) cap a claim at band none. A broad cap
that held every claim typed opinion at 0.2 kept 34 instead of 29 of the 45 `none` news
references in band none but pushed 6 checkable references out of their band (265 -> 259 of
309 within one), and a floor at 0.3 for a named actor's dated plan moved one reference into its
band and one `none` reference out of band none: there is neither.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import TYPE_CHECKING

from factcheck.models import ClaimKind
from factcheck.splitter import features
from factcheck.splitter.checkworthiness import KindGuess, guess_kind, score
from factcheck.splitter.parser import english

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["Classification", "classify"]

SHOWN_DRIVERS = 3
"""At most this many reasons for each direction the score was moved."""

SHOWN_CHANGE = 0.2
"""A feature is named as a reason only when it moved the log-odds at least this much."""


@dataclass(frozen=True)
class Classification:
    kind: ClaimKind
    checkworthiness: float
    reasons: list[str]


def classify(
    text: str,
    *,
    speaker: str | None = None,
    reporting_verb: str | None = None,
    sentence: str = "",
    tokens: Span | None = None,
) -> Classification:
    """Kind, check-worthiness and reasons for one claim.

    `text` is the decontextualized claim, `reporting_verb` the lower-case attribution verb it
    came from (None for the article's own voice), `sentence` the whole source sentence and
    `tokens` the parsed tokens the claim was cut from in the splitter's Doc (its clause, or a
    stretch of the sentence that may hold the speaker and other clauses); without them `text`
    is parsed here. Features and reasons come from the claim's own words only (those of
    `tokens` that `text` keeps); the reporting verb is the one word of context read.
    `speaker` and `sentence` are accepted for the splitter's convenience.
    """
    # a partial quotation keeps its marks in the claim (tokens.render); the model learned
    # from claims without them, and the reporting verb already says the words are someone's
    text = text.translate(_NO_QUOTE_MARKS)
    own = _own_words(text, tokens) if tokens is not None else None
    found = features.read(own if own is not None else _parsed(text), reporting_verb)
    kind = guess_kind(found)
    worth = score(found)
    reasons = [_kind_reason(kind, found)]
    reasons.append(f"worth checking: {worth.probability:.0%}")
    reasons += _score_reasons(worth.drivers, found)
    return Classification(
        kind=kind.kind, checkworthiness=round(worth.probability, 3), reasons=reasons
    )


_NO_QUOTE_MARKS = str.maketrans("", "", '"“”')


def _parsed(text: str) -> Span:
    """`text` parsed on its own. Not cached: the splitter's claims are distinct, and a cache
    would only flatter benchmarks that repeat their text."""
    return english()(text)[:]


def _own_words(text: str, tokens: Span) -> list[Token] | None:
    """The words of `tokens` that the claim's text keeps, in order; None when the text was
    rewritten too much to find them (then it is parsed on its own).

    The splitter cuts a claim from a stretch of its sentence that may also hold the speaker
    ("X said"), another clause ("..., while wages fell") or a pronoun it replaced by a name;
    a reason must never quote those words. The text is split into words by the tokenizer alone
    (no parse) and matched to the parsed words in order."""
    parsed = [token for token in tokens if not token.is_space]
    if text.strip() == tokens.text.translate(_NO_QUOTE_MARKS).strip():
        # the claim is its stretch word for word (a whole sentence often is), but for the
        # quotation marks `classify` takes out
        bare = [token for token in parsed if token.text.translate(_NO_QUOTE_MARKS)]
        if all(token.text.translate(_NO_QUOTE_MARKS) == token.text for token in bare):
            return bare
    written = [word.lower_ for word in english().tokenizer(text) if not word.is_space]
    matcher = SequenceMatcher(None, [token.lower_ for token in parsed], written, autojunk=False)
    kept = [
        parsed[block.a + offset]
        for block in matcher.get_matching_blocks()
        for offset in range(block.size)
    ]
    if 2 * len(kept) < len(written):
        return None
    return kept


def _kind_reason(kind: KindGuess, found: features.Features) -> str:
    """The kind and its two strongest structural signs: the one that decided it by precedence
    first, if one did."""
    structural = [name for name, change in kind.drivers if change > 0 and features.structural(name)]
    if kind.decided_by is not None:
        structural = [kind.decided_by, *(n for n in structural if n != kind.decided_by)]
    if not structural:
        return f"{kind.kind}: no stronger sign than the wording"
    # A rule's own sign can read as the feature it refines ("a view or wish: want" twice).
    described = dict.fromkeys(features.describe(name, found.words_of(name)) for name in structural)
    return f"{kind.kind}: " + "; ".join(list(described)[:2])


def _score_reasons(drivers: list[tuple[str, float]], found: features.Features) -> list[str]:
    reasons = []
    for sign, verb in ((1, "raised by"), (-1, "lowered by")):
        moved = [name for name, change in drivers if change * sign >= SHOWN_CHANGE]
        named = [features.describe(name, found.words_of(name)) for name in moved]
        words = [t for name, t in zip(moved, named, strict=True) if features.word_feature(name)]
        structure = [
            t for name, t in zip(moved, named, strict=True) if not features.word_feature(name)
        ]
        shown = structure[:SHOWN_DRIVERS]
        if words and len(shown) < SHOWN_DRIVERS:
            shown.append("the words " + ", ".join(dict.fromkeys(words[:SHOWN_DRIVERS])))
        reasons += [f"{verb} {reason}" for reason in shown]
    return reasons
