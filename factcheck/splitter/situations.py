"""When a subject `it` cannot safely be given a name.

News prose uses `it` for an organisation (`Acme cut 200 jobs. It is now hiring again`) and as
often for what the sentence before told (`It was the only option`, `It came after profits
fell`) or for another thing or firm named there (`Acme bought Beta. It will close two
plants`). A wrong name is worse than none, so the stand-alone stage asks these questions
before it fills an `it`, and keeps the word (flagging the claim) when any answer is yes.
Every rule reads the parse and the lexicon only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.splitter import lexicon
from factcheck.splitter.context import acronym_of, name_fits
from factcheck.splitter.tokens import SUBJECTS, is_verbal, subject_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_CORE = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "dative"})
_AMOUNTS = frozenset({"MONEY", "PERCENT", "CARDINAL", "QUANTITY", "DATE", "TIME", "ORDINAL"})


def may_mean_what_happened(pronoun: Token, claim: set[int] | None = None) -> bool:
    """A subject `it` whose verb fits an act or situation as well as a firm: a copula with an
    adjective (`It was widely expected`, `It is unlikely to ...`) or with a noun that is no
    kind of organisation (`It was the only option`, `It is the first time`), a verb of
    sequence or consequence (`It came after ...`, lexicon.SITUATION_VERBS), or a passive verb
    whose object is as often an act (`It was welcomed`, lexicon.SITUATION_OBJECT_VERBS); or
    an object `it` of such a verb (`Analysts praised it`). A claim cut from the pronoun's own
    verb (`It was aware of the inquiry and | would consider a review`) is judged by its own:
    one that needs someone to do it (`consider`) means the organisation."""
    if pronoun.lower_ == "it" and pronoun.dep_ == "dobj":  # `Analysts praised it`
        return pronoun.head.lemma_ in lexicon.SITUATION_OBJECT_VERBS
    if pronoun.lower_ != "it" or pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = pronoun.head
    if claim is not None and verb.i not in claim:
        joined = [c for c in verb.children if c.dep_ == "conj" and c.i in claim]
        if joined and all(_an_act(c) and not _own_subject(c) for c in joined):
            return False
    if pronoun.dep_ == "nsubjpass":
        # `It is expected to cut more jobs`: the one who will cut, not what happened
        acts = any(c.dep_ == "xcomp" and _an_act(c) for c in verb.children)
        return verb.lemma_ in lexicon.SITUATION_OBJECT_VERBS and not acts
    if verb.lemma_ in lexicon.SITUATION_VERBS:
        return True
    if verb.lemma_ != "be":
        return False
    complements = [c for c in verb.children if c.dep_ in ("attr", "acomp") and c.i > pronoun.i]
    if any(c.dep_ == "acomp" and c.lemma_.lower() in lexicon.AGENT_ADJECTIVES for c in complements):
        return False  # `it will be able to handle ...`: one who acts, no situation
    if any(c.dep_ == "acomp" for c in complements):
        return True
    return any(_classified(c).lemma_.lower() not in lexicon.ORGANISATION_KINDS for c in complements)


def _an_act(verb: Token) -> bool:
    """A verb that needs someone to do it (`cut`, `pay`), not `be` nor a verb that an act or a
    situation can be the subject of."""
    return verb.pos_ == "VERB" and verb.lemma_ not in lexicon.SITUATION_VERBS | {"be"}


def _own_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def _classified(noun: Token) -> Token:
    """The noun a copula's complement classes its subject by: `survivors` in `one of the
    few survivors`, else the complement itself."""
    while noun.lower_ in ("one", "handful", "number", "some", "part"):
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        inner = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        if inner is None:
            return noun
        noun = inner
    return noun


def rival_antecedent(pronoun: Token, previous: Doc, centre: str) -> bool:
    """Something besides the organisation `centre` (the subject of `previous`, the sentence
    before) that a singular `it` could mean. In a clause that `although`, `since` ... hangs
    on a main clause, that clause's subject is nearer: the pronoun is in doubt unless it is
    `centre` or a word for an organisation (`The retailer has grown since it was bought`)
    with no singular thing after it. Otherwise, in `previous`: a subject joined to another
    (`Acme and Beta cut jobs`), another organisation (`Acme bought Beta`, `a deal with
    Beta`), or a singular thing as a subject or object (`Acme launched a phone`), unless the
    pronoun's own copula calls it a kind of organisation (`It is the biggest employer`)."""
    mate = _main_clause_subject(pronoun)
    if mate is not None:
        entity = next((e for e in pronoun.doc.ents if e.start <= mate.i < e.end), None)
        if entity is not None and entity.label_ == "ORG":
            return entity.text.removeprefix("the ") != centre
        if mate.lemma_.lower() not in lexicon.ORGANISATION_KINDS:
            return True
        between = pronoun.doc[mate.i + 1 : pronoun.i]
        return any(_a_singular_thing(t) for t in between if t not in mate.subtree)
    if another_organisation(previous, centre):
        return True
    if _called_an_organisation(pronoun):
        return False
    root = next((t for t in previous if t.dep_ == "ROOT"), None)
    subject = subject_of(root) if root is not None else None
    if subject is None:  # a misread parse hung the opening subject under a later verb
        subject = next((t for t in previous if t.dep_ in SUBJECTS and t.left_edge.i == 0), None)
    inside = {t.i for t in subject.subtree} if subject is not None else set()
    return any(_a_singular_thing(t) for t in previous if t.i not in inside)


def another_organisation(previous: Doc, centre: str) -> bool:
    """`previous`, whose subject is the organisation `centre`, names another one that `it`
    could mean (`Acme bought Beta`, `a deal with Beta`), or joins its subject to another
    (`Acme and Beta cut jobs`, which no singular `it` takes up)."""
    root = next((t for t in previous if t.dep_ == "ROOT"), None)
    subject = subject_of(root) if root is not None else None
    if subject is not None and any(c.dep_ == "conj" for c in subject.children):
        return True
    return any(
        e.label_ == "ORG"
        and e.text.removeprefix("the ") != centre
        and not acronym_of(e.text, centre)  # `the Marine Accident Investigation Branch (MAIB)`
        for e in previous.ents
    )


def names_it_again(pronoun: Token, name: str) -> bool:
    """`It will save the firm $10m`: the pronoun's own clause names the organisation again
    (its name, or `the firm`, `the company` ...), and a subject `it` is never the same one as
    an object of its own verb (that would be `itself`)."""
    verb = pronoun.head
    # `It is the biggest employer`: a copula's noun is the subject again, not another one
    predicate = {t.i for c in verb.children if c.dep_ == "attr" for t in c.subtree}
    for token in verb.subtree:
        if token.i == pronoun.i or token.i in predicate or _clause_of(token) != verb:
            continue
        entity = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
        if entity is not None and entity.text.removeprefix("the ") == name:
            return True
        definite = any(c.lower_ in ("the", "this") for c in token.children)
        kind = token.lemma_.lower()
        if definite and kind in lexicon.ORGANISATION_KINDS and not _never_called(name, kind):
            return True
    return False


def _never_called(name: str, kind: str) -> bool:
    """`The Charity Commission said it had opened an inquiry into the trust`: a noun whose
    organisations' names say so (`X Trust`, lexicon.ORGANISATION_NOUNS) that the name does
    not fit is another organisation. Any business may be `the firm` whatever its name."""
    if kind in lexicon.GENERIC_BUSINESS_NOUNS or kind == "group":
        return False
    return kind in lexicon.ORGANISATION_NOUNS and not name_fits(name, kind)


def _clause_of(token: Token) -> Token:
    """The verb whose clause a token is in (the token itself for a verb)."""
    while not is_verbal(token) and token.head.i != token.i:
        token = token.head
    return token


def only_the_main_subject(pronoun: Token, subject: Token) -> bool:
    """`Acme cut jobs, although it is hiring in Asia`: the `it` of a clause hung on the
    main one can only be the organisation `subject` when its verb fits no act or situation
    (not `although it was a mistake`) and no singular thing stands between them (not `Acme
    launched a phone, although it was late`)."""
    if may_mean_what_happened(pronoun):
        return False
    between = pronoun.doc[subject.i + 1 : pronoun.i]
    return not any(_a_singular_thing(t) for t in between if t not in subject.subtree)


def _main_clause_subject(pronoun: Token) -> Token | None:
    """The subject, before the pronoun, of the main clause its `although`/`since` clause
    hangs on."""
    clause = pronoun.head
    if clause.dep_ != "advcl" or not any(c.dep_ == "mark" for c in clause.children):
        return None
    subject = subject_of(clause.head)
    return subject if subject is not None and subject.i < pronoun.i else None


def _called_an_organisation(pronoun: Token) -> bool:
    """`It is one of the few survivors`: a copula whose noun is a kind of organisation."""
    verb = pronoun.head
    return verb.lemma_ == "be" and any(
        c.dep_ == "attr" and _classified(c).lemma_.lower() in lexicon.ORGANISATION_KINDS
        for c in verb.children
    )


def _a_singular_thing(token: Token) -> bool:
    """A singular thing with a determiner or an owner (`a phone`, `its forecast`, not
    `strong demand`) as a subject or object (not the noun of a copula, which is the
    subject again), or a named thing that is no person, place or organisation."""
    if token.dep_ not in _CORE or token.ent_type_ in _AMOUNTS:
        return False
    if token.dep_ == "attr" and token.head.lemma_ == "be":
        return False  # `Acme is a supplier of ...`
    if token.tag_ == "NNP":
        return token.ent_type_ not in ("PERSON", "GPE", "NORP", "ORG")
    determined = any(c.dep_ in ("det", "poss") for c in token.children)
    return token.tag_ == "NN" and determined
