"""The claim splitter, stage by stage (see ../shared/DESIGN.md, *Claim splitter*).

For each sentence, in article order: find its attribution (stage 3, or the one a multi-sentence
quotation inherits, stage 2), cut its content into atomic claims (stage 4) and make each claim
stand alone (stage 5). Once every sentence is cut, each claim is typed and scored (stage 6,
`classify`). A sentence that yields no claim at all is kept whole, so no fact of the article is
silently dropped.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from factcheck.models import Claim, article_id_for, claim_id_for
from factcheck.splitter import lexicon
from factcheck.splitter.attribution import (
    Attribution,
    embedded_attributions,
    event_attribution,
    find_attribution,
    subordinate_attribution,
)
from factcheck.splitter.classify import classify
from factcheck.splitter.decompose import decompose
from factcheck.splitter.decontextualize import EntityBook, decontextualize
from factcheck.splitter.grammar import bare, has_finite_verb, subject_prefix
from factcheck.splitter.quotes import quotation_runs, quoted_sentences
from factcheck.splitter.sentences import sentence_spans


@dataclass
class Draft:
    """A claim before it is typed: its text, who said it and with which verb."""

    text: str
    speaker: str | None = None
    reporting_verb: str | None = None
    about: str | None = None  # whom a leading he/she means when the claim has no speaker


def _apposition_claim(speaker: str, apposition: str) -> str | None:
    first = bare(apposition.split()[0]) if apposition.split() else ""
    if first in {"who", "which"}:
        rest = apposition.split(None, 1)
        return f"{speaker} {rest[1]}" if len(rest) > 1 and has_finite_verb(rest[1]) else None
    if first in {"a", "an", "the"} and not has_finite_verb(apposition):
        return f"{speaker} is {apposition}"
    return None


def _narrates_the_speaker(piece: str) -> bool:
    """`X told parliament that C, but he rejected ...`: a later clause opening with `he`/`she`
    and a past-tense verb is the reporter's account of what the speaker did, not part of what
    was said."""
    tokens = [bare(t) for t in piece.split()[:2]]
    return (
        len(tokens) == 2
        and tokens[0] in {"he", "she"}
        and (tokens[1].endswith("ed") or tokens[1] in lexicon.IRREGULAR_VERBS)
        and tokens[1] not in lexicon.AUXILIARIES
    )


def _attributed_drafts(attribution: Attribution, book: EntityBook, depth: int = 0) -> list[Draft]:
    speaker = book.speaker_name(attribution.speaker)
    drafts: list[Draft] = []
    for content in attribution.contents:
        for quoted in quoted_sentences(content):
            for number, piece in enumerate(decompose(quoted)):
                # A second voice inside the content: `..., but supporters argue C2`.
                inner = find_attribution(piece) if depth < 2 else None
                if inner:
                    drafts += _attributed_drafts(inner, book, depth + 1)
                elif number and _narrates_the_speaker(piece):
                    drafts.append(Draft(piece, about=speaker))
                else:
                    drafts.append(Draft(piece, speaker, attribution.verb))
    if attribution.event:
        event = attribution.event
        person = book.person_named(speaker)
        if person and event.startswith(attribution.speaker):
            event = person.surname + event[len(attribution.speaker) :]
        drafts.append(Draft(event, speaker, attribution.verb))
    if attribution.apposition:
        extra = _apposition_claim(speaker, attribution.apposition)
        if extra:
            drafts.append(Draft(extra))
    return drafts


# Longer "sentences" are pasted tables, lists or text without full stops: they are kept whole
# (one claim, nothing lost) rather than parsed, which keeps the splitter linear in the text.
MAX_PARSED_SENTENCE = 1_500


def _drafts(sentence: str, book: EntityBook, inherited: Attribution | None) -> list[Draft]:
    if len(sentence) > MAX_PARSED_SENTENCE:
        return [Draft(sentence)]
    attribution = inherited or find_attribution(sentence)
    subordinate = None if attribution else subordinate_attribution(sentence)
    if attribution:
        drafts = _attributed_drafts(attribution, book)
    elif subordinate:
        drafts = [Draft(piece) for piece in decompose(subordinate[0])]
        drafts += _attributed_drafts(subordinate[1], book)
    else:
        drafts = []
        for piece in decompose(sentence):
            # A decomposed predicate may report speech: `The company ... and said C`.
            reported = find_attribution(piece)
            drafts += _attributed_drafts(reported, book, 1) if reported else [Draft(piece)]
    for embedded in embedded_attributions(sentence):
        drafts += [
            Draft(c, book.speaker_name(embedded.speaker), embedded.verb) for c in embedded.contents
        ]
    for draft in drafts:
        draft.text = decontextualize(draft.text, book, draft.speaker or draft.about)
        event = event_attribution(draft.text)
        if event:
            draft.speaker, draft.reporting_verb = book.speaker_name(event[0]), event[1]
    return drafts


def _inherited(sentences: list[str], index: int, runs: dict[int, int]) -> Attribution | None:
    closing = runs.get(index)
    if closing is None:
        return None
    found = find_attribution(sentences[closing])
    if found is None:
        return None
    return Attribution(found.speaker, found.verb, [sentences[index].strip().lstrip('"“')])


def _locate(claim: str, sentence: str, start: int) -> tuple[int, int]:
    """The claim's own place in the sentence when it is a verbatim part, else the sentence."""
    position = sentence.find(claim)
    if position >= 0 and claim:
        return start + position, start + position + len(claim)
    return start, start + len(sentence)


def split_text(
    text: str, article_id: str | None = None, published: date | None = None
) -> list[Claim]:
    """Claims found in `text`; spans index `text`. Needs no store and no file. (`published`
    is read by the parser-based pipeline, `parsed.split_text`.)"""
    owner = article_id or article_id_for(text)
    spans = sentence_spans(text)
    sentences = [text[start:end] for start, end in spans]
    runs = quotation_runs(sentences)
    book = EntityBook()
    located: list[tuple[int, tuple[int, int], Draft]] = []  # sentence index, span, draft
    # Claims of a sentence are numbered by where they sit in it (whole-sentence rewrites
    # first), the order the store lists them in.
    for index, ((start, _end), sentence) in enumerate(zip(spans, sentences, strict=True)):
        book.read(sentence)
        drafts = _drafts(sentence, book, _inherited(sentences, index, runs))
        if not drafts:
            drafts = [Draft(sentence)]
        located += sorted(
            ((index, _locate(d.text, sentence, start), d) for d in drafts),
            key=lambda found: found[1],
        )
        first_subject = subject_prefix(drafts[0].text)
        book.note(first_subject[1] if first_subject else None, drafts[0].speaker, sentence)
    # Typing runs once the structure of the whole text is known: it needs nothing from the
    # entity book, and one stage at a time keeps each stage's tables in the processor's cache.
    return [
        _typed_claim(owner, number, index, span, sentences[index], draft)
        for number, (index, span, draft) in enumerate(located, start=1)
    ]


def _typed_claim(
    owner: str, number: int, index: int, span: tuple[int, int], sentence: str, draft: Draft
) -> Claim:
    result = classify(
        draft.text, speaker=draft.speaker, reporting_verb=draft.reporting_verb, sentence=sentence
    )
    return Claim(
        id=claim_id_for(owner, number),
        article_id=owner,
        text=draft.text,
        extracted_text=draft.text,
        sentence_index=index,
        span=span,
        sentence=sentence,
        speaker=draft.speaker,
        kind=result.kind,
        checkworthiness=result.checkworthiness,
        reasons=list(result.reasons),
    )
