"""The claim splitter, stage by stage (see ../shared/DESIGN.md, *Claim splitter*).

1-2. `document`: sentences, parsed in one batch, with their paragraphs and quotation marks.
3.   `reported`: each sentence's reporting act; a quotation without one takes the speaker of
     its chain (the sentence that closes it, `She added:` before it, or the quoted sentence just
     before it with its attribution).
4.   `clauses`: each content clause and each of the reporter's own clauses cut into facts.
5.   `context`: pronouns, roles and `the firm` resolved when exactly one antecedent is in reach,
     dates anchored to the publication date; otherwise the claim is flagged `needs_context`.
6.   `classify`: kind and check-worthiness.
7.   `faithfulness`: words from the source, speaker named nearby, or dropped/flagged.
A headline states a claim only when it has a clause with a subject; a sentence that yields no
claim otherwise is kept whole, so no fact of the article is silently dropped.
"""

from __future__ import annotations

import inspect
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

from factcheck.errors import FactcheckError
from factcheck.models import Claim, article_id_for, claim_id_for
from factcheck.splitter.classify import Classification, classify
from factcheck.splitter.clauses import split_clause
from factcheck.splitter.context import EntityBook, Mention, anchored_date
from factcheck.splitter.document import Sentence, read_sentences
from factcheck.splitter.faithfulness import foreign_words, speaker_is_named
from factcheck.splitter.reported import Attribution, find_attribution
from factcheck.splitter.tokens import SUBJECTS, is_verbal, render, subject_of, subtree

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


PRONOUNS = frozenset({"he", "him", "his", "she", "her", "it", "its", "they", "them", "their"})


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


OWN_VOICE = Voice(None, None)


@dataclass
class Draft:
    """A claim before it is typed: its text, its voice and the tokens it was made from."""

    text: str
    voice: Voice
    span: tuple[int, int]  # offsets into the article text
    tokens: Span
    notes: list[str] = field(default_factory=list)


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
        self.attributions = [
            find_attribution(s.doc, set(range(len(s.doc))), s.quoted) if s.parsed else None
            for s in sentences
        ]
        self.voices: dict[int, Voice] = {}

    # --- stage 3: voices -------------------------------------------------------------------

    def voice_of(self, attribution: Attribution, sentence: Sentence) -> Voice:
        return self.named(attribution.speaker, attribution.verb_text, sentence)

    def named(self, speaker: Token, verb: str | None, sentence: Sentence) -> Voice:
        """The voice of `speaker` (a subject token), its name resolved or abstained on."""
        phrase = [
            t
            for t in speaker.subtree
            if t.dep_ not in ("relcl", "appos", "punct", "acl") and t.i <= speaker.i + 6
        ]
        phrase = [t for t in phrase if not any(a.dep_ in ("relcl", "appos") for a in t.ancestors)]
        if speaker.lower_ in ("he", "she"):
            found = self.book.pronoun(speaker.text, sentence.index)
            if found is None:
                return Voice(None, verb, note=f"who is '{speaker.text}'?")
            return Voice(found.name, verb, [self.sentences[found.sentence].text])
        if speaker.tag_ == "PRP":
            return Voice(None, verb, note=f"who are '{speaker.text}'?")
        appositions = [t for c in speaker.children if c.dep_ == "appos" for t in c.subtree]
        person = self.book.person_in(phrase) or self.book.person_in(appositions)
        if person is not None:
            return Voice(person.name, verb, [self._mention_text(person.mentions, sentence)])
        words = " ".join(t.text for t in phrase)
        for resolve in (self.book.role, self._organisation):
            found = resolve(words, sentence.index)
            if found is not None:
                return Voice(found.name, verb, [self.sentences[found.sentence].text])
        return Voice(words or None, verb, [sentence.text])

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

    def drafts(self, sentence: Sentence) -> list[Draft]:
        doc = sentence.doc
        everything = set(range(len(doc)))
        attribution = self.attributions[sentence.index]
        pieces: list[tuple[set[int], Voice]] = []
        if attribution is not None:
            voice = self.voice_of(attribution, sentence)
            self.voices[sentence.index] = voice
            pieces += self._attributed(attribution, voice, sentence, depth=0)
            # The reporter's account of what the speaker did (`... and hinted that D`).
            narrated = Voice(voice.speaker, None, voice.sources)
            speaker = subtree(attribution.speaker)
            for claim in self._own_clauses(doc, everything - attribution.used):
                if len(claim & sentence.quoted) * 2 > len(claim):
                    pieces.append((claim, voice))  # another quoted sentence of the same voice
                else:
                    pieces.append((claim, narrated if claim & speaker else OWN_VOICE))
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
            if inner is not None and not inner.introduces:
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
            elif root.dep_ in ("conj", "advcl") and subject_of(root.head) is not None:
                shared = subtree(subject_of(root.head))
                claims += split_clause(root, tokens | shared, shared)
        return claims

    # --- stage 5: stand alone ----------------------------------------------------------------

    def _draft(self, tokens: set[int], voice: Voice, sentence: Sentence) -> Draft:
        doc = sentence.doc
        replaced: dict[int, str] = {}
        notes: list[str] = [voice.note] if voice.note else []
        for i in sorted(tokens):
            token = doc[i]
            if token.tag_ in ("PRP", "PRP$") and token.lower_ in PRONOUNS:
                note = self._pronoun(token, voice, sentence, replaced)
                if note:
                    notes.append(note)
            elif self.published and token.ent_type_ == "DATE":
                anchor = self._anchor(token)
                if anchor:
                    replaced[i] = f"{token.text} [{anchor}]"
        subject = _claim_subject(doc, tokens)
        if subject is not None and subject.i not in replaced:
            notes += self._describe(subject, tokens, sentence, replaced)
        first, last = min(tokens), max(tokens)
        text = render(doc, tokens, replaced)
        start = sentence.start + doc[first].idx
        end = sentence.start + doc[last].idx + len(doc[last].text)
        return Draft(text, voice, (start, end), doc[first : last + 1], notes)

    def _pronoun(
        self, token: Token, voice: Voice, sentence: Sentence, replaced: dict[int, str]
    ) -> str | None:
        """Replace a third-person pronoun by its one antecedent; else a note when it is the
        claim's subject (a possessive or object pronoun leaves the claim checkable)."""
        word = token.lower_
        quoted = token.i in sentence.quoted
        possessive = token.tag_ == "PRP$" or (word == "her" and token.dep_ == "poss")
        found = None
        if voice.verb and not quoted and token.dep_ in SUBJECTS:
            found = self._bound_to_speaker(word, voice)
        if found is None and word in ("it", "its"):
            mention = self.book.organisation_subject(sentence.index)
            found = mention.name if mention else None
        elif found is None and word not in ("they", "them", "their"):
            if quoted and voice.speaker is None:
                return None
            mention = self.book.pronoun(word, sentence.index, besides=voice.speaker)
            found = mention.name if mention else None
        if found is not None:
            replaced[token.i] = f"[{found}'s]" if possessive else f"[{found}]"
            return None
        if token.dep_ in SUBJECTS and not quoted and not _expletive(token):
            return f"who is '{token.text}'?"
        return None

    def _bound_to_speaker(self, word: str, voice: Voice) -> str | None:
        """`X said he/it would ...`: the subject pronoun of indirect speech is the speaker,
        when they agree (a person for he/she, an organisation or group for it/they)."""
        speaker = voice.speaker
        if speaker is None:
            return None
        person = self.book.people.get(speaker.split()[-1])
        if word in ("he", "she"):
            wanted = "m" if word == "he" else "f"
            return speaker if person is not None and person.gender in (wanted, None) else None
        if word in ("it", "they"):
            return (
                speaker
                if person is None and not speaker.lower().startswith(("a ", "an "))
                else None
            )
        return None

    def _anchor(self, token: Token) -> str | None:
        assert self.published is not None
        word = token.lower_
        if token.i > 0 and word in ("month", "year"):
            return anchored_date(f"{token.doc[token.i - 1].lower_} {word}", self.published)
        return anchored_date(word, self.published)

    def _describe(
        self, subject: Token, tokens: set[int], sentence: Sentence, replaced: dict[int, str]
    ) -> list[str]:
        """`The firm` -> `The firm [Acme]` when one organisation is in reach; a definite
        description nothing resolves is noted."""
        possessor = next((c for c in subject.children if c.dep_ == "poss"), None)
        if possessor is not None and possessor.pos_ == "NOUN":
            subject = possessor
        determiner = next((c for c in subject.children if c.dep_ == "det"), None)
        if subject.pos_ != "NOUN" or determiner is None:
            return []
        if determiner.lower_ not in ("the", "this", "these", "that", "those"):
            return []
        phrase = subtree(subject) & tokens
        doc = sentence.doc
        if any(doc[i].pos_ in ("PROPN", "NUM") or doc[i].ent_type_ for i in phrase):
            return []
        if any(c.dep_ in ("prep", "relcl", "acl", "poss") for c in subject.children):
            return []
        words = " ".join(doc[i].text for i in sorted(phrase) if doc[i].dep_ != "case")
        found = self.book.role(words, sentence.index) or self.book.organisation(
            subject.lower_, sentence.index
        )
        if found is not None:
            case = next((c for c in subject.children if c.dep_ == "case"), subject)
            replaced[case.i] = f"{case.text} [{found.name}]"
            return []
        return [f"which {subject.lower_}?"]


def _expletive(token: Token) -> bool:
    """`It is expected that ...`, `it emerged that ...`: an `it` that stands for a clause."""
    if token.lower_ != "it":
        return False
    return token.dep_ == "expl" or any(
        c.dep_ in ("ccomp", "xcomp", "csubj") and c.i > token.i for c in token.head.children
    )


def _claim_subject(doc: Doc, tokens: set[int]) -> Token | None:
    heads = [doc[i] for i in sorted(tokens) if doc[i].head.i not in tokens or doc[i].head.i == i]
    for head in heads:
        if is_verbal(head):
            subject = subject_of(head)
            if subject is not None and subject.i in tokens:
                return subject
    return None


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
        needs_context=bool(draft.notes),
        context_note="; ".join(dict.fromkeys(draft.notes)),
        kind=result.kind,
        checkworthiness=result.checkworthiness,
        reasons=list(result.reasons),
    )


def _checked(draft: Draft, sentence: Sentence) -> Draft | None:
    """Stage 7: None when the claim's words are not its sentence's; an unnamed speaker is
    removed and the claim flagged."""
    if foreign_words(draft.text, sentence.text):
        return None
    voice = draft.voice
    if voice.speaker and not speaker_is_named(voice.speaker, [sentence.text, *voice.sources]):
        draft.voice = Voice(None, voice.verb)
        draft.notes.append(f"speaker '{voice.speaker}' is not named nearby")
    return draft


def _whole(sentence: Sentence) -> Draft:
    doc = sentence.doc
    text = sentence.text if not sentence.parsed or not len(doc) else render(doc, range(len(doc)))
    tokens = doc[0 : len(doc)]
    return Draft(text or sentence.text, OWN_VOICE, (sentence.start, sentence.end), tokens)


def _sentence_drafts(splitter: _Splitter, sentence: Sentence) -> list[Draft]:
    if not sentence.parsed:
        return [_whole(sentence)]
    drafts = [d for d in splitter.drafts(sentence) if d.text]
    drafts = [c for c in (_checked(d, sentence) for d in drafts) if c is not None]
    unique = list({d.text.casefold(): d for d in drafts}.values())
    if unique or sentence.headline:
        return unique
    attribution = splitter.attributions[sentence.index]
    if attribution is not None and attribution.introduces:
        return []
    return [_whole(sentence)]


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
