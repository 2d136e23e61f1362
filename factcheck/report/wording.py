"""How a claim reads to the public: a sentence with its speaker, as a fact-check site
headlines it ("Erdoğan said relations between Turkey and Russia are ...").

The reviewer may set the wording at verdict time (`Verdict.public_wording`); without it the
wording is built from the claim and its speaker, capitalised, with no closing full stop
(ClaimReview's `claimReviewed` and the page's cards both read it as a quoted claim). A claim
that already names its speaker ("Putin accused the West ...", speaker Vladimir Putin) stands
alone rather than read "Vladimir Putin said Putin accused ...". After "X said" the claim's
first word is lower-cased only when it is not a name: a function word ("The", "It") or a
word the source sentence itself writes in lower case ("Relations" from "... said relations
between ..."); anything else ("Turkey", "NATO") keeps its capital.
"""

from __future__ import annotations

import re

from factcheck.models import Claim

# Words that are never names, whatever their case at the start of a claim.
_FUNCTION_WORDS = frozenset(
    {
        "a", "an", "the", "this", "that", "these", "those", "it", "its", "there", "their",
        "they", "we", "our", "he", "she", "his", "her",
    }
)  # fmt: skip


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _continued(text: str, sentence: str) -> str:
    """`text` as it reads after "X said": its first word lower-cased unless it is a name."""
    first = re.match(r"\w+", text)
    if first is None or not first.group()[:1].isupper():
        return text
    word = first.group()
    lowered = word.lower()
    written_lower = re.search(rf"\b{re.escape(lowered)}\b", sentence) is not None
    if lowered in _FUNCTION_WORDS or written_lower:
        return lowered + text[len(word) :]
    return text


def default_public_wording(claim: Claim) -> str:
    """`Speaker said claim`, or the claim alone in the article's own voice."""
    text = " ".join(claim.text.split()).rstrip(" .")
    speaker = " ".join((claim.speaker or "").split())
    if not speaker or names_speaker(text, speaker):
        return capitalised(text)
    return capitalised(f"{speaker} said {_continued(text, claim.sentence or '')}")


def names_speaker(text: str, speaker: str) -> bool:
    """Whether the claim names its speaker: the speaker's last capitalised word (a surname,
    or the name of a body) appears in it as a word."""
    names = [word for word in re.findall(r"\w+", speaker) if word[:1].isupper()]
    return bool(names) and re.search(rf"\b{re.escape(names[-1])}\b", text) is not None


def public_wording(claim: Claim) -> str:
    """The reviewer's wording when set, else the default."""
    given = claim.verdict.public_wording.strip() if claim.verdict else ""
    return given or default_public_wording(claim)
