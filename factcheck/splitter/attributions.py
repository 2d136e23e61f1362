"""Stage 4 of the splitter: what of a reporting sentence is the article's own account.

A sentence that reports someone's words also says things in the reporter's voice: where and
when the speaker spoke (`..., he said at a rally in Oslo`), what is set off on the speaker
(`..., said Tom Berg, who has led the firm since 1999`). These functions find those parts,
tell a clause that only says someone spoke (`X added.`) from one that states something, and
set aside a reporting act whose speaker is a share of a group (`28% of bosses said C`: the
survey's finding). `pipeline._Splitter.drafts` gives each part its voice.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.splitter import lexicon
from factcheck.splitter.clauses import descriptions
from factcheck.splitter.reported import Attribution, find_attribution
from factcheck.splitter.speakers import OWN_VOICE, Voice
from factcheck.splitter.tokens import subtree

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from factcheck.splitter.document import Sentence


_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC", "EVENT", "ORG"})


def sentence_attribution(sentence: Sentence) -> Attribution | None:
    """The sentence's reporting act, unless its speaker is a share of a group (`28% of the
    bosses said C`): that share is the survey's finding, a fact the article states, and a
    figure is no speaker; nor when all it reports is an infinitive (`urged people who find
    rocks to get in touch`)."""
    if not sentence.parsed:
        return None
    found = find_attribution(sentence.doc, set(range(len(sentence.doc))), sentence.quoted)
    if found is None or found.verb is None:
        return found
    if found.contents and all(_infinitive(head) for head, _words in found.contents):
        return None  # `people who find unusual rocks to get in touch`: no words reported
    phrase = subtree(found.speaker) - set().union(
        *(subtree(c) for c in found.speaker.children if c.dep_ in ("relcl", "acl", "appos"))
    )
    doc = sentence.doc
    share = any(
        doc[i].ent_type_ == "PERCENT"
        or (doc[i].lemma_.lower() in lexicon.SHARE_WORDS and doc[i].i == found.speaker.i)
        or (doc[i].dep_ == "quantmod" and doc[i].lower_ in ("in", "out"))
        for i in phrase
    )
    return None if share else found


def _infinitive(verb: Token) -> bool:
    """`(find rocks) to get in touch`: a clause with `to` and no tense says what is wanted
    or found to be, not what someone said."""
    return verb.tag_ == "VB" and any(c.tag_ == "TO" and c.dep_ == "aux" for c in verb.children)


def speaker_descriptions(
    attribution: Attribution, allowed: set[int]
) -> list[tuple[set[int], Voice]]:
    """`..., said Tom Berg, who has led the firm since 1999`: what is set off on the speaker
    (or on where they spoke) is the article's own claim."""
    return [(c, OWN_VOICE) for noun in attribution.described for c in descriptions(noun, allowed)]


def attribution_tail(attribution: Attribution, sentence: Sentence) -> set[int]:
    """`..., he said at a youth event during a visit to Oslo`: where and when the speaker
    spoke is a fact of its own when it names a place or an event; else nothing."""
    verb = attribution.verb
    if verb is None:
        return set()
    modifiers = [
        c
        for c in verb.children
        if c.dep_ in ("prep", "npadvmod") and not subtree(c) & sentence.quoted
    ]
    placed = [m for m in modifiers if any(t.ent_type_ in _PLACE_TYPES for t in m.subtree)]
    if not placed or not any(_an_occasion(m) for m in modifiers):
        return set()  # `X told reporters in Berlin` says only where the words were heard
    hearers = [c for c in verb.children if c.dep_ in ("dobj", "dative") and verb.lemma_ == "tell"]
    tokens = {verb.i} | subtree(attribution.speaker)
    for modifier in [*modifiers, *hearers]:  # `X told reporters in Oslo`, not `X told in Oslo`
        tokens |= subtree(modifier)
    return tokens


def _an_occasion(modifier: Token) -> bool:
    """`in an open letter to the BPI`, `at a rally`, `to the Commons committee`: the words
    were spoken on an occasion someone can check, not only in a town."""
    return any(
        t.lemma_.lower() in lexicon.SPEAKING_OCCASION_NOUNS or t.ent_type_ in ("EVENT", "ORG")
        for t in modifier.subtree
    )


def only_speaking(doc: Doc, tokens: set[int]) -> bool:
    """`X went on.`, `X added in a statement.`: the clause only says that someone spoke (a
    plain speech verb with no object or complement among `tokens`). Where the speaker spoke
    (`X said at a rally in Oslo`) is the attribution tail's, which the references keep."""
    roots = [doc[i] for i in tokens if doc[i].head.i not in tokens or doc[i].head.i == i]
    if len(roots) != 1 or roots[0].lemma_ not in lexicon.PLAIN_SPEECH_LEMMAS:
        return False
    root = roots[0]
    said = {c.dep_ for c in root.children if c.i in tokens}
    if root.lemma_ == "tell":
        said -= {"dobj", "dative"}  # `X told reporters`: who heard it, not what was said
    return not said & {"ccomp", "xcomp", "dobj", "attr", "acomp", "advcl", "conj", "oprd"}


def speaker_leads(attribution: Attribution, tail: set[int]) -> bool:
    """`X said at a rally in Oslo` reads as a claim; `In a letter on Monday X said.` does not:
    a tail is kept only when the speaker and verb open it."""
    assert attribution.verb is not None
    opening = min(subtree(attribution.speaker) | {attribution.verb.i})
    return opening == min(tail)
