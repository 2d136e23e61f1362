"""Stage 5: make a claim stand alone, or say that it cannot.

`EntityBook` remembers the people and organisations the article has named, sentence by sentence
(from the parser's entities), with the gender a title (Mr, Mrs, Ms, ...) or a common first name
gives and the roles that introduce them ("Prime Minister Ana Silva"). A pronoun or a role is
replaced only when exactly one compatible antecedent is in reach (this sentence and the two before
it); when several are, the one that was the previous sentence's subject or speaker wins only if no
other candidate was named in that sentence or this one. Otherwise the article's words stay and the
claim is flagged as needing context. Relative dates are anchored to the article's publication date.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

from factcheck.splitter import lexicon
from factcheck.splitter.deals import same_firm, sides
from factcheck.splitter.referents import mistyped_person
from factcheck.splitter.tokens import is_year
from factcheck.splitter.unbound_pronouns import co_arguments
from factcheck.splitter.weekdays import WEEKDAYS, days_of_the_week

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from factcheck.splitter.document import Sentence

REACH = 2  # sentences before the current one in which an antecedent may be found
DESCRIPTION_REACH = 30  # `the bank` may point far back: its name must fit the noun
_MALE_TITLES = frozenset({"mr", "mr.", "sir", "lord", "king", "prince"})
_FEMALE_TITLES = frozenset({"mrs", "mrs.", "ms", "ms.", "miss", "lady", "dame", "queen"})


def title_gender(word: str) -> str | None:
    """`Mrs` -> "f", `Mr` -> "m": the sex a title before a name says, or None."""
    word = word.lower()
    return "m" if word in _MALE_TITLES else "f" if word in _FEMALE_TITLES else None


_PERSON_PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
UNRESOLVED_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "they", "them", "their"})
_CORPORATE_NOUNS = frozenset({"firm", "company", "group"})


@dataclass
class Person:
    name: str  # the longest form the article used, without titles
    gender: str | None = None
    titled: bool = False  # a gendered title (Mr, Mrs, ...) was met with the name
    roles: set[str] = field(default_factory=set)
    mentions: list[int] = field(default_factory=list)  # sentence indices
    introduced: int = 0  # the sentence that gave the name in full
    prominent: set[int] = field(default_factory=set)  # sentences where not a preposition's object

    @property
    def surname(self) -> str:
        return surname_of(self.name)


@dataclass
class Mention:
    """Who (or which organisation) a word was taken to mean, and where that name stands."""

    name: str
    sentence: int
    also: tuple[int, ...] = ()  # other sentences the name's words come from (`IMF`)


def _nameless_words(name: str) -> bool:
    words = name.split()
    return len(words) >= 3 and all(first_name_gender(w) is None for w in words)


def _owns(token: Token) -> bool:
    """`Pennock's`: the word is followed by its possessive mark."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return after is not None and after.tag_ == "POS"


def first_name_gender(word: str) -> str | None:
    """`m` or `f` for a common first name of one sex (lexicon.MALE_FIRST_NAMES and
    FEMALE_FIRST_NAMES), None for any other word: an unknown name stays unknown."""
    name = word.lower()
    if name in lexicon.MALE_FIRST_NAMES:
        return "m"
    return "f" if name in lexicon.FEMALE_FIRST_NAMES else None


def _title_words(entity: Span) -> list[str]:
    """Title words right before a name: `Finance Minister Ana Silva` -> [finance, minister]."""
    words: list[str] = []
    token = entity.start - 1
    while (
        token >= 0
        and entity.doc[token].tag_ in ("NNP", "NN", "JJ", "NNPS")
        and entity.doc[token].ent_type_ in ("", "NORP", "GPE")
    ):
        words.insert(0, entity.doc[token].lower_)
        token -= 1
    return words


class EntityBook:
    """The article's people and organisations, as read so far."""

    def __init__(self) -> None:
        self.people: dict[str, Person] = {}
        self.organisations: list[tuple[str, int]] = []  # (name, sentence index)
        self.organisation_names: set[str] = set()  # the names of `organisations`, to look up
        self.groups: list[int] = []  # sentences naming a group (`the Conservatives`, `Lib Dem`)
        # Every word of those names, kept as they come: rebuilding it for each sentence made a
        # long article's reading quadratic.
        self.organisation_words: set[str] = set()
        self.subjects: dict[int, str] = {}  # sentence index -> person who was subject/speaker
        # person -> sentences where a he/she/his/her was resolved to them: a mention too
        self.referred: dict[str, set[int]] = {}
        # sentences whose subject is a proper noun that names no known person (`Lindqvist`
        # typed a firm): someone only carried by pronouns may not be the one meant there
        self.unknown_subjects: set[int] = set()
        self.companies: list[str] = []  # every ORG mention, for `the firm`
        self.unknown_names: list[int] = []  # sentences naming someone the parser did not type
        self.shared_surnames: set[str] = set()  # two people with one surname: `Jones` is either
        self.sides: list[tuple[set[str], int]] = []  # organisations set side by side, where
        self.several: list[tuple[frozenset[str], int]] = []  # `both banks`: kind, where
        self.first_named: dict[str, Person] = {}  # `Sir Tom` -> Sir Tom Hale
        self.trades: list[tuple[str, str, int]] = []  # `budget airline Acme`: name, noun, where
        self.trade_words: set[str] = set()  # names that only modify a trade: `DIY` retailer
        self.others_of_a_kind: set[str] = set()  # `rival firm Beta`: never the one meant alone
        # Organisations, and one-word names of people that may be firms, in reading order:
        # (name, sentence, first token, whether typed an organisation)
        self.named_in_order: list[tuple[str, int, int, bool]] = []
        # Indexes of the two above that `named_only_after` reads, so a long article does not
        # cost the square of its length: each organisation's first sentence, and each
        # sentence's names in reading order (caught up with `named_in_order` when asked)
        self._first_named_at: dict[str, int] = {}
        self._named_by_sentence: dict[int, list[tuple[str, int]]] = {}
        self._indexed_in_order = 0
        # sentence -> people named there under another type (`signed Hale` typed a firm)
        self.mistyped_people: dict[int, set[str]] = {}
        self.unnamed_businesses: list[int] = []  # sentences with `a firm`, `a chemical plant`
        self.modifying: set[tuple[str, int]] = set()  # `the Orbit browser`: a name, where
        self.headlines: set[int] = set()  # sentences that are the article's headline
        # organisations named only inside a person's description (`an analyst at Beta`)
        self.employers_only: set[str] = set()
        # the name the lead held back (`A water company` ... `X said`), and where it was given:
        # one mention more of it, and an organisation however the recognizer typed it
        self.lead_named: str | None = None
        self.lead_named_at = -1
        self._named_otherwise: set[str] = set()

    def read(self, doc: Doc, sentence: int, *, headline: bool = False) -> None:
        if headline:
            self.headlines.add(sentence)
        self.sides.extend((group, sentence) for group in sides(doc))
        self.several.extend((kind, sentence) for kind in _several_of_a_kind(doc))
        self.trades.extend((name, noun, sentence) for name, noun in introduced_trades(doc))
        # `budget airline Aeroline`: a name a business trade introduced is a firm's, though
        # the recognizer typed it a place
        traded = {n for n, noun, _ in self.trades if noun in lexicon.ORGANISATION_TRADES["firm"]}
        # `French club RC Montbrison`, `the charity Hope North`: a name any kind of organisation
        # introduced is no person's, though typed one (a work's title may be anything)
        bodies = {n for n, noun, _ in self.trades if noun not in lexicon.WORK_TRADE_NOUNS}
        for entity in doc.ents:
            if entity.label_ == "PERSON" and _modifies_an_indefinite(entity):
                continue  # `a Yorkshire haulage firm`: a place or a kind, no one's name
            if entity.label_ == "PERSON" and _named_place(entity):
                continue  # `the island of Skerra`
            if entity.label_ == "PERSON" and entity.text.removeprefix("the ") == self.lead_named:
                # `A family-owned ice cream maker ...` / `Dalewood Ices said ...`: the name the
                # lead held back is the organisation's, though typed a person
                self._add_company(self.lead_named, sentence, entity.start)
            elif entity.label_ == "PERSON" and self._short_name(entity):
                self._add_organisation(entity.text, sentence)
                self.companies.append(entity.text)
                self.named_in_order.append((entity.text, sentence, entity.start, True))
            elif entity.label_ == "PERSON" and entity.text in traded | bodies:
                # `handset maker Korvane`: a business trade introduced it, with no first name;
                # no rival for `the company` either (the trade alone may be a team's or a lab's)
                self._add_organisation(entity.text, sentence)
                self.organisation_words.update(entity.text.split())
            elif entity.label_ == "PERSON" and self._named_after_someone(entity):
                self._add_company(entity.text.removeprefix("the "), sentence, entity.start)
            elif entity.label_ == "PERSON":
                self._person(entity, sentence)
                if len(entity) == 1:
                    self.named_in_order.append((entity.text, sentence, entity.start, False))
            elif entity.label_ == "NORP":
                self.groups.append(sentence)
            elif entity.label_ in _MISTYPED_FIRM_LABELS and entity.text in traded:
                # `toy maker Halberd Games`
                self._add_company(entity.text.removeprefix("the "), sentence, entity.start)
            elif entity.label_ == "ORG" and _owned_product(entity):
                self.modifying.add((entity.text, sentence))  # `Its Whirlwar tops`: a product
            elif entity.label_ == "FAC" and _institution_named(entity):
                # `Kestlefield Airport`, `Dunmore Hospital`: a place typed a building that is
                # also the body `the airport says` means (never `the firm`)
                self._add_organisation(entity.text.removeprefix("the "), sentence)
                self.organisation_words.update(entity.text.removeprefix("the ").split())
            elif entity.label_ in ("ORG", "GPE"):
                self._add_organisation(entity.text.removeprefix("the "), sentence)
                if entity.root.dep_ == "compound" and entity.root.head.pos_ == "NOUN":
                    self.modifying.add((entity.text.removeprefix("the "), sentence))
                self.organisation_words.update(entity.text.removeprefix("the ").split())
                firm = entity.label_ == "ORG" and not _stands_as_place(entity)
                if firm or entity.text.removeprefix("the ") in traded:
                    self.companies.append(entity.text.removeprefix("the "))
                    self.named_in_order.append(
                        (entity.text.removeprefix("the "), sentence, entity.start, True)
                    )
        if sentence == self.lead_named_at and self.lead_named not in self.organisation_names:
            self._add_organisation(self.lead_named or "", sentence)  # `Hallowdale Folk Festival`
        self.others_of_a_kind |= introduced_as_other(doc)
        self._note_employers(doc)
        if any(_unnamed_business(token) for token in doc):
            self.unnamed_businesses.append(sentence)
        for entity in doc.ents:
            if _names_a_trade(entity):
                self.trade_words.add(entity.text.removeprefix("the "))
        for token in doc:
            if _renamed_organisation(token):  # `Orbix, the former Acme Mobile,`
                self._add_organisation(token.text, sentence)
                self.organisation_words.add(token.text)
                self.companies.append(token.text)
        if any(_proper_subject(t) and t.text not in self.people for t in doc):
            self.unknown_subjects.add(sentence)
        if any(mistyped_person(entity) for entity in doc.ents):
            self.unknown_names.append(sentence)  # `striker Tim Okoro` typed as a firm
        for token in doc:
            known = self.people.get(token.text) if token.pos_ == "PROPN" else None
            if known is not None and token.ent_type_ not in ("PERSON", ""):
                self.mistyped_people.setdefault(sentence, set()).add(known.name)
            # `Prydderch has scored`: a known surname the tagger read as a common noun
            misread = _bare_capitalised(token) and not token.ent_type_ and token.text in self.people
            if not _untyped_name(token) and not (misread and token.dep_ in _NAMED_ROLES):
                continue
            if token.text in self.people:  # the recognizer missed a name it knew before
                self.people[token.text].mentions.append(sentence)
                if token.dep_ != "pobj":
                    self.people[token.text].prominent.add(sentence)
            elif token.text not in self.organisation_words:
                self.unknown_names.append(sentence)

    def _person(self, entity: Span, sentence: int) -> None:
        words = [t.text for t in entity if t.lower_.rstrip(".") not in _TITLE_SET]
        words = [w for w in words if w not in ("'s", "’s") and not _post_nominal(w)]
        if not words or not words[-1][:1].isupper():
            return
        titles = _title_words(entity) + [
            t.lower_ for t in entity if t.lower_.rstrip(".") in _TITLE_SET
        ]
        if len(words) == 1 and titles and titles[-1] in lexicon.FIRST_NAME_TITLES:
            # `Sir Tom` after `Sir Tom Hale`: the one known person of that first name, else
            # the name stays as written, title and all
            known = self._first_named(words[0])
            if known is not None:
                self.first_named[words[0]] = known
                known.mentions.append(sentence)
                if entity.root.dep_ != "pobj":
                    known.prominent.add(sentence)
                return
            words = [titles[-1].capitalize(), words[0]]
        person = self.people.get(words[-1])
        if person is not None and self._only_headlined(person) and sentence not in self.headlines:
            # `Outsider Whitlock claims shock win` ... `England's Danny Whitlock`: a headline
            # capitalises its first word, so the body's name is the person's
            person.name, person.introduced = _as_written(words, entity), sentence
        elif person is not None and _different_people(person.name, words):
            self.shared_surnames.add(words[-1])
        if person is None:
            person = self.people[words[-1]] = Person(
                _as_written(words, entity), introduced=sentence
            )
        elif len(words) > len(person.name.split()):
            person.name, person.introduced = _as_written(words, entity), sentence
        if person.gender is None and len(words) > 1:
            person.gender = first_name_gender(words[0])
        for title in titles:
            if title in _MALE_TITLES:
                person.gender, person.titled = "m", True
            elif title in _FEMALE_TITLES:
                person.gender, person.titled = "f", True
        role = " ".join(t for t in titles if t not in _MALE_TITLES | _FEMALE_TITLES)
        if role:
            person.roles.add(role)
        person.mentions.append(sentence)
        if entity.root.dep_ != "pobj":
            person.prominent.add(sentence)

    def note_lead_name(self, name: str, sentence: int) -> None:
        """`A water company ...` / `Ofwat said Thamesbrook Water ...`: the name the lead held
        back, and the sentence that gave it (see `lead_named`)."""
        self.lead_named, self.lead_named_at = name.removeprefix("the "), sentence

    def _add_organisation(self, name: str, sentence: int) -> None:
        self.organisations.append((name, sentence))
        self.organisation_names.add(name)
        self._note_first_named(name, sentence)

    def _add_company(self, name: str, sentence: int, start: int) -> None:
        """A name read as a firm's though the recognizer typed it otherwise."""
        self._add_organisation(name, sentence)
        self.organisation_words.update(name.split())
        self.companies.append(name)
        self.named_in_order.append((name, sentence, start, True))

    def _note_first_named(self, name: str, sentence: int) -> None:
        key = unowned(name)
        self._first_named_at[key] = min(sentence, self._first_named_at.get(key, sentence))

    def _note_employers(self, doc: Doc) -> None:
        """Keep `employers_only` up to date with this sentence's organisations."""
        known = self.organisation_names
        for entity in doc.ents:
            name = entity.text.removeprefix("the ")
            if name not in known:
                continue
            if _in_someones_description(entity):
                if name not in self._named_otherwise:
                    self.employers_only.add(name)
            else:
                self._named_otherwise.add(name)
                self.employers_only.discard(name)

    def _only_headlined(self, person: Person) -> bool:
        """The person was named only in the headline so far."""
        return bool(person.mentions) and all(m in self.headlines for m in person.mentions)

    def _short_name(self, entity: Span) -> bool:
        """`Lumen` after `US firm Lumen Systems`: a one word name typed a person's that begins
        an organisation's longer name the article gave, and is no one's name it gave, is
        that organisation called short."""
        word = entity.text
        if len(entity) != 1 or word in self.people or first_name_gender(word) is not None:
            return False
        return any(len(n.split()) > 1 and n.split()[0] == word for n in self.companies)

    def _named_after_someone(self, entity: Span) -> bool:
        """`Hollins Freight` after `Derek Hollins`: a name typed a person's that begins with
        the surname of someone the article named in full is a business named after them (a
        person's name never begins with a surname)."""
        words = [t.text for t in entity if t.text not in ("'s", "’s")]
        if len(words) < 2 or first_name_gender(words[0]) is not None:
            return False
        known = self.people.get(words[0])
        return (
            known is not None
            and len(known.name.split()) > 1
            and known.name.split()[-1] == words[0]
            and words[-1][:1].isupper()
        )

    def _first_named(self, first: str) -> Person | None:
        known = {
            id(p): p
            for p in self.people.values()
            if len(p.name.split()) > 1 and p.name.split()[0] == first
        }
        return next(iter(known.values())) if len(known) == 1 else None

    def retype_as_person(self, entity: Span, sentence: int) -> Person | None:
        """`The festival's director, Marcus Hale`: a name the recognizer typed as an
        organisation, set beside a person's title, is a person's; it leaves the organisations."""
        name = entity.text.removeprefix("the ")
        self.organisations = [(n, s) for n, s in self.organisations if n != name]
        self.organisation_names.discard(name)
        self._first_named_at = {}
        for kept, where in self.organisations:
            self._note_first_named(kept, where)
        self.companies = [n for n in self.companies if n != name]
        self._person(entity, sentence)
        return self.person_named(name)

    def note_subject(self, sentence: int, name: str | None) -> None:
        person = self.person_named(name) if name else None
        if person is not None:
            self.subjects[sentence] = person.name
        elif name and name in self.organisation_names:
            self.subjects[sentence] = name

    def person_in(self, phrase: Span | list[Token]) -> Person | None:
        """The known person a noun phrase names (`Mr Berg`, `Berg's`), if any."""
        for token in reversed(list(phrase)):
            typed_as_person = token.ent_type_ in ("PERSON", "") and (
                token.pos_ == "PROPN" or _bare_capitalised(token)
            )
            if typed_as_person and token.text in self.people:
                return self.people[token.text]
            before = token.doc[token.i - 1] if token.i else None
            if (
                typed_as_person
                and before is not None
                and before.lower_ in lexicon.FIRST_NAME_TITLES
            ):
                return self.first_named.get(token.text)
        return None

    def pronoun(self, word: str, sentence: int, besides: str | None = None) -> Mention | None:
        """The one person a he/she/his/her in `sentence` can mean, or None when unsure.
        `besides` is a person it cannot mean (a speaker does not call themself `he`)."""
        gender = _PERSON_PRONOUNS.get(word.lower())
        if gender is None:
            return None
        centre = self.subjects.get(sentence - 1)
        centre_person = self.person_named(centre) if centre else None
        in_reach = [
            p
            for p in self.people.values()
            if (self._met_in_reach(p, sentence) or p is centre_person)
            and (self._named_in_reach(p, sentence) or self._carried_to(sentence))
            and p.gender in (gender, None)
            and (besides is None or p.surname != surname_of(besides))  # `Cole` is `Ian Cole`
            and p.prominent  # a name only ever inside `between X and Y` may be a mistyped place
        ]
        named_aside = [
            p
            for p in self.people.values()
            if p not in in_reach
            and not p.prominent
            and any(sentence - REACH <= m <= sentence for m in p.mentions)
            and p.gender in (gender, None)
            and (besides is None or p.surname != surname_of(besides))
            and (p.titled or len(p.name.split()) > 1)
        ]
        # `... including X. Y scored 10 points. He ...`: a name in a phrase two sentences back
        # gives way to a fitting subject of the sentence just before, as a subject there would.
        aside_near = [p for p in named_aside if {sentence - 1, sentence} & set(p.mentions)]
        if aside_near or (named_aside and centre_person not in in_reach):
            return None  # `after the death of Sir Gerald Fenwick. He had held it`: he may be meant
        if besides is not None and any(p.gender is None for p in in_reach):
            # In a quotation `he` is someone other than the speaker; a name of unknown sex
            # (perhaps a mistyped team or firm) leaves that too uncertain to guess.
            return None
        unknown_near = any(sentence - REACH <= s <= sentence for s in self.unknown_names)
        if len(in_reach) == 1 and not unknown_near and not named_aside:
            return Mention(in_reach[0].name, max(in_reach[0].mentions))
        if unknown_near:
            return None  # a name the parser could not type may be the one meant
        # A name inside a prepositional phrase (`talks between X and Y`) does not compete with
        # the previous sentence's subject; a subject or object does.
        named_near = [p.name for p in in_reach if {sentence - 1, sentence} & p.prominent]
        if centre_person in in_reach and named_near in ([centre_person.name], []):
            return Mention(centre_person.name, max(centre_person.mentions))
        return None

    def _named_in_reach(self, person: Person, sentence: int) -> bool:
        return any(sentence - REACH <= m <= sentence for m in person.mentions)

    def _carried_to(self, sentence: int) -> bool:
        """Whether someone not named in reach (the subject just before, met through a
        description or a quotation, or a person a resolved pronoun meant) may be carried into
        `sentence`: not when it or the sentence before has for subject a name the book knows
        as no person (`Lindqvist, who was chasing his third title, said`)."""
        return not {sentence - 1, sentence} & self.unknown_subjects

    def _met_in_reach(self, person: Person, sentence: int) -> bool:
        """Named, or meant by a resolved he/she, in `sentence` or the REACH sentences before."""
        met = set(person.mentions) | self.referred.get(person.name, set())
        return any(sentence - REACH <= m <= sentence for m in met)

    def note_referred(self, name: str, sentence: int) -> None:
        """A he/she/his/her of `sentence` was taken to mean the person `name`."""
        person = self.person_named(name)
        if person is not None:
            self.referred.setdefault(person.name, set()).add(sentence)

    def others_who_fit(self, name: str, gender: str, sentences: set[int]) -> bool:
        """Whether someone besides `name` who could be a he/she of `gender` (that gender, or
        not known) is named in `sentences` or is the person the article is about."""
        lead = self._leading_person()
        return any(
            p.name != name
            and p.gender in (gender, None)
            and p.prominent
            and (sentences & set(p.mentions) or p is lead)
            for p in self.people.values()
        )

    def _only_person_just_named(self, sentence: int) -> Person | None:
        """The one person the article has named so far, when the sentence before named them."""
        people = list(self.people.values())
        if len(people) != 1 or sentence - 1 not in people[0].mentions:
            return None
        return people[0]

    def _leading_person(self) -> Person | None:
        """The person the article is about: named at least three times so far, and more often
        than anyone else."""
        ranked = sorted(self.people.values(), key=lambda p: -len(p.mentions))
        if not ranked or len(ranked[0].mentions) < 3:
            return None
        if len(ranked) > 1 and len(ranked[1].mentions) == len(ranked[0].mentions):
            return None
        return ranked[0]

    def role(self, words: str, sentence: int) -> Mention | None:
        """The one person introduced with this role (`the prime minister`), or None. When
        several hold it, the one introduced with the bare title (`President X`, not `Russian
        President Y`) is the one the article calls by it."""
        words = words.lower().removeprefix("the ").strip()
        if words not in lexicon.ROLE_NOUNS:
            return None
        titles = lexicon.ROLE_NOUNS[words]
        matches = [
            p
            for p in self.people.values()
            if min(p.mentions) <= sentence and any(r.endswith(t) for r in p.roles for t in titles)
        ]
        bare = [p for p in matches if p.roles & titles]
        chosen = matches if len(matches) == 1 else bare
        if len(chosen) == 1:
            return Mention(chosen[0].name, max(chosen[0].mentions))
        return None

    def described(self, noun: Token, sentence: int) -> Mention | None:
        """`Ann Lee won gold. The sprinter later ...`: a person called by their calling
        (lexicon.PERSON_DESCRIPTION_NOUNS) or their age (`the 29-year-old`) is the person who
        was the previous sentence's subject or speaker (for a calling, when that sentence's
        subject was no name, the person the article is about), when no one else is named there
        or in this sentence (under whatever type the recognizer gave the name) and the gender
        fits."""
        calling = noun.lemma_.lower() in lexicon.PERSON_DESCRIPTION_NOUNS and noun.tag_ == "NN"
        demonym = demonym_person(noun)
        if not calling and not demonym and not aged_person(noun):
            return None
        centre = self.subjects.get(sentence - 1)
        person = self.person_named(centre) if centre else None
        if centre is None and calling:  # `He ... The athlete ...`: the person the story is about
            person = self._leading_person()
            centre = person.name if person is not None else None
        if person is None and calling:  # `X, 29, tested positive, the agency said. The rider`
            person = self._only_person_just_named(sentence)
            centre = person.name if person is not None else centre
        if person is None or person.name != centre:
            return None
        gender = (
            demonym_gender(noun)
            if demonym
            else lexicon.PERSON_DESCRIPTION_NOUNS.get(noun.lemma_.lower())
        )
        if gender is not None and person.gender not in (gender, None):
            return None
        near = {sentence - 1, sentence}
        others = [p for p in self.people.values() if p is not person and near & set(p.mentions)]
        # `Lee signed Hale from X. The striker ...`, with `Hale` typed a firm there: still a
        # person the description may mean
        mistyped = {n for s in near for n in self.mistyped_people.get(s, ())} - {person.name}
        if others or mistyped or near & set(self.unknown_names):
            return None
        return Mention(person.name, max(person.mentions))

    def given_names(self, surname: Token, sentence: int) -> Person | None:
        """The one person a bare surname means (`Conte` after `Victor Conte`), when the article
        gave their name in full by this sentence and no one else of that surname is named; not
        as an owner when a firm goes by it too (`Pennock's sales` of `Pennock Cycles`, not of
        `Robert Pennock`)."""
        person = self.people.get(surname.text)
        if (
            person is None
            or surname.text in self.shared_surnames
            or (_owns(surname) and self._firm_named_by(surname.text))
            or len(person.name.split()) < 2
            or person.introduced > sentence
            or not _bare_surname(surname, person.name)
        ):
            return None
        return person

    def _firm_named_by(self, word: str) -> bool:
        """A firm whose longer name opens with the word (`Pennock Cycles` for `Pennock`)."""
        return any(
            len(words) > 1 and words[0] == word
            for words in (unowned(n).removeprefix("The ").split() for n, _ in self.organisations)
        )

    def first_name_of(self, given: Token, sentence: int) -> Person | None:
        """The one person a first name alone means (`Marion` in a quotation after `Marion
        Jones`): the only person the article named in full with that first name by this
        sentence, when the word is no one's surname and no name goes on around it."""
        if given.pos_ != "PROPN" or given.ent_type_ not in ("PERSON", ""):
            return None
        if given.text in self.people or given.text in self.organisation_words:
            return None
        doc = given.doc
        around = [doc[j] for j in (given.i - 1, given.i + 1) if 0 <= j < len(doc)]
        if any(t.pos_ == "PROPN" or t.lower_.rstrip(".") in _TITLE_SET for t in around):
            return None  # `Marion Jones`, `Mr Marion`: a name of its own
        if any(t.text in ("-", "–", "/") for t in around):
            return None  # `Dodd-Frank`: part of a joined name
        if given.i + 1 < len(doc) and doc[given.i + 1].text[:1].isupper():
            return None  # `George Will`: a surname the tagger took for another word
        named = [
            p
            for p in self.people.values()
            if len(p.name.split()) > 1
            and p.name.split()[0] == given.text
            and p.introduced <= sentence
        ]
        return named[0] if len(named) == 1 else None

    def shared_surname(self, surname: Token) -> bool:
        """`Jones` alone in an article that named two people Jones: it could be either."""
        person = self.people.get(surname.text)
        shared = surname.text in self.shared_surnames
        return shared and person is not None and _bare_surname(surname, person.name)

    def person_named(self, name: str) -> Person | None:
        if not name:
            return None
        surname = surname_of(name)  # `Morgan-Price` is kept under its last word, as parsed
        return self.people.get(surname) or self.people.get(surname.rsplit("-", 1)[-1])

    def organisation(self, noun: str, sentence: int, at: int | None = None) -> Mention | None:
        """The one organisation `the bank` can mean: the only one named within
        `DESCRIPTION_REACH` sentences whose name fits the noun (lexicon.ORGANISATION_NOUNS);
        `the firm` with none that fits is the organisation the article is about, unless
        another was named since (`_rival_since`; `at`: where the noun stands)."""
        fits = lexicon.ORGANISATION_NOUNS.get(noun.lower())
        if noun.lower() in _NAMED_BY_GROUP_WORDS and any(
            sentence - DESCRIPTION_REACH <= s <= sentence for s in self.groups
        ):
            # `The Liberal Democrats won ... the UK Independence Party came fourth ... the
            # party`: most parties go by a group word (typed NORP), not a name with `Party`
            return None
        introduced = self.of_trade(noun, sentence)
        if fits is None and not introduced:
            return None
        names = set(introduced) | {
            unowned(n)
            for n, s in self.organisations
            if sentence - DESCRIPTION_REACH <= s <= sentence and _fits(n, fits or frozenset())
        }
        if at is not None:  # `shares in the trust, which ... Dunmere Leisure Trust`: not it
            names -= self.named_only_after(sentence, at)
        names = _same_organisation(names)
        counted = [
            where
            for kind, where in self.several
            if kind == _kind(noun) and sentence - DESCRIPTION_REACH <= where <= sentence
        ]
        if counted and not self._singled_out(names, max(counted), sentence, at):
            return None  # `Both banks said ... Shares in the bank rose`: either
        lead = self._leading_organisation() if noun.lower() in _CORPORATE_NOUNS else set()
        if len(names) > 1 and lead and self._named_lately(lead, sentence):
            # `airline Acme ... rival carrier Beta ... Acme flies to 74 places. The firm`: the
            # firm the story is about, just named, over others of a business trade
            names = {n for n in names if any(same_firm(n, firm) for firm in lead)} or names
        if names and lead:
            # `X, an analyst at broker Beta, said`: a firm named only as where someone works is
            # no party to the story the firm it is about is
            names = {
                n
                for n in names
                if n not in self.employers_only or any(same_firm(n, firm) for firm in lead)
            }
        if names and lead and all(any(same_firm(n, firm) for firm in lead) for n in names):
            names = set()  # the firm the story is about, also called one: read as it (below)
        unsure = self._name_of_unsure_kind(sentence, besides=names)
        if names and noun.lower() in _CORPORATE_NOUNS and unsure:
            return None  # a company read as a person may be the one meant
        near = {n for n, s in self.organisations if sentence - 1 == s} | {
            n  # in this sentence, only before the noun: `the firm's network, which links X`
            for n, where, start, _ in self.named_in_order
            if where == sentence and (at is None or start < at)
        }
        # a public body is no firm, nor is a name that only said a firm's trade (`DIY retailer`)
        rivals = near & set(self.companies) - names - self.trade_words
        if (
            names
            and noun.lower() in _CORPORATE_NOUNS
            and any(not self.public_body(n) for n in rivals)
        ):
            return None  # `Acme outsold Beta Group ... the company`: any firm is a company
        if names and noun.lower() in _CORPORATE_NOUNS and self._lead_besides(names):
            return None  # `the firm` in a story about Acme, after `stockbroker Beta`: Acme
        if not names and noun.lower() in _CORPORATE_NOUNS:
            names = self._leading_organisation()
            if names and self._rival_since(names, sentence, at):
                return None  # `X took work from contractors including Y. The firm ...`: either
            names = names or self._only_business(sentence, at)
        if len(names) == 1:
            name = names.pop()
            if self.set_beside(name, sentence, firms_only=noun.lower() in _CORPORATE_NOUNS):
                return None  # `X agreed to buy Y. The company ...`: either
            if name.isupper() and name not in self.companies:
                return None  # `the agency` -> `US`: a country's initials are no agency
            if name in self.others_of_a_kind and name in introduced:
                return None  # `rival firm Beta ... the firm`: the story's own, unnamed so
            parts = {name.split(" (")[0], name.partition(" (")[2].rstrip(")")}
            where = tuple(s for n, s in self.organisations if unowned(n) in parts and s <= sentence)
            where = where or (introduced.get(name, sentence),)  # a firm typed a person
            return Mention(name, max(where), where)
        return None

    def named_only_after(self, sentence: int, at: int) -> set[str]:
        """The names this sentence gives only after token `at`, and no sentence before."""
        for name, where, start, _ in self.named_in_order[self._indexed_in_order :]:
            self._named_by_sentence.setdefault(where, []).append((unowned(name), start))
        self._indexed_in_order = len(self.named_in_order)
        here = self._named_by_sentence.get(sentence, [])
        before = {name for name, start in here if start < at}
        return {
            name
            for name, start in here
            if start >= at
            and name not in before
            and self._first_named_at.get(name, sentence) >= sentence
        }

    def _only_business(self, sentence: int, at: int | None) -> set[str]:
        """`the firm` when the article has so far (before `at` in this sentence) named one
        business, under one name or its shorter form (`Acme`, `Acme Freight`), and no public
        body counts, nor a name of unsure kind that may be another firm. An acronym may be a
        body or a newspaper told something (`told the BBC`): it is left alone."""
        named = {
            unowned(name)
            for name, where, start, organisation in self.named_in_order
            if organisation
            and sentence - DESCRIPTION_REACH <= where
            and (where < sentence or (where == sentence and at is not None and start < at))
        }
        business = lexicon.ORGANISATION_TRADES["firm"]
        kinds: dict[str, set[str]] = {}
        for name, noun, _ in self.trades:
            kinds.setdefault(name, set()).add(noun)
        firms = {
            n
            for n in named - self.trade_words
            if not self.public_body(n) and (n not in kinds or kinds[n] & business)
        }  # `pressure group X`, `the charity X`: no business
        if not firms or self._name_of_unsure_kind(sentence, besides=firms):
            return set()
        longest = max(firms, key=len)
        if longest.isupper() or not all(_one_name(n, longest) for n in firms):
            return set()
        last = max(s for n, s in self.organisations if _one_name(n, longest))
        since = range(sentence - DESCRIPTION_REACH, sentence + 1)
        if any(s in since for s in self.unknown_names) or any(
            last <= s <= sentence for s in self.unnamed_businesses
        ):
            return set()  # an untyped name, or `a chemical plant` since: another may be meant
        return {longest}

    def _singled_out(self, names: set[str], counted: int, sentence: int, at: int | None) -> bool:
        """`34 of 171 trusts missed it ... The worst, North Severn Trust, ... the trust`: a
        count of the kind said before the one name that fits was first given is the kind at
        large, not a set of named rivals, when nothing else was named since the count (before
        `at` in this sentence)."""
        if len(names) != 1:
            return False
        name = next(iter(names)).split(" (")[0]
        if any(
            _one_name(n, name) and counted - DESCRIPTION_REACH <= s <= counted
            for n, s in self.organisations
        ):
            return False  # named by the count or before it: one of those counted
        since = [
            entry
            for entry, where, start, _ in self.named_in_order
            if counted < where < sentence or (where == sentence and at is not None and start < at)
        ]
        return bool(since) and all(_one_name(n, name) for n in since)

    def of_trade(self, noun: str, sentence: int) -> dict[str, int]:
        """The names introduced, within `DESCRIPTION_REACH` sentences, by a noun of the trade
        `noun` names (lexicon.ORGANISATION_TRADES), each with the sentence that introduced
        it: `budget airline Acme` for `the carrier`, `engineering firm Acme` for `the
        company`. A public body, fund or union is no one's `the firm` (no_business)."""
        trade = lexicon.ORGANISATION_TRADES.get(noun.lower())
        if trade is None:
            return {}
        business = noun.lower() in lexicon.GENERIC_BUSINESS_NOUNS | {"group"}
        found: dict[str, int] = {}
        for name, kind, where in self.trades:
            in_reach = sentence - DESCRIPTION_REACH <= where <= sentence
            if kind in trade and in_reach and not (business and no_business(name)):
                found.setdefault(name, where)
        return found

    def business(self, noun: Token, sentence: int) -> Mention | None:
        """`Acme ... The web portal has ...`: a firm called by its trade (lexicon.BUSINESS_NOUNS)
        is the organisation the article is about (`_leading_organisation`) when that was the
        previous sentence's subject and no other organisation is named there, or before the
        noun here."""
        if noun.lemma_.lower() not in lexicon.BUSINESS_NOUNS or noun.tag_ != "NN":
            return None
        centre = self.subjects.get(sentence - 1)
        if centre is None or self._leading_organisation() != {centre}:
            return None
        if any(n != centre and s == sentence - 1 for n, s in self.organisations):
            return None
        if any(e.label_ in ("ORG", "GPE") and e.end <= noun.i for e in noun.doc.ents):
            return None
        if self._name_of_unsure_kind(sentence) or self.set_beside(centre, sentence):
            return None  # a company read as a person, or a deal's other side, may be meant
        return self.organisation_named(centre, sentence)

    def set_beside(self, name: str, sentence: int, *, firms_only: bool = False) -> bool:
        """Whether, within `DESCRIPTION_REACH` sentences, the article set this organisation
        beside another (a buyer and its target, a firm and its rival: deals.sides), so that a
        description of one could mean the other. With `firms_only`, a public body set beside
        it (`fined by the regulator`) does not count: `the company` never means that."""
        name = name.split(" (")[0]
        return any(
            sentence - DESCRIPTION_REACH <= where <= sentence
            and any(same_firm(name, n) for n in group)
            and any(
                not same_firm(name, n) and not (firms_only and self.public_body(n)) for n in group
            )
            for group, where in self.sides
        )

    def _name_of_unsure_kind(self, sentence: int, besides: set[str] | None = None) -> bool:
        """A name the recognizer called a person, of one word (or of three or more, none a
        known first name), never given a gendered title or pronoun, named within
        `DESCRIPTION_REACH` sentences: a company's name is often
        read so (`oil giant X`), and then `the firm` could mean it as well as the
        organisations typed as such. One of the names `besides` (the firm that would be
        given) is no other firm."""
        return any(
            # `Hollins Lane Homes` typed a person: three words, none a first name anyone has
            # (a one-word name anyone has as a first name, `Arthur`, is a person's)
            (
                (len(person.name.split()) == 1 and first_name_gender(person.name) is None)
                or _nameless_words(person.name)
            )
            and person.gender is None
            and any(sentence - DESCRIPTION_REACH <= s <= sentence for s in person.mentions)
            and not any(same_firm(person.name, n) for n in besides or ())
            # `Ferry firm to axe service`: a word only a headline capitalised is no firm's name
            and not self._only_headlined(person)
            for person in self.people.values()
        )

    def short_organisation(self, word: str, sentence: int) -> bool:
        """`Kingsmoor` after `Kingsmoor High School`: a one-word name that is, or begins, the
        name of an organisation the article gave by `sentence`, and is no person's name it
        gave (the recognizer often types such a word a person's)."""
        if word in self.people:
            return False
        names = [n.removeprefix("the ") for n, s in self.organisations if s <= sentence]
        return any(n == word or n.split()[0] == word for n in names)

    def organisation_named(self, name: str, sentence: int) -> Mention | None:
        """Where the article last named this organisation, by `sentence`."""
        named = [s for n, s in self.organisations if n == name and s <= sentence]
        return Mention(name, max(named)) if named else None

    def _leading_organisation(self) -> set[str]:
        """The organisation the article is about: named at least twice so far, and more often
        than any other (`the firm` in a story about one company); the lead's unnamed mention
        of the one the next sentence names counts (`A water company ...`)."""
        counts: dict[str, int] = {}
        for name in self.companies:
            counts[name] = counts.get(name, 0) + 1
        if self.lead_named in counts:  # the lead's `A water company` was a mention too
            counts[self.lead_named] += 1
        ranked = sorted(counts.items(), key=lambda item: -item[1])
        if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[1][1] < ranked[0][1]):
            leading = ranked[0][0]
            return set() if self.public_body(leading) else {leading}
        return set()

    def _named_lately(self, lead: set[str], sentence: int) -> bool:
        """Whether the organisation the article is about was named, or was the subject, in
        this sentence or the `REACH` before it."""
        near = range(sentence - REACH, sentence + 1)
        named = [unowned(n) for n, s in self.organisations if s in near]
        named += [self.subjects[s] for s in near if s in self.subjects]
        return any(_one_name(n, firm) for n in named for firm in lead)

    def _lead_besides(self, names: set[str]) -> bool:
        """Whether the organisation the article is about is none of `names`."""
        lead = self._leading_organisation()
        return bool(lead) and not any(same_firm(n, firm) for n in names for firm in lead)

    def public_body(self, name: str) -> bool:
        """`the Strategic Rail Authority (SRA)`, `the SRA`: a regulator, council, fund or union
        is no one's `the firm` (no_business); an acronym is judged by the name the article
        spelled out for it."""
        spelled = {name}
        for other, _ in self.organisations:
            long, short, initials = _short_forms(other)
            if short == name or initials == name:
                spelled.add(long)
        tied = {n for n, kind, _ in self.trades if kind in lexicon.NOT_A_BUSINESS_KINDS}
        return any(no_business(n) or n.removeprefix("The ") in tied for n in spelled)

    def _rival_since(self, leading: set[str], sentence: int, at: int | None) -> bool:
        """Whether, since the article last named the organisation it is about (in the
        sentence before or this one, before token `at`), it named another organisation or a
        one-word name of no known sex (a firm the recognizer may have read as a person:
        `contractors including Hale`): `the firm` may mean that one."""
        lead = next(iter(leading))
        near = [
            (name, organisation)
            for name, where, start, organisation in self.named_in_order
            if where == sentence - 1 or (where == sentence and at is not None and start < at)
        ]
        last = max((k for k, (name, _) in enumerate(near) if same_firm(name, lead)), default=-1)
        return any(
            organisation or self._of_unknown_sex(name) for name, organisation in near[last + 1 :]
        )

    def _of_unsure_kind_near(self, near: range, besides: str) -> bool:
        """A one-word name of no known sex (a firm perhaps), other than `besides`, named in
        the sentences `near`."""
        return any(
            len(person.name.split()) == 1
            and person.gender is None
            and not same_firm(person.name, besides)
            and any(s in near for s in person.mentions)
            for person in self.people.values()
        )

    def _of_unknown_sex(self, name: str) -> bool:
        person = self.people.get(name)
        return (
            person is not None
            and len(person.name.split()) == 1
            and person.gender is None
            and not person.titled
        )

    def subject_organisation(self, noun: Token, sentence: int) -> Mention | None:
        """`Acme Rail was fined. The company admitted ...`: `the company` (or `the firm`, `the
        group`) is the organisation that was the previous sentence's subject, when it is the
        only organisation the article has named (within `DESCRIPTION_REACH`) besides public
        bodies (no firm's name can mean a court or a council), was set beside no other, and
        no name of unsure kind (a firm the recognizer took for a person, or left untyped)
        could be meant instead.
        A noun a name must fit (`the agency`, lexicon.ORGANISATION_NOUNS) is that subject when
        its name fits and no other name in reach does."""
        noun_word = noun.lemma_.lower()
        corporate = noun_word in _CORPORATE_NOUNS
        fits = lexicon.ORGANISATION_NOUNS.get(noun_word)
        if noun.tag_ != "NN" or not (corporate or fits):
            return None
        centre = self.subjects.get(sentence - 1)
        if centre is None or centre not in self.companies:
            return None
        near = range(sentence - REACH, sentence + 1)
        known_firm = corporate and any(
            _one_name(centre, n)
            for n, kind, _ in self.trades
            if kind in lexicon.ORGANISATION_TRADES["firm"]
        )
        if corporate:  # a union just quoted is not `the company` the story is about
            if self.public_body(centre):
                return None
            # a firm the article called one, just the subject: others named far back, or
            # only as a modifier (`the Orbit browser`), are not meant
            since = near if known_firm else range(sentence - DESCRIPTION_REACH, sentence + 1)
            named = [(n, s) for n, s in self.organisations if s in since and s < sentence]
            named += [  # in this sentence, only before the noun (`... holes in Orbit`)
                (n, where)
                for n, where, start, _ in self.named_in_order
                if where == sentence and (start < noun.i or not known_firm)
            ]
            others = {
                n
                for n, s in named
                if n in self.companies
                and not self.public_body(n)
                and not (known_firm and (n, s) in self.modifying)
            }
        else:
            if not _fits(centre, fits or frozenset()):
                return None
            others = {  # any firm near, or any name that fits: `X Agency attacked Acme`
                n
                for n, s in self.organisations
                if s in near and (n in self.companies or _fits(n, fits or frozenset()))
            }
        unsure = any(s in near for s in self.unknown_names) or (
            self._of_unsure_kind_near(near, centre)
            if known_firm
            else self._name_of_unsure_kind(sentence)
        )
        if others - {centre} or unsure or self.set_beside(centre, sentence):
            return None
        if any(kind == _kind(noun_word) and s in near for kind, s in self.several):
            return None  # `the two firms`
        return self.organisation_named(centre, sentence)

    def organisation_subject(self, sentence: int, before: set[str]) -> Mention | None:
        """`it`: the organisation or country that was the previous sentence's subject, when no
        other is named in this sentence before the pronoun (`before`)."""
        centre = self.subjects.get(sentence - 1)
        is_person = centre is not None and surname_of(centre) in self.people
        if centre is None or (is_person and centre not in self.companies) or before - {centre}:
            return None
        known = [s for n, s in self.organisations if n == centre]
        return Mention(centre, max(known)) if known else None


def introduced_trades(doc: Doc) -> list[tuple[str, str]]:
    """The names a sentence introduces with a trade noun (lexicon.TRADE_NOUNS), each with the
    noun: before the name (`budget airline Acme`, `engineering firm Acme`, `the film Red Sky`),
    set beside it (`Acme, the carrier,`; `the lender, Acme,`; `X, a drama about ...`), or said
    of it (`Acme has become the first UK retailer`, `X is a charity`). A name may be untyped (a
    film's often is); an organisation's trade is never taken for a name typed otherwise than
    an organisation, a place or a person with no known first name or title (`train operator
    Wessex Coastal` is often typed a person; `crane operator Ann Lee` is one)."""
    found = []
    for noun in doc:
        lemma = noun.lemma_.lower()
        if lemma not in lexicon.TRADE_NOUNS:
            continue
        if noun.tag_ == "NN":
            partners = _named_partners(noun)
        elif noun.tag_ == "NNS" and (one := _one_of(noun)) is not None:
            partners = _named_partners(one)  # `Acme, one of the biggest retailers,`
        elif noun.tag_ == "NNS" and _plural_trade_before_name(noun):
            partners = [noun.head]  # `an analyst at stockbrokers Fenwick Cole`
        else:
            continue
        for partner in partners:
            name = _trade_name(partner, work=lemma in lexicon.WORK_TRADE_NOUNS)
            if name is not None:
                found.append((name, lemma))
    return found


def introduced_as_other(doc: Doc) -> set[str]:
    """The names a trade noun introduces as another of its kind (`rival firm Beta`, `another
    carrier, Acme`): the story's own firm is a different one, perhaps never so called."""
    named = set()
    for noun in doc:
        if noun.lemma_.lower() not in lexicon.TRADE_NOUNS or noun.tag_ != "NN":
            continue
        before = doc[noun.i - 1].lower_ if noun.i else ""
        lefts = {c.lower_ for c in noun.lefts}
        if before in lexicon.OTHER_MODIFIERS or lefts & lexicon.OTHER_MODIFIERS:
            named |= {
                name
                for partner in _named_partners(noun)
                if (name := _trade_name(partner, work=False)) is not None
            }
    return named


def _plural_trade_before_name(noun: Token) -> bool:
    """`at stockbrokers Fenwick Cole`, `solicitors Hale Berg`: a plural trade set right before
    one name, as the name's modifier, is the trade of the firm of that name (the partners'
    plural), never a list of people."""
    name = noun.head
    if noun.dep_ != "compound" or name.pos_ != "PROPN" or name.i < noun.i:
        return False
    between = noun.doc[noun.i + 1 : name.i]
    named = all(t.pos_ == "PROPN" and t.dep_ == "compound" and t.head.i == name.i for t in between)
    return named and not any(c.dep_ in ("conj", "cc") for c in name.children)


def _one_of(noun: Token) -> Token | None:
    """The `one` of `one of the biggest retailers`, from the plural noun."""
    preposition = noun.head
    if noun.dep_ != "pobj" or preposition.lower_ != "of" or preposition.head.lower_ != "one":
        return None
    return preposition.head


def _named_partners(noun: Token) -> list[Token]:
    """The proper nouns a trade noun is tied to: the name it modifies, its apposition (either
    way round), or the subject it is said of by `be`/`become` (not `is not`)."""
    partners = [c for c in noun.children if c.dep_ == "appos"]
    if noun.dep_ in ("compound", "appos"):
        partners.append(noun.head)
    verb = noun.head
    said = noun.dep_ == "attr" and verb.lemma_ in ("be", "become")
    if said and not any(c.dep_ == "neg" for c in verb.children):
        partners += [c for c in verb.children if c.dep_ == "nsubj"]
    return [p for p in partners if p.pos_ == "PROPN" or p.ent_type_ in _TRADED_LABELS]


def _trade_name(partner: Token, *, work: bool) -> str | None:
    """The name a proper noun stands in: its entity's words, or its run of proper nouns."""
    entity = next((e for e in partner.doc.ents if e.start <= partner.i < e.end), None)
    if entity is not None:
        allowed = _TRADED_LABELS if work else _ORGANISATION_LABELS | _MISTYPED_FIRM_LABELS
        if entity.label_ not in allowed or _named_person(entity):
            return None
        trade = [t for t in entity if t.i < partner.i and t.lemma_.lower() in lexicon.TRADE_NOUNS]
        if trade:  # `Budget airline Skyjet Airways` read as one name: the name is after the trade
            return entity.doc[trade[-1].i + 1 : entity.end].text
        return entity.text.removeprefix("the ")
    words = [partner]
    while (before := words[0].doc[words[0].i - 1] if words[0].i else None) is not None and (
        before.head.i == partner.i and before.dep_ == "compound" and before.pos_ == "PROPN"
    ):
        words.insert(0, before)
    first = words[0].doc[words[0].i - 1] if words[0].i else None
    if first is not None and first.text == "The" and first.head.i == partner.i:
        words.insert(0, first)  # `The Long Tide`: the article is the title's
    return " ".join(t.text for t in words)


def _names_a_trade(entity: Span) -> bool:
    """`DIY` in `DIY retailer Pembury Home`: a name the recognizer typed an organisation that
    only says which trade a firm's trade noun is."""
    head = entity.root.head
    return (
        entity.root.dep_ == "compound"
        and head.tag_ == "NN"
        and head.lemma_.lower() in lexicon.TRADE_NOUNS
    )


# Names a trade noun may introduce: a firm or a club is typed an organisation, a place, or a
# person more often than not; a film any of these or a work.
def _owned_product(entity: Span) -> bool:
    """`Its Whirlwar tops`, `Acme's Orbit browser`: a name that only says which of an owner's
    things a noun is (the owner's product or brand), never a firm `the company` could mean."""
    root = entity.root
    if root.dep_ != "compound" or root.head.pos_ != "NOUN":
        return False
    return any(c.dep_ == "poss" for c in root.head.children)


def _in_someones_description(entity: Span) -> bool:
    """`Ann Lee, an analyst at broker Beta,`: the name hangs, through nouns and prepositions
    only (no verb), on a person's name."""
    token = entity.root
    while token.dep_ in ("pobj", "prep", "appos", "compound") and token.head.i != token.i:
        token = token.head
        if token.ent_type_ == "PERSON" and not entity.start <= token.i < entity.end:
            return True
        if token.pos_ in ("VERB", "AUX"):
            return False
    return False


def _stands_as_place(entity: Span) -> bool:
    """`on Hollow Fell near the village of Dunby`: a name typed an organisation that stands
    where only a place can (with something `near` it, `near` or `outside` something, or the
    `of` of `the village`) is a place's, no firm's: never a rival for `the company`."""
    root = entity.root
    if any(c.dep_ == "prep" and c.lower_ == "near" for c in root.children):
        return True
    near = root.dep_ == "pobj" and root.head.lower_ in _ONLY_PLACE_PREPOSITIONS
    # `its site in Ashcombe`, `the two reactors at Ravensmoor`: where a workplace stands
    preposition = root.head
    sited = (
        root.dep_ == "pobj"
        and preposition.lower_ in ("in", "at")
        and preposition.head.lemma_.lower() in lexicon.WORKPLACE_NOUNS
    )
    return near or sited or _named_place(entity)


# Prepositions only a place can follow (`a barn outside Bristol`); not `in` or `at`, which an
# organisation may follow (`jobs at Acme`).
_ONLY_PLACE_PREPOSITIONS = frozenset({"near", "outside", "beyond"})


def _named_place(entity: Span) -> bool:
    """`the island of Skerra`: the name of a place of the kind the noun before `of` says
    (lexicon.PLACE_OF_NOUNS), whatever type the recognizer gave it."""
    preposition = entity.root.head
    if entity.root.dep_ != "pobj" or preposition.lower_ != "of":
        return False
    owner = preposition.head
    if owner.lower_ in lexicon.PLACE_PART_NOUNS:
        return True  # `on the edge of Dartmoor`
    return owner.lemma_.lower() in lexicon.PLACE_OF_NOUNS and owner.tag_ == "NN"


def _institution_named(entity: Span) -> bool:
    """A name whose last word is the noun for a kind of organisation that says so in its
    name (lexicon.ORGANISATION_NOUNS: `Airport`, `Hospital`, `Museum`)."""
    last = entity[-1].lower_
    return last in lexicon.ORGANISATION_NOUNS.get(last, frozenset())


_ORGANISATION_LABELS = frozenset({"ORG", "GPE", "PERSON"})
# `toy maker Halberd Games` typed an event, `carrier Skyway Express` a product: after a
# business's trade noun, still the firm's name
_MISTYPED_FIRM_LABELS = frozenset({"EVENT", "PRODUCT", "FAC"})
_TRADED_LABELS = _ORGANISATION_LABELS | {"WORK_OF_ART", "PRODUCT", "FAC", "EVENT"}


def _unnamed_business(token: Token) -> bool:
    """`a chemical plant`, `another firm`: a business the sentence brings in without a name
    (`X, a Leeds firm,` names it)."""
    if token.tag_ != "NN" or token.lemma_.lower() not in lexicon.UNNAMED_BUSINESS_NOUNS:
        return False
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in token.children)
    return indefinite and not _named_partners(token)


def _modifies_an_indefinite(entity: Span) -> bool:
    """`a Yorkshire haulage firm`: a one-word name modifying a noun with `a`/`an` before it
    says where or what the thing is; a name of one person or firm takes no indefinite."""
    if len(entity) != 1 or entity.root.dep_ != "compound":
        return False
    head = entity.root.head
    while head.dep_ == "compound" and head.head.i > head.i:  # `a Yorkshire haulage firm`
        head = head.head
    return head.tag_ == "NN" and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children
    )


def _named_person(entity: Span) -> bool:
    """A name typed a person that a first name or a title shows is one (`Ann Lee`, `Mr Lee`):
    `crane operator Ann Lee` introduces a person, not a firm."""
    if entity.label_ != "PERSON":
        return False
    first = entity[0].lower_.rstrip(".")
    before = entity.doc[entity.start - 1].lower_.rstrip(".") if entity.start else ""
    return first_name_gender(first) is not None or first in _TITLE_SET or before in _TITLE_SET


def demonym_person(token: Token) -> bool:
    """`the American`, `the Frenchman`, `the Liberal Democrat`: one person called by the
    nation or party they belong to (a singular group word after `the`); `the Liberal
    Democrats` is the party itself."""
    definite = any(c.lower_ == "the" and c.dep_ == "det" for c in token.children)
    if token.tag_ != "NNP" or not definite:
        return False
    others = [
        c for c in token.children if c.dep_ not in ("det", "compound", "relcl", "appos", "punct")
    ]
    if others or any(c.pos_ != "PROPN" for c in token.children if c.dep_ == "compound"):
        return False
    group = token.ent_type_ == "NORP"
    return group or (token.ent_type_ != "PERSON" and token.lower_.endswith(_DEMONYM_ENDINGS))


# `Frenchman`, `Scotswoman`: the recognizer may read a demonym noun as an organisation
_DEMONYM_ENDINGS = ("man", "woman")


def demonym_gender(token: Token) -> str | None:
    if token.lower_.endswith("woman"):
        return "f"
    return "m" if token.lower_.endswith("man") else None


def aged_person(token: Token) -> bool:
    """`the 29-year-old`: the `old` of a definite age standing for a person."""
    return states_an_age(token) and any(c.lower_ == "the" for c in token.children)


def states_an_age(token: Token) -> bool:
    """`29-year-old` (parsed `29 - year - old`): the `old` of an age in years."""
    if token.lower_ != "old":
        return False
    year = next((c for c in token.children if c.lower_ in ("year", "years")), None)
    return year is not None and any(c.like_num for c in year.children)


def object_without_antecedent(pronoun: Token, claim: set[int]) -> bool:
    """`Turkey has called on them to ...`: an object `them`/`him`/`her` with nothing in the
    claim before it that it could stand for (a plural noun for `them`, a person for `him`)."""
    if pronoun.dep_ not in ("dobj", "pobj", "dative") or pronoun.tag_ != "PRP":
        return False
    held = co_arguments(pronoun)  # `Universities should give them ...`: not the universities
    before = [pronoun.doc[i] for i in sorted(claim) if i < pronoun.i and i not in held]
    if pronoun.lower_ == "them":
        return not any(
            t.tag_ in ("NNS", "NNPS")
            or t.lower_ in ("they", "their")
            or (t.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "conj" for c in t.children))
            for t in before
        )
    if pronoun.lower_ in ("him", "her"):
        return not any(t.ent_type_ == "PERSON" or t.lower_ in _PERSON_PRONOUNS for t in before)
    return False


def clause_mate_organisation(pronoun: Token) -> Token | None:
    """`Acme is one of a few survivors, although it now faces rivals`: the organisation (or the
    `it`) that is the main clause's subject is the `it` of a clause it governs (`although`,
    `while`, `because` ...) when no name stands between them."""
    clause = pronoun.head
    if pronoun.lower_ != "it" or pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    if clause.dep_ != "advcl" or not any(c.dep_ == "mark" for c in clause.children):
        return None
    subject = next((c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i > pronoun.i:
        return None
    entity = next((e for e in pronoun.doc.ents if e.start <= subject.i < e.end), None)
    if subject.lower_ != "it" and (entity is None or entity.label_ != "ORG"):
        return None
    between = pronoun.doc[subject.i + 1 : pronoun.i]
    if any(t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "PERSON", "GPE") for t in between):
        return None
    return subject


# Letters after a name (`Jane Roe QC`, `Tom Hale MP`): not the surname people are known by.
_POST_NOMINALS = frozenset(
    {"QC", "KC", "MP", "MEP", "MSP", "AM", "OBE", "MBE", "CBE", "KBE", "Jr", "Sr"}
)


def _post_nominal(word: str) -> bool:
    return word.rstrip(".,") in _POST_NOMINALS


def surname_of(name: str) -> str:
    """The last word of a person's name that is not letters after it (`Jane Roe QC` -> Roe)."""
    words = [w for w in name.split() if not _post_nominal(w)] or name.split()
    return words[-1]


def _bare_surname(surname: Token, name: str) -> bool:
    """A person's surname with no given name before it, nor a name going on around it
    (`Tom Jones`, `Jones Day`); a title before it is fine (`Mr Jones`)."""
    if surname.pos_ != "PROPN" or surname.ent_type_ not in ("PERSON", ""):
        return False
    if surname.dep_ == "compound":
        return False
    doc = surname.doc
    before = doc[surname.i - 1] if surname.i > 0 else None
    titled = before is None or before.lower_.rstrip(".") in _TITLE_SET
    named_on = before is not None and (before.pos_ == "PROPN" or before.text in name.split())
    if not titled and (named_on or surname.ent_iob_ == "I"):
        return False
    after = doc[surname.i + 1] if surname.i + 1 < len(doc) else None
    return after is None or after.pos_ != "PROPN" or after.ent_type_ != surname.ent_type_


def _different_people(name: str, words: list[str]) -> bool:
    """`Marion Jones` and `Tim Jones`; not `Jones` and `Marion Jones`."""
    known = name.split()
    return (
        len(known) > 1
        and len(words) > 1
        and known[-len(words) :] != words
        and (words[-len(known) :] != known)
    )


def unowned(name: str) -> str:
    """`Bank of England's` -> `Bank of England`: the recognizer may take the possessive in."""
    return name.removesuffix("'s").removesuffix("’s").rstrip("'’")


def _one_name(name: str, other: str) -> bool:
    """`Acme`, `Acme Rail`, `The Acme Rail Trust's`: one organisation's names, as written at
    a sentence's start or in a possessive too (deals.same_firm)."""
    return same_firm(unowned(name).removeprefix("The "), unowned(other).removeprefix("The "))


def _kind_word_of(short: str, name: str) -> bool:
    """`Orchestra` of `The Dalesford Symphony Orchestra`: one word, the longer name's last."""
    words = unowned(name).split()
    return " " not in short and len(words) > 1 and words[-1] == short


def _same_organisation(names: set[str]) -> set[str]:
    """`International Monetary Fund` and `IMF` are one: the long name with its acronym; so
    are `Bank` (a headline's) and `Bank of England`, the one longer name it begins, and
    `Orchestra` (a headline's capitalised kind) and the one longer name it ends."""
    for short in sorted(names, key=len):
        longer = [
            n for n in names if n != short and (_one_name(short, n) or _kind_word_of(short, n))
        ]
        if len(longer) == 1:  # `X Trust` beside `The X Trust`: the form a sentence began with
            names = names - {short}
    acronyms = {n for n in names if n.isupper() and n.isalpha()}
    for acronym in acronyms:
        for name in names - acronyms:
            if _initials(name) == acronym:
                return (names - {acronym, name}) | {f"{name} ({acronym})"}
    return names


def _several_of_a_kind(doc: Doc) -> list[frozenset[str]]:
    """The kinds of organisation the sentence counts two or more of (`both banks`, `the two
    carriers`, `three firms`)."""
    kinds = []
    for token in doc:
        if token.tag_ != "NNS" or token.lemma_.lower() not in lexicon.ORGANISATION_NOUNS:
            continue
        counted = any(
            c.lower_ == "both" or (c.dep_ == "nummod" and c.lower_ not in ("one", "1"))
            for c in token.children
        )
        if counted:
            kinds.append(_kind(token.lemma_))
    return kinds


def _kind(noun: str) -> frozenset[str]:
    """What a noun for an organisation calls it: `carrier` and `airline` one kind, `firm`,
    `company` and `group` another."""
    if noun.lower() in _CORPORATE_NOUNS:
        return frozenset(_CORPORATE_NOUNS)
    return lexicon.ORGANISATION_NOUNS.get(noun.lower(), frozenset())


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def acronym_of(short: str, name: str) -> bool:
    """`MAIB` for `the Marine Accident Investigation Branch`: the same organisation."""
    short = short.removeprefix("the ")
    return short.isupper() and short.isalpha() and _initials(name.removeprefix("The ")) == short


@lru_cache(maxsize=4096)  # asked of every organisation so far, each time a name is judged
def _short_forms(name: str) -> tuple[str, str, str]:
    """`Strategic Rail Authority (SRA)`: the long name, the short form in brackets, and the
    long name's initials."""
    long, _, short = name.partition(" (")
    return long, short.rstrip(")"), _initials(long.removeprefix("The "))


def no_business(name: str) -> bool:
    """A public body, fund, union, party or the like (lexicon.NOT_A_BUSINESS_WORDS), which
    `the firm` or `the company` never means."""
    return any(word in lexicon.NOT_A_BUSINESS_WORDS for word in name.lower().split())


def names_written_with_the(sentences: list[Sentence]) -> set[str]:
    """The names the article writes with `the`: the recognizer took it into the name, or
    the `the` before it is the name's (the `the` of `the Acme factory` is the factory's)."""
    found = set()
    for sentence in sentences:
        if not sentence.parsed:
            continue
        for entity in sentence.doc.ents:
            first = sentence.doc[entity.start]
            before = sentence.doc[entity.start - 1] if entity.start else None
            if first.lower_ == "the" and entity.start <= first.head.i < entity.end:
                found.add(unowned(entity.text).removeprefix("the ").removeprefix("The "))
            elif before is not None and before.lower_ == "the" and before.head.i == entity.root.i:
                found.add(unowned(entity.text))
    return found


def of_another_kind(last_word: str, fits: frozenset[str]) -> bool:
    """A name ending in a noun for another kind of organisation (`University and College
    Union` for `the university`) is of that kind, whatever other words fit."""
    return last_word in lexicon.ORGANISATION_NOUNS and last_word not in fits


def name_fits(name: str, noun: str) -> bool:
    """Whether an organisation's name fits a noun for it (`Riggs Bank` for `bank`)."""
    fits = lexicon.ORGANISATION_NOUNS.get(noun.lower())
    return fits is not None and _fits(name, fits)


def name_says_kind(name: str, noun: str) -> bool:
    """Whether a word of the name says it is what the noun calls it (`Acme Bank` for `the
    bank`); unlike `name_fits`, letters alone (`the agency` -> `NTL`) do not."""
    fits = lexicon.ORGANISATION_NOUNS.get(noun.lower(), frozenset())
    return any(word in fits for word in name.lower().split())


_NAMED_BY_GROUP_WORDS = frozenset({"party"})


def _fits(name: str, fits: frozenset[str]) -> bool:
    name = unowned(name)  # `X District Council's committee`: the recognizer took the `'s` in
    words = name.lower().split()
    acronym = "ACRONYM" in fits and name.isupper() and 2 <= len(name) <= 6
    if words and of_another_kind(words[-1], fits):
        return acronym  # `the University and College Union` is a union, not `the university`
    return acronym or any(w in fits for w in words)


def _renamed_organisation(token: Token) -> bool:
    """`Orbix, the former Acme Mobile, said`: a one-word name the recognizer left untyped,
    set beside a name it typed an organisation, is that organisation's (new) name."""
    if token.pos_ != "PROPN" or token.ent_type_ or token.dep_ == "compound":
        return False
    if any(c.dep_ == "compound" for c in token.children):
        return False  # `Dunmere Orbix`: a longer name, perhaps a person's
    return any(c.dep_ == "appos" and c.ent_type_ == "ORG" for c in token.children)


def _proper_subject(token: Token) -> bool:
    """A proper noun that is a clause's subject (not a place: `Madrid is hot`)."""
    return (
        token.pos_ == "PROPN"
        and token.dep_ in ("nsubj", "nsubjpass")
        and token.ent_type_ not in ("GPE", "LOC", "NORP", "FAC")
        and token.lower_.rstrip(".") not in _TITLE_SET
    )


def _untyped_name(token: Token) -> bool:
    """A proper noun subject or possessor the entity recognizer gave no type: perhaps a person."""
    return (
        token.pos_ == "PROPN"
        and not token.ent_type_
        and token.dep_ in ("nsubj", "nsubjpass", "poss")
        and token.lower_.rstrip(".") not in _TITLE_SET
    )


_NAMED_ROLES = frozenset({"nsubj", "nsubjpass", "poss"})
_TITLE_SET = frozenset(t.rstrip(".") for t in lexicon.TITLES if " " not in t) | _MALE_TITLES


_DEICTIC_DAYS = frozenset(WEEKDAYS) | {"yesterday", "today", "tomorrow", "tonight"}
_DEICTIC_DETERMINERS = frozenset({"this", "last", "next", "past", "coming"})
_CALENDAR_UNITS = frozenset(
    {
        "week",
        "weekend",
        "month",
        "year",
        "quarter",
        "season",
        "summer",
        "autumn",
        "winter",
        "spring",
    }
)


def relative_date(token: Token) -> str | None:
    """`this week`, `last month`, `on Tuesday`, `the past four months`: the date expression that
    ends at `token` when it counts from the day the article was written (and names no year)."""
    if token.ent_type_ not in ("DATE", "TIME") or (
        token.i + 1 < len(token.doc) and token.doc[token.i + 1].ent_iob_ == "I"
    ):
        return None  # only the expression's last word speaks for it
    start = token.i
    while start > 0 and token.doc[start].ent_iob_ == "I":
        start -= 1
    words = token.doc[start : token.i + 1]
    while len(words) > 1 and words[-1].like_num and not words[-1].text.isdigit():
        words = words[:-1]  # `Last year two players ...`: the recognizer took the count in
    lower = [t.lower_ for t in words]
    if any(is_year(t.text) for t in words):
        return None  # `last year, 2004`, `Tuesday 4 May 2004`: a year anchors it
    counted = set(lower) & _DEICTIC_DETERMINERS and {w.rstrip("s") for w in lower} & _CALENDAR_UNITS
    if counted or set(lower) & _DEICTIC_DAYS:
        every_week = all(t.lower_ not in WEEKDAYS or days_of_the_week(t) for t in words)
        if every_week and not counted and not set(lower) & (_DEICTIC_DAYS - set(WEEKDAYS)):
            return None  # `from Wednesday to Sunday`, `Tuesday tickets`: every week's
        return words.text
    return None


_MONTH_OFFSETS = {"this month": 0, "last month": -1, "next month": 1}
_YEAR_OFFSETS = {"this year": 0, "last year": -1, "next year": 1}
_WEEK_OFFSETS = {"this week": 0, "last week": -1, "next week": 1}


def anchored_date(words: str, published: date) -> str | None:
    """The date a relative expression means on `published`: `yesterday` -> `31 Jan 2022`,
    `last month` -> `Jan 2022`. (Weekdays are read by their clause's tense:
    `weekdays.weekday_anchor`.)"""
    words = words.lower()
    if words in ("yesterday", "today"):
        return day_text(published - timedelta(days=1 if words == "yesterday" else 0))
    if words in _MONTH_OFFSETS:
        month = published.month - 1 + _MONTH_OFFSETS[words]
        return f"{calendar.month_abbr[month % 12 + 1]} {published.year + month // 12}"
    if words in _WEEK_OFFSETS:
        monday = published - timedelta(days=published.weekday() - 7 * _WEEK_OFFSETS[words])
        return f"week of {monday.day} {monday:%b %Y}"
    if words in _YEAR_OFFSETS:
        return str(published.year + _YEAR_OFFSETS[words])
    return None


def day_text(day: date) -> str:
    """How a date is written in a claim's brackets: `1 Feb 2022`."""
    return f"{day.day} {day:%b %Y}"


def _bare_capitalised(token: Token) -> bool:
    """`Yates told the BBC`: a known surname the tagger read as a common noun (it often does
    at the start of a sentence); capitalised, with no article of its own."""
    return (
        token.is_title
        and token.pos_ in ("NOUN", "ADJ")
        and not any(child.dep_ == "det" for child in token.children)
    )


def _as_written(words: list[str], entity: Span) -> str:
    """A person's name from its words, hyphens as the article wrote them (`Jean-Pierre`, not
    `Jean - Pierre`: the tokenizer splits a hyphenated first name in three)."""
    joined = " ".join(words)
    tight = joined.replace(" - ", "-")
    return tight if tight in entity.text else joined
