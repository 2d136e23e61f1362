"""The name a story's first sentence holds back: `A water company has been ordered to pay
£38.4m ...` and, next, `Ofwat said Thamesbrook Water had broken its legal duties`.

News leads often open on an organisation by its kind and name it in the sentence after. The
lead's claim then names no one; a desk would write `A water company [Thamesbrook Water]`.
Only an organisation is named so, and only when the next sentence leaves one to choose: one
organisation in it, or one whose name says the lead's kind (`museum`) or shares a word with
the lead's description (`water`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcheck.splitter import lexicon
from factcheck.splitter.document import first_body_sentence
from factcheck.splitter.tokens import SUBJECTS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from factcheck.splitter.document import Sentence


@dataclass(frozen=True)
class LeadName:
    """The lead's unnamed organisation (`noun`, a token index in sentence `sentence`) and the
    name the next sentence (`named_in`) gives it."""

    sentence: int
    noun: int
    name: str
    named_in: int


def read_lead_name(sentences: list[Sentence]) -> LeadName | None:
    lead = first_body_sentence(sentences)
    if lead is None or lead.index + 1 >= len(sentences):
        return None
    following = sentences[lead.index + 1]
    if not following.parsed or following.headline:
        return None
    noun = _unnamed_organisation(lead)
    if noun is None:
        return None
    names = [e for e in following.doc.ents if e.label_ == "ORG" and _fits(e, noun)]
    if len(names) > 1:  # the one whose name says what kind it is, or what the lead said
        kind = lexicon.ORGANISATION_NOUNS.get(noun.lemma_.lower(), frozenset())
        described = {c.lower_ for c in noun.lefts if c.dep_ in ("compound", "amod")}
        names = [e for e in names if (kind | described) & {t.lower_ for t in e}]
    if len(names) != 1:
        return None
    name = names[0].text
    name = "the " + name[4:] if name.startswith("The ") else name
    return LeadName(lead.index, noun.i, name, following.index)


def _unnamed_organisation(lead: Sentence) -> Token | None:
    """`A water company` as the subject of the lead's main verb."""
    root = next((t for t in lead.doc if t.head.i == t.i), None)
    if root is None:
        return None
    subject = next((c for c in root.children if c.dep_ in SUBJECTS), None)
    if subject is None or subject.pos_ != "NOUN" or subject.tag_ != "NN":
        return None
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in subject.children):
        return None
    lemma = subject.lemma_.lower()
    kind = lemma in lexicon.ORGANISATION_NOUNS or lemma in lexicon.ORGANISATION_TRADES
    return subject if kind and lemma not in lexicon.WORK_TRADE_NOUNS else None


def _fits(entity: Span, noun: Token) -> bool:
    """A name whose last word is another kind of organisation is not this one (`A museum`
    is not `Caldermoor City Council`)."""
    last = entity[-1].lower_
    fits = lexicon.ORGANISATION_NOUNS.get(noun.lemma_.lower())
    return not (last in lexicon.ORGANISATION_NOUNS and fits is not None and last not in fits)
