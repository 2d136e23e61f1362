"""Stage 5, continued: the organisation a story is about, given to its measures that leave it out.

`Wexmoor County Cricket Club has reported a loss ...` -> later `Turnover [at Wexmoor County
Cricket Club] fell by 12% to £9.8m`; `A folk festival has been cancelled` named next as
`Hallowdale Folk Festival` -> `Ticket sales [at Hallowdale Folk Festival] fell to 6,200`.

The story's organisation is the one its lead is about: the lead's subject (or the owner of
it, `Acme's profits fell`) when that is a name typed an organisation, or the name the sentence
after the lead gives the lead's unnamed one (lead_names.py). A later claim takes it only
when all of these hold, and otherwise keeps the article's words:
- its subject is a plain measure an organisation has (lexicon.ORGANISATION_MEASURES: `sales`,
  `turnover`, `visitor numbers`), with no owner, no `the` of an earlier one, no phrase after it
  (`sales of outdoor plants` may be the market's) and no name;
- it states a fact with a figure (not a hope, a forecast or `could`);
- it is in the reporter's voice, the organisation's or that of someone whose title names it;
- neither the claim's sentence nor the one before names another organisation, and the claim
  names no place (`Ticket sales in Scotland fell` is about Scotland's).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcheck.splitter import lexicon
from factcheck.splitter.document import first_body_sentence
from factcheck.splitter.story_places import has_figure, stated_fact, stated_subject
from factcheck.splitter.tokens import subject_of

if TYPE_CHECKING:
    from collections.abc import Mapping

    from spacy.tokens import Doc, Token

    from factcheck.splitter.document import Sentence
    from factcheck.splitter.lead_names import LeadName

_PLACES = frozenset({"GPE", "LOC", "FAC"})
_COUNTED_NUMBERS = frozenset({"number", "figure"})  # `visitor numbers`, `passenger figures`


@dataclass(frozen=True)
class StoryOrganisation:
    """The organisation the lead is about, as the article writes it, and where it was named."""

    name: str
    sentence: int

    def bracket(self) -> str:
        return f"[at {self.name}]"


def read_story_organisation(
    sentences: list[Sentence], lead_name: LeadName | None
) -> StoryOrganisation | None:
    if lead_name is not None:
        return StoryOrganisation(lead_name.name.removeprefix("the "), lead_name.named_in)
    lead = first_body_sentence(sentences)
    if lead is None or not lead.parsed:
        return None
    root = next((t for t in lead.doc if t.dep_ == "ROOT"), None)
    if root is None:
        return None
    # the lead's subject or that of what it reports (`X is to close Y, the firm announced`),
    # its owner (`Acme's profits`) or the name its trade is set beside (`chain Hartwell's`)
    clauses = [*(c for c in root.children if c.dep_ in ("ccomp", "parataxis")), root]
    subject = next((s for s in map(subject_of, clauses) if s is not None), None)
    if subject is None:
        return None
    near = [subject, *(c for c in subject.children if c.dep_ in ("poss", "compound", "appos"))]
    named = next(
        (
            e
            for e in lead.doc.ents
            if e.label_ == "ORG" and any(e.start <= t.i < e.end for t in near)
        ),
        None,
    )
    if named is None:
        return None
    name = named.text
    return StoryOrganisation("the " + name[4:] if name.startswith("The ") else name, lead.index)


def story_organisation_bracket(
    doc: Doc,
    claim: set[int],
    sentence: Sentence,
    sentences: list[Sentence],
    organisation: StoryOrganisation,
    replaced: Mapping[int, str],
) -> dict[int, str]:
    """`Turnover fell by 12%` -> `Turnover [at X] fell by 12%` (module docstring), for a claim
    the caller found in the reporter's voice, the organisation's or one of its officers';
    `replaced`: tokens already given other words."""
    if sentence.index <= organisation.sentence:
        return {}
    if any(organisation.name in words for words in replaced.values()):
        return {}  # named already (`[Acme's] revenue rose 9%`, periods.py)
    stated = stated_subject(doc, claim, plans=True)
    if stated is None or stated[1].i in replaced:
        return {}
    verb, subject = stated
    measure = _plain_measure(subject, claim) and stated_fact(verb) and has_figure(doc, claim)
    people = _plain_people(subject, claim)
    if not measure and people is None:
        return {}
    if any(doc[i].ent_type_ in _PLACES for i in claim):
        return {}
    before = sentences[sentence.index - 1] if sentence.index > 0 else None
    for near in (sentence, before):
        if near is not None and near.parsed and _another_organisation(near.doc, organisation):
            return {}
    bracket = organisation.bracket() if measure else f"[{people} {organisation.name}]"
    kind = next((c for c in subject.rights if c.lower_ == "of" and c.i in claim), None)
    end = max(t.i for t in kind.subtree) if kind is not None else subject.i
    if end in replaced:
        return {}
    return {end: f"{doc[end].text} {bracket}"}  # after `incidents of bullying`, not inside


def _plain_people(noun: Token, claim: set[int]) -> str | None:
    """`Staff`, `All staff`, `About 300 workers`, `Members`: the organisation's own people,
    with nothing in the claim saying whose; the preposition that ties them to it (`at`,
    `of`), or None."""
    lemma = noun.lemma_.lower()
    preposition = next(
        (p for p, kind in lexicon.ORGANISATION_PEOPLE.items() if lemma in kind), None
    )
    if preposition is None or noun.pos_ != "NOUN":
        return None
    if noun.tag_ != "NNS" and lemma not in lexicon.COLLECTIVE_PEOPLE:
        return None  # `a worker`: one, whom the article may name
    for child in noun.children:
        if child.i not in claim:
            continue
        if child.dep_ == "det" and child.lower_ not in ("the", "all", "most", "many", "some"):
            return None
        if child.dep_ in ("poss", "prep", "relcl", "acl", "appos"):
            return None
        if child.ent_type_ not in ("", "CARDINAL") or child.pos_ == "PROPN":
            return None  # `Acme staff`, `UK workers`
    return preposition


def _plain_measure(noun: Token, claim: set[int]) -> bool:
    """`Turnover`, `Ticket sales`, `Visitor numbers`: a measure of an organisation's, with
    nothing in the claim saying whose or of what."""
    lemma = noun.lemma_.lower()
    compounds = [c for c in noun.children if c.dep_ == "compound"]
    counted = lemma in _COUNTED_NUMBERS and noun.tag_ == "NNS" and compounds
    if lemma not in lexicon.ORGANISATION_MEASURES and not counted:
        return False
    for child in noun.children:
        if child.i not in claim:
            continue
        if child.dep_ == "det" and child.lower_ != "the":
            return False
        kind_of = child.lower_ == "of" and lemma in lexicon.COUNTED_EVENT_MEASURES
        if child.dep_ in ("poss", "prep", "relcl", "acl", "appos", "nummod") and not kind_of:
            return False  # `incidents of bullying` says which incidents, not whose
        if child.ent_type_ or child.pos_ == "PROPN":
            return False  # `Acme sales`
        if child.dep_ == "compound" and child.pos_ != "NOUN":
            return False
    return noun.pos_ == "NOUN"


def _another_organisation(doc: Doc, organisation: StoryOrganisation) -> bool:
    own = set(organisation.name.lower().split())
    return any(
        e.label_ == "ORG" and not set(e.text.removeprefix("the ").lower().split()) <= own
        for e in doc.ents
    )
