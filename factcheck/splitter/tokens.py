"""Small helpers over spaCy tokens shared by the structural stages: token sets and their text."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

QUOTE_MARKS = frozenset({'"', "“", "”", "«", "»", "„", "''", "``"})
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
# entity types of a figure: a count, an amount, a sum of money, a share
FIGURE_ENTITIES = frozenset({"MONEY", "PERCENT", "QUANTITY", "CARDINAL"})
_LEADING_JUNK = frozenset({"cc", "mark", "punct"})
_CONCESSIONS = frozenset({"though", "although", "whereas", "while", "whilst"})
_DISCOURSE_OPENERS = frozenset(
    {"meanwhile", "however", "similarly", "moreover", "furthermore", "nevertheless",
     "nonetheless", "likewise", "additionally", "meantime"}
)  # fmt: skip
_OPEN_BRACKETS = {"(": ")", "[": "]"}
_ATTACHED = frozenset({".", ",", ";", ":", "!", "?", ")", "%", "'s", "’s"})


def subtree(token: Token) -> set[int]:
    return {t.i for t in token.subtree}


def subject_of(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in SUBJECTS), None)


def governs(head: Token, clause: Token) -> bool:
    """Whether `clause` hangs below `head` through something other than coordination: `Acme
    fell because the firm lost money` (`lost` under `fell`), not `Acme rose and the firm ...`."""
    subordinate = False
    while clause.i != head.i and clause.head.i != clause.i:
        subordinate = subordinate or clause.dep_ != "conj"
        clause = clause.head
    return clause.i == head.i and subordinate


def is_verbal(token: Token) -> bool:
    if token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB"):
        return True
    # `Storm damage cost households £41m`: the tagger took `cost` for a noun, but a word
    # with a subject and an object of its own is a verb
    if token.pos_ != "NOUN":
        return False
    roles = {c.dep_ for c in token.children}
    return bool(roles & SUBJECTS) and bool(roles & {"dobj", "dative"})


def claim_verb(doc: Doc, claim: set[int]) -> Token | None:
    """The one verb at the top of a claim's words, or None when there are several or none."""
    heads = [doc[i] for i in sorted(claim) if doc[i].head.i not in claim or doc[i].head.i == i]
    verbs = [t for t in heads if is_verbal(t) and not t.is_punct]
    return verbs[0] if len(verbs) == 1 else None


def bracket_after(token: Token, words: str) -> dict[int, str]:
    """`£48m` -> `£48m [in the six months to May]`, as a replacement for the token: the
    full stop the tokenizer may leave on the sentence's last word stays after the bracket."""
    text, stop = token.text, ""
    if text.endswith(".") and token.i + 1 == len(token.doc):
        text, stop = text[:-1], "."
    return {token.i: f"{text} [{words}]{stop}"}


_YEARS = frozenset({"year", "decade", "century"})


def lasts_years(verb: Token) -> bool:
    """`have held the race for 12 years`: the verb has a `for` of years (a plural count)."""
    for during in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"):
        years = [c for c in during.children if c.dep_ == "pobj" and c.lemma_ in _YEARS]
        if any(c.tag_ == "NNS" for c in years):
            return True
    return False


def is_possessive(token: Token) -> bool:
    """`its`, `his`, and `her` when it owns a noun (`her client`, not `praised her`)."""
    return token.tag_ == "PRP$" or (token.lower_ == "her" and token.dep_ == "poss")


def is_year(text: str) -> bool:
    """`1996`, `2004`: four digits that read as a year (not `1500 jobs`, not `four`)."""
    return len(text) == 4 and text.isdigit() and text[:2] in ("16", "17", "18", "19", "20")


def _owner_named_first(pronoun: Token, owner: str, before: list[str]) -> bool:
    """A his/her/its/their resolved to the name the claim opens with, with no other name
    between: the pronoun already says whose (`Ann Lee secured her place`, not `Ann Lee
    secured Ann Lee's place`)."""
    if pronoun.tag_ != "PRP$":
        return False
    name = owner.removesuffix("'s").removesuffix("’s").removesuffix("'")
    opening = "".join(before)
    if not name or not opening.startswith(name):
        return False
    rest = opening[len(name) :].removeprefix("'s").removeprefix("’s")
    return not any(w[:1].isupper() for w in rest.split())


def render(doc: Doc, indices: Iterable[int], replaced: dict[int, str] | None = None) -> str:
    """The words at `indices`, in order, spaced as in the article; a gap becomes one space.

    Leading conjunctions, complementizers and punctuation, trailing punctuation and
    conjunctions, and every quotation mark are dropped (they belong to the sentence, not to
    the claim); an unmatched bracket is removed. The claim ends with a full stop (or the
    sentence's question mark); text without a letter or digit renders as "". `replaced` gives
    other words for some tokens (a resolved pronoun, a bracketed date); "" drops a token.
    """
    replaced = replaced or {}
    chosen = set(indices)
    kept = sorted(i for i in chosen if doc[i].text not in QUOTE_MARKS)
    partial = _partial_quote_marks(doc, chosen, kept)
    kept = sorted({*kept, *partial})
    while kept and (_leading_junk(doc[kept[0]]) or _concession_alone(doc[kept[0]], chosen)):
        kept.pop(0)
    ending = "?" if kept and doc[kept[-1]].text == "?" else "."
    kept = [i for i in kept if not _inserted_link(doc, i)]
    while (
        kept
        and kept[-1] not in partial
        and (
            (doc[kept[-1]].pos_ in ("PUNCT", "CCONJ") and doc[kept[-1]].text != ")")
            or (
                doc[kept[-1]].dep_ in ("mark", "cc", "prep")
                and not list(doc[kept[-1]].children)
                and not _stranded(doc[kept[-1]])
            )
            or _link_word(doc[kept[-1]])
        )
    ):
        kept.pop()
    kept = _with_closing_brackets(doc, kept)
    kept = _without_emptied_commas(doc, [i for i in _balanced(doc, kept) if replaced.get(i) != ""])
    parts: list[str] = []
    for position, index in enumerate(kept):
        word = replaced.get(index, doc[index].text)
        if position and index in replaced and _owner_named_first(doc[index], word, parts):
            word = doc[index].text  # `Acme said its profits rose`: `its` can mean no one else
        if position and index in replaced and word.startswith("The "):
            word = "the " + word[4:]  # `figures The BMA had obtained`: a name put in mid-claim
        parts.append(word)
        following = kept[position + 1] if position + 1 < len(kept) else None
        if following is not None:
            if following == index + 1:
                parts.append(doc[index].whitespace_)
            elif _apposition_after_tag(doc, index, following) or _clause_after_a_cut(
                doc, index, following
            ):
                parts.append(", ")
            elif doc[following].text not in _ATTACHED:
                parts.append(" ")
    text = "".join(parts).strip().rstrip(",;:- ")
    if not any(c.isalnum() for c in text):
        return ""
    if not text.endswith((".", "!", "?")):
        text += ending
    return text[:1].upper() + text[1:]


def _partial_quote_marks(doc: Doc, chosen: set[int], words: list[int]) -> set[int]:
    """`Ashcroft should be "knocking on the door" of the squad`: the marks of a quotation
    that opens and closes inside a claim with words of the reporter's around it stay, or
    the claim would read as the reporter's words (`described it as as good as ...`)."""
    marks = [t.i for t in doc if t.text in QUOTE_MARKS]
    found: set[int] = set()
    for opening, closing in zip(marks[::2], marks[1::2], strict=False):
        if opening not in chosen or closing not in chosen:
            continue
        inside = [i for i in words if opening < i < closing]
        outside = [i for i in words if (i < opening or i > closing) and doc[i].is_alpha]
        if inside and outside and all(i in chosen for i in range(opening, closing + 1)):
            found |= {opening, closing}
    return found


def _apposition_after_tag(doc: Doc, before: int, after: int) -> bool:
    """`142,800 officers in England and Wales, the Home Office said, the highest number on
    record`: a speech tag cut from between commas leaves a noun phrase set beside what came
    before it; the comma stays (a verb after the tag, `Sales, he said, rose`, needs none)."""
    if doc[before + 1].text != "," or doc[after - 1].text != "," or doc[before].is_punct:
        return False
    if not any(t.dep_ == "parataxis" and t.pos_ == "VERB" for t in doc[before + 1 : after]):
        return False  # `made X, who left Y, the favourite`: no tag was cut
    head = doc[after]
    while head.head.i >= after and head.head.i != head.i:
        head = head.head
    return (
        head.pos_ in ("NOUN", "PROPN", "NUM")
        and head.dep_ in ("attr", "appos", "npadvmod")
        and head.head.i <= before
    )


def _clause_after_a_cut(doc: Doc, before: int, after: int) -> bool:
    """`had a music player, according to X, though it predicts ...`: words cut from between
    commas before a clause's `though` or `but` take the clause's comma with them; it stays
    (`had a music player though it predicts` runs two clauses together)."""
    if doc[before + 1].text != "," or doc[after - 1].text != "," or doc[before].is_punct:
        return False
    joiner = doc[after]  # of two clauses, not of two nouns (`iTunes, which ..., and OD2`)
    return (
        joiner.dep_ in ("mark", "cc")
        and joiner.pos_ in ("SCONJ", "CCONJ")
        and joiner.head.pos_ in ("VERB", "AUX")
    )


def _stranded(preposition: Token) -> bool:
    """`the best coach I have worked with`, `the cause we argued for`: a preposition whose
    object went before it ends its clause in the article too; it is part of the claim."""
    doc, following = preposition.doc, preposition.i + 1
    return (
        preposition.dep_ == "prep"
        and preposition.head.pos_ in ("VERB", "AUX")
        and preposition.head.i < preposition.i
        and (following == len(doc) or doc[following].is_punct)
    )


def _without_emptied_commas(doc: Doc, kept: list[int]) -> list[int]:
    """`The government, which claims C, froze ...` without its relative clause: the commas
    that set off a dropped stretch go with it (`The government froze ...`)."""
    emptied: set[int] = set()
    restored: set[int] = set()
    kept_set = set(kept)
    for left, right in pairwise(kept):
        if right == left + 1:
            continue
        opened = "," in (doc[left].text, doc[left + 1].text)
        closed = "," in (doc[right].text, doc[right - 1].text)
        if opened and closed:
            emptied |= {i for i in (left, right) if doc[i].text == ","}
            if _opens_apposition(doc, right):  # `rose 3%, [according to X,] its highest`
                emptied.discard(left)
                if doc[left].text != ",":  # `Ann Lee[, 19], a student`: the comma after
                    emptied.discard(right)
            elif _closes_apposition(doc, left, kept_set) or _closes_apposition(
                doc, left + 1, kept_set
            ):
                emptied.discard(left)  # `Mr Lee, 52, [who ...,] would`: the age stays set off
                restored.add(left if doc[left].text == "," else left + 1)
    return sorted({i for i in kept if i not in emptied} | restored)


def _opens_apposition(doc: Doc, index: int) -> bool:
    """Whether the word at `index` (after a comma there) begins an apposition (or a noun
    phrase the parser hung on the verb: `rose 5%, the first rise this year`), which keeps a
    comma before it however much was dropped."""
    first = doc[index + 1] if doc[index].text == "," and index + 1 < len(doc) else doc[index]
    return any(
        (t.dep_ == "appos" or (t.dep_ == "npadvmod" and t.pos_ == "NOUN"))
        and min(s.i for s in t.subtree) == first.i
        for t in (first, *first.ancestors)
    )


def _closes_apposition(doc: Doc, index: int, kept: set[int]) -> bool:
    """Whether the comma at `index` closes an apposition set off by a kept comma before it
    (`Mr Lee, 52,`): it stays to close it, whatever was dropped after."""
    if doc[index].text != "," or index == 0:
        return False
    last = doc[index - 1]
    return any(
        t.dep_ == "appos"
        and max(s.i for s in t.subtree) == last.i
        and min(s.i for s in t.subtree) - 1 in kept
        and doc[min(s.i for s in t.subtree) - 1].text == ","
        for t in (last, *last.ancestors)
    )


def _link_word(token: Token) -> bool:
    """`however`, `meanwhile`: a link to the sentence before, no part of any claim."""
    return token.dep_ == "advmod" and token.lower_ in _DISCOURSE_OPENERS


def _inserted_link(doc: Doc, index: int) -> bool:
    """`They did, however, have ...`: the link word and the commas around it."""
    return any(
        start >= 0
        and start + 2 < len(doc)
        and doc[start].text == "," == doc[start + 2].text
        and _link_word(doc[start + 1])
        for start in (index, index - 1, index - 2)
    )


def complementizer_as_subject(token: Token) -> bool:
    """`found that kittiwakes raised C`: reading the noun after it as a verb, the parser makes
    the `that` right after a reporting verb the subject of what was found; it only joins.
    (A relative `that` follows its noun: `an offensive that Washington warns could start`.)"""
    if token.lower_ != "that" or token.tag_ != "IN" or token.dep_ != "nsubj" or token.i == 0:
        return False
    before = token.nbor(-1)
    return before.pos_ in ("VERB", "AUX") and token.head.head.i == before.i


def complementizer_as_determiner(token: Token) -> bool:
    """`said the club would appoint X and that money would be available`: the `that` opening a
    second reported clause after `and` / `but`, read as the determiner of its subject, only
    joins (it points at no money named before)."""
    if token.lower_ != "that" or token.dep_ != "det" or token.i == 0:
        return False
    noun, before = token.head, token.nbor(-1)
    if before.dep_ != "cc" or before.lower_ not in ("and", "but") or noun.dep_ not in SUBJECTS:
        return False
    clause = noun.head
    return clause.dep_ == "conj" and clause.head.dep_ in ("ccomp", "conj") and noun.i > token.i


def _concession_alone(token: Token, chosen: set[int]) -> bool:
    """`..., though he declined to name them` cut out alone: the `though` only set the fact
    against the clause left behind (`Though Mr Kwon declined.` is no sentence). A concession
    states its fact on its own; an `if` or `because` does not, and stays."""
    clause = token.head
    return (
        token.dep_ == "mark"
        and token.lower_ in _CONCESSIONS
        and clause.head.i not in chosen
        and clause.head.i != clause.i
    )


def _leading_junk(token: Token) -> bool:
    """`and`, `but`, the `that` of `said that`, punctuation: not part of the claim. `While`,
    `because` and `if` are: without them two facts would read as one."""
    if token.dep_ == "mark":
        return token.lower_ in ("that", "whether")
    if token.lower_ == "that" and token.tag_ == "IN" and token.dep_ == "advmod":
        return True  # `said last year that C`: the parser may hang the `that` as an adverb
    if complementizer_as_subject(token) or complementizer_as_determiner(token):
        return True
    if token.dep_ == "advmod" and token.lower_ in _DISCOURSE_OPENERS:
        return True  # `Meanwhile, X is due to ...`: the link to the sentence before
    return token.dep_ in _LEADING_JUNK and token.pos_ in ("CCONJ", "SCONJ", "PUNCT")


def _with_closing_brackets(doc: Doc, kept: list[int]) -> list[int]:
    """`6m by 4m (20ft by 13ft)`: the parser may hang a closing bracket outside the clause
    that holds the rest of the bracket; with all its words in the claim, it closes there too
    (dropped with its partner, the claim would run `4m 20ft by 13ft`)."""
    chosen = set(kept)
    closings: list[int] = []
    for index in kept:
        closing = _partner(doc, index)
        if closing is not None and closing not in chosen:
            inside = range(index + 1, closing)
            if inside and all(i in chosen for i in inside):
                closings.append(closing)
    return sorted(chosen | set(closings)) if closings else kept


def _partner(doc: Doc, opening: int) -> int | None:
    """The index of the bracket closing the one at `opening`, or None."""
    closes = _OPEN_BRACKETS.get(doc[opening].text)
    if closes is None:
        return None
    depth = 0
    for token in doc[opening:]:
        if token.text == doc[opening].text:
            depth += 1
        elif token.text == closes:
            depth -= 1
            if depth == 0:
                return token.i
    return None


def _balanced(doc: Doc, kept: list[int]) -> list[int]:
    """Drop brackets whose partner is not in the claim."""
    unmatched: set[int] = set()
    stack: list[int] = []
    for index in kept:
        text = doc[index].text
        if text in _OPEN_BRACKETS:
            stack.append(index)
        elif text in (")", "]"):
            if stack and _OPEN_BRACKETS[doc[stack[-1]].text] == text:
                stack.pop()
            else:
                unmatched.add(index)
    unmatched.update(stack)
    return [i for i in kept if i not in unmatched]
