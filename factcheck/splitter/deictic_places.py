"""Stage 5, continued: the place a `there` or `here` points to, and the town a `the town` is.

`"We looked at every option for Leeds," he said. "It costs us more to build each car there."`:
the `there` is Leeds, the one place the sentence before names, and the claim says so: `each
car there [in Leeds]`. Only when that sentence (in the same paragraph) or the claim's own
sentence before the adverb names exactly one place and no organisation (`She left Leeds to
join Acme. She worked there for years`: the firm may be the place), and only for a `there` of
where something is done (`worked there`, `aid workers there`), not of being (`the warnings
were there`) nor of a phrase (`out there`). Two places, or none, and the claim keeps its words
and its question `where is 'there'?`.

`the town`, `the city`, `the village` in a claim that names no place: the one place the
article calls so (`the town of Kelby`, `Kelby, a market town`, `Kelby is a town`): `the town
[Kelby]`. Two such places, or none (an article's one place name may be a country's or a
region's: the recognizer does not tell), and the words stay as written.

A place is a name the recognizer types a place (GPE, LOC, or a facility), or a one-word name it
types a place elsewhere in the article (it may read `for Kelby` as a person's name once).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from factcheck.splitter import lexicon
from factcheck.splitter.document import first_body_sentence
from factcheck.splitter.places import person_name_words
from factcheck.splitter.story_places import StoryPlace, read_story_place

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from factcheck.splitter.document import Sentence

_PLACES = frozenset({"GPE", "LOC", "FAC"})
_ADVERBS = frozenset({"there", "here"})
_DOERS = frozenset({"VERB", "NOUN"})
# `the warnings were there` (they existed), `we will get there` (succeed): no place meant
_NOT_WHERE = frozenset({"be", "get"})


@dataclass(frozen=True)
class Place:
    """A place the article names, and the sentence that names it."""

    name: str
    sentence: int
    at: bool = False  # a facility: `there [at Acme Park]`; a town or region: `[in Kelby]`

    def after(self, word: str) -> str:
        return f"{word} [{'at' if self.at else 'in'} {self.name}]"


class ArticlePlaces:
    """The names an article types places, read once per article."""

    def __init__(self, sentences: list[Sentence]) -> None:
        self.sentences = sentences
        self._calls: dict[str, dict[str, Place]] = {}  # `town` -> the places called one
        typed: dict[str, set[str]] = {}
        for sentence in sentences:
            for entity in sentence.doc.ents if sentence.parsed else ():
                typed.setdefault(_bare(entity), set()).add(entity.label_)
        # `Kelby` alone may be typed a person once; as a word of `Tom Kelby` it is a person's
        # (not as one of `Safer Streets Kelby`, a group the recognizer took for a person)
        in_people = person_name_words(s.doc for s in sentences if s.parsed)
        self.place_names = frozenset(
            name for name, kinds in typed.items() if kinds & _PLACES and name not in in_people
        )
        self.regions = frozenset(
            name
            for name, kinds in typed.items()
            if name in self.place_names and kinds & {"GPE", "LOC"}
        )
        self.settlements = frozenset(
            name for name, kinds in typed.items() if name in self.place_names and "GPE" in kinds
        )

    def there_place(self, adverb: Token, claim: set[int], sentence: Sentence) -> Place | None:
        """The one place a `there` or `here` of the claim points to (module docstring)."""
        if adverb.lower_ not in _ADVERBS or adverb.dep_ != "advmod":
            return None
        head = adverb.head
        if head.pos_ not in _DOERS or head.lemma_.lower() in _NOT_WHERE:
            return None  # `out there`, `the warnings were there`, `we will get there`
        doc = adverb.doc
        if any(doc[i].ent_type_ in _PLACES for i in claim):
            return None  # the claim names its own place
        own = self._named(sentence, before=adverb.i)
        if own is None:
            return None
        if own:
            return self._place(own[0], sentence.index) if len(own) == 1 else None
        if sentence.index == 0:
            return None
        previous = self.sentences[sentence.index - 1]
        if previous.paragraph != sentence.paragraph or previous.headline:
            return None
        named = self._named(previous, before=len(previous.doc))
        return self._place(named[0], previous.index) if named and len(named) == 1 else None

    def _place(self, name: str, sentence: int) -> Place:
        return Place(name, sentence, at=name not in self.regions)

    def the_settlement(self, noun: Token, claim: set[int]) -> Place | None:
        """The one town, city or village the article calls so, for a bare `the town` (module
        docstring)."""
        if noun.lemma_.lower() not in lexicon.SETTLEMENT_NOUNS or noun.tag_ != "NN":
            return None
        lefts = list(noun.lefts)
        if [t.lower_ for t in lefts] != ["the"] or noun.ent_type_:
            return None  # `the old town`, `the City`
        if any(c.dep_ == "case" for c in noun.children):
            return None  # `the town's`: an owner's bracket goes after its `'s`, elsewhere
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.rights):
            return None  # `the town of Kelby` names it
        if any(c.dep_ in ("appos", "relcl", "acl") for c in noun.children):
            return None  # `the town, Kelby`, `the town where`: the claim says which
        if any(noun.doc[i].ent_type_ in ("GPE", "LOC") for i in claim):
            # the claim names a place: `the town` may be it or be another, unless the one
            # place it names, before the noun, is the story's (`clinics in Leicester are to
            # stay open after the city recorded 41 cases`)
            return self._story_place_named_before(noun, claim)
        kind = noun.lemma_.lower()
        if kind not in self._calls:
            self._calls[kind] = self._called(kind)
        called = self._calls[kind]
        if len(called) != 1:
            return None  # none, or two: `Kelby, a market town` and `Ashby is a town`
        place = next(iter(called.values()))
        return place if place.name in self.settlements else None

    @cached_property
    def _story_place(self) -> StoryPlace | None:
        return read_story_place(self.sentences)

    def _story_place_named_before(self, noun: Token, claim: set[int]) -> Place | None:
        doc = noun.doc
        named = [e for e in doc.ents if e.label_ in ("GPE", "LOC") and e.start in claim]
        story = self._story_place
        if story is None or len(named) != 1 or named[0].end > noun.i:
            return None
        name = _bare(named[0])
        return Place(name, story.sentence) if name == story.words else None

    def _named(self, sentence: Sentence, before: int) -> list[str] | None:
        """The places a sentence names before token `before`; None when it names an
        organisation or a person there too (either may be where it happened)."""
        if not sentence.parsed:
            return None
        names: list[str] = []
        for entity in sentence.doc.ents:
            if entity.start >= before or _contains(entity):
                continue
            name = _bare(entity)
            if name in self.place_names and entity.label_ in (*_PLACES, "PERSON", "ORG"):
                if name not in names:
                    names.append(name)
            elif entity.label_ in ("ORG", "PERSON") and not _the_speaker(entity):
                return None
        typed = {i for e in sentence.doc.ents for i in range(e.start, e.end)}
        for token in sentence.doc[:before]:
            if token.pos_ != "PROPN" or token.i in typed or token.i == 0:
                continue  # a sentence's first word may be capitalised only for that
            if token.text not in self.place_names:
                return None  # a name the recognizer did not type: it may be a firm's
            if token.text not in names:
                names.append(token.text)
        return names

    def _called(self, noun: str) -> dict[str, Place]:
        """The places the article calls a `noun` outright: `the town of Kelby`, `Kelby, a
        market town,`, `Kelby is a town`."""
        called: dict[str, Place] = {}
        lead = first_body_sentence(self.sentences)
        for sentence in self.sentences:
            for token in sentence.doc if sentence.parsed else ():
                if token.lemma_.lower() != noun or token.pos_ != "NOUN":
                    continue
                name = _calling(token)
                if name is None and sentence is lead:
                    name = self._lead_calling(token)
                if name is not None:
                    called.setdefault(name, Place(name, sentence.index))
        return called

    def _lead_calling(self, noun: Token) -> str | None:
        """`Derby's e-scooter scheme will end after the city council decided ...`: a lead
        that names one settlement and then says `the city` calls that place a city."""
        if [t.lower_ for t in noun.lefts] != ["the"] and not (
            noun.dep_ == "compound" and [t.lower_ for t in noun.head.lefts] == ["the", noun.lower_]
        ):
            return None
        places = {_bare(e) for e in noun.doc.ents if e.label_ in _PLACES}
        if len(places) != 1:
            return None
        name = next(iter(places))
        named = [e for e in noun.doc.ents if _bare(e) == name]
        return name if name in self.settlements and named[0].end <= noun.i else None


def _calling(noun: Token) -> str | None:
    """The place name a `town` is said to be in its own phrase, or None."""
    of = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    named = next(
        (
            c
            for c in (of.children if of is not None else ())
            if c.dep_ == "pobj" and c.pos_ == "PROPN"
        ),
        None,
    )
    if named is not None:  # `the town of Kelby`, not `the village of Kelby and nearby Ashby`
        return _entity_text(named) if _alone(named) else None
    if noun.dep_ == "appos" and noun.head.pos_ == "PROPN" and _alone(noun.head):
        return _entity_text(noun.head)  # `Kelby, a market town,`
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.pos_ == "PROPN" and _alone(subject):
            return _entity_text(subject)  # `Kelby is a town`
    return None


def _the_speaker(entity: Span) -> bool:
    """`"Kelby is grim," said Ann Cole`: who says the words is no place they point to."""
    root = entity.root
    if root.dep_ == "appos":
        root = root.head
    verb = root.head
    return root.dep_ == "nsubj" and verb.lemma_.lower() in lexicon.REPORTING_LEMMAS


def _contains(entity: Span) -> bool:
    """`Kelby, in the West Midlands`, `Leeds, England`: the region holding a place named just
    before it, not a second place."""
    root = entity.root
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "in":
        head = head.head
    elif root.dep_ not in ("appos", "npadvmod"):
        return False
    before = head.i < entity.start and head.ent_type_ in _PLACES
    return before and root.doc[entity.start - 1].text in (",", "in")


def _alone(name: Token) -> bool:
    """A name with nothing joined to it (`Kelby and Ashby`) nor a second name inside its
    phrase (the parser may hang `Kelby and nearby Ashby` on `Ashby`)."""
    own = {name.i, *(t.i for t in name.lefts if t.dep_ == "compound")}
    entity = next((e for e in name.doc.ents if e.start <= name.i < e.end), None)
    if entity is not None:
        own |= set(range(entity.start, entity.end))
    return not any(
        t.i not in own and (t.pos_ in ("PROPN", "CCONJ") or t.dep_ == "conj") for t in name.subtree
    )


def _entity_text(token: Token) -> str:
    """The name a proper noun belongs to: its entity, else its words (`North Kelby`)."""
    entity = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    if entity is not None:
        return _bare(entity)
    words = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return " ".join(t.text for t in [*words, token])


def _bare(entity: Span) -> str:
    return entity.text.removeprefix("the ").removeprefix("The ")
