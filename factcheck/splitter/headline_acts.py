"""The act a headline says is to happen: `Museum to return 72 looted artefacts to Cameroon`.

A British news headline tells what is to be done as `X to VP` (for `X is to VP`); the story
then calls it `the decision` or `the scheme` (`Dr Ngassa welcomed the decision`), and a desk
writes which: `the decision [for the museum to return 72 looted artefacts to Cameroon]`. The
act is read only when it is a decided one: a verb of lexicon.DECIDED_ACTS, an act done to an
object (`to charge cruise passengers £3`) or in the passive (`to be released`); `Tram
extension to open two years late` is a forecast, and nothing is read from it. Circumstances
after the act (`after funding blow`, `as pupil numbers fall`, `to avoid closures`) are left
out: they say why or when, not which.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcheck.splitter import lexicon
from factcheck.splitter.parser import english

if TYPE_CHECKING:
    from spacy.tokens import Token

    from factcheck.splitter.document import Sentence


@dataclass(frozen=True)
class HeadlineAct:
    words: str  # `for the museum to return 72 looted artefacts to Cameroon`
    sentence: int
    verb: str  # the act's lemma


# What a later sentence may call the headline's act.
ACT_NOUNS: frozenset[str] = frozenset({"decision", "move", "plan", "proposal", "scheme"})

_LONGEST_SUBJECT = 6  # tokens
_LONGEST_ACT = 12  # tokens, from `to`
# `after funding blow`, `amid protests`: why or when the act happens, not which act it is.
_CIRCUMSTANCES = frozenset(
    {"after", "amid", "despite", "following", "as", "because", "since", "while", "over"}
)
_CLAUSE_CUTS = frozenset({"advcl", "punct", "cc", "conj", "parataxis", "mark"})


def headline_act(sentences: list[Sentence], title: str | None = None) -> HeadlineAct | None:
    """The act of the headline among `sentences`, else of `title` (a file's `Title:` line,
    which the article's text leaves out; its words are told again in the lead, whose sentence
    stands as the bracket's source)."""
    headline = next((s for s in sentences if s.headline), None)
    if headline is not None:
        parsed, index = headline.doc, headline.index  # parsed with the text already
    else:
        lead = next((s for s in sentences if not s.headline), None)
        if not title or lead is None or lead.text.startswith(title.rstrip("…")):
            return None  # no title, or one made from the lead (`ingest.title_of`)
        parsed, index = english()(title), lead.index
    words = [t for t in parsed if not t.is_space]
    to = next((t for t in words if t.lower_ == "to"), None)
    if to is None or not 0 < to.i <= _LONGEST_SUBJECT or to.i + 1 >= len(words):
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in words[1 : to.i]):
        return None  # `Bin collectors vote to strike`: the act is the vote's
    # Headline grammar drops `is`, and the small parser misreads what is left (`Harbour town
    # to charge ...` has `Harbour` a verb): the clause is parsed again as a sentence.
    plural = words[to.i - 1].tag_ == "NNS"
    before, after = to.doc[: to.i].text, to.doc[to.i :].text.rstrip(".")
    doc = english()(f"{before} {'are' if plural else 'is'} {after}.")
    be = doc[to.i]
    verb = next((c for c in be.children if c.dep_ == "xcomp"), None)
    subject = list(doc[: to.i])
    if be.dep_ != "ROOT" or verb is None or not _a_noun_phrase(subject):
        return None
    act = _act_words(verb, doc[to.i + 1])
    if act is None or not _decided(verb):
        return None
    named = _written_with_capitals(subject[0].text, sentences)
    return HeadlineAct(f"for {_subject_words(subject, named)} {act}", index, _lemma(verb))


def _written_with_capitals(word: str, sentences: list[Sentence]) -> bool:
    """Whether the article writes the headline's first word as a name's first word: with its
    capital inside a sentence, after a word in lower case (`rental scooters in Derby`), and
    never in lower case. `Museum` (`the Caldermoor Museum`, `the museum`) is no name."""
    lower = word.lower()
    opening = False
    for sentence in sentences:
        if sentence.headline:
            continue
        for token in sentence.doc:
            if token.lower_ == lower and token.text != word:
                return False
            if token.text == word and token.i > 0 and not token.is_sent_start:
                opening = opening or not token.nbor(-1).is_title
    return opening


def _a_noun_phrase(words: list[Token]) -> bool:
    """`Museum`, `Two primary schools`, `Thousands of roadside trees`: names and nouns, none
    of them a verb (`Bin collectors vote to strike`)."""
    if not any(t.pos_ in ("NOUN", "PROPN") for t in words):
        return False
    allowed = ("NOUN", "PROPN", "ADJ", "NUM", "DET", "PART", "ADP")
    return all(t.pos_ in allowed or t.tag_ == "HYPH" for t in words)


def _decided(verb: Token) -> bool:
    main = _main_verb(verb)
    if _lemma(main) in lexicon.DECIDED_ACTS:
        return True
    if any(c.dep_ == "auxpass" for c in main.children) or main.tag_ == "VBN":
        return True
    return any(c.dep_ in ("dobj", "dative") for c in main.children)


def _main_verb(verb: Token) -> Token:
    """`to be released`: `released`, when the parser made `be` the head."""
    if verb.lemma_ != "be":
        return verb
    return next((c for c in verb.children if c.tag_ == "VBN"), verb)


def _act_words(verb: Token, to: Token) -> str | None:
    """`to return 72 looted artefacts to Cameroon`, without what comes after the act (a
    clause, or a phrase of lexicon-free circumstance words)."""
    cut: set[int] = set()
    for child in verb.rights:
        circumstance = child.dep_ == "prep" and child.lower_ in _CIRCUMSTANCES
        purpose = child.dep_ in ("xcomp", "advcl") and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in child.children
        )
        if child.dep_ in _CLAUSE_CUTS or circumstance or purpose:
            cut |= {t.i for t in child.subtree}
    kept = [t for t in verb.subtree if t.i >= to.i and t.i not in cut]
    if not kept or [t.i for t in kept] != list(range(kept[0].i, kept[-1].i + 1)):
        return None
    if len(kept) > _LONGEST_ACT or kept[0].i != to.i or kept[-1].is_punct:
        return None
    return "".join(t.text_with_ws for t in kept).strip()


def _subject_words(subject: list[Token], named: bool) -> str:
    """`the museum`, `two primary schools`, `Derby e-scooter hire scheme`: the headline's
    subject as a sentence would write it, its capital gone unless it opens a name, and a lone
    singular noun given `the`."""
    first = subject[0]
    words = "".join(t.text_with_ws for t in subject).strip()
    if not named:
        words = first.text.lower() + words[len(first.text) :]
    determined = any(t.dep_ in ("det", "nummod", "poss") or t.pos_ == "NUM" for t in subject)
    if not named and not determined and subject[-1].tag_ in ("NN", "NNP"):
        words = "the " + words
    return words


def _lemma(token: Token) -> str:
    return token.lemma_.lower()
