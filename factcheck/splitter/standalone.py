"""Stage 5 of the splitter: a claim that stands alone (see pipeline.py's docstring).

`StandAlone.draft` turns a clause's tokens into a claim's words: each pronoun, definite
description, first name or surname alone, relative pronoun, relative date and stand-in
(`the two`, `each`) takes the name, thing or date the article gives it when one reading
fits (`pronouns`, `definites`, `scopes`, `stand_ins`, `context.EntityBook`), and what it
cannot resolve is asked about in the claim's notes, never guessed.

A collaborator object rather than a method of `pipeline._Splitter`: it is handed what it
reads when the article's pass begins (the sentences, the entity book, the topic, the studies'
authors, the publication date, the pronoun and description resolvers) and calls nothing of
the splitter back. The one speaker decision made on a clause (`The union accused X of ...`:
the union speaks) stays with the splitter, which hands this stage the voice.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.splitter import lexicon
from factcheck.splitter.clauses import (
    antecedent_in_doubt,
    contrasted_person,
    inserted_copulas,
    noun_phrase,
    restored_possessions,
)
from factcheck.splitter.clients import client_of_defender
from factcheck.splitter.context import (
    anchored_date,
    clause_mate_organisation,
    day_text,
    object_without_antecedent,
    relative_date,
)
from factcheck.splitter.counted_kinds import counted_kind
from factcheck.splitter.deictic_places import ArticlePlaces
from factcheck.splitter.descriptions import (
    alternative_to_what,
    earlier_description,
    fuller_from_the_lead,
    group_words,
    named_before_as_kind,
    named_before_in_claim,
    owned_scope,
    plural_antecedent,
    points_back,
    points_to_a_place,
    says_which,
    stands_for_earlier_things,
)
from factcheck.splitter.drafts import Draft
from factcheck.splitter.employers import bare_titled_people, body_titled_people
from factcheck.splitter.events import contest_left_out, event_bracket, read_event
from factcheck.splitter.fronted import reordered
from factcheck.splitter.implicit import (
    implicit_questions,
    nothing_before_it_could_mean,
    ranked_business,
)
from factcheck.splitter.lead_names import LeadNamer
from factcheck.splitter.openers import partitive_set, unresolved_opener
from factcheck.splitter.organisation_voice import (
    bodys_officer,
    officers_organisation,
    reported_it,
    speakers_organisation,
    spokespersons_it,
    we_named,
)
from factcheck.splitter.periods import owner_bracket, period_bracket, read_period, the_period
from factcheck.splitter.pronouns import expletive, standing_in
from factcheck.splitter.scopes import topic_context
from factcheck.splitter.situations import may_mean_what_happened
from factcheck.splitter.stand_ins import (
    both_named,
    conjunct_thing,
    counted_owner,
    each_of_pair,
    listed_examples,
    owners_rival,
    people_counted,
    people_they,
    ranked_firm,
)
from factcheck.splitter.story_organisation import (
    read_story_organisation,
    story_organisation_bracket,
)
from factcheck.splitter.tokens import (
    SUBJECTS,
    complementizer_as_subject,
    is_verbal,
    render,
    subject_of,
    subtree,
)
from factcheck.splitter.told_before import unnamed_descriptions
from factcheck.splitter.unbound_pronouns import addressed_you
from factcheck.splitter.weekdays import (
    MONTHS,
    SEASONS,
    WEEKDAYS,
    dated_beside,
    days_of_the_week,
    month_year,
    names_a_date,
    season_year,
    weekday_anchor,
)
from factcheck.splitter.wheres import placed_where

if TYPE_CHECKING:
    from datetime import date

    from spacy.tokens import Doc, Token

    from factcheck.splitter.context import EntityBook
    from factcheck.splitter.definites import DescriptionResolver
    from factcheck.splitter.descriptions import ArticleTopic
    from factcheck.splitter.document import Sentence
    from factcheck.splitter.pronouns import PronounResolver
    from factcheck.splitter.speakers import Voice
    from factcheck.splitter.studies import StudyAuthors


PRONOUNS = frozenset({"he", "him", "his", "she", "her", "it", "its", "they", "them", "their"})
PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her"})
# a noun that may mean a firm (`the firm`) or one of a trade (`the club`, `the film`)
_ORGANISATION_WORDS = frozenset(lexicon.ORGANISATION_NOUNS.keys() | lexicon.ORGANISATION_TRADES)


class StandAlone:
    """Stage 5 for one article's claims, read in order (see the module docstring)."""

    def __init__(
        self,
        sentences: list[Sentence],
        book: EntityBook,
        topic: ArticleTopic,
        studies: StudyAuthors,
        published: date | None,
        pronouns: PronounResolver,
        descriptions: DescriptionResolver,
    ) -> None:
        self.sentences = sentences
        self.book = book
        # every name the article types an organisation, for a title that names one first
        self.typed_organisations = frozenset(
            entity.text.removeprefix("the ")
            for sentence in sentences
            if sentence.parsed
            for entity in sentence.doc.ents
            if entity.label_ == "ORG"
        )
        self.bare_titled = bare_titled_people(sentences)
        self.body_titled = body_titled_people(sentences)
        self.places = ArticlePlaces(sentences)
        self.topic = topic
        self.period = read_period(sentences)
        self.event = read_event(sentences)
        self.studies = studies
        self.published = published
        self.pronouns = pronouns
        self.descriptions = descriptions
        self.lead_names = LeadNamer(sentences)
        lead = self.lead_names.lead
        organisation = lead if lead is not None and lead.organisation else None
        self.story_organisation = read_story_organisation(sentences, organisation)
        if organisation is not None:  # `A water company [X]`: the lead speaks of X
            book.note_lead_name(organisation.name, organisation.named_in)

    def draft(self, tokens: set[int], voice: Voice, sentence: Sentence) -> Draft:
        """The claim made of `tokens` in `voice`, its references resolved or flagged."""
        doc = sentence.doc
        replaced: dict[int, str] = {}
        sources: list[str] = list(voice.sources)
        notes: list[str] = [voice.note] if voice.note else []
        named_in_claim: list[str] = []
        self._officer_of(voice.speaker)
        # a quotation mark before the first word does not make `"That is ...` a later `that`
        opening = next((i for i in sorted(tokens) if not doc[i].is_punct), 0)
        for i in sorted(tokens):
            token = doc[i]
            # the recognizer may type a known surname otherwise, or not at all (`Hale is
            # expected to play his last game`): the claim still names him, so a he/his is
            # left as written
            if token.text[:1].isupper() and token.text in self.book.people:
                named_in_claim.append(self.book.people[token.text].name)
            if (addressed := addressed_you(token, sentence.quoted)) and addressed not in notes:
                notes.append(addressed)  # `"You betrayed colleagues"`: said to whom?
            if token.tag_ in ("PRP", "PRP$") and token.lower_ in PRONOUNS | {"my"}:
                client = client_of_defender(
                    token, voice.speaker, self.sentences, sentence.index, self.book
                )
                if client is not None and token.head.i in tokens:  # `his client` -> the accused
                    replaced[i], replaced[token.head.i] = client.name, ""
                    sources.append(self.sentences[client.sentence].text)
                    named_in_claim.append(client.name)  # `... of what he had done`: the client
                    continue
                if token.lower_ == "my":
                    continue
                if len(set(named_in_claim)) == 1 and token.lower_ in PERSON_PRONOUNS:
                    continue  # `X will try to leverage his position`: the claim names him
                person = contrasted_person(token)
                if person is not None and person.i not in tokens:  # `, although she ...`
                    replaced[i] = render(doc, noun_phrase(person, set(range(len(doc))))).rstrip(".")
                    continue
                # `Acme is ..., although it faces ...`: the claim says who (or asks it once)
                if (mate := clause_mate_organisation(token)) is not None and mate.i in tokens:
                    continue
                if mate is not None and mate.lower_ == "it" and not expletive(mate):
                    # `It is ..., although it faces ...` split in two: the second `it` is
                    # what the first is, or as unsure
                    notes += self.pronouns.like_the_first_it(
                        token, mate, voice, sentence, replaced, sources
                    )
                    continue
                if reported_it(token, voice.speaker, self.book, tokens) and not expletive(token):
                    if self.pronouns.thing_before(token, sentence):
                        # `The X browser grew fast. Acme says it now has 6%`: either
                        notes.append(f"what does '{token.text}' stand for?")
                        continue
                    replaced[i] = (  # `Acme said it had ...`
                        self.pronouns.as_called(voice.speaker) if voice.speaker else token.text
                    )
                    continue
                spoken_for = self._spokespersons_body(voice.speaker)
                if (
                    spoken_for is not None
                    and i not in sentence.quoted
                    and not expletive(token)
                    and spokespersons_it(token, tokens)
                ):  # `a council spokesperson said it had`
                    replaced[i] = self.pronouns.as_called(spoken_for)
                    continue
                plain = not expletive(token) and not may_mean_what_happened(token, tokens)
                if plain and (thing := conjunct_thing(token, tokens)) is not None:
                    replaced[i] = standing_in(thing, token)  # `X fits and it can be ...`
                    continue
                note = self.pronouns.resolve(token, voice, sentence, replaced, sources, tokens)
                group = plural_antecedent(token, sentence.quoted) if note else None
                if group is not None:  # `few women worked in X, but they made up ...`
                    note = None
                    if group.i not in tokens:
                        replaced[i] = self._group_words(group, tokens, sentence, sources)
                people = people_they(token, self.sentences, sentence.index) if note else None
                if people is not None and i not in sentence.quoted:  # `A and B met. They ...`
                    note, replaced[i] = None, people.words
                    sources.append(self.sentences[people.sentence].text)
                if not note and i not in replaced and object_without_antecedent(token, tokens):
                    note = f"who is '{token.text}'?"  # `X has called on them to ...`
                if (
                    note
                    and i not in replaced
                    and (
                        named_before_in_claim(token, tokens)
                        or self._one_organisation_before(token, tokens, sentence.index)
                    )
                ):
                    note = None  # `When X announced a plan it drew ...`: the claim holds it
                if note:
                    notes.append(note)
                elif i in replaced and self.book.person_named(replaced[i]) is not None:
                    named_in_claim.append(replaced[i])
            elif token.lower_ == "who" and i == min(tokens) and _relative_head(token) is None:
                notes.append(f"who is '{token.text}'?")  # `38 staff in Derby, who ...`
            elif _relative_head(token) is not None and i == min(tokens):
                head_noun = _relative_head(token)
                assert head_noun is not None
                study = self.studies.of(head_noun, sentence.index)
                named = {head_noun.i: study.around(head_noun)} if study is not None else {}
                everything = set(range(len(doc)))  # `The study, which claims` -> `The [X] study`
                phrase = render(doc, noun_phrase(head_noun, everything), named).rstrip(".")
                replaced[i] = f"{phrase}'s" if token.lower_ == "whose" else phrase
                if study is not None:
                    sources.append(self.sentences[study.sentence].text)
            elif token.lower_ in ("that", "this") and token.dep_ in SUBJECTS and i > opening:
                if token.lower_ == "this" and nothing_before_it_could_mean(token, tokens):
                    notes.append(f"what is '{token.text}'?")  # `I hope this sends a message`
            elif complementizer_as_subject(token):
                continue  # `found that kittiwakes raised`: a `that` read as a subject joins
            elif token.lower_ in ("that", "this", "these") and token.dep_ in SUBJECTS:
                notes.append(f"what is '{token.text}'?")
            elif stands_for_earlier_things(token):  # `merging these into one`
                notes.append(f"what are '{token.text}'?")
            elif (place := self.places.there_place(token, tokens, sentence)) is not None:
                replaced[i] = place.after(token.text)  # `worked there [in Kelby]`
                sources.append(self.sentences[place.sentence].text)
            elif points_to_a_place(token, tokens):  # `advertising here`
                notes.append(f"where is '{token.text}'?")
            elif (person := self.book.given_names(token, sentence.index)) is not None:
                given = person.name.removesuffix(token.text).strip()
                replaced[i] = f"[{given}] {token.text}"  # `Conte` -> `[Victor] Conte`
                sources.append(self.sentences[person.introduced].text)
            elif (person := self.book.first_name_of(token, sentence.index)) is not None:
                replaced[i] = f"{token.text} [{person.surname}]"  # `Marion` -> `Marion [Jones]`
                named_in_claim.append(person.name)
                sources.append(self.sentences[person.introduced].text)
            elif self.book.shared_surname(token):
                notes.append(f"which {token.text}?")
            elif self.published and names_a_date(token):
                anchor = self._anchor(token)
                if anchor and i + 1 in tokens and doc[i + 1].tag_ == "POS":
                    replaced[i + 1] = f"{doc[i + 1].text} [{anchor}]"  # `Saturday's [15 Jan]`
                elif anchor:
                    replaced[i] = f"{token.text} [{anchor}]"
                elif (
                    token.lower_ in WEEKDAYS
                    and not dated_beside(token)
                    and not days_of_the_week(token)  # `open Wednesday to Sunday`: every week's
                ):
                    notes.append(f"which {token.text}?")  # the tense does not say which way
            elif not self.published and (when := relative_date(token)) is not None:
                notes.append(f"when is '{when}'? the article gives no date")
        replaced.update(_uncontracted(doc, tokens, replaced))  # `it's` -> `the plan is`
        replaced.update(inserted_copulas(doc, tokens))  # `Ana Silva [is] a lawyer`
        replaced.update(restored_possessions(doc, tokens))  # `Y's [shares] jumped 22%`
        replaced.update(placed_where(doc, tokens))  # `she opened a bakery [in Leeds]`
        replaced.update(reordered(doc, tokens))  # `Tom Berg [was] a former banker`
        for i in sorted(tokens - replaced.keys()):  # `the two` -> `the two [A and B]`
            self._stand_in(doc[i], tokens, sentence, replaced, sources)
        notes += implicit_questions(doc, tokens, dated=bool(self.published), answered=replaced)
        notes += topic_context(tokens, sentence, replaced, self.topic, self.sentences)
        for i in sorted(tokens - replaced.keys()):
            if (town := self.places.the_settlement(doc[i], tokens)) is not None:
                replaced[i] = f"{doc[i].text} [{town.name}]"  # `the town [Kelby]`
                sources.append(self.sentences[town.sentence].text)
        subject = _claim_subject(doc, tokens)
        predicated = _predicated_noun(doc, tokens) if subject is None else None
        if predicated is not None:  # `the company floated in 1996` -> `Yahoo floated ...`
            self.descriptions.name_organisation(predicated, tokens, sentence, replaced, sources)
        if subject is not None and subject.i not in replaced:
            notes += self.descriptions.describe(
                subject, tokens, sentence, replaced, sources, voice.speaker
            )
        relative_head = _relative_clause_head(doc, tokens) if subject is None else None
        relative_notes: list[str] = []
        relative_at = len(notes)
        if relative_head is not None and relative_head.i not in replaced:
            # `The plant, which opened in 1968`: set off by commas, the clause says not which
            described = tokens - {i for c in relative_head.rights for i in subtree(c)}
            relative_notes = self.descriptions.ask_which(
                relative_head, described, sentence, voice.speaker
            )
        shared = partitive_set(subject, tokens) if subject is not None else None
        if shared is not None and shared.i not in replaced:  # `35% of the houses`
            notes += self.descriptions.ask_which(shared, tokens, sentence, voice.speaker)
        for other in sorted(tokens - replaced.keys()):  # `... and the company floated in 1996`
            if doc[other].dep_ in SUBJECTS and other != getattr(subject, "i", None):
                notes += self.descriptions.describe(
                    doc[other], tokens, sentence, replaced, sources, voice.speaker
                )
        again = self.lead_names.name_again(doc, tokens, sentence.index, replaced, sources)
        if again is not None:
            notes = [n for n in notes if n != f"which {again}?"]  # `the festival [X]`: said
        for i in sorted(tokens - replaced.keys()):  # `in the industry` -> `in the [UK film] ...`
            token = doc[i]
            lemma = token.lemma_.lower()  # `the firm`; `the club`, `the film` of a named one
            bare = _bare_definite(token, tokens)
            if lemma in _ORGANISATION_WORDS and bare and i not in replaced:
                notes += self.descriptions.describe(  # `the firm`
                    token, tokens, sentence, replaced, sources, voice.speaker
                )
            elif bare and self.descriptions.name_event(token, sentence, replaced, sources):
                pass  # `the by-election` -> `the [Thornbridge and Wyle] by-election`
            elif bare and self.descriptions.name_region(token, sentence, replaced, sources):
                pass  # `the region` -> `the [south-west England] region`
            elif bare and self.descriptions.name_victims(token, sentence, replaced, sources):
                pass  # `the victims` -> `the victims [of Graham Pellow]`
            elif bare and lemma in lexicon.TIME_NOUNS:
                pass  # `finished in the summer`: not `the summer of 2023` told before
            elif bare and not any(t.i in replaced for t in token.lefts):
                # (`[Judge X's] ruling`: the owner put in for its `the` says which already)
                earlier = earlier_description(
                    token, self.sentences, sentence.index, tokens, replaced.values()
                )
                leading = self.descriptions.leading_thing(token, tokens, sentence)
                if fuller_from_the_lead(leading, earlier):
                    earlier = None  # `the [hosepipe] ban [for households in X]`
                if self.descriptions.lead_rival(token, earlier, leading):
                    earlier = None  # the lead's release, or the one told of since?
                if earlier is not None:
                    replaced.update(self.topic.owned(earlier, doc, tokens).fill(token))
                    sources.append(self.sentences[earlier.sentence].text)
                elif leading is not None:
                    replaced.update(leading.fill(token))  # `the closure [of X's plant]`
                    sources.append(self.sentences[leading.sentence].text)
            not_subject = subject is None or i != subject.i
            owner_given = any(t.i in replaced for t in token.lefts)  # `[Mr Hale's] case`
            asked = i not in replaced and not_subject and not owner_given
            asked = asked and points_back(token, tokens)
            asked = asked and f"which {token.lower_}?" not in notes  # `describe` asked it
            if asked and not named_before_as_kind(token, tokens, self.sentences, sentence.index):
                notes.append(f"which {token.lower_}?")  # `the drug`; not after `Zenla`
            if (alternative := alternative_to_what(token, tokens)) is not None:
                notes.append(alternative)  # `an alternative blueprint`
        notes += self._period(tokens, sentence, replaced, voice.speaker)
        if self.story_organisation is not None and self._in_voice_of(
            self.story_organisation.name, voice.speaker
        ):  # `Turnover [at X] fell 12%` in a story about X
            replaced.update(
                story_organisation_bracket(
                    doc, tokens, sentence, self.sentences, self.story_organisation, replaced
                )
            )
        if (contest := contest_left_out(doc, tokens, replaced)) is not None:
            notes.append(contest)  # `came second with 14,200 votes`: in which contest?
        if relative_head is None or not _named_below(relative_head, replaced):
            notes[relative_at:relative_at] = relative_notes
        organisation_speaks = bool(voice.speaker) and self.book.person_named(voice.speaker) is None
        employer = speakers_organisation(
            voice.speaker, self.descriptions.employers, self.book, self.typed_organisations
        )
        if employer is not None:  # `We` -> `We [Acme]` in the words of Acme's chief executive
            paragraph_before = [
                s
                for s in self.sentences[max(0, sentence.index - 3) : sentence.index]
                if s.paragraph == sentence.paragraph and s.parsed
            ]
            named_we = we_named(sentence, tokens, replaced, employer, paragraph_before)
            replaced.update(named_we)
            if named_we:
                sources.append(self.sentences[employer.sentence].text)
        opener = unresolved_opener(
            doc, tokens, replaced, notes, organisation_speaks=organisation_speaks
        )
        if opener is not None:  # `His assistant, X, ...` -> `whose is 'His'?`
            notes.append(opener)
        notes += unnamed_descriptions(doc, tokens, replaced, notes, self.sentences, sentence.index)
        self.lead_names.name_lead(doc, tokens, sentence.index, replaced, sources)
        text = render(doc, tokens, replaced)
        spanned = {i for i in tokens if not doc[i].is_punct} or tokens
        if voice.anchor is not None and voice.anchor[0] == sentence.index:
            spanned = spanned | voice.anchor[1]
        first, last = min(spanned), max(spanned)
        start = sentence.start + doc[first].idx
        end = sentence.start + doc[last].idx + len(doc[last].text)
        span = doc[first : last + 1]
        return Draft(text, voice, (start, end), span, notes, sources, frozenset(tokens))

    def _in_voice_of(self, organisation: str, speaker: str | None) -> bool:
        """The reporter's voice, the organisation's own (or its documents': `the club's
        accounts`), or an officer's whose title names it."""
        if speaker is None or speaker.removeprefix("the ") in (organisation, f"{organisation}'s"):
            return True  # (`Hartwell's`: a shop's name written as its owner's)
        owner, owned, _ = speaker.partition("'s ")
        owner = owner.removeprefix("the ")
        if owned and (owner == organisation or owner.lower() in organisation.lower().split()):
            return True  # `the club's annual accounts` of `X County Cricket Club`
        employer = self.descriptions.employers.get(speaker)
        return employer is not None and employer.name.removeprefix("the ") == organisation

    def _spokespersons_body(self, speaker: str | None) -> str | None:
        """The organisation a spokesperson speaker was shown to speak for (`a council
        spokesperson [Kelby Council]`, `a spokesman [for Acme]`), or None."""
        words = speaker.split(" [")[0].lower().split() if speaker else []
        if not words or words[0] not in ("a", "an", "the"):
            return None  # `Tom Berg`: a person's own `it` is no body's
        if not lexicon.SPOKESPERSON_NOUNS & set(words):
            return None
        employer = self.descriptions.employers.get(speaker)
        return employer.name if employer is not None else None

    def _officer_of(self, speaker: str | None) -> None:
        """`Chief executive Jo Bell`, `Council leader Jo Bell`: once the article has shown which
        organisation she speaks for, her words' `we` and `the company` are that one's, as a
        titled officer's are."""
        employers = self.descriptions.employers
        if not speaker or speaker in employers:
            return
        employer = officers_organisation(
            speaker, self.bare_titled, self.sentences, self.book
        ) or bodys_officer(speaker, self.body_titled, self.book)
        if employer is not None:
            employers[speaker] = employer

    def _stand_in(
        self,
        token: Token,
        tokens: set[int],
        sentence: Sentence,
        replaced: dict[int, str],
        sources: list[str],
    ) -> None:
        """Names a description stands in for, given just before (stand_ins): `the two [A and
        B]`, `these networks [like A, B and C]`, `the two airlines [A and B]`, `each [of X and
        Y]`, `Asia's biggest airline [Acme Airlines]`."""
        index = sentence.index
        bracket = (
            people_counted(token, tokens, self.sentences, index)
            or listed_examples(token, tokens, self.sentences, index)
            or counted_kind(token, tokens, self.sentences, index, self.book)
        )
        if bracket is not None:
            replaced[token.i] = bracket.around(token.text)
            sources.append(self.sentences[bracket.sentence].text)
        elif (owned := counted_owner(token, tokens, self.sentences, index)) is not None:
            determiner, owner = owned  # `the six regiments` -> `[Country's] six regiments`
            replaced[determiner.i] = f"[{owner.words}]"
            sources.append(self.sentences[owner.sentence].text)
        elif pair := each_of_pair(token, tokens) or both_named(
            token, tokens, self.sentences, index
        ):
            replaced[token.i] = f"{token.text} [{pair}]"
        elif ranked_business(token, tokens) and (firm := ranked_firm(token, self.book, index)):
            replaced[token.i] = f"{token.text} [{firm.name}]"
            sources.append(self.sentences[firm.sentence].text)
        elif (rival := owners_rival(token, tokens, self.book, index)) is not None:
            replaced[token.i] = f"{token.text} [{rival.name}]"  # `Acme's rival [Beta]`
            sources.append(self.sentences[rival.sentence].text)
        elif scope := owned_scope(token, self.sentences, index, tokens, replaced.values()):
            replaced[token.i] = scope.around(token.text)  # `the committee's decision [on X]`
            sources.append(self.sentences[scope.sentence].text)

    def _period(
        self, tokens: set[int], sentence: Sentence, replaced: dict[int, str], speaker: str | None
    ) -> list[str]:
        """The story's reporting period after a figure with none of its own, or in `the
        period`; `which period?` when the article gives none."""
        doc = sentence.doc
        dated = period_bracket(doc, tokens, sentence, self.period, speaker, replaced)
        if dated and not dated.keys() & replaced.keys():
            replaced.update(dated)
            replaced.update(owner_bracket(doc, tokens, self.period, replaced))
            return []
        contest = event_bracket(doc, tokens, sentence, self.event, speaker, replaced)
        if contest:  # `Fennell came third with 5,317 [in the X by-election]`
            replaced.update(contest)
            return []
        filled, notes = the_period(doc, tokens, sentence, self.period)
        if filled.keys() & replaced.keys():
            return []
        replaced.update(filled)
        return notes

    def _group_words(
        self, group: Token, tokens: set[int], sentence: Sentence, sources: list[str]
    ) -> str:
        """What `they` means when it takes up `group` of its own sentence: `the tourists`,
        with the words the lead gave them when it introduced them (leading.py)."""
        words = group_words(group, self.topic, sentence.index)
        if words.lower() != f"the {group.lower_}":
            return words
        leading = self.descriptions.leading_thing(group, tokens, sentence)
        if leading is None:
            return words
        sources.append(self.sentences[leading.sentence].text)
        return f"{words[: -len(group.text)]}{leading.around(group.text)}"

    def _one_organisation_before(self, pronoun: Token, tokens: set[int], index: int) -> bool:
        """`Pemberton denied that it had plans`, `If Kingsmoor fails ..., it could close`: the
        claim names, before `it`, one organisation (by a short name the recognizer may have
        typed a person's) and nothing else in a subject's or object's place it could mean."""
        if pronoun.lower_ != "it":
            return False
        doc = pronoun.doc
        before = [doc[i] for i in sorted(tokens) if i < pronoun.i]
        core = [t for t in before if t.dep_ in ("nsubj", "nsubjpass", "dobj")]
        short = [t for t in core if _one_word_name(t)]
        return (
            len(core) == 1
            and len(short) == 1
            and self.book.short_organisation(short[0].text, index)
        )

    def _anchor(self, token: Token) -> str | None:
        assert self.published is not None
        word = token.lower_
        if word in WEEKDAYS:
            day = weekday_anchor(token, self.published)
            return None if day is None else day_text(day)
        if word in MONTHS:  # `in March` -> `in March [2004]`
            year = month_year(token, self.published)
            return None if year is None else str(year)
        if word in SEASONS:  # `last summer` -> `last summer [2024]`
            year = season_year(token, self.published)
            return None if year is None else str(year)
        if token.i > 0 and word in ("week", "month", "year"):
            return anchored_date(f"{token.doc[token.i - 1].lower_} {word}", self.published)
        return anchored_date(word, self.published)


def _bare_definite(noun: Token, tokens: set[int]) -> bool:
    """`the industry`: a common noun with `the` and nothing else before it."""
    lefts = [t for t in noun.lefts if t.i in tokens]
    return (
        noun.pos_ == "NOUN"
        and len(lefts) == 1
        and lefts[0].lower_ == "the"
        and not any(c.dep_ == "prep" or says_which(c) for c in noun.rights)
    )


def _one_word_name(token: Token) -> bool:
    """`Pemberton`: a name of one word."""
    doc = token.doc
    alone = token.i + 1 >= len(doc) or doc[token.i + 1].ent_iob_ != "I"
    return token.pos_ == "PROPN" and token.ent_iob_ == "B" and alone


def _uncontracted(doc: Doc, tokens: set[int], replaced: dict[int, str]) -> dict[int, str]:
    """`it's`, `she's` with the pronoun replaced: the `'s` becomes ` [is]` (` [has]` before a
    participle), else `the plan's` or `Ann Lee's` reads as an owner."""
    return {
        i + 1: " [has]" if i + 2 < len(doc) and doc[i + 2].tag_ == "VBN" else " [is]"
        for i, words in replaced.items()
        if doc[i].lower_ in ("it", "he", "she")
        and words
        and i + 1 in tokens
        and i + 1 not in replaced
        and doc[i + 1].lower_ in ("'s", "’s")
        and doc[i + 1].lemma_ == "be"
    }


def _named_below(noun: Token, replaced: dict[int, str]) -> bool:
    """The relative clause's noun, or its owner (`[X Council's] officers, who ...`), was
    given a name in the claim: that says which it is."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    return noun.i in replaced or (owner is not None and owner.i in replaced)


def _relative_head(pronoun: Token) -> Token | None:
    """The noun a relative pronoun stands for (`an offensive that X warns could start`,
    `Tom Berg, whose firm ...`)."""
    whose = pronoun.lower_ == "whose" and pronoun.head.dep_ in SUBJECTS
    if not whose and (
        pronoun.lower_ not in ("that", "which", "who") or pronoun.dep_ not in SUBJECTS
    ):
        return None
    for ancestor in pronoun.ancestors:
        if ancestor.dep_ == "relcl":
            if antecedent_in_doubt(ancestor, pronoun.i):
                return None
            if pronoun.lower_ == "who" and _a_place_stands(ancestor.head):
                return None  # `38 staff in Derby, who ...`: the staff, not the place
            return ancestor.head
    return None


def _a_place_stands(noun: Token) -> bool:
    """A name where a place stands (`in Derby`), which a `who` hung on it cannot mean."""
    return (
        noun.ent_type_ in ("GPE", "LOC", "FAC", "ORG")
        and noun.dep_ == "pobj"
        and noun.head.lower_ in ("in", "across", "throughout", "near", "outside")
    )


def _claim_subject(doc: Doc, tokens: set[int]) -> Token | None:
    heads = [doc[i] for i in sorted(tokens) if doc[i].head.i not in tokens or doc[i].head.i == i]
    for head in heads:
        if is_verbal(head):
            subject = subject_of(head)
            if subject is not None and subject.i in tokens:
                return subject
    return None


def _relative_clause_head(doc: Doc, tokens: set[int]) -> Token | None:
    """`The plant opened in 1968`, from `The plant, which opened in 1968, made ...`: the noun a
    claim made of a relative clause is about, standing where its subject would."""
    noun = _lone_noun_head(doc, tokens)
    if noun is None or noun.i + 1 >= len(doc) or doc[noun.i + 1].text != ",":
        return None
    return noun if any(c.dep_ == "relcl" and c.i in tokens for c in noun.rights) else None


def _lone_noun_head(doc: Doc, tokens: set[int]) -> Token | None:
    """The claim's one head (a token whose head lies outside it), when that is a noun."""
    heads = [
        doc[i]
        for i in sorted(tokens)
        if (doc[i].head.i not in tokens or doc[i].head.i == i) and not doc[i].is_punct
    ]
    return heads[0] if len(heads) == 1 and heads[0].pos_ == "NOUN" else None


def _predicated_noun(doc: Doc, tokens: set[int]) -> Token | None:
    """`... and the company floated in 1996`, parsed as a noun with a participle: when the
    claim is that noun and its participle alone, the noun is what the claim is about."""
    noun = _lone_noun_head(doc, tokens)
    if noun is None:
        return None
    verbs = [c for c in noun.children if c.dep_ == "acl" and c.i > noun.i and c.i in tokens]
    return noun if verbs and not any(c.dep_ == "relcl" for c in noun.children) else None
