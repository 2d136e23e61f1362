"""The claim splitter, stage by stage (see ../shared/DESIGN.md, *Claim splitter*).

1-2. `document`: sentences, parsed in one batch, with their paragraphs and quotation marks.
3.   `reported`: each sentence's reporting act; a quotation without one takes the speaker of
     its chain (the sentence that closes it, `She added:` before it, or the quoted sentence just
     before it with its attribution). `he added` / `it said` is the one who spoke last when no
     one else who fits was named since; `a spokesman` speaks for the organisation the sentence
     before is about; otherwise no speaker and a flag, never the article's own voice.
4.   `clauses`: each content clause and each of the reporter's own clauses cut into facts.
4b.  `selection`: fragments, questions and, in the article's own voice, what no evidence could
     confirm (hopes, bare value judgements, schedule lines) are not emitted.
5.   `context`: pronouns, roles and `the firm` resolved when exactly one antecedent is in reach,
     dates anchored to the publication date; `descriptions`: `the aircraft`, `two more`, an
     unplaced `inflation` and the lead's group take their name, thing or scope from the article
     when one reading fits; `stand_ins`: `the two`, `these networks`, `each`, `both aircraft`,
     `they`, the `it` of a joined clause and a firm called by its rank take the names just
     given; otherwise the claim is flagged `needs_context`.
6.   `classify`: kind and check-worthiness.
7.   `faithfulness`: words from the source, speaker named nearby, or dropped/flagged.
A headline is a claim only when it states a figure (`Carrier orders 50 jets`);
otherwise the body states its facts better. A sentence that yields no claim otherwise is kept
whole (in the voice of its quotation chain), so no fact of the article is silently dropped; a
sentence whose clauses the selection stage all left out gives none.
"""

from __future__ import annotations

import inspect
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

from factcheck.errors import FactcheckError
from factcheck.models import Claim, article_id_for, claim_id_for
from factcheck.splitter import lexicon
from factcheck.splitter.antecedents import (
    announced_subject,
    bound_away,
    other_gender_before,
    owned_by_described_subject,
    pronoun_gender,
    reported_by_unnamed,
    talked_about,
)
from factcheck.splitter.classify import Classification, classify
from factcheck.splitter.clauses import (
    contrasted_person,
    descriptions,
    inserted_copulas,
    noun_phrase,
    split_clause,
)
from factcheck.splitter.context import (
    EntityBook,
    Mention,
    Person,
    aged_person,
    anchored_date,
    clause_mate_organisation,
    name_fits,
    object_without_antecedent,
    relative_date,
)
from factcheck.splitter.descriptions import (
    alternative_to_what,
    counted_before,
    counted_words,
    earlier_description,
    elided_count,
    frames_a_clause,
    group_scope,
    group_words,
    in_a_name,
    lead_owner,
    membership_scope,
    more_of,
    named_before_in_claim,
    named_sector,
    names_a_figure,
    placed_measure,
    plural_antecedent,
    points_back,
    points_to_a_place,
    read_topic,
    says_which,
    stands_for_earlier_things,
    stands_for_things,
    thing_it_stands_for,
)
from factcheck.splitter.document import Sentence, read_sentences
from factcheck.splitter.employers import titled_employers
from factcheck.splitter.faithfulness import foreign_words, speaker_is_named
from factcheck.splitter.implicit import implicit_questions, ranked_business
from factcheck.splitter.reported import (
    Attribution,
    find_attribution,
    reporting_lemmas,
    speaks_inside,
    speech_act_lemmas,
    swallowed_predicate,
)
from factcheck.splitter.selection import no_statement, not_checkable
from factcheck.splitter.stand_ins import (
    both_named,
    conjunct_thing,
    counted_owner,
    each_of_pair,
    listed_examples,
    people_counted,
    people_they,
    ranked_firm,
)
from factcheck.splitter.studies import participle_identity, read_study_authors
from factcheck.splitter.tokens import SUBJECTS, is_verbal, render, subject_of, subtree

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


PRONOUNS = frozenset({"he", "him", "his", "she", "her", "it", "its", "they", "them", "their"})
PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her"})
SPEAKER_REACH = 3  # sentences back in which `he said` may find the one who spoke last
REACH_AHEAD = 2  # sentences ahead in which `a US bank` may be named


class SplitError(FactcheckError):
    """The splitter failed on one sentence (a bug, reported with where it happened)."""


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


@dataclass
class Draft:
    """A claim before it is typed: its text, its voice and the tokens it was made from."""

    text: str
    voice: Voice
    span: tuple[int, int]  # offsets into the article text
    tokens: Span
    notes: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)  # where resolved names were found
    words: frozenset[int] = frozenset()  # the clause's tokens in its sentence's parse
    speaker_unknown: bool = False  # someone speaks these words and it is not known who


@cache
def _classify_takes_tokens() -> bool:
    return "tokens" in inspect.signature(classify).parameters


def typed(draft: Draft, sentence: str) -> Classification:
    """Kind and score; passes the claim's parsed tokens when the classifier reads them."""
    extra = {"tokens": draft.tokens} if _classify_takes_tokens() else {}
    return classify(
        draft.text,
        speaker=draft.voice.speaker,
        reporting_verb=draft.voice.verb,
        sentence=sentence,
        **extra,
    )


class _Splitter:
    """One article's pass: the entity book and the quotation chain it builds as it reads."""

    def __init__(self, sentences: list[Sentence], published: date | None) -> None:
        self.sentences = sentences
        self.published = published
        self.book = EntityBook()
        self.attributions = [_attribution(s) for s in sentences]
        self.voices: dict[int, Voice] = {}
        self.named_ahead: set[str] = set()  # organisations a speaker was resolved to early
        self.spoken_for: dict[int, str] = {}  # sentence -> organisation `a spokesman` spoke for
        self.topic = read_topic(sentences)
        self.studies = read_study_authors(sentences)
        self.employers = titled_employers(sentences)

    # --- stage 3: voices -------------------------------------------------------------------

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
            # `"A. B. C," he said`: `he` was named before the quotation began, or is the one
            # who spoke just before with no one else named since.
            spoke_last, decided = self._last_speaker(speaker, sentence)
            start = self._chain_start(sentence.index)
            found = spoke_last if decided else self._person_pronoun(speaker.text, start)
            carries_on = speaker.head.lemma_ in _CARRYING_ON  # `he added`: the last speaker
            if decided and found is None and not carries_on:  # `X said A. Mr Y is ... He said`
                found = self._previous_subject(speaker.text, start)
            if found is None:
                return Voice(None, verb, note=f"who is '{speaker.text}'?")
            return self._person_voice(found.name, verb, sentence)
        if speaker.lower_ == "they" and self._plural_voice(sentence.index - 1):
            previous = self.voices[sentence.index - 1]
            return Voice(previous.speaker, verb, previous.sources)
        if speaker.lower_ == "it":  # `The union believes C, it said`
            found = self._content_organisation(speaker) or self.book.organisation_subject(
                sentence.index, set()
            )
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
            return Voice(None, verb, note=f"who are '{speaker.text}'?")
        phrase = [
            t
            for t in speaker.subtree
            if t.dep_ not in ("relcl", "appos", "punct", "acl")
            and not any(  # only within the phrase: `which analysts said` keeps `analysts`
                a.dep_ in ("relcl", "appos", "acl") for a in t.ancestors if speaker.is_ancestor(a)
            )
        ] + _naming_participle(speaker)
        appositions = [t for c in speaker.children if c.dep_ == "appos" for t in c.subtree]
        person = self.book.person_in(phrase) or self.book.person_in(appositions)
        if person is not None:
            return self._person_voice(person.name, verb, sentence)
        entity = next((e for e in sentence.doc.ents if e.start <= speaker.i < e.end), None)
        named_apposition = [c for c in speaker.children if c.dep_ == "appos" and c.ent_type_]
        if entity is None and speaker.pos_ == "NOUN" and named_apposition:
            root = named_apposition[0]
            entity = next((e for e in sentence.doc.ents if e.start <= root.i < e.end), None)
        if entity is not None and entity.label_ in ("ORG", "GPE", "NORP"):
            return Voice(entity.text.removeprefix("the "), verb, [sentence.text])
        owner = next((t for t in phrase if t.tag_ == "PRP$"), None)
        if owner is not None:  # `Her lawsuit said ...`
            found = self._person_pronoun(owner.text, sentence.index)
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
            return Voice(named.rstrip("."), verb, person_sources)
        words = render(sentence.doc, [t.i for t in phrase]).rstrip(".")
        for resolve in (self.book.role, self._organisation):
            found = resolve(words, sentence.index)
            if found is not None:
                where = {found.sentence, *found.also}
                person = self.book.person_named(found.name)
                if person is not None:  # `the prime minister` -> the name in full, where given
                    where.add(person.introduced)
                return Voice(found.name, verb, [self.sentences[i].text for i in sorted(where)])
        earlier = self._same_source(speaker, phrase, sentence)
        if earlier is not None:  # `Her lawsuit said A. B, the suit added`: the same lawsuit
            return Voice(earlier.speaker, verb, earlier.sources)
        if phrase and phrase[0].dep_ == "det":
            words = words[:1].lower() + words[1:]
        author = self.studies.of(speaker, sentence.index) or participle_identity(
            speaker, sentence.index
        )
        if author is not None:  # `according to a study` -> `a study [by X]`
            where = [sentence.text, self.sentences[author.sentence].text]
            return Voice(f"{words} {author.bracket()}", verb, where)
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
                words = sentence.doc[speaker.left_edge.i : described.right_edge.i + 1].text
                if speaker.left_edge.dep_ == "det":
                    words = words[:1].lower() + words[1:]
            shown = f"{words} [{name}]" if described is not None else f"{words} [for {name}]"
            return Voice(shown, verb, [sentence.text, self.sentences[where].text])
        # `the Sydney Olympic gold medallist`: a place or an event describes, it names no one
        nameless = speaker.pos_ != "PROPN" and not any(
            t.ent_type_ in ("PERSON", "ORG") or (t.pos_ == "PROPN" and t.dep_ in ("pobj", "oprd"))
            for t in phrase  # `analysts at ING` say whose
        )
        note = f"who is '{words}'?" if nameless and words else ""
        return Voice(words or None, verb, [sentence.text], note=note)

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
            last = voice.speaker.split()[-1].lower()
            return voice if "'s" in voice.speaker and last.endswith(speaker.lower_) else None
        return None

    def _named_later(self, speaker: Token, sentence: Sentence) -> Mention | None:
        """`A US bank` named in the next sentences: the one organisation named there whose
        name fits the noun (`Riggs Bank`), when this sentence names no organisation."""
        article = next((c for c in speaker.children if c.dep_ == "det"), None)
        if article is None or article.lower_ not in ("a", "an"):
            return None
        if _organisations_outside_quotes(sentence):
            return None
        following = self.sentences[sentence.index + 1 : sentence.index + 1 + REACH_AHEAD]
        named = {
            (name, later.index)
            for later in following
            for name in _organisations_outside_quotes(later)
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
        subject = subject_of(head)
        if subject is None or subject.i not in tokens or subject.dep_ != "nsubj":
            return None
        named = contrasted_person(subject)  # `X denied C, although she praised D`: X praised
        return self.named(named if named is not None else subject, None, sentence)

    def _plural_voice(self, index: int) -> bool:
        """The sentence before spoke with a plural voice (`the authors wrote`): `they` is it."""
        attribution = self.attributions[index] if index >= 0 else None
        if attribution is None or index not in self.voices or not self.voices[index].speaker:
            return False
        return attribution.speaker.tag_ in ("NNS", "NNPS")

    def _person_voice(self, name: str, verb: str | None, sentence: Sentence) -> Voice:
        person = self.book.person_named(name)
        assert person is not None
        mentioned = max((m for m in person.mentions if m <= sentence.index), default=0)
        where = {person.introduced, mentioned, sentence.index}
        return Voice(person.name, verb, [" ".join(self.sentences[i].text for i in sorted(where))])

    def _organisation(self, words: str, sentence: int) -> Mention | None:
        parts = words.lower().split()
        if len(parts) == 2 and parts[0] == "the":
            return self.book.organisation(parts[1], sentence)
        return None

    def _mention_text(self, mentions: list[int], sentence: Sentence) -> str:
        nearest = max((m for m in mentions if m <= sentence.index), default=sentence.index)
        return self.sentences[nearest].text

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

    # --- stage 4: claims of a sentence -----------------------------------------------------

    def _relative_voice(
        self, attribution: Attribution, sentence: Sentence
    ) -> list[tuple[set[int], Voice]]:
        """`This was rejected by Mr Blair, who said: "C."`: the speaker's voice covers what
        follows the verb (and the quotation it introduces); the narration around it stays the
        article's, and a quotation before it keeps its own chain's voice (or none)."""
        assert attribution.verb is not None
        voice = self.voice_of(attribution, sentence)
        self.voices[sentence.index] = voice
        doc, verb_at = sentence.doc, attribution.verb.i
        pieces = self._attributed(attribution, voice, sentence, depth=0)
        swallowed = swallowed_predicate(attribution.verb)
        if swallowed is not None:  # `The union, which says C, called a strike`
            everything = set(range(len(doc)))
            pieces.append(
                (noun_phrase(attribution.speaker, everything) | subtree(swallowed), OWN_VOICE)
            )
        earlier = self.chain_voice(sentence) or OWN_VOICE
        for claim in self._own_clauses(doc, set(range(len(doc))) - attribution.used):
            quoted = len(claim & sentence.quoted) * 2 > len(claim)
            if quoted and min(claim) > verb_at:
                pieces.append((claim, voice))
            elif quoted:
                pieces.append((claim, earlier))
            elif not _only_speaking(doc, claim):
                pieces.append((claim, OWN_VOICE))
        return pieces

    def drafts(self, sentence: Sentence) -> list[Draft]:
        doc = sentence.doc
        everything = set(range(len(doc)))
        attribution = self.attributions[sentence.index]
        pieces: list[tuple[set[int], Voice]] = []
        if attribution is not None and attribution.relative:
            pieces += self._relative_voice(attribution, sentence)
        elif attribution is not None:
            voice = self.voice_of(attribution, sentence)
            self.voices[sentence.index] = voice
            pieces += self._attributed(attribution, voice, sentence, depth=0)
            # The reporter's account of what the speaker did (`... and hinted that D`).
            narrated = Voice(voice.speaker, None, voice.sources, anchor=voice.anchor)
            tail = _attribution_tail(attribution, sentence)
            if tail and _speaker_leads(attribution, tail):
                pieces.append((tail, narrated))
            rest = everything - attribution.used - tail
            pieces += _described(attribution, everything - tail)
            second = find_attribution(doc, rest, sentence.quoted)
            if second is not None and not second.introduces:  # `..., but supporters argue C2`
                pieces += self._attributed(second, self.voice_of(second, sentence), sentence, 1)
                pieces += _described(second, rest)
                rest -= second.used
            for claim in self._own_clauses(doc, rest):
                if len(claim & sentence.quoted) * 2 > len(claim):
                    pieces.append((claim, voice))  # another quoted sentence of the same voice
                elif not _only_speaking(doc, claim):
                    # `X refused to answer questions, but said C`: what X did is the
                    # article's account, not X's words
                    pieces.append((claim, OWN_VOICE))
        else:
            voice = self.chain_voice(sentence) or OWN_VOICE
            if voice is not OWN_VOICE:
                self.voices[sentence.index] = voice
            pieces += [(c, voice) for c in self._own_clauses(doc, everything)]
        return [self._draft(tokens, voice, sentence) for tokens, voice in pieces]

    def _attributed(
        self, attribution: Attribution, voice: Voice, sentence: Sentence, depth: int
    ) -> list[tuple[set[int], Voice]]:
        pieces: list[tuple[set[int], Voice]] = []
        for head, tokens in attribution.contents:
            inner = find_attribution(sentence.doc, tokens, sentence.quoted) if depth < 2 else None
            if inner is not None and not inner.introduces and speaks_inside(attribution, inner):
                inner_voice = self.voice_of(inner, sentence)
                pieces += self._attributed(inner, inner_voice, sentence, depth + 1)
                pieces += [(c, voice) for c in self._own_clauses(sentence.doc, tokens - inner.used)]
            else:
                pieces += [(c, voice) for c in split_clause(head, tokens)]
        return pieces

    def _own_clauses(self, doc: Doc, tokens: set[int]) -> list[set[int]]:
        """Clauses among `tokens` that state something: a verb with a subject of its own, or
        one it shares with the verb it is coordinated with (`X said C and hinted D`)."""
        claims: list[set[int]] = []
        for root in (
            doc[i] for i in sorted(tokens) if doc[i].head.i not in tokens or doc[i].head.i == i
        ):
            if not is_verbal(root):
                continue
            if subject_of(root) is not None:
                claims += split_clause(root, tokens)
            elif root.dep_ == "conj" and subject_of(root.head) is not None:
                shared = subtree(subject_of(root.head))
                claims += split_clause(root, tokens | shared, shared)
        return claims

    # --- stage 5: stand alone ----------------------------------------------------------------

    def _draft(self, tokens: set[int], voice: Voice, sentence: Sentence) -> Draft:
        doc = sentence.doc
        if voice is OWN_VOICE:
            voice = self._speech_act(doc, tokens, sentence) or voice
        replaced: dict[int, str] = {}
        sources: list[str] = list(voice.sources)
        notes: list[str] = [voice.note] if voice.note else []
        named_in_claim: list[str] = []
        for i in sorted(tokens):
            token = doc[i]
            if token.ent_type_ == "PERSON" and token.text in self.book.people:
                named_in_claim.append(self.book.people[token.text].name)
            if token.tag_ in ("PRP", "PRP$") and token.lower_ in PRONOUNS:
                if len(set(named_in_claim)) == 1 and token.lower_ in PERSON_PRONOUNS:
                    continue  # `X will try to leverage his position`: the claim names him
                person = contrasted_person(token)
                if person is not None and person.i not in tokens:  # `, although she ...`
                    replaced[i] = render(doc, noun_phrase(person, set(range(len(doc))))).rstrip(".")
                    continue
                # `Acme is ..., although it faces ...`: the claim says who (or asks it once)
                if (mate := clause_mate_organisation(token)) is not None and mate.i in tokens:
                    continue
                if not _expletive(token) and (thing := conjunct_thing(token, tokens)) is not None:
                    replaced[i] = _standing_in(thing, token)  # `X fits and it can be ...`
                    continue
                note = self._pronoun(token, voice, sentence, replaced, sources)
                group = plural_antecedent(token, sentence.quoted) if note else None
                if group is not None:  # `few women worked in X, but they made up ...`
                    note = None
                    if group.i not in tokens:
                        replaced[i] = group_words(group, self.topic, sentence.index)
                people = people_they(token, self.sentences, sentence.index) if note else None
                if people is not None and i not in sentence.quoted:  # `A and B met. They ...`
                    note, replaced[i] = None, people.words
                    sources.append(self.sentences[people.sentence].text)
                if not note and i not in replaced and object_without_antecedent(token, tokens):
                    note = f"who is '{token.text}'?"  # `X has called on them to ...`
                if note and i not in replaced and named_before_in_claim(token, tokens):
                    note = None  # `When X announced a plan it drew ...`: the claim holds it
                if note:
                    notes.append(note)
                elif i in replaced and self.book.person_named(replaced[i]) is not None:
                    named_in_claim.append(replaced[i])
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
            elif token.lower_ in ("that", "this") and token.dep_ in SUBJECTS and i > min(tokens):
                continue
            elif token.lower_ in ("that", "this", "these") and token.dep_ in SUBJECTS:
                notes.append(f"what is '{token.text}'?")
            elif stands_for_earlier_things(token):  # `merging these into one`
                notes.append(f"what are '{token.text}'?")
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
            elif self.published and token.ent_type_ == "DATE":
                anchor = self._anchor(token)
                if anchor:
                    replaced[i] = f"{token.text} [{anchor}]"
            elif not self.published and (when := relative_date(token)) is not None:
                notes.append(f"when is '{when}'? the article gives no date")
        replaced.update(_uncontracted(doc, tokens, replaced))  # `it's` -> `the plan is`
        replaced.update(inserted_copulas(doc, tokens))  # `Ana Silva [is] a lawyer`
        for i in sorted(tokens - replaced.keys()):  # `the two` -> `the two [A and B]`
            self._stand_in(doc[i], tokens, sentence, replaced, sources)
        notes += implicit_questions(doc, tokens, dated=bool(self.published), answered=replaced)
        notes += self._topic_context(tokens, sentence, replaced)
        subject = _claim_subject(doc, tokens)
        predicated = _predicated_noun(doc, tokens) if subject is None else None
        if predicated is not None:  # `the company floated in 1996` -> `Yahoo floated ...`
            self._name_organisation(predicated, tokens, sentence, replaced, sources)
        if subject is not None and subject.i not in replaced:
            notes += self._describe(subject, tokens, sentence, replaced, sources, voice.speaker)
        for other in sorted(tokens - replaced.keys()):  # `... and the company floated in 1996`
            if doc[other].dep_ in SUBJECTS and other != getattr(subject, "i", None):
                notes += self._describe(
                    doc[other], tokens, sentence, replaced, sources, voice.speaker
                )
        for i in sorted(tokens - replaced.keys()):  # `in the industry` -> `in the [UK film] ...`
            organisation = doc[i].lemma_.lower() in lexicon.ORGANISATION_NOUNS
            if organisation and _bare_definite(doc[i], tokens) and i not in replaced:
                notes += self._describe(  # `the firm`
                    doc[i], tokens, sentence, replaced, sources, voice.speaker
                )
            elif _bare_definite(doc[i], tokens):
                earlier = earlier_description(doc[i], self.sentences, sentence.index, tokens)
                if earlier is not None:
                    replaced[i] = self.topic.owned(earlier, doc, tokens).around(doc[i].text)
                    sources.append(self.sentences[earlier.sentence].text)
            not_subject = subject is None or i != subject.i
            if i not in replaced and not_subject and points_back(doc[i], tokens):
                notes.append(f"which {doc[i].lower_}?")
            if (alternative := alternative_to_what(doc[i], tokens)) is not None:
                notes.append(alternative)  # `an alternative blueprint`
        text = render(doc, tokens, replaced)
        spanned = {i for i in tokens if not doc[i].is_punct} or tokens
        if voice.anchor is not None and voice.anchor[0] == sentence.index:
            spanned = spanned | voice.anchor[1]
        first, last = min(spanned), max(spanned)
        start = sentence.start + doc[first].idx
        end = sentence.start + doc[last].idx + len(doc[last].text)
        span = doc[first : last + 1]
        return Draft(text, voice, (start, end), span, notes, sources, frozenset(tokens))

    def _stand_in(
        self,
        token: Token,
        tokens: set[int],
        sentence: Sentence,
        replaced: dict[int, str],
        sources: list[str],
    ) -> None:
        """Names a description stands in for, given just before (stand_ins): `the two [A and
        B]`, `these networks [like A, B and C]`, `each [of X and Y]`, `Asia's biggest airline
        [Acme Airlines]`."""
        index = sentence.index
        bracket = people_counted(token, tokens, self.sentences, index) or listed_examples(
            token, tokens, self.sentences, index
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

    def _pronoun(
        self,
        token: Token,
        voice: Voice,
        sentence: Sentence,
        replaced: dict[int, str],
        sources: list[str],
    ) -> str | None:
        """Replace a third-person pronoun by its one antecedent; else a note when it is the
        claim's subject (a possessive or object pronoun leaves the claim checkable)."""
        word = token.lower_
        quoted = token.i in sentence.quoted
        possessive = token.tag_ == "PRP$" or (word == "her" and token.dep_ == "poss")
        found: Mention | None = None
        in_subject = token.dep_ in SUBJECTS or (possessive and token.head.dep_ in SUBJECTS)
        speaking = voice.anchor is not None and voice.anchor[0] == sentence.index
        if voice.speaker and speaking and token.i in voice.anchor[1]:  # `he` of `he said`
            found = Mention(voice.speaker, sentence.index)
        elif voice.verb and not quoted and in_subject and not _expletive(token):
            found = self._bound_to_speaker(word, voice, sentence)
            if found is not None and (
                self._gender_taken(token, found.name)  # `X said her regret was that he ...`
                or self._speaker_unsure(token, found.name, sentence)
            ):
                return f"who is '{token.text}'?"  # `her client would appeal`: whose?
            if found is None and self._untyped_speaker(word, voice.speaker):
                return f"who is '{token.text}'?"
        if found is None and word in ("it", "its"):
            before = {e.text.removeprefix("the ") for e in sentence.doc.ents if e.end <= token.i}
            # `Under their vision, it would ...`: the organisation is `they` here, so `it` is
            # something else.
            plural_before = any(t.lower_ in ("they", "their", "them") for t in token.doc[: token.i])
            if not plural_before and not _extraposed(token):
                found = self.book.organisation_subject(sentence.index, before)
            if found is None and self._thing_it_stands_for(token, sentence, replaced, sources):
                return None
        elif found is None and word not in ("they", "them", "their"):
            if quoted and voice.speaker is None:
                return None
            besides = voice.speaker if quoted else None  # a speaker does not call themself `he`
            if owned_by_described_subject(token):
                return f"who is '{token.text}'?"  # the person the clause's subject describes
            found = self._person_pronoun(word, sentence.index, besides=besides)
            if found is not None and self._named_only_later(token, found.name, sentence):
                found = None  # `She is married to actor Tom Hale`: not Tom Hale
            if reported_by_unnamed(token):
                found = None  # `X scolded a girl who said she ...`: the girl
        if found is not None:
            replaced[token.i] = f"{found.name}'s" if possessive else found.name
            sources.append(self.sentences[found.sentence].text)
            person = self.book.person_named(found.name)
            if person is not None:
                sources.append(self.sentences[person.introduced].text)
            return None
        subordinate = token.head.dep_ in ("relcl", "advcl", "acl")
        if token.dep_ in SUBJECTS and not _expletive(token) and not (quoted and subordinate):
            return f"who is '{token.text}'?"  # a quotation's `they` needs a name as much
        return None

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

    def _thing_it_stands_for(
        self, token: Token, sentence: Sentence, replaced: dict[int, str], sources: list[str]
    ) -> bool:
        """`The plan was announced. It will cost $5m`: `it` -> `the plan`, when nothing else
        could be meant (`descriptions.thing_it_stands_for`)."""
        quoted = token.i in sentence.quoted
        if token.lower_ != "it" or token.dep_ not in SUBJECTS or quoted or _expletive(token):
            return False
        if token.head.lemma_ in reporting_lemmas() | speech_act_lemmas():
            return False  # `It said`, `It blamed X`: an organisation's act, not a thing's
        before = self.sentences[sentence.index - 1] if sentence.index > 0 else None
        if before is None or not before.parsed or sentence.opens_inside:
            return False
        thing = thing_it_stands_for(token, before.doc)
        if thing is None:
            return False
        replaced[token.i] = _standing_in(thing, token)
        sources.append(before.text)
        return True

    def _person_pronoun(self, word: str, index: int, besides: str | None = None) -> Mention | None:
        """EntityBook.pronoun, kept only when that person was a subject, speaker or owner of a
        subject in reach (antecedents.talked_about), or a title gave their gender (`police
        arrested Mr X. He ...`), and no him/her of the sentence is bound away from them:
        `Y won the X Award, and she ...` is not the award."""
        found = self.book.pronoun(word, index, besides=besides)
        if found is None or self._rival_in_sentence(word, index, found.name):
            return None
        if talked_about(found.name.split()[-1], self.sentences, index):
            return found
        person = self.book.person_named(found.name)
        return found if person is not None and person.titled else None

    def _previous_subject(self, word: str, index: int) -> Mention | None:
        """The person a he/she means (`_person_pronoun`) only when they are the subject of the
        sentence just before and the one who fits named there (`EntityBook.pronoun`)."""
        found = self._person_pronoun(word, index)
        if found is None or found.name != self.book.subjects.get(index - 1):
            return None
        return found

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
        return bound_away(name.split()[-1], pronoun_gender(word), doc)

    def _speaker_unsure(self, pronoun: Token, speaker: str, sentence: Sentence) -> bool:
        """`X said he ...`: the he/she is X only when no one else who could fit (that gender,
        or not known) is named before the pronoun in this sentence or earlier in the paragraph,
        or is the person the article is about: in `X was jailed. The judge said he had lied`,
        he is the accused."""
        gender = pronoun_gender(pronoun.text)
        person = self.book.person_named(speaker)
        if gender is None or person is None:
            return False
        index = sentence.index
        earlier = {s.index for s in self.sentences[:index] if s.paragraph == sentence.paragraph}
        if self.book.others_who_fit(person.name, gender, earlier):
            return True
        for entity in sentence.doc.ents:
            other = self.book.person_named(entity.text) if entity.label_ == "PERSON" else None
            if other is None or entity.start > pronoun.i or other.name == person.name:
                continue
            if other.gender in (gender, None):
                return True
        return False

    def _untyped_speaker(self, word: str, speaker: str | None) -> bool:
        """`X said she ...` where X is a name the recognizer did not type a person: she may
        well be X, so she is no one else either. Only an organisation of more than one word
        (`Acme Foods`) is sure not to be a surname read as a firm."""
        if pronoun_gender(word) is None or not speaker or not speaker.split()[-1][:1].isupper():
            return False
        organisation = speaker in self.named_ahead or any(
            n == speaker for n, _ in self.book.organisations
        )
        one_word = len(speaker.split()) == 1
        return self.book.person_named(speaker) is None and (one_word or not organisation)

    def _bound_to_speaker(self, word: str, voice: Voice, sentence: Sentence) -> Mention | None:
        """`X said he/it would ...`: the subject pronoun of indirect speech is the speaker,
        when they agree (a person for he/she, an organisation or group for it/they)."""
        speaker = voice.speaker
        if speaker is None:
            return None
        person = self.book.person_named(speaker)
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
                n == speaker for n, _ in self.book.organisations
            )
            organisation = named and (person is None or mentions_as_company > len(person.mentions))
            agrees = word in ("it", "they") and organisation
        return Mention(speaker, sentence.index) if agrees else None

    def _anchor(self, token: Token) -> str | None:
        assert self.published is not None
        word = token.lower_
        if token.i > 0 and word in ("week", "month", "year"):
            return anchored_date(f"{token.doc[token.i - 1].lower_} {word}", self.published)
        return anchored_date(word, self.published)

    def _name_organisation(
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
        found = self.book.organisation(noun.lower_, sentence.index)
        if found is None:
            return
        replaced[lefts[0].i] = ""
        replaced[noun.i] = found.name
        sources.extend(self.sentences[i].text for i in {found.sentence, *found.also})

    def _speakers_employer(self, noun: Token, speaker: str | None) -> Mention | None:
        """`the company` in the words of `Acme spokesman X`: Acme."""
        if speaker is None or noun.lemma_.lower() not in lexicon.EMPLOYER_NOUNS:
            return None
        employer = self.employers.get(speaker)
        return Mention(employer.name, employer.sentence) if employer is not None else None

    def _describe(
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
        if frames_a_clause(subject) or in_a_name(subject):
            return []  # `The reality is that C`; `the Kings Own Borderers` misread as a noun
        if named_sector(subject):
            return []  # `the music industry`
        if aged_person(subject):  # `The 29-year-old denies ...`
            return self._aged(subject, tokens, sentence, replaced, sources)
        possessor = next((c for c in subject.children if c.dep_ == "poss"), None)
        if possessor is not None and possessor.pos_ == "NOUN":
            subject = possessor
        determiner = next((c for c in subject.children if c.dep_ == "det"), None)
        if subject.pos_ != "NOUN" or determiner is None:
            return []
        if determiner.lower_ not in ("the", "this", "these", "that", "those"):
            return []
        study = self.studies.of(subject, sentence.index)
        if study is not None:  # `The study found C` -> `The [X] study found C`
            replaced[subject.i] = study.around(subject)
            sources.append(self.sentences[study.sentence].text)
            return []
        phrase = subtree(subject) & tokens
        doc = sentence.doc
        if any(doc[i].pos_ in ("PROPN", "NUM") or doc[i].ent_type_ for i in phrase):
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
            or self._described(subject, sentence.index)
            or self.book.organisation(subject.lower_, sentence.index)
            or self._speakers_employer(subject, speaker)
            or self.book.business(subject, sentence.index)
        )
        if found is not None:
            self._put_name(found, subject, phrase, sentence.index, replaced, sources)
            return []
        earlier = earlier_description(subject, self.sentences, sentence.index, tokens)
        if earlier is not None:  # `the industry` -> `the [UK film] industry`
            added = earlier.besides(subject, tokens)
            if added is None:
                return []  # `the toy maker` after `a toy maker`: the claim says as much
            where = subject.i
            if added is not earlier:  # `the [Danish] toy maker`: before the words it shares
                own = [t.i for t in subject.lefts if t.dep_ in ("compound", "amod")]
                where = min(i for i in own if i in tokens)
            replaced[where] = self.topic.owned(added, doc, tokens).around(doc[where].text)
            sources.append(self.sentences[earlier.sentence].text)
            return []
        if subject.lemma_.lower() in lexicon.ONE_OF_A_KIND_NOUNS or names_a_figure(subject, tokens):
            return []  # `the internet`: there is only one; `5% ..., in London the figure is 24%`
        return [f"which {subject.lower_}?"]

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
        for i in named:
            replaced[i] = ""
        replaced[named[0]] = found.name
        sources.extend(self.sentences[i].text for i in {found.sentence, *found.also})
        person = self.book.person_named(found.name)
        if person is not None:  # `the general` -> the name in full, where it was given
            sources.append(self.sentences[person.introduced].text)
        if subject.dep_ in SUBJECTS:
            self.book.note_subject(index, found.name)

    def _described(self, subject: Token, index: int) -> Mention | None:
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
        """`The 29-year-old` -> the person the sentence before was about, or asked who."""
        phrase = subtree(subject) & tokens
        found = self._described(subject, sentence.index)
        if found is not None:
            self._put_name(found, subject, phrase, sentence.index, replaced, sources)
            return []
        return [f"who is '{render(sentence.doc, phrase).rstrip('.')}'?"]

    def _topic_context(
        self, tokens: set[int], sentence: Sentence, replaced: dict[int, str]
    ) -> list[str]:
        """The article's country for an unplaced measure, the lead's scope for its group, and
        the thing a bare count counts; a count nothing names is noted."""
        doc, index = sentence.doc, sentence.index
        placed = placed_measure(doc, tokens, self.topic, self.sentences, index)
        if placed is not None:
            replaced[placed[0]] = placed[1].around(doc[placed[0]].text)
        replaced.update(group_scope(doc, tokens, self.topic, index))
        unquoted = tokens - replaced.keys() - sentence.quoted  # a speaker's words stay theirs
        replaced.update(lead_owner(doc, unquoted, tokens, self.topic, index))
        for i in sorted(tokens - replaced.keys()):
            members = membership_scope(doc[i], self.topic)
            given = any(members and members in words for words in replaced.values())
            if (
                members
                and not given
                and not earlier_description(doc[i], self.sentences, index, tokens)
            ):
                replaced[i] = f"[{members}] {doc[i].text}"
        notes = [
            f"who or what is '{render(doc, subtree(doc[i])).rstrip('.')}'?"
            for i in sorted(tokens)
            if stands_for_things(doc[i]) and i not in replaced
        ]
        for i in sorted(tokens - replaced.keys()):
            if not elided_count(doc[i]):
                continue
            counted, more = counted_before(doc[i]), more_of(doc[i])
            if counted is not None and counted.i in tokens:
                continue  # `cut six regiments to five`: the claim says what is counted
            if counted is not None and more is not None:  # `two more` -> `two more [A350]`
                replaced[more.i] = f"{more.text} [{counted_words(counted)}]"
            else:
                notes.append(f"{doc[i].text} of what?")
        return notes


_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC", "EVENT", "ORG"})
_CORE_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "appos", "poss", "attr"})


def _attribution(sentence: Sentence) -> Attribution | None:
    """The sentence's reporting act, unless its speaker is a share of a group (`28% of the
    bosses said C`): that share is the survey's finding, a fact the article states, and a
    figure is no speaker."""
    if not sentence.parsed:
        return None
    found = find_attribution(sentence.doc, set(range(len(sentence.doc))), sentence.quoted)
    if found is None or found.verb is None:
        return found
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


def _described(attribution: Attribution, allowed: set[int]) -> list[tuple[set[int], Voice]]:
    """`..., said Tom Berg, who has led the firm since 1999`: what is set off on the speaker
    (or on where they spoke) is the article's own claim."""
    return [(c, OWN_VOICE) for noun in attribution.described for c in descriptions(noun, allowed)]


def _described_organisation(speaker: Token) -> Token | None:
    """`a statement from the discount phone firm`: the organisation a spokesperson noun names
    by a description (`the` + an organisation noun, no name), or None."""
    after = max(t.i for t in speaker.subtree) + 1  # `read a statement | from the firm`
    preps = [*speaker.children, *(c for c in speaker.head.children if c.i == after)]
    for prep in (c for c in preps if c.dep_ == "prep" and c.lower_ in ("from", "for")):
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if noun is None or noun.pos_ != "NOUN" or noun.lemma_ not in lexicon.ORGANISATION_NOUNS:
            continue
        words = list(noun.subtree)
        if words[0].lower_ == "the" and not any(t.pos_ == "PROPN" or t.ent_type_ for t in words):
            return noun
    return None


def _organisations_outside_quotes(sentence: Sentence) -> set[str]:
    return {
        e.text.removeprefix("the ")
        for e in sentence.doc.ents
        if e.label_ == "ORG" and e.start not in sentence.quoted
    }


def _attribution_tail(attribution: Attribution, sentence: Sentence) -> set[int]:
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
    if not placed:
        return set()
    hearers = [c for c in verb.children if c.dep_ in ("dobj", "dative") and verb.lemma_ == "tell"]
    tokens = {verb.i} | subtree(attribution.speaker)
    for modifier in [*modifiers, *hearers]:  # `X told reporters in Oslo`, not `X told in Oslo`
        tokens |= subtree(modifier)
    return tokens


def _only_speaking(doc: Doc, tokens: set[int]) -> bool:
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


def _speaker_leads(attribution: Attribution, tail: set[int]) -> bool:
    """`X said at a rally in Oslo` reads as a claim; `In a letter on Monday X said.` does not:
    a tail is kept only when the speaker and verb open it."""
    assert attribution.verb is not None
    opening = min(subtree(attribution.speaker) | {attribution.verb.i})
    return opening == min(tail)


def _bare_definite(noun: Token, tokens: set[int]) -> bool:
    """`the industry`: a common noun with `the` and nothing else before it."""
    lefts = [t for t in noun.lefts if t.i in tokens]
    return (
        noun.pos_ == "NOUN"
        and len(lefts) == 1
        and lefts[0].lower_ == "the"
        and not any(c.dep_ == "prep" or says_which(c) for c in noun.rights)
    )


def _uncontracted(doc: Doc, tokens: set[int], replaced: dict[int, str]) -> dict[int, str]:
    """`it's` with `it` replaced: the `'s` becomes ` [is]` (` [has]` before a participle), else
    `the plan's` reads as an owner."""
    return {
        i + 1: " [has]" if i + 2 < len(doc) and doc[i + 2].tag_ == "VBN" else " [is]"
        for i, words in replaced.items()
        if doc[i].lower_ == "it"
        and words
        and i + 1 in tokens
        and i + 1 not in replaced
        and doc[i + 1].lower_ in ("'s", "’s")
        and doc[i + 1].lemma_ == "be"
    }


def _standing_in(thing: Token, pronoun: Token) -> str:
    """The words for `thing` to take the place of `pronoun` (`it` -> `the plan`)."""
    words = render(thing.doc, noun_phrase(thing, set(range(len(thing.doc))))).rstrip(".")
    first = pronoun.i == min(t.i for t in pronoun.sent if not t.is_punct)
    return (words[:1].upper() if first else words[:1].lower()) + words[1:]


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


def _expletive(token: Token) -> bool:
    """`It is expected that ...`, `it emerged that ...`: an `it` that stands for a clause."""
    if token.lower_ != "it":
        return False
    head = token.head
    clause_follows = any(
        c.dep_ in ("ccomp", "xcomp", "csubj") and c.i > token.i for c in head.children
    ) or (
        head.lemma_ == "be"
        and any(t.dep_ == "aux" and t.lower_ == "to" and t.i > head.i for t in head.subtree)
    )
    passive = any(c.dep_ == "auxpass" for c in head.children)
    # `it is time advertisers stopped ...`, `it is a pity that ...`
    framed = head.lemma_ == "be" and any(
        c.dep_ == "attr" and c.lemma_ in lexicon.CLAUSE_FRAMING_NOUNS for c in head.children
    )
    return (
        token.dep_ == "expl"
        or framed
        or (clause_follows and (passive or head.lemma_ in ("be", "seem", "appear", "emerge")))
    )


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
            return ancestor.head
    return None


def _claim_subject(doc: Doc, tokens: set[int]) -> Token | None:
    heads = [doc[i] for i in sorted(tokens) if doc[i].head.i not in tokens or doc[i].head.i == i]
    for head in heads:
        if is_verbal(head):
            subject = subject_of(head)
            if subject is not None and subject.i in tokens:
                return subject
    return None


def _predicated_noun(doc: Doc, tokens: set[int]) -> Token | None:
    """`... and the company floated in 1996`, parsed as a noun with a participle: when the
    claim is that noun and its participle alone, the noun is what the claim is about."""
    heads = [
        doc[i]
        for i in sorted(tokens)
        if (doc[i].head.i not in tokens or doc[i].head.i == i) and not doc[i].is_punct
    ]
    if len(heads) != 1 or heads[0].pos_ != "NOUN":
        return None
    noun = heads[0]
    verbs = [c for c in noun.children if c.dep_ == "acl" and c.i > noun.i and c.i in tokens]
    return noun if verbs and not any(c.dep_ == "relcl" for c in noun.children) else None


def _typed_claim(owner: str, number: int, sentence: Sentence, draft: Draft) -> Claim:
    result = typed(draft, sentence.text)
    return Claim(
        id=claim_id_for(owner, number),
        article_id=owner,
        text=draft.text,
        extracted_text=draft.text,
        sentence_index=sentence.index,
        span=draft.span,
        sentence=sentence.text,
        speaker=draft.voice.speaker,
        speaker_unknown=draft.speaker_unknown,
        needs_context=bool(draft.notes),
        context_note="; ".join(dict.fromkeys(draft.notes)),
        kind=result.kind,
        checkworthiness=result.checkworthiness,
        reasons=list(result.reasons),
    )


def _checked(draft: Draft, sentence: Sentence) -> Draft | None:
    """Stage 7: None when the claim's words are not its sentence's; an unnamed speaker is
    removed and the claim flagged; spoken words with no speaker are flagged, not narrated."""
    if foreign_words(draft.text, " ".join([sentence.text, *draft.sources])):
        return None
    voice = draft.voice
    if voice.speaker and not speaker_is_named(voice.speaker, [sentence.text, *voice.sources]):
        draft.voice = Voice(None, voice.verb)
        draft.notes.append(f"speaker '{voice.speaker}' is not named nearby")
    # `He said C` with `he` unresolved: C is still someone's words, never the article's.
    reported = draft.voice.verb is not None
    if draft.voice.speaker is None and (reported or _spoken(draft, sentence)):
        draft.speaker_unknown = True
        draft.notes.append("who said this? the words are someone's, the speaker was not found")
    return draft


# Reporting verbs that carry on what the last speaker said: their `he` is no one newly named.
_CARRYING_ON = frozenset({"add", "continue"})


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


def _spoken(draft: Draft, sentence: Sentence) -> bool:
    """Whether someone, not the article, says the claim: most of its words stand inside
    quotation marks, or it speaks in the first person ("we", "our", "I")."""
    doc = sentence.doc
    indices = draft.words or frozenset(range(len(doc)))
    words = [doc[i] for i in sorted(indices) if i < len(doc) and not doc[i].is_punct]
    if not words:
        return False
    quoted = sum(t.i in sentence.quoted for t in words)
    first_person = any(
        t.lower_ in lexicon.FIRST_PERSON_PRONOUNS and t.tag_ in ("PRP", "PRP$") for t in words
    )
    return first_person or 2 * quoted > len(words)


def _whole(sentence: Sentence, voice: Voice = OWN_VOICE) -> Draft:
    """The sentence as one claim, in the voice of its quotation chain when it has one."""
    doc = sentence.doc
    text = sentence.text if not sentence.parsed or not len(doc) else render(doc, range(len(doc)))
    tokens = doc[0 : len(doc)]
    return Draft(text or sentence.text, voice, (sentence.start, sentence.end), tokens)


def _sentence_drafts(splitter: _Splitter, sentence: Sentence) -> list[Draft]:
    if not any(c.isalnum() for c in sentence.text):
        return []
    if not sentence.parsed:
        return [_whole(sentence)]
    if sentence.headline and not _has_figure(sentence):
        return []  # a headline without a figure restates the story; the body states the facts
    drafts = [d for d in splitter.drafts(sentence) if d.text]
    drafts = [c for c in (_checked(d, sentence) for d in drafts) if c is not None]
    claims = [
        d
        for d in drafts
        if not_checkable(sentence.doc, d.words, d.text, attributed=bool(d.voice.speaker)) is None
    ]
    unique = list({d.text.casefold(): d for d in claims}.values())
    if unique or sentence.headline or drafts:
        return unique  # a sentence whose clauses are none of them checkable gives no claim
    attribution = splitter.attributions[sentence.index]
    if attribution is not None and attribution.introduces:
        return []
    voice = splitter.voices.get(sentence.index, OWN_VOICE)
    # The whole sentence stands alone as much as any clause would (`The workforce [...]`).
    drafted = splitter._draft(set(range(len(sentence.doc))), voice, sentence)
    whole = _checked(drafted if drafted.text else _whole(sentence, voice), sentence)
    if whole is None or no_statement(sentence.doc, whole.words):
        return []
    return [whole]


def split_text(
    text: str, article_id: str | None = None, published: date | None = None
) -> list[Claim]:
    """Claims found in `text`, in reading order; spans index `text`. Needs no store and no file.

    A failure inside the splitter is a `SplitError` naming the sentence, never a bare
    traceback from deep in a stage.
    """
    owner = article_id or article_id_for(text)
    sentences = read_sentences(text)
    splitter = _Splitter(sentences, published)
    located: list[tuple[Sentence, Draft]] = []
    for sentence in sentences:
        splitter.book.read(sentence.doc, sentence.index)
        try:
            drafts = _sentence_drafts(splitter, sentence)
        except Exception as error:  # a bug: say where, keep the cause
            raise SplitError(
                f"sentence {sentence.index + 1} ({sentence.text[:60]!r}): "
                f"{type(error).__name__}: {error}"
            ) from error
        located += [(sentence, d) for d in sorted(drafts, key=lambda d: d.span)]
        subject = next((d.voice.speaker for d in drafts if d.voice.speaker), None)
        splitter.book.note_subject(sentence.index, subject or _first_subject(sentence))
    return [
        _typed_claim(owner, number, sentence, draft)
        for number, (sentence, draft) in enumerate(located, start=1)
    ]


_FIGURES = frozenset({"MONEY", "PERCENT", "QUANTITY", "CARDINAL"})


def _has_figure(sentence: Sentence) -> bool:
    return any(t.like_num or t.ent_type_ in _FIGURES for t in sentence.doc)


def _first_subject(sentence: Sentence) -> str | None:
    """The person or organisation that is the main clause's subject, if it has a name."""
    root = next((t for t in sentence.doc if t.dep_ == "ROOT"), None)
    subject = subject_of(root) if root is not None else None
    if subject is None or subject.pos_ != "PROPN":
        return None
    entity = next((e for e in sentence.doc.ents if e.start <= subject.i < e.end), None)
    if entity is not None and entity.label_ == "ORG":
        return entity.text.removeprefix("the ")
    return subject.text
