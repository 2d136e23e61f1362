"""Stage 5, continued: the organisation a `we` speaks for, and the `it` an organisation says.

`"We have cut prices," said Jane Doe, Acme's chief executive`: in the words of a speaker whose
title names one organisation (employers.py), `we`, `us` and `our` are that organisation, and the
claim says so: `We [Acme] have cut prices`. Only inside the quotation marks, only for an
organisation the article types as one somewhere (`OCB President Jo Bell` may come before `The
OCB has cut rates`: the title names the bank first), and only when no other organisation is
named before the `we` in the sentence: a minister's or a researcher's `we` (no organisation
in the title), or a `we` beside a second firm, keeps the article's words and the question
`who are 'We'?`. A title that names no organisation (`Chief executive Jo Bell`, `Council leader
Jo Bell`) takes the one the article has just shown speaking, or the one body of that noun it
has named (`officers_organisation`, `bodys_officer`); two that could be meant, and none.

`Acme, which owns 90 shops, said it had rejected the offer`, `The company denied this, saying it
had £9m`: the `it` that is the subject of what an organisation reports is the organisation
(`reported_it`), when nothing is named between the reporter and the pronoun.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from factcheck.splitter import lexicon
from factcheck.splitter.context import acronym_of, unowned
from factcheck.splitter.employers import Employer
from factcheck.splitter.reported import reporting_lemmas
from factcheck.splitter.situations import may_mean_what_happened, names_it_again

if TYPE_CHECKING:
    from collections.abc import Collection, Mapping, Sequence

    from spacy.tokens import Token

    from factcheck.splitter.context import EntityBook
    from factcheck.splitter.document import Sentence

_FIRST_PERSON_PLURAL = frozenset({"we", "us", "our"})
# Where a name stands when something is done to it or told to it, not when it acts or speaks.
_DONE_TO = frozenset({"pobj", "dobj", "dative"})
# How many sentences back an organisation that was the subject still sets the topic for an
# officer whose title names none, when no other subject came between.
_FOCUS_REACH = 3


def speakers_organisation(
    speaker: str | None,
    employers: Mapping[str, Employer],
    book: EntityBook,
    typed_later: Collection[str] = (),
) -> Employer | None:
    """The organisation the speaker's title names, when the article named it as one, so far
    (the entity book) or later (`typed_later`, the names the article's sentences type ORG)."""
    if not speaker:
        return None
    employer = employers.get(speaker) or next(
        (e for name, e in employers.items() if name.endswith(f" {speaker}")), None
    )
    if employer is None:
        return None
    named = employer.name in typed_later or any(
        unowned(n) == employer.name for n, _ in book.organisations
    )  # (the book may keep a name as written before its `'s`: `European Central Bank's`)
    return employer if named else None


def officers_organisation(
    speaker: str | None,
    bare_titled: Mapping[str, int],
    sentences: list[Sentence],
    book: EntityBook,
) -> Employer | None:
    """`The bank warned of bad debts. Chief executive Jo Bell said: "We ..."`: a person whose
    title names no organisation (employers.bare_titled_people) is an officer of the one that
    spoke, or was the subject, in the sentence before the title, or in one of the few before
    it when those had no subject the book knows, as read so far (so `the bank` there counts
    once it was named), when none of those sentences names another organisation outside
    quotation marks (an owner's product, `Its Orbit phones`, is none)."""
    index = bare_titled.get(speaker or "")
    if index is None or index == 0:
        return None
    # `The trust hired cleaners. Rates are now posted. Director Jo Bell said`: the nearest
    # subject within reach, when the sentences since had none (no one else was the topic)
    since = next(
        (i for i in range(index - 1, max(0, index - 1 - _FOCUS_REACH), -1) if i in book.subjects),
        index - 1,
    )
    if any(_someone_speaks(sentence) for sentence in sentences[since + 1 : index]):
        return None  # `Acme cut jobs. Analysts said C. Director Jo Bell said`: whose is she?
    organisation = book.subjects.get(since)
    named = book.organisation_named(organisation, index) if organisation else None
    if organisation is None or named is None or not _a_name(organisation):
        return None
    person = book.person_named(organisation)
    if person is not None and (person.gender or person.titled):
        return None  # a person the recognizer also typed an organisation
    for sentence in sentences[since : index + 1]:
        others = {
            e.text.removeprefix("the ").removesuffix("'s").rstrip("'’")
            for e in sentence.doc.ents
            if e.label_ == "ORG"
            and e.start not in sentence.quoted
            and (e.text, sentence.index) not in book.modifying
            and not _done_to(e.root)  # `reported the breach to the ICO`: not a voice
        } - {organisation}
        if others:
            return None  # `Acme and Beta said ...`, `Acme's rival Beta warned`: either
    return Employer(organisation, named.sentence)


def _done_to(name: Token) -> bool:
    """The name, or the noun it is set beside (`by the funding body, Arts North`), stands as
    an object: something was done or told to it."""
    while name.dep_ in ("appos", "compound") and name.head.i != name.i:
        name = name.head
    return name.dep_ in _DONE_TO


def _someone_speaks(sentence: Sentence) -> bool:
    """The sentence reports what someone said (a reporting verb) or quotes them."""
    if sentence.quoted or not sentence.parsed:
        return True
    return any(t.lemma_ in reporting_lemmas() and t.pos_ == "VERB" for t in sentence.doc)


def bodys_officer(
    speaker: str | None, body_titled: Mapping[str, tuple[str, int]], book: EntityBook
) -> Employer | None:
    """`Council leader Jo Bell` (employers.body_titled_people): the one body the article has
    named in reach by then whose name holds the noun (EntityBook.organisation); two councils
    named, and she is neither's."""
    titled = body_titled.get(speaker or "")
    if titled is None:
        return None
    noun, index = titled
    found = book.organisation(noun, index - 1)  # not the title's own `Council`
    if found is None or not _a_name(found.name):
        return None
    return Employer(found.name, found.sentence)


def _a_name(name: str) -> bool:
    """`Kelby Council`, not `city council` (a description the recognizer typed a name): only a
    name says which body is meant."""
    return any(word[:1].isupper() for word in name.split())


def we_named(
    sentence: Sentence,
    claim: set[int],
    replaced: Mapping[int, str],
    employer: Employer,
    quoted_before: Sequence[Sentence] = (),
) -> dict[int, str]:
    """`We` -> `We [Acme]` for each quoted first-person plural of the claim (module docstring).
    `quoted_before`: the sentences of the paragraph before this one; a quotation that has just
    made a country its subject (`"Britain cannot reach its targets. We are firing up gas
    plants"`) may mean the country by `we`, and the claim keeps the article's words."""
    doc = sentence.doc
    if any(_country_as_subject(s, before=len(s.doc)) for s in quoted_before) or (
        _country_as_subject(sentence, before=min(claim, default=0))
    ):
        return {}
    own = set(employer.name.lower().split())
    others = [
        e.start
        for e in doc.ents
        if e.label_ == "ORG"  # `Council leader Jo Bell` of Kelby Council: its own words
        and not set(e.text.removeprefix("the ").removesuffix("'s").rstrip("'’").lower().split())
        <= own
        and not acronym_of(e.text, employer.name)  # `CWSB manager X` of the CWSB
    ]
    name = _shown_name(employer.name)
    pronouns = [
        i
        for i in sorted(claim)
        if i not in replaced
        and i in sentence.quoted
        and doc[i].lower_ in _FIRST_PERSON_PLURAL
        and doc[i].tag_ in ("PRP", "PRP$")
        and not any(start < i for start in others)  # `Beta and we agreed`: either
        and not _everyone(doc[i])
        and not _joint(doc[i])
    ]
    brackets: dict[int, str] = {}
    for i in pronouns:
        contraction = _contraction(doc[i], claim, replaced)
        if contraction is None:
            brackets[i] = f"{doc[i].text} [{name}]"
        else:  # `We've [Acme]`, not `We [Acme]'ve`
            brackets[i] = f"{doc[i].text}{contraction.text} [{name}]"
            brackets[contraction.i] = ""
    return brackets


def _country_as_subject(sentence: Sentence, before: int) -> bool:
    """A quoted place (`Britain`, `the UK`) that is the subject or owner in the quotation."""
    return any(
        e.label_ == "GPE"
        and e.start < before
        and e.start in sentence.quoted
        and e.root.dep_ in ("nsubj", "nsubjpass", "poss")
        for e in sentence.doc.ents
    )


def _contraction(pronoun: Token, claim: set[int], replaced: Mapping[int, str]) -> Token | None:
    """The `'ve` of `We've`: a contraction written onto the pronoun."""
    after = pronoun.i + 1
    if pronoun.whitespace_ or after not in claim or after in replaced or after >= len(pronoun.doc):
        return None
    word = pronoun.doc[after]
    return word if word.text[:1] in ("'", "’") else None


def _everyone(pronoun: Token) -> bool:
    """A `we` of people in general: `we all`, `all of us`, `it tells us nothing`."""
    if any(c.lower_ == "all" for c in pronoun.children) or (
        pronoun.head.lower_ == "of" and pronoun.head.head.lower_ == "all"
    ):
        return True
    told = pronoun.lower_ == "us" and pronoun.dep_ in ("dobj", "dative", "iobj")
    return told and pronoun.head.lemma_.lower() in lexicon.EVERYONE_US_VERBS


def _joint(pronoun: Token) -> bool:
    """`combining our two businesses`, `both our companies`: the `our` of organisations
    together, the speaker's and another."""
    noun = pronoun.head
    if pronoun.dep_ != "poss" or noun.lemma_.lower() not in lexicon.ORGANISATION_KINDS:
        return False
    return any(c.dep_ == "nummod" or c.lower_ == "both" for c in noun.children)


def _shown_name(name: str) -> str:
    """`The Acme Union (AU)` -> `the Acme Union`: inside a sentence, with no second name."""
    if name.startswith("The "):
        name = "the " + name.removeprefix("The ")
    return re.sub(r" \([^()]*\)$", "", name)


def reported_it(
    pronoun: Token, speaker: str | None, book: EntityBook, claim: set[int] | None = None
) -> bool:
    """Whether `it` is the organisation that speaks (the module docstring): the subject of a
    clause the speaker reports (`said it had`, `saying it had`), outside quotation marks, with
    the reporting verb's subject the speaker and no name between that subject and `it`."""
    if pronoun.lower_ != "it" or pronoun.dep_ not in ("nsubj", "nsubjpass") or not speaker:
        return False
    if not any(n == speaker for n, _ in book.organisations):
        return False
    person = book.person_named(speaker)
    if person is not None and (len(person.name.split()) > 1 or person.gender or person.titled):
        return False  # a person's name; a one-word name of no known sex may be the firm's
    if may_mean_what_happened(pronoun, claim) or names_it_again(pronoun, speaker):
        return False  # `Acme said it came after ...`, `Acme said it would save the firm $9m`
    subject = _reporters_subject(pronoun)
    if subject is None:
        return False
    said = {t.text for t in subject.subtree}
    named = subject.pos_ == "PROPN" and set(speaker.split()) & said
    described = subject.pos_ == "NOUN" and subject.lemma_.lower() in lexicon.ORGANISATION_KINDS
    return bool(named or described)


def spokespersons_it(pronoun: Token, claim: set[int] | None = None) -> bool:
    """`A council spokesperson said it had not received an application`: the `it` a
    spokesperson reports of is the body they speak for (the caller knows which), on the same
    terms as `reported_it`."""
    if pronoun.lower_ != "it" or pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if may_mean_what_happened(pronoun, claim):
        return False
    subject = _reporters_subject(pronoun)
    return subject is not None and subject.lemma_.lower() in lexicon.SPOKESPERSON_NOUNS


def _reporters_subject(pronoun: Token) -> Token | None:
    """The subject of the verb that reports the clause `pronoun` is the subject of (`said it
    had`, `denied this, saying it had`), when it comes before the pronoun with no name
    between them."""
    clause = pronoun.head
    if clause.dep_ != "ccomp":
        return None
    reporter = clause.head
    if reporter.lemma_.lower() not in lexicon.REPORTING_LEMMAS:
        return None
    if reporter.dep_ == "advcl" and reporter.tag_ == "VBG":  # `denied this, saying it had`
        reporter = reporter.head
    subject = next((c for c in reporter.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i > pronoun.i or subject.tag_ == "PRP":
        return None
    own = {t.i for t in subject.subtree}
    between = [t for t in pronoun.doc[max(own) + 1 : pronoun.i]]
    if any(t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "GPE", "PERSON") for t in between):
        return None
    return subject
