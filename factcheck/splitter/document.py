"""Stages 1 and 2: the article as parsed sentences, each knowing its paragraph and its quotes.

Sentence boundaries come from `sentences.sentence_spans` (pysbd, one paragraph at a time); each
sentence is then parsed by the English pipeline in one batch (`nlp.pipe`). Quotation marks are
followed across sentences and paragraphs: a straight `"` opens a quotation when it stands before
a word and closes one when it stands after a word, so BBC copy that re-opens a quotation at the
start of each quoted paragraph (`... of the Army. "They are ...`) stays one quotation.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from itertools import pairwise
from operator import attrgetter
from typing import TYPE_CHECKING

from factcheck.splitter import lexicon
from factcheck.splitter.names import (
    close_bracketed_names,
    common_short_forms,
    common_words_first,
    join_split_names,
    mend_cut_names,
    whole_names,
)
from factcheck.splitter.parser import english
from factcheck.splitter.people import name_aged_people, name_people
from factcheck.splitter.places import name_places
from factcheck.splitter.sentences import sentence_spans
from factcheck.splitter.tokens import is_year

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

OPENING_QUOTES = frozenset({'"', "“", "«", "„"})
CLOSING_QUOTES = frozenset({'"', "”", "»"})

# Longer "sentences" are pasted tables, lists or text without full stops: they are kept whole
# (one claim, nothing lost) rather than parsed, which keeps the splitter linear in the text.
MAX_PARSED_SENTENCE = 1_500


@dataclass
class Sentence:
    """One sentence of the article: where it is, its parse, and which of its tokens are quoted.

    `quoted` holds the indices (in `doc`) of tokens inside quotation marks; `opens_inside` says
    the sentence starts inside a quotation opened earlier; `closes_open` that it ends inside one.
    """

    index: int
    start: int
    end: int
    text: str
    paragraph: int
    headline: bool
    doc: Doc
    quoted: set[int] = field(default_factory=set)
    opens_inside: bool = False
    ends_inside: bool = False
    closes_unopened: bool = False  # a closing mark with no opening one before it
    crosshead: bool = False  # a short line of its own inside the body (`Price war`)
    # the article's sentences by lemma (`read_sentences` shares one among all of them), for the
    # stages that look back over the whole article (`speaking_of_before`)
    article_lemmas: dict[str, list[int]] | None = field(default=None, repr=False, compare=False)

    @cached_property  # asked of every earlier sentence by the stages that look back
    def parsed(self) -> bool:
        return len(self.text) <= MAX_PARSED_SENTENCE

    @cached_property
    def lemmas(self) -> frozenset[str]:
        """The lower-cased lemmas of the parsed sentence's words."""
        return frozenset(t.lemma_.lower() for t in self.doc) if self.parsed else frozenset()

    @cached_property
    def words(self) -> frozenset[str]:
        """The lower-cased words of the parsed sentence."""
        return frozenset(t.lower_ for t in self.doc) if self.parsed else frozenset()

    def speaks_of(self, kind: frozenset[str]) -> bool:
        """Some word of the parsed sentence has a lemma in `kind`: the stages that look back
        for a mention of a kind skip the sentences that cannot hold one, which keeps a long
        article from costing the square of its length."""
        return not kind.isdisjoint(self.lemmas)

    def mostly_quoted(self) -> bool:
        words = [t for t in self.doc if not t.is_punct]
        return bool(words) and sum(t.i in self.quoted for t in words) >= 0.8 * len(words)


_LEMMAS = attrgetter("lemmas")


def speaking_of(sentences: list[Sentence], kind: frozenset[str]) -> list[Sentence]:
    """Those of `sentences` that speak of `kind` (`Sentence.speaks_of`), in order: a stage that
    looks back over the whole article picks them without a call per sentence."""
    apart = map(kind.isdisjoint, map(_LEMMAS, sentences))
    return [sentence for sentence, unrelated in zip(sentences, apart, strict=True) if not unrelated]


def speaking_of_before(
    sentences: list[Sentence], index: int, kind: frozenset[str]
) -> list[Sentence]:
    """`speaking_of(sentences[:index], kind)`, read off the article's lemma index when it has
    one: a long article's look-backs then cost what they find, not its length."""
    here = sentences[index] if index < len(sentences) else None
    where = here.article_lemmas if here is not None and here.index == index else None
    if where is None:
        return speaking_of(sentences[:index], kind)
    found = {i for lemma in kind for i in where.get(lemma, ()) if i < index}
    return [sentences[i] for i in sorted(found)]


def _index_lemmas(sentences: list[Sentence]) -> None:
    index: dict[str, list[int]] = {}
    for sentence in sentences:
        for lemma in sentence.lemmas:
            index.setdefault(lemma, []).append(sentence.index)
        sentence.article_lemmas = index


def _paragraph_numbers(text: str, spans: list[tuple[int, int]]) -> list[int]:
    numbers, paragraph, cursor = [], 0, 0
    for start, _end in spans:
        if "\n" in text[cursor:start]:
            paragraph += 1
        numbers.append(paragraph)
        cursor = start
    return numbers


_CROSSHEAD_WORDS = 6


def _is_crosshead(text: str, spans: list[tuple[int, int]], index: int) -> bool:
    """A short line on its own inside the body, without a full stop: a crosshead (`Price
    war`, `Track faults`), which names what follows as a headline does the story."""
    if index == 0:
        return False
    start, end = spans[index]
    after = spans[index + 1][0] if index + 1 < len(spans) else len(text)
    line = text[start:end].rstrip()
    alone = "\n" in text[spans[index - 1][1] : start] and (
        "\n" in text[end:after] or not text[end:after].strip()
    )
    unstopped = not line.endswith((".", "!", "?", ":", ";", ",", '"', "”", "'", "’"))
    return alone and unstopped and len(line.split()) <= _CROSSHEAD_WORDS


def _is_headline(text: str, spans: list[tuple[int, int]]) -> bool:
    """A first line on its own, without a full stop, above the body: the article's headline."""
    if len(spans) < 2:
        return False
    start, end = spans[0]
    line = text[start:end]
    return "\n" in text[end : spans[1][0]] and not line.rstrip().endswith((".", "!", "?", '"', "”"))


def _mark_quotes(sentence: Sentence, inside: bool) -> bool:
    """Record which tokens are quoted; returns whether a quotation is open at the end."""
    doc = sentence.doc
    sentence.opens_inside = inside
    for token in doc:
        char = token.text
        if char in OPENING_QUOTES or char in CLOSING_QUOTES:
            before = doc[token.i - 1].whitespace_ == "" if token.i > 0 else False
            after = token.whitespace_ == "" and token.i + 1 < len(doc)
            if char in ("“", "«", "„") or (char == '"' and after and not before):
                inside = True
            elif char in ("”", "»") or (char == '"' and (before or not after)):
                if not inside and not sentence.opens_inside:
                    # A quotation closed that never opened here: the opening mark was lost
                    # (or stood paragraphs before); what precedes it was quoted.
                    sentence.quoted.update(range(token.i))
                    sentence.closes_unopened = True
                inside = False
            continue
        if inside:
            sentence.quoted.add(token.i)
    sentence.ends_inside = inside
    return inside


def _pieces(doc: Doc) -> list[Doc]:
    """The parser's own sentences inside one pysbd sentence, when pysbd ran several together
    (it does after some quotations); a piece must end like a sentence and be long enough to
    be one, else it stays with the piece before."""
    cuts = [0]
    for sent in doc.sents:
        last = sent[-1] if not sent[-1].is_quote or len(sent) < 2 else sent[-2]
        ends = last.text in (".", "!", "?")
        cut = sent.end
        if cut < len(doc) and doc[cut].is_quote and not doc[cut - 1].whitespace_:
            cut += 1  # the closing mark belongs to the sentence it closes
        if ends and cut < len(doc) and cut - cuts[-1] >= MIN_PIECE_TOKENS:
            following = doc[cut]
            if following.is_quote or following.text[:1].isupper():
                cuts.append(cut)
    if len(cuts) == 1:
        return [doc]
    bounds = [*cuts, len(doc)]
    return [doc[a:b].as_doc() for a, b in pairwise(bounds) if b > a]


MIN_PIECE_TOKENS = 5
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def _repair_quantified_relative(doc: Doc) -> None:
    """`the deal, details of which will be announced, was signed`: the small parser may take
    `the deal` for a second subject of `announced` and leave `was signed` with none. The
    relative clause (its subject holds `of which`/`of whom`) is put back on the noun before
    its comma, and that noun made the subject of the subjectless verb after the clause."""
    for verb in doc:
        subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
        if len(subjects) != 2:
            continue
        noun, quantity = subjects
        relative = any(
            t.tag_ in ("WDT", "WP") and t.dep_ == "pobj" and t.head.head.i == quantity.i
            for t in quantity.subtree
        )
        comma = noun.right_edge.i if noun.right_edge.text == "," else noun.right_edge.i + 1
        if not relative or doc[comma].text != "," or comma + 1 != quantity.left_edge.i:
            continue
        clause_end = verb.right_edge.i
        following = [
            c
            for c in verb.head.children
            if c.i > clause_end
            and c.pos_ in ("VERB", "AUX")
            and not any(g.dep_ in _SUBJECT_DEPS for g in c.children)
        ]
        if verb.head.i == verb.i or not following or doc[clause_end].text != ",":
            continue
        noun.head, noun.dep_ = following[0], "nsubj"
        verb.head, verb.dep_ = noun, "relcl"
        return


def _repair_told_hearer(doc: Doc) -> None:
    """`Helen Marsh told the court Pilling had made £310,000`: the small parser may read `the
    court Pilling` as one name, so a claim began `The court Pilling had made`. After `tell`,
    a lower-case noun with its own `the` or `a`, hung on the name that is the subject of what
    was told, is who heard it: it is hung back on the verb as its object."""
    for verb in doc:
        if verb.lemma_.lower() != "tell" or verb.pos_ != "VERB":
            continue
        for clause in [c for c in verb.children if c.dep_ == "ccomp"]:
            subject = next((c for c in clause.children if c.dep_ in _SUBJECT_DEPS), None)
            if subject is None or subject.pos_ != "PROPN" or subject.i < verb.i:
                continue
            hearers = [
                c
                for c in subject.lefts
                if c.dep_ == "compound"
                and c.pos_ == "NOUN"
                and c.is_lower
                and any(d.dep_ == "det" for d in c.children)
            ]
            if len(hearers) == 1 and hearers[0].i > verb.i:
                hearers[0].head, hearers[0].dep_ = verb, "dobj"


def _repair_final_tag(doc: Doc) -> None:
    """`... for repairs that a surveyor later valued at £2,000, prosecutor Sarah Quinn said.`:
    the small parser may give the closing tag's verb two subjects, the tag's and the relative
    clause's (hanging the tag on the last noun as a relative clause, or the relative clause's
    subject on the tag), so the clause's subject was read as the speaker. The clause's verb,
    found under its subject, goes back on the noun before `that`/`which` with its subject and
    relative word, and a tag the parser did not make the root becomes it, with what went
    before as what was said. Left alone unless every part is found."""
    tag = _final_tag(doc)
    if tag is None:
        return
    verb, comma = tag
    subject = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS and c.i < comma.i), None)
    if subject is None or subject.left_edge.i < 2:
        return
    relative = doc[subject.left_edge.i - 1]
    noun = doc[relative.i - 1]
    clause = next(
        (t for t in subject.subtree if t.i > subject.i and t.pos_ == "VERB" and t.dep_ == "acl"),
        None,
    )
    if (
        relative.lower_ not in _RELATIVE_WORDS
        or noun.pos_ not in ("NOUN", "PROPN")
        or clause is None
        or clause.i > comma.i
    ):
        return
    root = next(t for t in doc if t.head.i == t.i)
    clause.head, clause.dep_ = noun, "relcl"
    for child in [c for c in verb.children if relative.i <= c.i < comma.i]:
        child.head = clause
    if root.i != verb.i:
        verb.head, verb.dep_ = verb, "ROOT"
        root.head, root.dep_ = verb, "ccomp"
    comma.head, comma.dep_ = verb, "punct"
    for mark in doc[verb.i + 1 :]:
        mark.head = verb


def _repair_speakers_call(doc: Doc) -> None:
    """`Graham Dunlop said the figures were "a scandal" and called for the board to publish
    monthly updates`: the small parser joins `called` to what was said (`were`), so the
    figures called for it. A call, an urging, a demand or an addition with no subject of its
    own, joined after what a reporting verb reports, is the speaker's second act: it is hung
    on the reporting verb."""
    for verb in doc:
        if verb.lemma_.lower() not in lexicon.REPORTING_LEMMAS:
            continue
        for said in [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]:
            for act in [c for c in said.children if c.dep_ == "conj" and c.i > said.i]:
                if not _a_speakers_act(act):
                    continue
                joining = [c for c in said.children if c.dep_ == "cc" and said.i < c.i < act.i]
                act.head = verb
                for word in joining:
                    word.head = verb


_ADVOCACY = frozenset({"call", "urge", "demand", "appeal", "add", "warn"})


def _a_speakers_act(verb: Token) -> bool:
    if verb.lemma_.lower() not in _ADVOCACY or verb.pos_ != "VERB":
        return False
    if any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return False
    # `called for`, `called on X to`, `appealed for`; not `called it a sham`, `will appeal`
    following = verb.nbor(1).lower_ if verb.i + 1 < len(verb.doc) else ""
    if verb.lemma_.lower() == "call":
        return following in ("for", "on")
    if verb.lemma_.lower() == "appeal":
        return following in ("for", "to")
    if verb.lemma_.lower() == "warn":  # `warned against complacency`; not `had warned of`
        return following in ("against", "of") and not any(c.dep_ == "aux" for c in verb.children)
    return True


def _repair_reported_conjunct(doc: Doc) -> None:
    """`The council said it was "monitoring the situation" and had no plans to close the
    road`: the small parser may join `had` to `said`, so the plans read as the reporter's
    fact. A state (`had`, `was`) or a backshifted modal (`would`, `could`) with no subject of
    its own, joined after what a reporting verb reports with a pronoun subject, is more of what
    was said: the pronoun is its subject too. It is hung on the reported verb."""
    for verb in doc:
        if verb.lemma_.lower() not in lexicon.REPORTING_LEMMAS or verb.pos_ != "VERB":
            continue
        reported = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
        if len(reported) != 1 or not _pronoun_subject(reported[0]):
            continue
        said = reported[0]
        for state in [c for c in verb.children if c.dep_ == "conj" and c.i > said.i]:
            if not _a_reported_state(state):
                continue
            joining = [c for c in verb.children if c.dep_ == "cc" and said.i < c.i < state.i]
            state.head = said
            for word in joining:
                word.head = said


_BACKSHIFTED = frozenset({"would", "could", "might", "was", "were", "had"})


def _pronoun_subject(verb: Token) -> bool:
    subject = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS), None)
    return subject is not None and subject.tag_ == "PRP" and subject.lower_ != "you"


def _a_reported_state(verb: Token) -> bool:
    """`had no plans`, `was considering an appeal`, `would not close`: not an act the speaker
    did next (`and left the room`, `and thanked staff`)."""
    if any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return False
    if verb.lemma_.lower() in ("have", "be") and verb.tag_ == "VBD":
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in _BACKSHIFTED for c in verb.children)


_CONTRAST_MARKS = frozenset({"while", "whilst", "whereas", "although", "though"})


def _repair_participle_clause(doc: Doc) -> None:
    """`Gift cards will be accepted, while customers seeking refunds will have to apply to the
    administrators`: the small parser may read `seeking` as the `while` clause's verb and join
    `will have` to the main verb with no subject, so the gift cards had to apply. A participle
    right after its subject, in a clause marked `while` (`whereas`, `although`), that ends just
    before a finite verb joined to the main one with no subject, describes that verb's
    subject: the noun becomes the verb's subject, the participle its modifier, and the verb
    the `while` clause."""
    for verb in doc:
        if verb.dep_ != "conj" or any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
            continue
        auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
        start = auxiliaries[0].i if auxiliaries else verb.i
        before = [c for c in (*verb.children, *verb.head.children) if c.dep_ == "advcl"]
        for participle in [c for c in before if c.i < verb.i]:
            mark = next((c for c in participle.children if c.dep_ == "mark"), None)
            subject = next((c for c in participle.children if c.dep_ in _SUBJECT_DEPS), None)
            if participle.tag_ != "VBG" or mark is None or mark.lower_ not in _CONTRAST_MARKS:
                continue
            if subject is None or subject.i != participle.i - 1 or subject.pos_ != "NOUN":
                continue
            if participle.right_edge.i != start - 1:
                continue
            subject.head, subject.dep_ = verb, "nsubj"
            participle.head, participle.dep_ = subject, "acl"
            mark.head = verb
            verb.dep_ = "advcl"
            break


def _repair_reduced_relative(doc: Doc) -> None:
    """`each home bought back would save the council £14,200 a year`: the small parser may read
    `bought` as a clause that is the subject of `save`, with `home` its subject, so the claim
    lost its subject (`Would save the council ...`). A past participle standing as a clausal
    subject, right after its noun subject and with no object of its own, is a reduced relative
    on that noun: the noun becomes the main verb's subject, the participle its modifier."""
    for participle in doc:
        if participle.dep_ != "csubj" or participle.tag_ not in ("VBN", "VBD"):
            continue
        subject = next((c for c in participle.children if c.dep_ in _SUBJECT_DEPS), None)
        if subject is None or subject.i != participle.i - 1:
            continue
        determined = any(c.dep_ == "det" for c in subject.children)  # `each flat`, tagged ADJ
        if subject.pos_ != "NOUN" and not determined:
            continue
        if any(c.dep_ in ("dobj", "ccomp", "xcomp", "aux", "auxpass") for c in participle.children):
            continue
        main = participle.head
        for opening in [c for c in participle.children if c.i < subject.i]:
            opening.head = main  # `According to a report, ...` is the sentence's
        subject.head, subject.dep_ = main, "nsubj"
        participle.head, participle.dep_ = subject, "acl"


def _repair_scale_suffix(doc: Doc) -> None:
    """`is to spend £32m buying back homes`: the parser may read the `m` written close up to
    the figure as a word of the next clause (an auxiliary of `buying`), and the claim kept
    `£32`. A scale written close up to a figure (`m`, `bn`) is hung on the figure."""
    for scale in doc[1:]:
        figure = doc[scale.i - 1]
        if scale.lower_ not in lexicon.SCALE_ABBREVIATIONS or figure.whitespace_:
            continue
        if not figure.like_num or scale.head.i == figure.i or scale.is_ancestor(figure):
            continue
        for child in list(scale.children):
            child.head = scale.head
        scale.head, scale.dep_ = figure, "quantmod"


def _repair_year_ranges(doc: Doc) -> None:
    """`lost 187 million litres a day in 2024-25`: the tokenizer splits the range and the
    parser may hang `25` outside the clause, so the claim read `in 2024`. The end of a year
    range written close up (`2024-25`, `2019-2023`) is hung on its first year."""
    for year in doc[: len(doc) - 2]:
        dash, end = doc[year.i + 1], doc[year.i + 2]
        if not is_year(year.text) or year.whitespace_ or dash.whitespace_:
            continue
        if (
            dash.text not in ("-", "–", "/")
            or not end.text.isdigit()
            or len(end.text) not in (2, 4)
        ):
            continue
        if (end.head.i == year.i and dash.head.i == year.i) or end.is_ancestor(year):
            continue  # read as one already, or the year hangs on the end (left as parsed)
        outside = [c for c in end.children if c.i != dash.i]
        end.head, end.dep_ = year, "npadvmod"
        dash.head, dash.dep_ = year, "punct"
        for child in outside:
            child.head = year


_RELATIVE_WORDS = frozenset({"that", "which", "who", "whom"})


def _final_tag(doc: Doc) -> tuple[Token, Token] | None:
    """(reporting verb, the comma before its subject) when a sentence ends `, X said.` and
    the verb has a second subject before that comma."""
    words = [t for t in doc if not (t.is_punct or t.is_space)]
    if len(words) < 6:
        return None
    verb = words[-1]
    if verb.lemma_.lower() not in lexicon.REPORTING_LEMMAS:
        return None
    speaker = next(
        (c for c in verb.children if c.dep_ == "nsubj" and c.right_edge.i == verb.i - 1), None
    )
    if speaker is None or speaker.left_edge.i == 0:
        return None
    comma = doc[speaker.left_edge.i - 1]
    if comma.text != "," or speaker.pos_ not in ("PROPN", "PRON", "NOUN"):
        return None
    return verb, comma


_PERSONAL_RELATIVES = frozenset({"who", "whom"})
_TITLE_PATH = frozenset({"prep", "pobj", "compound", "conj", "poss"})


def _repair_personal_relative(doc: Doc) -> None:
    """`Tom Birch, chairman of the River Trust, whose wife died in 2002,`, `Prof Ann Lind of the
    X Trust, who was not involved`: the parser hangs the relative clause on the last noun of
    the person's title or of the body after the name. A `who` clause,
    or a `whose` clause owning kin (lexicon.KIN_NOUNS), set off by a comma after the title,
    is the person's: it is hung back on the name the title is set beside."""
    for relative in doc:
        if relative.dep_ != "relcl":
            continue
        first = relative.left_edge
        noun = relative.head
        if first.i == 0 or doc[first.i - 1].text != "," or noun.ent_type_ == "PERSON":
            continue
        owned = first.head if first.lower_ == "whose" else None
        kin = owned is not None and owned.lemma_.lower() in lexicon.KIN_NOUNS
        if first.lower_ not in _PERSONAL_RELATIVES and not kin:
            continue
        title = noun
        while title.dep_ in _TITLE_PATH and title.head.i != title.i:
            title = title.head
        if title.ent_type_ == "PERSON" and title.i < noun.i:
            relative.head = title  # `Prof Sarah Lind of the X Trust, who was not involved`
            continue
        person = title.head
        if title.dep_ != "appos" or person.ent_type_ != "PERSON" or person.i > title.i:
            continue
        relative.head = person


def _parsed(text: str) -> list[tuple[int, int, Doc]]:
    """(start, end, parse) of every sentence: pysbd's boundaries, refined by the parser's."""
    spans = sentence_spans(text)
    texts = [text[start:end] for start, end in spans]
    docs = english().pipe(t if len(t) <= MAX_PARSED_SENTENCE else "" for t in texts)
    parsed: list[tuple[int, int, Doc]] = []
    for (start, end), doc in zip(spans, docs, strict=True):
        if not len(doc):
            parsed.append((start, end, doc))
            continue
        for piece in _pieces(doc):
            _repair_quantified_relative(piece)
            _repair_personal_relative(piece)
            _repair_told_hearer(piece)
            _repair_final_tag(piece)
            _repair_speakers_call(piece)
            _repair_reported_conjunct(piece)
            _repair_participle_clause(piece)
            _repair_reduced_relative(piece)
            _repair_year_ranges(piece)
            _repair_scale_suffix(piece)
            mend_cut_names(piece)
            join_split_names(piece)
            close_bracketed_names(piece)
            common_short_forms(piece)
            offset = start + doc.text.find(piece.text) if len(piece) else start
            parsed.append((offset, offset + len(piece.text.rstrip()), piece))
    docs = [doc for _start, _end, doc in parsed]
    common_words_first(docs)
    whole_names(docs)
    name_aged_people(docs)
    name_people(docs)
    name_places(docs)
    return parsed


def read_sentences(text: str) -> list[Sentence]:
    """Every sentence of `text`, parsed, in order; offsets index `text`."""
    parsed = _parsed(text)
    spans = [(start, end) for start, end, _doc in parsed]
    paragraphs = _paragraph_numbers(text, spans)
    headline = _is_headline(text, spans)
    sentences: list[Sentence] = []
    inside = False
    for index, (start, end, doc) in enumerate(parsed):
        sentence_text = text[start:end]
        sentence = Sentence(
            index, start, end, sentence_text, paragraphs[index], headline and index == 0, doc
        )
        sentence.crosshead = _is_crosshead(text, spans, index)
        if index and paragraphs[index] != paragraphs[index - 1] and not _continues(doc):
            inside = False
        inside = _mark_quotes(sentence, inside)
        if sentence.closes_unopened:
            _open_at_single_mark(sentences, sentence)
        if sentences and sentence_text.strip() in CLOSING_QUOTES and not sentences[-1].quoted:
            # pysbd may cut a closing mark off its sentence: that sentence was quoted.
            sentences[-1].quoted.update(range(len(sentences[-1].doc)))
        sentences.append(sentence)
    _index_lemmas(sentences)
    return sentences


SINGLE_OPENING_QUOTES = frozenset({"'", "‘"})
MISMATCH_REACH = 3  # sentences back in which a quotation's single opening mark is looked for


def _open_at_single_mark(sentences: list[Sentence], closing: Sentence) -> None:
    """`'A. B," it said`: a double mark closes a quotation its writer opened with a single
    one. When a sentence of the same paragraph, a few before, opens with a single mark (and
    nothing quoted lies between), the quotation runs from there."""
    between: list[Sentence] = []
    for earlier in reversed(sentences[-MISMATCH_REACH:]):
        if earlier.paragraph != closing.paragraph or earlier.quoted or earlier.ends_inside:
            return
        between.insert(0, earlier)
        if len(earlier.doc) and earlier.doc[0].text in SINGLE_OPENING_QUOTES:
            break
    else:
        return
    for sentence in between:
        sentence.quoted.update(range(1, len(sentence.doc)))
        sentence.ends_inside = True
    for sentence in [*between[1:], closing]:
        sentence.opens_inside = True


def _continues(doc: Doc) -> bool:
    """A paragraph that opens with a quotation mark continues (or opens) a quotation."""
    return len(doc) > 0 and doc[0].text in OPENING_QUOTES


def body_sentences(sentences: list[Sentence], *, crossheads: bool = True) -> list[Sentence]:
    """The article's parsed sentences below its headline; without `crossheads`, also without
    the short lines that head a section."""
    return [s for s in sentences if _in_body(s, crossheads=crossheads)]


def first_body_sentence(sentences: list[Sentence]) -> Sentence | None:
    """The first of `body_sentences`, found without listing them all."""
    return next((s for s in sentences if _in_body(s, crossheads=True)), None)


def lead_and_next(sentences: list[Sentence]) -> tuple[Sentence, Sentence] | None:
    """The first body sentence and the parsed sentence right after it, where a lead's unnamed
    someone or something is named (lead_names, lead_people)."""
    lead = first_body_sentence(sentences)
    if lead is None or lead.index + 1 >= len(sentences):
        return None
    following = sentences[lead.index + 1]
    if not following.parsed or following.headline:
        return None
    return lead, following


def _in_body(sentence: Sentence, *, crossheads: bool) -> bool:
    return (
        sentence.parsed
        and not sentence.headline
        and (crossheads or not sentence.crosshead)
        and len(sentence.doc) > 0
    )
