"""Stage 5 of the splitter: what a third-person pronoun stands for (see pipeline.py).

`PronounResolver.resolve` replaces a he/she/it/they (or his/its/their) by its one antecedent,
and otherwise says what to ask about it: `X said he ...` is X when no one else who fits is in
reach; `it` is the organisation the sentence or the one before is about, or the thing the
sentence before introduced, unless what happened or another firm could be meant; an `it` that
stands for a clause (`It emerged that ...`) is no one. Where no antecedent is sure it abstains.
Its person lookups (`person_pronoun`, `previous_subject`, `known_owner`,
`person_typed_as_firm`) also serve speakers.SpeakerFinder, for `he said`.

A collaborator object rather than another base class of `pipeline._Splitter`: everything it
reads is handed to it when the article's pass begins (the sentences, their attributions, the
entity book, and the two records the speaker finder adds to as it reads: the organisations a
speaker was resolved to early and the organisation each `a spokesman` spoke for, shared, not
copied), and it calls nothing of the splitter back, so it can be built and tested on its own.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from factcheck.splitter import lexicon
from factcheck.splitter.antecedents import (
    announced_subject,
    bound_away,
    bound_by_someone_unnamed,
    described_owner,
    inside_speakers_aside,
    other_gender_before,
    pronoun_gender,
    reported_by_unnamed,
    talked_about,
    unnamed_person_before,
)
from factcheck.splitter.clauses import noun_phrase
from factcheck.splitter.clients import client_of_defender
from factcheck.splitter.context import (
    EntityBook,
    Mention,
    Person,
    names_written_with_the,
    surname_of,
)
from factcheck.splitter.descriptions import thing_it_stands_for
from factcheck.splitter.referents import extraposed_object, publishes_only
from factcheck.splitter.reported import Attribution, reporting_lemmas, speech_act_lemmas
from factcheck.splitter.situations import may_mean_what_happened, names_it_again, rival_antecedent
from factcheck.splitter.tokens import SUBJECTS, is_possessive, render, subject_of
from factcheck.splitter.unbound_pronouns import co_arguments

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from factcheck.splitter.document import Sentence
    from factcheck.splitter.speakers import Voice


class PronounResolver:
    """The antecedents of one article's pronouns, read in order (see the module docstring)."""

    def __init__(
        self,
        sentences: list[Sentence],
        book: EntityBook,
        attributions: list[Attribution | None],
        named_ahead: set[str],
        spoken_for: dict[int, str],
    ) -> None:
        self.sentences = sentences
        self.book = book
        self.attributions = attributions
        self.named_ahead = named_ahead  # organisations a speaker was resolved to early
        self.spoken_for = spoken_for  # sentence -> organisation `a spokesman` spoke for

    def resolve(
        self,
        token: Token,
        voice: Voice,
        sentence: Sentence,
        replaced: dict[int, str],
        sources: list[str],
        claim: set[int] | None = None,
    ) -> str | None:
        """Replace a third-person pronoun by its one antecedent; else a note when it is the
        claim's subject (a possessive or object pronoun leaves the claim checkable). `claim`:
        the claim's tokens, when it is cut from a longer sentence."""
        word = token.lower_
        quoted = token.i in sentence.quoted
        possessive = is_possessive(token)
        found: Mention | None = None
        owner_meant = False
        in_subject = token.dep_ in SUBJECTS or (possessive and token.head.dep_ in SUBJECTS)
        speaking = voice.anchor is not None and voice.anchor[0] == sentence.index
        if voice.speaker and speaking and token.i in voice.anchor[1]:  # `he` of `he said`
            found = Mention(voice.speaker, sentence.index)
        elif voice.verb and not quoted and self._described_speaker(word, voice.speaker):
            # `One victim said she had handed over £6,200 from her savings`: the victim's,
            # whom the article does not name; not the last woman it named
            return f"who is '{token.text}'?"
        elif voice.verb and not quoted and in_subject and (nearer := _nearer_subject(token)):
            # `The unit has been told its bid failed, the university said`: the unit's bid
            in_claim = claim is None or nearer.i in claim
            return None if in_claim else f"who is '{token.text}'?"
        elif voice.verb and not quoted and in_subject and not expletive(token):
            # `Acme said it was the only option`: not Acme
            found = (
                None
                if may_mean_what_happened(token, claim)
                else self._bound_to_speaker(word, voice, sentence)
            )
            if found is not None and word == "it" and names_it_again(token, found.name):
                found = None  # `Acme said it would save the firm $10m`: not Acme
            if found is not None and word == "it" and _under_another_doer(token):
                # `..., as activists tried to stop it firing, according to X`: not X
                return f"what does '{token.text}' stand for?"
            if found is not None and word == "it" and self.thing_before(token, sentence):
                # `The Orbit browser has grown fast. Acme says it now has 6% of the market`
                return f"what does '{token.text}' stand for?"
            if found is not None and publishes_only(found.name, word):
                found = None  # `They found C, the Journal of X reported`: not the journal
            if found is not None and self._plural_said_before(token, sentence):
                return f"who are '{token.text}'?"  # `X said waits were long once they ...`
            if found is not None and _told_to_one_alike(token):
                return f"who is '{token.text}'?"  # `X warned him he faced prison`: him
            if found is not None and (
                self._gender_taken(token, found.name)  # `X said her regret was that he ...`
                or self._speaker_unsure(token, found.name, sentence, voice.speaker)
                or _speaker_was_they(token)  # `X said they ... and were in touch with his family`
            ):
                return f"who is '{token.text}'?"  # `her client would appeal`: whose?
            if found is None and self._untyped_speaker(word, voice.speaker, sentence):
                return f"who is '{token.text}'?"
            # `His lawyer, Y, said he ...`: he is whoever `His` is, not Y (`Her lawsuit said
            # she ...` is no one to set aside)
            owner_meant = (
                voice.speaker is not None
                and self.book.person_named(voice.speaker) is not None
                and self._fitting_owner(word, voice.speaker, sentence)[0]
            )
        if found is None and _bound_in_own_sentence(token, claim) is not None:
            return None  # `A castle had its best year after it was used ...`: the castle
        doubt = False
        if found is None and word in ("it", "its"):
            if expletive(token):
                return None  # `It is not clear how ...`: no one is meant
            doubt = self._it_in_doubt(token, sentence, claim)
        if found is None and word in ("it", "its") and not doubt:
            before = {e.text.removeprefix("the ") for e in sentence.doc.ents if e.end <= token.i}
            # `Under their vision, it would ...`: the organisation is `they` here, so `it` is
            # something else.
            plural_before = any(t.lower_ in ("they", "their", "them") for t in token.doc[: token.i])
            # `X said it would pay ...` with X of a type `it` cannot be: the speaker's
            # own `it` is most likely X still, never a thing from another sentence
            speakers_it = bool(voice.verb and voice.speaker and not quoted and in_subject)
            # `A government spokesperson said it keeps ... under review`: the body they speak
            # for, not the organisation the sentence before was about
            spokespersons = speakers_it and bool(
                lexicon.SPOKESPERSON_NOUNS & set((voice.speaker or "").lower().split())
            )
            if not plural_before and not _extraposed(token) and not spokespersons:
                found = self.book.organisation_subject(sentence.index, before)
            if (
                found is None
                and not speakers_it
                and self._thing_it_stands_for(token, sentence, replaced, sources)
            ):
                return None
        elif found is None and word not in ("they", "them", "their", "it", "its"):
            if quoted and voice.speaker is None:
                return None
            # a speaker does not call themself `he`, nor is their own client or boss
            besides = voice.speaker if quoted or owner_meant else None
            owner = described_owner(token)
            if owner is not None:  # the person the clause's subject describes: read as such
                # in the claim (`A care worker has won her case`), asked when cut from it
                return None if claim is None or owner.i in claim else f"who is '{token.text}'?"
            if bound_by_someone_unnamed(token):
                return None  # `blame a lad for doubling his wages`: the lad's, no one named
            found = self.person_pronoun(word, sentence.index, besides=besides)
            if found is not None and self._named_only_later(token, found.name, sentence):
                found = None  # `She is married to actor Tom Hale`: not Tom Hale
            if reported_by_unnamed(token):
                found = None  # `X scolded a girl who said she ...`: the girl
            nearer = unnamed_person_before(token)
            if found is not None and nearer is not None:
                # `Defending, X said her client had ... and that he was ashamed`: the client
                found = self._client_meant(nearer, voice, sentence)
            if found is not None and found.name == voice.speaker and _speaker_was_they(token):
                found = None  # `X said they ... and were in contact with his family`
            if found is not None and _punished(token) and self._sits_in_court(found.name):
                found = None  # `Judge X remanded Y in custody. He will be sentenced`: not X
        if found is not None:
            name = self.as_called(found.name)
            replaced[token.i] = f"{name}'s" if possessive else name
            sources.append(self.sentences[found.sentence].text)
            if word == "it" and token.dep_ in SUBJECTS and token.head.dep_ == "ROOT":
                # `Acme cut jobs. It also sold a plant. It ...`: the next `it` may take it up
                self.book.note_subject(sentence.index, found.name)
            person = self.book.person_named(found.name)
            if person is not None:
                sources.append(self.sentences[person.introduced].text)
                self.book.note_referred(person.name, sentence.index)
            return None
        subordinate = token.head.dep_ in ("relcl", "advcl", "acl")
        unsure = f"what does '{token.text}' stand for?"
        if token.dep_ in SUBJECTS and not expletive(token) and not (quoted and subordinate):
            return unsure if doubt else f"who is '{token.text}'?"  # a quotation's `they` too
        flagged = in_subject or token.dep_ == "dobj"  # `Its price is`, `Analysts praised it`
        if doubt and flagged and not quoted:
            return unsure
        if not possessive and _object_without_antecedent(token):
            return unsure if word == "it" else f"who is '{token.text}'?"
        return None

    def as_called(self, name: str) -> str:
        """`the University of Northmere`: an organisation's name with the `the` the article
        writes it with, so the claim reads as the article does (DescriptionResolver's too)."""
        return f"the {name}" if name in self._names_with_the else name

    @cached_property
    def _names_with_the(self) -> set[str]:
        return names_written_with_the(self.sentences)

    def like_the_first_it(
        self,
        token: Token,
        first: Token,
        voice: Voice,
        sentence: Sentence,
        replaced: dict[int, str],
        sources: list[str],
    ) -> list[str]:
        """Resolve `token` (an `it` the claim holds without `first`, the `it` it takes up)
        as `first` would be: the same name, or the same question."""
        words: dict[int, str] = {}
        note = self.resolve(first, voice, sentence, words, sources)
        if first.i in words:
            replaced[token.i] = words[first.i]
            return []
        return [note.replace(f"'{first.text}'", f"'{token.text}'")] if note else []

    def _it_in_doubt(self, token: Token, sentence: Sentence, claim: set[int] | None = None) -> bool:
        """`it`/`its` may mean something other than the organisation or thing it would be
        given: what happened (situations.may_mean_what_happened), another firm or
        thing of the sentence before (situations.rival_antecedent), or, in a quotation that
        opens here, something of the speaker's (the sentence before is the writer's)."""
        if may_mean_what_happened(token, claim):
            return True
        if token.i in sentence.quoted and not sentence.opens_inside:
            return True
        if _object_after_a_thing(token):
            return True
        centre = self.book.subjects.get(sentence.index - 1)
        before = self.sentences[sentence.index - 1] if sentence.index > 0 else None
        if not centre or before is None or not before.parsed:
            return False
        return names_it_again(token, centre) or rival_antecedent(token, before.doc, centre)

    def _named_only_later(self, pronoun: Token, name: str, sentence: Sentence) -> bool:
        """The person is first named in this sentence, after the pronoun, and not as the
        subject the pronoun could announce (`In her speech, Ann Lee said`): a pronoun does
        not point forward to an object or a name in a phrase."""
        person = self.book.person_named(name)
        if person is None or min(person.mentions, default=sentence.index) < sentence.index:
            return False
        named = [
            e
            for e in sentence.doc.ents
            if e.label_ == "PERSON" and any(t.text == person.surname for t in e)
        ]
        return bool(named) and all(
            e.start > pronoun.i and not announced_subject(pronoun, e.root) for e in named
        )

    def thing_before(self, token: Token, sentence: Sentence) -> bool:
        """Whether the sentence before had a thing for its subject that a subject `it` could
        take up as well as the speaker (`descriptions.thing_it_stands_for`)."""
        before = self.sentences[sentence.index - 1] if sentence.index > 0 else None
        if before is None or not before.parsed or token.dep_ not in SUBJECTS:
            return False
        return thing_it_stands_for(token, before.doc) is not None

    def _thing_it_stands_for(
        self, token: Token, sentence: Sentence, replaced: dict[int, str], sources: list[str]
    ) -> bool:
        """`The plan was announced. It will cost $5m`: `it` -> `the plan`, when nothing else
        could be meant (`descriptions.thing_it_stands_for`)."""
        quoted = token.i in sentence.quoted
        if token.lower_ != "it" or token.dep_ not in SUBJECTS or quoted or expletive(token):
            return False
        if token.head.lemma_ in reporting_lemmas() | speech_act_lemmas():
            return False  # `It said`, `It blamed X`: an organisation's act, not a thing's
        before = self.sentences[sentence.index - 1] if sentence.index > 0 else None
        if before is None or not before.parsed or sentence.opens_inside:
            return False
        thing = thing_it_stands_for(token, before.doc)
        if thing is None:
            return False
        replaced[token.i] = standing_in(thing, token)
        sources.append(before.text)
        return True

    def person_pronoun(self, word: str, index: int, besides: str | None = None) -> Mention | None:
        """EntityBook.pronoun, kept only when that person was a subject, speaker or owner of a
        subject in reach (antecedents.talked_about), or a title gave their gender (`police
        arrested Mr X. He ...`), or they are named in reach as the one of that sex who fits
        and were a subject earlier with a gender their name gives (`Tom Berg was jailed.
        ... Ann Lee, who represented Berg, said: "He has ..."`), and no him/her of the sentence is
        bound away from them: `Y won the X Award, and she ...` is not the award."""
        found = self.book.pronoun(word, index, besides=besides)
        if found is None or self._rival_in_sentence(word, index, found.name):
            return None
        surname = surname_of(found.name)
        if talked_about(surname, self.sentences, index):
            return found
        person = self.book.person_named(found.name)
        if person is None:
            return None
        known_person = person.gender is not None and talked_about(
            surname, self.sentences, index, reach=index
        )
        return found if person.titled or known_person else None

    def previous_subject(self, word: str, index: int) -> Mention | None:
        """The person a he/she means (`person_pronoun`) only when they are the subject of the
        sentence just before and the one who fits named there (`EntityBook.pronoun`)."""
        found = self.person_pronoun(word, index)
        if found is None or found.name != self.book.subjects.get(index - 1):
            return None
        return found

    def _client_meant(self, noun: Token, voice: Voice, sentence: Sentence) -> Mention | None:
        """The defendant a defence lawyer's `her client` is (clients.client_of_defender), which
        a later he/she of the sentence means too; None for any other unnamed person."""
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is None or noun.lemma_.lower() != "client":
            return None
        return client_of_defender(owner, voice.speaker, self.sentences, sentence.index, self.book)

    def _sits_in_court(self, name: str) -> bool:
        """A judge, magistrate or prosecutor: who sentences or accuses, never the sentenced."""
        person = self.book.person_named(name)
        return person is not None and bool(person.roles & _COURT_OFFICIALS)

    def _gender_taken(self, pronoun: Token, name: str) -> bool:
        """The person's gender is unknown and a pronoun of the other gender came first in the
        sentence (antecedents.other_gender_before)."""
        person = self.book.person_named(name)
        return person is not None and person.gender is None and other_gender_before(pronoun)

    def _rival_in_sentence(self, word: str, index: int, name: str) -> bool:
        """`X wrote to President Y, asking him to share what he had`: `him` cannot be X, so the
        sentence has another man (named in a phrase EntityBook.pronoun sets aside) and no
        `he` of it is safely X (antecedents.bound_away)."""
        doc = self.sentences[index].doc
        return bound_away(surname_of(name), pronoun_gender(word), doc)

    def _speaker_unsure(
        self, pronoun: Token, speaker: str, sentence: Sentence, voice_speaker: str | None
    ) -> bool:
        """`X said he ...`: the he/she is X only when no one else who could fit (that gender,
        or not known) is named before the pronoun in this sentence or earlier in the paragraph,
        or is the person the article is about: in `X was jailed. The judge said he had lied`,
        he is the accused. A named speaker is a rival too (`His coach, Y, said he still
        believed in the sprinter` is Y), unless their role is to speak for the one the
        pronoun was given (`His lawyer, Y, said he would appeal`: lexicon.ADVOCATE_ROLES).
        A name in a phrase of an aside on the speaker does not count
        (antecedents.inside_speakers_aside)."""
        gender = pronoun_gender(pronoun.text)
        person = self.book.person_named(speaker)
        if gender is None or person is None:
            return False
        index = sentence.index
        earlier = {s.index for s in self.sentences[:index] if s.paragraph == sentence.paragraph}
        if self.book.others_who_fit(person.name, gender, earlier):
            return True
        attribution = self.attributions[sentence.index]
        for entity in sentence.doc.ents:
            other = self.book.person_named(entity.text) if entity.label_ == "PERSON" else None
            if other is None or entity.start > pronoun.i or other.name == person.name:
                continue
            if (
                other.name == voice_speaker != speaker
                and pronoun.lower_ in ("he", "she")
                and _advocate(attribution)
            ):
                continue  # `His lawyer, Y, said he ...`: Y speaks for him; not `his client`
            if attribution is not None and inside_speakers_aside(entity.root, attribution.speaker):
                continue  # `X, best known for the series Y, said he ...`: Y is no rival
            if other.gender in (gender, None):
                return True
        # `X said fans feared what would happen if the owner's ... he`: the owner, maybe
        return attribution is not None and _described_person_in_content(pronoun, attribution)

    def _untyped_speaker(self, word: str, speaker: str | None, sentence: Sentence) -> bool:
        """`X said she ...` where X is a name the recognizer did not type a person: she may
        well be X, so she is no one else either. Only an organisation of more than one word
        (`Acme Foods`) is sure not to be a surname read as a firm. A common noun capitalised
        only as the sentence's first word (`Prosecutors allege that he ...`) is no name."""
        if pronoun_gender(word) is None or not speaker or not surname_of(speaker)[:1].isupper():
            return False
        attribution = self.attributions[sentence.index]
        said_by = attribution.speaker if attribution is not None else None
        if said_by is not None and said_by.text == speaker and said_by.tag_ in ("NN", "NNS"):
            return False
        organisation = speaker in self.named_ahead or any(
            n == speaker for n, _ in self.book.organisations
        )
        one_word = len(speaker.split()) == 1
        return self.book.person_named(speaker) is None and (one_word or not organisation)

    def _described_speaker(self, word: str, speaker: str | None) -> bool:
        """A speaker described, not named (`One victim`, `a neighbour`, `the rider`), whose
        own `he`/`she` it most likely is: no one the book knows by that description."""
        if pronoun_gender(word) is None or not speaker:
            return False
        words = speaker.split(" [")[0].split()
        if words[0].lower() not in ("a", "an", "one", "the") or len(words) < 2:
            return False
        if words[-1].lower().endswith("s") and not words[-1].lower().endswith("ss"):
            return False  # `the victims`: several, and `she` one of them or someone else
        return (
            self.book.person_named(speaker) is None and speaker not in self.book.organisation_names
        )

    def _plural_said_before(self, token: Token, sentence: Sentence) -> bool:
        """`X said waits for some patients were too long once they had been admitted`: a
        plural noun said before `they` may be what it means as well as the speaker; so may one
        said before a speech tag that trails (`People were left without alarms after their
        landlines were moved, a charity has said`)."""
        attribution = self.attributions[sentence.index]
        if token.lower_ not in ("they", "their", "them"):
            return False
        verb = attribution.verb if attribution is not None else None  # (`according to X`)
        start = verb.i + 1 if verb is not None and verb.i < token.i else 0
        return any(
            t.tag_ in ("NNS", "NNPS") or _plural_subject(t) for t in token.doc[start : token.i]
        )

    def _bound_to_speaker(self, word: str, voice: Voice, sentence: Sentence) -> Mention | None:
        """`X said he/it would ...`: the subject pronoun of indirect speech is the speaker,
        when they agree (a person for he/she, an organisation or group for it/they)."""
        speaker = voice.speaker
        if speaker is None:
            return None
        fits, owner = self._fitting_owner(word, speaker, sentence)
        if fits:  # `X's coach, Y, said she ...`: X, when known, never the coach
            return owner
        # `the wife of John Smith said he ...`: a description ending in a name is not that person
        named_speaker = all(w[:1].isupper() for w in speaker.split())
        person = self.book.person_named(speaker) if named_speaker else None
        word = {"his": "he", "her": "she", "its": "it", "their": "they"}.get(word, word)
        if (
            word == "it" and sentence.index in self.spoken_for
        ):  # `It has asked ..., a spokeswoman said`
            return self.book.organisation_named(self.spoken_for[sentence.index], sentence.index)
        if word in ("he", "she"):
            wanted = "m" if word == "he" else "f"
            agrees = person is not None and person.gender in (wanted, None)
        else:
            # spaCy may type a company a person once ("Chief Acme"): the commoner type wins.
            mentions_as_company = self.book.companies.count(speaker)
            named = speaker in self.named_ahead or any(
                n == speaker or _traded_as(speaker, n) for n, _ in self.book.organisations
            )
            organisation = named and (person is None or mentions_as_company > len(person.mentions))
            if word == "it" and person is None and not organisation:
                organisation = _untyped_name(speaker, sentence.doc)  # `Acme said it would`
            agrees = word in ("it", "they") and organisation
        return Mention(speaker, sentence.index) if agrees else None

    def _fitting_owner(
        self, word: str, speaker: str, sentence: Sentence
    ) -> tuple[bool, Mention | None]:
        """`X's coach, Y, said she ...`, `His lawyer said he ...`: whether the speaker is
        someone's role and that someone fits the pronoun (then the pronoun is not the speaker),
        with who that someone is when it is known for sure (`His` resolved without the
        speaker, who is not their own lawyer)."""
        attribution = self.attributions[sentence.index]
        gender = pronoun_gender(word)
        if attribution is None or gender is None:
            return False, None
        owner = next((c for c in attribution.speaker.children if c.dep_ == "poss"), None)
        if owner is None:
            return False, None
        if owner.tag_ == "PRP$":
            if pronoun_gender(owner.lower_) != gender:
                return False, None
            return True, self.person_pronoun(owner.text, sentence.index, besides=speaker)
        person = self.known_owner(owner)
        if person is None or person.gender not in (gender, None):
            return False, None
        return True, Mention(person.name, max(person.mentions, default=sentence.index))

    def known_owner(self, owner: Token) -> Person | None:
        """The known person a possessive names; the recognizer often types `Hart's` as an
        organisation, so a name the article gave a person counts whatever its type here."""
        return self.book.person_in(list(owner.subtree)) or self.person_typed_as_firm(owner)

    def person_typed_as_firm(self, name: Token) -> Person | None:
        """A surname the article gave a person, typed an organisation here: the person, unless
        the article calls it an organisation more often than it names that person."""
        person = self.book.people.get(name.text) if name.pos_ == "PROPN" else None
        if person is None or name.ent_type_ in ("PERSON", ""):
            return None
        return person if self.book.companies.count(name.text) <= len(person.mentions) else None


_COURT_OFFICIALS = frozenset(
    {"judge", "justice", "magistrate", "recorder", "sheriff", "prosecutor", "coroner"}
)
# What a court does to the accused: the one it is done to is who stood trial.
_PUNISHMENTS = frozenset(
    {"sentence", "jail", "imprison", "convict", "fine", "remand", "acquit", "charge", "bail",
     "disqualify", "ban", "order"}
)  # fmt: skip


_RIVAL_PERSON_NOUNS = (
    frozenset(lexicon.PERSON_DESCRIPTION_NOUNS)
    | lexicon.PERSON_ROLE_WORDS
    | frozenset(
        {"owner", "founder", "boss", "landlord", "landlady", "chairman", "chairwoman", "victim",
         "defendant", "client", "employer", "director", "chief", "president", "minister"}
    )
)  # fmt: skip


def _described_person_in_content(pronoun: Token, attribution: Attribution) -> bool:
    """`Gary Nwosu said fans were grateful for the owner's investment but worried about what
    would happen if he walked away`: a person the reported words describe (`the owner`),
    before the pronoun and as prominent as a subject or an owner (not `traced the dog's
    owner`), may be the one it means as well as the speaker."""
    content = set().union(*(words for _verb, words in attribution.contents))
    if pronoun.i not in content:
        return False
    return any(
        t.i in content
        and t.i < pronoun.i
        and t.pos_ == "NOUN"
        and t.tag_ == "NN"
        and t.lemma_.lower() in _RIVAL_PERSON_NOUNS
        and t.dep_ in ("nsubj", "nsubjpass", "poss")
        and any(c.dep_ in ("det", "poss") for c in t.children)
        for t in pronoun.doc
    )


_HEARERS = {"he": "him", "his": "him", "she": "her", "her": "her"}


def _told_to_one_alike(pronoun: Token) -> bool:
    """`Judge X warned him he faced prison`, `told Mr Y he would`: the reporting verb has a
    hearer the content's `he`/`she` may as well mean (more often does) as the speaker."""
    hearer_pronoun = _HEARERS.get(pronoun.lower_)
    if hearer_pronoun is None:
        return False
    clause = pronoun.head
    while clause.dep_ != "ccomp" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp":
        return False
    hearers = [c for c in clause.head.children if c.dep_ in ("dobj", "dative") and c.i < clause.i]
    return any(h.lower_ == hearer_pronoun or h.ent_type_ == "PERSON" for h in hearers)


def _punished(pronoun: Token) -> bool:
    """`He will be sentenced`, `she was jailed`: the pronoun is who a court acts on."""
    verb = pronoun.head
    return pronoun.dep_ == "nsubjpass" and verb.lemma_.lower() in _PUNISHMENTS


def _under_another_doer(pronoun: Token) -> bool:
    """`X said the ship was hit as activists tried to stop it firing`: an `it` in a clause
    that completes another's verb whose doer is named (`activists` tried to stop it) is what
    that doer acted on, not the speaker of the sentence; nor is the `it` a participle clause
    tells of (`..., making it one of the most common birds`): what the clause before made so.
    Only the `it` of what is said (`X said it would`) is the speaker's."""
    clause = pronoun.head
    while clause.dep_ in ("ccomp", "xcomp") and clause.head.i != clause.i:
        verb = clause.head  # what the clause complements: `stop it firing`, `tried to stop`
        if verb.lemma_.lower() in reporting_lemmas():
            return False
        if verb.tag_ == "VBG" and verb.dep_ == "advcl":
            return True  # `X estimates there are 5m pairs, making it one of the commonest`
        subject = subject_of(verb)
        if subject is not None and subject.pos_ in ("NOUN", "PROPN"):
            return True
        clause = verb
    return False


_CORE_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "appos"})
_TIME_NOUNS = frozenset(
    {"year", "month", "week", "day", "time", "decade", "season", "period", "hour", "record"}
)


def _bound_in_own_sentence(pronoun: Token, claim: set[int] | None) -> Token | None:
    """`A castle had its busiest year after it was used as a set`, `Customers chose quality
    when they went out`: the subject `it` or `they` of a clause that hangs on a verb (when,
    why or what it did) means that verb's own subject, a thing or things of its number, when
    the claim holds that subject and no other noun of its number is an actor or object in
    between: that subject, or None. The claim then reads whole as it stands."""
    word = pronoun.lower_
    if word not in ("it", "they") or pronoun.dep_ not in SUBJECTS or expletive(pronoun):
        return None
    clause = pronoun.head
    if clause.dep_ not in ("advcl", "ccomp") or clause.head.i == clause.i:
        return None
    subject = subject_of(clause.head)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or subject.i > pronoun.i:
        return None
    if claim is not None and subject.i not in claim:
        return None
    singular = word == "it"
    if not _of_number(subject, singular) or subject.ent_type_ in ("PERSON", "NORP", "ORG"):
        return None
    if subject.lemma_.lower() in lexicon.ORGANISATION_NOUNS.keys() | lexicon.ORGANISATION_TRADES:
        return None  # `The retailer grew since it was bought`: the organisations' own reading
    own = {t.i for t in subject.subtree}
    rival = any(
        t.i not in own
        and t.pos_ in ("NOUN", "PROPN")
        and t.dep_ in _CORE_ROLES
        and t.lemma_.lower() not in _TIME_NOUNS
        and _of_number(t, singular)
        for t in pronoun.doc[subject.i + 1 : pronoun.i]
    )
    return None if rival else subject


def _of_number(noun: Token, singular: bool) -> bool:
    return noun.tag_ in (("NN", "NNP") if singular else ("NNS", "NNPS"))


def _nearer_subject(pronoun: Token) -> Token | None:
    """`The institute has been told that its bid failed, the university said`: a subject of
    the same kind as the pronoun (an organisation for `it`, a person for `he`) on a verb
    between the pronoun and the one reporting it (out of a relative clause too), which the
    pronoun most likely means, not
    the speaker. A verb the speaker reports with (`X told staff that it ...`) is the
    speaker's own; a passive one (`has been told`) has the hearer for its subject."""
    kind = {"it": "ORG", "its": "ORG", "he": "PERSON", "his": "PERSON", "she": "PERSON"}.get(
        pronoun.lower_
    )
    if kind is None:
        return None
    clause = pronoun.head if is_possessive(pronoun) else pronoun
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    while clause.dep_ in ("ccomp", "xcomp", "advcl", "relcl") and clause.head.i != clause.i:
        verb = clause.head
        # `X said the supplier had 41,000 complaints, four times the number it had in 2022`:
        # out of a relative clause, to the verb its noun hangs on
        described = verb if clause.dep_ == "relcl" else None
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        if verb.lemma_.lower() in reporting_lemmas() and not passive:
            return None
        subject = subject_of(verb)
        if subject is not None and described is not None and subject.i == described.i:
            subject = None  # `the price it pays`: never what its own relative clause tells of
        if subject is not None and subject.ent_type_ == kind and subject.pos_ == "PROPN":
            return subject
        # `The council predicts the new crossing will cut traffic once it opens`: a thing
        if subject is not None and kind == "ORG" and _one_thing(subject):
            return subject
        clause = verb
    return None


# Nouns a singular and a plural write alike: `the species` may be one, and `its` may mean it.
_SAME_IN_PLURAL = frozenset({"species", "series", "aircraft", "sheep", "deer", "fish", "means"})


def _one_thing(noun: Token) -> bool:
    """A singular common noun no person (`the new crossing`, `the species`), which `it` may
    stand for."""
    return (
        (noun.tag_ == "NN" or noun.lower_ in _SAME_IN_PLURAL)
        and noun.pos_ == "NOUN"
        and not noun.ent_type_
        and noun.lemma_.lower() not in lexicon.PERSON_DESCRIPTION_NOUNS
    )


def _speaker_was_they(pronoun: Token) -> bool:
    """A he/she/his/her after a `they` that is the subject of what was reported, in the same
    report (`X said they were devastated and were in contact with his family`): the speaker
    was taken as many, so he or she is someone else, whoever the recognizer took X for."""
    if pronoun.lower_ not in ("he", "him", "his", "she", "her"):
        return False
    before = pronoun.doc[: pronoun.i]
    return any(t.lower_ == "they" and t.dep_ in SUBJECTS and not t.is_sent_start for t in before)


def _traded_as(speaker: str, name: str) -> bool:
    """`Handset maker Korvane` is the organisation `Korvane`: the name after its trade."""
    trade = speaker.removesuffix(f" {name}")
    return trade != speaker and trade.split()[-1].lower() in lexicon.TRADE_NOUNS


def _advocate(attribution: Attribution | None) -> bool:
    """The speaker is someone's lawyer or agent (`His barrister, Y, said`)."""
    return attribution is not None and attribution.speaker.lower_ in lexicon.ADVOCATE_ROLES


def expletive(token: Token) -> bool:
    """`It is expected that ...`, `it emerged that ...`: an `it` that stands for a clause."""
    if token.lower_ != "it":
        return False
    if extraposed_object(token) or _measures_a_clause(token):
        return True
    head = token.head
    # `It was told to sell`, `It seems to work`: an infinitive whose subject is the `it`
    # itself does not make it stand for a clause.
    clausal = ("ccomp", "csubj", "xcomp") if head.lemma_ == "be" else ("ccomp", "csubj")
    # `It would be for X to decide`, `It is hard to say`: an infinitive of the copula or its
    # adjective (not one inside its noun: `It is part of a plan to save $5m`)
    frame = {head.i} | {c.i for c in head.children if c.dep_ == "acomp"}
    clause_follows = any(c.dep_ in clausal and c.i > token.i for c in head.children) or (
        head.lemma_ == "be"
        and any(
            t.dep_ == "aux" and t.lower_ == "to" and t.i > head.i and t.head.head.i in frame
            for t in head.subtree
        )
    )
    passive = any(c.dep_ == "auxpass" for c in head.children)
    # `it is time advertisers stopped ...`, `it is a pity that ...`
    framed = head.lemma_ == "be" and any(
        c.dep_ == "attr"
        and c.lemma_ in lexicon.CLAUSE_FRAMING_NOUNS
        and (clause_follows or any(g.dep_ in ("relcl", "acl", "ccomp") for g in c.children))
        for c in head.children
    )  # (with no clause, `It was a mistake` judges something named before)
    if any(
        c.dep_ == "acomp" and c.lemma_.lower() in lexicon.AGENT_ADJECTIVES for c in head.children
    ):
        return token.dep_ == "expl"  # `it will be able to handle more flights`: the firm's
    return (
        token.dep_ == "expl"
        or framed
        or (clause_follows and (passive or head.lemma_ in ("be", "seem", "appear", "emerge")))
    )


def _measures_a_clause(token: Token) -> bool:
    """`it had taken 18 months to bring the case`: an `it` whose verb measures (lexicon.
    EXTRAPOSING_MEASURE_VERBS) an infinitive that has an object of its own; with none (`It
    cost $5m to build`) the `it` may be the thing built."""
    head = token.head
    if token.dep_ != "nsubj" or head.lemma_ not in lexicon.EXTRAPOSING_MEASURE_VERBS:
        return False
    return any(
        c.dep_ in ("xcomp", "advcl")
        and c.i > head.i
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        and any(o.dep_ in ("dobj", "ccomp", "attr") for o in c.children)
        for c in head.children
    )


def _extraposed(token: Token) -> bool:
    """`It is in our interest for X to sell ...`, `it would be wrong for X to ...`: an `it`
    that stands for the `for X to` clause after it, not for an organisation."""
    head = token.head
    if token.lower_ != "it" or head.lemma_ != "be":
        return False
    infinitives = [
        c
        for c in head.children
        if c.dep_ in ("xcomp", "advcl")
        and c.i > head.i
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
    ]
    return any(
        any(t.lower_ == "for" and t.dep_ in ("mark", "prep") for t in head.subtree if t.i < c.i)
        for c in infinitives
    )


def standing_in(thing: Token, pronoun: Token) -> str:
    """The words for `thing` to take the place of `pronoun` (`it` -> `the plan`)."""
    words = render(thing.doc, noun_phrase(thing, set(range(len(thing.doc))))).rstrip(".")
    first = pronoun.i == min(t.i for t in pronoun.sent if not t.is_punct)
    return (words[:1].upper() if first else words[:1].lower()) + words[1:]


def _untyped_name(speaker: str, doc: Doc) -> bool:
    """`Acme said it would cut 500 jobs`: a one-word name the recognizer gave no type, that
    no one in the article bears as a person, is the speaker's own `it` (a person never is)."""
    words = [t for t in doc if t.text == speaker]
    return (
        len(speaker.split()) == 1
        and bool(words)
        and all(t.pos_ == "PROPN" and t.ent_type_ in ("", "ORG") for t in words)
    )


# What a name may be that `it` can stand for (a person's name, or an untyped one, cannot).
_THING_NAMES = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "FAC", "EVENT", "LAW", "GPE", "LOC"})


def _a_thing_named(token: Token) -> bool:
    """`Acme`, `the 7E7`: a name that may be a thing's; not a person's (`Mr Lomax`)."""
    if token.ent_type_ in _THING_NAMES:
        return True
    titles = lexicon.PERSONAL_TITLES
    titled = token.lower_ in titles or (token.i > 0 and token.nbor(-1).lower_ in titles)
    named = token.pos_ == "PROPN" or (token.pos_ == "NUM" and not token.like_num)
    return named and token.ent_type_ != "PERSON" and not titled


def _object_without_antecedent(pronoun: Token) -> bool:
    """`would not pay it`, `will not let them down`, `bring him back`: an object pronoun no
    stage resolved, with nothing in the sentence before it that it could stand for (a thing
    for `it`, things or people for `them`, a person for `him`/`her`): read alone, the claim
    does not say what."""
    if pronoun.dep_ not in ("dobj", "pobj", "dative"):
        return False
    word = pronoun.lower_
    held = co_arguments(pronoun)  # `invoices from them`: not the invoices
    before = [t for t in pronoun.doc[: pronoun.i] if t.i not in held]
    if word == "it":
        return not any(t.tag_ == "NN" or _a_thing_named(t) for t in before)
    if word == "them":
        return not any(t.tag_ in ("NNS", "NNPS") or t.lower_ in ("they", "their") for t in before)
    if word in ("him", "her"):
        return not any(t.ent_type_ == "PERSON" or t.tag_ == "NNP" for t in before)
    return False


def _object_after_a_thing(pronoun: Token) -> bool:
    """`Rubbish left on private land has to be cleared by the landowner, who can face
    prosecution for failing to remove it`: an object `it` after a thing its own sentence made
    a subject or an object (a singular common noun, no organisation's) may mean that thing,
    not the organisation the sentence before was about."""
    if pronoun.lower_ != "it" or pronoun.dep_ not in ("dobj", "pobj"):
        return False
    return any(
        t.tag_ == "NN"
        and t.dep_ in (*SUBJECTS, "dobj")
        and t.lemma_.lower() not in lexicon.ORGANISATION_NOUNS
        and not t.ent_type_
        for t in pronoun.doc[: pronoun.i]
    )


def _plural_subject(noun: Token) -> bool:
    """`Melanomas ... are linked`: a noun subject its verb agrees with as many (the tagger
    may not know the word's plural and tag it a name)."""
    if noun.dep_ not in SUBJECTS or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    verb = noun.head
    finite = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    return any(t.tag_ == "VBP" or t.lower_ == "were" for t in finite)
