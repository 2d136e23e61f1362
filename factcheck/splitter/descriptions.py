"""Stage 5, continued: what a description, a bare count or an unplaced measure leaves out.

Each filler adds bracketed context only when one reading fits; otherwise it says nothing and the
caller keeps the article's words (and flags them where the claim cannot stand without them).

- `earlier_description`: `the aircraft` repeats the nearest earlier mention of its kind
  (lexicon.SAME_KIND_NOUNS); that mention gives the name or scope it left out (`30 of the [7E7]
  aircraft`, `The plans [for restructuring regiments]`). A definite mention in between repeats
  the same thing; an indefinite one without a name, or one of "another" kind, is something else,
  and nothing is filled. A thing or event the article identifies (lexicon.IDENTIFIED_NOUNS:
  `the auction`, `the survey`, `the decision`) takes the one identity its earlier mentions
  gave it however far back (a name, a named owner `[Acme's] auction`, what it was of or for,
  its author `by X`, a short `to` clause); two identities (or an `alternative` one) and
  nothing is filled, so the caller flags it. A bracket that only repeats the claim's own
  words is no answer either.
- `ArticleTopic`: what the article is about, read from its headline and first sentence: the one
  country it is about (`inflation [in China]`), and the scope its first sentence gives a group
  (`Women in the UK film industry` -> later `35% of women [in the UK film industry]`).
- `elided_count`: a number standing for things it does not name (`has orders for 56 so far`);
  `N more` takes the thing counted just before it (`option to buy two more [A350]`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from factcheck.splitter import lexicon
from factcheck.splitter.context import DESCRIPTION_REACH
from factcheck.splitter.document import body_sentences, first_body_sentence
from factcheck.splitter.implicit import owned_description
from factcheck.splitter.story_places import StoryPlace, headline_country, read_story_place
from factcheck.splitter.tokens import SUBJECTS, is_year, lasts_years, subject_of, subtree

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Doc, Span, Token

    from factcheck.splitter.document import Sentence

_LONGEST_SCOPE = 12  # tokens: a longer prepositional phrase is a clause of its own, not a name
_SCOPE_PREPOSITIONS = frozenset({"of", "for", "on", "into", "against", "over", "about", "to"})
_GROUP_PREPOSITIONS = frozenset({"in", "at", "across", "of"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "NORP"})
_PLACES = frozenset({"GPE", "LOC", "FAC"})
_AMOUNTS = frozenset({"CARDINAL", "QUANTITY", "PERCENT", "MONEY", "DATE", "TIME", "ORDINAL"})
_NOT_COUNTS = frozenset({"QUANTITY", "PERCENT", "MONEY", "DATE", "TIME", "ORDINAL"})
# Nouns that `that` and `such` make idioms of (`in that way`, `on such a scale`), not references.
_GENERIC_NOUNS = frozenset({"way", "time", "point", "moment", "thing", "extent", "scale"})
_DEFINITE = frozenset({"the", "this", "these", "that", "those"})
_UNSPECIFIC = frozenset({"any", "some", "every", "each", "no", "whatever", "whichever"})
_OWNING_WORDS = frozenset({"a", "an", "its", "their", "his", "her", "our", "my", "your", "any"})
_WHOLE_BODY_NOUNS = frozenset({"economy", "government"})  # `the government [of China]`
_LINKING_WORDS = frozenset({"the", "a", "an", "of", "for", "on", "to", "in", "and", "s"})


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[\w-]+", text.lower()) if w not in _LINKING_WORDS}


_CLAUSE_OPENERS = frozenset({"that", "which", "who", "whose", "where", "when"})


@dataclass(frozen=True)
class Bracket:
    """Context for one word: its text, where the article gave it, and on which side it goes."""

    words: str
    sentence: int
    before: bool = False  # `the [UK film] industry`; else after: `plans [for restructuring]`
    owner: bool = False  # `Acme's`: it takes the place of the noun's `the`
    # with an after-bracket, the words that go before too: `the [hosepipe] ban [for X]`
    also_before: str = ""
    held: bool = False  # it names whom the thing is for or by (`[for households in X]`)

    def around(self, word: str) -> str:
        if self.also_before and not self.before:
            return f"[{self.also_before}] {word} [{self.words}]"
        return f"[{self.words}] {word}" if self.before else f"{word} [{self.words}]"

    def fill(self, noun: Token, words: str | None = None) -> dict[int, str]:
        """The words the claim shows for `noun` (and its `the`, which an owner replaces:
        `the auction` -> `[Acme's] auction`), by token."""
        the = next((c for c in noun.lefts if c.dep_ == "det" and c.lower_ == "the"), None)
        text = noun.text if words is None else words
        if self.owner and the is not None:
            return {the.i: f"[{self.words}]"}
        possessed = any(c.dep_ == "case" for c in noun.children)
        place = noun.lemma_.lower() in lexicon.PLACE_OF_NOUNS
        clause = self.words.split(" ", 1)[0].lower() in _CLAUSE_OPENERS
        if (
            possessed
            and not self.before
            and not clause
            and (place or not self.words.startswith("of "))
        ):
            # `the town's square`: `the [Kirkby Hallow] town's`, not `the town [of X]'s`; a
            # clause cannot go before its noun: `the store [that has stood empty]'s`
            return {noun.i: f"[{self.words.removeprefix('of ')}] {text}"}
        return {noun.i: self.around(text)}

    def repeats(self, doc: Doc, claim: set[int], given: Iterable[str] = ()) -> bool:
        """Every word of the bracket is in the claim already (`OneTel asked for the [OneTel]
        advert`): it tells the reader nothing the claim does not, so it does not say which."""
        own = {doc[i].lower_ for i in claim} | {
            w for text in given for w in _words(text.replace("[", " ").replace("]", " "))
        }
        words = _words(self.words)
        return bool(words) and words <= own

    def besides(self, noun: Token, claim: set[int]) -> Bracket | None:
        """The bracket without the modifiers the claim already gives its noun (`the toy maker`
        + `[Danish toy]` -> `the [Danish] toy maker`); None when nothing is left to add."""
        own = [t.text for t in noun.lefts if t.i in claim and t.dep_ in ("compound", "amod")]
        words = self.words.split()
        if not self.before or not own or words[-len(own) :] != own:
            return self
        kept = words[: -len(own)]
        return Bracket(" ".join(kept), self.sentence, before=True) if kept else None


def fuller_from_the_lead(leading: Bracket | None, earlier: Bracket | None) -> bool:
    """The lead's thing says which where the nearest earlier mention names nothing (`the
    scheme [on farmland]`), or, told of in the same sentence as that mention, adds whom it is
    for or by: `a hosepipe ban` faced by `households in X` is `the [hosepipe] ban [for
    households in X]`, not only `the [hosepipe] ban`. (Other words of the lead, such as whom a
    survey asked or the day of a plan, the earlier mention leaves out on purpose.)"""
    if leading is None or earlier is None:
        return False
    if names_nothing(earlier.words) and not names_nothing(leading.words):
        return True  # `the scheme [on farmland]`: the lead's `[for ... sites in X]` says which
    return leading.held and leading.sentence == earlier.sentence


def names_nothing(words: str) -> bool:
    """Words with no name and no figure in them (`on farmland`)."""
    return not any(w[:1].isupper() or w[:1].isdigit() or w[:1] in "£$€" for w in words.split())


def kind_of(noun: Token) -> frozenset[str]:
    lemma = noun.lemma_.lower()
    return next((g for g in lexicon.SAME_KIND_NOUNS if lemma in g), frozenset({lemma}))


def _is_name(token: Token) -> bool:
    """A word that names something: a proper noun, an entity, or a model number (`7E7`)."""
    model_number = any(c.isdigit() for c in token.text) and any(c.isalpha() for c in token.text)
    typed = bool(token.ent_type_) and token.ent_type_ not in _AMOUNTS
    # `the city council` typed an organisation: a lower-case noun in it names nothing
    typed = typed and not (token.pos_ == "NOUN" and token.is_lower and token.ent_type_ != "DATE")
    # `the fourth quarter`, `the 2004 season`; not a count (`for five years` names no year)
    ordinal_or_year = token.tag_ != "CD" or is_year(token.text)
    dated = token.ent_type_ in ("DATE", "TIME") and token.like_num and ordinal_or_year
    if _scale_of_a_figure(token):
        return False  # the `m` of `a £42m stadium`
    return token.pos_ == "PROPN" or typed or model_number or dated


def _scale_of_a_figure(token: Token) -> bool:
    before = token.doc[token.i - 1] if token.i else None
    return (
        token.lower_ in lexicon.SCALE_ABBREVIATIONS
        and before is not None
        and before.like_num
        and not before.whitespace_
    )


def _unspecific(preposition: Token) -> bool:
    """`of any assets`, `for some regiments`: the scope names no particular thing."""
    return any(t.lower_ in _UNSPECIFIC for t in preposition.subtree)


def _several_places(preposition: Token) -> bool:
    """`of Ashby and nearby Brill`: a scope that joins places (or names set with one)."""
    words = list(preposition.subtree)
    joined = any(t.dep_ == "cc" for t in words)
    return joined and any(t.ent_type_ in _PLACES for t in words)


def _phrase(preposition: Token) -> str | None:
    """`of the Army Board` out of `of the Army Board, which is ...`: the phrase without its
    clauses; None when what is left is not one short run of words."""
    cut: set[int] = set()
    for token in preposition.subtree:
        if token.i != preposition.i and token.dep_ in ("relcl", "acl", "appos", "punct"):
            cut |= subtree(token)
        elif token.i != preposition.i and token.dep_ == "prep" and _a_time(token):
            cut |= subtree(token)  # `at the airfield on Wednesday`: when, not which
    kept = sorted(subtree(preposition) - cut)
    contiguous = kept == list(range(kept[0], kept[-1] + 1))
    if not contiguous or len(kept) > _LONGEST_SCOPE or len(kept) < 2:
        return None
    if any(preposition.doc[i].pos_ == "PRON" for i in kept):
        return None  # `problems for our children`, `the moment for someone else`: whose?
    return preposition.doc[kept[0] : kept[-1] + 1].text


def over_and_over(noun: Token) -> bool:
    """`has completed the race eight times`, `have held the race for 12 years`: the thing done
    again and again is the recurring one (the race, every year's), not the one edition an
    earlier mention or the lead told of."""
    verb = noun.head
    if noun.dep_ not in ("dobj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return False
    for child in verb.children:
        counted = [c for c in child.children if c.dep_ == "nummod"]
        if child.dep_ == "npadvmod" and child.lemma_ == "time" and counted:
            return True  # `eight times`
    return lasts_years(verb)  # `for 12 years`


def _a_time(preposition: Token) -> bool:
    return any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in preposition.children)


_CORPORATE_KINDS = frozenset({"company", "firm", "group"})
_REPEAT = Bracket("", -1)  # a definite mention with nothing to add: look further back


_NAMED_KINDS_OF_THING = frozenset(
    {"FAC", "LOC", "EVENT", "ORG", "GPE", "PRODUCT", "WORK_OF_ART", "PERSON"}
)  # `Storm Hollis` is often typed a person


def _name_holding_the_noun(noun: Token, sentences: list[Sentence], index: int) -> Bracket | None:
    """`the park` after `the Carrow Hills National Park`, `the storm` after `Storm Hollis`:
    the one name in reach that holds the noun as a word of its own, when nothing of that kind
    was brought in unnamed since (`a new park`) and no other name holds it. Organisations and
    people are named by their own stages."""
    if noun.tag_ != "NN" or _named_elsewhere(noun) or noun.ent_type_:
        return None
    word = noun.lower_
    names: dict[str, int] = {}
    unnamed_after = -1
    # the lead's `the river` is named in the sentence after it (`the River Wendle`), as a lead's
    # unnamed organisation is (lead_names)
    first = first_body_sentence(sentences)
    end = index + 2 if first is not None and first.index == index else index + 1
    for earlier in sentences[max(0, index - DESCRIPTION_REACH) : end]:
        if not earlier.parsed or word not in earlier.words:
            continue
        doc = earlier.doc
        for entity in doc.ents:
            if earlier.index == index and entity.start >= noun.i:
                break
            # the name's head (`X National Park`) or its first word (`Storm Hollis`), not a
            # word inside another's name (`X National Park Authority` is an authority)
            capitals = [t for t in entity if t.text[:1].isupper()]
            words = [t for t in (entity.root, *capitals[:1]) if t.text[:1].isupper()]
            if _an_address(entity):
                continue  # `X, 41, of Longmoor Road, Leicester`: where he lives, not the story's
            if entity.label_ in _NAMED_KINDS_OF_THING and any(t.lower_ == word for t in words):
                names[entity.text.removeprefix("the ").removeprefix("The ")] = earlier.index
        for token in doc:
            if earlier.index == index and token.i >= noun.i:
                break
            if token.lower_ != word or token.pos_ != "NOUN" or token.ent_type_:
                continue  # (`to park` may be read as a noun: only `a park` brings one in)
            determiners = {c.lower_ for c in token.lefts if c.dep_ == "det"}
            if determiners & {"a", "an", "another"}:
                unnamed_after = earlier.index
    if len(names) != 1:
        return None
    name, where = next(iter(names.items()))
    if unnamed_after >= where:
        return None  # `a new park` since: the one meant may be that one
    return Bracket(name, where)


def _settlement_named(token: Token) -> str | None:
    """`the town of Porthwenna`: the one place a place noun's `of` names."""
    if token.lemma_.lower() not in lexicon.PLACE_OF_NOUNS:
        return None
    of = [c for c in token.rights if c.dep_ == "prep" and c.lower_ == "of"]
    places = [c for p in of for c in p.children if c.dep_ == "pobj"]
    if len(places) != 1 or places[0].pos_ != "PROPN":
        return None
    place = places[0]
    if any(c.dep_ in ("conj", "cc", "relcl", "acl") for c in place.children):
        return None  # `the village of A and nearby B`: a later `the village` is either
    words = sorted(i for i in subtree(place) if place.doc[i].dep_ not in ("punct",))
    return place.doc[words[0] : words[-1] + 1].text


def _mention(token: Token, sentence: int, *, lead: bool = False) -> Bracket | None:
    """What an earlier mention adds: its name (`7E7 planes`) or its scope (`plans for ...`),
    or, in the article's first sentence, the clause that introduced it (`a law that would
    ...`); `_REPEAT` when it only repeats an earlier one; None when it is a thing of its
    own."""
    lefts = list(token.lefts)
    if any(t.lower_ in lexicon.OTHER_MODIFIERS for t in lefts):
        return None
    people = named_people(token)
    if people is not None:  # `students David Filo and Jerry Yang`: `the students` are they
        return Bracket(people, sentence)
    title = compound_title(token) or _apposed_title(token)
    if title is not None:  # `the talent show Star Search Live`: `the show` is that one
        return Bracket(title, sentence)
    place_name = _settlement_named(token)
    if place_name is not None:  # `the Cornish harbour town of Porthwenna`: `the town [of X]`
        return Bracket(f"of {place_name}", sentence)
    # `a UK Athletics disciplinary panel`: the parser hangs a name before a noun as `nmod` too
    modifiers = [t for t in lefts if t.dep_ in ("compound", "amod", "nummod", "nmod")]
    # `Madrid court` names one; `international and Russian law` describes a kind of it.
    named = [
        t
        for t in modifiers
        if any(_is_name(w) for w in t.subtree) and not any(c.dep_ == "conj" for c in t.children)
    ]
    if named:
        start = min(t.left_edge.i for t in named)
        if token.doc[start].lower_ in ("the", "a", "an"):
            start += 1  # `The Department of Health target` -> `the [Department of Health] target`
        words = token.doc[start : token.i].text
        owner = _bound_owner(token)  # `Acme celebrated its 10th anniversary` -> `Acme's 10th`
        return Bracket(f"{owner}'s {words}" if owner else words, sentence, before=True)
    scopes = [c for c in token.rights if c.dep_ == "prep" and c.lower_ in _SCOPE_PREPOSITIONS]
    # `a survey of 1,300 bosses by X`: whom it asked says less than whose it is
    scopes.sort(key=_a_sample)
    issuer = _issuer(token) if not scopes else None
    if issuer is not None:  # `X said in a ruling` -> `[X's] ruling`
        return Bracket(f"{issuer}'s", sentence, before=True, owner=True)
    identity = _identity(token) if not scopes or _a_sample(scopes[0]) else None
    if identity is not None:
        return Bracket(identity, sentence)
    words = _phrase(scopes[0]) if scopes else None
    if words and token.tag_ == "NN" and _several_places(scopes[0]):
        return None  # `the village of A and nearby B`: a later `the village` is one of them
    if words and _unspecific(scopes[0]):
        return None  # `the sale of any company assets`: a kind of sale, not the one meant later
    if words and only_a_figure(scopes[0]):
        return None  # `a rate of 12.1%` gives a value: `the rate` later may be another one's
    if words:
        return Bracket(words, sentence)
    place = _named_place(token)
    if place is not None:  # `a flaw in the Orbit browser`, `floods in northern Bolivia`
        return Bracket(place, sentence)
    determiner = next((t for t in lefts if t.dep_ in ("det", "poss")), None)
    if determiner is None:
        return None
    if determiner.lower_ in _DEFINITE or determiner.tag_ == "PRP$":  # `the plans`, `its plans`
        return _REPEAT
    if determiner.dep_ == "poss" and any(_is_name(t) for t in determiner.subtree):
        if _some_of_the_owners(token):
            return None  # `some of X's most remote valleys`: not `[X's] valleys`, all of them
        owner = token.doc[determiner.left_edge.i : determiner.right_edge.i + 1].text
        return Bracket(owner, sentence, before=True, owner=True)  # `Acme's auction`
    if determiner.lower_ in ("a", "an") and lead:
        return _introducing_clause(token, sentence)
    return None


_PARTITIVE_HEADS = frozenset({"some", "many", "most", "few", "several", "all", "one", "two"})


def _some_of_the_owners(token: Token) -> bool:
    """`some of England's valleys`, `X's most remote valleys`: a plural the owner has more of
    (a part of them, or those a superlative picks out); a later `the valleys` are those, and
    `[X's] valleys` would say all of them."""
    if token.tag_ != "NNS":
        return False
    superlative = any(
        t.tag_ in ("JJS", "RBS") for c in token.lefts if c.dep_ == "amod" for t in c.subtree
    )
    of = token.head
    partitive = token.dep_ == "pobj" and of.lower_ == "of" and of.head.lower_ in _PARTITIVE_HEADS
    return superlative or partitive


_LONGEST_CLAUSE = 15  # tokens: a relative clause that says which thing it introduces
_LONGEST_NAME = 6  # tokens
_PLACING_PREPOSITIONS = frozenset({"in", "at", "near", "off"})
# Names that make a noun before them a person's or a body's title (`striker Mark Viduka`, `the
# charity Age Forward`): who they are is told by the people and organisations stages.
_NOT_TITLES = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def compound_title(noun: Token) -> str | None:
    """`the talent show Star Search Live`, `the drug Zenla`: the name a common noun stands
    before without a comma (the parser makes the noun part of the name); None for a person's
    or an organisation's name, or for words that are not all a name."""
    head = noun.head
    if noun.dep_ != "compound" or noun.pos_ != "NOUN" or head.pos_ != "PROPN" or head.i < noun.i:
        return None
    words = noun.doc[noun.i + 1 : head.i + 1]
    if len(words) > _LONGEST_NAME or not all(t.pos_ == "PROPN" for t in words):
        return None
    return words.text if _a_title(noun, words) else None


def _apposed_title(noun: Token) -> str | None:
    """`its new drama, Island Life,`: a work's title (lexicon.TITLED_WORK_NOUNS) set beside
    the noun, or any other thing's name that is no person's, body's or place's."""
    name = _apposed_name(noun)
    if name is None:
        return None
    appos = next(c for c in noun.rights if c.dep_ == "appos")
    words = noun.doc[appos.left_edge.i : appos.right_edge.i + 1]
    return name if _a_title(noun, words) else None


def _a_title(noun: Token, words: Span) -> bool:
    """A work's title (which the recognizer may type as anything but a person), or a name
    that is no person's, organisation's or place's."""
    if noun.lemma_.lower() in lexicon.TITLED_WORK_NOUNS:
        return not any(t.ent_type_ == "PERSON" for t in words)
    return not any(t.ent_type_ in _NOT_TITLES for t in words)


def _named_place(noun: Token) -> str | None:
    """`a flaw in the Orbit browser`, `the unit at Ashcombe General Hospital`: where a thing is,
    when a name says so (not a date: `a fire in March` is told by when, not which; nor `in a
    US programme`, a place of a kind)."""
    for preposition in noun.rights:
        if preposition.dep_ != "prep" or preposition.lower_ not in _PLACING_PREPOSITIONS:
            continue
        words = [t for t in preposition.subtree if t.i != preposition.i]
        if not any(_is_name(t) and t.ent_type_ not in ("DATE", "TIME") for t in words):
            continue
        place = next((c for c in preposition.children if c.dep_ == "pobj"), None)
        if place is None or any(c.lower_ in ("a", "an") for c in place.lefts):
            continue  # `claims made in a US programme`: one of a kind, not a named place
        phrase = _phrase(preposition)
        if phrase is None or _several_places(preposition) or _unspecific(preposition):
            return None
        return phrase
    return None


def _identity(token: Token) -> str | None:
    """What else names a thing or event the article identifies (lexicon.IDENTIFIED_NOUNS)."""
    if token.lemma_.lower() not in lexicon.IDENTIFIED_NOUNS:
        return None
    return _apposed_name(token) or _named_source(token) or _purpose(token)


def _apposed_name(token: Token) -> str | None:
    """`the drug Zenla`, `a deal, Project Blue,`: the name put right after the noun."""
    appos = next((c for c in token.rights if c.dep_ == "appos"), None)
    if appos is None or appos.left_edge.i not in (token.i + 1, token.i + 2):
        return None
    if appos.left_edge.i == token.i + 2 and token.doc[token.i + 1].text != ",":
        return None
    words = token.doc[appos.left_edge.i : appos.right_edge.i + 1]
    if len(words) > _LONGEST_NAME or not all(t.pos_ in ("PROPN", "NUM") for t in words):
        return None
    return words.text


def _named_source(token: Token) -> str | None:
    """`a survey by Brightwater`, `a statement from Acme`: who made it, when a name says so."""
    source = next(
        (c for c in token.rights if c.dep_ == "prep" and c.lower_ in ("by", "from")), None
    )
    words = _phrase(source) if source is not None else None
    if words is None or _unspecific(source) or not any(_is_name(t) for t in source.subtree):
        return None
    return words


def _issuer(token: Token) -> str | None:
    """`Judge Ann Lee said in a 40-page ruling that ...`: the named speaker whose words the
    thing (a ruling, a statement) carried, when it is introduced with `a` or `an`; the thing
    the article identifies (lexicon.IDENTIFIED_NOUNS) is then theirs."""
    if token.lemma_.lower() not in lexicon.IDENTIFIED_NOUNS:
        return None
    preposition = token.head
    if token.dep_ != "pobj" or preposition.lower_ != "in" or preposition.dep_ != "prep":
        return None
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children):
        return None
    verb = preposition.head
    if verb.lemma_.lower() not in lexicon.PLAIN_SPEECH_LEMMAS:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    entity = next((e for e in token.doc.ents if subject is not None and e.root == subject), None)
    if entity is None or entity.label_ not in ("PERSON", "ORG"):
        return None
    words = token.doc[subject.left_edge.i : subject.i + 1]  # `U.S. District Judge Ann Lee`
    if len(words) > _LONGEST_NAME or not all(t.pos_ == "PROPN" or t.is_punct for t in words):
        return None
    return words.text.removeprefix("the ")


def _purpose(token: Token) -> str | None:
    """`a plan to cut 500 jobs in Leeds`: what the plan (decision, bid) was to do, when the
    clause is short and has no pronoun of its own to resolve."""
    clause = next((c for c in token.rights if c.dep_ == "acl" and says_which(c)), None)
    if clause is None or clause.left_edge.lower_ != "to" or clause.left_edge.i != token.i + 1:
        return None
    # `to cut 500 jobs on Monday`: the day may be the announcement's, which the parse mixes up
    dated = set().union(
        *(
            subtree(c)
            for c in clause.children
            if any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree)
        )
    )
    kept = sorted(subtree(clause) - dated)
    if kept != list(range(kept[0], kept[-1] + 1)) or len(kept) > _LONGEST_CLAUSE:
        return None
    words = token.doc[kept[0] : kept[-1] + 1]
    if any(t.pos_ == "PRON" for t in words):
        return None
    return words.text


def _introducing_clause(token: Token, sentence: int) -> Bracket | None:
    """`a law that would have required firms to check ages`: the clause that says which thing
    an indefinite mention introduces (not one set off by a comma, nor one with a pronoun
    of its own to resolve)."""
    clause = next((c for c in token.rights if c.dep_ == "relcl" and says_which(c)), None)
    if clause is None:
        return None
    words = token.doc[clause.left_edge.i : clause.right_edge.i + 1]
    if len(words) > _LONGEST_CLAUSE or words[0].tag_ not in ("WDT", "WP"):
        return None
    if any(t.pos_ == "PRON" and t.tag_ not in ("WDT", "WP") for t in words):
        return None
    return Bracket(words.text, sentence)


def _bound_owner(noun: Token) -> str | None:
    """`Acme is celebrating its 10th anniversary`: the organisation (or place) an `its` before
    the noun stands for, when that is the subject of the noun's own clause."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or owner.lower_ != "its":
        return None
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    subject = subject_of(verb) if verb is not None else None
    if subject is None:
        return None
    entity = next((e for e in noun.doc.ents if e.start <= subject.i < e.end), None)
    if entity is None or entity.label_ not in ("ORG", "GPE") or entity.root != subject:
        return None
    return entity.text.removeprefix("the ")


def named_people(noun: Token) -> str | None:
    """`students David Filo and Jerry Yang`: the people named right after a noun for them, as
    many as the noun says (two or more for a plural, one for a singular), else None."""
    appos = next((c for c in noun.rights if c.dep_ == "appos" and c.i == noun.i + 1), None)
    if appos is None:
        appos = next((c for c in noun.rights if c.dep_ == "appos"), None)
        if appos is None or appos.left_edge.i != noun.i + 1:
            return None
    names = [appos, *(c for c in appos.children if c.dep_ == "conj")]
    if (len(names) > 1) != (noun.tag_ == "NNS") or any(n.ent_type_ != "PERSON" for n in names):
        return None
    words = noun.doc[appos.left_edge.i : names[-1].i + 1]
    if any(t.pos_ not in ("PROPN", "CCONJ", "PUNCT") for t in words) or len(words) > 8:
        return None
    return words.text


def earlier_description(
    noun: Token,
    sentences: list[Sentence],
    index: int,
    claim: set[int],
    given: Iterable[str] = (),
) -> Bracket | None:
    """The context the nearest earlier mention of `noun`'s kind gives it, or None. Nothing is
    added when the claim already names the thing before the noun, nor when the bracket would
    only repeat words the claim has (or was `given`) already. A thing or event the article
    identified (lexicon.IDENTIFIED_NOUNS) takes the one identity the article gave it; two
    different ones and the reader cannot tell which is meant, so nothing is filled."""
    if said_before(noun, claim) or over_and_over(noun) or the_ground_itself(noun):
        return None
    found = _nearest_mention(noun, sentences, index)
    if found is _ANOTHER:
        return None
    if noun.lemma_.lower() in lexicon.IDENTIFIED_NOUNS:
        identities = _identities(noun, sentences, index)
        fullest = _one_identity([*identities, *([found] if found is not None else [])])
        if fullest is None:
            found = None  # two identities: the reader cannot tell which is meant
        elif found is None:
            found = fullest
    elif found is None:  # `the flaw` after `a serious flaw`, under `Orbit browser flaw`
        found = _one_named_mention(noun, sentences, index)
    if found is None:  # `the park` after `the Carrow Hills National Park`
        found = _name_holding_the_noun(noun, sentences, index)
    if found is not None and found.repeats(noun.doc, claim, given):
        return None
    if found is not None and found.owner and _said_of_a_class(noun):
        return None
    if found is not None and (found.before or found.also_before) and _titled(noun):
        return None  # `the prime [third] minister`: words put inside a title tear it apart
    return found


_REPORTING = lexicon.REPORTING_LEMMAS | lexicon.STANCE_REPORTING_LEMMAS


def _titled(noun: Token) -> bool:
    """`the prime minister`, `the chief executive`: the noun and the word before it make one
    title (lexicon.TITLES)."""
    before = noun.doc[noun.i - 1] if noun.i else None
    return before is not None and f"{before.lower_} {noun.lower_}" in lexicon.TITLES


def _said_of_a_class(noun: Token) -> bool:
    """`Clubs keep their stars, and if they don't, the losses pile up`: a clause before the
    noun that speaks of a whole class (a bare plural subject, or `they`, of a verb that
    reports nothing) may mean `the losses` of any member of it, not the one owner told of."""
    for token in noun.doc[: noun.i]:
        if token.dep_ not in ("nsubj", "nsubjpass") or token.head.lemma_ in _REPORTING:
            continue
        bare_plural = token.tag_ == "NNS" and all(  # `Clubs`, not `Members of his family`
            c.dep_ in ("amod", "compound") for c in token.children
        )
        if bare_plural or token.lower_ == "they":
            return True
    return False


def _one_named_mention(noun: Token, sentences: list[Sentence], index: int) -> Bracket | None:
    """The name the article gave the one thing of `noun`'s kind it told of, when the nearest
    mention gave none: `Orbit browser flaw` (a headline) before `a serious security flaw was
    found` and `the flaw`. The name must come with the thing's introduction (`a flaw in
    Orbit`), in the headline, or with no unnamed introduction anywhere; two introductions
    (`a flaw` ... `a flaw`), two names, or `another` one, and the reader cannot tell which is
    meant: None. Organisations and people are named by their own stages."""
    if _named_elsewhere(noun) or noun.ent_type_:
        return None
    kind = kind_of(noun)
    named: list[Bracket] = []
    introduced = headlined = unnamed_introductions = 0
    for earlier in sentences[max(0, index - DESCRIPTION_REACH) : index]:
        for token in earlier.doc if earlier.parsed and earlier.speaks_of(kind) else ():
            if token.pos_ != "NOUN" or token.lemma_.lower() not in kind or token.tag_ != noun.tag_:
                continue
            title = compound_title(token)
            if token.dep_ == "compound" and title is None:
                continue  # `flaw reports`: the word names something else
            if _another(token):
                return None
            if _told_apart(token, noun):
                continue  # `the old ground` is not `a ground at Millbeck Fields` planned
            introduces = not earlier.headline and _introduces(token)
            found = _mention(token, earlier.index)
            if found is None or found is _REPEAT or not _holds_a_name(found, token):
                unnamed_introductions += introduces
                continue
            named.append(found)
            introduced += introduces
            headlined += earlier.headline
    if introduced + unnamed_introductions > 1:
        return None  # two things of the kind were introduced
    if unnamed_introductions and not (introduced or headlined):
        return None  # `A fire broke out ... since the Leeds fire`: the named one is another
    return _one_identity(named)


def _an_address(entity: Span) -> bool:
    """`Kamal Rezai, 41, of Longmoor Road, Leicester`: a place given after a person's name,
    set off by a comma, says where they live."""
    preposition = entity.root.head
    if preposition.lower_ != "of" or preposition.dep_ != "prep" or preposition.i == 0:
        return False
    comma = entity.doc[preposition.i - 1]
    return comma.text == "," and preposition.head.pos_ == "PROPN"


_MOTION_PREPOSITIONS = frozenset(
    {"into", "onto", "on", "in", "under", "off", "from", "through", "beneath", "below", "above"}
)


def the_ground_itself(noun: Token) -> bool:
    """`released into the ground`, `pumped into the air`: the earth or the air a thing is put
    into or taken from, not an earlier `training ground` or `air base` of the story."""
    if noun.lemma_.lower() not in lexicon.GROUND_NOUNS or noun.dep_ != "pobj":
        return False
    preposition = noun.head
    lefts = [c.lower_ for c in noun.lefts]
    return (
        lefts == ["the"]
        and preposition.lower_ in _MOTION_PREPOSITIONS
        and preposition.head.pos_ in ("VERB", "AUX")
    )


def _named_elsewhere(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    return (
        lemma in lexicon.ORGANISATION_NOUNS
        or lemma in lexicon.ORGANISATION_TRADES
        or lemma in lexicon.BUSINESS_NOUNS
        or lemma in lexicon.ROLE_NOUNS
        or lemma in lexicon.SPOKESPERSON_NOUNS
        or lemma in lexicon.TITLES
        or lemma in lexicon.STUDY_AUTHORS
        or lemma in lexicon.ONE_OF_A_KIND_NOUNS
    )


def _introduces(token: Token) -> bool:
    """`a flaw`, `floods in Bolivia`: a mention that brings a thing into the story."""
    determiners = [c for c in token.lefts if c.dep_ in ("det", "poss", "nummod")]
    if not determiners:
        return True
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in determiners)


def _holds_a_name(bracket: Bracket, token: Token) -> bool:
    """The bracket an earlier mention gives carries a name (not only an amount or a kind)."""
    words = set(bracket.words.replace("'s", " ").split())
    around = {*token.subtree, *(token.head.subtree if token.dep_ == "compound" else ())}
    return any(_is_name(t) and t.text in words for t in around)


def owned_scope(
    noun: Token,
    sentences: list[Sentence],
    index: int,
    claim: set[int],
    given: Iterable[str] = (),
) -> Bracket | None:
    """`The committee's decision must be ratified` -> `The committee's decision [on the future
    of X]`: a back-pointing noun owned by a description (implicit.owned_description) takes
    what an earlier mention said it was on or of; a name or owner from there is not put
    beside the description's own owner."""
    if owned_description(noun, claim) is None:
        return None
    found = earlier_description(noun, sentences, index, claim, given)
    return found if found is not None and not found.before else None


def _nearest_mention(noun: Token, sentences: list[Sentence], index: int) -> Bracket | None:
    kind = kind_of(noun)
    # the story's first sentence introduces what it is about (`A judge blocked a law that
    # ...`); a thing introduced so later on may be one of several the reader must tell apart
    lead = _lead_index(sentences)
    for earlier in reversed(sentences[max(0, index - DESCRIPTION_REACH) : index]):
        if not earlier.parsed:
            continue
        if kind & _CORPORATE_KINDS and _names_an_organisation(earlier.doc):
            return None  # `the company` after a named firm may mean it, not `a Russian company`
        if not earlier.speaks_of(kind):
            continue
        for token in reversed(earlier.doc):
            if token.pos_ != "NOUN" or token.lemma_.lower() not in kind:
                continue
            if token.dep_ == "compound" and compound_title(token) is None:
                continue  # `industry training body`: the word names something else
            if _one_of_many(token, noun):
                continue  # `the tests` do not repeat `a single test on a single morning`
            if _institutions_for_one(token, noun):
                continue  # `the university` is none of `English universities`
            if _told_apart(token, noun):
                continue  # `the protest ship` is not `the harpoon vessel X`
            if _many_for_one(token, noun):
                return None  # `the increase` after `increases of 5% and 3%`: which of them?
            if _another(token):
                return _ANOTHER  # `an alternative blueprint`: the one meant may be either
            if asked_for(token):
                return _ANOTHER  # `demanded the release of four men`: not yet the one done
            found = _mention(token, earlier.index, lead=earlier.index == lead)
            if found is not _REPEAT:
                return found
    return None


def _told_apart(earlier: Token, noun: Token) -> bool:
    """`the protest ship` after `the harpoon vessel Kaiyo Maru`: each is told by a noun of
    its own kind (`protest`, `harpoon`), and no such noun is shared: two things, not one."""

    def kinds(token: Token) -> set[str]:
        return {c.lemma_.lower() for c in token.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"}

    own, other = kinds(noun), kinds(earlier)
    if own and other and not own & other:
        return True
    # `the old ground` is not `a 12,500-seat ground` just planned: an adjective that sets one
    # of a kind against another, which the earlier mention lacks, tells the two apart
    contrast = {
        c.lower_ for c in noun.lefts if c.dep_ == "amod" and c.lower_ in _CONTRASTING_ADJECTIVES
    }
    earlier_words = {c.lower_ for c in earlier.lefts}
    return bool(contrast - earlier_words)


_CONTRASTING_ADJECTIVES = frozenset(
    {"old", "former", "previous", "existing", "current", "original", "other", "earlier"}
)


def asked_for(token: Token) -> bool:
    """`had demanded the release of four prisoners`, `called for a ban on X`: a thing someone
    asked for, not yet done; a later `the release` may be another one, done instead."""
    verb = token.head
    if token.dep_ == "pobj" and verb.lower_ == "for" and verb.dep_ == "prep":
        verb = verb.head
    elif token.dep_ != "dobj":
        return False
    return verb.lemma_.lower() in lexicon.ASKING_VERBS


def organisation_noun(noun: str) -> bool:
    """`company`, `club`, `union`, `airline`: a noun for a kind of organisation (not a work,
    `the film`)."""
    word = noun.lower()
    trade = word in lexicon.ORGANISATION_TRADES and word not in lexicon.WORK_TRADE_NOUNS
    return word in lexicon.ORGANISATION_NOUNS or word in lexicon.EMPLOYER_NOUNS or trade


def _one_of_many(earlier: Token, noun: Token) -> bool:
    """A singular mention (`a single test`, `the number of people`) that a plural
    description (`the tests`, `the numbers`) cannot repeat: it is one thing, they are
    several (or, as `numbers` for figures, another thing)."""
    return earlier.tag_ == "NN" and noun.tag_ == "NNS"


def _institutions_for_one(earlier: Token, noun: Token) -> bool:
    """`44% of English universities ... the university`: one institution is never a class of
    them, so the class's words do not say which it is (unlike `plans for X` ... `the plan`)."""
    return earlier.tag_ == "NNS" and noun.tag_ == "NN" and organisation_noun(noun.lemma_)


def _many_for_one(earlier: Token, noun: Token) -> bool:
    """A plural mention of several figures (`increases of 9.8% for gas and 6.5% for power`)
    that a singular description (`the increase`) cannot repeat: it is one of them, or
    something else. (`plans for X` is often one plan: only figures count them.)"""
    figures = [t for t in earlier.subtree if t.like_num and t.i != earlier.i]
    return earlier.tag_ == "NNS" and noun.tag_ == "NN" and len(figures) > 1


def only_a_figure(scope: Token) -> bool:
    """`a rate of 12.1%`, `fines of up to £500,000 a year`: the scope gives an amount (and how
    often), which tells what the thing came to, not which one it is. `the plan of 2003` names
    a year, which does."""
    words = [t for t in scope.subtree if t.i != scope.i and not t.is_punct]
    return (
        bool(words)
        and not any(_is_name(t) for t in words)
        and all(
            t.like_num
            or t.pos_ in ("NUM", "SYM", "DET", "ADP")
            or t.text == "%"
            or t.ent_type_ in _AMOUNTS
            or t.lemma_.lower() in lexicon.RATE_UNITS
            or t.lower_ in lexicon.SCALE_ABBREVIATIONS | lexicon.NUMBER_WORDS
            for t in words
        )
    )


def _lead_index(sentences: list[Sentence]) -> int:
    first = first_body_sentence(sentences)
    return first.index if first is not None else -1


def _another(token: Token) -> bool:
    return any(t.lower_ in lexicon.OTHER_MODIFIERS for t in token.lefts)


_ANOTHER = Bracket("", -2)  # a mention of another one of the kind: which is meant is unclear


def _one_identity(identities: list[Bracket]) -> Bracket | None:
    """The fullest of `identities` when they are all one (`the Acme unit`, `the unit of oil
    giant Acme`: each one's words are among the fullest one's), else None."""
    if not identities:
        return None
    fullest = max(identities, key=lambda b: len(_words(b.words)))
    words = _words(fullest.words)
    if not words or any(not _words(b.words) or not _words(b.words) <= words for b in identities):
        return None
    return fullest


def _identities(noun: Token, sentences: list[Sentence], index: int) -> list[Bracket]:
    """`the auction`, `the survey`: the distinct identities (a name, an owner, what it was of
    or for) the article's earlier mentions of its kind gave it in reach, however far back and
    whatever unidentified mentions (`at an auction`) came since. A scope of `any` assets, or
    one too long to copy, counts as an identity of its own, so that nothing is filled."""
    kind, lead = kind_of(noun), _lead_index(sentences)
    found: dict[str, Bracket] = {}
    for earlier in sentences[max(0, index - DESCRIPTION_REACH) : index]:
        if not earlier.parsed or not earlier.speaks_of(kind):
            continue
        for token in earlier.doc:
            if token.pos_ != "NOUN" or token.lemma_.lower() not in kind:
                continue
            if token.dep_ == "compound" and compound_title(token) is None:
                continue  # `sales figures`
            if token.tag_ != noun.tag_:
                continue  # `sales` grew, not the one `sale`
            scoped = any(c.dep_ == "prep" and c.lower_ in _SCOPE_PREPOSITIONS for c in token.rights)
            mention = _mention(token, earlier.index, lead=earlier.index == lead)
            if mention is not None and mention is not _REPEAT:
                found.setdefault(mention.words.lower(), mention)
            elif scoped or _another(token):  # `the sale of any assets`, `another auction`
                found[f"{token.i}@{earlier.index}"] = Bracket("", earlier.index)
    return list(found.values())


def _names_an_organisation(doc: Doc) -> bool:
    """An organisation is named here, or a one-word name the recognizer may have mistyped as
    a person (company names often are)."""
    return any(e.label_ == "ORG" or (e.label_ == "PERSON" and len(e) == 1) for e in doc.ents)


def named_before_as_kind(
    noun: Token, claim: set[int], sentences: list[Sentence], index: int
) -> bool:
    """`Putting Zenla back on sale would help people hurt by the drug`: the claim names, before
    `the drug`, a thing the article calls one of that kind (`the drug Zenla`, `Zenla, a drug`,
    `Zenla pills`): the reader has it."""
    doc = noun.doc
    own = {t.i for t in noun.subtree}  # `the £6.5m scheme`: its own `m` names nothing
    names = {doc[i].lower_ for i in claim if i < noun.i and doc[i].pos_ == "PROPN" and i not in own}
    if not names:
        return False
    kind = kind_of(noun)
    for sentence in sentences[max(0, index - DESCRIPTION_REACH) : index + 1]:
        for token in sentence.doc if sentence.parsed and sentence.speaks_of(kind) else ():
            if token.pos_ != "NOUN" or token.lemma_.lower() not in kind:
                continue
            partners = [c for c in token.children if c.dep_ in ("appos", "compound")]
            if token.dep_ in ("appos", "compound"):
                partners.append(token.head)
            if any(p.pos_ == "PROPN" and p.lower_ in names for p in partners):
                return True
    return False


def said_before(noun: Token, claim: set[int]) -> bool:
    """The claim names a thing of the same kind before `noun` (`six regiments ... those
    regiments`): the reader has it."""
    kind, doc = kind_of(noun), noun.doc
    return any(doc[i].pos_ == "NOUN" and doc[i].lemma_.lower() in kind for i in claim if i < noun.i)


def own_people_of_subject(noun: Token, claim: set[int], replaced: dict[int, str]) -> bool:
    """`Acme adopted the name because the founders liked it`: `the founders` (a body's own
    people, lexicon.OWN_PEOPLE_NOUNS) in a clause under one whose subject is an organisation
    the claim names, when it names no other: the reader knows whose they are."""
    if noun.lemma_.lower() not in lexicon.OWN_PEOPLE_NOUNS:
        return False
    doc = noun.doc
    for verb in noun.ancestors:
        subject = subject_of(verb) if verb.pos_ in ("VERB", "AUX") else None
        if subject is None or subject.i == noun.i or subject.i not in claim:
            continue
        phrase = subtree(subject) & claim
        names = {replaced[i] for i in claim if replaced.get(i) and "[" not in replaced[i]}
        names |= {e.text for e in doc.ents if e.label_ == "ORG" and e.start in claim}
        own = {replaced[i] for i in phrase if replaced.get(i) and "[" not in replaced[i]}
        if subject.ent_type_ == "ORG":
            own |= {e.text for e in doc.ents if e.start <= subject.i < e.end}
        body = subject.ent_type_ == "ORG" or subject.lemma_.lower() in lexicon.ORGANISATION_NOUNS
        own_names = {n.lower() for n in own}  # `adopted the name Acme`: the same name again
        others = {n.lower() for n in names} - own_names  # `X bought Y because the founders`
        return body and len(own) == 1 and not others
    return False


def says_which(child: Token) -> bool:
    """A relative clause or participle that identifies its noun (`the plans that X drew up`);
    one set off by a comma only adds to it (`the settlement, which was agreed in May`)."""
    if child.dep_ not in ("relcl", "acl"):
        return False
    before = child.left_edge.i - 1
    return before < 0 or child.doc[before].text != ","


def frames_a_clause(noun: Token) -> bool:
    """`The reality is that C`, `the problem is whether C`: the noun introduces the clause that
    follows `is`; it points at nothing earlier."""
    verb = noun.head
    return (
        noun.dep_ == "nsubj"
        and verb.lemma_ == "be"
        and any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)
    )


def in_a_name(noun: Token) -> bool:
    """`the Kings Own Scottish Borderers` read as `the Kings` + a verb: a capitalised noun
    inside a sentence, followed by another capitalised word, is part of a name."""
    if noun.i == noun.sent.start or not noun.text[:1].isupper():
        return False
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    return after is not None and after.text[:1].isupper()


def named_sector(noun: Token) -> bool:
    """`the music industry`, `the oil market`: a sector the noun before it names."""
    return noun.lemma_.lower() in lexicon.SECTOR_NOUNS and any(
        c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "PROPN", "ADJ") for c in noun.lefts
    )


def points_back(noun: Token, claim: set[int]) -> bool:
    """`the plans`, `these explanations`, `this advert`, `such sites`: a description that needs
    an earlier mention to say which (a back-pointing noun with `the`, or any noun with
    this/these/such)."""
    if noun.pos_ != "NOUN" or in_a_name(noun) or frames_a_clause(noun):
        return False
    lefts = [t for t in noun.lefts if t.i in claim]
    if any(t.dep_ in ("poss", "compound", "nummod") or _is_name(t) for t in lefts):
        return False
    if any(says_which(c) for c in noun.rights) or any(
        c.dep_ == "prep" and c.lower_ in _SCOPE_PREPOSITIONS and not _a_sample(c)
        for c in noun.rights
    ):
        return False  # `the claims that ...`, `the plans for X`: it says which
    if _named_place(noun) is not None:
        return False  # `the unit at Ashcombe Hospital`
    determiner = next((t for t in lefts if t.dep_ in ("det", "predet", "amod")), None)
    if determiner is None or said_before(noun, claim):
        return False
    if determiner.lower_ == "both" and determiner.i == noun.i - 1 and noun.tag_ in ("NNS", "NN"):
        return True  # `both aircraft` (tagged as one)
    if noun.lemma_.lower() in _GENERIC_NOUNS or (
        determiner.lower_ == "such" and _of_a_degree(noun)
    ):
        return False  # `in that way`, `such a rise that ...`: an idiom or a degree, not a reference
    if determiner.lower_ in ("these", "those", "such", "that"):
        return True
    if determiner.lower_ == "this":  # `this matter`, `this advert`; `this week` is a date
        return noun.ent_type_ not in _AMOUNTS
    back_pointing = lexicon.BACK_POINTING_NOUNS | lexicon.GOAL_NOUNS
    return determiner.lower_ == "the" and noun.lemma_.lower() in back_pointing


def _of_a_degree(noun: Token) -> bool:
    """`such a rise that rivals left`, `such a thing`: `such` as a degree or a kind, with the
    result it leads to, or a noun too vague to point anywhere; `on such a network` points back."""
    vague = noun.lemma_.lower() in ("thing", "way", "case", "time")
    return vague or any(c.dep_ in ("ccomp", "advcl", "relcl", "acl") for c in noun.subtree)


def _a_sample(preposition: Token) -> bool:
    """`the survey of 1,300 bosses`: whom a study asked, which does not say whose study."""
    if preposition.lower_ != "of" or preposition.head.lemma_.lower() not in lexicon.STUDY_NOUNS:
        return False
    objects = [c for c in preposition.children if c.dep_ == "pobj"]
    return any(any(c.dep_ == "nummod" for c in o.children) for o in objects)


def alternative_to_what(noun: Token, claim: set[int]) -> str | None:
    """`An alternative blueprint had been put forward`: `alternative` to what, when the claim
    does not say (`an alternative to the plan`). (`a rival bid` is only a competing one.)"""
    if noun.pos_ != "NOUN":
        return None
    modifier = next((t for t in noun.lefts if t.dep_ == "amod" and t.lower_ == "alternative"), None)
    if modifier is None or modifier.i not in claim:
        return None
    complements = [*noun.children, *modifier.children]
    if any(c.dep_ == "prep" and c.lower_ in ("to", "for") for c in complements):
        return None
    return f"{modifier.lower_} to what?"


_CORE = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "oprd", "dative"})


def thing_it_stands_for(pronoun: Token, before: Doc) -> Token | None:
    """`The committee's decision must be ratified by X. It is expected that it will be made
    public`: a subject `it` is the thing that was the sentence before's subject (a singular
    common noun with `the` or an owner) when nothing else there (nor before the pronoun) is a
    singular thing in a subject's or object's place."""
    verb = pronoun.head
    if verb.lemma_ in ("rain", "snow") or (
        verb.lemma_ == "be" and any(c.dep_ == "attr" for c in verb.children)
    ):
        return None  # `It rained`, `It was the first time ...`: no thing of the sentence before
    root = next((t for t in before if t.dep_ == "ROOT"), None)
    subject = subject_of(root) if root is not None else None
    if subject is None or subject.pos_ != "NOUN" or subject.tag_ != "NN":
        return None
    if not any(c.dep_ == "poss" or c.lower_ in ("the", "this") for c in subject.lefts):
        return None
    if _could_act(subject) or any(c.dep_ == "poss" and _could_act(c) for c in subject.children):
        return None  # `The chairman resigned. It ...`, `The firm's profits fell. It ...`
    phrase = subtree(subject)
    others = [t for t in before if t.i not in phrase] + list(pronoun.doc[: pronoun.i])
    return None if any(_a_thing(t) for t in others) else subject


def named_before_in_claim(pronoun: Token, claim: set[int]) -> bool:
    """`When ministers announced a reorganisation it drew ...`: the claim itself holds the one
    thing (or organisation) a subject `it` can mean, before it: the reader has it."""
    if pronoun.lower_ != "it":
        return False
    before = [pronoun.doc[i] for i in sorted(claim) if i < pronoun.i]
    candidates = [t for t in before if _a_thing(t) or (t.ent_type_ == "ORG" and t.dep_ in _CORE)]
    return len(candidates) == 1


def _could_act(noun: Token) -> bool:
    """A person, an organisation or a role: what `it` (an organisation) or no `it` may mean."""
    lemma = noun.lemma_.lower()
    return (
        noun.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
        or lemma in lexicon.ORGANISATION_NOUNS
        or lemma in lexicon.ROLE_NOUNS
        or lemma in lexicon.SPOKESPERSON_NOUNS
        or lemma in lexicon.TITLES
    )


def _a_thing(token: Token) -> bool:
    """A singular thing in a subject's or object's place: what `it` could as well mean."""
    named_thing = token.tag_ == "NNP" and token.ent_type_ not in ("PERSON", "GPE", "NORP")
    return token.dep_ in _CORE and (token.tag_ == "NN" or named_thing)


def stands_for_earlier_things(pronoun: Token) -> bool:
    """`merging these into one`: `these`/`those` standing alone as an object, for things named
    before the claim (`those who ...`, `those in London` say whom they mean)."""
    return (
        pronoun.lower_ in ("these", "those")
        and pronoun.pos_ == "PRON"
        and pronoun.dep_ in ("dobj", "pobj")
        and not any(c.dep_ in ("relcl", "acl", "prep") for c in pronoun.children)
    )


def points_to_a_place(adverb: Token, claim: set[int]) -> bool:
    """`advertising here`, `a visit there`: a place named before the claim, when the claim
    names none of its own."""
    if adverb.lower_ not in ("here", "there") or adverb.dep_ != "advmod":
        return False
    return not any(adverb.doc[i].ent_type_ in _PLACE_LABELS | {"FAC"} for i in claim)


def names_a_figure(noun: Token, claim: set[int]) -> bool:
    """`only 5% of staff ..., although in London the figure rises to 24%`: `the figure` is the
    one the claim gave before it."""
    if noun.lemma_.lower() not in lexicon.FIGURE_NOUNS:
        return False
    return any(noun.doc[i].ent_type_ in _AMOUNTS for i in claim if i < noun.i)


_QUANTIFIERS = frozenset({"few", "many", "some", "most", "several", "all", "both", "more", "fewer"})


def plural_antecedent(pronoun: Token, quoted: set[int]) -> Token | None:
    """`The research found few women worked in X, but they made up ...`: a subject `they` is
    the one plural common noun that is a subject before it in its sentence (on the same side
    of the quotation marks); None when there is none or more than one."""
    if pronoun.lower_ != "they" or pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    inside, ancestors = pronoun.i in quoted, set(pronoun.ancestors)
    subjects = [
        t
        for t in pronoun.doc[: pronoun.i]
        if (t.dep_ in ("nsubj", "nsubjpass") or (t.dep_ == "appos" and t.head.dep_ == "nsubj"))
        and (t.i in quoted) == inside
        and t not in ancestors  # `the lists they devised`: not the noun it is inside of
    ]
    plural = [t for t in subjects if t.tag_ == "NNS" and not t.ent_type_]
    other_groups = [t for t in subjects if t.tag_ in ("NNPS", "PRP") and t.lower_ != "it"]
    if len(plural) != 1 or other_groups:
        return None
    # `X sells its A and B products, though investigations suggest they ...`: another group
    # that is a subject or an object (not one inside a phrase, `worked in the departments`)
    # could as well be what `they` means.
    rivals = [
        t
        for t in pronoun.doc[: pronoun.i]
        if t != plural[0]
        and t not in ancestors
        and t.pos_ in ("NOUN", "PROPN")
        and (t.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in t.children) or _body(t))
        and t.dep_ in ("nsubj", "nsubjpass", "dobj")
        and not any(a.dep_ in ("prep", "pobj", "pcomp") for a in t.ancestors)
    ]
    return None if rivals else plural[0]


def _body(token: Token) -> bool:
    """An organisation or a people (`the Taliban`, `the BBC`): news calls it `they` too."""
    return token.ent_type_ in ("ORG", "NORP")


def group_words(noun: Token, topic: ArticleTopic, index: int) -> str:
    """`women` for `very few women`, with the lead's scope when it has one: what `they` means."""
    kept = [
        t
        for t in noun.lefts
        if t.dep_ in ("det", "compound", "amod") and t.lower_ not in _QUANTIFIERS
    ]
    start = min((t.left_edge.i for t in kept), default=noun.i)
    words = noun.doc[start : noun.i + 1].text
    bracket = topic.scopes.get(noun.lemma_.lower())
    if bracket is not None and index != bracket.sentence and not kept:
        words = bracket.around(words)
    return words


# --- counts -----------------------------------------------------------------------------------


def elided_count(token: Token) -> bool:
    """A whole number standing for things it does not name: `orders for 56`, `two more`."""
    if token.tag_ != "CD" or token.ent_type_ in _NOT_COUNTS:
        return False
    if not (token.text.isdigit() or token.text.isalpha()):
        return False  # `8.28` (a rate), `7E7` (a model), `1,000`-style figures are amounts
    if token.i > 0 and token.nbor(-1).like_num and not token.nbor(-1).whitespace_:
        return False  # the `m` of `£36m`, a magnitude the tagger read as a number
    if _year_of_a_time_phrase(token):
        return False  # `until around 1500`
    if _inside_a_hyphenated_word(token):
        return False  # `Mother-of-three Jo Bell`: a word, not a count of things
    return _bare_number(token) and not _moves_its_subjects_count(token)


def _inside_a_hyphenated_word(token: Token) -> bool:
    before = token.nbor(-1) if token.i > 0 else None
    return (
        before is not None
        and before.text == "-"
        and not before.whitespace_
        and (before.i > 0 and not before.nbor(-1).whitespace_)
    )


_TIME_PREPOSITIONS = frozenset({"until", "till", "since", "before", "after", "in"})


def _year_of_a_time_phrase(number: Token) -> bool:
    """`until around 1500`, `since about 1990`: a year (four digits, 1000 to 2100) that a
    time preposition takes, perhaps through `around` or `about` (`fell by 300` is a count)."""
    if not (number.text.isdigit() and len(number.text) == 4 and int(number.text) <= 2100):
        return False
    head = number.head
    if head.lower_ in ("around", "about", "circa") and head.head.i != head.i:
        head = head.head  # `until around 1500`: the parser's `around` between
    return number.dep_ == "pobj" and head.lower_ in _TIME_PREPOSITIONS


def _moves_its_subjects_count(number: Token) -> bool:
    """`Reported incidents fell from 96 to 38`: a count a verb moves from or to counts the
    verb's plural subject, which the claim names."""
    token = number
    while token.dep_ in ("pobj", "prep", "nummod", "quantmod") and token.head.i != token.i:
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            break
    if token.pos_ not in ("VERB", "AUX") or number.head.lower_ not in ("from", "to"):
        return False
    subject = subject_of(token)
    return subject is not None and subject.tag_ == "NNS"


def _bare_number(token: Token) -> bool:
    if any(c.dep_ in ("det", "prep") for c in token.children):
        return False  # `the 7E7`, `30 of the aircraft`
    if token.dep_ == "nummod":
        more = token.head
        return (
            more.lower_ == "more"
            and more.dep_ in ("dobj", "nsubj", "pobj", "attr")
            and not any(c.dep_ == "prep" for c in more.children)
        )
    return token.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass", "attr")


def stands_for_things(token: Token) -> bool:
    """`Each will be available ...`, `the two saw potential`: a determiner or a number standing
    for people or things it does not name, as a subject."""
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    plain_number = token.tag_ == "CD" and (token.text.isalpha() or token.text.isdigit())
    the_number = plain_number and [c.lower_ for c in token.children] == ["the"]
    return token.lower_ in ("each", "both") or the_number


def more_of(number: Token) -> Token | None:
    """The `more` of `two more`, whichever way the parser hung it."""
    if number.dep_ == "nummod" and number.head.lower_ == "more":
        return number.head
    return next((c for c in number.children if c.lower_ == "more"), None)


def counted_before(number: Token) -> Token | None:
    """The thing counted nearest before `number` in its sentence (`10 of its A350`, `30
    aircraft`): what a bare count that follows most likely counts."""
    for token in reversed(number.doc[: number.i]):
        if token.like_num and token.ent_type_ not in _NOT_COUNTS:
            thing = _counted(token)
            if thing is not None:
                return thing
    return None


def one_of_a_kind_before(number: Token, claim: set[int]) -> bool:
    """`Every guard who wants a job will keep one`: `one` standing for a thing the claim
    names before it with `a`."""
    if number.lower_ != "one":
        return False
    doc = number.doc
    return any(
        doc[i].tag_ == "NN"
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in doc[i].children)
        for i in claim
        if i < number.i
    )


def counted_words(thing: Token) -> str:
    """`A350`, `7E7 planes`: the counted noun with the names before it."""
    named = [t for t in thing.lefts if t.dep_ in ("compound", "nummod") and _is_name(t)]
    start = min((t.i for t in named), default=thing.i)
    return thing.doc[start : thing.i + 1].text


def _counted(number: Token) -> Token | None:
    if number.dep_ == "nummod" and number.head.pos_ in ("NOUN", "PROPN"):
        return number.head
    of = next((c for c in number.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    objects = [c for c in of.children if c.dep_ == "pobj"] if of is not None else []
    if objects and objects[0].pos_ in ("NOUN", "PROPN"):
        return objects[0]
    return None


# --- the article's topic ----------------------------------------------------------------------


@dataclass(frozen=True)
class ArticleTopic:
    """The country the article is about (if one clearly is), and scopes its first sentence gives
    a group of people or things, by the group noun's lemma."""

    country: str | None = None
    country_sentences: tuple[int, ...] = ()
    scopes: dict[str, Bracket] = field(default_factory=dict)
    # `Country's regiments` in the first sentence: later bare `regiments` are the country's
    owners: dict[str, Bracket] = field(default_factory=dict)
    # the one place the lead puts the whole story in (story_places.py)
    place: StoryPlace | None = None

    def owned(self, bracket: Bracket, doc: Doc, claim: set[int]) -> Bracket:
        """A bracket copied from an earlier sentence, with the lead's owner put before a bare
        plural it owned (`[for restructuring regiments]` -> `[for restructuring Country's
        regiments]`), when the claim names no place of its own."""
        if _names_a_place(doc, claim):
            return bracket
        words = bracket.words.split()
        for j in reversed(range(len(words))):
            owner = self.owners.get(words[j].lower())
            if owner is None or bracket.sentence == owner.sentence:
                continue
            before = words[j - 1].lower() if j else ""
            if before in _DEFINITE or before in _OWNING_WORDS or before.endswith(("'s", "’s")):
                continue
            if owner.words.removesuffix("'s") in bracket.words:
                continue
            words.insert(j, owner.words)
        return replace(bracket, words=" ".join(words))


def read_topic(sentences: list[Sentence]) -> ArticleTopic:
    body = body_sentences(sentences)
    if not body:
        return ArticleTopic()
    lead = body[0]
    headline = next((s for s in sentences if s.headline), None)
    country, where = _country(sentences, [lead] + ([headline] if headline else []))
    by_nationality = headline_country(sentences) if country is None else None
    if by_nationality is not None:  # `Kenyan grain chief goes on trial`
        country, where = by_nationality
    place = read_story_place(sentences)
    return ArticleTopic(country, where, _group_scopes(lead), _lead_owners(lead), place)


def _places(doc: Doc) -> list[str]:
    return [e.text.removeprefix("the ") for e in doc.ents if e.label_ == "GPE"]


def _country(sentences: list[Sentence], opening: list[Sentence]) -> tuple[str | None, tuple]:
    """The place named in the headline and the first sentence that the article names at least
    three times and twice as often as any other place."""
    counts: dict[str, int] = {}
    for sentence in sentences:
        for place in _places(sentence.doc):
            counts[place] = counts.get(place, 0) + 1
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]):
        return None, ()
    place = ranked[0][0]
    if all(place in _places(s.doc) for s in opening):
        return place, tuple(s.index for s in opening)
    # a headline that names no place (`Inflation rises above target`): the lead's measure
    # scoped by the place (`UK inflation rose to 2.3%`)
    lead, *headline = opening
    if any(_places(s.doc) for s in headline) or not _scopes_a_measure(lead.doc, place):
        return None, ()
    return place, (lead.index,)


def _scopes_a_measure(doc: Doc, place: str) -> bool:
    """`UK inflation`, `China's growth`, `inflation in France`: the place owns a measure."""
    for entity in doc.ents:
        if entity.label_ != "GPE" or entity.text.removeprefix("the ") != place:
            continue
        owner = entity.root
        measure = owner.head.head if owner.dep_ == "pobj" and owner.head.lower_ == "in" else None
        if owner.dep_ in ("compound", "poss"):
            measure = owner.head
        if measure is not None and is_measure(measure):
            return True
    return False


def _group_scopes(lead: Sentence) -> dict[str, Bracket]:
    """`Women in the UK film industry earn less ...`: the first sentence's plural subject and the
    named scope it gives it."""
    root = next((t for t in lead.doc if t.dep_ == "ROOT"), None)
    if root is None:
        return {}
    # `Nurses in X work longer, a survey found`: the reported clause's subject
    verbs = [root, *(c for c in root.children if c.dep_ in ("ccomp", "parataxis"))]
    subject = next((s for s in map(subject_of, verbs) if s is not None and s.tag_ == "NNS"), None)
    if subject is None:
        return {}
    for preposition in subject.rights:
        if preposition.dep_ != "prep" or preposition.lower_ not in _GROUP_PREPOSITIONS:
            continue
        words = _phrase(preposition)
        if words and any(_is_name(t) for t in preposition.subtree):
            return {subject.lemma_.lower(): Bracket(words, lead.index)}
    return {}


def _lead_owners(lead: Sentence) -> dict[str, Bracket]:
    """`the future of Country's Army regiments`: each plural noun the first sentence gives a
    place as owner, by its word (`regiments`), with the owner (`Country's`)."""
    owners: dict[str, Bracket] = {}
    for noun in lead.doc:
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if noun.tag_ != "NNS" or owner is None or owner.ent_type_ not in ("GPE", "LOC"):
            continue
        words = lead.doc[owner.left_edge.i : owner.right_edge.i + 1].text
        owners.setdefault(noun.lower_, Bracket(words, lead.index, before=True))
    return owners


def _names_a_place(doc: Doc, claim: set[int]) -> bool:
    return any(doc[i].ent_type_ in _PLACE_LABELS for i in claim)


def lead_owner(
    doc: Doc, words: set[int], claim: set[int], topic: ArticleTopic, index: int
) -> dict[int, str]:
    """`opposing plans for regiments` -> `... for [Country's] regiments`: a bare plural among
    `words` whose word the first sentence gave a place as owner, in a later claim that names no
    place."""
    if _names_a_place(doc, claim):
        return {}
    found: dict[int, str] = {}
    for i in sorted(words):
        token = doc[i]
        owner = topic.owners.get(token.lower_)
        if owner is None or index == owner.sentence or token.tag_ != "NNS":
            continue
        if any(c.i in claim for c in token.children):
            continue  # `foreign regiments`, `regiments abroad`: some other ones
        found[i] = owner.around(token.text)
    return found


def group_scope(doc: Doc, claim: set[int], topic: ArticleTopic, index: int) -> dict[int, str]:
    """`35% of women` -> `35% of women [in the UK film industry]`: the first bare mention of the
    lead's group in a later claim that names nothing of the scope itself."""
    words = {doc[i].lower_ for i in claim}
    for i in sorted(claim):
        token = doc[i]
        bracket = topic.scopes.get(token.lemma_.lower())
        if bracket is None or index == bracket.sentence or token.tag_ != "NNS":
            continue
        if list(token.lefts) or any(c.dep_ == "prep" for c in token.rights):
            return {}
        scope = bracket.words.split()
        if words & {w.lower() for w in scope if w[:1].isupper() or w == scope[-1]}:
            return {}  # `women in the industry`: the claim gives a scope of its own
        return {i: bracket.around(token.text)}
    return {}


def membership_scope(noun: Token, topic: ArticleTopic) -> str | None:
    """`UK film industry` for `the workforce`: a group's members as a whole
    belong to the group the article's first sentence scoped, when nothing else says whose."""
    lefts = list(noun.lefts)
    bare = len(lefts) == 1 and lefts[0].lower_ == "the" and not list(noun.rights)
    if not bare or noun.lemma_.lower() not in lexicon.MEMBERSHIP_NOUNS or not topic.scopes:
        return None
    scope = next(iter(topic.scopes.values())).words.split()[1:]  # without `in`
    if scope and scope[0].lower() == "the":
        scope = scope[1:]
    return " ".join(scope) or None


def placed_measure(
    doc: Doc, claim: set[int], topic: ArticleTopic, sentences: list[Sentence], index: int
) -> tuple[int, Bracket] | None:
    """`Inflation slowed to 4.3%` in an article about one country: `Inflation [in China]`, when
    neither the claim nor its sentence nor the one before names another place; a bare measure
    anyone may have (`growth`) only with a figure or as what the claim is about (its
    subject)."""
    if topic.country is None:
        return None
    nearby = sentences[max(0, index - 1) : index + 1]
    if any(doc[i].ent_type_ in _PLACE_LABELS for i in claim):
        return None
    if any(p != topic.country for s in nearby for p in _places(s.doc)):
        return None
    token = bare_measure(doc, claim)
    if token is None:
        return None
    whole = token.lemma_.lower() in _WHOLE_BODY_NOUNS
    # a bare `growth` may be a sector's or a firm's (`the banking system` is a country's)
    anyones = token.lemma_.lower() in lexicon.ECONOMIC_MEASURES and not whole
    figure = any(doc[i].like_num or doc[i].ent_type_ in ("PERCENT", "MONEY") for i in claim)
    if anyones and not figure and token.dep_ not in SUBJECTS:
        return None  # `could hold back growth across the sector`: whose, the claim does not say
    determiner = next((c for c in token.lefts if c.dep_ == "det"), None)
    if whole and (determiner is None or determiner.lower_ != "the"):
        return None
    country = _with_article(topic.country)
    words = f"of {country}" if whole else f"in {country}"
    return token.i, Bracket(words, topic.country_sentences[0])


def is_measure(noun: Token) -> bool:
    """`inflation`, `retail sales`, `house prices`: an economic measure, scoped or not."""
    lemma = noun.lemma_.lower()
    qualifiers = lexicon.QUALIFIED_MEASURES.get(lemma, frozenset())
    if noun.pos_ != "NOUN":
        return False
    return lemma in lexicon.ECONOMIC_MEASURES or any(c.lower_ in qualifiers for c in noun.lefts)


def _with_article(country: str) -> str:
    """`UK` -> `the UK`, `United States` -> `the United States`: a country called by its
    initials or as a union takes `the`."""
    if country.isupper() or country.split()[0] in ("United", "Republic"):
        return f"the {country}"
    return country


def bare_measure(doc: Doc, claim: set[int]) -> Token | None:
    """The first economic measure among the claim's words (`inflation`, `retail sales`) if it
    has no scope of its own (`China's growth`, `growth in exports` have one), else None."""
    for i in sorted(claim):
        token = doc[i]
        qualifiers = lexicon.QUALIFIED_MEASURES.get(token.lemma_.lower(), frozenset())
        qualified = [c for c in token.lefts if c.lower_ in qualifiers]
        measure = token.lemma_.lower() in lexicon.ECONOMIC_MEASURES or qualified
        if token.pos_ != "NOUN" or not measure:
            continue
        if token.dep_ == "compound" or any(
            c.dep_ in ("poss", "prep", "compound") and c not in qualified for c in token.children
        ):
            return None
        return token
    return None


def unplaced_measure(doc: Doc, claim: set[int]) -> str | None:
    """`Inflation stood at 1.6% in January` with no place in the claim, in an article about no
    one country: the figure cannot be checked until someone says where; noted."""
    if any(doc[i].ent_type_ in _PLACE_LABELS for i in claim):
        return None
    if any(doc[i].ent_type_ == "ORG" or doc[i].lemma_ in lexicon.ORGANISATION_NOUNS for i in claim):
        return None  # `growth slowed to 3% at the firm`: a firm's figure
    if not any(doc[i].like_num or doc[i].ent_type_ in ("PERCENT", "MONEY") for i in claim):
        return None
    token = bare_measure(doc, claim)
    if token is None or token.lemma_.lower() in _WHOLE_BODY_NOUNS or token.dep_ not in SUBJECTS:
        return None  # only the measure the figure is about: not `floated on the stock market`
    return f"where? '{token.text}' names no place"
