"""Stage 5 of the splitter: who or what a definite description means (see pipeline.py).

`DescriptionResolver.describe` gives `the firm`, `the general` or `The 29-year-old` the one
name the article has for it in reach (a role it gave a person, the person a description fits,
the organisation of that kind, the employer in a speaker's title, the business it is about),
brings in the words an earlier mention gave (`the industry` -> `the [UK film] industry`), and
otherwise asks which; `ask_which` asks without answering, for descriptions outside the claim's
subject; `name_organisation` names `the company` of a claim with no subject.

A collaborator object rather than another base class of `pipeline._Splitter`: what it reads is
handed to it when the article's pass begins (the sentences, the entity book, the studies'
authors, the employers in speakers' titles, the article's topic), and it calls nothing of the
splitter back. It writes only to the `replaced` and `sources` it is given and, when a name
takes a subject's place, to the entity book's record of each sentence's subject.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from factcheck.splitter import lexicon
from factcheck.splitter.antecedents import owned_by_described_subject, pronoun_gender
from factcheck.splitter.clauses import noun_phrase
from factcheck.splitter.clients import victims_of
from factcheck.splitter.context import (
    EntityBook,
    Mention,
    aged_person,
    name_says_kind,
    names_written_with_the,
    unowned,
)
from factcheck.splitter.descriptions import (
    ArticleTopic,
    earlier_description,
    frames_a_clause,
    fuller_from_the_lead,
    in_a_name,
    named_sector,
    names_a_figure,
    organisation_noun,
    over_and_over,
    own_people_of_subject,
    says_which,
)
from factcheck.splitter.document import body_sentences
from factcheck.splitter.employers import title_owners
from factcheck.splitter.epithets import no_one_else_named, only_person_before
from factcheck.splitter.events import StoryEvent, read_event
from factcheck.splitter.leading import LeadingThings, read_leading_things
from factcheck.splitter.referents import role_placed_elsewhere
from factcheck.splitter.regions import StoryRegion, council_area, read_story_region
from factcheck.splitter.tokens import (
    SUBJECTS,
    complementizer_as_determiner,
    governs,
    render,
    subject_of,
    subtree,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

    from factcheck.splitter.descriptions import Bracket
    from factcheck.splitter.document import Sentence
    from factcheck.splitter.employers import Employer
    from factcheck.splitter.studies import StudyAuthors


_NOUN_MODIFIERS = frozenset({"det", "amod", "compound", "nummod", "poss"})


class DescriptionResolver:
    """The names of one article's definite descriptions (see the module docstring)."""

    def __init__(
        self,
        sentences: list[Sentence],
        book: EntityBook,
        studies: StudyAuthors,
        employers: dict[str, Employer],
        topic: ArticleTopic,
        title: str | None = None,
    ) -> None:
        self.sentences = sentences
        self.book = book
        self.studies = studies
        self.employers = employers
        self.topic = topic
        self.title = title  # a file's `Title:` line, which the text leaves out

    def name_organisation(
        self,
        noun: Token,
        tokens: set[int],
        sentence: Sentence,
        replaced: dict[int, str],
        sources: list[str],
    ) -> None:
        """`the company` -> the one organisation that fits (`EntityBook.organisation`)."""
        lefts = [t for t in noun.lefts if t.i in tokens]
        if [t.lower_ for t in lefts] != ["the"] or noun.lemma_ not in lexicon.ORGANISATION_NOUNS:
            return
        found = self.book.organisation(noun.lower_, sentence.index, noun.i)
        if found is None:
            return
        replaced[lefts[0].i] = ""
        replaced[noun.i] = self._as_written(found.name)
        sources.extend(self.sentences[i].text for i in {found.sentence, *found.also})

    def _lead_subject(self, subject: Token, index: int) -> Mention | None:
        """`Pennock Cycles has been sold to a Dutch group.` then `The Birmingham firm, founded
        in 1921, ...`: a placed description opening the sentence right after the lead, as its
        main subject, tells more of the firm that was the lead's subject (the place says which
        of the deal's sides it is; epithet_contradicted still checks it)."""
        body = body_sentences(self.sentences)
        if len(body) < 2 or body[1].index != index or subject.head.dep_ != "ROOT":
            return None
        if subject.left_edge.i != 0:
            return None
        lead = body[0].doc
        root = next((t for t in lead if t.dep_ == "ROOT"), None)
        lead_subject = subject_of(root) if root is not None else None
        entity = next(
            (e for e in lead.ents if lead_subject is not None and e.root == lead_subject), None
        )
        name = entity.text.removeprefix("the ") if entity is not None else ""
        traded = self.book.of_trade(subject.lemma_, index)  # `X, one of the last bike makers`
        if not name or (name not in self.book.companies and name not in traded):
            return None
        return self.book.organisation_named(name, body[0].index)

    def _speakers_employer(self, noun: Token, speaker: str | None, index: int) -> Mention | None:
        """`the company` in the words of `Acme spokesman X`: Acme. Another kind (`the group`,
        `the charity`) only when the article tied the employer to that kind itself (`transport
        group Acme`), even beside another tied so."""
        kind = noun.lemma_.lower()
        if (
            speaker is None
            or kind not in lexicon.EMPLOYER_NOUNS | lexicon.ORGANISATION_TRADES.keys()
        ):
            return None
        employer = self.employers.get(speaker)  # a title's, or a spokesperson's
        if employer is None:
            return None
        business = kind in lexicon.EMPLOYER_NOUNS | lexicon.GENERIC_BUSINESS_NOUNS | {"group"}
        if business and self.book.public_body(employer.name):
            return None  # a regulator's director calls the firm it fined `the company`
        if kind not in lexicon.EMPLOYER_NOUNS and employer.name not in self.book.of_trade(
            kind, index
        ):
            return None
        return Mention(employer.name, employer.sentence)

    @cached_property
    def _title_owners(self) -> list[tuple[str, int]]:
        return title_owners(self.sentences)

    def _another_titled_organisation(
        self, noun: Token, found: Mention | None, index: int, speaker: str | None
    ) -> bool:
        """`Harlington's director of rugby said the club ...` where `the club` would be `French
        club X`, the one the article tied to the trade: a name owning a person's title so far
        (`Harlington chief executive Jo Bell`) is an organisation with people of its own,
        and, tied to no trade that rules it out, the description may mean it as well."""
        if found is None or not organisation_noun(noun.lemma_):
            return False
        employer = self.employers.get(speaker) if speaker else None
        if employer is not None and employer.name in found.name:
            return False  # the speaker's own organisation, as `_speakers_employer` found
        trade = lexicon.ORGANISATION_TRADES.get(noun.lemma_.lower(), frozenset({noun.lemma_}))
        for owner, where in self._title_owners:
            if where > index or owner in found.name.split() or self.book.public_body(owner):
                continue  # a regulator's director calls the firm it regulates `the company`
            tied = {kind for name, kind, _ in self.book.trades if owner in name.split()}
            if not tied or tied & trade:
                return True
        return False

    def _named_by_speaker(self, noun: Token, speaker: str | None) -> set[str]:
        """The organisations a speaker's own words name (`a Labour spokesman`, `a spokeswoman
        [for Acme]`), when the description is of an organisation."""
        kind = noun.lemma_.lower()
        if not speaker or kind not in lexicon.ORGANISATION_NOUNS.keys() | lexicon.EMPLOYER_NOUNS:
            return set()
        words = f" {speaker.replace('[', ' ').replace(']', ' ')} "
        named = {n for n in self.book.companies if f" {n} " in words}
        if kind in lexicon.EMPLOYER_NOUNS:  # a regulator's `the firm` is the one it regulates
            named = {n for n in named if not self.book.public_body(n)}
        return named

    def _named_in_sentence(self, noun: Token, sentence: Sentence) -> Mention | None:
        """`Analysts said Acme's results were strong but that the company faced rivals`: a
        subject `the company` (or `the firm`) is the one organisation its sentence names,
        outside quotation marks and before it, as the subject or owner of another clause, not
        one its own clause is subordinate to, and no public body (EntityBook.public_body)."""
        if noun.lemma_.lower() not in lexicon.EMPLOYER_NOUNS or noun.dep_ not in SUBJECTS:
            return None
        doc = sentence.doc
        named = [
            e
            for e in doc.ents
            if e.label_ in ("ORG", "PERSON", "GPE", "NORP") and e.start not in sentence.quoted
        ]
        organisations = [e for e in named if e.label_ == "ORG"]
        if len(organisations) != 1 or any(e.label_ == "PERSON" and len(e) == 1 for e in named):
            return None  # none, several, or a one-word name that may be a firm's
        entity = organisations[0]
        if entity.end > noun.i or entity.root.head == noun.head:
            return None  # named after it, or beside it in its own clause (`Acme bought the firm`)
        if entity.root.dep_ not in (*SUBJECTS, "poss"):
            return None  # `X told Acme that the company ...`: whom X spoke to is not the company
        name = unowned(entity.text.removeprefix("the "))
        if self.book.public_body(name):  # `the SRA` spelled out as an authority is one too
            return None  # `the Pension Fund ... because the firm collapsed`: a fund is no firm
        return Mention(name, sentence.index)  # `Acme Holdings'` -> `Acme Holdings`

    def describe(
        self,
        subject: Token,
        tokens: set[int],
        sentence: Sentence,
        replaced: dict[int, str],
        sources: list[str],
        speaker: str | None = None,
    ) -> list[str]:
        """`The firm` -> `The firm [Acme]` when one organisation is in reach, or in the words
        of a speaker whose title names one (`Acme spokesman X`); a definite description nothing
        resolves is noted."""
        if any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in subject.children):
            return []  # `The sport's ruling body, the IAAF, ...`: the claim names it
        if subject.dep_ in ("compound", "appos") and subject.head.pos_ == "PROPN":
            return []  # `the charity Age Forward`, `Acme, the retailer,`: the name is beside it
        if frames_a_clause(subject) or in_a_name(subject):
            return []  # `The reality is that C`; `the Kings Own Borderers` misread as a noun
        if named_sector(subject):
            return []  # `the music industry`
        if aged_person(subject):  # `The 29-year-old denies ...`
            return self._aged(subject, tokens, sentence, replaced, sources)
        possessor = next((c for c in subject.children if c.dep_ == "poss"), None)
        if possessor is not None and aged_person(possessor):  # `The 52-year-old's secretary`
            return self._aged(possessor, tokens, sentence, replaced, sources)
        if unnamed_epithet(subject):  # `The Frenchman won`: one of the people, never said who
            found = only_person_before(subject, sentence, self.sentences, self.book)
            if found is not None:  # `Acme signed Tom Hale. The Australian ...`: him
                own = noun_phrase(subject, tokens)
                self._put_name(found, subject, own, sentence.index, replaced, sources)
                return []
            modifiers = [c for c in subject.children if c.dep_ in _NOUN_MODIFIERS]
            end = max([subject.i, *(max(subtree(c)) for c in modifiers)])
            own = set(range(subject.left_edge.i, end + 1)) & tokens  # not its clause
            words = render(sentence.doc, sorted(own)).rstrip(".")
            return [f"who is '{words}'?"]
        if possessor is not None and possessor.pos_ == "NOUN":
            subject = possessor
        determiner = next((c for c in subject.children if c.dep_ == "det" and c.i in tokens), None)
        if subject.pos_ != "NOUN" or determiner is None:
            return []
        if determiner.lower_ not in ("the", "this", "these", "that", "those"):
            return []
        if complementizer_as_determiner(determiner):
            return []  # `said C and that money would be ...`: no money named before
        study = self.studies.of(subject, sentence.index)
        if study is not None:  # `The study found C` -> `The [X] study found C`
            replaced[subject.i] = study.around(subject)
            sources.append(self.sentences[study.sentence].text)
            return []
        # `The company, which employs 9,000 people,`: a clause set off by commas tells more of
        # the thing, not which one it is
        asides = [c for c in subject.rights if c.dep_ in ("relcl", "acl") and not says_which(c)]
        # `The rider, who won team pursuit silver at X,`: the parser may hang the clause's
        # object on the noun as an apposition; after a clause set off, it is still the clause's
        asides += [c for c in subject.rights if c.dep_ == "appos" and asides and c.i > asides[0].i]
        phrase = (subtree(subject) - {i for c in asides for i in subtree(c)}) & tokens
        doc = sentence.doc
        placed = placed_description(subject)
        if placed and subject.dep_ in SUBJECTS:  # `The Leeds-based carrier`: where, not which
            found = self.book.organisation(subject.lower_, sentence.index, subject.i)
            found = found or self._lead_subject(subject, sentence.index)
            if found is None or epithet_contradicted(
                subject, found.name, self.sentences, sentence.index, found.sentence
            ):
                return [f"which {subject.lower_}?"]
            self._put_name(
                found, subject, noun_phrase(subject, phrase), sentence.index, replaced, sources
            )
            return []
        if any(doc[i].pos_ in ("PROPN", "NUM") or doc[i].ent_type_ for i in phrase):
            # `The £290m runway`: a sum says how big, and the lead's runway may still be meant
            leading = self.leading_thing(subject, tokens, sentence)
            if leading is not None:
                replaced.update(leading.fill(subject))
                sources.append(self.sentences[leading.sentence].text)
            return []
        # in the claim: a clause split off says none
        if any(
            (c.dep_ in ("prep", "poss") or says_which(c)) and c.i in tokens
            for c in subject.children
        ):
            return []
        words = " ".join(doc[i].text for i in sorted(phrase) if doc[i].dep_ != "case")
        found = (
            self.book.role(words, sentence.index)
            or self._person_described(subject, sentence.index)
            # what a firm's spokesman calls `the company` is that firm, even after another one
            or self._speakers_employer(subject, speaker, sentence.index)
            or self.book.organisation(subject.lower_, sentence.index, subject.i)
            or self._named_in_sentence(subject, sentence)
            or self.book.business(subject, sentence.index)
            or self.book.subject_organisation(subject, sentence.index)
        )
        # `A Labour Party spokesman said the party ...`: the speaker's own organisation, when
        # its name says it is one; and never another (`a Labour spokesman`: not the Tories)
        speakers_own = self._named_by_speaker(subject, speaker)
        own = next(iter(speakers_own)) if len(speakers_own) == 1 else ""
        named_own = self.book.organisation_named(own, sentence.index) if own else None
        if named_own is not None and name_says_kind(own, subject.lower_):
            found = named_own
        elif found is not None and speakers_own and not any(n in found.name for n in speakers_own):
            return [f"which {subject.lower_}?"]
        if found is not None and _tier_contradicted(subject, found.name):
            kind = [c.lower_ for c in subject.lefts if c.dep_ in ("amod", "compound")]
            return [f"which {' '.join([*kind, subject.lower_])}?"]  # `which county council?`
        if found is not None and _subject_above(found.name, subject):
            return [f"which {subject.lower_}?"]  # `Acme lost because the firm ...`: another
        speakers_firm = self._speakers_employer(subject, speaker, sentence.index)
        own_firm = speakers_firm is not None and found is not None
        own_firm = own_firm and found.name == speakers_firm.name
        later = self.book.named_only_after(sentence.index, subject.i)
        if found is not None and not own_firm and unowned(found.name) in later:
            return [f"which {subject.lower_}?"]  # `shares in the trust, ... X Trust`: not X
        if found is not None and _where_it_stands(found.name, subject):
            return [f"which {subject.lower_}?"]  # `The company employs 38 staff in Derby`
        near = [s.doc for s in self.sentences[max(0, sentence.index - 2) : sentence.index + 1]]
        if found is not None and role_placed_elsewhere(subject, found.name, near):
            return [f"which {subject.lower_}?"]  # `an analyst at the firm` after `analysts at X`
        if self._another_titled_organisation(subject, found, sentence.index, speaker):
            return [f"which {subject.lower_}?"]  # `Harlington's director` ... `the club`
        if found is not None:  # its clause (`, which owns the line,`) stays the claim's
            own = noun_phrase(subject, phrase)
            self._put_name(found, subject, own, sentence.index, replaced, sources)
            return []
        if self.name_event(subject, sentence, replaced, sources):
            return []  # `the [Thornbridge and Wyle] by-election`
        earlier = earlier_description(
            subject, self.sentences, sentence.index, tokens, replaced.values()
        )
        leading = self.leading_thing(subject, tokens, sentence)
        if fuller_from_the_lead(leading, earlier) or self.lead_rival(subject, earlier, leading):
            earlier = None  # `the [hosepipe] ban [for households in X]`, not `the [hosepipe] ban`
        if earlier is not None:  # `the industry` -> `the [UK film] industry`
            added = earlier.besides(subject, tokens)
            if added is None:
                return []  # `the toy maker` after `a toy maker`: the claim says as much
            where = subject.i
            if added is not earlier:  # `the [Danish] toy maker`: before the words it shares
                own = [t.i for t in subject.lefts if t.dep_ in ("compound", "amod")]
                where = min(i for i in own if i in tokens)
            replaced.update(self.topic.owned(added, doc, tokens).fill(doc[where]))
            sources.append(self.sentences[earlier.sentence].text)
            return []
        if leading is not None:  # `the storm` -> `the storm [Cyclone Orla]`, the lead's
            replaced.update(leading.fill(subject))
            sources.append(self.sentences[leading.sentence].text)
            return []
        if self.name_region(subject, sentence, replaced, sources):
            return []  # `the [south-west England] region`
        if self.name_victims(subject, sentence, replaced, sources):
            return []  # `the victims [of Graham Pellow]`
        if subject.lemma_.lower() in lexicon.ONE_OF_A_KIND_NOUNS or names_a_figure(subject, tokens):
            return []  # `the internet`: there is only one; `5% ..., in London the figure is 24%`
        if own_people_of_subject(subject, tokens, replaced):
            return []  # `Acme adopted the name because the founders liked it`: Acme's
        return [f"which {subject.lower_}?"]

    @cached_property
    def _story_region(self) -> StoryRegion | None:
        return read_story_region(self.sentences)

    def name_victims(
        self, noun: Token, sentence: Sentence, replaced: dict[int, str], sources: list[str]
    ) -> bool:
        """`the victims` -> `the victims [of Graham Pellow]`, the one defendant's
        (clients.victims_of)."""
        found = victims_of(noun, self.sentences, sentence.index, self.book)
        if found is None:
            return False
        replaced[noun.i] = f"{noun.text} [of {found.name}]"
        sources.append(self.sentences[found.sentence].text)
        return True

    def name_region(
        self, noun: Token, sentence: Sentence, replaced: dict[int, str], sources: list[str]
    ) -> bool:
        """`the region` -> `the [south-west England] region`, the one the lead named
        (regions.py), unless the sentence names it before the noun; `the borough` -> `the
        borough [of Harbridge]`, the area of the one council of that tier named."""
        area = council_area(noun, self.book.organisations, sentence.index)
        if area is not None:  # `the borough` -> `the borough [of Harbridge]`
            replaced[noun.i] = f"{noun.text} {area}"
            named = area.removeprefix("[of ").removesuffix("]")
            sources += [s.text for s in self.sentences[: sentence.index + 1] if named in s.text][:1]
            return True
        region = self._story_region
        if noun.lemma_.lower() != "region" or region is None or sentence.index < region.sentence:
            return False
        if region.name in sentence.text[: noun.idx - sentence.doc[0].idx]:
            return False  # `Farmers in south-west England ... the region's buyers`: said
        replaced[noun.i] = f"[{region.name}] {noun.text}"
        sources.append(self.sentences[region.sentence].text)
        return True

    @cached_property
    def _event(self) -> StoryEvent | None:
        return read_event(self.sentences)

    def name_event(
        self, noun: Token, sentence: Sentence, replaced: dict[int, str], sources: list[str]
    ) -> bool:
        """`the by-election` -> `the [Thornbridge and Wyle] by-election`, the story's event
        (events.py), after the sentence that names it."""
        event = self._event
        named = event.names(noun) if event is not None else None
        if event is None or named is None or sentence.index <= event.sentence:
            return False
        replaced[noun.i] = named
        sources.append(self.sentences[event.sentence].text)
        return True

    @cached_property
    def _leading(self) -> LeadingThings:
        return read_leading_things(self.sentences, self.title)

    def leading_thing(self, noun: Token, tokens: set[int], sentence: Sentence) -> Bracket | None:
        """The words that say which of the lead's things a bare `the N` is (leading.py), unless
        the claim has them already."""
        if over_and_over(noun):
            return None  # `completed the race eight times`: not one edition of it
        found = self._leading.bracket(noun, self.sentences, sentence.index)
        if found is None or found.repeats(sentence.doc, tokens):
            return None
        return found

    def lead_rival(self, noun: Token, earlier: Bracket | None, leading: Bracket | None) -> bool:
        """`Tourists ... have been freed` ... `the release of six relatives` ... `the release`:
        the lead introduced a thing the bare description may mean, and the nearest earlier
        mention is another one told since; with two in reach, which one is asked. A name told
        since (`the tanker Nordvik Spirit`) is what the story calls the lead's own."""
        if earlier is None or leading is not None:
            return False
        if all(word[:1].isupper() for word in earlier.words.split()):
            return False
        return self._leading.introduced(noun, earlier.sentence)

    def ask_which(
        self, noun: Token, tokens: set[int], sentence: Sentence, speaker: str | None
    ) -> list[str]:
        """`describe`'s question for a description outside the claim's subject, asked and
        never answered here: a name it would put in is asked about instead."""
        found: dict[int, str] = {}
        asked = self.describe(noun, tokens, sentence, found, [], speaker)
        named = any(words and "[" not in words for words in found.values())
        return asked or ([f"which {noun.lower_}?"] if named else [])

    def _put_name(
        self,
        found: Mention,
        subject: Token,
        phrase: set[int],
        index: int,
        replaced: dict[int, str],
        sources: list[str],
    ) -> None:
        """The description's words give way to the name (`the general` -> `Ana Silva`)."""
        case = next((c for c in subject.children if c.dep_ == "case"), None)
        named = sorted(phrase - ({case.i} if case is not None else set()))
        if subject.lemma_.lower() in lexicon.WORK_TRADE_NOUNS:  # `the film [The Long Tide]`
            replaced[subject.i] = f"{subject.text} [{found.name}]"
            named = []
        for i in named:
            replaced[i] = ""
        if named:
            replaced[named[0]] = self._as_written(found.name)
        plural_name = found.name.endswith("s") and not found.name.endswith("ss")
        if named and case is not None and case.text == "'s" and plural_name:
            replaced[case.i] = "'"  # `the club's track` -> `Kirkstall Harriers' track`
        sources.extend(self.sentences[i].text for i in {found.sentence, *found.also})
        person = self.book.person_named(found.name)
        if person is not None:  # `the general` -> the name in full, where it was given
            sources.append(self.sentences[person.introduced].text)
        if subject.dep_ in SUBJECTS:
            self.book.note_subject(index, found.name)

    def _as_written(self, name: str) -> str:
        """`the Bank` -> `the Bank of England` when the article writes the name with `the`
        (never `pressure on Bank of England's committee`); `Acme` stays bare."""
        return f"the {name}" if name in self._names_with_the else name

    @cached_property
    def _names_with_the(self) -> set[str]:
        return names_written_with_the(self.sentences)

    def _person_described(self, subject: Token, index: int) -> Mention | None:
        """EntityBook.described, unless a his/her the description owns in its clause (`The
        29-year-old will defend her title`) disagrees with that person's known gender."""
        found = self.book.described(subject, index)
        person = self.book.person_named(found.name) if found is not None else None
        if person is None or person.gender is None:
            return found
        owned = [t for t in subject.doc if t.i > subject.i and owned_by_described_subject(t)]
        if any(pronoun_gender(t.text) != person.gender for t in owned):
            return None
        return found

    def _aged(
        self,
        subject: Token,
        tokens: set[int],
        sentence: Sentence,
        replaced: dict[int, str],
        sources: list[str],
    ) -> list[str]:
        """`The 29-year-old` -> the person the sentence before was about, or asked who. Only
        the description gives way: its relative clause (`, who won X,`) is what the claim says."""
        phrase = noun_phrase(subject, tokens)
        found = self._person_described(subject, sentence.index)
        if found is not None and not no_one_else_named(
            found.name, subject, sentence, self.sentences, untyped_only=True
        ):
            found = None  # `Tom Hale lost to the Dutchman Jan Smit`: Smit, untyped, may be meant
        found = found or only_person_before(subject, sentence, self.sentences, self.book)
        if found is not None:
            self._put_name(found, subject, phrase, sentence.index, replaced, sources)
            return []
        named = [i for i in sorted(phrase) if sentence.doc[i].dep_ != "case"]  # not its `'s`
        return [f"who is '{render(sentence.doc, named).rstrip('.')}'?"]


def placed_description(noun: Token) -> bool:
    """`the Leeds-based carrier`, `the German-owned firm`, `the Swiss firm`: a description
    that says only where a firm is based or who owns it, which names no firm
    (lexicon.ORGANISATION_NOUNS) nor trade (lexicon.ORGANISATION_TRADES)."""
    if noun.lemma_.lower() not in lexicon.ORGANISATION_NOUNS.keys() | lexicon.ORGANISATION_TRADES:
        return False
    modifiers = [c for c in noun.children if c.dep_ not in ("det", "punct") and not _aside(c)]
    if len(modifiers) == 1 and _place_name_modifier(modifiers[0]):
        return True  # `the Birmingham firm`
    if len(modifiers) != 1 or modifiers[0].dep_ != "amod":
        return False
    modifier = modifiers[0]
    return modifier.lower_ in lexicon.PLACING_PARTICIPLES or (
        modifier.ent_type_ == "NORP" and not list(modifier.children)
    )


def _where_it_stands(name: str, subject: Token) -> bool:
    """The name is where the subject's own object is (`The company employs 38 staff in
    Derby`, `has 40 stores in Derby`): a place there, however the recognizer typed it, and
    so not the subject."""
    verb = subject.head
    objects = {c.i for c in verb.children if c.dep_ in ("dobj", "attr")}
    return any(
        e.text.removeprefix("the ") == name
        and e.root.dep_ == "pobj"
        and e.root.head.lower_ in ("in", "across", "throughout", "near", "outside")
        and e.root.head.head.i in objects
        for e in subject.doc.ents
    )


def _aside(modifier: Token) -> bool:
    """`, founded in 1921 by X,`: a clause set off by a comma tells more, not which."""
    start = modifier.left_edge.i
    return (
        modifier.dep_ in ("acl", "relcl", "appos")
        and start > 0
        and modifier.doc[start - 1].text == ","
    )


def _place_name_modifier(modifier: Token) -> bool:
    """`Birmingham` of `the Birmingham firm`: a one-word place name set before the noun."""
    return (
        modifier.dep_ == "compound"
        and modifier.ent_type_ == "GPE"
        and modifier.ent_iob_ == "B"
        and not list(modifier.children)
        and (modifier.i + 1 >= len(modifier.doc) or modifier.doc[modifier.i + 1].ent_iob_ != "I")
    )


def _epithet(noun: Token) -> str:
    """The place or nation of a placed description: `German` of `the German-owned firm`,
    `Swiss` of `the Swiss firm`."""
    modifier = next((c for c in noun.children if c.dep_ == "amod" or _place_name_modifier(c)), None)
    if modifier is None:
        return ""
    before = [t for t in modifier.subtree if t.i < modifier.i and t.is_alpha]
    return (before[0] if before else modifier).lower_


def epithet_contradicted(
    noun: Token, name: str, sentences: list[Sentence], index: int, since: int
) -> bool:
    """`US carmaker Acme Motors ... The Japanese firm`, `Acme ... a stake in a French chain.
    The French firm`: the article gave the organisation another place or nation, or brought
    in an unnamed organisation since it named it; the description may mean another. A place
    that owns a ranking (`Acme, the UK's sixth-largest bank`) is where the firm is ranked, not
    where it is based, and so no other place for `the Leeds-based bank`; a nation still is
    (`Germany's biggest bank` is no `French bank`)."""
    epithet = _epithet(noun)
    placed = any(
        c.dep_ == "amod" and c.lower_ in lexicon.PLACING_PARTICIPLES for c in noun.children
    )
    # `the Birmingham firm`: a town is in a country, so only another town set on the firm the
    # same way (`Leeds firm Acme`, `Leeds-based Acme`) says it is based elsewhere
    in_town = any(_place_name_modifier(c) for c in noun.children)
    first = name.split()[0]
    for sentence in sentences[since : index + 1]:
        doc = sentence.doc
        for token in doc:
            if sentence.index == index and token.i >= noun.i:
                break
            if (
                token.lemma_.lower() in lexicon.ORGANISATION_NOUNS
                and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children)
                and token.dep_ not in ("appos", "attr")
            ):
                return True
        for token in doc:
            if token.text != first:
                continue
            root = token
            while root.dep_ in ("compound", "flat") and root.head.pos_ == "PROPN":
                root = root.head
            named = {t.i for t in root.subtree if t.text in name.split()}
            if any(
                t.ent_type_ in ("NORP", "GPE")
                and t.lower_ != epithet
                and t.i not in named
                and not (placed and _ranking_scope(t))
                and not (in_town and not _placing_a_firm(t))
                for t in root.subtree
            ):
                return True
    return False


def _placing_a_firm(place: Token) -> bool:
    """`Leeds firm X`, `Leeds-based X`, `X, based in Leeds,`: a place said to be the firm's
    base, not one it works in (`one of the last makers in Britain`)."""
    if place.dep_ in ("compound", "amod", "npadvmod"):
        return True
    based = place.head.head if place.dep_ == "pobj" else None
    return based is not None and based.lower_ in ("based", "headquartered")


def _ranking_scope(place: Token) -> bool:
    """`the UK's sixth-largest bank`: a place that owns a noun ranked by a superlative."""
    owned = place.head if place.dep_ == "poss" else None
    if owned is None and place.head.dep_ == "poss":  # `the United States'`: the name's last word
        owned = place.head.head
    return owned is not None and any(c.dep_ == "amod" and c.tag_ == "JJS" for c in owned.children)


def unnamed_epithet(subject: Token) -> bool:
    """`The Frenchman`, `The American`, `the British number one`: a person called by a
    nationality or a ranking, whom the entity recognizer typed a group or a number, so that
    nothing else asks who is meant. A group (`the Democrats`) is named, not described."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
        return False
    if subject.ent_type_ == "NORP" and subject.tag_ == "NNP":
        return not any(c.dep_ in ("compound", "appos") for c in subject.children)
    if subject.like_num:  # `the British number one`
        return any(c.dep_ == "compound" and c.lower_ == "number" for c in subject.children)
    return subject.lower_ == "number" and any(  # `the world number three`
        c.dep_ == "nummod" and c.like_num for c in subject.children
    )


_TIERS = frozenset(
    {"county", "town", "city", "district", "borough", "parish", "village", "community",
     "metropolitan", "regional", "national", "state", "federal", "crown", "magistrates",
     "high", "supreme", "appeal"}
)  # fmt: skip


def _tier_contradicted(noun: Token, name: str) -> bool:
    """`The county council` is no `Trefaen Town Council`, nor `the crown court` a magistrates'
    one: the description's tier word is not the name's, which has another."""
    said = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound")} & _TIERS
    named = {w.lower().rstrip("'s").rstrip("'") for w in name.split()} & _TIERS
    return bool(said and named and not said & named)


def _subject_above(name: str, noun: Token) -> bool:
    """`Acme lost the contract because the company missed deadlines`: the organisation is the
    subject of a clause the description's own clause hangs under. Had the writer meant it
    again, `it` would say so; a description there points to another organisation."""
    if noun.dep_ not in SUBJECTS:
        return False
    return any(
        e.label_ == "ORG"
        and e.text.removeprefix("the ").startswith(name.split(" (")[0])
        and e.root.dep_ in SUBJECTS
        and governs(e.root.head, noun.head)
        for e in noun.doc.ents
    )
