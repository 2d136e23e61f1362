"""Stage 5, continued: the organisation a speaker's title names.

News introduces a company's voice by its title: `Acme spokesman John Smith`, `Acme chief
executive Jane Doe`, `John Smith, a spokesman for Acme`. In that person's words (a quotation, or
`he said the company would ...`), `the company` is that organisation. A one-word name counts
(spaCy may type it an organisation or, wrongly, a person), and so does a longer name the
recognizer typed an organisation as a whole (`Acme Rail Services managing director Jane Doe`,
`Jane Doe, chief executive of Acme Rail Services,`); a place (`US spokesman`) or another longer
phrase is left alone, and so is a person whose titles name two organisations: the caller keeps
the article's words.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Span

from factcheck.splitter import lexicon
from factcheck.splitter.context import (
    acronym_of,
    introduced_trades,
    name_fits,
    no_business,
    unowned,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from factcheck.splitter.document import Sentence

_LONGEST_NAME = 6  # tokens
_OWNER_REACH = 5  # `the bank's chairman`: how many sentences back the bank may be named
# Nouns any firm may go by, whatever its name says (`Acme` is `the company` as much as `Beta
# Group` is).
_ANY_FIRM_NOUNS = lexicon.EMPLOYER_NOUNS | {"group"}
_NOT_EMPLOYERS = frozenset({"GPE", "LOC", "NORP", "DATE", "CARDINAL", "ORDINAL"})


@dataclass(frozen=True)
class Employer:
    """The organisation a person's title names, and the sentence that says so."""

    name: str
    sentence: int


def titled_employers(sentences: list[Sentence]) -> dict[str, Employer]:
    """Each person (by full name as the article gives it) whose title names one organisation;
    a person whose titles name two (`Acme spokesman Jo Bell, a director of Beta Group`) has
    none."""
    found: dict[str, Employer] = {}
    torn: set[str] = set()
    longer_names = _names_by_first_word(sentences)
    for sentence in sentences:
        if not sentence.parsed:
            continue
        for person in (e for e in sentence.doc.ents if e.label_ == "PERSON"):
            names = [
                name
                for name in (
                    _title_before(person),
                    _title_after(person),
                    _owned_title(person, sentences, sentence.index),
                    _bare_title(person, sentences, sentence.index),
                )
                if name is not None
            ]
            known = found.get(person.text)
            if _two_organisations({*names, *([known.name] if known else [])}):
                torn.add(person.text)
            elif names and known is None:
                name = _full_name(names[0], longer_names)
                found[person.text] = Employer(name, _naming(name, sentences, sentence))
    return {person: employer for person, employer in found.items() if person not in torn}


def _names_by_first_word(sentences: list[Sentence]) -> dict[str, set[str]]:
    """Every organisation name of two words or more the article gives, by its first word and
    by its initials (`DVSA` for `Driver and Vehicle Standards Agency`)."""
    names: dict[str, set[str]] = {}
    for sentence in sentences:
        if not sentence.parsed:
            continue
        for entity in sentence.doc.ents:
            name = entity.text.removeprefix("the ").removeprefix("The ")
            if entity.label_ == "ORG" and len(name.split()) > 1:
                names.setdefault(name.split()[0], set()).add(name)
                whole = unowned(name)  # `European Central Bank's`
                initials = "".join(w[0] for w in whole.split() if w[:1].isupper())
                if len(initials) > 1 and acronym_of(initials, whole):
                    names.setdefault(initials, set()).add(whole)
    return names


def _full_name(short: str, longer_names: dict[str, set[str]]) -> str:
    """`SkyKite chief executive X` after `start-up SkyKite Logistics`: the one longer name the
    article gave the organisation a one-word title names; the word itself when none or two."""
    if " " in short:
        return short
    longer = longer_names.get(short, set())
    return next(iter(longer)) if len(longer) == 1 else short


def title_owners(sentences: list[Sentence]) -> list[tuple[str, int]]:
    """Every one-word name that owns a person's company title (`Harlington chief executive Jo
    Bell`, `Harlington's director of rugby, Jo Bell,`), with its sentence, whatever the
    recognizer typed it: a club or firm named after its town reads as a place, so the name
    is an organisation `titled_employers` may not know. Not a people (`British spokesman`)."""
    owners: list[tuple[str, int]] = []
    for sentence in sentences:
        if not sentence.parsed:
            continue
        doc = sentence.doc
        for person in (e for e in doc.ents if e.label_ == "PERSON"):
            owner = _owner_before_title(person)
            if owner is None:
                title = person.root.head if person.root.dep_ == "appos" else None
                possessor = (
                    next((c for c in title.children if c.dep_ == "poss"), None)
                    if title is not None and _company_title(title)
                    else None
                )
                owner = possessor if possessor is not None and _owning_name(possessor) else None
            if owner is not None:
                owners.append((owner.text, sentence.index))
    return owners


def _owner_before_title(person: Span) -> Token | None:
    doc, i = person.doc, person.start - 1
    if i < 0 or not _company_title(doc[i]):
        return None
    i = _title_start(doc, i)
    if (
        i == 0
        or not _owning_name(doc[i - 1])
        or doc[person.start - 1].lower_ in lexicon.PORTFOLIO_TITLES
    ):
        return None  # `Health Secretary Jo Bell`: a minister's office, no organisation
    before = doc[i - 2] if i > 1 else None
    if before is not None and (before.pos_ == "PROPN" or before.lower_ in ("'s", "of")):
        return None  # a longer name, or whose is unclear
    return doc[i - 1]


def _owning_name(token: Token) -> bool:
    """A one-word proper name (`Harlington`, not the `Party` of `Labor Party`)."""
    return (
        token.pos_ == "PROPN"
        and not any(c.dep_ in ("compound", "amod") for c in token.children)
        and token.text[:1].isupper()
        and token.is_alpha
        and token.ent_type_ not in ("NORP", "DATE", "CARDINAL", "ORDINAL")
    )


def _naming(name: str, sentences: list[Sentence], title: Sentence) -> int:
    """The sentence that writes the organisation's name: the title's own, or (`Its chairman`,
    `the bank's chairman`) the nearest before it, which the claim cites."""
    writing = (s.index for s in reversed(sentences[: title.index + 1]) if name in s.text)
    return next(writing, title.index)


def _organisations_beside(person: Span) -> set[str]:
    """The organisations the recognizer typed in the phrases set beside a person's name."""
    doc = person.doc
    set_beside = [c for c in person.root.children if c.dep_ == "appos" and c.i >= person.end]
    return {
        e.text.removeprefix("the ").removeprefix("The ")
        for phrase in set_beside
        for e in doc.ents
        if e.label_ == "ORG" and phrase.left_edge.i <= e.start and e.end - 1 <= phrase.right_edge.i
    }


def _two_organisations(names: set[str]) -> bool:
    """Whether the names are of two organisations: `Acme` and `Acme Holdings` are one."""
    return any(
        not (set(a.split()) <= set(b.split()) or set(b.split()) <= set(a.split()))
        for a in names
        for b in names
    )


def _owned_title(person: Span, sentences: list[Sentence], index: int) -> str | None:
    """`Acme Holdings' chief executive, Jane Doe,`; `Its chairman, Jane Doe,` after a sentence
    whose subject is the one organisation it names; `The bank's chairman, Jane Doe,` when one
    organisation named in the sentences before fits `bank` (context.name_fits). The title may
    as well follow the name: `Jane Doe, Acme's chief executive,`."""
    root = person.root
    after = (c for c in root.children if c.dep_ == "appos" and c.i >= person.end)
    title = root.head if root.dep_ == "appos" else next(after, None)
    if title is None or not _company_title(title):
        return None
    owner = next((c for c in title.children if c.dep_ == "poss"), None)
    if owner is None:
        return _title_of(title)
    doc = person.doc
    kind = owner.lemma_.lower() if owner.pos_ == "NOUN" else ""
    if any(
        e.label_ == "ORG"
        and e.end <= title.i
        and owner.i not in range(e.start, e.end)
        # `"... the Kel rise," said the agency's manager`: a name that no agency's fits
        and (not kind or kind in _ANY_FIRM_NOUNS or name_fits(e.text, kind))
        for e in doc.ents
    ):
        return None  # another organisation named before the title: whose is unclear
    entity = next((e for e in doc.ents if e.start <= owner.i < e.end), None)
    if entity is not None:
        name = entity.text.removeprefix("the ").removesuffix("'s").rstrip("'’")
        if entity.label_ == "ORG":
            return name  # `Acme Holdings'` -> `Acme Holdings`
        # a one-word name the recognizer typed a place or a person here: `Acme's chief`
        misread = entity.label_ in ("GPE", "PERSON") and len(entity) == 1
        return name if misread and _organisation_word(owner, sentences, index) else None
    if owner.lower_ == "its" and index > 0 and sentences[index - 1].parsed:
        return _previous_subject_organisation(sentences, index)
    determiner = [c.lower_ for c in owner.children if c.dep_ == "det"]
    if owner.pos_ != "NOUN" or determiner != ["the"]:
        return None
    named = {
        e.text.removeprefix("the ")
        for earlier in sentences[max(0, index - _OWNER_REACH) : index + 1]
        if earlier.parsed
        for e in _organisations_outside_quotes(earlier)
    }
    fitting = {name for name in named if name_fits(name, owner.lemma_)}
    any_firm = owner.lemma_.lower() in _ANY_FIRM_NOUNS
    # `Acme Water ... The firm's operations director`: any firm's name fits `firm`; `the
    # group's chairman` may chair a campaign group, whose chairman's `the company` is another
    firm_noun = owner.lemma_.lower() in lexicon.EMPLOYER_NOUNS
    if firm_noun and not fitting and len(named) == 1 and not no_business(next(iter(named))):
        return named.pop()
    if any_firm and named - fitting:
        return None  # `Acme bought Beta Group. The company's chairman`: either is a company
    return fitting.pop() if len(fitting) == 1 else None


def _title_of(title: Token) -> str | None:
    """`The chief executive of broadcaster Acme TV, Jo Bell,`: the one organisation the
    title's own `of` or `at` names, with nothing named before the title."""
    doc = title.doc
    preposition = next(
        (c for c in title.children if c.dep_ == "prep" and c.lower_ in ("of", "at")), None
    )
    named = (
        next((c for c in preposition.children if c.dep_ == "pobj"), None) if preposition else None
    )
    entity = next((e for e in doc.ents if named is not None and e.start <= named.i < e.end), None)
    if entity is None or entity.label_ != "ORG" or any(e.end <= title.i for e in doc.ents):
        return None
    if any(c.dep_ in ("conj", "cc") for c in named.children):
        return None  # `of Acme and Beta`
    return entity.text.removeprefix("the ").removeprefix("The ")


def _previous_subject_organisation(
    sentences: list[Sentence], index: int, *, chained: bool = False
) -> str | None:
    """`Acme said C. Its chairman, Jane Doe, ...`: the organisation that is the subject of the
    sentence before (or the name set beside that subject: `The worst trust, Acme Trust, saw`;
    or, when that subject is `It`, the organisation the sentence before it has for subject),
    when that sentence names no other. The recognizer may miss the name
    there (`Acme, which owns 90 shops, said`): a subject the article typed an organisation
    elsewhere by this sentence counts."""
    before = sentences[index - 1]
    if not before.parsed:
        return None
    root = next((t for t in before.doc if t.dep_ == "ROOT"), None)
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None) if root else None
    if subject is not None and subject.lower_ == "it" and not chained and index > 1:
        if _organisations_outside_quotes(before) or subject.i in before.quoted:
            return None
        return _previous_subject_organisation(sentences, index - 1, chained=True)  # `It has`
    if subject is not None and subject.pos_ == "NOUN":
        subject = _apposed_name(subject)  # `The worst trust, Acme Health Trust, saw ...`
    if subject is None or subject.pos_ != "PROPN" or subject.i in before.quoted:
        return None
    named = {e.text.removeprefix("the ") for e in _organisations_outside_quotes(before)}
    entity = next((e for e in before.doc.ents if e.start <= subject.i < e.end), None)
    words = [c for c in subject.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    whole = " ".join(t.text for t in [*words, subject])  # `Environment Agency`
    name = entity.text.removeprefix("the ") if entity is not None else whole
    if named - {name}:
        return None
    if entity is None and not set(name.split()) <= _organisation_words(sentences[: index + 1]):
        return None
    # `Campaign group Save Hale Fields said ...`: a trade says it is a body, whatever its type
    traded = {n for n, _ in introduced_trades(before.doc)}
    if entity is not None and entity.label_ != "ORG" and name not in traded:
        return None
    return name


def _organisation_words(sentences: list[Sentence]) -> set[str]:
    """Every word of a name the article typed an organisation in `sentences`: read over the
    whole article so far, so only when a subject's name is not typed itself."""
    return {
        word
        for earlier in sentences
        if earlier.parsed
        for e in earlier.doc.ents
        if e.label_ == "ORG"
        for word in e.text.split()
    }


def _apposed_name(noun: Token) -> Token | None:
    """The head of the one name set beside a described subject (`The worst trust, Acme
    Trust,`), or that follows it as its kind (`Conservation group the Acme Trust said`, which
    the parser may read as a second subject), or None."""
    names = [c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    if len(names) == 1:
        return names[0]
    named = named_after_kind(noun)
    return named.root if named is not None else None


def named_after_kind(noun: Token) -> Span | None:
    """`Conservation group the Acme Trust said`: the organisation's name that follows the
    noun for its kind (lexicon.ORGANISATION_KINDS), which the parser read as a second subject
    of the same verb, or None."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lexicon.ORGANISATION_KINDS:
        return None
    doc = noun.doc
    close = _close_apposed_name(noun)
    if close is not None:  # `The consumer group WaterVoice South said`
        return close
    after = noun.i + 2 if noun.i + 1 < len(doc) and doc[noun.i + 1].lower_ == "the" else noun.i + 1
    entity = next((e for e in doc.ents if e.start in (noun.i + 1, after)), None)
    if entity is None or entity.label_ != "ORG" or entity.root.dep_ != noun.dep_:
        return None
    return entity if entity.root.head == noun.head and noun.dep_ in ("nsubj", "nsubjpass") else None


def _close_apposed_name(noun: Token) -> Span | None:
    """`The consumer group WaterVoice South`: a name of proper nouns set right after the noun
    with no comma, which the parser hangs on it as an apposition though the recognizer typed
    only part of it (or none); never a person's or a place's name (`the club's striker X`)."""
    doc = noun.doc
    name = next((c for c in noun.rights if c.dep_ == "appos"), None)
    if name is None or name.left_edge.i != noun.i + 1:
        return None
    words = list(name.subtree)
    if not all(t.pos_ == "PROPN" for t in words) or len(words) > _LONGEST_NAME:
        return None
    # `campaign group Keep Kelby Rural` read as a person's name is still the group's
    if any(t.ent_type_ not in ("", "ORG", "PERSON") for t in words):
        return None
    return Span(doc, words[0].i, words[-1].i + 1, label="ORG")


def _organisation_word(owner: Token, sentences: list[Sentence], index: int) -> bool:
    """`Acme Pictures said ... Acme's managing director, Jo Bell,`: a one-word owner the
    recognizer typed a place here is the organisation when a name it typed an organisation,
    outside quotation marks, held that word in this sentence or one before."""
    if len(list(owner.subtree)) > 2 or owner.pos_ != "PROPN":
        return False  # `Acme's` (the word and its `'s`), nothing more
    return any(
        owner.text in e.text.split()
        for earlier in sentences[: index + 1]
        if earlier.parsed
        for e in _organisations_outside_quotes(earlier)
    )


def _organisations_outside_quotes(sentence: Sentence) -> list[Span]:
    return [e for e in sentence.doc.ents if e.label_ == "ORG" and e.start not in sentence.quoted]


def _company_title(token: Token) -> bool:
    return token.lower_ in lexicon.COMPANY_TITLES


def _one_word_name(token: Token) -> bool:
    """`Acme` (capitalised, a proper noun, not a place or a people), standing alone; or an
    organisation's initials, whatever the tagger made of them (`DVSA`, read as an adjective)."""
    return (
        (token.pos_ == "PROPN" or _camel_case(token.text) or _initialism(token.text))
        and token.text[:1].isupper()
        and token.ent_type_ not in _NOT_EMPLOYERS
        and token.is_alpha
    )


def _initialism(word: str) -> bool:
    return 2 <= len(word) <= 6 and word.isupper() and word.isalpha()


def _camel_case(word: str) -> bool:
    """`SkyKite`: a capital inside a word marks a name, whatever the tagger made of it (an
    adjective, opening a sentence)."""
    return word[:1].isupper() and any(c.isupper() for c in word[1:]) and not word.isupper()


def bare_titled_people(sentences: list[Sentence]) -> dict[str, int]:
    """Each person the article gives a company title that names no organisation (`Chief
    executive Jo Bell said`), with the sentence of that title; the caller decides, from what
    it has read by then, whose officer such a person is."""
    found: dict[str, int] = {}
    for sentence in sentences:
        if not sentence.parsed:
            continue
        for person in (e for e in sentence.doc.ents if e.label_ == "PERSON"):
            if person.text not in found and _opening_title(person):
                found[person.text] = sentence.index
    return found


def body_titled_people(sentences: list[Sentence]) -> dict[str, tuple[str, int]]:
    """Each person titled by a body's noun alone (`Council leader Jo Bell`, `said department
    spokesman Tom Hale`, `Festival director Ann Lee`: _TITLING_BODY_NOUNS), with that noun
    and the title's sentence: the caller names the one such body the article has named by
    then."""
    found: dict[str, tuple[str, int]] = {}
    for sentence in sentences:
        if not sentence.parsed:
            continue
        for person in (e for e in sentence.doc.ents if e.label_ == "PERSON"):
            body = _body_before_title(person)
            if body is not None and person.text not in found:
                found[person.text] = (body, sentence.index)
    return found


# A body's noun before a title says whose officer the person is (`Festival director Jo Bell`,
# `club chairman Tom Hale`): any organisation noun a name ends in, but not a firm's (`the
# company` may be any firm, which the entity book weighs).
_TITLING_BODY_NOUNS = lexicon.SELF_NAMING_BODY_NOUNS | (
    frozenset(lexicon.ORGANISATION_NOUNS) - lexicon.GENERIC_BUSINESS_NOUNS - {"group"}
)


def _body_before_title(person: Span) -> str | None:
    """The body noun of `Council leader Jo Bell`, opening its phrase, or None."""
    doc, i = person.doc, person.start - 1
    titles = lexicon.COMPANY_TITLES | lexicon.BODY_HEAD_TITLES
    if i < 1 or doc[i].lower_ not in titles:
        return None
    while i > 1 and doc[i - 1].lower_ in titles | lexicon.RANK_WORDS:
        i -= 1  # `council chief executive`
    noun = doc[i - 1]
    if noun.tag_ != "NN" or noun.lemma_.lower() not in _TITLING_BODY_NOUNS:
        return None
    return noun.lemma_.lower() if _opens_phrase(doc, noun.i) else None


def _bare_title(person: Span, sentences: list[Sentence], index: int) -> str | None:
    """`Acme rejected the bid. "...," said chairman Jo Bell`: a title that names no one's, at
    the head of its phrase, is the organisation the sentence before has for subject."""
    if not _opening_title(person) or index == 0 or not sentences[index - 1].parsed:
        return None
    return _previous_subject_organisation(sentences, index)


def _opening_title(person: Span) -> bool:
    """`Chief executive Jo Bell`, `said chairman Jo Bell`: a company title before the name that
    opens its phrase, so that no organisation, place or owner is named in it."""
    doc, i = person.doc, person.start - 1
    if i > 0 and doc[i].lower_ in lexicon.PERSONAL_TITLES:
        i -= 1  # `chairman Sir Tom Hale`
    end = i
    i = _before_field(doc, i)
    if i < 0 or not _company_title(doc[i]) or doc[i].lower_ in lexicon.PORTFOLIO_TITLES:
        return False
    start = _title_start(doc, i)
    if doc[start : end + 1].text.lower() in lexicon.PUBLIC_OFFICES:
        return False  # `Director of public health Dr X`: a council's post, not the firm's
    return _opens_phrase(doc, start)


def _before_field(doc: Doc, last: int) -> int:
    """`Director of nursing Jo Bell`: the title's own last word (`Director`) before the field
    of work it is `of`, when that field is a few common words; otherwise `last` itself."""
    i = last
    while i > 0 and last - i < 3 and doc[i].pos_ in ("NOUN", "ADJ") and doc[i].is_lower:
        i -= 1
    if i == last or i < 1 or doc[i].lower_ != "of":
        return last
    return i - 1


def _before_field_words(doc: Doc, start: int) -> int:
    """Where a title starting at token `start` starts with the field of work written before
    it (`enforcement manager`, `operations director`): at most two lowercase nouns."""
    i = start
    while i > 0 and start - i < 2 and doc[i - 1].pos_ == "NOUN" and doc[i - 1].is_lower:
        i -= 1
    return i


def _title_start(doc: Doc, last: int) -> int:
    """Where the company title ending at token `last` starts (`chief executive`, `deputy
    chairman`)."""
    i = last
    while i > 0 and (_company_title(doc[i - 1]) or doc[i - 1].lower_ in lexicon.RANK_WORDS):
        i -= 1
    return i


def _opens_phrase(doc: Doc, start: int) -> bool:
    """Token `start` opens its phrase: the sentence's first word, or after a verb or a mark
    (not after an owner's `'s`)."""
    return start == 0 or (
        doc[start - 1].pos_ in ("VERB", "PUNCT") and doc[start - 1].text not in ("'s", "’s")
    )


def _title_before(person: Span) -> str | None:
    """`Acme spokesman John Smith`, `Acme chief executive Jane Doe`, `Acme Rail Services
    managing director Jane Doe`, `Acme enforcement manager Jane Doe` (a field of work between
    the name and the title)."""
    doc, i = person.doc, person.start - 1
    if i < 0 or not _company_title(doc[i]):
        return None
    name = _before_field_words(doc, _title_start(doc, i)) - 1
    organisation = _organisation_ending(doc, name)
    if organisation is not None:
        return organisation  # `Acme Holdings managing director Jane Doe`
    if name < 0 or not _one_word_name(doc[name]):
        return None
    if doc[person.start - 1].lower_ in lexicon.PORTFOLIO_TITLES:
        return None  # `Health Secretary Jo Bell`: a minister's office
    if name > 0 and (doc[name - 1].pos_ == "PROPN" or doc[name - 1].lower_ in ("'s", "of")):
        return None  # `Acme Holdings spokesman` untyped: more than one word, or whose is unclear
    return doc[name].text


def _organisation_ending(doc: Doc, last: int) -> str | None:
    """The name of an organisation of more than one word that the recognizer typed as one and
    that ends at token `last`, standing first in its phrase (nothing named or owned before
    it: `the Acme Holdings`, not `Beta's Acme Holdings`)."""
    entity = next((e for e in doc.ents if e.end - 1 == last and e.label_ == "ORG"), None)
    if entity is None or len(entity) < 2:
        return None
    start = entity.start
    if start > 0 and (doc[start - 1].pos_ == "PROPN" or doc[start - 1].lower_ in ("'s", "of")):
        return None
    return entity.text.removeprefix("the ").removeprefix("The ")


def _organisation_starting(doc: Doc, first: int) -> str | None:
    """The name of an organisation of more than one word that the recognizer typed as one and
    that starts at token `first` (or after a `the` there), owning nothing after it (not
    `Acme Holdings' unit`)."""
    starts = {first, first + 1} if first < len(doc) and doc[first].lower_ == "the" else {first}
    entity = next((e for e in doc.ents if e.start in starts and e.label_ == "ORG"), None)
    if entity is None or len(entity) < 2:
        return None
    if entity.end < len(doc) and doc[entity.end].lower_ in ("'s", "'", "’"):
        return None
    return entity.text.removeprefix("the ").removeprefix("The ")


def _title_after(person: Span) -> str | None:
    """`John Smith, a spokesman for Acme,`; `Jane Doe, chief executive of Acme Holdings,`."""
    doc = person.doc
    words = [t for t in doc[person.end : person.end + 7]]
    lowered = [t.lower_ for t in words]
    if len(words) < 4 or lowered[0] != ",":
        return None
    rest = words[2:] if lowered[1] in ("a", "the") else words[1:]
    if _two_organisations(_organisations_beside(person)):
        return None  # `Jo Bell, chief executive of Acme and a director of Beta Group,`
    while rest and (rest[0].lower_ in lexicon.RANK_WORDS or _company_title(rest[0])):
        if _company_title(rest[0]) and len(rest) > 1 and rest[1].lower_ in ("for", "at", "of"):
            after = rest[2:]
            organisation = _organisation_starting(doc, rest[1].i + 1)
            if organisation is not None:
                return organisation  # `Jane Doe, chief executive of Acme Holdings,`
            if not after or not _one_word_name(after[0]):
                return None
            if len(after) > 1 and (after[1].pos_ == "PROPN" or after[1].lower_ == "'s"):
                return None  # `for Acme Holdings` the recognizer did not type, `for Acme's unit`
            return after[0].text
        rest = rest[1:]
    return None
