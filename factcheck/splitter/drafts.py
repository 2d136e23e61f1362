"""A claim as the splitter's stages build it, before it is typed and numbered."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

    from factcheck.splitter.speakers import Voice


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
