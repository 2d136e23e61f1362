"""The story's leading things: what the lead introduces, which a later `the N` means.

A news story's first sentence (and the one after it, which often names it) introduces the
thing it is about: `a powerful cyclone` (`Cyclone Orla`), `a large international trial`, `a
£1.2bn takeover approach from X`, `congestion charging plans unveiled by the council`, or an
act (`X is to close its factory in Y`). Later sentences call it by a generic noun of its
family (lexicon.STORY_FAMILIES, NOMINALISED_ACTS): `the storm`, `the study`, `the offer`,
`the scheme`, `the closure`, `the decision`. `LeadingThings.bracket` gives such a bare
description the words that identify the lead's thing, in the article's own words:
`The storm [Cyclone Orla]`, `the closure [of Verano Motors' factory in Kelworth]`. It also
reads what the lead tells of by what happened to it: a plural with a named clause (`tourists
kidnapped by tribesmen in X`), `one of the Xs` found where it is, the parts a count in it
counts (`a 22-turbine wind farm`), the doers of its act (`the kidnappers [of the tourists]`)
and the figures a named body reported (`the results [reported by Acme]`).

Nothing is filled when the lead's mention says nothing that identifies it, when two things of
the family came from the lead, or when the story tells of another one of the family before the
description (an undated `a higher offer`, `another storm`, `the Leeds plant`): a reader could
not tell which is meant, and the caller asks. One dated and so plainly past (`since a cyclone in
1991 killed ...`) leaves the lead's the live one.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from factcheck.splitter import lexicon
from factcheck.splitter.descriptions import (
    Bracket,
    asked_for,
    compound_title,
    kind_of,
    names_nothing,
    only_a_figure,
    the_ground_itself,
)
from factcheck.splitter.document import body_sentences
from factcheck.splitter.headline_acts import ACT_NOUNS, headline_act
from factcheck.splitter.tokens import SUBJECTS, is_year, subject_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from factcheck.splitter.document import Sentence

_LONGEST_NAME = 6  # tokens
_LONGEST_PHRASE = 16  # tokens: a longer mention is a clause, not a description to copy
_NAMED_AGENTS = frozenset({"ORG", "PERSON", "GPE", "NORP"})
_PHRASE_CUTS = frozenset({"relcl", "appos", "punct", "advcl", "ccomp", "conj", "cc", "parataxis"})
# `its` is never a person's: a name it stands for that the recognizer typed a person is a firm's
_OWNING_PRONOUNS = frozenset({"its", "their"})
_PAST_MARKS = frozenset({"year", "years", "ago", "decade", "decades"})
_PLACES = frozenset({"GPE", "LOC"})
_FIGURES = frozenset({"MONEY", "QUANTITY", "CARDINAL", "PERCENT"})
_PLACING_PREPOSITIONS = frozenset({"in", "across", "near", "at", "off"})
_QUALIFYING_DEPS = frozenset({"amod", "compound", "nmod", "nummod", "poss", "prep", "acl"})
_MANY_OF_ONE = lexicon.ONE_THING_PLURALS  # `a plan` ... `the plans` may be that one


@dataclass(frozen=True)
class LeadingThing:
    """One thing the lead introduced: the nouns a later sentence may call it by, the words
    that identify it, where it was told, and the words of its own mention (not another)."""

    nouns: frozenset[str]
    words: str
    sentence: int
    own: frozenset[int]  # token indices of the lead's mention (and of its name)
    name_sentence: int = -1
    name_tokens: frozenset[int] = frozenset()
    # an act's verbs: another act told with one of them is another thing of its kind
    verbs: frozenset[str] = frozenset()
    # its words name whom it is for or by (`... for households in X`), or what was done to it
    # (`tourists kidnapped by tribesmen in X`): more than an earlier mention's modifiers say
    held: bool = False
    # `air strikes`: a later `the strike` may be any one of them (`plans` may be one scheme)
    plural_of: str = ""
    singular: str = ""  # `a faint star`: a later `the stars` are not it (`the flames` may be)


@dataclass(frozen=True)
class LeadingThings:
    things: tuple[LeadingThing, ...]
    lead: int  # the index of the lead sentence; -1 without one

    def bracket(self, noun: Token, sentences: list[Sentence], index: int) -> Bracket | None:
        """`the storm` -> `[Cyclone Orla]`, when `noun` (with only `the` before it and nothing
        after it that says which) can mean one thing of the lead and the story told of no
        other of its kind before it. Words that go after an owner (`the planet's`) would part
        it from its `'s`, and are left out."""
        found = self._bracket(noun, sentences, index)
        owner = any(c.dep_ == "case" for c in noun.children)
        if found is not None and owner and not found.before:
            return None
        return found

    def _bracket(self, noun: Token, sentences: list[Sentence], index: int) -> Bracket | None:
        if self.lead < 0 or index <= self.lead or not _bare(noun) or the_ground_itself(noun):
            return None
        lemma = noun.lemma_.lower()
        candidates = [t for t in self.things if lemma in t.nouns]
        if len(candidates) != 1:
            return None
        thing = candidates[0]
        if thing.plural_of and noun.tag_ != "NNS":
            return None  # `air strikes` ... `the walkout`: which of them?
        if thing.singular == lemma and noun.tag_ == "NNS" and lemma not in _MANY_OF_ONE:
            return None  # `a planet` ... `the planets`: not it alone
        if lemma in lexicon.DATA_NOUNS and noun.tag_ != "NNS":
            return None  # `the figure` is one number, not the figures the lead cited
        kinds = thing.nouns | kind_of(noun)  # `an alternative blueprint` is another plan
        if any(_another_mention(thing, kinds, s, noun) for s in sentences[self.lead : index + 1]):
            return None
        # `the findings [of the trial of X]`; not `the results [reported by Acme]`
        if lemma in lexicon.STUDY_YIELDS and "study" in thing.nouns:
            return Bracket(f"of {thing.words}", thing.sentence, held=thing.held)
        same = f"the {noun.lower_} "
        if thing.words.lower().startswith(same):  # `the final [of the X Open]`, said once
            return Bracket(thing.words[len(same) :], thing.sentence, held=thing.held)
        before, found, after = f"{thing.words} ".partition(f" {noun.lower_} ")
        owned = "'" in before  # `the [Orbital's price] cuts` would not read
        if not found and _headed_by_its_noun(thing):
            return _said_of_another_noun(thing)
        if not found or before.lower() == "the" or owned or not before.lower().startswith("the "):
            return Bracket(thing.words, thing.sentence, held=thing.held)
        after = after.strip()
        # `the [hosepipe] ban [for households in X]`: the lead's words on either side
        modifiers = before.removeprefix("the ").removeprefix("The ")
        if not after:  # `the [hosepipe] ban`
            return Bracket(modifiers, thing.sentence, before=True, held=thing.held)
        return Bracket(after, thing.sentence, also_before=modifiers, held=thing.held)

    def introduced(self, noun: Token, since: int) -> bool:
        """The lead introduced a thing `noun` may mean, told before sentence `since`."""
        lemma = noun.lemma_.lower()
        if self.lead < 0 or not _bare(noun):
            return False  # `the protest ship`: its own words say which
        return any(lemma in t.nouns and t.sentence < since for t in self.things)


def _told_more_by(thing: LeadingThing, after: Sentence) -> LeadingThing:
    """`under plans approved by councillors.` then `The £38m scheme in Cwmderi will pump
    ...`: when the lead's words name nothing, the next sentence's definite mention that tells
    more of the thing (`_told_more_of`) and names it gives the words that say which."""
    if thing.name_sentence >= 0 or not names_nothing(thing.words):
        return thing
    mentions = [
        token
        for token in after.doc
        if token.pos_ == "NOUN"
        and token.dep_ != "compound"
        and token.lemma_.lower() in thing.nouns
        and token.i not in after.quoted
        and _told_more_of(token, thing, after)
    ]
    words = _phrase(mentions[0]) if len(mentions) == 1 else None
    if words is None or names_nothing(words):
        return thing
    kept = frozenset(_kept(mentions[0]) or ())
    return replace(thing, words=words, name_sentence=after.index, name_tokens=kept)


def _headed_by_its_noun(thing: LeadingThing) -> bool:
    """`the plans for X`: the words open with `the` and a plural a reporter uses for one thing
    (lexicon.ONE_THING_PLURALS), which would not read inside a singular noun's bracket."""
    words = thing.words.lower().split()
    if len(words) < 3 or words[0] != "the" or not words[1].endswith("s"):
        return False
    return words[1].removesuffix("s") in _MANY_OF_ONE


_SCOPING_WORDS = frozenset({"for", "of", "in", "at", "on", "to", "approved", "backed", "run"})


def _said_of_another_noun(thing: LeadingThing) -> Bracket | None:
    """`the project` for the lead's `the plans for one of the largest battery storage sites in
    X`: the words after the lead's own noun (`[for one of ... in X]`), when they say which by
    a name or a figure; the lead's noun itself would not read inside the bracket."""
    words = thing.words.split()
    rest = words[2:]
    if not rest or rest[0].lower() not in _SCOPING_WORDS:
        return None
    if names_nothing(" ".join(rest)):
        return None  # `approved by councillors`: which plans, it does not say
    return Bracket(" ".join(rest), thing.sentence, held=thing.held)


def read_leading_things(sentences: list[Sentence], title: str | None = None) -> LeadingThings:
    body = body_sentences(sentences)
    if not body:
        return LeadingThings((), -1)
    lead, after = body[0], body[1] if len(body) > 1 else None
    named = _named_things(lead, after)
    if after is not None and after.index == lead.index + 1:
        named = [_told_more_by(thing, after) for thing in named]
    things = [*named, *_act_things(lead), *_cited_figures(lead)]
    things += [*_plural_things(lead), *_one_of_things(lead), *_doers(lead)]
    things += _counted_parts(things, lead)
    if after is not None:  # `A star won her privacy case. Judge X ruled that ...`
        told = {n for t in things for n in t.nouns}
        things += [t for t in _act_things(after) if not t.nouns & told]
    things += _headline_things(sentences, title, things)
    return LeadingThings(tuple(things), lead.index)


def _headline_things(
    sentences: list[Sentence], title: str | None, things: list[LeadingThing]
) -> list[LeadingThing]:
    """`Museum to return 72 looted artefacts to Cameroon`: the decision (or scheme) the
    headline tells, for the nouns the lead's own things leave free: the body's words come
    first."""
    act = headline_act(sentences, title)
    if act is None:
        return []
    nouns = ACT_NOUNS - {n for t in things for n in t.nouns}
    if not nouns:
        return []
    verbs = frozenset({act.verb}) | lexicon.DECIDING_VERBS
    # one act: `the decisions` are not it, `the plans` may be (lexicon.ONE_THING_PLURALS)
    return [
        LeadingThing(frozenset({noun}), act.words, act.sentence, frozenset(), verbs=verbs,
                     singular=noun)
        for noun in sorted(nouns)
    ]  # fmt: skip


# --- what the lead introduces ------------------------------------------------------------------


def _cited_figures(lead: Sentence) -> list[LeadingThing]:
    """`The number of people out of work in the UK rose ..., official figures show`: the
    figures the lead cites (lexicon.DATA_NOUNS, plural) are on what the clause they report is
    about, when a name scopes it: `the figures [on the number of people out of work in the
    UK]`. A subject with no name (`Crime fell, according to official figures`) says no which."""
    found = []
    for token in lead.doc:
        if token.lemma_.lower() not in lexicon.DATA_NOUNS or token.tag_ != "NNS":
            continue
        if token.i in lead.quoted:
            continue
        clause = _reported_by_figures(token)
        subject = subject_of(clause) if clause is not None else None
        words = _named_scope(subject) if subject is not None else None
        if words is None:
            continue
        nouns = frozenset({token.lemma_.lower()})
        own = frozenset(t.i for t in token.subtree)
        found.append(LeadingThing(nouns, f"the {token.lower_} on {words}", lead.index, own))
    return found


def _reported_by_figures(figures: Token) -> Token | None:
    """The clause `figures show` (lexicon.FINDING_LEMMAS) or `according to figures` reports."""
    verb = figures.head
    if figures.dep_ == "nsubj" and verb.lemma_.lower() in lexicon.FINDING_LEMMAS:
        return next((c for c in verb.children if c.dep_ == "ccomp"), None)
    according = figures.head.head if figures.dep_ == "pobj" else None
    if according is None or according.lower_ != "according" or according.dep_ != "prep":
        return None
    clause = according.head
    return clause if clause.pos_ in ("VERB", "AUX") else None


def _named_scope(subject: Token) -> str | None:
    """`The number of people out of work in the UK`, `Overall crime in England and Wales`: a
    subject of common nouns with a place or body's name in it, short and with no clause."""
    if subject.pos_ != "NOUN" or subject.ent_type_:
        return None
    clauses = ("relcl", "acl", "appos", "advcl", "ccomp", "punct")
    cut = {w.i for t in subject.subtree if t.dep_ in clauses for w in t.subtree}
    kept = sorted({t.i for t in subject.subtree} - cut)  # `, the biggest rise for years,`
    if kept != list(range(kept[0], kept[-1] + 1)) or len(kept) > _LONGEST_PHRASE:
        return None
    words = [subject.doc[i] for i in kept]
    if any(t.pos_ == "PRON" for t in words):
        return None
    if not any(t.pos_ == "PROPN" and t.ent_type_ in _NAMED_AGENTS | _PLACES for t in words):
        return None
    first = words[0].text if words[0].pos_ == "PROPN" else words[0].lower_
    rest = subject.doc[words[0].i + 1 : words[-1].i + 1].text
    return f"{first} {rest}"


def _named_things(lead: Sentence, after: Sentence | None) -> list[LeadingThing]:
    """The lead's nouns of a family, each with a name (its own, or the one the next sentence
    gives a thing of the family) or the words of its mention that identify it."""
    found: list[LeadingThing] = []
    for token in lead.doc:
        if token.pos_ != "NOUN" or token.dep_ == "compound" or token.i in lead.quoted:
            continue
        family = _family(token.lemma_.lower()) or _own_family(token)
        if not family:
            continue
        lemma = token.lemma_.lower()
        if lemma in lexicon.PRICED_FAMILY_NOUNS and not _priced(token):
            continue  # `a new approach to crime`, `in a bid to cut costs`: no offer
        if lemma in lexicon.TESTING_NOUNS and _tested(token) is None:
            family = frozenset({lemma})  # `the trial of X` may be a court's: not `the study`
        name = _family_name(family, lead)
        if name is None and after is not None:
            name = _family_name(family, after, subject=True)
        own = frozenset(t.i for t in token.subtree)
        yields = lexicon.STUDY_YIELDS if "study" in family else frozenset()
        nouns = family | yields
        if name is not None:
            where, span = name
            words = " ".join(t.text for t in span)
            found.append(
                LeadingThing(
                    nouns, words, lead.index, own, where.index, frozenset(t.i for t in span)
                )
            )
            continue
        words = _mention_words(token, family)
        if words is not None:
            several = token.tag_ == "NNS" and lemma not in lexicon.ONE_THING_PLURALS
            plural_of = lemma if several else ""
            held = _introduced(token) and _holding_group(token) is not None
            singular = lemma if token.tag_ == "NN" else ""
            found.append(
                LeadingThing(
                    nouns, words, lead.index, own, plural_of=plural_of, held=held, singular=singular
                )
            )
    return found


def _plural_things(lead: Sentence) -> list[LeadingThing]:
    """`Five European tourists kidnapped by tribesmen in eastern Yemen`: a plural of no
    family that the lead brings in with no determiner (a count at most), and a clause or
    phrase after it with a place's or body's name that says which. A later `the tourists`
    are they: `The [European] tourists [kidnapped by tribesmen in eastern Yemen]`. With no
    name after it, a counted plural's words of kind say which: `sold 1,400 counterfeit car
    airbags` ... `the [counterfeit car] airbags`."""
    found = []
    for token in lead.doc:
        lemma = token.lemma_.lower()
        if token.tag_ != "NNS" or token.pos_ != "NOUN" or token.dep_ == "compound":
            continue
        if token.ent_type_ or token.i in lead.quoted or _family(lemma) or _named_elsewhere(lemma):
            continue
        if any(c.dep_ in ("det", "poss") for c in token.lefts):
            continue  # `the tourists`, `its workers`: told of before, or owned
        own = frozenset(t.i for t in token.subtree)
        kept = _kept(token)
        if kept is None or _phrase(token) is None or not _named_after(token, set(kept)):
            kinds = _counted_kind(token)
            if kinds:  # `sold 1,400 counterfeit car airbags` -> `the [counterfeit car] airbags`
                # (a name or an acronym keeps its capitals: `the [MOT] certificates`)
                words = " ".join([*(_as_in_a_phrase(t) for t in kinds), token.lower_])
                found.append(
                    LeadingThing(
                        frozenset({lemma}), f"the {words}", lead.index, own, plural_of=lemma
                    )
                )
            continue
        words = _uncounted(token.doc[kept[0] : kept[-1] + 1])
        found.append(
            LeadingThing(
                frozenset({lemma}), f"the {words}", lead.index, own, plural_of=lemma, held=True
            )
        )
    return found


def _counted_kind(noun: Token) -> list[Token]:
    """`1,400 counterfeit car airbags`: the words that tell the kind of a counted plural
    (adjectives and nouns before it, no name and no figure), when a count comes before them."""
    counted = any(  # `more than 1,400`, not a share (`nine in ten`)
        c.dep_ == "nummod" and c.like_num and not any(g.lower_ in ("in", "out") for g in c.children)
        for c in noun.lefts
    )
    modifiers = [c for c in noun.lefts if c.dep_ in ("amod", "compound")]
    if not counted or not modifiers or modifiers != list(noun.lefts)[-len(modifiers) :]:
        return []
    kinds = [t for m in modifiers for t in m.subtree]  # `wild bird`: `wild` hangs on `bird`
    if [t.i for t in kinds] != list(range(kinds[0].i, noun.i)):
        return []
    if any(t.ent_type_ or t.pos_ not in ("ADJ", "NOUN") or t.like_num for t in kinds):
        return []
    return kinds


def _uncounted(words: Span | list[Token]) -> str:
    """`Five European tourists kidnapped in X` -> `European tourists kidnapped in X`: how many
    there were is a figure of the lead, not the words that say which they are."""
    tokens = list(words)
    while tokens and (tokens[0].like_num or tokens[0].lower_ in ("a", "an", "the")):
        tokens = tokens[1:]
    if not tokens:
        return ""
    first = tokens[0].text if tokens[0].pos_ == "PROPN" or tokens[0].ent_type_ else tokens[0].lower_
    return "".join([first + tokens[0].whitespace_, *(t.text_with_ws for t in tokens[1:])]).strip()


def _named_elsewhere(lemma: str) -> bool:
    """An organisation's or a person's noun (their own stages name them), a time or a figure."""
    return (
        lemma in lexicon.ORGANISATION_KINDS
        or lemma in lexicon.ROLE_NOUNS
        or lemma in lexicon.SOMEONE_NOUNS
        or lemma in lexicon.DATA_NOUNS
        or lemma in lexicon.PERIOD_NOUNS
    )


def _named_after(token: Token, kept: set[int]) -> bool:
    """A clause or phrase after the noun, all in its kept words, holds a place's or a named
    body's name (`kidnapped by tribesmen in eastern Yemen`, `at the Acme plant`)."""
    for child in token.rights:
        if child.dep_ not in ("acl", "prep") or not {t.i for t in child.subtree} <= kept:
            continue
        if any(t.pos_ == "PROPN" and t.ent_type_ in _NAMED_AGENTS | _PLACES for t in child.subtree):
            return True
    return False


def _one_of_things(lead: Sentence) -> list[LeadingThing]:
    """`Astronomers have found one of the smallest planets yet seen, orbiting a faint star`:
    the one thing found is told apart by the verb that found it and the clause after the
    comma that says where it is (lexicon.WHEREABOUTS_VERBS): a later `the planet` is `the
    planet [found orbiting a faint star]`. A clause of what the finding did (`..., sparking
    hope`) says not which."""
    found = []
    for one in lead.doc:
        if one.lower_ != "one" or one.dep_ != "dobj" or one.i in lead.quoted:
            continue
        verb = one.head
        of = next((c for c in one.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        kinds = [c for c in of.children if c.dep_ == "pobj"] if of is not None else []
        if verb.tag_ not in ("VBD", "VBN") or len(kinds) != 1:
            continue
        kind = kinds[0]
        if kind.tag_ != "NNS" or kind.pos_ != "NOUN" or _named_elsewhere(kind.lemma_.lower()):
            continue
        clause = _whereabouts(one, verb)
        if clause is None:
            continue
        own = frozenset(range(one.i, clause[-1].i + 1))
        words = f"{verb.lower_} {clause.text}"
        nouns = frozenset({kind.lemma_.lower()})
        found.append(LeadingThing(nouns, words, lead.index, own, singular=kind.lemma_.lower()))
    return found


def _whereabouts(one: Token, verb: Token) -> Span | None:
    """The participle's clause after the first comma past `one`, hung on the finding verb or
    on a word between `one` and the comma (the parser may hang it on a verb inside the
    mention), short, and running to the sentence's end."""
    doc = one.doc
    comma = next((t for t in doc[one.i :] if t.text == ","), None)
    if comma is None or comma.i + 1 >= len(doc):
        return None
    participle = doc[comma.i + 1]
    if participle.tag_ not in ("VBG", "VBN"):
        return None
    if participle.lemma_.lower() not in lexicon.WHEREABOUTS_VERBS:
        return None
    if participle.head.i != verb.i and not one.i <= participle.head.i < comma.i:
        return None
    end = participle.right_edge.i + 1
    clause = doc[participle.i : end]
    if end < len(doc) and not all(t.is_punct for t in doc[end:]):
        return None
    if len(clause) > _LONGEST_PHRASE or any(t.is_punct or t.pos_ == "PRON" for t in clause):
        return None
    return clause


def _doers(lead: Sentence) -> list[LeadingThing]:
    """`Five tourists kidnapped by tribesmen in X have been freed`, `Thieves have stolen a
    gold ring`: the lead's act done to a thing (a participle's clause on it, a passive it is
    the subject of, or the object of the act); a later sentence calls its doers by the act's
    noun (lexicon.DOERS_OF_ACTS): `the kidnappers [of the five tourists]`, `the thieves [of
    the gold ring]`. Their number is that of the `by` phrase or the subject, when there is
    one."""
    found = []
    for verb in lead.doc:
        lemma = verb.lemma_.lower()
        nouns = frozenset(n for n, act in lexicon.DOERS_OF_ACTS.items() if act == lemma)
        if not nouns or verb.pos_ != "VERB" or verb.i in lead.quoted:
            continue
        if verb.dep_ == "acl" and verb.tag_ == "VBN":
            patient = verb.head
        elif _passive(verb):
            patient = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        else:
            patient = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if patient is None or patient.pos_ != "NOUN":
            continue
        words = _done_to(patient, verb)
        if words is None:
            continue
        agents = [c for c in verb.children if c.dep_ == "agent"]
        doers = [c for a in agents for c in a.children if c.dep_ == "pobj"]
        doers = doers or [c for c in verb.children if c.dep_ == "nsubj"]
        plural = bool(doers) and doers[0].tag_ == "NNS"
        single = bool(doers) and doers[0].tag_ == "NN"
        doer = next(iter(nouns))
        own = frozenset(t.i for d in doers[:1] for t in d.subtree)  # `Thieves` is not others
        found.append(
            LeadingThing(
                nouns,
                f"of {words}",
                lead.index,
                own,
                plural_of=doer if plural else "",
                singular=doer if single else "",
            )
        )
    return found


def _done_to(patient: Token, act: Token) -> str | None:
    """`the five European tourists`: the words of the one the act was done to, without the
    act's clause or any other; None when they are not one short run of plain words."""
    cut = {t.i for t in act.subtree} if act.head.i == patient.i else set()
    cut |= {w.i for c in patient.rights if c.dep_ in _PHRASE_CUTS | {"acl"} for w in c.subtree}
    kept = sorted({t.i for t in patient.subtree} - cut)
    if kept != list(range(kept[0], kept[-1] + 1)) or len(kept) > _LONGEST_NAME:
        return None
    words = [patient.doc[i] for i in kept]
    if any(t.is_punct or t.pos_ == "PRON" for t in words):
        return None
    if not any(t.pos_ == "PROPN" or t.ent_type_ in _NAMED_AGENTS | _PLACES for t in words):
        return None  # `the three men`: which men?
    text = _uncounted(words)
    return f"the {text}" if text else None


def _counted_parts(things: list[LeadingThing], lead: Sentence) -> list[LeadingThing]:
    """`a 22-turbine wind farm`: the things its count counts are the lead's thing's, `the
    turbines [of the wind farm ...]`, when the lead gave that thing words of its own; only a
    later plural means them all."""
    found = []
    for token in lead.doc:
        if token.tag_ != "NN" or token.dep_ not in ("compound", "amod", "nmod"):
            continue
        counts = [c for c in token.lefts if c.dep_ == "nummod" and c.like_num]
        hyphen = token.i > 0 and token.doc[token.i - 1].tag_ == "HYPH"
        if not counts or not hyphen or token.i in lead.quoted:
            continue
        holders = [t for t in things if token.head.i in t.own and t.words.startswith("the ")]
        if not holders:
            continue
        holder = min(holders, key=lambda t: len(t.own))
        lemma = token.lemma_.lower()
        if _named_elsewhere(lemma):
            continue  # `a two-year campaign`: a time, not parts of it
        # `of the wind farm on moorland in X`: how many is a figure, not which
        counted = token.doc[counts[0].i : token.i + 1].text
        words = holder.words.replace(f"{counted} ", "")
        found.append(
            LeadingThing(frozenset({lemma}), f"of {words}", lead.index, holder.own, plural_of=lemma)
        )
    return found


def _own_family(token: Token) -> frozenset[str]:
    """A noun of no family that the lead introduces (`a hosepipe ban`, `a second runway`):
    a later `the ban` is called by the noun itself. Never an organisation's or a person's
    noun (their own stages name them), a time, a figure, or a name's word."""
    lemma = token.lemma_.lower()
    if token.tag_ != "NN" or token.ent_type_ or not _introduced(token):
        return frozenset()
    return frozenset() if _named_elsewhere(lemma) else frozenset({lemma})


def _family(lemma: str) -> frozenset[str]:
    """The nouns of `lemma`'s family; a noun of two (`proposal`: a bid's, a scheme's) is
    called only by itself, never by a noun of one of them."""
    families = [f for f in lexicon.STORY_FAMILIES if lemma in f]
    return frozenset.intersection(*families) if families else frozenset()


def _priced(token: Token) -> bool:
    """`a £1.2bn approach`: a sum of money among the noun's modifiers; never one that says
    what it is for (`a bid to cut costs`)."""
    if any(c.dep_ in ("acl", "relcl") and c.tag_ == "VB" for c in token.rights):
        return False
    return any(t.ent_type_ == "MONEY" for c in token.lefts for t in c.subtree)


def _family_name(
    family: frozenset[str], sentence: Sentence, *, subject: bool = False
) -> tuple[Sentence, list[Token]] | None:
    """`Cyclone Orla`: the one proper name whose first word is a noun of the family, undated;
    with `subject`, only as the subject of the sentence's main clause (`Cyclone Orla made
    landfall`), which goes on with the lead's story (not `the worst since Cyclone Kiri`)."""
    names = []
    for token in sentence.doc:
        if token.lemma_.lower() not in family or token.i in sentence.quoted:
            continue
        head = token.head
        if token.dep_ == "compound" and token.tag_ == "NNP" and head.pos_ == "PROPN":
            names.append(list(sentence.doc[token.i : head.i + 1]))
    if len(names) != 1 or not all(t.pos_ == "PROPN" for t in names[0][1:]):
        return None
    head = names[0][-1]
    if _dated(head) or (subject and (head.dep_ != "nsubj" or head.head.dep_ != "ROOT")):
        return None
    return sentence, names[0]


def _mention_words(token: Token, family: frozenset[str]) -> str | None:
    """The lead's mention as a definite description that says which: `a £1.2bn takeover
    approach from X` -> `the £1.2bn takeover approach from X`; a study's mention with what it
    tested (`A new drug reduced deaths in a large trial` -> `the large trial of a new drug`).
    None when the words say nothing that tells it apart (`official figures`)."""
    words = _phrase(token)
    if words is None:
        return None
    tested = _tested(token) if "study" in family else None
    if tested is not None:
        tested_words = _phrase(tested)
        if tested_words is None:
            return None
        return f"{_definite(words, token)} of {tested_words}"
    if token.lemma_.lower() in lexicon.PLACE_TOLD_EVENTS and not _named(token):
        place = _one_place(token.doc) if _introduced(token) else None
        kind = token.doc[token.left_edge.i : token.i + 1].text  # `a forest fire`, not its clause
        return f"{_definite(kind, token)} {place}" if place else None
    if token.lemma_.lower() in lexicon.AGREEMENT_NOUNS and not _holds_a_name(token):
        parties = _parties(token) if _introduced(token) else None
        kind = token.doc[token.left_edge.i : token.i + 1].text  # `a deal`, not `worth £4m`
        return f"{_definite(kind, token)} {parties}" if parties else None
    # `a hosepipe ban` faced by `households in X`: whose it is says which, with or without
    # the words of the mention that tell its kind
    group = _holding_group(token) if _introduced(token) else None
    if group is not None:
        return f"{_definite(words, token)} {group}"
    return _definite(words, token) if _identifies(token) else None


def _introduced(token: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.lefts)


def _parties(token: Token) -> str | None:
    """`Acme and Beta have agreed to merge in a deal` -> `between Acme and Beta`: the two
    organisations the subject of the deal's clause names, and no one else."""
    verb = token.head.head if token.dep_ == "pobj" else token.head
    if token.dep_ not in ("pobj", "dobj") or verb.pos_ != "VERB":
        return None
    clauses = [verb, verb.head] if verb.dep_ in ("xcomp", "pcomp") else [verb]
    subject = next((c for v in clauses for c in v.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    named = next((c for c in subject.children if c.dep_ == "appos"), subject)
    roots = [named, *(c for c in named.children if c.dep_ == "conj")]
    entities = [e for e in token.doc.ents if e.root in roots]
    if len(roots) != 2 or len(entities) != 2 or any(e.label_ != "ORG" for e in entities):
        return None
    first, second = (e.text.removeprefix("the ") for e in entities)
    return f"between {first} and {second}"


def _one_place(doc: Doc) -> str | None:
    """`in central Portugal`: the one phrase that places something in the lead's one named
    place (places joined by `and` are one); None when the lead names two, or names one only
    as where someone comes from (`from Leeds`) or whose something is (`Kenya's agency`)."""
    phrases = set()
    for entity in doc.ents:
        if entity.label_ not in _PLACES or entity.root.pos_ != "PROPN":
            continue  # `hectares of woodland` typed a place
        root = entity.root
        while root.dep_ == "conj":
            root = root.head
        if root.dep_ != "pobj" or root.head.lower_ not in _PLACING_PREPOSITIONS:
            return None
        phrases.add(root.head.i)
    if len(phrases) != 1:
        return None
    words = list(doc[next(iter(phrases))].subtree)
    if len(words) > _LONGEST_NAME or any(t.is_punct or t.pos_ == "PRON" for t in words):
        return None
    return doc[words[0].i : words[-1].i + 1].text


def _holding_group(token: Token) -> str | None:
    """`Teachers in England and Wales are to hold a strike` -> `by teachers in England and
    Wales`: the subject of the holding verb the thing is the object of, when a name scopes it
    (a group of no name is no answer: `Teachers are to hold a strike`)."""
    verb = token.head
    lemma = verb.lemma_.lower()
    receiving = lemma in lexicon.RECEIVING_VERBS
    if token.dep_ != "dobj" or not (receiving or lemma in lexicon.HOLDING_VERBS):
        return None
    clauses = [verb, verb.head] if verb.dep_ == "xcomp" else [verb]
    # `Officers have been awarded a rise`: the one it was given to
    subjects = ("nsubj", "nsubjpass") if receiving else ("nsubj",)
    subject = next((c for v in clauses for c in v.children if c.dep_ in subjects), None)
    if subject is None or subject.pos_ != "NOUN":
        return None
    words = list(subject.subtree)
    if len(words) > _LONGEST_NAME + 3 or any(t.pos_ == "PRON" for t in words):
        return None
    if any(t.is_punct and t.tag_ != "HYPH" for t in words):  # `south-east` is one word
        return None
    if not any(t.pos_ == "PROPN" and t.ent_type_ in _NAMED_AGENTS | _PLACES for t in words):
        return None
    first = words[0].text if words[0].pos_ == "PROPN" else words[0].lower_
    rest = token.doc[words[0].i + 1 : words[-1].i + 1].text
    preposition = "for" if receiving else "by"  # `the ban for households in X`
    return f"{preposition} {first} {rest}" if rest else None


def _tested(token: Token) -> Token | None:
    """`A new drug reduced deaths in a large trial`: the thing whose effect the trial showed
    is the subject of the clause the trial is `in`."""
    if token.dep_ != "pobj" or token.head.lower_ != "in":
        return None
    verb = token.head.head
    if verb.pos_ != "VERB":
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN":
        return None
    return subject


def _identifies(token: Token) -> bool:
    """The mention carries a name, or a phrase that says whose or which it is (`from X`,
    `unveiled by the council`, `for its customers`)."""
    if _kept(token) is None:
        return False
    phrase = any(
        c.dep_ in ("prep", "acl") and _says_more_than_when(c) and not only_a_figure(c)
        for c in token.rights
    )  # `a pay rise of 2.5%` says how much, not whose
    return phrase or _named(token)


def _named(token: Token) -> bool:
    """The mention's words carry a name, or a named agent's verb takes it (`Acme announced
    price cuts`)."""
    return _holds_a_name(token) or (_kept(token) is not None and _agent(token) is not None)


def _holds_a_name(token: Token) -> bool:
    kept = _kept(token)
    doc = token.doc
    return kept is not None and any(
        (doc[i].pos_ == "PROPN" and doc[i].ent_type_ not in ("DATE", "TIME"))
        or doc[i].ent_type_ in _NAMED_AGENTS
        for i in kept
    )


def _says_more_than_when(phrase: Token) -> bool:
    """`unveiled by the council` says whose; `released on Wednesday` only when."""
    return any(
        t.pos_ in ("NOUN", "PROPN") and t.ent_type_ not in ("DATE", "TIME") for t in phrase.subtree
    )


def _kept(token: Token) -> list[int] | None:
    cut = {w.i for c in token.rights if c.dep_ == "prep" and only_a_figure(c) for w in c.subtree}
    if token.dep_ == "conj":  # `a ship and a ferry collided in fog`: the pair's verb, not its
        cut |= {w.i for c in token.rights if c.dep_ == "acl" for w in c.subtree}
    for t in token.subtree:
        if t.tag_ == "HYPH":
            continue  # `a one-day strike`: the hyphen is inside a word
        if t.i != token.i and t.dep_ in _PHRASE_CUTS and not _close_name(t):
            cut |= {w.i for w in t.subtree}
    kept = sorted({t.i for t in token.subtree} - cut)
    if kept != list(range(kept[0], kept[-1] + 1)) or len(kept) > _LONGEST_PHRASE:
        return None
    return kept


def _close_name(token: Token) -> bool:
    """`the US food group Pemberton Foods`: a name set beside its noun with no comma is part
    of the description."""
    return token.dep_ == "appos" and token.pos_ == "PROPN" and not _set_off(token)


def _phrase(token: Token) -> str | None:
    """The mention's words without its clauses and asides; None when they are not one short
    run, or hold a pronoun other than the owner's `its`/`their` (which `_definite` names)."""
    kept = _kept(token)
    if kept is None:
        return None
    doc = token.doc
    for i in kept:
        if doc[i].pos_ == "PRON" and not (doc[i].lower_ in _OWNING_PRONOUNS and _owner(doc[i])):
            return None
    words = ""
    for i in kept:
        owner = _owner(doc[i]) if doc[i].lower_ in _OWNING_PRONOUNS else None
        written = f"{owner}'s" if owner else doc[i].text
        words += written + (doc[i].whitespace_ if i != kept[-1] else "")
    first, _, rest = words.partition(" ")
    opening = doc[kept[0]]
    if first in ("A", "An", "The") or (opening.i == 0 and opening.pos_ != "PROPN"):
        words = f"{first.lower()} {rest}"  # it opened the sentence (`Plans for X`)
    return words.replace("s's ", "s' ")


def _owner(pronoun: Token) -> str | None:
    """`Acme is to close its factory`: `its` is the named subject of its clause."""
    verb = pronoun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    agent = _subject_name(verb)
    if agent is None:
        return None
    return agent.text.removeprefix("the ")


def _subject_name(verb: Token) -> Span | None:
    """The named agent of `verb`: its subject's entity, or that of the clause it completes
    (`Acme is to close`)."""
    for clause in (verb, verb.head):
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            continue
        ents = [e for e in verb.doc.ents if e.start <= subject.i < e.end]
        if ents and ents[0].label_ in _NAMED_AGENTS:
            return ents[0]
        return None
    return None


def _agent(token: Token) -> Span | None:
    """`Acme announced price cuts`: the named subject of the verb the mention is the object of."""
    if token.dep_ not in ("dobj", "pobj"):
        return None
    verb = token.head if token.dep_ == "dobj" else token.head.head
    return _subject_name(verb) if verb.pos_ == "VERB" else None


def _definite(words: str, token: Token) -> str:
    """`a £1.2bn approach` -> `the £1.2bn approach`; `price cuts` announced by Acme ->
    `Acme's price cuts`; `its plant` is already `Acme's plant`."""
    first, _, rest = words.partition(" ")
    if first.lower() in ("a", "an"):
        return f"the {rest}"
    if first.lower() in ("the", "this", "that", "these", "those") or first.endswith(("'s", "s'")):
        return words  # `this year's rise in GCSE results` is definite already
    agent = _agent(token)
    if agent is not None:
        return f"{agent.text.removeprefix('the ')}'s {words}".replace("s's ", "s' ")
    return f"the {words}"


def _act_things(sentence: Sentence) -> list[LeadingThing]:
    """`Acme is to close its factory in Leeds`: the closure, and the decision, of its main
    clause's act by a named agent (`the closure [of Acme's factory in Leeds]`); an act with
    no object is the agent's (`Judge X ruled that ...` -> `the ruling [by Judge X]`)."""
    found = []
    for verb in _main_verbs(sentence):
        lemma = verb.lemma_.lower()
        agent = _subject_name(verb)
        if verb.i in sentence.quoted:
            continue
        if _passive(verb):  # `X has been banned`: X is who it was done to, not who did it
            patient = lexicon.PATIENT_ACTS.get(lemma)
            # `Five European tourists ... have been freed`: a subject of no name says which
            # by the name in its words
            done_to = _agent_words(verb, agent.text) if agent is not None else _patient(verb)
            if patient is not None and done_to is not None:
                nouns, preposition = patient
                words = f"{preposition} {done_to}"  # `the ban [on X]`
                done = frozenset(v for v, (n, _) in lexicon.PATIENT_ACTS.items() if n & nouns)
                found.append(LeadingThing(nouns, words, sentence.index, frozenset(), verbs=done))
            subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
            done_words = _phrase(subject) if subject is not None and agent is None else None
            if lemma in lexicon.DECIDED_ACTS and done_words is not None:
                # `Plans for X have been approved` -> `the decision [to approve plans for X]`
                found.append(_decision(verb, done_words, sentence, frozenset({lemma})))
            continue
        target = next((c for c in verb.children if c.dep_ == "dobj"), None)
        planned = _planned(verb) and lemma not in lexicon.DECIDED_ACTS
        if planned and target is not None and (words := _phrase(target)) is not None:
            # `A council is to use compulsory purchase powers` -> `the plan [to use ...]`
            found.append(_decision(verb, words, sentence, frozenset({lemma}), plan=True))
            continue
        if agent is None:  # `A museum is to return 72 objects`: the decision, whoever took it
            words = _phrase(target) if target is not None else None
            if lemma in lexicon.DECIDED_ACTS and words is not None and verb.pos_ == "VERB":
                found.append(
                    _decision(verb, words, sentence, frozenset({lemma}), plan=_planned(verb))
                )
            continue
        if target is not None and _gives_out_figures(verb, target):
            by = f"{verb.text} by {_agent_words(verb, agent.text)}"  # `[reported by Acme]`
            found.append(
                LeadingThing(
                    lexicon.RESULTS_NOUNS, by, sentence.index, frozenset(), plural_of="figure"
                )
            )
        words = _phrase(target) if target is not None else None
        nouns = lexicon.NOMINALISED_ACTS.get(lemma, frozenset())
        # `shut a plant` is a closure as `close` is: another one of either is another closure
        verbs = frozenset({lemma, *(v for v, n in lexicon.NOMINALISED_ACTS.items() if n & nouns)})
        if target is None and nouns:
            # `The bridge will close`: what closes is what its subject names, not who closes it
            linked = "of" if lemma in _SELF_DONE_ACTS else "by"
            by = f"{linked} {_agent_words(verb, agent.text)}"
            found.append(LeadingThing(nouns, by, sentence.index, frozenset(), verbs=verbs))
        if words is None:
            continue
        place = _placing(verb, target) if target is not None else None
        if place is not None:  # `close its factory in Leeds`: the phrase is the verb's
            words = f"{words} {place}"
        if nouns:
            found.append(
                LeadingThing(nouns, f"of {words}", sentence.index, frozenset(), verbs=verbs)
            )
        if lemma in lexicon.DECIDED_ACTS:
            found.append(_decision(verb, words, sentence, verbs, plan=_planned(verb)))
    return found


def _planned(verb: Token) -> bool:
    """`X is to close Y`: an act the subject is to do, which a later `the plan` means."""
    return (
        verb.dep_ == "xcomp"
        and verb.head.lemma_ == "be"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )


def _decision(
    verb: Token, words: str, sentence: Sentence, verbs: frozenset[str], *, plan: bool = False
) -> LeadingThing:
    """`the decision [to close X]`: the lead's decided act, with what it was done to; an act
    it is to do is its plan as well (`the plan [to use compulsory purchase powers]`)."""
    decided = verbs | lexicon.DECIDING_VERBS | lexicon.DECIDED_ACTS
    decision = f"to {verb.lemma_} {words}"
    nouns = lexicon.DECISION_NOUNS | ({"plan"} if plan else set())
    return LeadingThing(frozenset(nouns), decision, sentence.index, frozenset(), verbs=decided)


def _gives_out_figures(verb: Token, target: Token) -> bool:
    """`Acme has reported a 14% rise in profits`: a body's own figures, given out (a past
    act of lexicon.RESULTS_VERBS whose object holds a sum or a share)."""
    if verb.lemma_.lower() not in lexicon.RESULTS_VERBS or verb.tag_ not in ("VBD", "VBN"):
        return False
    return any(t.ent_type_ in ("MONEY", "PERCENT") for t in target.subtree)


def _patient(verb: Token) -> str | None:
    """`Five European tourists kidnapped in X have been freed` -> `the European tourists`; a
    name the recognizer left untyped (`Harlow Water has been fined`) -> `Harlow Water`."""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is not None and subject.pos_ == "PROPN":  # `Harlow Water`, left untyped
        name = [t for t in subject.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
        return subject.doc[min([subject.i, *(t.i for t in name)]) : subject.i + 1].text
    return _done_to(subject, verb) if subject is not None and subject.pos_ == "NOUN" else None


def _passive(verb: Token) -> bool:
    clause = [verb, verb.head] if verb.dep_ == "xcomp" else [verb]
    return any(c.dep_ in ("auxpass", "nsubjpass") for v in clause for c in v.children)


def _agent_words(verb: Token, name: str) -> str:
    """`Mr Justice Harwood`: the subject's title and name, where the recognizer took only the
    name; the name alone when the subject says more."""
    subjects = [c for v in (verb, verb.head) for c in v.children if c.dep_ in SUBJECTS]
    if not subjects:
        return name.removeprefix("the ")
    words = list(subjects[0].subtree)
    if len(words) <= _LONGEST_NAME and all(t.pos_ == "PROPN" for t in words):
        return verb.doc[words[0].i : words[-1].i + 1].text
    return name.removeprefix("the ")


def _placing(verb: Token, target: Token) -> str | None:
    """`close its factory in Leeds`: a place phrase right after the object, which the parser
    hangs on the verb though it says where the object is."""
    after = target.right_edge.i + 1
    if after >= len(verb.doc):
        return None
    preposition = verb.doc[after]
    if preposition.head.i != verb.i or preposition.lower_ not in ("in", "at", "near"):
        return None
    place = [c for c in preposition.children if c.dep_ == "pobj"]
    if len(place) != 1 or place[0].ent_type_ not in ("GPE", "LOC", "FAC"):
        return None
    return verb.doc[preposition.i : place[0].right_edge.i + 1].text


def _main_verbs(sentence: Sentence) -> list[Token]:
    """The verbs of the sentence's main clause: its root, the verb an `is to` or a `has`
    completes, and a clause a reporting root (`..., officials say`) reports."""
    verbs = []
    for root in (t for t in sentence.doc if t.dep_ == "ROOT"):
        verbs.append(root)
        verbs += [c for c in root.children if c.dep_ in ("xcomp", "conj") and c.pos_ == "VERB"]
        if root.lemma_.lower() in lexicon.REPORTING_LEMMAS:
            reported = [c for c in root.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
            # `X is to close Y, the firm said`: the act an `is to` of the report completes
            verbs += [r for r in reported if r.pos_ == "VERB"]
            verbs += [
                c for r in reported for c in r.children if c.dep_ == "xcomp" and c.pos_ == "VERB"
            ]
    return verbs


# --- the test: a later `the N` and another thing of the family ---------------------------------


def _bare(noun: Token) -> bool:
    """`the storm`, `this runway`, `the £290m runway`: nothing before it or after it that says
    which, but `the` (or a singular `this`) and a sum or size, which says how big, not which."""
    lefts = list(noun.lefts)
    if noun.pos_ != "NOUN" or not lefts:
        return False
    determiner = lefts[0].lower_
    if determiner != "the" and not (determiner == "this" and noun.tag_ == "NN"):
        return False
    if len(lefts) > 1 and not _a_figure([w for t in lefts[1:] for w in t.subtree]):
        return False
    return not any(c.dep_ in _QUALIFYING_DEPS and not _set_off(c) for c in noun.rights)


def _a_figure(words: list[Token]) -> bool:
    """`£290m`, `32ft`: short modifiers that are a sum, a number or a size (its number and
    the sign or unit around it)."""
    figure = any(t.ent_type_ in _FIGURES or t.like_num or t.is_currency for t in words)
    units = all(t.pos_ in ("NUM", "SYM", "NOUN", "PUNCT") or t.is_currency for t in words)
    return figure and units and len(words) <= 4


def _another_mention(
    thing: LeadingThing, kinds: frozenset[str], sentence: Sentence, noun: Token
) -> bool:
    """The sentence tells of another thing of the family before `noun`: an undated one (`a
    higher offer`, `another storm`), or a definite one the lead's words do not describe (`the
    Leeds plant`)."""
    doc = sentence.doc
    for token in doc:
        if token.doc is noun.doc and token.i >= noun.i:
            break
        if sentence.index == thing.sentence and token.i in thing.own:
            continue
        if sentence.index == thing.name_sentence and token.i in thing.name_tokens:
            continue
        lemma = token.lemma_.lower()
        if token.pos_ == "VERB" and lemma in thing.verbs and sentence.index != thing.sentence:
            if _dated(token):
                continue  # `it closed a plant in 2004` is dated; `will close a plant` not
            undergone = _undergoer(token)
            if undergone is not None:  # `The Kelby warehouse will also close`: of itself
                if undergone.lower_ == "it" or _repeats(undergone, thing):
                    continue
                return True
            if not _done_by_an_agent(token) or _same_act(token, thing):
                continue  # `holders can buy a permit`; `voted in favour of the scheme`
            return True
        if token.pos_ not in ("NOUN", "PROPN") or lemma not in kinds:
            continue
        if token.dep_ == "compound" and compound_title(token) is None and token.tag_ != "NNP":
            continue  # `cyclone shelters`, `a storm surge`: the word names something else
        if token.dep_ == "attr":
            continue  # `This is a well-run trial`: says what it is, brings in none
        if _repeats(token, thing) or _told_more_of(token, thing, sentence):
            continue
        if _dated(token):
            continue  # `since a cyclone in 1991 killed ...`: plainly another, past one
        return True
    return False


_AGENT_PRONOUNS = frozenset({"it", "they", "we", "he", "she"})
# Acts whose subject, with no object, is what undergoes them (`the bridge will close`).
_SELF_DONE_ACTS = frozenset({"close", "shut", "merge"})


def _undergoer(verb: Token) -> Token | None:
    """The subject of an act that, with no object, it undergoes (`the warehouse will close`)."""
    if verb.lemma_.lower() not in _SELF_DONE_ACTS or any(c.dep_ == "dobj" for c in verb.children):
        return None
    return subject_of(verb)


def _done_by_an_agent(verb: Token) -> bool:
    """The act has a subject that can decide or act for a body: a name, an organisation's
    noun (`the council`), or a pronoun that may stand for one; not `Blue badge holders`."""
    subject = subject_of(verb) or (
        subject_of(verb.head) if verb.dep_ in ("xcomp", "conj") else None
    )
    if subject is None:
        return False
    lemma = subject.lemma_.lower()
    return (
        subject.pos_ == "PROPN"
        or subject.lower_ in _AGENT_PRONOUNS
        or lemma in lexicon.ORGANISATION_NOUNS
        or lemma in lexicon.ORGANISATION_TRADES
    )


def _same_act(verb: Token, thing: LeadingThing) -> bool:
    """The act is told of the lead's own thing: what it was done to or for shares a noun with
    the thing's words, or is of the same family (`voted in favour of the scheme` after
    `plans to build homes ... have been approved`)."""
    own = {w.strip(",.'").lower() for w in thing.words.split()}
    own |= {w[:-1] for w in own if w.endswith("s")}  # `plans`: a plan's
    subject = subject_of(verb)
    skipped = set(subject.subtree) if subject is not None else set()
    for token in verb.subtree:
        if token in skipped or token.pos_ != "NOUN":
            continue
        lemma = token.lemma_.lower()
        if lemma in own or _family(lemma) & own:
            return True
    return False


def _told_more_of(token: Token, thing: LeadingThing, sentence: Sentence) -> bool:
    """`Plans ... have been approved.` then `The £38m scheme in Cwmderi will pump water ...`:
    right after the lead, a definite mention of its family tells more of the lead's thing,
    unless a name set right on it differs from a place the lead gave (`its factory in Leeds`
    ... `The Bradford plant`), a word says it is another (`the other plant`) or it was only
    asked for (`demanded the release of ten prisoners`)."""
    if sentence.index != thing.sentence + 1:
        return False
    lefts = list(token.lefts)
    if not any(t.dep_ == "det" and t.lower_ == "the" for t in lefts):
        return False
    if any(t.lower_ in lexicon.OTHER_MODIFIERS for t in lefts) or asked_for(token):
        return False  # `had demanded the release of ten prisoners`: not yet the one done
    placed = any(word[:1].isupper() for word in thing.words.split()[1:])
    named = [t for t in lefts if t.dep_ in ("compound", "amod") and t.pos_ == "PROPN"]
    return not (placed and any(t.text not in thing.words for t in named))


def _repeats(token: Token, thing: LeadingThing) -> bool:
    """`the storm`, `its offer`, `this scheme`: a definite mention with nothing that tells it
    apart, or one whose words are all the lead's."""
    lefts = list(token.lefts)
    if any(t.lower_ in lexicon.OTHER_MODIFIERS for t in lefts):
        return False
    if token.tag_ == "NNP":  # `Cyclone Orla` again, not `Cyclone Kiri`
        return token.doc[token.i : token.head.i + 1].text == thing.words
    determiner = next((t for t in lefts if t.dep_ in ("det", "poss")), None)
    if determiner is None or determiner.lower_ in ("a", "an", "some", "any", "no"):
        return False
    qualifiers = [
        c
        for c in token.children
        if c.dep_ in _QUALIFYING_DEPS and c.i != determiner.i and not _set_off(c)
    ]
    if not qualifiers:
        return True
    own = set(thing.words.lower().replace("'s", " ").split())
    words = {t.lower_ for c in qualifiers for t in c.subtree} - {"the", "of", "'s"}
    return words <= own


def _set_off(modifier: Token) -> bool:
    """`The study, published in X, found`: a phrase between commas tells more of the thing,
    not which one it is."""
    before = modifier.left_edge.i - 1
    return modifier.i > modifier.head.i and before >= 0 and modifier.doc[before].text == ","


def _dated(token: Token) -> bool:
    """The mention or its clause is put in a past year (`a cyclone in 1991`, `ruled last
    year`, `two years ago`): plainly not the thing the story is about."""
    near = [*token.subtree] if token.pos_ == "VERB" else [*token.subtree, *token.head.children]
    words = {w for t in near for w in (t.subtree if t.i != token.i else [t])}
    return any(is_year(t.text) or _long_ago(t) for t in words)


def _long_ago(token: Token) -> bool:
    """`last year`, `two decades ago`; not `this year`, `next year`."""
    if token.ent_type_ != "DATE" or token.lower_ not in _PAST_MARKS:
        return False
    date = next(e for e in token.doc.ents if e.start <= token.i < e.end)
    return not any(t.lower_ in ("this", "next", "coming") for t in date)


def _as_in_a_phrase(word: Token) -> str:
    return word.text if word.pos_ == "PROPN" or word.text.isupper() else word.lower_
