"""Stage 4: a present participle set off after its clause is the subject's second act.

`Tom Berg joined Acme in 2004, becoming its first woman director`, `The film proved a
success, grossing $90m`: what the participle says is a fact a desk checks on its own (`Tom
Berg [was] becoming its first woman director` is checked apart from the join). The claim is
the main clause's bare subject with the participle, a copula in brackets in the main verb's
tense and the subject's number (`[was]`, `[were]`, `[is]`, `[are]`).

Kept with its clause:
- a participle whose doer is the event, not the subject (`Shares fell 5%, wiping £2bn off
  the firm's value`: the fall wiped it off): a lexicon of such result verbs, and any subject
  that is no name, definite description or pronoun (`Prices rose, pushing ...`);
- a participle with a subject or a marker of its own (`..., while saying ...`), a perfect
  `having` (`clauses` reads that one) and `being`;
- a participle before its clause (`Speaking in Leeds, she said ...`): a circumstance;
- an aim (`..., hoping to win roles`, `seeking to ...`): no act to check;
- a reporting participle (`..., saying demand had fallen`): the attribution stages read it;
- a participle after a modal or `to` clause (`Acme will cut jobs, saving £5m`): the claim
  would state as done what is only planned.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.splitter import lexicon
from factcheck.splitter.tokens import SUBJECTS, subject_of, subtree

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_NAMED_KINDS = frozenset({"PERSON", "ORG", "GPE", "NORP", "WORK_OF_ART", "PRODUCT", "EVENT"})
_PERSONAL = frozenset({"he", "she", "it", "they", "we"})
_COMPLEMENTS = frozenset({"dobj", "attr", "prep", "xcomp", "acomp"})
_REPORTING_LEMMAS = frozenset(present for present, _, _ in lexicon.REPORTING_VERBS)


def _an_actor(subject: Token) -> bool:
    """A name, a definite description (`The film`, `Its owner`) or a personal pronoun the
    stand-alone stage resolves or flags."""
    if subject.lower_ in _PERSONAL:
        return True
    definite = any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ == "the") for c in subject.children
    )
    return subject.pos_ == "PROPN" or subject.ent_type_ in _NAMED_KINDS or definite


def doer(head: Token) -> Token | None:
    """The subject of `head`, or of the verb it is coordinated with (`X studied at A and
    moved to B`: X)."""
    subject = subject_of(head)
    while subject is None and head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
        subject = subject_of(head)
    return subject


def _set_off_after(participle: Token) -> bool:
    doc, first = participle.doc, min(subtree(participle))
    return first > participle.head.i and first > 0 and doc[first - 1].text == ","


def trailing_participles(head: Token, own: set[int]) -> list[Token]:
    """Present participles set off by a comma after `head`'s clause that tell what its
    subject also did (see the module docstring)."""
    subject = doer(head)
    if subject is None or subject.dep_ == "expl" or not _an_actor(subject):
        return []
    if any(c.dep_ == "aux" and c.tag_ in ("MD", "TO") for c in head.children):
        return []
    candidates = [*head.children]
    candidates += [c for x in head.children if x.dep_ == "xcomp" for c in x.children]
    found = []
    for participle in candidates:
        if clause_of(participle) is None or participle.i not in own:
            continue
        if participle.i < head.i or not _set_off_after(participle):
            continue
        if participle.lemma_ == "be" or participle.lemma_ in lexicon.RESULT_PARTICIPLE_VERBS:
            continue
        if participle.lemma_ in _REPORTING_LEMMAS:
            continue
        if any(c.dep_ in SUBJECTS or c.dep_ in ("mark", "aux") for c in participle.children):
            continue
        if any(c.dep_ == "xcomp" and _infinitive(c) for c in participle.children):
            continue  # `..., hoping to win roles`: an aim, not an act
        if not any(c.dep_ in _COMPLEMENTS for c in participle.children):
            continue  # `..., smiling`: nothing to check
        found.append(participle)
    return found


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def taken_by_trailing(participle: Token) -> set[int]:
    """What the main clause loses: the participle and the comma before it (a comma the
    parser hung at its end stays, for what follows it)."""
    taken = subtree(participle)
    if participle.doc[max(taken)].text == ",":
        taken = taken - {max(taken)}
    return taken | {min(taken) - 1}


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
    adjective the parser misread: no copula is put before it."""
    before = participle.doc[min(subtree(participle)) - 1]
    return before.text == "," or (before.lower_ == "as" and before.nbor(-1).lower_ == "well")


def _finite_alone(verb: Token) -> bool:
    """A finite verb with no `be` an `-ing` form could share (`was cutting and closing`)."""
    return verb.tag_ in ("VBD", "VBZ", "VBP") and not any(
        c.dep_ in ("aux", "auxpass") and c.lemma_ == "be" for c in verb.children
    )


def _first_of_chain(participle: Token) -> Token:
    while participle.dep_ == "conj" and participle.head.tag_ == "VBG":
        participle = participle.head
    return participle


def _trailing_of(participle: Token) -> bool:
    head = clause_of(participle)
    return (
        head is not None
        and head.i < participle.i
        and (
            _set_off_after(_first_of_chain(participle))
            or _first_of_chain(participle).dep_ == "conj"
        )
        and doer(head) is not None
    )


def inserted_for_trailing(doc: Doc, tokens: set[int]) -> dict[int, str]:
    """The `[was]` a trailing participle's claim needs before it, in its clause's tense."""
    inserted: dict[int, str] = {}
    for i in sorted(tokens):
        participle = doc[i]
        head = clause_of(participle)
        if head is None or not _trailing_of(participle) or head.i in tokens:
            continue
        if _first_of_chain(participle).i != i and participle.head.i in tokens:
            continue  # `scoring X and winning Y` kept together: one `[was]` before the first
        subject = doer(head)
        if subject is None or subject.i not in tokens:
            continue
        auxiliaries = [c for c in head.children if c.dep_ in ("aux", "auxpass") and c.i < head.i]
        finite = auxiliaries[0] if auxiliaries else head
        past = finite.tag_ == "VBD" or (finite.tag_ == "VBN" and not auxiliaries)
        many = subject.tag_ in ("NNS", "NNPS") or subject.lower_ in ("they", "we")
        copula = ("were" if many else "was") if past else ("are" if many else "is")
        first = doc[min(subtree(participle))]  # before `dramatically separating`
        inserted[first.i] = f"[{copula}] {first.text}"
    return inserted
