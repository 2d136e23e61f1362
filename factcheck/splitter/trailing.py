"""Stage 4: which clause a present participle set off after it belongs to.

`Tom Berg joined Acme in 2004, becoming its first woman director`, `won the seat, beating X
by 1,983`, `cut 300 jobs, as well as closing two plants`: the participle stays in its clause.
Cut off, it could only read `Tom Berg [was] becoming ...` or `X [was] beating ...`, a
progressive no desk reads as the fact the article states, and readers judged such claims
garbled on news they had not seen. `clause_of` tells the cutting stages which verb a
participle trails, so that neither the coordination of verbs nor of clauses inside a
complement makes a claim of it alone (`Acme closing two plants`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.splitter.tokens import subtree

if TYPE_CHECKING:
    from spacy.tokens import Token


def clause_of(participle: Token) -> Token | None:
    """The verb whose clause a present participle trails: its head, or the verb above an
    infinitive the parser coordinated it with (`became the first to join X, scoring 20
    goals`: a participle cannot be coordinated with `to join`)."""
    if participle.tag_ != "VBG":
        return None
    if participle.dep_ == "conj" and participle.head.tag_ == "VBG":  # `scoring X and winning Y`
        return clause_of(participle.head)
    if participle.dep_ == "advcl":
        return participle.head
    if participle.dep_ == "conj" and _finite_alone(participle.head) and _added_on(participle):
        return participle.head  # `cut 300 jobs, as well as closing two plants`
    infinitive = participle.head
    if participle.dep_ == "conj" and infinitive.dep_ == "xcomp" and infinitive.tag_ == "VB":
        return infinitive.head
    return None


def _added_on(participle: Token) -> bool:
    """`..., as well as closing` (or a bare comma): an `-ing` form added to a finite verb. After
    a plain `and` (`defeated X and defending champion Y`) the `-ing` word is more often an
    adjective the parser misread."""
    before = participle.doc[min(subtree(participle)) - 1]
    return before.text == "," or (before.lower_ == "as" and before.nbor(-1).lower_ == "well")


def _finite_alone(verb: Token) -> bool:
    """A finite verb with no `be` an `-ing` form could share (`was cutting and closing`)."""
    return verb.tag_ in ("VBD", "VBZ", "VBP") and not any(
        c.dep_ in ("aux", "auxpass") and c.lemma_ == "be" for c in verb.children
    )
