"""Stage 5: the named event a story is about, for figures that lean on it.

An election or match story names its event once, in the opening (`Labour has lost the
Thornbridge and Wyle by-election to the Liberal Democrats`), and its later figures say only
`Robert Fennell came third with 5,317` or `The Conservatives saw their share of the vote fall
to 19.5%`: a desk cannot check them without knowing which contest. `read_event` takes the one
named event of the first sentence of the body; `event_bracket` puts `[in the Thornbridge and
Wyle by-election]` after a later figure in the article's own voice that names no event, date,
place or organisation of its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcheck.splitter import lexicon
from factcheck.splitter.document import body_sentences
from factcheck.splitter.tokens import FIGURE_ENTITIES, bracket_after

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from factcheck.splitter.document import Sentence

_NAMING = frozenset({"compound", "amod", "nmod", "cc", "conj", "punct", "npadvmod"})
_OWN_SCOPE = frozenset({"DATE", "GPE", "LOC", "EVENT", "FAC"})
_STOPS = frozenset({".", ",", ";", ":", "!", "?", '"', "'", "”", "’"})


@dataclass(frozen=True)
class StoryEvent:
    """`the Thornbridge and Wyle by-election`, named in sentence `sentence`."""

    words: str
    sentence: int
    name: str  # `Thornbridge and Wyle`
    noun: str  # `by-election`

    def names(self, noun: Token) -> str | None:
        """`the by-election` -> `[Thornbridge and Wyle] by-election`: a later bare mention of
        the event's own noun is the event."""
        if noun.lemma_.lower() != self.noun.lower() or noun.pos_ != "NOUN":
            return None
        if [c.dep_ for c in noun.lefts] != ["det"]:
            return None
        return f"[{self.name}] {noun.text}"


def read_event(sentences: list[Sentence]) -> StoryEvent | None:
    """The one named event (lexicon.EVENT_NOUNS with a name among its modifiers) of the first
    sentence of the body, or None."""
    body = body_sentences(sentences, crossheads=False)
    if not body:
        return None
    lead = body[0]
    found = {named for token in lead.doc if (named := _named_event(token)) is not None}
    if len(found) != 1:
        return None
    name, noun = found.pop()
    return StoryEvent(f"the {name} {noun}", lead.index, name, noun)


def _named_event(noun: Token) -> tuple[str, str] | None:
    """`the Thornbridge and Wyle by-election` for its `election`: the noun with the words
    before it that name it, one of them a proper noun; `a general election` names none."""
    if not _an_event(noun) or noun.pos_ != "NOUN":
        return None
    modifiers = [c for c in noun.lefts if c.dep_ in _NAMING]
    if not modifiers:
        return None
    start = min(t.i for c in modifiers for t in c.subtree)
    words = noun.doc[start : noun.i]
    if not any(t.pos_ == "PROPN" for t in words) or any(t.ent_type_ == "DATE" for t in words):
        return None
    return words.text, noun.lemma_


def event_bracket(
    doc: Doc,
    claim: set[int],
    sentence: Sentence,
    event: StoryEvent | None,
    speaker: str | None,
    replaced: dict[int, str],
) -> dict[int, str]:
    """`Robert Fennell came third with 5,317` -> `... with 5,317 [in the X by-election]`."""
    if event is None or sentence.index <= event.sentence or speaker is not None:
        return {}
    if claim & sentence.quoted:
        return {}
    words = [doc[i] for i in sorted(claim)]
    if not any(t.ent_type_ in FIGURE_ENTITIES for t in words):
        return {}
    if any(_scoped(t) for t in words):
        return {}
    last = max(i for i in claim if doc[i].text not in _STOPS)
    return {} if last in replaced else bracket_after(doc[last], f"in {event.words}")


def _scoped(token: Token) -> bool:
    """A word that gives the figure a scope of its own: a date, a place, another event."""
    return token.ent_type_ in _OWN_SCOPE or _an_event(token)


def _an_event(token: Token) -> bool:
    """`election`, `by-election`, `semi-final`."""
    return token.lemma_.lower().split("-")[-1] in lexicon.EVENT_NOUNS


# Verbs by which a contest's result is told (`came third`, `finished second`, `polled 1,103`).
_PLACING_VERBS = frozenset({"come", "finish", "poll"})


def contest_left_out(doc: Doc, claim: set[int], replaced: dict[int, str]) -> str | None:
    """`Ms Stanton came second with 14,200 votes`: a place or a vote count in a contest the
    claim never names, nor a bracket put in (`[in the X by-election]`)."""
    if any(_scoped(doc[i]) for i in claim):
        return None  # `finished third in the race`, `in 2001`
    if any(
        word.split("-")[-1].strip("[]") in lexicon.EVENT_NOUNS
        for words in replaced.values()
        for word in words.lower().split()
    ):
        return None
    for i in sorted(claim):
        verb = doc[i]
        if verb.lemma_.lower() not in _PLACING_VERBS or verb.pos_ != "VERB":
            continue
        said = [c for c in verb.children if c.i in claim]
        placed = next((c for c in said if c.ent_type_ == "ORDINAL"), None)
        counted = any(c.dep_ == "dobj" and c.like_num for c in said)
        if placed is not None:
            return f"{verb.text} {placed.text} in what?"
        if verb.lemma_.lower() == "poll" and counted:
            return f"{verb.text} ... in what?"
    return None
