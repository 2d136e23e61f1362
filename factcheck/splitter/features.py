"""What a fact-checker reads a claim by, taken from its parse: the features both learned models
(check-worthiness and kind, see `checkworthiness.py`) are trained and run on.

`read(tokens)` takes the claim's tokens in spaCy's parse (a clause or a whole sentence of the
splitter's Doc, or a claim parsed on its own) and returns two kinds of feature:

- *structural* (`s:` names): numbers and units, named entities by type, comparatives and
  superlatives, tense and modality, reporting structure, negation, stance. Each keeps the
  words that triggered it, so a reason can quote them ("a number with a unit: 5.5%"). These
  carry over from debates to news: they describe how a claim is built, not what it is about.
- *words* (`w:` lemmas, `b:` lemma pairs): names, numbers and dates folded to their entity
  type, so the models learn "a person is named", never which person.
- *the parser's reading* (`v:0` ... `v:95`): the mean of the vectors the parser already
  computed for the claim's words in their sentence. Check-worthiness ranks unseen debates
  better with them (debate-grouped CV F1 at 0.5: 0.630 -> 0.641; debates held apart from
  training 0.612 -> 0.663), and news references' bands too (article-grouped CV, band within
  one 259 -> 265 of 286); the kind model is no better with them and leaves them out.

Pronouns are read from the parse: "US" tagged as a place is never the pronoun "us".
"""

from __future__ import annotations

import hashlib
import itertools
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from factcheck.splitter import lexicon
from factcheck.splitter.tokens import is_year

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Span, Token

FEATURE_VERSION = 13
"""Raised whenever `read` changes what it returns: the shipped models record it (see
`fingerprint`), and a test refuses a model trained on other features."""

STRUCTURE: dict[str, str] = {
    "s:percent": "a percentage",
    "s:money": "a sum of money",
    "s:quantity": "a measured quantity",
    "s:count": "a count of things",
    "s:number": "a number",
    "s:ordinal": "an ordinal",
    "s:date": "a date",
    "s:year": "a year",
    "s:time": "a time of day",
    "s:person": "a named person",
    "s:organisation": "a named organisation",
    "s:place": "a named place",
    "s:group": "a nationality or group",
    "s:law": "a named law",
    "s:named event": "a named event",
    "s:work": "a named product or work",
    "s:no name": "no name at all",
    "s:comparative": "a comparison",
    "s:than": "a comparison with than",
    "s:superlative": "a superlative",
    "s:ranked": "a ranking",
    "s:record": "a record",
    "s:change": "a change",
    "s:past": "past tense",
    "s:perfect": "present perfect",
    "s:present": "present tense",
    "s:future": "future",
    "s:possibility": "a possibility",
    "s:obligation": "a duty or advice",
    "s:conditional": "a condition",
    "s:negation": "a negation",
    "s:imperative": "an imperative",
    "s:question": "a question",
    "s:reported speech": "reported speech",
    "s:contested": "an accusation, denial or warning",
    "s:according to": "a cited source",
    "s:quotation": "a quotation",
    "s:first person": "the speaker's own view",
    "s:second person": "an address to the listener",
    "s:opinion verb": "a view or wish",
    "s:intention": "an intention",
    "s:evaluative": "a judgement",
    "s:judgement": "a quality ascribed",
    "s:intensifier": "an insistent adverb",
    "s:hedge": "a hedge",
    "s:cause": "a cause",
    "s:effect": "an effect",
    "s:plain effect": "an effect verb naming an event",
    "s:named subject": "a named actor",
    "s:pronoun subject": "a pronoun as subject",
    "s:short": "too few words to state a fact",
    "s:forecast": "a forecast",
    "s:proportion": "a proportion",
    "s:bare judgement": "a bare judgement",
    "s:insisted judgement": "an insisted judgement",
    "s:normative": "what ought to be",
    "s:vow": "a vow to go on",
    "s:main view": "a view or wish",
    "s:date ahead": "a date ahead",
}
"""Every structural feature with the words a reviewer reads it by."""

KIND_ONLY = frozenset(
    {"s:plain effect", "s:judgement", "s:intensifier", "x:reported judgement",
     "x:reported intensifier"}
)  # fmt: skip
"""Features only the kind model reads: the check-worthiness model is trained without them."""

RULE_ONLY = frozenset({"s:ranked", "s:main view", "s:date ahead"})
"""Features only the kind precedence rules read (`checkworthiness.KIND_PRECEDENCE`): neither
model weighs them (a ranking is also a superlative, a view of the claim's own clause a view
verb, a date ahead a forecast, which both models weigh). A kind model that read `s:main view`
in place of every view verb was no better by cross-validation (kind right 292-295 of 346
against 294) and, refitted, moved a dozen judgements of the made-up articles between opinion
and statement, more of them for the worse."""

_ENTITY_FEATURES = {
    "PERSON": "s:person",
    "ORG": "s:organisation",
    "GPE": "s:place",
    "LOC": "s:place",
    "FAC": "s:place",
    "NORP": "s:group",
    "LAW": "s:law",
    "EVENT": "s:named event",
    "PRODUCT": "s:work",
    "WORK_OF_ART": "s:work",
}
_AMOUNT_FEATURES = {
    "PERCENT": "s:percent",
    "MONEY": "s:money",
    "QUANTITY": "s:quantity",
    "ORDINAL": "s:ordinal",
    "DATE": "s:date",
    "TIME": "s:time",
}
SHOWN_EVIDENCE = 40
"""Longest quotation of a claim's words in a reason, in characters."""

_FOLDED_ENTITIES = {**_ENTITY_FEATURES, **_AMOUNT_FEATURES, "CARDINAL": "s:number"}

_FUTURE = frozenset({"will", "shall", "'ll", "wo"})
_POSSIBILITY = frozenset({"could", "might", "may", "would", "'d", "can"})
_OBLIGATION = frozenset({"should", "must", "ought"})
_OPINION_VERBS = frozenset(
    {"think", "believe", "feel", "hope", "want", "wish", "doubt", "guess", "suppose", "prefer",
     "love", "hate", "like", "fear", "trust"}
)  # fmt: skip
_INTENTION_VERBS = frozenset(
    {"plan", "intend", "aim", "seek", "try", "vow", "pledge", "promise", "hope", "want",
     "attempt", "mean"}
)  # fmt: skip
_REPORTING_VERBS = frozenset(
    {"say", "tell", "claim", "report", "announce", "state", "add", "insist", "argue", "accuse",
     "deny", "admit", "warn", "confirm", "reveal", "allege", "suggest", "explain", "estimate",
     "predict", "show", "find", "write", "note", "acknowledge", "declare"}
)  # fmt: skip
_CONTESTED_VERBS = frozenset(
    {"accuse", "deny", "allege", "claim", "admit", "warn", "threaten", "insist", "blame",
     "criticise", "criticize", "condemn", "dispute", "reject"}
)  # fmt: skip
_CHANGE_VERBS = frozenset(
    {"rise", "fall", "increase", "decrease", "grow", "drop", "double", "triple", "halve", "cut",
     "raise", "lower", "reduce", "decline", "climb", "jump", "surge", "soar", "slump", "plunge",
     "shrink", "expand", "ease", "slow", "gain", "lose", "lift", "boost", "slash", "tumble"}
)  # fmt: skip
_FIRST_PERSON = frozenset({"i", "we"})
_COPULAS = frozenset({"be", "seem", "appear", "look", "sound", "remain", "become", "prove", "feel"})
_WISH_VERBS = frozenset({"hope", "want", "wish"})
"""A wish is a view even when it is also an intention: "hopes to have 50 orders"."""
_VIEW_VERBS_WITH_CLAUSE = frozenset({"consider", "reckon"})
"""Verbs that state a view only with a clause: "Yukos considers that ...", not "will consider
plans"."""
_SHORT = 4


@dataclass
class Features:
    """Feature name -> value, and for structural features the words that triggered them."""

    values: dict[str, float] = field(default_factory=dict)
    evidence: dict[str, str] = field(default_factory=dict)
    vector: tuple[float, ...] = ()
    """The `v:` features in column order, kept apart from `values`: the scorer takes their
    weighted sum in one pass instead of 96 dictionary entries per claim."""

    def add(self, name: str, words: str = "", value: float = 1.0) -> None:
        self.values[name] = value
        if words and name not in self.evidence:
            self.evidence[name] = words

    def named_values(self) -> dict[str, float]:
        """Every feature by name, the `v:` columns included: what the models are trained on."""
        columns = zip(_vector_names(len(self.vector)), self.vector, strict=True)
        return {**self.values, **dict(columns)}

    def words_of(self, name: str) -> str:
        """The words that triggered a feature; for a reported one (`x:reported intensifier`),
        those of what was reported ("simply"); "" for words and vectors."""
        return self.evidence.get(name) or self.evidence.get(name.replace("x:reported ", "s:"), "")


def fingerprint() -> str:
    """A short hash of FEATURE_VERSION and every word list `read` matches: the shipped
    models store it, so a lexicon edit without a retrain is caught by a test."""
    lists = [
        _OPINION_VERBS, _INTENTION_VERBS, _REPORTING_VERBS, _CONTESTED_VERBS, _CHANGE_VERBS,
        lexicon.RECORD_PHRASES, lexicon.CAUSAL_CONNECTIVES, lexicon.EFFECT_VERBS,
        lexicon.HEDGES, lexicon.EVALUATIVE_WORDS, lexicon.CURRENCY_WORDS,
        lexicon.PREDICTION_PHRASES, lexicon.PERCENT_WORDS, _REPORTED_CONJUNCTIONS,
        lexicon.CONTESTED_REPORTING_VERBS, lexicon.PLAIN_EFFECT_VERBS, lexicon.INTENSIFIERS,
        lexicon.OPINION_PHRASES, _COPULAS, _WISH_VERBS, _VIEW_VERBS_WITH_CLAUSE,
        lexicon.EVALUATIVE_PREDICATES, lexicon.JUDGING_VERBS, lexicon.DEGREE_ADVERBS,
        lexicon.PERSISTENCE_VERBS, _NORMATIVE_PHRASES,
        _VAGUE_AMOUNTS, _BOUNDED_AMOUNTS, _SUBORDINATE_CLAUSES, _DATES_AHEAD,
    ]  # fmt: skip
    parts = [str(FEATURE_VERSION), *(repr(sorted(words)) for words in lists)]
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()[:16]


def read(tokens: Span | Sequence[Token], reporting_verb: str | None = None) -> Features:
    """The features of one claim (see the module docstring); never raises on odd text.

    `tokens` are the claim's own words in the parse, in order: a span, or the tokens of a
    clause that skips words of its sentence. `reporting_verb` is the verb that attributes the
    claim when its own words leave it out ("X said ..."): the only context read."""
    found = Features()
    words = [token for token in tokens if not token.is_space]
    if not words:
        found.add("s:no name")
        found.add("s:short")
        return found
    _entities(words, found)
    _numbers(words, found)
    _comparison(words, found)
    _verbs(words, found)
    _stance(words, found)
    _phrases(words, found)
    _main_view(words, found)
    _date_ahead(words, found)
    _plain_effect(words, found)
    _bare_judgement(words, found)
    _normative(words, found)
    _vow(words, found)
    if sum(1 for token in words if not token.is_punct) <= _SHORT:
        found.add("s:short")
    if reporting_verb:
        _attributed(reporting_verb, found)
    _reported(found)
    _words(words, found)
    _vectors(words, found)
    return found


def _attributed(verb: str, found: Features) -> None:
    """The claim is someone's speech even though its words leave the verb out; an accusation
    ("X accused Y of ...") whether or not the clause holds the verb."""
    found.add("s:reported speech", verb)
    if verb in lexicon.CONTESTED_REPORTING_VERBS:
        found.add("s:contested", verb)


def _entities(words: list[Token], found: Features) -> None:
    named = False
    for entity in _entities_among(words):
        feature = _ENTITY_FEATURES.get(entity.label_) or _AMOUNT_FEATURES.get(entity.label_)
        if feature:
            found.add(feature, entity.text)
            named = named or entity.label_ in _ENTITY_FEATURES
        if entity.label_ == "DATE" and any(is_year(token.text) for token in entity):
            found.add("s:year", entity.text)
    if not named:
        found.add("s:no name")


def _entities_among(words: list[Token]) -> list[Span]:
    """The entities that begin among `words`."""
    starts = {token.i for token in words if token.ent_iob_ == "B"}
    return [entity for entity in words[0].doc.ents if entity.start in starts]


def _numbers(words: list[Token], found: Features) -> None:
    for index, token in enumerate(words):
        if token.text in lexicon.CURRENCY_SYMBOLS:
            found.add("s:money", _phrase_from(words, index, 3))
        elif token.text == "%" or token.lower_ == "percent" or _per_cent(words, index):
            found.add("s:percent", _phrase_from(words, max(0, index - 1), 2 + index))
        if not _is_number(token) or token.ent_type_ in ("DATE", "TIME", "ORDINAL"):
            continue
        if token.ent_type_ in _ENTITY_FEATURES or _is_code(token.text):
            continue  # part of a name: "the 7E7", "an F-35", "Windows 95"
        head = token.head
        if is_year(token.text) and not (token.dep_ == "nummod" and head.i > token.i):
            found.add("s:year", token.text)  # "in 2024" read as a count, "in March [2024]"
            continue
        found.add("s:number", token.text)
        if token.dep_ == "nummod" and head.pos_ == "NOUN" and head.i > token.i:
            phrase = token.doc[token.i : head.i + 1].text
            if head.lower_ in lexicon.CURRENCY_WORDS:
                found.add("s:money", phrase)
            elif head.text != "%":
                found.add("s:count", phrase)


def _is_number(token: Token) -> bool:
    """Digits, or a number word the entity recognizer counts ("three medals"); not the "one"
    of "one of the biggest"."""
    if any(ch.isdigit() for ch in token.text):
        return True
    return token.like_num and token.ent_type_ == "CARDINAL" and token.lower_ != "one"


def _is_code(text: str) -> bool:
    """A model or product code ("7E7", "A350", "G8"): a letter before a digit, which no
    figure ("9bn", "1990s", "4th") has."""
    return any(a.isalpha() and b.isdigit() for a, b in itertools.pairwise(text))


def _phrase_from(words: list[Token], start: int, end: int) -> str:
    return "".join(token.text_with_ws for token in words[start:end]).strip()


def _per_cent(words: list[Token], index: int) -> bool:
    return (
        words[index].lower_ == "per"
        and index + 1 < len(words)
        and words[index + 1].lower_ == "cent"
    )


def _reports(verb: Token) -> bool:
    """A verb of saying with what was said: a clause ("said that ...") or an object."""
    return any(child.dep_ in ("ccomp", "dobj") for child in verb.children)


def _comparison(words: list[Token], found: Features) -> None:
    among = {token.i for token in words}
    for index, token in enumerate(words):
        if token.tag_ in ("JJR", "RBR"):
            bounded = token.lower_ in ("more", "less", "fewer") and _bounds_a_number(words, index)
            if not bounded:
                found.add("s:comparative", token.text)
        elif token.tag_ in ("JJS", "RBS") and token.lower_ not in ("most", "least"):
            found.add("s:superlative", token.text)
            if _ranks(token):
                found.add("s:ranked", token.text)
        elif (
            token.lower_ in ("most", "least")
            and token.dep_ == "advmod"
            and token.head.tag_ in ("JJ", "RB", "VBN", "NN")  # "most decorated", "most in-depth"
            and (token.lower_, token.head.lower_) != ("most", "likely")  # a hedge
            and token.head.i in among
        ):
            phrase = _phrase_from(words, index, _index_of(words, token.head) + 1)
            found.add("s:superlative", phrase)
            if _ranks(token.head) and not _judges(token.head):
                # "one of the most iconic companies" judges; "the best result since 1993" ranks
                found.add("s:ranked", phrase)
        if token.lower_ == "than" and not _bounds_a_number(words, index - 1):
            found.add("s:than", _phrase_from(words, max(0, index - 1), index + 2))
        if token.pos_ == "VERB" and token.lemma_.lower() in _CHANGE_VERBS:
            found.add("s:change", token.text)
        if _means(token):
            found.add("s:effect", token.text)


def _ranks(superlative: Token) -> bool:
    """The superlative is what the claim says of its subject ("is the largest economy", "one
    of the most decorated athletes", "grew fastest"), not a description of a thing the claim
    is about ("advertisers on the most popular service include ...")."""
    head = superlative.head if superlative.dep_ in ("amod", "advmod") else superlative
    if superlative.dep_ == "advmod" and head.pos_ in ("VERB", "AUX") and head.dep_ == "ROOT":
        return True  # "grew fastest"
    if head.dep_ == "ROOT":
        return True
    if head.dep_ in ("attr", "acomp"):
        return head.head.dep_ in ("ROOT", "ccomp", "xcomp", "conj")  # not "where they are most"
    of = head.head
    return head.dep_ == "pobj" and of.lower_ == "of" and of.head.lower_ == "one"


def _means(token: Token) -> bool:
    """ "A low exchange rate means exports are cheap": a consequence, unless a person means
    something ("what I mean is")."""
    return (
        token.lemma_.lower() == "mean"
        and token.pos_ in ("VERB", "AUX")
        and any(child.dep_ in ("ccomp", "dobj") for child in token.children)
        and not any(
            child.dep_ == "nsubj" and child.lower_ in _FIRST_PERSON | {"you", "he", "she", "they"}
            for child in token.children
        )
    )


def _index_of(words: list[Token], token: Token) -> int:
    return next(index for index, word in enumerate(words) if word.i == token.i)


_BOUNDED_AMOUNTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL"})
"""Entities "more than" bounds rather than compares: a duration, a sum, a share, a count."""


def _bounds_a_number(words: list[Token], index: int) -> bool:
    """ "more than 160,000", "more than $50 million": a bound on a number, which compares
    nothing."""
    window = words[index + 1 : index + 4]
    if (
        words[index].lower_ in ("more", "less", "fewer")
        and window[1:2]
        and window[0].lower_ == "than"
        and window[1].ent_type_ in _BOUNDED_AMOUNTS
    ):
        return True  # "for more than a year", "less than a third"
    if window[1:2] and window[1].text in lexicon.CURRENCY_SYMBOLS:
        window = window[:1] + window[2:]
    return len(window) >= 2 and window[0].lower_ == "than" and window[1].like_num


def _verbs(words: list[Token], found: Features) -> None:
    root = _root(words)
    among = {token.i for token in words}
    _tense(root, among, found)
    for token in words:
        lower, lemma = token.lower_, token.lemma_.lower()
        if token.tag_ == "MD" or lower in _FUTURE:
            if lower in _FUTURE:
                found.add("s:future", token.text)
            elif lower in _OBLIGATION:
                found.add("s:obligation", token.text)
            elif lower in _POSSIBILITY:
                found.add("s:possibility", token.text)
        if lemma in ("need", "have") and _next_is_to(token, among):
            found.add("s:obligation", f"{token.text} to")
        if lower == "going" and _next_is_to(token, among) and token.head.i == token.i:
            found.add("s:future", "going to")
        if token.dep_ == "neg":
            found.add("s:negation", token.text)
        if token.dep_ == "mark" and lower in ("if", "unless"):
            found.add("s:conditional", token.text)
        if token.pos_ == "VERB" and lemma in _REPORTING_VERBS and _reports(token):
            found.add("s:reported speech", token.text)
        if token.pos_ == "VERB" and lemma in _CONTESTED_VERBS:
            found.add("s:contested", token.text)
    if (
        root.tag_ == "VB"
        and root.i == words[0].i
        and not any(child.dep_ in ("nsubj", "aux") for child in root.children)
    ):
        found.add("s:imperative", root.text)
    if any(token.text == "?" for token in words[-3:]):  # a closing quote may follow it
        found.add("s:question", "?")
    subject = next(
        (c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i in among), None
    )
    if subject is not None:
        if subject.ent_type_ in _ENTITY_FEATURES:
            found.add("s:named subject", _entity_text(subject))
        elif subject.pos_ == "PRON" and subject.lower_ not in _FIRST_PERSON | {"you"}:
            found.add("s:pronoun subject", subject.text)


def _root(words: list[Token]) -> Token:
    """The word nearest the top of the parse among `words` (the first of equals), as
    `Span.root` reads a span."""
    # Only a word whose head lies outside `words` can be nearest the top: counting the
    # ancestors of every word was a tenth of the scoring time.
    among = {token.i for token in words}
    tops = [token for token in words if token.head.i not in among or token.head.i == token.i]
    if len(tops) == 1:
        return tops[0]
    return min(tops, key=lambda token: (sum(1 for _ in token.ancestors), token.i))


def _next_is_to(token: Token, among: set[int]) -> bool:
    return token.i + 1 in among and token.nbor(1).lower_ == "to"


def _entity_text(token: Token) -> str:
    for entity in token.doc.ents:
        if entity.start <= token.i < entity.end:
            return entity.text
    return token.text


def _tense(root: Token, among: set[int], found: Features) -> None:
    auxiliaries = [
        child for child in root.children if child.dep_ in ("aux", "auxpass") and child.i in among
    ]
    if any(aux.lower_ in _FUTURE for aux in auxiliaries):
        return  # read as future by _verbs
    if any(aux.lemma_ == "have" and aux.tag_ in ("VBP", "VBZ") for aux in auxiliaries):
        found.add("s:perfect", _verb_group(root, auxiliaries, among))
    elif root.tag_ == "VBD" or any(aux.tag_ == "VBD" for aux in auxiliaries):
        found.add("s:past", _verb_group(root, auxiliaries, among))
    elif root.tag_ in ("VBZ", "VBP") or any(aux.tag_ in ("VBZ", "VBP") for aux in auxiliaries):
        found.add("s:present", _verb_group(root, auxiliaries, among))


def _verb_group(root: Token, auxiliaries: list[Token], among: set[int]) -> str:
    """The verb with its auxiliaries as the claim writes them: "has never been put"."""
    first = min(token.i for token in [*auxiliaries, root])
    between = [root.doc[i] for i in range(first, root.i + 1) if i in among]
    return "".join(token.text_with_ws for token in between).strip()


_LEMMA_FIXES = {"hoped": "hope", "hopes": "hope", "hoping": "hope"}
"""Words the parser's lemmatizer gets wrong ("hoped" -> "hop"), which would hide a view."""


def _lemma(token: Token) -> str:
    return _LEMMA_FIXES.get(token.lower_) or token.lemma_.lower()


def _stance(words: list[Token], found: Features) -> None:
    for token in words:
        lemma = _lemma(token)
        if token.pos_ == "PRON" and token.dep_ in ("nsubj", "nsubjpass"):
            if token.lower_ in _FIRST_PERSON:
                found.add("s:first person", token.text)
            elif token.lower_ == "you":
                found.add("s:second person", token.text)
        if token.pos_ != "VERB":
            continue
        infinitive = any(child.dep_ == "xcomp" for child in token.children)
        if lemma in _INTENTION_VERBS and infinitive:
            found.add("s:intention", token.text)
            if lemma in _WISH_VERBS:
                found.add("s:opinion verb", token.text)
        elif lemma in _OPINION_VERBS or (
            lemma in _VIEW_VERBS_WITH_CLAUSE
            and any(child.dep_ == "ccomp" for child in token.children)
        ):
            found.add("s:opinion verb", token.text)
    for token in words:
        if token.pos_ in ("ADJ", "NOUN") and token.lower_ in lexicon.EVALUATIVE_WORDS:
            found.add("s:evaluative", token.text)
        if _ascribes_quality(token):
            found.add("s:judgement", _phrase_of(words, token))
        if _intensifies(token):
            found.add("s:intensifier", token.text)
        if token.text in ('"', "“", "”"):
            found.add("s:quotation", '"')


def _ascribes_quality(token: Token) -> bool:
    """An adjective said of the subject through a copula: "is simply not credible", "proved
    itself to be diligent" (not a comparison or a figure, which have features of their own)."""
    return (
        token.dep_ == "acomp"
        and token.pos_ == "ADJ"
        and token.tag_ == "JJ"
        and token.head.lemma_.lower() in _COPULAS
        and not token.like_num
    )


_VAGUE_AMOUNTS = frozenset({"few", "many", "much", "little"})


def _intensifies(token: Token) -> bool:
    """An adverb of degree or certainty modifying a word of the claim ("very diligent"); the
    ambiguous "so", "too" and "quite" only before an adjective or adverb."""
    if token.dep_ != "advmod" or token.lower_ not in lexicon.INTENSIFIERS:
        return False
    if token.head.lower_ in _VAGUE_AMOUNTS:
        return False  # "very few women", "too many bills": an amount, not insistence
    if token.lower_ in ("so", "too", "quite"):
        return token.head.pos_ in ("ADJ", "ADV")
    return token.head.pos_ in ("ADJ", "ADV", "VERB", "AUX")


def _phrase_of(words: list[Token], token: Token) -> str:
    """The adjective with its copula, as the claim writes them: "is simply not credible"."""
    if token.head.i not in {word.i for word in words}:
        return token.text
    start, end = sorted((_index_of(words, token.head), _index_of(words, token)))
    return _phrase_from(words, start, end + 1)


def _phrases(words: list[Token], found: Features) -> None:
    """Fixed phrases from the lexicon, matched over the lower-case words."""
    padded = " " + " ".join(token.lower_ for token in words) + " "
    scheduled = _scheduled(words)
    if scheduled:
        found.add("s:forecast", scheduled)
        padded = padded.replace(f" {scheduled} ", " ")
    for feature, phrases in (
        ("s:record", lexicon.RECORD_PHRASES),
        ("s:cause", lexicon.CAUSAL_CONNECTIVES),
        ("s:effect", lexicon.EFFECT_VERBS),
        ("s:hedge", lexicon.HEDGES),
        ("s:according to", ("according to",)),
        ("s:forecast", lexicon.PREDICTION_PHRASES),
        ("s:proportion", lexicon.PERCENT_WORDS),
        ("s:opinion verb", lexicon.OPINION_PHRASES),
    ):
        for phrase in phrases:
            if f" {phrase} " in padded:
                found.add(feature, phrase)
                break


_SUBORDINATE_CLAUSES = frozenset({"advcl", "relcl", "acl"})
"""Clauses that set the scene of a claim rather than state it: "when the builders hoped to use
it", "if it is thought there is a case", "a firm which wants to grow"."""


def _main_view(words: list[Token], found: Features) -> None:
    """`s:main view`: the view is what the claim states ("they believe the plan will fail",
    "in my view"), not the scene-setting of a clause within it ("the hall could open when the
    builders hoped to use it", "if it is thought there is a case, the league would act")."""
    if "s:opinion verb" not in found.values:
        return
    evidence = found.evidence.get("s:opinion verb", "")
    if evidence.lower() in lexicon.OPINION_PHRASES:
        found.add("s:main view", evidence)
        return
    among = {token.i for token in words}
    for token in words:
        if token.pos_ != "VERB" or not _states_a_view(token):
            continue
        scene = [token, *(a for a in token.ancestors if a.i in among)]
        if not any(_sets_the_scene(t) for t in scene):
            found.add("s:main view", token.text)
            return


def _sets_the_scene(clause: Token) -> bool:
    """A relative clause, or an adverbial one that a conjunction or a wh-word subordinates
    ("when ...", "if ..."): not a comma-spliced clause the parser hung on the next one ("we do
    not want a strike, we will not call one")."""
    if clause.dep_ != "advcl":
        return clause.dep_ in _SUBORDINATE_CLAUSES
    return any(
        child.dep_ == "mark" or (child.dep_ == "advmod" and child.tag_ == "WRB")
        for child in clause.children
    )


def _states_a_view(token: Token) -> bool:
    """The verbs `_stance` reads as a view or wish."""
    lemma = _lemma(token)
    if lemma in _WISH_VERBS:
        return True
    if lemma in _OPINION_VERBS:
        return not (lemma in _INTENTION_VERBS and any(c.dep_ == "xcomp" for c in token.children))
    return lemma in _VIEW_VERBS_WITH_CLAUSE and any(c.dep_ == "ccomp" for c in token.children)


_DATES_AHEAD = ("in the near future", "next week", "next month", "next year")
"""Forecast phrases that only date a thing ahead, unlike "expected to" or "likely to"."""


def _date_ahead(words: list[Token], found: Features) -> None:
    """`s:date ahead`: the claim's only sign of a forecast is a date ahead ("sold half its flour
    stock for next year"), which says nothing of when the claim's own verb happens."""
    if "s:forecast" not in found.values:
        return
    padded = " " + " ".join(token.lower_ for token in words) + " "
    forecasts = [p for p in lexicon.PREDICTION_PHRASES if f" {p} " in padded]
    dates = [p for p in forecasts if p in _DATES_AHEAD]
    if dates and len(dates) == len(forecasts) and not _scheduled(words):
        found.add("s:date ahead", dates[0])


def _plain_effect(words: list[Token], found: Features) -> None:
    """An effect read only from verbs that usually name a plain event ("has made an order") or
    from a denied consequence ("does not mean a hard landing"), with no stated cause: a sign
    that the claim is not causal after all."""
    if "s:effect" not in found.values or "s:cause" in found.values:
        return
    padded = " " + " ".join(token.lower_ for token in words) + " "
    causal_verbs = set(lexicon.EFFECT_VERBS) - lexicon.PLAIN_EFFECT_VERBS
    if any(f" {phrase} " in padded for phrase in causal_verbs):
        return
    if any(_means(token) and not _denied(token) for token in words):
        return
    found.add("s:plain effect", found.evidence.get("s:effect", ""))


_FIGURES = frozenset(
    {"s:percent", "s:money", "s:quantity", "s:count", "s:number", "s:comparative", "s:than",
     "s:proportion", "s:record"}
)  # fmt: skip
"""What makes a judgement measurable: a figure or a comparison."""


def _bare_judgement(words: list[Token], found: Features) -> None:
    """A judgement and nothing to check it by: an evaluative adjective or noun said of the
    subject through a copula ("was deeply disappointing", "was a victory for free
    expression", "has always been innocent"), with no figure or comparison in the claim and
    no named thing in the predicate (the subject may be named: the judgement is still a
    view). With an insistent adverb ("deeply", "certainly") also `s:insisted judgement`."""
    if _FIGURES & found.values.keys():
        return
    among = {token.i for token in words}
    for token in words:
        complement = _evaluative_complement(token)
        if complement is None or token.head.i not in among:
            continue
        if not _judged_outright(token.head, _root(words)):
            continue
        if any(word.ent_type_ in _ENTITY_FEATURES for word in complement.subtree):
            continue
        found.add("s:bare judgement", _phrase_of(words, token))
        insistent = [
            word.text for word in [*token.children, *token.head.children] if _intensifies(word)
        ]
        if insistent:
            found.add("s:insisted judgement", insistent[0])
        return
    _judged_by_degree(words, found)


def _named_outside_subject(verb: Token, among: set[int]) -> bool:
    return any(
        any(word.ent_type_ in _ENTITY_FEATURES for word in child.subtree)
        for child in verb.children
        if child.dep_ not in ("nsubj", "nsubjpass") and child.i in among
    )


_DATED = frozenset({"s:date", "s:year", "s:time"})


def _judged_by_degree(words: list[Token], found: Features) -> None:
    """A verb that judges how someone fared with an adverb of degree ("has benefited hugely
    from its workforce", "suffered terribly"), or a feeling the parser reads as a passive ("was
    disappointed by the ruling"), with nothing to measure it by: no date, and no named thing
    outside the subject ("suffered badly in the 2008 crash" can be checked)."""
    if _DATED & found.values.keys():
        return
    root = _root(words)
    among = {token.i for token in words}
    if root.pos_ != "VERB" or _named_outside_subject(root, among):
        return
    passive = [child for child in root.children if child.dep_ == "auxpass"]
    if passive and root.lower_ in lexicon.FEELING_WORDS:
        # the parser reads "was disappointed by the ruling" as a passive, not a copula
        found.add("s:bare judgement", f"{passive[0].text} {root.text}")
        insistent = [child.text for child in root.children if _intensifies(child)]
        if insistent:
            found.add("s:insisted judgement", insistent[0])
        return
    if root.lemma_.lower() not in lexicon.JUDGING_VERBS:
        return
    degree = [child for child in root.children if child.lower_ in lexicon.DEGREE_ADVERBS]
    if degree:
        found.add("s:bare judgement", f"{root.text} {degree[0].text}")
        found.add("s:insisted judgement", degree[0].text)


def _judged_outright(copula: Token, root: Token) -> bool:
    """The judgement is the whole claim, or a view or saying of it ("felt the timing was
    insensitive"); not a clause of an act ("warned that an invasion would be unwise": the
    warning is a fact to check) nor one part of a longer claim."""
    head = copula
    while head.i != root.i:
        if head.dep_ not in ("ccomp", "conj") or head.head.i == head.i:
            return False
        head = head.head
        if head.lemma_.lower() not in _OPINION_VERBS | _COPULAS | {"say", "tell", "add"}:
            return False
    return True


def _evaluative_complement(token: Token) -> Token | None:
    """`token` if it is the complement of a copula that judges: an evaluative adjective
    ("is robust") or an evaluative noun, or a noun an evaluative adjective qualifies ("was a
    victory", "is a remarkable achievement")."""
    if token.head.lemma_.lower() not in _COPULAS or token.like_num:
        return None
    if token.dep_ == "acomp" and (token.pos_ == "ADJ" or token.lower_ in lexicon.FEELING_WORDS):
        # a feeling may be parsed as a participle: "was deeply disappointed by the ruling"
        return token if _judges(token) else None
    if token.dep_ == "attr" and token.pos_ == "NOUN":
        qualified = any(child.dep_ == "amod" and _judges(child) for child in token.children)
        return token if _judges(token) or qualified else None
    return None


def _judges(token: Token) -> bool:
    return (
        token.lower_ in lexicon.EVALUATIVE_PREDICATES
        or token.lemma_.lower() in lexicon.EVALUATIVE_PREDICATES
    )


_NORMATIVE_PHRASES = ("it is time", "it's time", "it was time", "it is high time")


def _normative(words: list[Token], found: Features) -> None:
    """What ought to be, not what is: "should", "must" or "ought to" with no figure in the
    claim ("any company should look carefully at ..."), or "it is time ..."."""
    padded = " " + " ".join(token.lower_ for token in words) + " "
    phrase = next((p for p in _NORMATIVE_PHRASES if f" {p} " in padded), None)
    if phrase:
        found.add("s:normative", phrase)
        return
    if _FIGURES & found.values.keys():
        return
    for token in words:
        if (
            token.tag_ == "MD"
            and token.lower_ in _OBLIGATION
            and token.head.pos_ in ("VERB", "AUX")
        ):
            found.add("s:normative", f"{token.text} {token.head.text}")
            return


def _vow(words: list[Token], found: Features) -> None:
    """A vow to go on: "would continue to make every lawful move", "will keep fighting"."""
    for token in words:
        if token.lemma_.lower() not in lexicon.PERSISTENCE_VERBS or token.pos_ != "VERB":
            continue
        modal = [
            child
            for child in token.children
            if child.dep_ == "aux" and child.lower_ in _FUTURE | {"would", "'d"}
        ]
        goes_on = any(child.dep_ == "xcomp" for child in token.children)
        if modal and goes_on:
            found.add("s:vow", f"{modal[0].text} {token.text}")
            return


def _denied(token: Token) -> bool:
    return any(child.dep_ == "neg" for child in token.children)


def _scheduled(words: list[Token]) -> str:
    """ "due to face trial": a schedule, not a cause ("due to rain"); the phrase or ""."""
    for first, second, verb in zip(words, words[1:], words[2:], strict=False):
        if (first.lower_, second.lower_) == ("due", "to") and verb.tag_ == "VB":
            return f"due to {verb.lower_}"
    return ""


_REPORTED_CONJUNCTIONS = frozenset(
    {"s:opinion verb", "s:obligation", "s:possibility", "s:evaluative", "s:future",
     "s:forecast", "s:negation", "s:number", "s:percent", "s:money", "s:comparative",
     "s:superlative", "s:effect", "s:cause", "s:first person", "s:quotation", "s:change",
     "s:judgement", "s:intensifier", "s:bare judgement", "s:normative", "s:vow"}
)  # fmt: skip
"""What is said matters as much as that it is said: "X said prices rose 3%" is a quantity,
"X said the plan should change" an opinion. A linear model cannot see such pairs alone."""


def _reported(found: Features) -> None:
    if "s:reported speech" not in found.values and "s:according to" not in found.values:
        return
    for name in sorted(_REPORTED_CONJUNCTIONS & found.values.keys()):
        found.values["x:reported " + name[2:]] = 1.0


def _words(words: list[Token], found: Features) -> None:
    """`w:` lemmas and `b:` lemma pairs, names and amounts folded to their entity type."""
    folded: list[str] = []
    written: list[str] = []  # each folded word as the claim writes it, for the reasons
    for token in words:
        if token.is_punct and token.text != "?":
            continue
        entity = _FOLDED_ENTITIES.get(token.ent_type_)
        if entity:
            word = "<" + token.ent_type_ + ">"
            if token.ent_iob_ == "I" and folded and folded[-1] == word:
                continue
        elif token.like_num or any(ch.isdigit() for ch in token.text):
            word = "<num>"
        else:
            word = _lemma(token)
        folded.append(word)
        written.append(token.lower_)
    for word, text in zip(folded, written, strict=True):
        found.values["w:" + word] = 1.0
        if not word.startswith("<"):  # `better` is read as the lemma `well`: show `better`
            found.evidence.setdefault("w:" + word, text)
    pairs = zip(["<s>", *folded], [*folded, "</s>"], ["", *written], [*written, ""], strict=True)
    for first, second, first_text, second_text in pairs:
        found.values[f"b:{first} {second}"] = 1.0
        if not (first + second).count("<"):
            found.evidence.setdefault(f"b:{first} {second}", f"{first_text} {second_text}")


def _vectors(words: list[Token], found: Features) -> None:
    """`v:` features: the mean over the claim's words of the vectors the parser computed for
    each word in its sentence (spaCy's tok2vec layer, `Doc.tensor`), which read a word by its
    spelling and its neighbours. Nothing is computed again: the parse already holds them."""
    tensor = words[0].doc.tensor
    if len(tensor) == 0:
        return
    mean = tensor[[token.i for token in words]].mean(axis=0)
    found.vector = tuple(mean.astype("float64").round(4).tolist())


@cache
def _vector_names(width: int) -> tuple[str, ...]:
    return tuple(f"v:{column}" for column in range(width))


def word_feature(name: str) -> bool:
    """Whether a feature names the claim's words (`w:`, `b:`): those the models weigh less,
    since they learn the training text's topics."""
    return name[:2] in ("w:", "b:")


VECTOR_READING = "v:"
"""The name the `v:` features are reported under together: one alone means nothing to a
reviewer."""


def structural(name: str) -> bool:
    """Whether a feature describes how the claim is built (`s:`, `x:`), not its words."""
    return name[:2] in ("s:", "x:")


def describe(name: str, evidence: str = "") -> str:
    """A feature as a reviewer reads it: `s:percent` -> `a percentage: 5.5%`,
    `x:reported percent` -> `reported: a percentage`, `w:<GPE>` -> `"(a place)"`."""
    family = name[:2]
    if family == VECTOR_READING:
        return "the wording as a whole"
    if family == "s:":
        label = STRUCTURE.get(name, name[2:])
        if len(evidence) > SHOWN_EVIDENCE:
            evidence = evidence[: SHOWN_EVIDENCE - 1] + "…"
        return f"{label}: {evidence}" if evidence else label
    if family == "x:":
        return "reported: " + describe("s:" + name.removeprefix("x:reported "), evidence)
    words = evidence or name[2:].replace("<s> ", "").replace(" </s>", "")
    for placeholder, meaning in _PLACEHOLDER_WORDS.items():
        words = words.replace(placeholder, meaning)
    return f'"{words}"'


_PLACEHOLDER_WORDS = {
    "<PERSON>": "(a person)",
    "<ORG>": "(an organisation)",
    "<GPE>": "(a place)",
    "<LOC>": "(a place)",
    "<FAC>": "(a place)",
    "<NORP>": "(a group)",
    "<LAW>": "(a law)",
    "<EVENT>": "(an event)",
    "<PRODUCT>": "(a product)",
    "<WORK_OF_ART>": "(a work)",
    "<PERCENT>": "(a percentage)",
    "<MONEY>": "(a sum)",
    "<QUANTITY>": "(a quantity)",
    "<ORDINAL>": "(an ordinal)",
    "<DATE>": "(a date)",
    "<TIME>": "(a time)",
    "<CARDINAL>": "(a number)",
    "<num>": "(a number)",
}
