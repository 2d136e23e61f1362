"""The claim splitter, stage by stage (see ../shared/DESIGN.md, *Claim splitter*).

1-2. `document`: sentences, parsed in one batch, with their paragraphs and quotation marks.
3.   `reported`: each sentence's reporting act; `speakers`: who speaks. A quotation without one
     takes the speaker of its chain (the sentence that closes it, `She added:` before it, or the
     quoted sentence just before it with its attribution). `he added` / `it said` is the one who
     spoke last when no one else who fits was named since; `She said` just after a sentence of the
     reporter's own about a person is that person when nothing else fits; `X's coach(, Y,) said` is
     Y, or `X's coach`, never X; `a spokesman` speaks for the organisation the sentence before is
     about; otherwise no speaker and a flag, never the article's own voice.
4.   `clauses`: each content clause and each of the reporter's own clauses cut into facts;
     `attributions`: what of a reporting sentence is the reporter's own account.
4b.  `selection`: fragments, questions and, in the article's own voice, what no evidence could
     confirm (hopes, bare value judgements, schedule lines) are not emitted.
5.   `standalone`: the claim's words stand alone. `pronouns` and `definites` (over
     `context`'s entity book): pronouns, roles and `the firm` resolved when exactly one
     antecedent is in reach, dates anchored to the publication date; `descriptions` and
     `scopes`: `the aircraft`, `two more`, an unplaced `inflation` and the lead's group take
     their name, thing or scope from the article when one reading fits; `story_places`: a
     lead set in one place gives it to a later `the army`, `2,000 homes` or `Officials`;
     `stand_ins`: `the two`,
     `these networks`, `each`, `both aircraft`, `they`, the `it` of a joined clause and a firm
     called by its rank take the names just given; otherwise the claim is flagged
     `needs_context`.
6.   `classify`: kind and check-worthiness; `claims`: the typed, numbered `Claim`.
7.   `faithfulness`: words from the source, speaker named nearby, or dropped/flagged.
A headline is no claim: the body states its facts in full (`Carrier orders 50 jets` above
`Acme Air ordered 50 jets on Monday`); fresh readers judged every headline claim a
fragment or short of its time and place. A crosshead is one only when it states a figure.
A sentence that yields no claim otherwise is kept whole (in the voice of its quotation
chain), so no fact of the article is silently dropped; a sentence whose clauses the
selection stage all left out gives none.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from factcheck.errors import FactcheckError
from factcheck.models import Claim, article_id_for
from factcheck.splitter.asides import article_aside
from factcheck.splitter.attributions import (
    attribution_tail,
    only_speaking,
    sentence_attribution,
    speaker_descriptions,
    speaker_leads,
)
from factcheck.splitter.claims import typed_claim
from factcheck.splitter.clauses import noun_phrase, split_clause
from factcheck.splitter.context import EntityBook
from factcheck.splitter.definites import DescriptionResolver
from factcheck.splitter.descriptions import read_topic
from factcheck.splitter.document import Sentence, read_sentences
from factcheck.splitter.drafts import Draft
from factcheck.splitter.employers import titled_employers
from factcheck.splitter.faithfulness import checked
from factcheck.splitter.pronouns import PronounResolver
from factcheck.splitter.reported import (
    Attribution,
    find_attribution,
    own_tag_in_relative,
    speaks_inside,
    swallowed_predicate,
)
from factcheck.splitter.selection import no_statement, not_checkable
from factcheck.splitter.speakers import OWN_VOICE, SpeakerFinder, Voice, apposed_person
from factcheck.splitter.standalone import StandAlone
from factcheck.splitter.studies import read_study_authors
from factcheck.splitter.tokens import FIGURE_ENTITIES, is_verbal, render, subject_of, subtree
from factcheck.splitter.torn import torn_cut

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


class SplitError(FactcheckError):
    """The splitter failed on one sentence (a bug, reported with where it happened)."""


class _Splitter(SpeakerFinder):
    """One article's pass: the entity book and the quotation chain it builds as it reads."""

    def __init__(
        self, sentences: list[Sentence], published: date | None, title: str | None = None
    ) -> None:
        self.sentences = sentences
        self.published = published
        self.book = EntityBook()
        self.attributions = [sentence_attribution(s) for s in sentences]
        self.voices: dict[int, Voice] = {}
        self.named_ahead: set[str] = set()  # organisations a speaker was resolved to early
        self.spoken_for: dict[int, str] = {}  # sentence -> organisation `a spokesman` spoke for
        # `Ana Silva's lawyer`: speakers who are a person's role, not a name (no gender known)
        self.roles_of_people: set[str] = set()
        self.topic = read_topic(sentences)
        self.studies = read_study_authors(sentences)
        self.employers = titled_employers(sentences)
        self.descriptions = DescriptionResolver(
            sentences, self.book, self.studies, self.employers, self.topic, title
        )
        self.pronouns = PronounResolver(
            sentences, self.book, self.attributions, self.named_ahead, self.spoken_for
        )
        self.stand_alone = StandAlone(
            sentences,
            self.book,
            self.topic,
            self.studies,
            published,
            self.pronouns,
            self.descriptions,
        )
        self.lead_name = self.stand_alone.lead_names.lead

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
            elif not only_speaking(doc, claim):
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
            tail = attribution_tail(attribution, sentence)
            if tail and speaker_leads(attribution, tail):
                pieces.append((tail, narrated))
            rest = everything - attribution.used - tail
            pieces += speaker_descriptions(attribution, everything - tail)
            second = find_attribution(doc, rest, sentence.quoted)
            if second is not None and not second.introduces:  # `..., but supporters argue C2`
                pieces += self._attributed(second, self.voice_of(second, sentence), sentence, 1)
                pieces += speaker_descriptions(second, rest)
                rest -= second.used
            for claim in self._own_clauses(doc, rest):
                if len(claim & sentence.quoted) * 2 > len(claim):
                    pieces.append((claim, voice))  # another quoted sentence of the same voice
                elif not only_speaking(doc, claim):
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
                if inner is not None:  # `12m, which she said would be met`: X speaking on
                    tokens = tokens - own_tag_in_relative(attribution, inner)
                pieces += [
                    (
                        c,
                        OWN_VOICE
                        if article_aside(c, head, attribution, sentence.quoted)
                        else voice,
                    )
                    for c in split_clause(head, tokens, _shared_subject(attribution, head, tokens))
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
        """Stage 5 (standalone.py), in the voice of the speech act the clause reports if any."""
        doc = sentence.doc
        if voice is OWN_VOICE:
            voice = self._speech_act(doc, tokens, sentence) or voice
        return self.stand_alone.draft(tokens, voice, sentence)


def _shared_subject(attribution: Attribution, head: Token, tokens: set[int]) -> set[int] | None:
    """`C, he said, and would D` (reported.tag_continuations), `X said figures showed C`
    (the parser's object of `said`): the content takes a subject outside its own subtree."""
    if attribution.verb is None or head.head.i != attribution.verb.i or subject_of(head):
        return None
    return (tokens - subtree(head)) or None


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
    if sentence.headline or (sentence.crosshead and not _has_figure(sentence)):
        return []  # a headline restates the story in telegraphese; the body states the facts
    drafts = [d for d in splitter.drafts(sentence) if d.text]
    drafts = [c for c in (checked(d, sentence) for d in drafts) if c is not None]
    claims = [
        d
        for d in drafts
        if not_checkable(sentence.doc, d.words, d.text, attributed=bool(d.voice.speaker)) is None
    ]
    unique = list({d.text.casefold(): d for d in claims}.values())
    attribution = splitter.attributions[sentence.index]
    kept_whole = attribution.kept_whole if attribution is not None else frozenset()
    torn = [
        d
        for d in unique
        if d.words and d.words != kept_whole and torn_cut(sentence.doc, d.words, d.text)
    ]
    if torn:  # the parse was misread where it was cut: the sentence whole, not a garble
        whole = _whole_claim(splitter, sentence)
        if whole is not None and _checkable(sentence, whole):
            return [whole]
        return [d for d in unique if d not in torn]
    if unique or sentence.headline or drafts:
        return unique  # a sentence whose clauses are none of them checkable gives no claim
    whole = _whole_claim(splitter, sentence)
    return [] if whole is None else [whole]


def _whole_claim(splitter: _Splitter, sentence: Sentence) -> Draft | None:
    """The sentence as one claim, or None when it only introduces a quotation or states
    nothing."""
    attribution = splitter.attributions[sentence.index]
    if attribution is not None and attribution.introduces:
        return None
    voice = splitter.voices.get(sentence.index, OWN_VOICE)
    # The whole sentence stands alone as much as any clause would (`The workforce [...]`).
    drafted = splitter._draft(set(range(len(sentence.doc))), voice, sentence)
    whole = checked(drafted if drafted.text else _whole(sentence, voice), sentence)
    if whole is None or no_statement(sentence.doc, whole.words):
        return None
    return whole


def _checkable(sentence: Sentence, draft: Draft) -> bool:
    attributed = bool(draft.voice.speaker)
    return not_checkable(sentence.doc, draft.words, draft.text, attributed=attributed) is None


def split_text(
    text: str,
    article_id: str | None = None,
    published: date | None = None,
    title: str | None = None,
) -> list[Claim]:
    """Claims found in `text`, in reading order; spans index `text`. Needs no store and no file.
    `title` is the article's headline when the text leaves it out (a file's `Title:` line): it
    is read for what the story is about, never split into claims.

    A failure inside the splitter is a `SplitError` naming the sentence, never a bare
    traceback from deep in a stage.
    """
    owner = article_id or article_id_for(text)
    sentences = read_sentences(text)
    splitter = _Splitter(sentences, published, title)
    located: list[tuple[Sentence, Draft]] = []
    for sentence in sentences:
        splitter.book.read(sentence.doc, sentence.index, headline=sentence.headline)
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
        if sentence.index not in splitter.book.subjects:  # no claim resolved `the trust`
            splitter.book.note_subject(sentence.index, _described_organisation(splitter, sentence))
    return [
        typed_claim(owner, number, sentence, draft)
        for number, (sentence, draft) in enumerate(located, start=1)
    ]


def _has_figure(sentence: Sentence) -> bool:
    return any(t.like_num or t.ent_type_ in FIGURE_ENTITIES for t in sentence.doc)


def _described_organisation(splitter: _Splitter, sentence: Sentence) -> str | None:
    """`The trust put gel at every bed, began screening ...`: the organisation a sentence's
    opening subject describes (EntityBook.organisation), when none of its claims named it; a
    misread parse may leave that subject under a later verb, but it still opens the sentence."""
    if not sentence.parsed or sentence.headline:
        return None
    subject = next((t for t in sentence.doc if t.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.left_edge.i != 0 or subject.pos_ != "NOUN":
        return None
    determiner = subject.doc[0]
    if subject.i != 1 or determiner.lower_ != "the" or subject.tag_ != "NN":
        return None  # `The trust`, no more: `The trust's board` is another thing
    found = splitter.book.organisation(subject.lower_, sentence.index, subject.i)
    return found.name if found is not None else None


def _first_subject(sentence: Sentence) -> str | None:
    """The person or organisation that is the main clause's subject, if it has a name."""
    root = next((t for t in sentence.doc if t.dep_ == "ROOT"), None)
    subject = subject_of(root) if root is not None else None
    # `Her deputy, Tom Berg, voted ...`; `The local MP, Ann Hale,` (a title the tagger took
    # for a name, though the recognizer gave it no type)
    role = subject is not None and (subject.pos_ == "NOUN" or not subject.ent_type_)
    if subject is not None and role:
        subject = apposed_person(subject) or subject
    if subject is not None and subject.pos_ == "NOUN" and subject.is_title and subject.i == 0:
        return subject.text  # `Prydderch has scored`: a known surname only (EntityBook)
    if subject is None or subject.pos_ != "PROPN":
        return None
    entity = next((e for e in sentence.doc.ents if e.start <= subject.i < e.end), None)
    if entity is not None and entity.label_ == "ORG":
        return entity.text.removeprefix("the ")
    return subject.text
