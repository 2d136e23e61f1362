"""A name the parser broke: the whole of it is the speaker, never a piece.

- `according to Asthma Wales`: the parser may read the first word of a name as a common noun and
  hang the second on the verb; a capitalised word straight after the source, with no comma and
  nothing of its own, goes on the name (`Asthma Wales`), not on what was said.
- `The Transport, Housing and Local Government Committee said`: the recognizer may keep only the
  last part of a name with commas (`Local Government Committee`); the capitalised words before
  it in the name's own phrase, joined by commas and `and`, are part of it.
- `The charity Older People First said`: the recognizer may stop a name a word short and the
  parser hang that word on the verb; a capitalised proper noun of no type straight after the
  name, with nothing of its own, ends the name.
- `The World Health Organization (WHO) said`: the recognizer may end a name inside its
  brackets (`... Organization (WHO`); the name takes its closing bracket, or, with none,
  ends before the opening one.
- `The Bank's target is 2%` after `the Bank of England`: a capitalised `the Bank`, `the
  Commission` alone is the writer's short form of a name given before, not a name of its own;
  it is read as the common noun, so it is resolved (or asked about) as `the bank` would be.
- `Hosepipe ban for 1.2 million homes`: a one-word "name" that only opens its sentence and
  that the article writes in lower case elsewhere (`a hosepipe ban`) is a common word.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from factcheck.splitter import lexicon
from factcheck.splitter.tokens import subtree

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc, Token


def _capitalised(token: Token) -> bool:
    return token.is_alpha and (token.is_title or token.is_upper)


def name_continuation(source: Token) -> list[Token]:
    """The capitalised words the parser cut off the end of the source's name."""
    if source.dep_ != "pobj" or not _capitalised(source) or source.i == source.sent.start:
        return []
    taken = subtree(source)
    found: list[Token] = []
    i = max(taken) + 1
    doc = source.doc
    while i < len(doc):
        word = doc[i]
        if not _capitalised(word) or word.pos_ != "PROPN" or list(word.children):
            break
        if word.head.i in taken or word.head.i == word.i:
            break
        found.append(word)
        i += 1
    return found


_NAME_JOINERS = frozenset({",", "and", "&"})


def mend_cut_names(doc: Doc) -> None:
    """Reach each organisation's name back over the capitalised words joined by commas and
    `and` that its own phrase holds before it: a name the recognizer read as a list; and on
    over a last word it left off (`_cut_last_word`)."""
    mended = []
    for entity in doc.ents:
        start = entity.start
        if entity.label_ == "ORG":
            taken = subtree(entity.root)
            if entity.root.dep_ == "conj" and entity.root.head.i < entity.start:
                # `Fenlow and Clun Council` parsed as `Fenlow` and `Clun Council`
                taken |= set(range(entity.root.head.i, entity.start))
            i = entity.start - 1
            joined = False  # `Wenlow and Clun Council`: the parser may tag `Wenlow` an adjective
            while i >= 0 and i in taken and not doc[i].ent_type_:
                word = doc[i]
                if _capitalised(word) and (
                    word.pos_ == "PROPN" or (joined and word.pos_ in ("ADJ", "NOUN"))
                ):
                    start = i
                elif word.text in _NAME_JOINERS:
                    joined = True
                else:
                    break
                i -= 1
        end = entity.end + 1 if _cut_last_word(entity) else entity.end
        changed = start < entity.start or end > entity.end
        mended.append(Span(doc, start, end, label=entity.label_) if changed else entity)
    if any((m.start, m.end) != (e.start, e.end) for m, e in zip(mended, doc.ents, strict=True)):
        doc.ents = mended


_PLACE_OR_BODY = frozenset({"ORG", "GPE", "LOC", "FAC"})


def join_split_names(doc: Doc) -> None:
    """`the charity Spectrum Families Scotland`: the recognizer may cut one name into two
    that touch (`Spectrum Families` and `Scotland`, both places), so the charity's name was
    `Scotland`. Two names of places or bodies with nothing between them, the first wholly a
    modifier of the second's head (one noun phrase in the parse), are one name: an
    organisation's when either was typed one or a trade noun (`the charity`) stands before."""
    entities = list(doc.ents)
    joined: list[Span] = []
    for entity in entities:
        last = joined[-1] if joined else None
        if last is not None and _one_name(last, entity):
            before = doc[last.start - 1] if last.start > 0 else None
            traded = before is not None and before.lemma_.lower() in lexicon.TRADE_NOUNS
            body = "ORG" in (last.label_, entity.label_) or traded
            joined[-1] = Span(doc, last.start, entity.end, label="ORG" if body else entity.label_)
            continue
        joined.append(entity)
    if len(joined) != len(entities):
        doc.ents = joined


def _one_name(first: Span, second: Span) -> bool:
    if first.end != second.start or first.label_ not in _PLACE_OR_BODY:
        return False
    if second.label_ not in _PLACE_OR_BODY:
        return False
    # one noun phrase: every word of the first a modifier inside the two, its head the second's
    inside = range(first.start, second.end)
    modifiers = all(t.dep_ == "compound" and t.head.i in inside for t in first)
    return modifiers and first.root.head.i == second.root.i


def _cut_last_word(entity: Span) -> bool:
    """`The charity Older People First said`: the recognizer may stop a name one word short
    and the parser hang that word on the verb; a capitalised proper noun straight after the
    name, of no type, with nothing of its own and no name after it, ends the name."""
    doc = entity.doc
    if entity.label_ not in ("ORG", "PERSON") or entity.end >= len(doc) - 1:
        return False
    word, after = doc[entity.end], doc[entity.end + 1]
    loose = word.head.i not in range(entity.start, entity.end) and not list(word.children)
    return (
        word.pos_ == "PROPN"
        and word.is_title
        and not word.ent_type_
        and loose
        and word.dep_ in ("advmod", "npadvmod")
        and after.pos_ != "PROPN"
    )


def close_bracketed_names(doc: Doc) -> None:
    """Give a name that opens a bracket and ends inside it its closing bracket."""
    mended = []
    for entity in doc.ents:
        opened = [t.i for t in entity if t.text == "("]
        closed = [t.i for t in entity if t.text == ")"]
        if len(opened) > len(closed):
            if entity.end < len(doc) and doc[entity.end].text == ")":
                entity = Span(doc, entity.start, entity.end + 1, label=entity.label_)
            elif opened[-1] > entity.start:
                entity = Span(doc, entity.start, opened[-1], label=entity.label_)
        mended.append(entity)
    if any(m.end != e.end for m, e in zip(mended, doc.ents, strict=True)):
        doc.ents = mended


def common_short_forms(doc: Doc) -> None:
    """Read a lone capitalised `the Bank` (`the Commission`, `the Agency`) as the noun."""
    kept = []
    for entity in doc.ents:
        word = entity[0]
        short_form = (
            len(entity) == 1
            and word.is_title
            and word.lower_ in lexicon.ORGANISATION_NOUNS
            and word.i > 0
            and doc[word.i - 1].lower_ == "the"
        )
        if short_form:
            word.pos_, word.tag_ = "NOUN", "NN"
        else:
            kept.append(entity)
    if len(kept) != len(doc.ents):
        doc.ents = kept


_NAME_LABELS = frozenset({"ORG", "PERSON", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "WORK_OF_ART"})


def whole_names(docs: Sequence[Doc]) -> None:
    """`Keep Brackenby Green said ...`: the recognizer may take a name short in one sentence
    (`Brackenby Green`) that it read whole in another (`the group Keep Brackenby Green`). A
    name that ends a longer one of the article, standing right after that name's missing
    words, is the longer name."""
    # each longer name under every shorter ending of it: `(Brackenby, Green)` -> its whole
    by_ending: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    for doc in docs:
        for entity in doc.ents:
            name = tuple(t.text for t in entity)
            if entity.label_ in _NAME_LABELS and len(name) > 1:
                for cut in range(1, len(name)):
                    by_ending.setdefault(name[cut:], []).append(name)
    for doc in docs:
        mended = [_whole_name(entity, by_ending) for entity in doc.ents]
        if any(m is not e for m, e in zip(mended, doc.ents, strict=True)):
            doc.ents = mended  # the words taken in bear no entity: nothing overlaps


def _whole_name(entity: Span, by_ending: dict[tuple[str, ...], list[tuple[str, ...]]]) -> Span:
    """`entity` reached back over the words that complete it to one longer name of the
    article, when they stand right before it; else `entity` itself."""
    if entity.label_ not in _NAME_LABELS:
        return entity
    doc = entity.doc
    for name in by_ending.get(tuple(t.text for t in entity), []):
        extra = len(name) - len(entity)
        if entity.start < extra:
            continue
        before = doc[entity.start - extra : entity.start]
        if tuple(t.text for t in before) == name[:extra] and not any(t.ent_type_ for t in before):
            return Span(doc, entity.start - extra, entity.end, label=entity.label_)
    return entity


def common_words_first(docs: Sequence[Doc]) -> None:
    """`Hosepipe ban for 1.2 million homes` ... `a hosepipe ban`: a one-word name that only
    opens its sentences (or headline), never capitalised elsewhere, and that the article
    writes in lower case elsewhere is a common word capitalised by its place, not an
    organisation or a person; left typed, it would count as a second firm that `the company`
    may mean."""
    lowered = {t.text for doc in docs for t in doc if t.is_alpha and t.text.islower()}
    openings = [next((t for t in doc if not t.is_punct), None) for doc in docs]
    # `the moniker Yahoo`: capitalised where no place in the sentence asks it, it is a name
    inside = {
        t.text
        for doc, opening in zip(docs, openings, strict=True)
        for t in doc
        if t.text[:1].isupper() and (opening is None or t.i > opening.i)
    }
    for doc, opening in zip(docs, openings, strict=True):
        if opening is None or opening.text in inside or opening.lower_ not in lowered:
            continue
        if opening.lower_ in lexicon.ORGANISATION_NOUNS:
            continue  # `Council leader X`: the body's own stages read it
        kept = [
            e
            for e in doc.ents
            if not (len(e) == 1 and e.start == opening.i and e.label_ in _NAME_LABELS)
        ]
        if len(kept) != len(doc.ents):
            if opening.pos_ == "PROPN":
                opening.pos_, opening.tag_ = "NOUN", "NN"
            doc.ents = kept
