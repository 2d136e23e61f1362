"""Whose or who a claim's subject leaves open: `His assistant, X, will take charge`, `None of
its branches would close`, `We expect prices to rise` (said by a person, not by a firm).

Only asks: the pronoun stays as the article wrote it, and the claim is flagged with the
question a reviewer would need answered first. Pronouns that the earlier stages resolved (in
`replaced`) or already asked about (in `notes`) are left alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.splitter.tokens import is_possessive

if TYPE_CHECKING:
    from collections.abc import Collection, Mapping

    from spacy.tokens import Doc, Token

_POSSESSIVES = frozenset({"his", "her", "its", "their"})
_FIRST_PERSON_PLURAL = frozenset({"we", "us", "our"})
_OWNER_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def unresolved_opener(
    doc: Doc,
    claim: set[int],
    replaced: Mapping[int, str],
    notes: Collection[str],
    *,
    organisation_speaks: bool,
) -> str | None:
    """The question for the first possessive (`whose is 'Its'?`) or first-person plural
    (`who are 'We'?`) in the subject of the claim's verb that nothing before it in the claim
    can mean (`Since it drew its critics' attention, the plan ...` is not asked about).
    `We` said for an organisation (its statement, its spokesman) is that organisation: the
    claim's speaker says who."""
    verb = _main_verb(doc, claim)
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None) if verb else None
    if subject is None:
        return None
    words = {t.i for t in subject.subtree} & claim
    first = min((i for i in claim if not doc[i].is_punct), default=None)
    for token in (doc[i] for i in sorted(words) if i not in replaced):
        shown = token.text.capitalize() if token.i == first else token.text  # as the claim reads
        if any(f"'{token.text}'" in note for note in notes):
            return None
        word = token.lower_
        if is_possessive(token) and word in _POSSESSIVES and not _owner_before(token, claim):
            return f"whose is '{shown}'?"
        if word in _FIRST_PERSON_PLURAL and token.tag_ in ("PRP", "PRP$"):
            return None if organisation_speaks else f"who are '{shown}'?"
    return None


def _owner_before(pronoun: Token, claim: set[int]) -> bool:
    """`Acme and its rival`, `retailers who cut their prices`: a name, or a noun of the right
    number, earlier in the claim the possessive can point to."""
    doc = pronoun.doc
    plural = pronoun.lower_ == "their"
    return any(
        doc[i].pos_ == "PROPN"
        or doc[i].ent_type_ in _OWNER_TYPES
        or (
            pronoun.lower_ in ("its", "their")
            and doc[i].tag_ == ("NNS" if plural else "NN")
            and doc[i].lower_ not in _SHARES  # `none of its branches`: no owner
        )
        for i in claim
        if i < pronoun.i
    )


def _main_verb(doc: Doc, claim: set[int]) -> Token | None:
    """The verb the claim hangs from: its first token whose head lies outside the claim."""
    for i in sorted(claim):
        token = doc[i]
        if (token.head.i not in claim or token.head.i == i) and token.pos_ in ("VERB", "AUX"):
            return token
    return None


# Words that take a share of a set: `35% of the houses`, `most of the workers`.
_SHARES = frozenset({"%", "percent", "most", "half", "all", "some", "none", "many", "majority"})


def partitive_set(subject: Token, claim: set[int]) -> Token | None:
    """`the houses` in `35% of the houses would be affordable`: the set a share-taking subject
    is a share of, when it is a bare `the` noun (whose `which houses?` the claim leaves)."""
    if not (subject.like_num or subject.lower_ in _SHARES):
        return None
    of = next((c for c in subject.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if noun is None or noun.i not in claim or noun.pos_ != "NOUN":
        return None
    lefts = [t.lower_ for t in noun.lefts]
    return noun if lefts == ["the"] else None
