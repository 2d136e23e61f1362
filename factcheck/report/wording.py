"""How a claim reads to the public: a sentence with its speaker, as a fact-check site
headlines it ("Erdoğan said relations between Turkey and Russia are ...").

The reviewer may set the wording at verdict time (`Verdict.public_wording`); without it the
wording is built from the claim and its speaker, capitalised, with no closing full stop
(ClaimReview's `claimReviewed` and the page's cards both read it as a quoted claim). A claim
that already names its speaker ("Putin accused the West ...", speaker Vladimir Putin) stands
alone rather than read "Vladimir Putin said Putin accused ...". The claim's own words are
kept as written: lower-casing "The" would also lower-case a name.
"""

from __future__ import annotations

import re

from factcheck.models import Claim


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def default_public_wording(claim: Claim) -> str:
    """`Speaker said claim`, or the claim alone in the article's own voice."""
    text = " ".join(claim.text.split()).rstrip(" .")
    speaker = " ".join((claim.speaker or "").split())
    if not speaker or names_speaker(text, speaker):
        return capitalised(text)
    return capitalised(f"{speaker} said {text}")


def names_speaker(text: str, speaker: str) -> bool:
    """Whether the claim names its speaker: the speaker's last capitalised word (a surname,
    or the name of a body) appears in it as a word."""
    names = [word for word in re.findall(r"\w+", speaker) if word[:1].isupper()]
    return bool(names) and re.search(rf"\b{re.escape(names[-1])}\b", text) is not None


def public_wording(claim: Claim) -> str:
    """The reviewer's wording when set, else the default."""
    given = claim.verdict.public_wording.strip() if claim.verdict else ""
    return given or default_public_wording(claim)
