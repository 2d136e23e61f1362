"""The name a story's first sentence holds back: `A water company has been ordered to pay
£38.4m ...` and, next, `Ofwat said Thamesbrook Water had broken its legal duties`.

News leads often open on an organisation by its kind and name it in the sentence after. The
lead's claim then names no one; a desk would write `A water company [Thamesbrook Water]`.
Only an organisation is named so, and only when the next sentence leaves one to choose: one
organisation in it, or one whose name says the lead's kind (`museum`) or shares a word with
the lead's description (`water`). The lead's organisation may be the subject of what a lead
reports (`A supplier will pay £9.6m, the regulator Ofgem has said`, named when Ofgem, the
lead's own source, reports the name next), the subject the parser made the root (`A club that
faced being wound up has been taken over`), or its source (`..., according to a rural insurer`
then `Hedgerow Mutual said ...`: the one name that reports next). `Members of X voted` act for
X.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcheck.splitter import lexicon
from factcheck.splitter.context import (
    first_name_gender,
    introduced_trades,
    of_another_kind,
    unowned,
)
from factcheck.splitter.document import lead_and_next
from factcheck.splitter.lead_people import read_lead_person
from factcheck.splitter.tokens import SUBJECTS, render, subject_of

if TYPE_CHECKING:
    from collections.abc import Collection

    from spacy.tokens import Doc, Span, Token

    from factcheck.splitter.document import Sentence


@dataclass(frozen=True)
class LeadName:
    """The lead's unnamed organisation (`noun`, a token index in sentence `sentence`) and the
    name the next sentence (`named_in`) gives it."""

    sentence: int
    noun: int
    name: str
    named_in: int
    # an organisation (`A water company`); else a thing, event or place by the name of its
    # kind (`A rowing regatta` / `the Ashbourne Vale Regatta`), no organisation to the book
    organisation: bool = True


def read_lead_name(sentences: list[Sentence]) -> LeadName | None:
    pair = lead_and_next(sentences)
    if pair is None:
        return None
    lead, following = pair
    found = _unnamed_organisation(lead)
    if found is None:
        return _named_by_its_noun(lead, following)
    noun, one_of = found
    kind_words = lexicon.ORGANISATION_NOUNS.get(noun.lemma_.lower(), frozenset()) | {
        noun.lemma_.lower()
    }
    if noun.dep_ == "pobj" and noun.head.lower_ == "to":  # `according to a rural insurer`
        return _named_source(lead, noun, following, kind_words)
    # only a name that does something in the next sentence (`X said Y had broken`), not one
    # that only says what a thing is (`its NHS contract`)
    names = [
        e
        for e in following.doc.ents
        if (e.label_ in ("ORG", "FAC") or _reports_of_its_own(e))
        and _fits(e, noun)
        and _acts_or_owns_the_actor(e.root)
    ]
    described = {c.lower_ for c in noun.lefts if c.dep_ in ("compound", "amod")}
    if any(_reports_another_name(e) for e in names):
        # `Ofwat said Thamesbrook Water had broken its duties`: not the source; the other
        # only when its name holds the lead's own words (`A water company`), not only a
        # kind (`plc` for `A company`: the source may be the one)
        names = [
            e
            for e in names
            if not _reports_another_name(e) and (described | {noun.lower_}) & {t.lower_ for t in e}
        ]
    # `developer Acme Energy said` after `A solar farm has ...`: a name its sentence gives a
    # trade of another kind is that, not the lead's thing
    other_trade = {
        name
        for name, trade in introduced_trades(following.doc)
        if trade not in kind_words and not (kind_words & _FIRM_KINDS and trade in _FIRM_KINDS)
    }
    names = [e for e in names if e.text.removeprefix("the ") not in other_trade]
    subject_name = _subject_name(following, kind_words)
    if subject_name is not None and not _may_be_the_leads(subject_name, noun, other_trade):
        subject_name = None
    if one_of:  # `one of England's oldest festivals`: only a name that says it is one
        names += [subject_name] if subject_name is not None else []
        names = list({e.start: e for e in names if kind_words & {t.lower_ for t in e}}.values())
    if len(names) > 1:  # the one whose name says what kind it is, or what the lead said
        names = [e for e in names if (kind_words | described) & {t.lower_ for t in e}]
    if not names and not one_of and subject_name is not None:
        names = [subject_name]
    if noun.lemma_.lower() in lexicon.LEAD_NAMED_PLACES and _operator_told_apart(lead):
        names = [e for e in names if _names_the_place(e, noun)]
    if len(names) != 1:
        reports = noun.dep_ in SUBJECTS and noun.head.lemma_.lower() in lexicon.REPORTING_LEMMAS
        return _named_source(lead, noun, following, kind_words) if reports else None
    # `Harbridge Borough Council's cabinet approved the plan`
    return LeadName(lead.index, noun.i, _lead_name_text(names[0].text), following.index)


_NO_NAMES = frozenset(
    {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "NORP", "PERSON"}
)


def _named_by_its_noun(lead: Sentence, following: Sentence) -> LeadName | None:
    """`A rowing regatta ... has been cancelled` / `... at the Ashbourne Vale Regatta on ...`:
    a lead's subject told by its kind with `a` (any kind), and the one name of the next
    sentence that ends in that very noun, wherever the name stands, is its name."""
    root = next((t for t in lead.doc if t.head.i == t.i), None)
    if root is None:
        return None
    subject = _lead_subject(root, _reported_content(root))
    if subject is None or subject.pos_ != "NOUN" or subject.tag_ != "NN":
        return None
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in subject.children):
        return None
    names = {
        _lead_name_text(e.text)
        for e in following.doc.ents
        if e.label_ not in _NO_NAMES
        and len(e) > 1
        and e[-1].lower_ == subject.lower_
        and e.start not in following.quoted
    }
    if len(names) != 1:
        return None
    return LeadName(lead.index, subject.i, names.pop(), following.index, organisation=False)


def _named_source(
    lead: Sentence, noun: Token, following: Sentence, kind_words: frozenset[str]
) -> LeadName | None:
    """`..., according to a rural insurer.` then `Hedgerow Mutual said ...`: the one name
    that reports in the next sentence, an organisation (or one the recognizer took for a
    person, whose last word says the lead's kind)."""
    names = {
        e.text
        for e in following.doc.ents
        if _a_reporter(e)
        and e.start not in following.quoted
        and (e.label_ == "ORG" or person_typed_kind(e, kind_words))
        and _fits(e, noun)
        and not any(t.dep_ in ("cc", "conj") for t in e)  # `X and Y said`: one, or two?
    }
    if len(names) != 1:
        return None
    return LeadName(lead.index, noun.i, _lead_name_text(names.pop()), following.index)


_OPERATORS = frozenset({"operator", "owner", "landlord", "leaseholder"})


def _operator_told_apart(lead: Sentence) -> bool:
    """`A nuclear power station ... after its operator decided ...`: the lead tells the place
    and whoever runs it apart (a `knitwear mill` that creates jobs is the business itself)."""
    return any(t.lemma_.lower() in _OPERATORS and t.pos_ == "NOUN" for t in lead.doc)


def _names_the_place(name: Span, noun: Token) -> bool:
    """`A Victorian pier` / `Saltmoor Pier, built in 1869,`: a place's name says its kind or
    is typed a place; `A nuclear power station ... its operator` / `Fellgate Energy said the
    reactors ...` is the operator reporting, no name of the station."""
    if name[-1].lower_ == noun.lower_:
        return True
    return name.label_ in ("FAC", "GPE", "LOC") and not _a_reporter(name)


def _a_reporter(name: Span) -> bool:
    """The name is the subject of a reporting verb (`X said ...`)."""
    return name.root.dep_ in SUBJECTS and name.root.head.lemma_.lower() in lexicon.REPORTING_LEMMAS


def _lead_name_text(name: str) -> str:
    """`The Harlow Hawks's` -> `the Harlow Hawks`: the name as a claim would carry it."""
    name = unowned(name)
    return "the " + name[4:] if name.startswith("The ") else name


def person_typed_kind(entity: Span, kind_words: Collection[str]) -> bool:
    """`Carrow Mutual` typed a person: a name whose last word says it is of the kind
    (`mutual` for an insurer) is that organisation's, however the recognizer typed it."""
    return entity.label_ == "PERSON" and entity[-1].lower_ in kind_words


def _acts_or_owns_the_actor(root: Token) -> bool:
    """`X said ...`, `X's cabinet approved ...` and `Members of X voted ...`: the name is its
    sentence's subject or the subject's owner."""
    if root.dep_ in SUBJECTS or (root.dep_ == "poss" and root.head.dep_ in SUBJECTS):
        return True
    # `Members of X voted`: the people of the organisation act for it
    of = root.head
    return root.dep_ == "pobj" and of.lower_ == "of" and of.head.dep_ in SUBJECTS


def _may_be_the_leads(name: Span, noun: Token, other_trade: set[str]) -> bool:
    """Whether the next sentence's subject name may be the lead's unnamed `noun`: not a name
    of another trade or kind, not a source reporting another name, and not what a source
    reports unless the lead's thing is a place (`X will shut, the council said`; `Acme said
    Beta had broken its duties` leaves either the lead's company)."""
    if name.text.removeprefix("the ") in other_trade or not _fits(name, noun):
        return False
    if _reports_another_name(name):
        return False
    if noun.lemma_.lower() in lexicon.LEAD_NAMED_PLACES:
        return True
    clause = name.root.head
    reported = clause.dep_ in ("ccomp", "parataxis")
    if not (reported and clause.head.lemma_.lower() in lexicon.REPORTING_LEMMAS):
        return True
    # `..., the regulator Ofdrain has said.` then `Tamber Water failed to ..., Ofdrain found`:
    # the lead's own source reports what the lead's thing did
    reporter = subject_of(clause.head)
    return (
        reporter is not None
        and reporter.pos_ == "PROPN"
        and reporter.text in _lead_source_names(noun)
    )


def _lead_source_names(noun: Token) -> set[str]:
    """The proper names in who the lead says told it (`the regulator Ofdrain has said`)."""
    root = next((t for t in noun.doc if t.head.i == t.i), None)
    if root is None or root.lemma_.lower() not in lexicon.REPORTING_LEMMAS:
        return set()
    source = subject_of(root)
    if source is None or source.i == noun.i:
        return set()
    return {t.text for t in source.subtree if t.pos_ == "PROPN"}


def _reports_another_name(entity: Span) -> bool:
    """`Ofdrain said Greyholme Water had broken its duties`: the one who reports what another
    name did is the source, and the lead's unnamed one may be the other (whatever its type)."""
    verb = entity.root.head
    if verb.lemma_.lower() not in lexicon.REPORTING_LEMMAS | {"hear"}:  # `X, the court heard`
        return False
    contents = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis")]
    return any(t.dep_ in SUBJECTS and t.pos_ == "PROPN" for c in contents for t in c.children)


def _unnamed_organisation(lead: Sentence) -> tuple[Token, bool] | None:
    """`A water company` as the subject of the lead's main verb, or the `festivals` of
    `One of England's oldest folk festivals` (then True: one of several); or, when the lead
    reports, the subject of what it reports (`An energy supplier will pay £9.6m, the regulator
    has said`) else its source (`..., according to a rural insurer`)."""
    root = next((t for t in lead.doc if t.head.i == t.i), None)
    if root is None:
        return None
    content = _reported_content(root)
    subject = _lead_subject(root, content)
    if subject is not None and subject.lower_ == "one":
        of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        kinds = [c for c in of.children if c.dep_ == "pobj"] if of is not None else []
        if kinds and kinds[0].tag_ == "NNS" and _a_kind(kinds[0]):
            return kinds[0], True
        return None
    if subject is not None and _an_unnamed_kind(subject):
        return subject, False
    source = _source(lead.doc, root, content)
    return (source, False) if source is not None and _an_unnamed_kind(source) else None


def _lead_subject(root: Token, content: Token | None) -> Token | None:
    subject = next((c for c in (content or root).children if c.dep_ in SUBJECTS), None)
    if subject is None and root.pos_ == "NOUN" and any(c.dep_ == "relcl" for c in root.children):
        # `A club that faced being wound up has been taken over`: the parser, lost in the
        # long relative clause, made the subject the sentence's root
        subject = root
    return subject


def _reported_content(root: Token) -> Token | None:
    """The clause a reporting root reports, told before it (`C, the regulator has said`)."""
    if root.lemma_.lower() not in lexicon.REPORTING_LEMMAS:
        return None
    return next(
        (c for c in root.children if c.dep_ in ("ccomp", "parataxis") and c.i < root.i), None
    )


def _source(doc: Doc, root: Token, content: Token | None) -> Token | None:
    """Who the lead says told it: the subject of its reporting root, or the noun `according
    to` names."""
    if content is not None:
        return next((c for c in root.children if c.dep_ in SUBJECTS), None)
    for token in doc:
        after_according = (
            token.lower_ == "to" and token.i and doc[token.i - 1].lower_ == "according"
        )
        if after_according:
            return next((c for c in token.children if c.dep_ == "pobj"), None)
    return None


def _an_unnamed_kind(noun: Token) -> bool:
    """`a water company`: one organisation told by its kind with `a`."""
    if noun.pos_ != "NOUN" or noun.tag_ != "NN":
        return False
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
        return False
    return _a_kind(noun)


def _a_kind(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    kind = (
        lemma in lexicon.ORGANISATION_NOUNS
        or lemma in lexicon.ORGANISATION_TRADES
        or lemma in lexicon.LEAD_NAMED_KINDS
        or lemma in lexicon.LEAD_NAMED_PLACES
    )
    return kind and lemma not in lexicon.WORK_TRADE_NOUNS


_NOT_A_THING = frozenset({"PERSON", "GPE", "LOC", "NORP", "DATE", "TIME", "CARDINAL", "MONEY"})


def _subject_name(following: Sentence, kind_words: frozenset[str] | set[str]) -> Span | None:
    """`Riverside Smiles, which has operated in the city for 30 years, wrote to patients`: the
    next sentence's subject, when it is a name of something (not a person or a place)."""
    doc = following.doc
    root = next((t for t in doc if t.head.i == t.i), None)
    if root is not None and root.lemma_.lower() in lexicon.REPORTING_LEMMAS:
        # `X will shut from May, the council said`: what is reported is about X
        root = next((c for c in root.children if c.dep_ in ("ccomp", "parataxis")), root)
    subject = next((c for c in root.children if c.dep_ in SUBJECTS), None) if root else None
    if subject is None or subject.pos_ != "PROPN":
        return None
    entity = next((e for e in doc.ents if e.start <= subject.i < e.end), None)
    # `Riverside Smiles, which has ...`: what `which` follows is no person, however typed
    thing = any(
        c.dep_ == "relcl" and doc[min(t.i for t in c.subtree)].lower_ == "which"
        for c in subject.children
    )
    if entity is not None:
        # a name ending in the lead's own kind (`Saltmoor Pier`) is that thing's, however typed
        named_kind = entity[-1].lower_ in kind_words
        misread_person = (thing or named_kind) and entity.label_ == "PERSON"
        return entity if misread_person or entity.label_ not in _NOT_A_THING else None
    words = [t for t in subject.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
    start = min([subject.i, *(t.i for t in words)])
    return doc[start : subject.i + 1]


def _reports_of_its_own(name: Span) -> bool:
    """`Dalewood Ices said the new hall at its site would ...`: a name typed a person, of two
    or more words, none a known first name, that reports what `its` owns, with no other name
    before the `its`, is an organisation's (a person's would be `his` or `her`)."""
    if name.label_ != "PERSON" or len(name) < 2 or name.root.dep_ not in SUBJECTS:
        return False
    if any(first_name_gender(t.text) is not None for t in name):
        return False
    reporter = name.root.head
    reported = next((c for c in reporter.children if c.dep_ == "ccomp"), None)
    if reporter.lemma_.lower() not in lexicon.REPORTING_LEMMAS or reported is None:
        return False
    owner = next((t for t in reported.subtree if t.lower_ == "its" and t.dep_ == "poss"), None)
    if owner is None:
        return False
    between = name.doc[reported.left_edge.i : owner.i]
    return not any(t.pos_ == "PROPN" or t.ent_type_ for t in between)


def _fits(entity: Span, noun: Token) -> bool:
    """A name whose last word is another kind of organisation is not this one (`A museum`
    is not `Caldermoor City Council`, `A builder` is not `Preston Crown Court`)."""
    fits = lexicon.ORGANISATION_NOUNS.get(noun.lemma_.lower())
    if fits is None:  # `A builder` is no `Preston Crown Court`
        last = entity[-1].lower_
        return last == noun.lower_ or last not in lexicon.ORGANISATION_NOUNS
    return not of_another_kind(entity[-1].lower_, fits)


# What any organisation of its own may be called by the one telling its news (`..., the
# company has confirmed`, `..., the group has announced`).
_ANY_ORGANISATION = frozenset({"company", "firm", "group", "business", "organisation"})
# Names that end in one of these are public bodies, which no one calls `the company` (a health
# board and a constabulary too).
_PUBLIC_KINDS = lexicon.PUBLIC_BODY_WORDS | {"board", "constabulary"}


def lead_source_name(speaker: Token, sentences: list[Sentence]) -> tuple[str, int] | None:
    """`The details of 1.2 million drivers were exposed ..., the company has confirmed.` and
    next `ParkSwift said ...`: the lead's source, told after what it said by a bare `the`
    and its kind, is the organisation the lead's report names as its subject (`The X
    Orchestra is to cut ..., the group has announced`), or, when the report names none, the one
    the next sentence names that is of the kind by its name (`the Carrow Hills National Park
    Authority` for `the park authority`) or, for a firm's generic word, is its subject and no
    public body. The name and the sentence it is in; None when two or none fit."""
    pair = lead_and_next(sentences)
    if pair is None or speaker.doc is not pair[0].doc:
        return None
    lead, following = pair
    verb = speaker.head
    if speaker.dep_ not in SUBJECTS or verb.dep_ != "ROOT":
        return None
    if any(not t.is_punct for t in lead.doc[verb.i + 1 :]):
        return None  # `C, the company has said.`: the source told after its report
    if speaker.tag_ == "NNS" and speaker.lemma_.lower() in lexicon.STUDY_AUTHORS:
        return _research_team(speaker, following)
    determiners = [c.lower_ for c in speaker.children if c.dep_ == "det"]
    if determiners != ["the"]:
        return None
    kind = speaker.lemma_.lower()
    generic = kind in _ANY_ORGANISATION
    if not generic and kind not in lexicon.ORGANISATION_NOUNS:
        return None
    report = [
        e for e in lead.doc.ents if e.label_ == "ORG" and e.end <= min(t.i for t in speaker.subtree)
    ]
    subjects = [e for e in report if e.root.dep_ in SUBJECTS and e.root.head.i != verb.i]
    fitting = [e for e in subjects if _names_kind(e, kind, strong=not generic)]
    if len(report) == 1 and fitting:
        return _as_named(fitting[0]), lead.index
    if report and generic:
        return None  # the firm the report names may be the one meant, or another
    named = [e for e in following.doc.ents if e.label_ == "ORG" and e.start not in following.quoted]
    fitting = [
        e
        for e in named
        if _names_kind(e, kind, strong=not generic) and (not generic or e.root.dep_ in SUBJECTS)
    ]
    if len({e.text for e in fitting}) != 1 or (generic and len(named) != 1):
        return None
    return _as_named(fitting[0]), following.index


def _research_team(speaker: Token, following: Sentence) -> tuple[str, int] | None:
    """`C, scientists say.` then `A team from the University of X drilled ...`: the bare
    plural is the researchers of the one body the next sentence's subject (a team, or
    researchers or scientists) is `from`, `at` or `of`: `scientists [from the University of
    X]`."""
    if list(speaker.children):
        return None  # `Some scientists`, `scientists in Japan`: their own words say which
    root = next((t for t in following.doc if t.dep_ == "ROOT"), None)
    subject = subject_of(root) if root is not None else None
    if subject is None or subject.lemma_.lower() not in {"team", *lexicon.STUDY_AUTHORS}:
        return None
    bodies = [
        entity
        for preposition in subject.children
        if preposition.dep_ == "prep" and preposition.lower_ in ("from", "at", "of")
        for body in preposition.children
        if body.dep_ == "pobj"
        for entity in following.doc.ents
        if not any(c.dep_ == "conj" for c in body.children)  # `from A and B`: either
        if entity.label_ == "ORG" and entity.root == body
    ]
    if len(bodies) != 1:
        return None
    preposition = bodies[0].root.head.lower_
    return f"{speaker.text} [{preposition} {bodies[0].text}]", following.index


def _names_kind(entity: Span, kind: str, *, strong: bool) -> bool:
    """Whether the name is of the kind: its last word is the kind's own (`X Health Board` for
    `board`) when `strong`, else it is no public body by its name (`X Council` is no firm)."""
    last = entity[-1].lower_
    if strong:
        return last in lexicon.ORGANISATION_NOUNS.get(kind, frozenset({kind}))
    return last not in _PUBLIC_KINDS


def _as_named(entity: Span) -> str:
    return _as_named_text(entity.text)


def _as_named_text(name: str) -> str:
    return name.removeprefix("the ").removeprefix("The ")


# `the company` may be any firm: the entity book's rules, which weigh rival firms, say which
_ANY_FIRM = lexicon.GENERIC_BUSINESS_NOUNS | frozenset({"group"})
_FIRM_KINDS = (
    lexicon.GENERIC_BUSINESS_NOUNS
    | lexicon.BUSINESS_TRADE_NOUNS
    | frozenset({"group", "brand", "start-up", "startup", "developer", "builder", "supplier"})
)


class LeadNamer:
    """Puts the lead's held-back name into the claims that need it (module docstring)."""

    def __init__(self, sentences: list[Sentence]) -> None:
        self.sentences = sentences
        self.lead = read_lead_name(sentences)
        person = read_lead_person(sentences) if self.lead is None else None
        self.person = LeadName(*person) if person is not None else None
        self._rivals_read: tuple[tuple[int, int], ...] | None = None

    def name_lead(
        self, doc: Doc, tokens: set[int], index: int, replaced: dict[int, str], sources: list[str]
    ) -> None:
        """`A water company [Thamesbrook Water] has been ordered to pay £38.4m`; `A builder
        [Darren Kellaway] ... has been jailed` (lead_people)."""
        lead = self.lead or self.person
        if lead is None or lead.sentence != index or lead.noun not in tokens:
            return
        if lead.noun in replaced or lead.name.removeprefix("the ") in render(doc, tokens, replaced):
            return
        replaced[lead.noun] = f"{doc[lead.noun].text} [{lead.name}]"
        sources.append(self.sentences[lead.named_in].text)

    def name_again(
        self, doc: Doc, tokens: set[int], index: int, replaced: dict[int, str], sources: list[str]
    ) -> str | None:
        """`the practice` after `A dental practice [Riverside Smiles] in Norwich ...`: the
        lead's thing, until another of its kind is brought in (`a new museum`) or another
        organisation acts. The word given the name is returned."""
        lead = self.lead
        if lead is None or index <= lead.named_in:
            return None
        kind = self.sentences[lead.sentence].doc[lead.noun].lemma_.lower()
        if kind in _ANY_FIRM or lead.name.removeprefix("the ") in render(doc, tokens, replaced):
            return None
        for i in sorted(tokens - replaced.keys()):
            noun = doc[i]
            if noun.lemma_.lower() != kind or noun.tag_ != "NN" or not _only_the(noun, tokens):
                continue
            if self._another_of_kind(kind, lead, index, noun.i):
                return None
            owner = i + 1 in tokens and i + 1 not in replaced and doc[i + 1].tag_ == "POS"
            name = _as_named_text(lead.name)  # `the club [Harlow Hawks]`
            if owner:  # `the pier's [Saltmoor Pier] 112 columns`, on the noun (so no other
                # stage names it again)
                replaced[i] = f"{noun.text}{doc[i + 1].text} [{name}]"
                replaced[i + 1] = ""
            else:
                replaced[i] = f"{noun.text} [{name}]"
            sources.append(self.sentences[lead.named_in].text)
            return noun.lower_
        return None

    def _another_of_kind(self, kind: str, lead: LeadName, index: int, at: int) -> bool:
        """Whether a thing of `kind` was brought in (`a new regional museum`, `another
        practice`), or another organisation acts (`X outbid Gazprom`), from the sentence that
        named the lead's own up to token `at` of sentence `index`."""
        return any(
            lead.named_in <= where < index or (where == index and start < at)
            for where, start in self._rivals(kind, lead)
        )

    def _rivals(self, kind: str, lead: LeadName) -> tuple[tuple[int, int], ...]:
        """Where (sentence, token) another organisation acts or a thing of `kind` is brought
        in, from the sentence that named the lead's own on (read once an article)."""
        if self._rivals_read is not None:
            return self._rivals_read
        own = _as_named_text(lead.name)
        kind_words = lexicon.ORGANISATION_TRADES.get(kind, frozenset({kind}))
        # `the regulator Ofgem`: a name the article gives another trade is no rival
        other_trade = {
            _as_named_text(name)
            for sentence in self.sentences
            if sentence.parsed
            for name, trade in introduced_trades(sentence.doc)
            if trade not in kind_words
        }
        found = []
        for sentence in self.sentences[lead.named_in :]:
            if not sentence.parsed:
                continue
            for entity in sentence.doc.ents:
                name = _as_named_text(entity.text)
                other = name != own and entity.label_ == "ORG" and name not in other_trade
                if other and entity.root.dep_ in SUBJECTS:
                    found.append((sentence.index, entity.start))
            for token in sentence.doc:
                determiners = {c.lower_ for c in token.lefts if c.dep_ == "det"}
                if token.lemma_.lower() == kind and determiners & {"a", "an", "another"}:
                    found.append((sentence.index, token.i))
        self._rivals_read = tuple(found)
        return self._rivals_read


def _only_the(noun: Token, tokens: set[int]) -> bool:
    """`the practice`: the noun with `the` and nothing else before it in the claim."""
    lefts = [t for t in noun.lefts if t.i in tokens]
    return len(lefts) == 1 and lefts[0].lower_ == "the"
