"""What a claim leaves to the article around it, and nothing in the claim itself says.

Each function reads one parsed token of a claim and returns the question a reader would ask
(`when is 'now'?`, `blames ... for what?`, `which investigations?`), or None when the claim
answers it. They only ask: nothing here guesses an answer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.splitter import lexicon
from factcheck.splitter.tokens import is_year
from factcheck.splitter.weekdays import MONTHS, dated_beside

if TYPE_CHECKING:
    from collections.abc import Collection

    from spacy.tokens import Doc, Token

# Time adverbs that put a claim at the day the article was written, with no date of their own.
_PRESENT_ADVERBS = frozenset({"now", "currently", "nowadays"})
_PRESENT_PHRASES = frozenset({("at", "the", "moment"), ("at", "present"), ("these", "days")})


def undated_present(token: Token, claim: set[int]) -> str | None:
    """`Now X employs 7,600 workers`, `At the moment X is ...`: a time word fronted before the
    clause's subject, or a `now` on a count (`X now employs 3,000`), dates the claim to the
    unknown day of writing. (`X is now facing charges` reads as background, and is left
    alone.)"""
    if token.lower_ in _PRESENT_ADVERBS and _dates_a_figure(token, claim):
        return f"when is '{token.text}'? the article gives no date"
    if token.i != min(claim) or token.i >= len(token.doc) - 1:
        return None
    doc = token.doc
    for phrase in (*((w,) for w in _PRESENT_ADVERBS), *_PRESENT_PHRASES):
        words = doc[token.i : token.i + len(phrase)]
        if tuple(t.lower_ for t in words) != phrase or words[-1].i + 1 >= len(doc):
            continue
        clause = words[0].head if words[0].dep_ == "advmod" else words[0].head.head
        if clause.pos_ not in ("VERB", "AUX") or clause.i < words[-1].i:
            return None
        if any(t.ent_type_ == "DATE" and is_year(t.text) for t in clause.subtree):
            return None  # `Now, in 2004, ...`: the claim dates itself
        return f"when is '{words.text}'? the article gives no date"
    return None


_SEASONS = frozenset({"spring", "summer", "autumn", "fall", "winter"})


def undated_season(noun: Token, claim: set[int]) -> str | None:
    """`A second round followed in the autumn`: a season with `the` and no year, in a claim
    that gives no year either, is the autumn of some year only the article says."""
    if noun.lower_ not in _SEASONS or noun.pos_ != "NOUN":
        return None
    if not any(c.lower_ == "the" and c.dep_ == "det" for c in noun.children):
        return None
    if not _when_said(noun):
        return None  # `the fall in knife crime was ...`: a drop, not a season
    doc = noun.doc
    if any(is_year(doc[i].text) for i in claim):
        return None  # `in the spring of 1996`, `in 1995 ... in the autumn`
    return f"when is 'the {noun.text}'? the article gives no year"


_TIME_PREPOSITIONS = frozenset(
    {"in", "by", "since", "until", "till", "during", "over", "through", "throughout", "before",
     "after", "from", "for"}
)  # fmt: skip


def _when_said(noun: Token) -> bool:
    """`in the autumn`, `the spring` said as a time: what a season noun is when it tells
    when, not what happened."""
    if noun.dep_ == "npadvmod":
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ in _TIME_PREPOSITIONS


# Prepositions that put a claim at a month (`in August`, `since May`); `the six months to June`
# is a reporting period, which the readers of a results story take as given.
_MONTH_PREPOSITIONS = frozenset({"in", "since", "from", "until", "till", "by", "before", "after"})


def undated_month(month: Token, claim: set[int]) -> str | None:
    """`Prices rose 0.3% in August`, `have not won since May`: a month with no day and no year,
    in a claim that gives no year either, is that month of some year only the article says."""
    if month.lower_ not in MONTHS or month.pos_ != "PROPN" or month.ent_type_ != "DATE":
        return None
    doc = month.doc
    if any(is_year(doc[i].text) for i in claim):
        return None
    if any(c.like_num for c in month.children) or (month.i and doc[month.i - 1].like_num):
        return None  # `on 3 November`: a day the reader is told
    if dated_beside(month):
        return None  # `in February last year`: asked about as `last year`
    if any(t.lower_ in ("each", "every") for t in month.lefts):
        return None  # `held each July`: every year's
    head = month.head
    if month.dep_ != "pobj" or head.lower_ not in _MONTH_PREPOSITIONS or head.i not in claim:
        return None
    words = doc[head.i : month.i + 1].text
    return f"when is '{words}'? the article gives no year"


_PARTS_OF_A_PERIOD = frozenset({"start", "beginning", "middle", "end", "rest"})


def undated_part_of_period(noun: Token, claim: set[int]) -> str | None:
    """`will step down at the end of the month`: a part of `the month`, `the year` or `the
    week` with no year in the claim counts from the unknown day the article was written."""
    if noun.lower_ not in ("month", "year", "week") or noun.dep_ != "pobj":
        return None
    of, part = noun.head, noun.head.head
    if of.lower_ != "of" or part.lower_ not in _PARTS_OF_A_PERIOD or part.i not in claim:
        return None
    if [t.lower_ for t in noun.lefts] != ["the"]:
        return None  # `the end of next year` is read as a relative date already
    doc = noun.doc
    if any(is_year(doc[i].text) for i in claim):
        return None
    start = next((t.i for t in part.lefts if t.dep_ == "det"), part.i)
    return f"when is '{doc[start : noun.i + 1].text}'? the article gives no date"


def later_than_what(adverb: Token, claim: set[int]) -> str | None:
    """`Acme was floated four years later`: a time counted on from an event the claim does not
    give (`four years after its founding`, `later than planned` say from what)."""
    if adverb.lower_ != "later" or adverb.dep_ != "advmod":
        return None
    counted = [c for c in adverb.children if c.dep_ == "npadvmod" and c.i in claim]
    if not counted or any(c.dep_ == "prep" for c in adverb.children):
        return None
    words = adverb.doc[counted[0].left_edge.i : adverb.i + 1].text
    return f"{words} than what?"


def _dates_a_figure(adverb: Token, claim: set[int]) -> bool:
    """`Acme now employs 3,000 people`, `inflation is now 4%`: `now` on a verb whose object
    or complement is a count, which holds only on the day it was written."""
    if adverb.dep_ != "advmod" or adverb.head.pos_ not in ("VERB", "AUX"):
        return False
    figures = [c for c in adverb.head.children if c.dep_ in ("dobj", "attr") and c.i in claim]
    return any(
        f.like_num or any(c.dep_ == "nummod" and c.like_num for c in f.children) for f in figures
    )


def reason_left_out(verb: Token, claim: set[int]) -> str | None:
    """`X blames its agency`, `Y apologised`: a verb that is about some earlier event
    (lexicon.REASON_VERBS) with nothing in the claim saying which (`for the adverts`)."""
    wanted = lexicon.REASON_VERBS.get(verb.lemma_.lower())
    if wanted is None or verb.pos_ != "VERB" or verb.i not in claim:
        return None
    said = [c for c in verb.children if c.i in claim]
    if any(c.dep_ == "prep" and c.lower_ in wanted for c in said):
        return None
    if any(c.dep_ in ("ccomp", "xcomp", "advcl", "prt") for c in said):
        return None  # `blamed X, saying it ...`, `blamed it on Y`
    # `blamed the agency for the ads` can attach `for` to the object
    objects = [c for c in said if c.dep_ in ("dobj", "dative")]
    if any(g.dep_ == "prep" and g.lower_ in wanted for o in objects for g in o.children):
        return None
    return f"{verb.text} ... {sorted(wanted)[0]} what?"


def answered_what(verb: Token, claim: set[int]) -> str | None:
    """`The union reacted angrily`, `Acme would appeal`: a verb that answers something the
    article told of (lexicon.RESPONSE_VERBS) with neither an object nor a preposition in the
    claim saying what (`reacted to the figures`, `appeal against the ruling`)."""
    said = [c for c in verb.children if c.i in claim]
    particle = next((c.lower_ for c in said if c.dep_ == "prt"), None)
    phrase = f"{verb.lemma_.lower()} {particle}" if particle else verb.lemma_.lower()
    response = lexicon.RESPONSE_VERBS.get(phrase)  # `step down`, not `step in`
    if response is None or verb.pos_ != "VERB" or verb.i not in claim:
        return None
    asked, wanted = response
    if any(c.dep_ == "prep" and c.lower_ in wanted for c in said):
        return None
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "advcl", "dative") for c in said):
        return None  # `appealed the ruling`, `responded by cutting prices`
    if any(c.dep_ == "prep" and c.lower_ in ("by", "with") for c in said):
        return None  # `responded with a statement`: it says how, and usually to what
    words = f"{verb.text} {particle}" if particle else verb.text
    return f"{words} ... {asked} what?"


# A pair or a few of one kind a claim may count without naming (`the two men`, `both sides`).
_PAIRED_DETERMINERS = frozenset({"both", "neither", "each"})
_FEW = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"})


def unnamed_count(token: Token, claim: set[int], answered: Collection[int] = ()) -> str | None:
    """`The two men had been friends`, `Both sides came to talk`, `Neither is under pressure`:
    a few people or sides counted (`the two`, `both`, `neither`) and never named in the claim,
    which the stand-in stage could not name either. (`the two years`, `both of them` are
    measured or say whom.)"""
    doc = token.doc
    if token.pos_ == "NOUN" and token.tag_ == "NNS" and not token.ent_type_:
        lefts = [t for t in token.lefts if t.i in claim]
        words = [t.lower_ for t in lefts]
        if _says_which(token, claim) or token.lemma_.lower() in _COUNTED_UNITS:
            return None
        if any(t.i in answered for t in lefts) or _people_named(claim, doc) > 1:
            return None  # `[Acme's] six plants`; `the two men ... Mr Hale had lent Mr Cole`
        if len(words) == 2 and words[0] == "the" and words[1] in _FEW:
            return f"which {lefts[1].text} {token.text}?"  # `the two men`
        return f"which {token.text}?" if words == ["both"] else None
    if token.lower_ not in _PAIRED_DETERMINERS or token.dep_ not in ("nsubj", "nsubjpass"):
        return None
    if token.pos_ not in ("PRON", "DET") or any(c.i in claim for c in token.children):
        return None  # `Neither of the firms`: it says of what
    before = [doc[i] for i in claim if i < token.i and doc[i].pos_ in ("NOUN", "PROPN")]
    be = "are" if token.lower_ == "both" else "is"  # `Neither is under pressure`
    return None if before else f"who {be} '{token.text}'?"


# Nouns a count measures rather than names (`the two years to March`).
_COUNTED_UNITS = lexicon.RATE_UNITS | {
    "minute", "second", "decade", "century", "point", "goal", "run", "wicket", "vote", "seat",
}  # fmt: skip


def _people_named(claim: set[int], doc: Doc) -> int:
    """Names in the claim that may be people's: a name's last word, typed a person's or not
    typed (the recognizer misses some surnames), never a place's or a body's."""
    names = {
        doc[i].text
        for i in claim
        if doc[i].pos_ == "PROPN"
        and doc[i].dep_ != "compound"
        and doc[i].ent_type_ in ("PERSON", "")
    }
    return len(names)


def _says_which(noun: Token, claim: set[int]) -> bool:
    return any(c.i in claim and c.dep_ in ("prep", "relcl", "acl", "appos") for c in noun.rights)


def ranked_business(noun: Token, claim: set[int]) -> str | None:
    """`Asia's biggest airline joins ...`: a firm called only by its rank, as the subject or
    object, with no name beside it (`Asia's biggest airline, Japan Airlines`)."""
    if noun.lemma_.lower() not in lexicon.RANKED_BUSINESS_NOUNS or noun.pos_ != "NOUN":
        return None
    if noun.dep_ not in ("nsubj", "nsubjpass", "dobj") or noun.tag_ != "NN":
        return None
    children = [c for c in noun.children if c.i in claim]
    if not any(c.tag_ == "JJS" and c.dep_ == "amod" for c in children):
        return None
    named = [c for c in children if c.dep_ in ("appos", "compound") or c.pos_ == "PROPN"]
    if any(c.dep_ != "poss" for c in named):
        return None
    return f"which {noun.text}?"


def bare_plural_subject(noun: Token, claim: set[int]) -> str | None:
    """`Investigations may also be harmful`, `X made unsubstantiated allegations`: a plural
    noun for particular things the article told of (lexicon.EPISODE_NOUNS) as the subject or
    object, with no determiner, name or complement to say whose or of what."""
    if noun.tag_ != "NNS" or noun.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return None
    if noun.lemma_.lower() not in lexicon.EPISODE_NOUNS:
        return None
    # `Police investigations`, `Charges of fraud`, `Such allegations` say which; an adjective
    # (`unsubstantiated allegations`) only says what they are like
    if any(c.i in claim and not (c.dep_ == "amod" and not c.ent_type_) for c in noun.children):
        return None
    return f"which {noun.lower_}?"


def demonstrative_object(pronoun: Token, claim: set[int]) -> str | None:
    """`we can resolve this peacefully`, `sold under half that`, `no excuses for that`:
    `this`/`that` standing alone as an object, when the claim says nothing before it that it
    could mean (`cut jobs and called this necessary`, `cut 500 jobs and plans twice that`)."""
    if pronoun.lower_ not in ("this", "that") or pronoun.tag_ not in ("DT", "IN"):
        return None
    if pronoun.pos_ not in ("PRON", "SCONJ") or pronoun.dep_ not in ("dobj", "pobj"):
        return None
    after = pronoun.doc[pronoun.i + 1] if pronoun.i + 1 < len(pronoun.doc) else None
    if pronoun.pos_ == "SCONJ" and after is not None and after.pos_ not in ("ADV", "PUNCT"):
        return None  # `explain that away` is read as a conjunction; `confirmed that X` is one
    if any(c.i in claim and c.dep_ != "predet" for c in pronoun.children):
        return None
    if pronoun.head.lower_ == "than":
        return None  # `even more than that`: a comparison, not the claim's object
    if not nothing_before_it_could_mean(pronoun, claim):
        return None
    return f"what is '{pronoun.text}'?"


def nothing_before_it_could_mean(pronoun: Token, claim: set[int]) -> bool:
    """Before `this` or `that`, the claim holds no clause of its own that the word could stand
    for (`Sales rose and this helped`: `rose`), only the verbs it depends on (`I hope this
    ...`); and no figure a `half that` or `twice that` could count from."""
    governing = set()
    link = pronoun
    while link.head.i != link.i and link.dep_ not in ("conj", "advcl", "relcl", "parataxis"):
        link = link.head
        governing.add(link.i)
    doc = pronoun.doc
    before = [doc[i] for i in sorted(claim) if i < pronoun.i]
    clauses = [t for t in before if t.pos_ in ("VERB", "AUX") and not _modifies(t)]
    if any(t.i not in governing for t in clauses):
        return False
    multiplied = any(c.dep_ == "predet" for c in pronoun.children)
    return not (multiplied and any(t.pos_ == "NUM" for t in before))


def _modifies(verb: Token) -> bool:
    """`users who made calls and browsed the web`: a verb of a noun's clause, or an
    auxiliary; not a clause of the claim's own."""
    modifiers = ("aux", "auxpass", "relcl", "acl", "amod")
    return verb.dep_ in modifiers or (verb.dep_ == "conj" and verb.head.dep_ in modifiers)


def owned_description(noun: Token, claim: set[int]) -> str | None:
    """`The committee's decision must be ratified`: a noun that points back to something the
    article told of (lexicon.BACK_POINTING_NOUNS), owned by a description rather than a name,
    with nothing in the claim saying which (`decision to close the plant`, `ruling on pay`)."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lexicon.BACK_POINTING_NOUNS:
        return None
    said = [c for c in noun.children if c.i in claim]
    owner = next((c for c in said if c.dep_ == "poss"), None)
    if owner is None or owner.pos_ != "NOUN" or owner.ent_type_:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in owner.children):
        return None  # `a court's ruling`, `investors' fears`: no particular one is meant
    if any(c.dep_ not in ("poss", "det", "punct") for c in said):
        return None
    return f"which {noun.text}?"


def said_about_what(noun: Token, claim: set[int]) -> str | None:
    """`Conte's statements were false`, `a cautious approach to X's allegations`: what a named
    person or body said (lexicon.SAID_NOUNS), with nothing in the claim saying what about
    (`X's claims that he ...`, `X's allegations of fraud`)."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lexicon.SAID_NOUNS:
        return None
    said = [c for c in noun.children if c.i in claim]
    owner = next((c for c in said if c.dep_ == "poss"), None)
    if owner is None or not (owner.pos_ == "PROPN" or owner.ent_type_ in ("PERSON", "ORG")):
        return None
    if any(c.dep_ not in ("poss", "det", "amod", "punct") for c in said):
        return None
    return f"{noun.text} about what?"


def taking_part_in_what(noun: Token, claim: set[int]) -> str | None:
    """`Only two registered bidders took part`: those taking part in a contest
    (lexicon.PARTICIPANT_NOUNS) when nothing in the claim says in which (`bidders for X`, `at
    the auction`)."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lexicon.PARTICIPANT_NOUNS:
        return None
    said = [c for c in noun.children if c.i in claim]
    if any(c.dep_ in ("prep", "relcl", "acl", "poss", "compound", "appos") for c in said):
        return None
    doc = noun.doc
    if any(doc[i].lemma_.lower() in lexicon.IDENTIFIED_NOUNS for i in claim):
        return None  # the claim tells of the contest itself
    return f"{noun.text} for what?"


def implicit_questions(
    doc: Doc, claim: set[int], *, dated: bool, answered: Collection[int] = ()
) -> list[str]:
    """Every question above the claim leaves open, in reading order, except about the words in
    `answered` (given context already). With a publication date `now` and `the autumn` are
    dated by it, so only undated articles ask when they are."""
    questions: list[str] = []
    for token in (doc[i] for i in sorted(claim) if i not in answered):
        asked = (
            (
                None
                if dated
                else undated_present(token, claim)
                or undated_season(token, claim)
                or undated_month(token, claim)
                or undated_part_of_period(token, claim)
            )
            or later_than_what(token, claim)
            or reason_left_out(token, claim)
            or answered_what(token, claim)
            or unnamed_count(token, claim, answered)
            or bare_plural_subject(token, claim)
            or demonstrative_object(token, claim)
            or ranked_business(token, claim)
            or owned_description(token, claim)
            or said_about_what(token, claim)
            or taking_part_in_what(token, claim)
        )
        if asked is not None:
            questions.append(asked)
    return questions
