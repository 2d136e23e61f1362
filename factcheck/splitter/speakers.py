"""Stage 3 of the splitter: who speaks a sentence (see pipeline.py's docstring).

`SpeakerFinder` names the speaker of a reporting act: a person or organisation by its name in
full, `he said` / `it said` / `they said` as the one who spoke last when that is sure, a role
such as `X's lawyer` (never X), `a spokesman` for the organisation the story is about, a
study's authors, and, for a quoted sentence that names no one, the voice of its quotation
chain. Where no speaker is sure it abstains: the voice has no speaker and a note asking who.

It is a base class of `pipeline._Splitter`, which holds the state it reads and extends (the
sentences and their attributions, the entity book, the voices found so far, the organisations
spokesmen spoke for) and the pronoun resolver whose person lookups it asks
(`pronouns.PronounResolver`: `person_pronoun`, `previous_subject`, `known_owner`,
`person_typed_as_firm`). It is still a base class only because it was moved first, when those
lookups lived in the splitter; nothing it calls now lives there, so it could become a
collaborator like `PronounResolver`, handed the records it extends.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from itertools import pairwise
from typing import TYPE_CHECKING

from spacy.tokens import Span

from factcheck.splitter import lexicon
from factcheck.splitter.antecedents import pronoun_gender
from factcheck.splitter.clauses import contrasted_person
from factcheck.splitter.context import (
    EntityBook,
    Mention,
    Person,
    clause_mate_organisation,
    demonym_gender,
    demonym_person,
    first_name_gender,
    name_fits,
    surname_of,
    title_gender,
)
from factcheck.splitter.definites import epithet_contradicted, placed_description
from factcheck.splitter.document import Sentence
from factcheck.splitter.employers import Employer, named_after_kind
from factcheck.splitter.epithets import described_speaker
from factcheck.splitter.lead_names import LeadName, lead_source_name, person_typed_kind
from factcheck.splitter.names import name_continuation
from factcheck.splitter.reported import Attribution, speech_act_lemmas
from factcheck.splitter.situations import another_organisation
from factcheck.splitter.story_places import country_government, placed_speaker
from factcheck.splitter.studies import StudyAuthors, participle_identity
from factcheck.splitter.tokens import SUBJECTS, render, subject_of, subtree

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from factcheck.splitter.descriptions import ArticleTopic, Bracket
    from factcheck.splitter.pronouns import PronounResolver


SPEAKER_REACH = 3  # sentences back in which `he said` may find the one who spoke last
REACH_AHEAD = 2  # sentences ahead in which `a US bank` may be named
_CORE_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "appos", "poss", "attr"})

# Reporting verbs that carry on what the last speaker said: their `he` is no one newly named.
_CARRYING_ON = frozenset({"add", "continue"})


@dataclass
class Voice:
    """Who says a clause: the speaker's name as the desk should read it, the verb, and the
    passages in which that name stands (for the faithfulness check)."""

    speaker: str | None
    verb: str | None
    sources: list[str] = field(default_factory=list)
    note: str = ""
    # (sentence index, tokens) of the speaker and verb when they stand in the claim's sentence:
    # the claim's span covers them, so the desk highlights who said it.
    anchor: tuple[int, frozenset[int]] | None = None


OWN_VOICE = Voice(None, None)


class SpeakerFinder:
    """Who speaks each sentence of one article, read in order (see the module docstring)."""

    sentences: list[Sentence]
    book: EntityBook
    attributions: list[Attribution | None]
    voices: dict[int, Voice]
    named_ahead: set[str]
    spoken_for: dict[int, str]
    roles_of_people: set[str]
    studies: StudyAuthors
    pronouns: PronounResolver
    employers: dict[str, Employer]  # speakers' organisations; spokespeople's are added here
    topic: ArticleTopic
    lead_name: LeadName | None  # the lead's organisation the next sentence names

    def voice_of(self, attribution: Attribution, sentence: Sentence) -> Voice:
        voice = self.named(attribution.speaker, attribution.verb_text, sentence)
        words = {attribution.speaker.i} | {t.i for t in attribution.speaker.lefts}
        if attribution.verb is not None:
            words.add(attribution.verb.i)
        voice.anchor = (sentence.index, frozenset(words))
        return voice

    def named(self, speaker: Token, verb: str | None, sentence: Sentence) -> Voice:
        """The voice of `speaker` (a subject token), its name resolved or abstained on."""
        if speaker.lower_ in ("he", "she"):
            voice = self._pronoun_voice(speaker, verb, sentence)
            if voice.speaker and _named_in_own_report(speaker, voice.speaker):
                return Voice(None, verb, note=f"who is '{speaker.text}'?")
            return voice
        return self._named_voice(speaker, verb, sentence)

    def _pronoun_voice(self, speaker: Token, verb: str | None, sentence: Sentence) -> Voice:
        """The voice of a `he` / `she` subject."""
        # `"A. B. C," he said`: `he` was named before the quotation began, or is the one
        # who spoke just before with no one else named since.
        start = self._chain_start(sentence.index)
        carries_on = speaker.head.lemma_ in _CARRYING_ON  # `he added`: the last speaker
        newcomer, sure = self._narrated_subject(speaker, start)
        if newcomer is not None and (carries_on or not sure):  # `Y spoke to no one. He added`
            return Voice(None, verb, note=f"who is '{speaker.text}'?")
        if newcomer is not None:  # `X said A. Ms Y rejected it. She said B`: Y
            self._learn_gender(newcomer.name, speaker)
            return self._person_voice(newcomer.name, verb, sentence)
        unnamed = self._unnamed_speaker_on(speaker, verb, sentence)
        if unnamed is not None:  # `The striker said A. "B," he said`: the striker
            return unnamed
        spoke_last, decided = self._last_speaker(speaker, sentence)
        found = spoke_last if decided else self.pronouns.person_pronoun(speaker.text, start)
        if decided and found is None and not carries_on:  # `X said A. Mr Y is ... He said`
            found = self.pronouns.previous_subject(speaker.text, start)
        if found is None or self._named_only_in_quotes(found.name, start, sentence.index):
            return Voice(None, verb, note=f"who is '{speaker.text}'?")
        if found.name in self.roles_of_people:  # `X's lawyer` spoke on
            return Voice(found.name, verb, list(self.voices[found.sentence].sources))
        self._learn_gender(found.name, speaker)
        return self._person_voice(found.name, verb, sentence)

    def _named_voice(self, speaker: Token, verb: str | None, sentence: Sentence) -> Voice:
        """The voice of any subject but `he` / `she`."""
        if speaker.lower_ == "they" and self._plural_voice(sentence.index - 1):
            previous = self.voices[sentence.index - 1]
            return Voice(previous.speaker, verb, previous.sources)
        if speaker.lower_ == "it" and _main_clause_subject(speaker) is not None:
            # `Acme's rival, Beta, rose, although it warned C`: the main clause's subject
            mate = clause_mate_organisation(speaker)
            entity = next(
                (e for e in sentence.doc.ents if mate is not None and e.root == mate), None
            )
            if entity is None:
                return Voice(None, verb, note=f"who is '{speaker.text}'?")
            return Voice(entity.text.removeprefix("the "), verb, [sentence.text])
        if speaker.lower_ == "it":  # `The union believes C, it said`
            found = self._content_organisation(speaker)
            if found is None and self._another_organisation_before(sentence.index):
                return Voice(None, verb, note=f"who is '{speaker.text}'?")  # `A bought B. It said`
            found = found or self.book.organisation_subject(sentence.index, set())
            if found is None:
                last = self._last_organisation_voice(sentence)
                if last is not None:
                    return Voice(last.speaker, verb, last.sources)
            if found is not None:
                return Voice(found.name, verb, [self.sentences[found.sentence].text])
            study = self._study_voice(speaker, verb, sentence)
            if study is not None:  # `The research was done by X. It also found C`
                return study
        if speaker.tag_ == "PRP":
            be = "are" if speaker.lower_ in ("they", "we", "you") else "is"
            return Voice(None, verb, note=f"who {be} '{speaker.text}'?")
        phrase = (
            [
                t
                for t in speaker.subtree
                if (
                    t.i == speaker.i  # `Speaking after X, Ms Hurst said`: hung on X as apposition
                    or t.dep_ not in ("relcl", "appos", "punct", "acl")
                    or _in_word_hyphen(t)
                )
                and not any(  # only within the phrase: `which analysts said` keeps `analysts`
                    a.dep_ in ("relcl", "appos", "acl")
                    for a in t.ancestors
                    if speaker.is_ancestor(a)
                )
            ]
            + _naming_participle(speaker)
            + _maker_participle(speaker)
        )
        cut_off = name_continuation(speaker)  # `according to Diabetes | Wales`
        cut_off += _name_cut_from_phrase(speaker, phrase)  # `A study from consultancy | X found`
        phrase += cut_off
        appositions = [t for c in speaker.children if c.dep_ == "appos" for t in _name_of(c)]
        named_role = apposed_person(speaker)
        if not appositions and named_role is not None:  # `Her colleague at X, Tom Berg, said`
            appositions = _name_of(named_role)
        # `Ana Silva's lawyer, Tom Berg, said`: the owner of a role is not the one who speaks;
        # nor is a name in the speaker's own `of`/`at` phrase (`Ann Lee, of Dale Hart, said`).
        joint = _joint_name(speaker)
        if joint is not None:  # `Devon and Cornwall Police said`: one force, not `Devon`
            return Voice(joint, verb, [sentence.text])
        shortened = self._shortened_joint_name(speaker, sentence.index)
        if shortened is not None:  # `Hartsfield and Dunmore said`: the NHS trust named before
            return Voice(
                shortened.name, verb, [self.sentences[shortened.sentence].text, sentence.text]
            )
        plural_owned = _plural_possessive_name(speaker)
        if plural_owned is not None:  # `the Growers' Guild said`: not `Guild`
            return Voice(plural_owned, verb, [sentence.text])
        joined = self._joined_voice(speaker, verb, sentence)
        if joined is not None:  # `Tom Pell and Ann Lee said`: both, never only the last
            return joined
        own_words = [t for t in phrase if not _in_modifying_phrase(t, speaker)]
        if named_after_kind(speaker) is not None:
            appositions = []  # `campaign group Keep Kelby Rural said`: the group's name
        person = self.book.person_in(_unowned(own_words)) or self.book.person_in(
            _unowned(appositions)
        )
        person = person or self.pronouns.person_typed_as_firm(speaker)  # `"C," Dunlop said`
        untyped = _untyped_person(speaker)
        if person is None and untyped is not None:  # `Detective Sergeant Neil Pascoe said`
            person = self.book.retype_as_person(untyped, sentence.index)
        namesake = _namesake(person, [*own_words, *appositions]) if person else None
        if namesake is not None:  # `his sister Ann Lee` after `Tom Lee`: not Tom
            return Voice(namesake, verb, [sentence.text])
        if person is not None:
            return self._person_voice(person.name, verb, sentence, person)
        entity = next((e for e in sentence.doc.ents if e.start <= speaker.i < e.end), None)
        entity = entity or named_after_kind(speaker)  # `Walking group the Acme Trust said`
        named_apposition = [c for c in speaker.children if c.dep_ == "appos" and c.ent_type_]
        if entity is None and speaker.pos_ == "NOUN" and named_apposition:
            root = named_apposition[0]
            entity = next((e for e in sentence.doc.ents if e.start <= root.i < e.end), None)
        # `The council's cabinet member, Councillor Brian Nolan,`: a known first name before
        # the last word says it is a person's as well as a title does
        given = (
            entity is not None
            and len(entity) > 1
            and first_name_gender(entity[-2].text) is not None
        )
        titled = _titled(speaker) or given
        if entity is not None and named_apposition and titled and _personal(entity):
            person = self.book.retype_as_person(entity, sentence.index)
            if person is not None:  # `The festival's director, Marcus Hale, said`
                return self._person_voice(person.name, verb, sentence)
        if demonym_person(speaker):  # `the American said`: a person, not a nation
            return self._demonym_voice(speaker, verb, sentence)
        # `broadcaster TRT Haber`: a name typed a person's that a trade showed is a body's
        body = entity is not None and entity.text in self.book.organisation_names
        if entity is not None and (entity.label_ in ("ORG", "GPE", "NORP") or body):
            return Voice(_whole_name(entity, speaker), verb, [sentence.text])
        owned = self._role_of_named_person(speaker, phrase, verb, sentence)
        if owned is not None:  # `Ana Silva's lawyer said ...`
            return owned
        owned = self._thing_of_described_body(speaker, phrase, verb, sentence)
        if owned is not None:  # `The club's annual accounts show ...`
            return owned
        owner = next((t for t in phrase if t.tag_ == "PRP$"), None)
        if owner is not None:  # `Her lawsuit said ...`
            found = self.pronouns.person_pronoun(owner.text, sentence.index)
            if owner.lower_ == "its":  # `Acme will appeal, its spokesman said`
                found = self._content_organisation(speaker) or found
            if found is None:
                words = render(sentence.doc, [t.i for t in phrase]).rstrip(".")
                return Voice(words, verb, [sentence.text], note=f"whose is '{words}'?")
            named = render(sentence.doc, [t.i for t in phrase], {owner.i: f"{found.name}'s"})
            person_sources = [self.sentences[found.sentence].text, sentence.text]
            person = self.book.person_named(found.name)
            if person is not None:  # the name in full, for the faithfulness check
                person_sources.append(self.sentences[person.introduced].text)
                self.roles_of_people.add(named.rstrip("."))
            return Voice(named.rstrip("."), verb, person_sources)
        words = render(sentence.doc, [t.i for t in phrase]).rstrip(".")
        for found in (
            self.book.role(words, sentence.index),
            self._organisation(speaker, words, sentence.index),
        ):
            if found is not None:
                where = {found.sentence, *found.also}
                person = self.book.person_named(found.name)
                if person is not None:  # `the prime minister` -> the name in full, where given
                    where.add(person.introduced)
                return Voice(found.name, verb, [self.sentences[i].text for i in sorted(where)])
        described = described_speaker(speaker, sentence, self.sentences, self.book)
        if described is not None:  # `Ann Lee sued X. The sprinter says ...`: Ann Lee
            return self._person_voice(described.name, verb, sentence)
        earlier = self._same_source(speaker, phrase, sentence)
        if earlier is not None:  # `Her lawsuit said A. B, the suit added`: the same lawsuit
            return Voice(earlier.speaker, verb, earlier.sources)
        if phrase and phrase[0].dep_ == "det":
            words = words[:1].lower() + words[1:]
        author = self.studies.of(speaker, sentence.index) or participle_identity(
            speaker, sentence.index
        )
        if author is not None and _maker_participle(speaker):
            author = None  # `a report commissioned by X` names its maker already
        if author is not None:  # `according to a study` -> `a study [by X]`
            where = [sentence.text, self.sentences[author.sentence].text]
            return Voice(f"{words} {author.bracket()}", verb, where)
        lead = self.lead_name
        if lead is not None and (lead.sentence, lead.noun) == (sentence.index, speaker.i):
            # `..., according to a rural insurer.` then `Hedgerow Mutual said ...`
            name = lead.name.removeprefix("the ")
            self.named_ahead.add(name)
            return Voice(name, verb, [sentence.text, self.sentences[lead.named_in].text])
        lead_source = lead_source_name(speaker, self.sentences)
        if lead_source is not None:  # `..., the company has confirmed.` / `ParkSwift said`
            name, where = lead_source
            return Voice(name, verb, [sentence.text, self.sentences[where].text])
        later = self._named_later(speaker, sentence)
        if later is not None:  # `A US bank has said ...`, `Riggs Bank will ...`: one bank
            where = self.sentences[later.sentence].text
            return Voice(later.name, verb, [sentence.text, where])
        spoken_for = self._spoken_for(speaker, sentence)
        if spoken_for is not None:  # `a spokesman` -> `a spokesman [for Acme]`
            name, where = spoken_for
            self.spoken_for[sentence.index] = name
            described = _described_organisation(speaker)
            if described is not None:  # the whole `a statement from the phone firm`
                words = _with_described_body(speaker, described)
            shown = f"{words} [{name}]" if described is not None else f"{words} [for {name}]"
            self.employers[shown] = Employer(name, where)
            return Voice(shown, verb, [sentence.text, self.sentences[where].text])
        described = _described_organisation(speaker)
        named = self._organisation_described(described, sentence.index)
        if described is not None and named is not None:  # `a spokeswoman for the ministry`
            shown = f"{_with_described_body(speaker, described)} [{named.name}]"
            self.employers[shown] = Employer(named.name, named.sentence)
            return Voice(shown, verb, [sentence.text, self.sentences[named.sentence].text])
        owner = self._lead_owner(speaker, sentence)
        if owner is not None and words:  # `the organisers` -> `the organisers [of X]`
            lead = self.sentences[owner.sentence].text
            return Voice(f"{words} [{owner.words}]", verb, [sentence.text, lead])
        short = self._short_organisation_name(speaker, phrase, sentence.index)
        if short is not None:  # `Velorijn said` after `Velorijn Group`, the tagger's noun
            return Voice(short.name, verb, [sentence.text, self.sentences[short.sentence].text])
        place = placed_speaker(speaker, sentence, self.sentences, self.topic.place)
        if place is not None and words and not cut_off:  # `Officials` -> `Officials [in X]`
            lead = self.sentences[self.topic.place.sentence].text
            return Voice(f"{words} {place}", verb, [sentence.text, lead])
        country = country_government(speaker, sentence, self.sentences, self.topic.country)
        if country is not None and words:  # `the government` -> `the government [of X]`
            where = [self.sentences[i].text for i in self.topic.country_sentences]
            return Voice(f"{words} {country}", verb, [sentence.text, *where])
        # `the Sydney Olympic gold medallist`: a place or an event describes, it names no one
        nameless = (
            speaker.pos_ != "PROPN"
            and not cut_off
            and not any(
                t.ent_type_ in ("PERSON", "ORG")
                or (t.pos_ == "PROPN" and t.dep_ in ("pobj", "oprd"))
                for t in phrase  # `analysts at ING` say whose
            )
        )
        note = f"who is '{words}'?" if nameless and words else ""
        employer = self._organisation_spoken_for(speaker, phrase, sentence.index)
        if employer is not None and words:  # `a Northgate Media spokeswoman said`
            self.employers[words] = employer
        return Voice(words or None, verb, [sentence.text], note=note)

    def _short_organisation_name(
        self, speaker: Token, phrase: list[Token], index: int
    ) -> Mention | None:
        """A one-word capitalised subject that begins the name of exactly one organisation
        the article named by then (`Velorijn` after `Velorijn Group`) and is no person's."""
        word = speaker.text
        if phrase != [speaker] or not (word[:1].isupper() and word.isalpha()):
            return None
        if word in self.book.people:
            return None
        names = {
            name
            for name, named in self.book.organisations
            if named <= index and " " in name and name.removeprefix("the ").split()[0] == word
        }
        return self.book.organisation_named(names.pop(), index) if len(names) == 1 else None

    def _lead_owner(self, speaker: Token, sentence: Sentence) -> Bracket | None:
        """`Organisers of the X festival have cancelled it` ... `the organisers said`: a bare
        plural speaker whose word the lead gave a scope or an owner speaks for it, as the same
        word does in a claim (descriptions.group_scope, lead_owner), when its sentence names
        no place."""
        owner = self.topic.scopes.get(speaker.lemma_.lower()) or self.topic.owners.get(
            speaker.lower_
        )
        if owner is None or owner.sentence == sentence.index or speaker.tag_ != "NNS":
            return None
        if list(speaker.rights) or any(c.lower_ != "the" for c in speaker.lefts):
            return None
        places = ("GPE", "LOC", "FAC")
        return None if any(t.ent_type_ in places for t in sentence.doc) else owner

    def _demonym_voice(self, speaker: Token, verb: str | None, sentence: Sentence) -> Voice:
        """The one person just named whom the nation or party word fits, or a flag."""
        found = self.book.described(speaker, sentence.index)
        if found is not None:
            return self._person_voice(found.name, verb, sentence)
        words = sentence.doc[speaker.left_edge.i : speaker.i + 1].text
        words = words[:1].lower() + words[1:]
        return Voice(words, verb, [sentence.text], note=f"who is '{words}'?")

    def _organisation_described(self, noun: Token | None, index: int) -> Mention | None:
        """`a spokeswoman for the ministry`: the one organisation in reach whose name fits
        the noun (EntityBook.organisation), for a body named by that noun (lexicon.
        SELF_NAMING_BODY_NOUNS). Never for `the company`: any business is one, and the firm
        the story is mostly about need not be the one whose spokesman speaks."""
        if noun is None or noun.lemma_.lower() not in lexicon.SELF_NAMING_BODY_NOUNS:
            return None
        return self.book.organisation(noun.lemma_.lower(), index)

    def _organisation_spoken_for(
        self, speaker: Token, phrase: list[Token], index: int
    ) -> Employer | None:
        """The organisation a spokesperson's own phrase names (`a Northgate Media spokeswoman`,
        `a spokesman for Acme`), where the article named it, or None."""
        if speaker.lemma_.lower() not in lexicon.SPOKESPERSON_NOUNS:
            return None
        for entity in speaker.doc.ents:
            if entity.label_ != "ORG" or not all(t in phrase for t in entity):
                continue
            if entity.root.head.i != speaker.i and entity.root.head.head.i != speaker.i:
                continue  # only `X spokesman` or `spokesman for X`, not a deeper phrase
            found = self.book.organisation_named(entity.text.removeprefix("the "), index)
            if found is not None:
                return Employer(found.name, found.sentence)
        return None

    def _thing_of_described_body(
        self, speaker: Token, phrase: list[Token], verb: str | None, sentence: Sentence
    ) -> Voice | None:
        """`The club's annual accounts show ...`: a document whose owner is a body called by
        its noun (`the club`), when the article has named one such body in reach; the
        document keeps its words with the body named (`X Cricket Club's annual accounts`)."""
        owner = next((c for c in speaker.children if c.dep_ == "poss"), None)
        if owner is None or owner.pos_ != "NOUN":
            return None
        if [c.lower_ for c in owner.lefts] != ["the"]:
            return None
        found = self.book.organisation(owner.lemma_.lower(), sentence.index, at=owner.i)
        if found is None or not any(w[:1].isupper() for w in found.name.split()):
            return None
        words = {t.i for t in phrase}
        dropped = {i: "" for i in subtree(owner) if i != owner.i and sentence.doc[i].dep_ != "case"}
        named = render(sentence.doc, words, {**dropped, owner.i: found.name}).rstrip(".")
        named = (
            named.replace(f"{found.name}'s ", f"{found.name}' ")
            if found.name.endswith("s")
            else named
        )
        return Voice(named, verb, [sentence.text, self.sentences[found.sentence].text])

    def _role_of_named_person(
        self, speaker: Token, phrase: list[Token], verb: str | None, sentence: Sentence
    ) -> Voice | None:
        """`Ana Silva's lawyer said ...` with no name given: the role with its owner named in
        full (`Ana Silva's lawyer`), never the owner alone. None when no known person owns it."""
        owner = next((c for c in speaker.children if c.dep_ == "poss"), None)
        person = self.pronouns.known_owner(owner) if owner is not None else None
        if owner is None or person is None:
            return None
        words = {t.i for t in phrase}
        dropped = {i: "" for i in subtree(owner) if i != owner.i and sentence.doc[i].dep_ != "case"}
        named = render(sentence.doc, words, {**dropped, owner.i: person.name}).rstrip(".")
        self.roles_of_people.add(named)
        where = [sentence.text, self.sentences[person.introduced].text]
        return Voice(named, verb, where)

    def _unnamed_speaker_on(
        self, pronoun: Token, verb: str | None, sentence: Sentence
    ) -> Voice | None:
        """`The striker said A. "B," he said`, `Ann Lee said A. "B," she said` beside a
        `Tom Lee`: `he`/`she` goes on with the last voice, within `SPEAKER_REACH` sentences,
        when that voice is a person the book cannot name by itself (a description, or one of
        two people with one surname) and no person has been named outside quotation marks
        since; when someone has been, no one is sure (abstain). None when the last voice is a
        person of the book or an organisation: the other rules decide."""
        for earlier in range(sentence.index - 1, max(-1, sentence.index - SPEAKER_REACH - 1), -1):
            voice = self.voices.get(earlier)
            if voice is None or not voice.speaker:
                described = _someone_described(self.sentences[earlier])
                if described is None:
                    continue
                # `A spokeswoman for X rejected the claim. "C," she said`: that spokeswoman
                fits = _description_gender(described) in (None, pronoun_gender(pronoun.lower_))
                if not fits or self._person_named_since(earlier, sentence, pronoun.i):
                    return Voice(None, verb, note=f"who is '{pronoun.text}'?")
                return Voice(_description_text(described), verb, [self.sentences[earlier].text])
            if self._namesake_voice(voice.speaker):
                given = first_name_gender(voice.speaker.split()[0])
                if given not in (None, pronoun_gender(pronoun.lower_)):
                    return None
            elif not self._described_person(voice.speaker):
                return None
            if self._person_named_since(earlier, sentence, pronoun.i):
                return Voice(None, verb, note=f"who is '{pronoun.text}'?")
            return Voice(voice.speaker, verb, voice.sources, note=voice.note)
        return None

    def _namesake_voice(self, speaker: str) -> bool:
        """`Ann Lee` spoke, and the book's person of that surname is `Tom Lee`."""
        person = self.book.person_named(speaker)
        known, words = (person.name.split() if person else []), speaker.split()
        return len(known) > 1 and len(words) > 1 and known[0] != words[0]

    def _described_person(self, speaker: str) -> bool:
        """A voice that describes one person without a name (`the striker`, `a spokeswoman
        for X`, `one senior figure`): no person or organisation of the book, no role of a
        named person, no organisation's noun at its head (`the supermarket`), no study."""
        words = speaker.split(" [")[0].split()
        # the head comes before what describes it (`a spokeswoman for the X Foundation`), unless
        # the description ends on it (`a Department of Health spokesman`)
        before = next((i for i, w in enumerate(words) if w in _DESCRIBING_PREPOSITIONS), None)
        last = words[-1].lower()
        person_last = last in lexicon.SPOKESPERSON_NOUNS or last in lexicon.TITLES
        head = words[:before][-1] if before and not person_last else words[-1]
        return (
            words[0].lower() in ("the", "a", "an", "one")  # `One senior industry figure`
            and self.book.person_named(speaker) is None
            and speaker not in self.roles_of_people
            and not any(name == speaker for name, _ in self.book.organisations)
            and head.lower() not in lexicon.ORGANISATION_NOUNS
        )

    def _named_only_in_quotes(self, name: str, start: int, index: int) -> bool:
        """`"Tom has always been innocent," she said`: a person the article has named only
        inside quotation marks, in the quotation `she` closes, is not who speaks it."""
        person = self.book.person_named(name)
        if person is None or any(m < start for m in person.mentions):
            return False
        words = set(name.split())
        return all(
            e.start in s.quoted
            for s in self.sentences[start : index + 1]
            for e in s.doc.ents
            if e.label_ == "PERSON" and words & {t.text for t in e}
        )

    def _study_voice(self, pronoun: Token, verb: str | None, sentence: Sentence) -> Voice | None:
        if sentence.index == 0:
            return None
        before = self.sentences[sentence.index - 1]
        found = self.studies.it_stands_for(pronoun, before) if before.parsed else None
        if found is None:
            return None
        words, author = found
        where = [sentence.text, before.text, self.sentences[author.sentence].text]
        return Voice(f"{words} {author.bracket()}", verb, where)

    def _same_source(self, speaker: Token, phrase: list[Token], sentence: Sentence) -> Voice | None:
        """`the suit` (only `the` and a noun) is the document that spoke last, within
        `SPEAKER_REACH` sentences, when its name ends in the same noun (`Ana Silva's
        lawsuit`, `the OECD's report`) and it is the last voice: otherwise no guess."""
        if [t.lower_ for t in phrase] != ["the", speaker.lower_] or speaker.pos_ != "NOUN":
            return None
        for earlier in range(sentence.index - 1, max(-1, sentence.index - SPEAKER_REACH - 1), -1):
            voice = self.voices.get(earlier)
            if voice is None or not voice.speaker:
                continue
            last = surname_of(voice.speaker).lower()
            return voice if "'s" in voice.speaker and last.endswith(speaker.lower_) else None
        return None

    def _named_later(self, speaker: Token, sentence: Sentence) -> Mention | None:
        """`A US bank` named in the next sentences: the one organisation named there whose
        name fits the noun (`Riggs Bank`), when this sentence names no organisation."""
        article = next((c for c in speaker.children if c.dep_ == "det"), None)
        if article is None or article.lower_ not in ("a", "an"):
            return None
        own = {t.i for t in speaker.lefts}  # `a Welsh health board`: `Welsh` typed a body
        if _organisations_outside_quotes(sentence, besides=own):
            return None
        following = self.sentences[sentence.index + 1 : sentence.index + 1 + REACH_AHEAD]
        named = {
            (name, later.index)
            for later in following
            for name in _organisations_outside_quotes(later) | _kinds_typed_people(later, speaker)
            if name_fits(name, speaker.lemma_)
        }
        if len({name for name, _ in named}) != 1:
            return None
        name, where = min(named, key=lambda found: found[1])
        self.named_ahead.add(name)
        return Mention(name, where)

    def _spoken_for(self, speaker: Token, sentence: Sentence) -> tuple[str, int] | None:
        """The organisation `a spokesman` (or `a statement from the firm`) speaks for, and the
        sentence that names it: the one the sentence before the quotation has as its subject,
        or the one a spokesman spoke for just before, when this sentence names no other
        organisation as a subject or object."""
        if speaker.lemma_.lower() not in lexicon.SPOKESPERSON_NOUNS or sentence.index == 0:
            return None
        described = _described_organisation(speaker)
        if described is None and any(
            c.dep_ in ("prep", "poss", "compound") for c in speaker.children
        ):
            return None  # `a spokesman for X`, `X's spokesman`: the phrase says whose
        audience = [c for c in speaker.head.children if c.dep_ in ("dobj", "dative")]
        if any(
            e.label_ == "ORG"
            and e.start not in sentence.quoted
            and e.root.dep_ in _CORE_ROLES
            and e.root not in audience  # `told the Daily News`
            and e.root.i != speaker.i
            for e in sentence.doc.ents
        ):
            return None  # the sentence names an organisation of its own
        if sentence.index - 1 in self.spoken_for:  # `..., said a spokeswoman` after `a statement`
            return self.spoken_for[sentence.index - 1], sentence.index - 1
        opened = self._chain_start(sentence.index)
        if opened == 0:
            return None
        before = self.sentences[opened - 1]
        root = next((t for t in before.doc if t.dep_ == "ROOT"), None)
        subject = subject_of(root) if root is not None else None
        if subject is None:
            return None
        named = {
            e.text.removeprefix("the ")
            for e in before.doc.ents
            if e.label_ == "ORG" and subject.left_edge.i <= e.start <= subject.i
        }
        if any(
            e.label_ == "ORG" and subject.i < e.start <= subject.right_edge.i
            for e in before.doc.ents
        ):
            return None  # `X and Y said ...`, `X, which owns Y, said`: either may be meant
        apposed = _named_apposition(subject)
        if apposed is not None:  # `Rees-Barton's team, Velomara Racing, said`: not the rider
            return apposed, before.index
        untyped = (
            subject.pos_ == "PROPN"
            and not subject.ent_type_
            and all(c.dep_ in ("amod", "compound") for c in subject.lefts)
            and not any(c.dep_ in ("compound", "flat") and c.pos_ == "PROPN" for c in subject.lefts)
        )
        if not named and untyped and subject.text not in self.book.people:
            named = {subject.text}  # `firm NTL`: a name the recognizer gave no type
        return (next(iter(named)), before.index) if len(named) == 1 else None

    def _last_speaker(self, pronoun: Token, sentence: Sentence) -> tuple[Mention | None, bool]:
        """`X said A. [...] "B," he added`: (the person, True) when the last speaker spoke
        within `SPEAKER_REACH` sentences, fits the pronoun, and no other person who fits was
        named outside quotation marks since; (None, True) when someone spoke but that is not
        sure (abstain); (None, False) when no one spoke in reach."""
        gender = "m" if pronoun.lower_ == "he" else "f"
        for earlier in range(sentence.index - 1, max(-1, sentence.index - SPEAKER_REACH - 1), -1):
            voice = self.voices.get(earlier)
            if voice is None or not voice.speaker:
                continue
            if voice.speaker in self.roles_of_people:  # `X's lawyer said A. "B," she added`
                carried = pronoun.head.lemma_ in _CARRYING_ON
                unnamed = not self._person_named_since(earlier, sentence, pronoun.i)
                return (Mention(voice.speaker, earlier) if carried and unnamed else None), True
            person = self.book.person_named(voice.speaker)
            as_company = self.book.companies.count(voice.speaker)
            if person is None or as_company > len(person.mentions):
                return None, False  # an organisation spoke last: `he` is someone else
            if person.gender not in (gender, None):
                return None, False
            between = self.sentences[earlier + 1 : sentence.index]
            # a name after `he` in its own sentence is not whom `he` points back to
            if any(self._rival(person, gender, s) for s in between) or self._rival(
                person, gender, sentence, before=pronoun.i
            ):
                return None, True
            if self._rival_after_speaking(person, gender, earlier):
                return None, True  # `X said A, and Mr Y agreed. He said B`: not sure
            last = max(m for m in person.mentions if m <= sentence.index)
            return Mention(person.name, last), True
        return None, False

    def _narrated_subject(self, pronoun: Token, start: int) -> tuple[Person | None, bool]:
        """`X said A. Ms Y rejected the claim. She said B`: the person a sentence of the
        reporter's own (no one speaks in it) had as its subject, just before the sentence (or
        quotation) where `pronoun` speaks, and whether it is sure to be them: no one else who
        fits is named in that sentence or before the pronoun. The subject comes before the last
        speaker, as a reader takes it. (None, False) when there is no such person or their known
        gender disagrees: the older rules (the last speaker, or abstain) decide."""
        before = start - 1
        if before < 0 or (before in self.voices and self.voices[before].speaker):
            return None, False
        named = self.book.subjects.get(before) or _passive_agent(self.sentences[before])
        person = self.book.person_named(named or "")
        gender = "m" if pronoun.lower_ == "he" else "f"
        if person is None or person.gender not in (gender, None):
            return None, False
        others = [
            other
            for other in self.book.people.values()
            if other.name != person.name and other.gender in (gender, None)
        ]
        here = self.sentences[self._sentence_of(pronoun)]
        named_beside = any(
            before in other.mentions and not self._in_title_of(person, other, before)
            for other in others
        ) or self._rival(person, gender, here, before=pronoun.i)
        return person, not named_beside

    def _in_title_of(self, person: Person, other: Person, index: int) -> bool:
        """`Durham coach Graham Lister`: a name the recognizer took for a person's, said in
        sentence `index` only inside `person`'s own title, is no one else who could speak."""
        doc = self.sentences[index].doc
        mine = [e for e in doc.ents if e.label_ == "PERSON" and e.text.endswith(person.surname)]
        theirs = [t for t in doc if t.text == other.name.split()[-1]]
        return bool(mine and theirs) and all(
            any(t.head.i in subtree(e.root) and t.dep_ == "compound" for e in mine)
            and not any(t.i in range(e.start, e.end) for e in mine)
            for t in theirs
        )

    def _learn_gender(self, name: str, pronoun: Token) -> None:
        """`..., she said` resolved to a person of unknown sex: she is a woman from now on, so
        a later `he` cannot be her."""
        person = self.book.person_named(name)
        if person is not None and person.gender is None and person.name == name:
            person.gender = pronoun_gender(pronoun.lower_)

    def _person_named_since(self, earlier: int, sentence: Sentence, before: int) -> bool:
        """A person is named outside quotation marks after sentence `earlier`, up to token
        `before` of `sentence`."""
        between = [(s, len(s.doc)) for s in self.sentences[earlier + 1 : sentence.index]]
        return any(
            e.label_ == "PERSON" and e.start not in s.quoted and e.start < end
            for s, end in [*between, (sentence, before)]
            for e in s.doc.ents
        )

    def _last_organisation_voice(self, sentence: Sentence) -> Voice | None:
        """`The union said A. "B," it said`: `it` is the organisation that spoke last, within
        `SPEAKER_REACH` sentences, when no other organisation was named outside quotes since."""
        for earlier in range(sentence.index - 1, max(-1, sentence.index - SPEAKER_REACH - 1), -1):
            voice = self.voices.get(earlier)
            if voice is None or not voice.speaker:
                continue
            if self.book.person_named(voice.speaker) is not None:
                return None
            others = {
                name
                for s in self.sentences[earlier + 1 : sentence.index + 1]
                for name in _organisations_outside_quotes(s)
            }
            return None if others - {voice.speaker} else voice
        return None

    def _rival_after_speaking(self, person: Person, gender: str, index: int) -> bool:
        """In the sentence where `person` spoke, another who fits is the subject of a clause
        of the reporter's own after the speaker (`X said A, and Mr Y agreed`)."""
        attribution, voice = self.attributions[index], self.voices[index]
        if attribution is None or voice.anchor is None:
            return False
        spoke_at = max(voice.anchor[1])
        doc = self.sentences[index].doc
        later_subjects = {
            t.i for t in doc[spoke_at + 1 :] if t.dep_ in SUBJECTS and t.i not in attribution.used
        }
        return self._rival(person, gender, self.sentences[index], among=later_subjects)

    def _rival(
        self,
        person: Person,
        gender: str,
        sentence: Sentence,
        before: int | None = None,
        among: set[int] | None = None,
    ) -> bool:
        """Another person who fits the pronoun is named in the reporter's words of `sentence`
        (before token `before`, or with its head word `among` these tokens, when given)."""
        for entity in sentence.doc.ents:
            if entity.label_ != "PERSON" or entity.start in sentence.quoted:
                continue
            if before is not None and entity.start > before:
                continue
            if among is not None and entity.root.i not in among:
                continue
            other = self.book.person_named(entity.text)
            if other is None or other.name == person.name:
                continue
            if other.gender in (gender, None):
                return True
        return False

    def _content_organisation(self, pronoun: Token) -> Mention | None:
        """`C, it said`: the organisation that is the subject of C, before the pronoun."""
        verb = pronoun.head
        for content in (c for c in verb.children if c.dep_ in ("ccomp", "parataxis")):
            subject = subject_of(content)
            if subject is None or subject.i > pronoun.i:
                continue
            entity = next((e for e in pronoun.doc.ents if e.start <= subject.i < e.end), None)
            if entity is not None and entity.label_ == "ORG":
                return Mention(entity.text.removeprefix("the "), self._sentence_of(pronoun))
        return None

    def _another_organisation_before(self, index: int) -> bool:
        """The sentence before, whose subject is an organisation, names another one too
        (situations.another_organisation): `it` could be either."""
        centre = self.book.subjects.get(index - 1)
        before = self.sentences[index - 1] if index > 0 else None
        if not centre or before is None or not before.parsed:
            return False
        return another_organisation(before.doc, centre)

    def _sentence_of(self, token: Token) -> int:
        return next(s.index for s in self.sentences if s.doc is token.doc)

    def _chain_start(self, index: int) -> int:
        """The sentence that opened the quotation `index` is part of (itself when none)."""
        while index > 0 and self.sentences[index].opens_inside:
            index -= 1
        return index

    def _speech_act(self, doc: Doc, tokens: set[int], sentence: Sentence) -> Voice | None:
        """`The union accused the airline of ...`: the act is the reporter's claim, and the one
        who accused (urged, warned, blamed ...) is its speaker."""
        head = next(
            (doc[i] for i in sorted(tokens) if doc[i].head.i not in tokens or doc[i].head.i == i),
            None,
        )
        if head is None or head.lemma_.lower() not in speech_act_lemmas():
            return None
        pressed = not any(c.dep_ in ("ccomp", "parataxis") for c in head.children)
        if pressed and head.lemma_.lower() in lexicon.PRESSING_VERBS:
            return None  # `The gunmen had demanded the release of four men`: what they did
        held = any(c.dep_ == "prep" and c.lower_ in ("for", "as", "over") for c in head.children)
        held = held or bool(subtree(head) & sentence.quoted)  # `praised its "warm" atmosphere`
        if pressed and not held and head.lemma_.lower() in lexicon.APPRAISAL_VERBS:
            return None  # `Opposition councillors have criticised the plans`: what they did
        subject = subject_of(head)
        if subject is None or subject.i not in tokens or subject.dep_ != "nsubj":
            return None
        if _each_of_several(subject):  # `Each side blamed the other`: the reporter's account
            words = render(doc, sorted(subtree(subject))).rstrip(".")
            return Voice(None, None, note=f"who is '{words[:1].lower() + words[1:]}'?")
        named = contrasted_person(subject)  # `X denied C, although she praised D`: X praised
        voice = self.named(named if named is not None else subject, None, sentence)
        if voice.speaker and subject.pos_ == "PRON":  # `It blamed fuel costs`: the `It` is them
            return replace(voice, anchor=(sentence.index, frozenset({subject.i, head.i})))
        return voice

    def _plural_voice(self, index: int) -> bool:
        """The sentence before spoke with a plural voice (`the authors wrote`): `they` is it."""
        attribution = self.attributions[index] if index >= 0 else None
        if attribution is None or index not in self.voices or not self.voices[index].speaker:
            return False
        return attribution.speaker.tag_ in ("NNS", "NNPS")

    def _person_voice(
        self, name: str, verb: str | None, sentence: Sentence, person: Person | None = None
    ) -> Voice:
        person = person or self.book.person_named(name)
        if person is None:  # a name the book keeps under another surname: this sentence's
            return Voice(name, verb, [sentence.text])
        titled = _titled_otherwise(person, sentence)
        if titled is not None:  # `Priya and Tom Adeyemi ... Mrs Adeyemi said`: not Tom
            return Voice(titled, verb, [sentence.text])
        mentioned = max((m for m in person.mentions if m <= sentence.index), default=0)
        where = {person.introduced, mentioned, sentence.index}
        return Voice(person.name, verb, [" ".join(self.sentences[i].text for i in sorted(where))])

    def _joined_voice(self, speaker: Token, verb: str | None, sentence: Sentence) -> Voice | None:
        """`Tom Pell and Ann Lee said C`: two named speakers joined by `and` both say C; each
        is named as the article named them in full. A name the article gave as one (an
        entity over both, here or before: `Hobbs and Wendle`) is one speaker. None when no
        member is a name (`unions and employers` is the phrase as written)."""
        members = [speaker, *(c for c in speaker.children if c.dep_ == "conj")]
        joiners = [c for c in speaker.children if c.dep_ == "cc" and c.lower_ == "and"]
        if len(members) < 2 or not joiners or not any(m.pos_ == "PROPN" for m in members):
            return None
        doc = sentence.doc
        spans = sorted((min(_member_words(m)), max(_member_words(m))) for m in members)
        for (_, end), (start, _) in pairwise(spans):
            if any(t.text not in (",", "and") for t in doc[end + 1 : start]):
                return None  # `according to X, down from 9% and 11%`: no list of speakers
        if any(m.pos_ not in ("PROPN", "NOUN") or m.ent_type_ in _AMOUNT_TYPES for m in members):
            return None
        first = min(min(_member_words(m)) for m in members)
        last = max(max(_member_words(m)) for m in members)
        whole = doc[first : last + 1].text.removeprefix("the ").removeprefix("The ")
        named_before = [
            s.text
            for s in self.sentences[: sentence.index + 1]
            if s.parsed and any(e.text.removeprefix("the ") == whole for e in s.doc.ents)
        ]
        if named_before:
            return Voice(whole, verb, [*named_before[:1], sentence.text])
        names: list[str] = []
        sources = [sentence.text]
        for member in members:
            words = [doc[i] for i in sorted(_member_words(member))]
            person = self.book.person_in(words) if member.pos_ == "PROPN" else None
            if person is not None:
                names.append(person.name)
                sources.append(self.sentences[person.introduced].text)
            else:
                written = render(doc, [t.i for t in words]).strip().rstrip(".")
                lowered = words[0].dep_ == "det" and member.i != members[0].i
                names.append(written[:1].lower() + written[1:] if lowered else written)
        return Voice(", ".join(names[:-1]) + " and " + names[-1], verb, sources)

    def _shortened_joint_name(self, speaker: Token, sentence: int) -> Mention | None:
        """`Hartsfield and Dunmore, which has 1,100 beds, said`: two proper nouns joined by
        `and` that begin the name of the one organisation named before (`Hartsfield and
        Dunmore NHS Trust`) are that organisation, not two people."""
        names = [c for c in speaker.children if c.dep_ == "conj" and c.pos_ == "PROPN"]
        joiners = [c for c in speaker.children if c.dep_ == "cc" and c.lower_ == "and"]
        if speaker.pos_ != "PROPN" or len(names) != 1 or len(joiners) != 1:
            return None
        words = speaker.doc[speaker.i : names[0].i + 1].text
        found = {
            (name, where)
            for name, where in self.book.organisations
            if where < sentence and name.startswith(f"{words} ")
        }
        if len({name for name, _ in found}) != 1:
            return None
        name = next(iter(found))[0]
        return Mention(name, min(where for _, where in found))

    def _organisation(self, speaker: Token, words: str, sentence: int) -> Mention | None:
        parts = words.lower().split()
        # `the firm`, `the Leeds-based chain`: where a firm is based does not say which it is
        placed = placed_description(speaker)
        if (len(parts) == 2 or placed) and parts[0] == "the":
            # a name said after the speaker's phrase is in what it said, no rival for who says
            # it; nor is a place of the phrase itself (`The Leeds-based firm`)
            found = self.book.organisation(parts[-1], sentence, speaker.left_edge.i)
            if (
                found is not None
                and placed
                and epithet_contradicted(
                    speaker, found.name, self.sentences, sentence, found.sentence
                )
            ):
                return None
            return found
        return None

    def chain_voice(self, sentence: Sentence) -> Voice | None:
        """The voice of a quoted sentence that names no speaker: its quotation chain's."""
        index = sentence.index
        if not sentence.mostly_quoted():
            return None
        # The sentence that closes the quotation usually carries the attribution.
        later = index
        while self.sentences[later].ends_inside and later + 1 < len(self.sentences):
            later += 1
            found = self.attributions[later]
            if found is not None and found.relative:
                break  # `..., who said:` speaks for what follows it, not what came before
            if found is not None:
                return self.voice_of(found, self.sentences[later])
            if not self.sentences[later].opens_inside:
                break
        previous = index - 1
        if previous >= 0 and previous in self.voices:
            before = self.sentences[previous]
            attribution = self.attributions[previous]
            quoted_before = before.quoted or before.ends_inside
            if attribution is not None and (attribution.introduces or quoted_before):
                return self.voices[previous]
            if attribution is None and before.mostly_quoted():
                return self.voices[previous]
        return None


_DESCRIBING_PREPOSITIONS = frozenset({"for", "of", "at", "from", "with", "in"})


def _named_in_own_report(pronoun: Token, name: str) -> bool:
    """`He said Ashcroft should be picked`: what the `he` says names the person, so the `he`
    is someone else."""
    surname = name.split()[-1]
    report = subtree(pronoun.head) - subtree(pronoun)
    return any(pronoun.doc[i].text == surname for i in report)


_AMOUNT_TYPES = frozenset({"PERCENT", "MONEY", "CARDINAL", "QUANTITY", "DATE", "TIME"})


def _member_words(member: Token) -> set[int]:
    """One speaker of several joined by `and`: its words without the others, the joiners,
    and what is set off on it (`Tom Pell, 45,`)."""
    cut = {
        i
        for c in member.children
        if c.dep_ in ("conj", "cc", "punct", "appos", "relcl", "acl")
        for i in subtree(c)
    }
    return subtree(member) - cut


def _name_cut_from_phrase(speaker: Token, phrase: list[Token]) -> list[Token]:
    """`A study commissioned by the council from consultancy Tamar Coast Economics found`:
    the parser hung the name that ends the speaker's phrase elsewhere (an object of the
    participle, a second subject of the verb); it is the phrase's last words (whose the
    consultancy is), right where the phrase stops."""
    if not phrase:
        return []
    doc = speaker.doc
    end = max(t.i for t in phrase) + 1
    entity = next((e for e in doc.ents if e.start == end and e.label_ == "ORG"), None)
    if entity is None or doc[end - 1].is_punct:
        return []
    held = {t.i for t in phrase} | {speaker.head.i}
    return list(entity) if entity.root.head.i in held else []


def _plural_possessive_name(speaker: Token) -> str | None:
    """`the Growers' Guild`: a proper noun owned by a plural proper noun with a bare
    apostrophe is one name over both (a body named for its members), not the last word; the
    recognizer may type the two words apart."""
    if speaker.pos_ != "PROPN":
        return None
    entity = next((e for e in speaker.doc.ents if e.start <= speaker.i < e.end), None)
    for owner in (c for c in speaker.children if c.dep_ == "poss" and c.pos_ == "PROPN"):
        if entity is not None and entity.start <= owner.i:
            return None  # the recognizer read the name whole: the speaker stages name it
        marks = [c for c in owner.children if c.dep_ == "case" and c.text in ("'", "’")]
        if marks and owner.text.endswith("s") and owner.i < speaker.i:
            words = [t for t in speaker.doc[min(subtree(owner)) : speaker.i + 1] if t.dep_ != "det"]
            return render(speaker.doc, [t.i for t in words]).strip().rstrip(".")
    return None


def _joint_name(speaker: Token) -> str | None:
    """`Devon and Cornwall Police`: a bare proper noun joined by `and` to a name of several
    words that the recognizer reads as an organisation is one name over both places (the
    shared head `Police`); `Britain and France` or `Tom Berg and Acme` are not."""
    children = list(speaker.children)
    joiners = [c for c in children if c.dep_ == "cc" and c.lower_ == "and"]
    names = [c for c in children if c.dep_ == "conj"]
    whole = next((e for e in speaker.doc.ents if e.start == speaker.i and e.label_ == "ORG"), None)
    joined = [t for t in speaker.subtree if t.i != speaker.i]
    if whole is not None and names and joined and all(t.i < whole.end for t in joined):
        return whole.text  # `Ashworth and Dales Fire and Rescue Service`: one name, all of it
    if speaker.pos_ != "PROPN" or len(children) != 2 or len(joiners) != 1 or len(names) != 1:
        return None
    name = names[0]
    compounds = [c for c in name.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if name.pos_ != "PROPN" or not compounds or name.ent_type_ != "ORG" or list(name.rights):
        return None
    return speaker.doc[speaker.i : name.i + 1].text


def _whole_name(entity: Span, speaker: Token) -> str:
    """The entity's name with the proper nouns the recognizer left off its front
    (`the Liberal Democrats` read as `Democrats`)."""
    doc, start = speaker.doc, entity.start
    inside = {t.i for t in speaker.subtree}
    while start > 0 and start - 1 in inside and doc[start - 1].pos_ in ("PROPN", "CCONJ"):
        start -= 1
    while doc[start].pos_ == "CCONJ":
        start += 1
    return doc[start : entity.end].text.removeprefix("the ")


def _passive_agent(sentence: Sentence) -> str | None:
    """`The trial was led by Professor Ann Lee`: the person who did what a passive main clause
    tells, when its subject is no person; the one a sentence of the reporter's own is about."""
    root = next((t for t in sentence.doc if t.dep_ == "ROOT"), None) if sentence.parsed else None
    if root is None or not any(c.dep_ == "auxpass" for c in root.children):
        return None
    subject = subject_of(root)
    if subject is None or subject.ent_type_ == "PERSON" or subject.lower_ in ("he", "she"):
        return None
    agent = next((c for c in root.children if c.dep_ == "agent"), None)
    doer = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    if doer is None or doer.ent_type_ != "PERSON":
        return None
    entity = next(e for e in sentence.doc.ents if e.start <= doer.i < e.end)
    return entity.text


def _untyped_person(speaker: Token) -> Span | None:
    """`Detective Sergeant Neil Pascoe`: a proper noun the recognizer gave no type, right after
    a known first name, is a person's name (the title before it is no part of the name); so
    is one after any capitalised word that follows a title only a person bears (`Dr Ffion
    Rees`)."""
    if speaker.pos_ != "PROPN" or speaker.ent_type_ or speaker.i == 0:
        return None
    first = speaker.doc[speaker.i - 1]
    if first.pos_ != "PROPN" or first.ent_type_ or first.head.i != speaker.i:
        return None
    if first_name_gender(speaker.text) is not None:
        return None
    titled = first.i > 0 and speaker.doc[first.i - 1].lower_ in lexicon.PERSONAL_TITLES
    if first_name_gender(first.text) is None and not (titled and first.is_alpha):
        return None
    return Span(speaker.doc, first.i, speaker.i + 1, label="PERSON")


def apposed_person(role: Token) -> Token | None:
    """`Her deputy, Tom Berg`, `Her colleague at rival broker X, Tom Berg`: the one person's
    name set off by commas within a role's noun phrase (the parser may hang it on the last
    noun before it), or None when there is none or more than one."""
    names = [t for t in role.subtree if t.dep_ == "appos" and t.ent_type_ == "PERSON"]
    if len(names) != 1 or role.doc[names[0].left_edge.i - 1].text != ",":
        return None
    return names[0]


def _namesake(person: Person, phrase: list[Token]) -> str | None:
    """The full name a speaker's phrase gives (`Ann Lee`) when the book holds another person
    of that surname (`Tom Lee`): the book keys people by surname, so its person is not her."""
    tokens = {t.i for t in phrase}
    for entity in phrase[0].doc.ents if phrase else ():
        if entity.label_ != "PERSON" or entity.root.i not in tokens:
            continue
        kept = [
            t
            for t in entity
            if (t.pos_ == "PROPN" or t.text == "-")  # `Jean-Pierre` is one first name
            and t.text not in ("'s", "’s")
            and t.lower_.rstrip(".") not in lexicon.TITLES
        ]
        words = "".join(t.text + t.whitespace_ for t in kept).split()
        known = person.name.split()
        if len(words) > 1 and len(known) > 1 and words[-1] == known[-1] and words[0] != known[0]:
            return " ".join(words)
    return None


def _someone_described(sentence: Sentence) -> Token | None:
    """The main clause's subject when it is a person brought in by a description with `a`/`an`
    (`A spokesman for X denied C`): someone new, whom a later `he` may mean."""
    if not sentence.parsed:
        return None
    root = next((t for t in sentence.doc if t.dep_ == "ROOT"), None)
    subject = subject_of(root) if root is not None else None
    if subject is None or subject.pos_ != "NOUN":
        return None
    article = next((c for c in subject.children if c.dep_ == "det"), None)
    person_noun = subject.lower_ in lexicon.TITLES or subject.lemma_ in lexicon.SPOKESPERSON_NOUNS
    described = article is not None and article.lower_ in ("a", "an") and person_noun
    return subject if described else None


def _description_gender(noun: Token) -> str | None:
    """`spokeswoman` is a woman, `spokesman` a man; most callings say neither."""
    return demonym_gender(noun) or lexicon.PERSON_DESCRIPTION_NOUNS.get(noun.lower_)


def _description_text(noun: Token) -> str:
    """`a spokeswoman for the Department of Health`: the description without the clauses
    and asides set off on it."""
    aside = {
        i for c in noun.children if c.dep_ in ("relcl", "appos", "acl", "punct") for i in subtree(c)
    }
    text = render(noun.doc, subtree(noun) - aside).rstrip(".")
    return text[:1].lower() + text[1:]


def _main_clause_subject(pronoun: Token) -> Token | None:
    """`X rose, although it warned C`: the subject, other than `it`, of the clause that governs
    the pronoun's `although`/`while` clause, standing before the pronoun; None otherwise."""
    clause = pronoun.head
    if pronoun.dep_ != "nsubj" or clause.dep_ != "advcl":
        return None
    if not any(c.dep_ == "mark" for c in clause.children):
        return None
    subject = subject_of(clause.head)
    if subject is None or subject.i > pronoun.i or subject.lower_ == "it":
        return None
    return subject


def _titled(role: Token) -> bool:
    """A person's title (`director`, `coach`, `chief executive`) heads the phrase."""
    return role.pos_ == "NOUN" and (
        role.lower_ in lexicon.TITLES
        or f"{role.doc[role.i - 1].lower_} {role.lower_}" in lexicon.TITLES
    )


def _personal(name: Span) -> bool:
    """Two or three capitalised words, none of them a word organisations are named with."""
    organisation_words = set().union(*lexicon.ORGANISATION_NOUNS.values())
    return 2 <= len(name) <= 3 and all(
        t.pos_ == "PROPN" and t.lower_ not in organisation_words for t in name
    )


def _unowned(phrase: list[Token]) -> list[Token]:
    """`phrase` without its possessives (`Ana Silva's` of `Ana Silva's lawyer`)."""
    owned = {i for t in phrase if t.dep_ == "poss" for i in subtree(t)}
    return [t for t in phrase if t.i not in owned]


def _titled_otherwise(person: Person, sentence: Sentence) -> str | None:
    """`Mrs Adeyemi` in this sentence when the book's Adeyemi has a man's first name (or the
    other way round): another person of that surname, whom the speaker stays as written."""
    surname = surname_of(person.name)
    given = first_name_gender(person.name.split()[0]) if " " in person.name else None
    if given is None:
        return None
    words = sentence.text.split()
    for title, word in pairwise(words):
        rest = word.removeprefix(surname)
        named = rest != word and not any(c.isalpha() for c in rest.removesuffix("'s"))
        if named and title_gender(title) not in (None, given):
            return f"{title} {surname}"
    return None


def _described_organisation(speaker: Token) -> Token | None:
    """`a statement from the discount phone firm`, `a council spokesperson`: the organisation
    a spokesperson noun names by a description (`the` + an organisation noun, or the noun
    before it, no name), or None."""
    after = max(t.i for t in speaker.subtree) + 1  # `read a statement | from the firm`
    body = next((c for c in speaker.lefts if c.dep_ == "compound"), None)
    if (  # `a council spokesperson`
        body is not None
        and body.pos_ == "NOUN"
        and body.lemma_ in lexicon.ORGANISATION_NOUNS
        and not any(t.pos_ == "PROPN" or t.ent_type_ for t in speaker.subtree)
    ):
        return body
    preps = [*speaker.children, *(c for c in speaker.head.children if c.i == after)]
    for prep in (c for c in preps if c.dep_ == "prep" and c.lower_ in ("from", "for")):
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if noun is None or noun.pos_ != "NOUN" or noun.lemma_ not in lexicon.ORGANISATION_NOUNS:
            continue
        words = list(noun.subtree)
        if words[0].lower_ == "the" and not any(t.pos_ == "PROPN" or t.ent_type_ for t in words):
            return noun
    return None


def _with_described_body(speaker: Token, described: Token) -> str:
    """The speaker's words through the body that describes it (`a spokeswoman for the
    ministry`, `a statement from the phone firm`, `a council spokesperson`), a leading
    article in lower case."""
    end = max(speaker.i, described.right_edge.i)  # `a council spokesperson`
    words = speaker.doc[speaker.left_edge.i : end + 1].text
    return words[:1].lower() + words[1:] if speaker.left_edge.dep_ == "det" else words


def _named_apposition(subject: Token) -> str | None:
    """`Velomara Racing` of `Rees-Barton's team, Velomara Racing,`: the name set beside a
    described subject, which is who it is, whoever owns the description."""
    if subject.pos_ != "NOUN":
        return None
    names = [c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    if len(names) != 1:
        return None
    name = names[0]
    words = [t.i for t in name.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
    return subject.doc[min([*words, name.i]) : name.i + 1].text


def _organisations_outside_quotes(sentence: Sentence, besides: set[int] | None = None) -> set[str]:
    """The organisations a sentence names outside quotation marks, leaving out any that
    starts at a token of `besides`."""
    return {
        e.text.removeprefix("the ")
        for e in sentence.doc.ents
        if e.label_ == "ORG" and e.start not in sentence.quoted and e.start not in (besides or ())
    }


def _kinds_typed_people(sentence: Sentence, noun: Token) -> set[str]:
    """Names the recognizer typed people whose last word says they are of `noun`'s kind
    (`Carrow Mutual` for `an insurer`): rivals for `a home insurer` all the same."""
    fits = lexicon.ORGANISATION_NOUNS.get(noun.lemma_.lower(), frozenset())
    return {
        e.text
        for e in sentence.doc.ents
        if person_typed_kind(e, fits) and e.start not in sentence.quoted
    }


def _naming_participle(noun: Token) -> list[Token]:
    """`a research note called Apex`: the participle that names the noun is part of who
    speaks; any other participle (`a report published on Monday`) describes it."""
    return [
        t
        for child in noun.children
        if child.dep_ == "acl" and child.lemma_ in _NAMING_LEMMAS
        for t in child.subtree
        if t.dep_ != "punct"
    ]


_NAMING_LEMMAS = frozenset({"call", "name", "dub", "title"})


def _in_word_hyphen(token: Token) -> bool:
    """The hyphen of `Aberdeen-based`, which the tokenizer splits off as punctuation."""
    return (
        token.text == "-"
        and token.i > 0
        and not token.whitespace_
        and not token.nbor(-1).whitespace_
    )


def _maker_participle(noun: Token) -> list[Token]:
    """`Data published by the Department of Health showed C`: the participle's `by` names
    whose figures speak, and stays with them (never `Data showed C`); when or where it was
    published (`on Friday`) does not."""
    found = []
    for child in noun.children:
        agent = next((c for c in child.children if c.dep_ == "agent"), None)
        if child.dep_ != "acl" or child.tag_ != "VBN" or agent is None:
            continue
        if child.nbor(-1).text == "," or any(t.ent_type_ == "PERSON" for t in agent.subtree):
            continue  # set off, or a person's: a study's author (StudyAuthors) or the speaker
        found += [child, *(t for t in agent.subtree if t.text != ",")]
    return found


_DISTRIBUTIVES = frozenset({"each", "both", "either", "neither"})


def _each_of_several(subject: Token) -> bool:
    """`Each side`, `both parties`, `neither camp`: several actors at once, no one voice."""
    return subject.lower_ in _DISTRIBUTIVES or any(
        c.dep_ in ("det", "predet") and c.lower_ in _DISTRIBUTIVES for c in subject.children
    )


def _name_of(apposition: Token) -> list[Token]:
    """The words of an apposition that may name the speaker: not a clause or phrase set on it
    (`one commuter, Ann Lee, who travels from X to Y`: neither X nor Y is the one who spoke,
    even where the recognizer types a place as a person)."""
    return [
        t
        for t in apposition.subtree
        if not any(
            a.dep_ in ("relcl", "acl", "prep", "advcl")
            for a in [t, *t.ancestors]
            if a.i != apposition.i and apposition.is_ancestor(a)
        )
    ]


def _in_modifying_phrase(token: Token, speaker: Token) -> bool:
    """Whether `token` lies in a prepositional phrase hung on the speaker's head noun."""
    return any(a.dep_ == "prep" and a.head.i == speaker.i for a in token.ancestors) or (
        token.dep_ == "prep" and token.head.i == speaker.i
    )
