"""The claim splitter, stage by stage (see ../shared/DESIGN.md, *Claim splitter*).

1-2. `document`: sentences, parsed in one batch, with their paragraphs and quotation marks.
3.   `reported`: each sentence's reporting act; `speakers`: who speaks. A quotation without one
     takes the speaker of its chain (the sentence that closes it, `She added:` before it, or the
     quoted sentence just before it with its attribution). `he added` / `it said` is the one who
     spoke last when no one else who fits was named since; `She said` just after a sentence of the
     reporter's own about a person is that person when nothing else fits; `X's coach(, Y,) said` is
     Y, or `X's coach`, never X; `a spokesman` speaks for the organisation the sentence before is
     about; otherwise no speaker and a flag, never the article's own voice.
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
from factcheck.splitter.asides import article_aside
from factcheck.splitter.classify import Classification, classify
from factcheck.splitter.clauses import (
    antecedent_in_doubt,
    contrasted_person,
    descriptions,
    inserted_copulas,
    noun_phrase,
    restored_possessions,
    split_clause,
)
from factcheck.splitter.context import (
    EntityBook,
    Mention,
    Person,
    aged_person,
    anchored_date,
    clause_mate_organisation,
    day_text,
    object_without_antecedent,
    relative_date,
    surname_of,
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
from factcheck.splitter.openers import partitive_set, unresolved_opener
from factcheck.splitter.referents import (
    extraposed_object,
    publishes_only,
    role_placed_elsewhere,
)
from factcheck.splitter.reported import (
    Attribution,
    find_attribution,
    reporting_lemmas,
    speaks_inside,
    speech_act_lemmas,
    swallowed_predicate,
)
from factcheck.splitter.selection import no_statement, not_checkable
from factcheck.splitter.situations import (
    may_mean_what_happened,
    names_it_again,
    rival_antecedent,
)
from factcheck.splitter.speakers import OWN_VOICE, SpeakerFinder, Voice, apposed_person
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
from factcheck.splitter.studies import read_study_authors
from factcheck.splitter.tokens import (
    SUBJECTS,
    is_possessive,
    is_verbal,
    render,
    subject_of,
    subtree,
)
from factcheck.splitter.weekdays import (
    MONTHS,
    WEEKDAYS,
    dated_beside,
    month_year,
    names_a_date,
    weekday_anchor,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


PRONOUNS = frozenset({"he", "him", "his", "she", "her", "it", "its", "they", "them", "their"})
PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her"})


class SplitError(FactcheckError):
    """The splitter failed on one sentence (a bug, reported with where it happened)."""


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


class _Splitter(SpeakerFinder):
    """One article's pass: the entity book and the quotation chain it builds as it reads."""

    def __init__(self, sentences: list[Sentence], published: date | None) -> None:
        self.sentences = sentences
        self.published = published
        self.book = EntityBook()
        self.attributions = [_attribution(s) for s in sentences]
        self.voices: dict[int, Voice] = {}
        self.named_ahead: set[str] = set()  # organisations a speaker was resolved to early
        self.spoken_for: dict[int, str] = {}  # sentence -> organisation `a spokesman` spoke for
        # `Ana Silva's lawyer`: speakers who are a person's role, not a name (no gender known)
        self.roles_of_people: set[str] = set()
        self.topic = read_topic(sentences)
        self.studies = read_study_authors(sentences)
        self.employers = titled_employers(sentences)

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
                pieces += [
                    (
                        c,
                        OWN_VOICE
                        if article_aside(c, head, attribution, sentence.quoted)
                        else voice,
                    )
                    for c in split_clause(head, tokens)
                ]
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
        # a quotation mark before the first word does not make `"That is ...` a later `that`
        opening = next((i for i in sorted(tokens) if not doc[i].is_punct), 0)
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
                if mate is not None and mate.lower_ == "it" and not _expletive(mate):
                    # `It is ..., although it faces ...` split in two: the second `it` is
                    # what the first is, or as unsure
                    notes += self._like_the_first_it(
                        token, mate, voice, sentence, replaced, sources
                    )
                    continue
                plain = not _expletive(token) and not may_mean_what_happened(token)
                if plain and (thing := conjunct_thing(token, tokens)) is not None:
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
            elif token.lower_ in ("that", "this") and token.dep_ in SUBJECTS and i > opening:
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
            elif self.published and names_a_date(token):
                anchor = self._anchor(token)
                if anchor and i + 1 in tokens and doc[i + 1].tag_ == "POS":
                    replaced[i + 1] = f"{doc[i + 1].text} [{anchor}]"  # `Saturday's [15 Jan]`
                elif anchor:
                    replaced[i] = f"{token.text} [{anchor}]"
                elif token.lower_ in WEEKDAYS and not dated_beside(token):
                    notes.append(f"which {token.text}?")  # the tense does not say which way
            elif not self.published and (when := relative_date(token)) is not None:
                notes.append(f"when is '{when}'? the article gives no date")
        replaced.update(_uncontracted(doc, tokens, replaced))  # `it's` -> `the plan is`
        replaced.update(inserted_copulas(doc, tokens))  # `Ana Silva [is] a lawyer`
        replaced.update(restored_possessions(doc, tokens))  # `Y's [shares] jumped 22%`
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
        relative_head = _relative_clause_head(doc, tokens) if subject is None else None
        if relative_head is not None and relative_head.i not in replaced:
            # `The plant, which opened in 1968`: set off by commas, the clause says not which
            described = tokens - {i for c in relative_head.rights for i in subtree(c)}
            notes += self._ask_which(relative_head, described, sentence, voice.speaker)
        shared = partitive_set(subject, tokens) if subject is not None else None
        if shared is not None and shared.i not in replaced:  # `35% of the houses`
            notes += self._ask_which(shared, tokens, sentence, voice.speaker)
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
        organisation_speaks = bool(voice.speaker) and self.book.person_named(voice.speaker) is None
        opener = unresolved_opener(
            doc, tokens, replaced, notes, organisation_speaks=organisation_speaks
        )
        if opener is not None:  # `His assistant, X, ...` -> `whose is 'His'?`
            notes.append(opener)
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
        possessive = is_possessive(token)
        found: Mention | None = None
        in_subject = token.dep_ in SUBJECTS or (possessive and token.head.dep_ in SUBJECTS)
        speaking = voice.anchor is not None and voice.anchor[0] == sentence.index
        if voice.speaker and speaking and token.i in voice.anchor[1]:  # `he` of `he said`
            found = Mention(voice.speaker, sentence.index)
        elif voice.verb and not quoted and in_subject and not _expletive(token):
            # `Acme said it was the only option`: not Acme
            found = (
                None
                if may_mean_what_happened(token)
                else self._bound_to_speaker(word, voice, sentence)
            )
            if found is not None and word == "it" and names_it_again(token, found.name):
                found = None  # `Acme said it would save the firm $10m`: not Acme
            if found is not None and publishes_only(found.name, word):
                found = None  # `They found C, the Journal of X reported`: not the journal
            if found is not None and (
                self._gender_taken(token, found.name)  # `X said her regret was that he ...`
                or self._speaker_unsure(token, found.name, sentence)
            ):
                return f"who is '{token.text}'?"  # `her client would appeal`: whose?
            if found is None and self._untyped_speaker(word, voice.speaker):
                return f"who is '{token.text}'?"
        doubt = False
        if found is None and word in ("it", "its"):
            if _expletive(token):
                return None  # `It is not clear how ...`: no one is meant
            doubt = self._it_in_doubt(token, sentence)
        if found is None and word in ("it", "its") and not doubt:
            before = {e.text.removeprefix("the ") for e in sentence.doc.ents if e.end <= token.i}
            # `Under their vision, it would ...`: the organisation is `they` here, so `it` is
            # something else.
            plural_before = any(t.lower_ in ("they", "their", "them") for t in token.doc[: token.i])
            if not plural_before and not _extraposed(token):
                found = self.book.organisation_subject(sentence.index, before)
            if found is None and self._thing_it_stands_for(token, sentence, replaced, sources):
                return None
        elif found is None and word not in ("they", "them", "their", "it", "its"):
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
        unsure = f"what does '{token.text}' stand for?"
        if token.dep_ in SUBJECTS and not _expletive(token) and not (quoted and subordinate):
            return unsure if doubt else f"who is '{token.text}'?"  # a quotation's `they` too
        flagged = in_subject or token.dep_ == "dobj"  # `Its price is`, `Analysts praised it`
        return unsure if doubt and flagged and not quoted else None

    def _like_the_first_it(
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
        note = self._pronoun(first, voice, sentence, words, sources)
        if first.i in words:
            replaced[token.i] = words[first.i]
            return []
        return [note.replace(f"'{first.text}'", f"'{token.text}'")] if note else []

    def _it_in_doubt(self, token: Token, sentence: Sentence) -> bool:
        """`it`/`its` may mean something other than the organisation or thing it would be
        given: what happened (situations.may_mean_what_happened), another firm or
        thing of the sentence before (situations.rival_antecedent), or, in a quotation that
        opens here, something of the speaker's (the sentence before is the writer's)."""
        if may_mean_what_happened(token):
            return True
        if token.i in sentence.quoted and not sentence.opens_inside:
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
        if talked_about(surname_of(found.name), self.sentences, index):
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
        return bound_away(surname_of(name), pronoun_gender(word), doc)

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
        if pronoun_gender(word) is None or not speaker or not surname_of(speaker)[:1].isupper():
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
                n == speaker for n, _ in self.book.organisations
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
            return True, self._person_pronoun(owner.text, sentence.index, besides=speaker)
        person = self._known_owner(owner)
        if person is None or person.gender not in (gender, None):
            return False, None
        return True, Mention(person.name, max(person.mentions, default=sentence.index))

    def _known_owner(self, owner: Token) -> Person | None:
        """The known person a possessive names; the recognizer often types `Hart's` as an
        organisation, so a name the article gave a person counts whatever its type here."""
        return self.book.person_in(list(owner.subtree)) or self._person_typed_as_firm(owner)

    def _person_typed_as_firm(self, name: Token) -> Person | None:
        """A surname the article gave a person, typed an organisation here: the person, unless
        the article calls it an organisation more often than it names that person."""
        person = self.book.people.get(name.text) if name.pos_ == "PROPN" else None
        if person is None or name.ent_type_ in ("PERSON", ""):
            return None
        return person if self.book.companies.count(name.text) <= len(person.mentions) else None

    def _anchor(self, token: Token) -> str | None:
        assert self.published is not None
        word = token.lower_
        if word in WEEKDAYS:
            day = weekday_anchor(token, self.published)
            return None if day is None else day_text(day)
        if word in MONTHS:  # `in March` -> `in March [2004]`
            year = month_year(token, self.published)
            return None if year is None else str(year)
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
        determiner = next((c for c in subject.children if c.dep_ == "det" and c.i in tokens), None)
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
            or self._person_described(subject, sentence.index)
            or self.book.organisation(subject.lower_, sentence.index)
            or self._speakers_employer(subject, speaker)
            or self.book.business(subject, sentence.index)
        )
        near = [s.doc for s in self.sentences[max(0, sentence.index - 2) : sentence.index + 1]]
        if found is not None and role_placed_elsewhere(subject, found.name, near):
            return [f"which {subject.lower_}?"]  # `an analyst at the firm` after `analysts at X`
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

    def _ask_which(
        self, noun: Token, tokens: set[int], sentence: Sentence, speaker: str | None
    ) -> list[str]:
        """`_describe`'s question for a description outside the claim's subject, asked and
        never answered here: a name it would put in is asked about instead."""
        found: dict[int, str] = {}
        asked = self._describe(noun, tokens, sentence, found, [], speaker)
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
        for i in named:
            replaced[i] = ""
        replaced[named[0]] = found.name
        sources.extend(self.sentences[i].text for i in {found.sentence, *found.also})
        person = self.book.person_named(found.name)
        if person is not None:  # `the general` -> the name in full, where it was given
            sources.append(self.sentences[person.introduced].text)
        if subject.dep_ in SUBJECTS:
            self.book.note_subject(index, found.name)

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
    if not placed or not any(_an_occasion(m) for m in modifiers):
        return set()  # `X told reporters in Berlin` says only where the words were heard
    hearers = [c for c in verb.children if c.dep_ in ("dobj", "dative") and verb.lemma_ == "tell"]
    tokens = {verb.i} | subtree(attribution.speaker)
    for modifier in [*modifiers, *hearers]:  # `X told reporters in Oslo`, not `X told in Oslo`
        tokens |= subtree(modifier)
    return tokens


def _an_occasion(modifier: Token) -> bool:
    """`in an open letter to the BPI`, `at a rally`, `to the Commons committee`: the words
    were spoken on an occasion someone can check, not only in a town."""
    return any(
        t.lemma_.lower() in lexicon.SPEAKING_OCCASION_NOUNS or t.ent_type_ in ("EVENT", "ORG")
        for t in modifier.subtree
    )


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
    if extraposed_object(token):
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
    return (
        token.dep_ == "expl"
        or framed
        or (clause_follows and (passive or head.lemma_ in ("be", "seem", "appear", "emerge")))
    )


def _untyped_name(speaker: str, doc: Doc) -> bool:
    """`Acme said it would cut 500 jobs`: a one-word name the recognizer gave no type, that
    no one in the article bears as a person, is the speaker's own `it` (a person never is)."""
    words = [t for t in doc if t.text == speaker]
    return (
        len(speaker.split()) == 1
        and bool(words)
        and all(t.pos_ == "PROPN" and t.ent_type_ in ("", "ORG") for t in words)
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
            return None if antecedent_in_doubt(ancestor, pronoun.i) else ancestor.head
    return None


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
    if subject is not None and subject.pos_ == "NOUN":  # `Her deputy, Tom Berg, voted ...`
        subject = apposed_person(subject) or subject
    if subject is None or subject.pos_ != "PROPN":
        return None
    entity = next((e for e in sentence.doc.ents if e.start <= subject.i < e.end), None)
    if entity is not None and entity.label_ == "ORG":
        return entity.text.removeprefix("the ")
    return subject.text
