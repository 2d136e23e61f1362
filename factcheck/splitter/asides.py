"""The article's own aside inside reported speech stays the article's.

`She said the family would reopen the shop, which has been boarded up since March, in May`: a
relative clause set off by commas inside indirect speech is often the reporter's background,
not the speaker's words. It is read as the article's when the tense shows it was not reported:
- present tense (`has been`, `is owned`, `includes`) inside speech a past reporting verb
  back-shifted;
- simple past (`who joined Rovers in 2003`) inside speech already put in the past perfect
  (`he had spoken to X`): reported, it would have been back-shifted too;
- `according to X` cites X for the finding; what a relative clause says of another name on
  the way (`Beta, which is owned by Acme, lost share`) is the article's gloss.
The same holds for a set-off `a ...` description of a name (`Groove Networks, a software firm
founded by Y`), which has no tense to tell by but is the reporter's gloss as a rule.
Quoted words are never touched: inside quotation marks everything is the speaker's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.splitter import lexicon
from factcheck.splitter.tokens import subtree

if TYPE_CHECKING:
    from spacy.tokens import Token

    from factcheck.splitter.reported import Attribution

_PRESENT_TAGS = frozenset({"VBZ", "VBP"})
_PRESENT_MODALS = frozenset({"will", "can", "may", "must", "shall"})
_RELATIVE_WORDS = frozenset({"who", "which", "whose"})
_CONTRAST_MARKERS = frozenset({"although", "though", "whereas"})


def article_aside(
    claim: set[int], content: Token, attribution: Attribution, quoted: set[int]
) -> bool:
    """Whether `claim` is a comma-set relative or `although` clause inside `content` that the
    article, not the speaker, states."""
    if content.i in claim:
        return False  # the relative clause was kept with what was said: one claim, one voice
    if _description_of_a_name(claim, content, quoted):
        return True
    relative = _relative_of(claim, content)
    if relative is None or subtree(relative) & quoted or _says_more(claim, relative):
        return False
    tense = _tense(relative)
    if attribution.verb is None:  # a standing fact about another name on the way
        return _named(relative.head) and tense == "present"
    if attribution.verb.tag_ != "VBD":
        # `X says C`: nothing was back-shifted; but figures or a study describe no one
        return _data_speaks(attribution) and _named(relative.head) and tense == "present"
    reported = _tense(_clause_of(relative, content))
    if tense == "present":
        return reported in ("past", "past perfect", "past modal")
    return tense == "past" and reported == "past perfect"


def _says_more(claim: set[int], relative: Token) -> bool:
    """`X said Ann had told police she was home, which the prosecution says is untrue`: a claim
    whose own verb lies outside the aside (`had told`) is the speaker's, aside and all."""
    doc = relative.doc
    return any(
        doc[i].pos_ in ("VERB", "AUX") and doc[i].dep_ not in ("aux", "auxpass")
        for i in claim - subtree(relative)
    )


def _data_speaks(attribution: Attribution) -> bool:
    """`Acme, which runs trains, was the worst, figures show`: what figures, data or a study
    show is a measure, never a description of the firm it measures."""
    speaker = attribution.speaker.lemma_.lower()
    return speaker in lexicon.DATA_NOUNS | lexicon.STUDY_NOUNS


def _description_of_a_name(claim: set[int], content: Token, quoted: set[int]) -> bool:
    """`X said it would buy Groove Networks, a software firm founded by Y`: what a set-off
    `a ...` description says of a name inside indirect speech is the reporter's gloss for the
    reader, as a relative clause would be."""
    doc = content.doc
    for i in sorted(claim):
        token = doc[i]
        if token.dep_ != "appos" or not content.is_ancestor(token) or subtree(token) & quoted:
            continue
        first = doc[min(subtree(token))]
        named = token.head.pos_ == "PROPN" and token.head.ent_type_ in ("ORG", "PERSON", "GPE")
        if named and token.pos_ == "NOUN" and first.lower_ in ("a", "an", "the"):
            return True
    return False


def _relative_of(claim: set[int], content: Token) -> Token | None:
    doc = content.doc
    for i in sorted(claim):
        token = doc[i]
        if token.dep_ != "relcl" or token.i == content.i or token.is_ancestor(content):
            continue
        first = min(subtree(token))
        set_off = first > 0 and doc[first - 1].text == ","
        if set_off and doc[first].lower_ in _RELATIVE_WORDS and token.i in claim:
            return token
    for i in sorted(claim):  # `..., although the OECD has warned that C`
        token = doc[i]
        if token.dep_ != "advcl" or not content.is_ancestor(token):
            continue
        marker = next((c for c in token.children if c.dep_ == "mark"), None)
        first = min(subtree(token))
        set_off = first > 0 and doc[first - 1].text == ","
        if set_off and marker is not None and marker.lower_ in _CONTRAST_MARKERS:
            return token
    return None


def _tense(verb: Token) -> str | None:
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    finite = auxiliaries[0] if auxiliaries else verb
    if finite.tag_ in _PRESENT_TAGS or (finite.tag_ == "MD" and finite.lower_ in _PRESENT_MODALS):
        return "present"
    if finite.lower_ == "had" and verb.tag_ == "VBN":
        return "past perfect"
    if finite.tag_ == "MD":
        return "past modal"  # would, could, might, should
    if finite.tag_ == "VBD":
        return "past"
    return None


def _clause_of(relative: Token, content: Token) -> Token:
    """The verb of the reported clause the relative clause's noun belongs to: `said the lift
    had failed and needed a motor, which had to be made in Italy` is back-shifted from
    `needed`, not from `had failed`."""
    for ancestor in relative.head.ancestors:
        if ancestor.i == content.i or (ancestor.pos_ in ("VERB", "AUX") and _tense(ancestor)):
            return ancestor  # (`was likely to take up the question, which`: `was`, not `take`)
    return content


def _named(noun: Token) -> bool:
    """A name, or a noun with its name set beside it (`Acme's rival, Beta, which ...`)."""
    return noun.pos_ == "PROPN" or any(
        c.dep_ == "appos" and c.pos_ == "PROPN" for c in noun.children
    )
