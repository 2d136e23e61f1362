"""Stage 4b: which clauses are claims a desk could check, read from the clause's parse.

A clause is not emitted when it is
- a fragment: its head is not a verb with a subject of its own (`Was an opportunity to move
  on.`, `The settlement, details of which ...`);
- a question;
- about nothing it identifies: a subject that only points back (`they`, `this`) and nothing
  after it but `the ...` (`They are not in the interest of staff`), in any voice;
- a hypothetical put to `you` (`If you ignore the price, waiting would mean ...`);
- the speaker's own state of mind or intent: a first-person `I am sure`, `we wanted to`, `we
  challenge him to`, or anyone's `hopes to` / `wants to`;
- a bare value judgement: a copular clause whose predicate is an evaluative adjective or noun,
  with no figure in it (`That now seems unlikely`, `X is simply not credible`);
- a duty with nothing checkable in it: `must` / `should` with no name and no figure;
- a schedule line: a meeting, a discussion or an announcement still to come (`will discuss
  plans on Monday`, `details will be announced next week`).
The content rules (all but the four above) apply to the article's own voice only: a
named speaker's view is a statement on the record, except what has nothing in it to check at
all (`I am sure they would ...`, `It has been a wonderful experience`). Each rule says why,
so a test can name it. What stays is left to typing and scoring.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from factcheck.splitter import lexicon
from factcheck.splitter.tokens import SUBJECTS, is_verbal, subject_of

if TYPE_CHECKING:
    from collections.abc import Collection

    from spacy.tokens import Doc, Token

_FIRST_PERSON = frozenset({"i", "we"})
_COPULAS = frozenset({"be", "seem", "remain", "appear", "look", "sound"})
_FIGURE_TYPES = frozenset({"MONEY", "PERCENT", "QUANTITY", "CARDINAL", "DATE"})
_NAME_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "EVENT"})
_FUTURE_MARKS = frozenset({"will", "'ll", "would", "shall"})
_REBUILT = frozenset({"relcl", "acl", "appos", "conj", "advcl", "xcomp"})


def not_checkable(doc: Doc, words: Collection[int], text: str, attributed: bool) -> str | None:
    """Why the clause made of `words` is not a checkable claim, or None when it may be one.

    A view, hope or plan that a named speaker voiced (`attributed`) stays: that they said it
    is on the record, and typing gives it its kind and band. Only the article's own voice, or
    a quotation whose speaker is unknown, is held to the content rules."""
    if text.rstrip().endswith("?"):
        return "a question"
    fragment = _fragment(doc, sorted(i for i in words if doc[i].dep_ != "punct"), text)
    if fragment:
        return fragment
    head = _head(doc, words)
    subject = subject_of(head) if head is not None else None
    if head is not None and _imperative(doc, words, head, subject):
        return "an imperative: it tells, it does not state"
    if only_pointing(doc, words):
        return "nothing named: it only points ('that is what I say')"
    if not _has_figure(doc, words) and _hypothetical_you(doc, words):
        return "a hypothetical put to 'you': no one did it"
    if head is None or subject is None or subject.i not in words:
        return None  # rebuilt from a relative clause
    figures = _has_figure(doc, words)
    names = any(doc[i].ent_type_ in _NAME_TYPES for i in words if i != subject.i)
    if not figures and _identifies_nothing(doc, words, head, subject, text):
        return "nothing identified: a pointing subject and only 'the ...' after it"
    if attributed:
        return _empty_quote(doc, words, head, subject, figures)
    if head.lower_ in lexicon.WISH_WORDS and any(c.dep_ == "xcomp" for c in head.children):
        return "a hope or wish"
    if subject.lower_ in _FIRST_PERSON and _state_of_mind(head):
        return "the speaker's state of mind or intent"
    if not figures and _judgement(head):
        return "a value judgement"
    if not figures and not names and _duty(head):
        return "a duty, not a fact"
    if _scheduled(head) and not _relative_fact(doc, words):
        return "a schedule line"
    return None


def _empty_quote(
    doc: Doc, words: Collection[int], head: Token, subject: Token, figures: bool
) -> str | None:
    """What a named speaker said that has nothing in it to check: how sure or surprised they
    are (`I am sure they would not ...`, `I would be surprised if ...`: a guess about others
    dressed as a state of mind), or a judgement of an unnamed `it` or `there` (`It has been a
    wonderful experience`, `There are real advantages to this`). A view of something the
    words name (`X is not credible`, `the ruling was disappointing`), a hope or a challenge
    stays: a position on the record."""
    predicate = _predicate(head)
    if (
        subject.lower_ in _FIRST_PERSON
        and head.lemma_ == "be"
        and predicate is not None
        and predicate.lower_ in lexicon.STATE_OF_MIND_WORDS
    ):
        return "the speaker's state of mind"
    named = any(doc[i].ent_type_ in _NAME_TYPES or doc[i].pos_ == "PROPN" for i in words)
    if subject.lower_ in ("it", "there") and not figures and not named and _judgement(head):
        return f"a judgement of an unnamed '{subject.lower_}'"
    return None


# Subjects that only point back: what they stand for is named elsewhere, if anywhere.
_POINTING_SUBJECTS = frozenset({"it", "this", "that", "these", "those", "they"})
_DEFINITE = frozenset(
    {"the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your"}
)


def _identifies_nothing(
    doc: Doc, words: Collection[int], head: Token, subject: Token, text: str
) -> bool:
    """`They are not in the interest of staff`, `This lets the board move on from the
    dispute`: a subject that only points back, and every noun after it a definite `the ...`, with
    no name and no figure: a reader cannot tell what the clause is about, so no evidence
    could bear on it. A copula with `it` / `they` (`They were the victims`), or `this` /
    `that` doing anything, when the context stage added nothing (`[...]`) to say what it
    is. A superlative (`It was the largest`) still ranks something and stays."""
    if subject.dep_ == "expl" or subject.lower_ not in _POINTING_SUBJECTS:
        return False
    if not re.search(rf"\b{subject.text}\b(?! \[)", text, re.IGNORECASE):
        return False  # the context stage said what the subject stands for
    demonstrative = subject.lower_ in ("this", "that")
    if not demonstrative and head.lemma_.lower() not in _COPULAS:
        return False
    said = [doc[i] for i in words if not doc[i].is_punct]
    if any(t.pos_ == "PROPN" or t.ent_type_ or t.tag_ in ("JJS", "RBS") for t in said):
        return False
    nouns = [t for t in said if t.pos_ == "NOUN"]
    return all(
        any(c.dep_ in ("det", "poss") and c.lower_ in _DEFINITE for c in n.children) for n in nouns
    )


_HYPOTHETICAL_MODALS = frozenset({"would", "could", "might"})


def _has_figure(doc: Doc, words: Collection[int]) -> bool:
    return any(doc[i].like_num or doc[i].ent_type_ in _FIGURE_TYPES for i in words)


def _hypothetical_you(doc: Doc, words: Collection[int]) -> bool:
    """`If you ignore the costs, not selling would mean a loss`: a condition put to the
    reader or listener (`you`), with `would` / `could` / `might` on what follows, describes
    no one's act; it is a speaker's reasoning, not a fact. `If you are married, you got
    tax relief` states a rule that was applied, and stays; so does one with a figure (`if
    you earn $20,000 you would pay 30%`), which the caller keeps."""
    for i in words:
        clause = doc[i]
        if clause.dep_ != "advcl" or not any(
            c.dep_ == "mark" and c.lower_ == "if" for c in clause.children
        ):
            continue
        posed = any(c.dep_ in SUBJECTS and c.lower_ == "you" for c in clause.children)
        governing = [a for a in clause.ancestors if a.i in words]  # `, waiting would mean`
        if posed and any(c.lower_ in _HYPOTHETICAL_MODALS for a in governing for c in a.children):
            return True
    return False


_CONTENT_TAGS = frozenset({"NOUN", "PROPN", "NUM", "ADJ"})
_POINTERS = frozenset({"that", "this"})


def _imperative(doc: Doc, words: Collection[int], head: Token, subject: Token | None) -> bool:
    """`Look at exactly what happened.`: a clause that opens on its own bare verb, with no
    subject and no auxiliary, asks the reader to do something; there is no fact in it."""
    opening = min(i for i in words if not doc[i].is_punct and not doc[i].is_quote)
    return (
        subject is None
        and head.i == opening
        and head.tag_ == "VB"
        and not any(c.dep_ in ("aux", "auxpass") for c in head.children)
    )


def no_statement(doc: Doc, words: Collection[int]) -> bool:
    """Whether a sentence kept whole (no clause of it was a claim) still states nothing: it
    only points (`That's what I say.`) or tells the reader to do something (`Click here to
    read more.`)."""
    if not words or only_pointing(doc, words):
        return bool(words)
    head = _head(doc, words)
    return head is not None and _imperative(doc, words, head, subject_of(head))


def only_pointing(doc: Doc, words: Collection[int]) -> bool:
    """`That's what I say.`, `This is what happened.`: a clause opening on `that` / `this`
    with nothing in it that names a thing, a figure or a quality points at words the claim
    does not hold. Read from the words' tags alone, so a sentence the parser could not cut
    into clauses is judged the same way."""
    said = [doc[i] for i in sorted(words) if not doc[i].is_punct and not doc[i].is_quote]
    return (
        bool(said)
        and said[0].lower_ in _POINTERS
        and not any(t.pos_ in _CONTENT_TAGS for t in said)
    )


def _relative_fact(doc: Doc, words: Collection[int]) -> bool:
    """`will decide on Friday whether to approve drugs that have been linked to heart attacks`:
    a relative clause with a verb of its own states something checkable inside the schedule."""
    return any(doc[i].dep_ == "relcl" and is_verbal(doc[i]) for i in words)


def _head(doc: Doc, words: Collection[int]) -> Token | None:
    """The clause's main verb: the verbal word whose head lies outside the clause."""
    heads = [doc[i] for i in sorted(words) if doc[i].head.i not in words or doc[i].head.i == i]
    verbal = [h for h in heads if is_verbal(h)]
    return verbal[0] if len(verbal) == 1 else None


def _fragment(doc: Doc, words: list[int], text: str) -> str | None:
    """`The BBC.`, `Being leaned on.`, `Was an opportunity to move on.`, `Yukos may have.`,
    `To help.`, `Packaging is.`.
    A clause rebuilt from a relative clause, an apposition or a shared subject has its subject
    outside its own words, so only a clause with no such origin needs one of its own."""
    if not words or "[" in text:
        return None
    if not any(is_verbal(doc[i]) for i in words):
        return "a fragment: no verb"
    has_subject = any(doc[i].dep_ in SUBJECTS for i in words)
    rebuilt = any(doc[i].dep_ in _REBUILT for i in words)
    first, last = doc[words[0]], doc[words[-1]]
    if not has_subject and (is_verbal(first) or first.tag_ == "TO" or not rebuilt):
        return "a fragment: no subject"
    if last.dep_ == "aux" or last.tag_ == "MD" or _elided(last):
        return "a fragment: the verb is cut off"
    if _content_cut_away(last, set(words)):
        return "a fragment: what the verb says was cut away"
    return None


def _content_cut_away(last: Token, words: set[int]) -> bool:
    """`Lifeboat coxswain.` from `Lifeboat coxswain Derek Trewin said ...`, a title the parser
    read as a verb whose clause is the report: the claim ends on a verb whose clause
    (`ccomp`) is none of its words and that has no object or complement of its own."""
    if not is_verbal(last) or last.pos_ == "AUX":
        return False
    kept = [c for c in last.children if c.i in words and c.dep_ in _COMPLEMENTS]
    cut = [c for c in last.children if c.dep_ == "ccomp" and c.i not in words]
    return bool(cut) and not kept


_COMPLEMENTS = frozenset(
    {"attr", "acomp", "dobj", "prep", "xcomp", "ccomp", "oprd", "advcl", "npadvmod", "advmod"}
)


def _elided(verb: Token) -> bool:
    """`Packaging is.`, `We did.`: a copula or `do` ending the claim with nothing after it,
    its predicate left in the sentence before."""
    return (
        verb.pos_ == "AUX"
        and verb.lemma_ in ("be", "do", "have")
        and not any(c.dep_ in _COMPLEMENTS for c in verb.children)
    )


def _state_of_mind(verb: Token) -> bool:
    """`I am sure`, `we would be surprised`, `we wanted to`, `we challenge him to`."""
    lemma = verb.lemma_.lower()
    if verb.lower_ in lexicon.WISH_WORDS or lemma in lexicon.FIRST_PERSON_STANCE_LEMMAS:
        return True
    complement = _predicate(verb)
    return (
        lemma == "be"
        and complement is not None
        and complement.lower_ in lexicon.STATE_OF_MIND_WORDS
    )


def _predicate(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("acomp", "attr", "oprd")), None)


def _judgement(verb: Token) -> bool:
    """A copula whose predicate is a value word: `is not credible`, `has been a remarkable
    experience`, `seems unlikely`."""
    if verb.lemma_.lower() not in _COPULAS:
        return False
    predicate = _predicate(verb)
    if predicate is None or any(c.dep_ in ("xcomp", "ccomp") for c in predicate.children):
        return False
    judged = [predicate, *(c for c in predicate.children if c.dep_ in ("amod", "conj"))]
    words = [t.lemma_.lower() if t.pos_ == "NOUN" else t.lower_ for t in judged]  # `dreams`
    return any(w in lexicon.JUDGEMENT_WORDS for w in words)


def _duty(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in lexicon.OBLIGATION_WORDS for c in verb.children)


def _scheduled(verb: Token) -> bool:
    """`will discuss plans on Monday`, `is expected to meet`, `details will be announced`."""
    lemma = verb.lemma_.lower()
    if lemma in ("expect", "due", "set") and any(c.dep_ == "auxpass" for c in verb.children):
        inner = next((c for c in verb.children if c.dep_ == "xcomp"), None)
        return inner is not None and _schedule_verb(inner)
    if not _schedule_verb(verb):
        return False
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in _FUTURE_MARKS for c in verb.children)


def _schedule_verb(verb: Token) -> bool:
    """`meet`, `discuss`, `announce`, and `make public`."""
    lemma = verb.lemma_.lower()
    made_public = lemma == "make" and any(c.lower_ == "public" for c in verb.children)
    return lemma in lexicon.SCHEDULE_LEMMAS or made_public
