"""Whether a named person can be what a he/she/his/her points back to.

A pronoun in news prose continues a person the article has been talking about: a subject, a
speaker, the owner of a subject (`Silva's lawyer said`), or the one named in apposition to
them. A name met only as an object or inside a phrase (`won the X Award`, `inspired by X's
tale`, `to join X United`) is no such person, and is often not a person at all (the recognizer
types awards and clubs as people). Unless a title gave that name a gender (`police arrested Mr
X`), the splitter keeps the pronoun and asks who is meant rather than guess one of those.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.splitter.context import REACH
from factcheck.splitter.tokens import SUBJECTS

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Token

    from factcheck.splitter.document import Sentence

# A name in one of these relations shares the place of the word it hangs on.
_ATTACHED = frozenset({"appos", "conj", "compound"})


def talked_about(surname: str, sentences: Sequence[Sentence], index: int) -> bool:
    """Whether a proper noun `surname` (typed as a person, or not typed) is subject-like in
    sentence `index` or the `REACH` sentences before it: a subject, the agent of a passive
    (`was founded by X`), the owner of a subject (`X's lawyer said`), or a name attached to
    one (`the singer, X,`; `X and Y said`)."""
    return any(
        token.text == surname
        and token.pos_ == "PROPN"
        and token.ent_type_ in ("PERSON", "")
        and _subject_like(token)
        for sentence in sentences[max(0, index - REACH) : index + 1]
        for token in sentence.doc
    )


def _subject_like(token: Token) -> bool:
    while token.dep_ in _ATTACHED and token.head is not token:
        token = token.head
    if token.dep_ == "poss":  # only the owner of a subject: not `inspired by X's tale`
        return token.head.dep_ in SUBJECTS
    if token.dep_ in SUBJECTS or token.dep_ == "attr":
        return True
    return token.dep_ == "pobj" and token.head.dep_ == "agent"
