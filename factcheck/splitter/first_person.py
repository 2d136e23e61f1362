"""Stage 5, continued: the organisation a `we` speaks for.

`"We have cut prices," said Jane Doe, Acme's chief executive`: in the words of a speaker whose
title names one organisation (employers.py), `we`, `us` and `our` are that organisation, and the
claim says so: `We [Acme] have cut prices`. Only inside the quotation marks, only for an
organisation the article named as such, and only when no other organisation is named before it in the sentence:
a minister's or a researcher's `we` (no organisation in the title), or a `we` beside a second
firm, keeps the article's words and the question `who are 'We'?`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping

    from factcheck.splitter.context import EntityBook
    from factcheck.splitter.document import Sentence
    from factcheck.splitter.employers import Employer

_FIRST_PERSON_PLURAL = frozenset({"we", "us", "our"})


def speakers_organisation(
    speaker: str | None, employers: Mapping[str, Employer], book: EntityBook
) -> Employer | None:
    """The organisation the speaker's title names, when the article named it as one."""
    if not speaker:
        return None
    employer = employers.get(speaker) or next(
        (e for name, e in employers.items() if name.endswith(f" {speaker}")), None
    )
    if employer is None or not any(n == employer.name for n, _ in book.organisations):
        return None
    return employer


def we_named(
    sentence: Sentence, claim: set[int], replaced: Mapping[int, str], employer: Employer
) -> dict[int, str]:
    """`We` -> `We [Acme]` for each quoted first-person plural of the claim (module docstring)."""
    doc = sentence.doc
    others = [
        e.start
        for e in doc.ents
        if e.label_ == "ORG"
        and e.text.removeprefix("the ").removesuffix("'s").rstrip("'’") != employer.name
    ]
    return {
        i: f"{doc[i].text} [{employer.name}]"
        for i in sorted(claim)
        if i not in replaced
        and i in sentence.quoted
        and doc[i].lower_ in _FIRST_PERSON_PLURAL
        and doc[i].tag_ in ("PRP", "PRP$")
        and not any(start < i for start in others)  # `Beta and we agreed`: either
    }
