"""How a claim reads to the public: a sentence with its speaker, as a fact-check site
headlines it ("Erdoğan said relations between Turkey and Russia are ...").

The reviewer may set the wording at verdict time (`Verdict.public_wording`); without it the
wording is built from the claim and its speaker, capitalised, with no closing full stop
(ClaimReview's `claimReviewed` and the page's cards both read it as a quoted claim). The
claim's own words are kept as written: lower-casing "The" would also lower-case a name.
"""

from __future__ import annotations

from factcheck.models import Claim


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def default_public_wording(claim: Claim) -> str:
    """`Speaker said claim`, or the claim alone in the article's own voice."""
    text = " ".join(claim.text.split()).rstrip(" .")
    speaker = " ".join((claim.speaker or "").split())
    return capitalised(f"{speaker} said {text}" if speaker else text)


def public_wording(claim: Claim) -> str:
    """The reviewer's wording when set, else the default."""
    given = claim.verdict.public_wording.strip() if claim.verdict else ""
    return given or default_public_wording(claim)
