"""One exception type per failure a user can cause; each message is one line a person can act on.

The CLI prints the message and exits 2. Anything else is a bug and keeps its traceback.
"""

from __future__ import annotations


class FactcheckError(Exception):
    """Base of every error caused by input, not by a bug."""


class ArgumentError(FactcheckError):
    """A command-line argument that cannot be used (e.g. bytes that are not UTF-8)."""


class ArticleError(FactcheckError):
    """An article file that cannot be read as an article (empty, binary, not UTF-8, missing)."""


class StoreError(FactcheckError):
    """A store file that is corrupt, foreign, locked too long or cannot be written."""


class WorkflowError(FactcheckError):
    """A workflow file that does not parse or does not validate."""


class ReviewError(FactcheckError):
    """A reviewer action the workflow or the claim's state does not allow."""


class UnknownClaimError(ReviewError):
    """A claim id that is not in the store."""


class ClaimChangedError(ReviewError):
    """A claim changed in the store (another reviewer or process) after an action read it."""

    def __init__(self, claim_id: str) -> None:
        super().__init__(
            f"claim {claim_id} was changed by someone else while you worked on it; "
            "nothing was saved: look at it again and redo your action"
        )
        self.claim_id = claim_id


class StaleClaimError(ReviewError):
    """An action named a revision of the claim older than the stored one: the reviewer acted
    on what they saw, and someone has changed it since."""

    def __init__(self, claim_id: str, seen: int, now: int, by: str, when: str, action: str) -> None:
        super().__init__(
            f"claim {claim_id} was changed by {by} at {when} ({action}) after you looked at it "
            f"(you saw revision {seen}, it is now {now}); nothing was saved: look again"
        )
        self.claim_id = claim_id
        self.revision = now


class LibraryError(FactcheckError):
    """A fact-check file that cannot be imported, or an unknown fact-check library entry."""
