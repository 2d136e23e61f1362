"""Towns the recognizer typed as a person or a body: the article uses them as places.

The small English model often types a town it has not learnt as a person or an organisation,
or leaves it untyped (`A dental practice in Norwich` PERSON, `41, of Coventry` ORG,
`Leeds-based developer` CARDINAL), and then no stage can say `the city [Norwich]` or `[in
Coventry]`. A name of a town or city of 15,000 people or more (place_names.txt, from GeoNames)
is a place's in the whole article when one of its mentions is set as a place: after `in`,
`across`, `near`, `from` and the like, after `of` hung on a person or a number (`Ann Lee, 41,
of Coventry`) or on a settlement word (`the city of Derby`), before `-based` or `-born`, or
joined by `and` to a place. Every mention of it alone, not inside a longer name (`Safer
Streets Derby`, `Derby County`, `the Union`), is then a place, `Derby's` too.

A name is left as typed when the article shows it is a person's too: a word of a longer
person's name that opens with a first name or a title (`Jordan Blewitt`), a personal title
before it (`Lord Derby`), a common first name, or a subject of `said` (`"...," Lincoln said`).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from importlib import resources
from typing import TYPE_CHECKING

from spacy.tokens import Span

from factcheck.splitter import lexicon
from factcheck.splitter.context import first_name_gender
from factcheck.splitter.tokens import SUBJECTS

if TYPE_CHECKING:
    from spacy.tokens import Doc

PLACE_NAMES_FILE = "place_names.txt"
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# labels of a name the recognizer may have typed wrong; a date (`March`) or an amount is kept
_RETYPED_LABELS = frozenset({"PERSON", "ORG", "NORP", "CARDINAL", "PRODUCT", "WORK_OF_ART", ""})
_PLACING_PREPOSITIONS = frozenset(
    {"in", "across", "near", "outside", "around", "from", "throughout", "within", "to", "via"}
)
_PLACED_AFTER_HYPHEN = frozenset({"based", "born", "area", "bound", "registered"})
_PLACES_OF = lexicon.SETTLEMENT_NOUNS | frozenset(
    {"area", "outskirts", "centre", "center", "people", "residents", "streets", "suburbs"}
)


@functools.cache
def place_names() -> frozenset[str]:
    text = resources.files("factcheck.splitter").joinpath(PLACE_NAMES_FILE).read_text("utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def name_places(docs: Iterable[Doc]) -> None:
    """Type as GPE every lone mention of a town the article sets as a place (module
    docstring)."""
    docs = list(docs)
    mentions = [(doc, span) for doc in docs for span in _town_mentions(doc)]
    if not mentions:
        return
    people = person_name_words(docs)
    placed = {
        span.text for _doc, span in mentions if span.text not in people and _set_as_a_place(span)
    }
    for doc in docs:
        retyped = [
            Span(doc, span.start, span.end, label="GPE")
            for d, span in mentions
            if d is doc and span.text in placed and not _speaks(span)
        ]
        if not retyped:
            continue
        covered = {i for span in retyped for i in range(span.start, span.end)}
        kept = [e for e in doc.ents if not covered & set(range(e.start, e.end))]
        doc.ents = sorted([*kept, *retyped], key=lambda e: e.start)


def _town_mentions(doc: Doc) -> list[Span]:
    """Mentions of a town's name alone, typed other than a place (or untyped)."""
    names = place_names()
    found = []
    for entity in doc.ents:
        if entity.label_ in _RETYPED_LABELS and _alone(entity) and entity.text in names:
            found.append(entity)
    start = None
    for token in [*doc, None]:
        untyped = token is not None and token.pos_ == "PROPN" and not token.ent_type_
        if untyped and start is None:
            start = token.i
        elif not untyped and start is not None:
            end = token.i if token is not None else len(doc)
            span = doc[start:end]
            if span.text in names and _alone(span):
                found.append(span)
            start = None
    return found


def _alone(span: Span) -> bool:
    """The whole of a name: no proper noun joined on either side (`Safer Streets Derby`,
    `Derby County`), no personal title before it."""
    doc = span.doc
    before = doc[span.start - 1] if span.start else None
    after = doc[span.end] if span.end < len(doc) else None
    if before is not None and (before.pos_ == "PROPN" or before.lower_ in lexicon.PERSONAL_TITLES):
        return False
    if before is not None and before.lower_ == "the":
        return False  # `a State in the Union`: a town's name is no common noun's
    return not (after is not None and after.pos_ == "PROPN")


def person_name_words(docs: Iterable[Doc]) -> set[str]:
    """Words of the article's people's names of two words or more that open with a first
    name or a title (`Jordan Blewitt`, `Lady Justice Harrow`; not `Safer Streets Derby`, a
    group the recognizer took for a person)."""
    words = set()
    for doc in docs:
        for entity in doc.ents:
            if entity.label_ != "PERSON" or len(entity) < 2:
                continue
            titled = entity.start and doc[entity.start - 1].lower_ in lexicon.PERSONAL_TITLES
            first = entity[0].text
            if titled or first.lower() in lexicon.PERSONAL_TITLES or first_name_gender(first):
                words.update(t.text for t in entity)
    return words


def _set_as_a_place(span: Span) -> bool:
    if first_name_gender(span[0].text) is not None:
        return False
    root, doc = span.root, span.doc
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in _PLACING_PREPOSITIONS:
        return True
    if root.dep_ == "pobj" and head.lower_ == "of":
        owner = head.head
        return owner.pos_ == "PROPN" or owner.tag_ == "CD" or owner.lemma_.lower() in _PLACES_OF
    hyphen = doc[span.end] if span.end < len(doc) else None
    if hyphen is not None and hyphen.text == "-" and span.end + 1 < len(doc):
        return doc[span.end + 1].lower_ in _PLACED_AFTER_HYPHEN  # `Leeds-based`
    joined = [head] if root.dep_ == "conj" else []
    joined += [c for c in root.children if c.dep_ == "conj"]
    return any(t.ent_type_ in _PLACE_LABELS for t in joined)  # `London and Bristol`


def _speaks(span: Span) -> bool:
    """`Lincoln said`: a subject of a reporting verb is no place."""
    root = span.root
    return root.dep_ in SUBJECTS and root.head.lemma_.lower() in lexicon.REPORTING_LEMMAS
