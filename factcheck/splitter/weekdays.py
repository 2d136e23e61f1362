"""Which day a weekday (and which year a month) in a dated article means, read from the tense
of its clause.

"Lost on Saturday" is the last Saturday up to the article's date; "will play on Saturday" is
the next one after it; "between Wednesday and Friday last week" lies in the week before. When
the clause does not say which way to count (a present tense, an infinitive, a conditional), no
day is given: a wrong date is worse than none, so the claim keeps the article's word and asks.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from typing import TYPE_CHECKING

from factcheck.splitter.tokens import lasts_years

if TYPE_CHECKING:
    from spacy.tokens import Token

WEEKDAYS = {name.lower(): number for number, name in enumerate(calendar.day_name)}
MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
_MONTHS = frozenset(m.lower() for m in (*calendar.month_name[1:], *calendar.month_abbr[1:]))

_PAST, _PRESENT, _FUTURE = "past", "present", "future"
_FUTURE_MODALS = frozenset({"will", "shall", "'ll", "wo"})
# `is to close`, `is due to meet`, `plans to strike`, `is expected to rule`: a present verb of
# intent or schedule before an infinitive puts the infinitive's day ahead.
_SCHEDULING_HEADS = frozenset(
    {"be", "due", "plan", "intend", "expect", "set", "schedule", "go", "aim", "prepare"}
)
# `scheduled for Saturday`, `due on Thursday`: a participle or adjective that names a plan,
# which says nothing of whether its day has passed.
_SCHEDULE_WORDS = frozenset({"due", "schedule", "set", "plan", "expect", "slate", "timetable"})
# `declined to comment on Wednesday`, `failed to appear on Monday`: the infinitive happens (or
# fails to) when its verb does, so the day is read by that verb's tense.
_SAME_TIME_HEADS = frozenset(
    {"decline", "refuse", "fail", "manage", "try", "attempt", "begin", "start", "continue"}
)
_WEEK_STEPS = {"last": -1, "next": 1}
# Words that place an event before or after another, so the verb's tense is not the day's.
_RELATIVE_TO_EVENT = frozenset(
    {"ahead", "before", "after", "until", "till", "since", "prior", "following", "pending"}
)
# An event placed before a past one (`was jailed after a trial in January`) is past too.
_EARLIER_EVENT = frozenset({"after", "following", "since"})
_TEMPORAL_MARKS = frozenset({"when", "after", "before", "until", "once", "while", "as"})


def weekday_anchor(token: Token, published: date) -> date | None:
    """The day a weekday token means in an article written on `published`, or None when
    the clause does not decide it (or an explicit date stands beside it: see
    `dated_beside`). `last Friday` said on a Friday is a week back; a past clause's Friday
    said on a Friday is that same day, as news prose uses it."""
    number = WEEKDAYS.get(token.lower_)
    if number is None or dated_beside(token) or days_of_the_week(token):
        return None
    step = _modifier_step(token)
    if step is not None:
        return _in_week(published, number, step)
    own = {t.lower_ for t in (*_entity(token), *token.children) if t.i < token.i}
    back = (published.weekday() - number) % 7
    ahead = (number - published.weekday()) % 7
    if "last" in own:
        return published - timedelta(days=back or 7)
    if "next" in own:
        return published + timedelta(days=ahead or 7)
    time = clause_time(token)
    if time == _PAST or (time == _PRESENT and back == 0):
        return published - timedelta(days=back)  # `opens on Friday`, said on Friday: today
    if time == _FUTURE and ahead:  # `will meet on Friday` said on a Friday: today or next?
        return published + timedelta(days=ahead)
    return None


_PARTS_OF_DAY = frozenset({"morning", "afternoon", "evening", "night", "lunchtime"})
_RANGE_WORDS = frozenset({"to", "-", "–", "through", "till", "until"})


def days_of_the_week(token: Token) -> bool:
    """`open from Wednesday to Sunday`, `cheaper Tuesday tickets`: a weekday of every week (a
    range of opening days, or the modifier of a noun with no `a` or `the`), not one day to
    date; `Monday night` and `a Thursday visit` are."""
    head = token.head
    if token.dep_ in ("compound", "nmod", "amod") and head.pos_ == "NOUN":
        determined = any(c.dep_ in ("det", "poss") for c in head.children)
        return head.lower_ not in _PARTS_OF_DAY and not determined
    doc = token.doc
    for other in (doc[i] for i in range(max(0, token.i - 3), min(len(doc), token.i + 4))):
        if other.i == token.i or other.lower_ not in WEEKDAYS:
            continue
        between = doc[min(other.i, token.i) + 1 : max(other.i, token.i)]
        if any(t.lower_ in _RANGE_WORDS for t in between):
            return True
    return False


def month_year(token: Token, published: date) -> int | None:
    """The year of a month named without one (`in March`, `by the end of June`), read the
    same way: a past clause's March is the last one up to the article's month, a future
    clause's the next one after it; None when the clause does not say (or a day or year
    stands beside it: `2 March`, `March 2004`)."""
    month = MONTHS.get(token.lower_)
    if month is None or token.pos_ != "PROPN" or dated_beside(token):
        return None
    own = {t.lower_ for t in (*_entity(token), *token.children) if t.i < token.i}
    if own & _EVERY or _any_years(token):
        return None  # `held each July`: every year's, no one year's
    before = published.year if month <= published.month else published.year - 1
    after = published.year if month > published.month else published.year + 1
    if "last" in own:
        return before if month != published.month else published.year - 1
    if "next" in own:
        return after
    time = clause_time(token)
    if time == _PAST or (time == _PRESENT and month == published.month):
        return before
    if time == _FUTURE and month != published.month:
        return after
    return None


_NORMS = frozenset({"average", "normal", "norm", "usual", "typical"})


def _any_years(month: Token) -> bool:
    """`the average for mid-September`, `held in September for 12 years`: a month of no one
    year, the yardstick of a norm or the time of something done year after year."""
    preposition = month.head
    while preposition.dep_ in ("compound", "amod", "nmod") and preposition.head.i != preposition.i:
        preposition = preposition.head  # `mid-September`
    before = month.doc[preposition.i - 1] if preposition.i > 0 else None
    norm = preposition.head if preposition.dep_ == "prep" else None
    if any(t is not None and t.lemma_.lower() in _NORMS for t in (norm, before)):
        return True  # (the parser may hang `for mid-September` on the figure, not the norm)
    verb = next((a for a in month.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and lasts_years(verb)


# The months a season spans in the northern hemisphere, first and last. Winter straddles two
# years, so no one year is given for it.
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}


def season_year(token: Token, published: date) -> int | None:
    """The year of a season named without one (`last summer`, `this autumn`, `in the spring`):
    `this` is the article's year's; `last` the latest that has ended by the article's month;
    `next` the next that has not begun (None before this year's has begun: `next summer` in
    March may mean either). A bare one (`in the autumn`) gets none: unlike a month's, its
    clause's tense was wrong on a story that tells of years before."""
    span = SEASONS.get(token.lower_)
    if span is None or token.ent_type_ != "DATE" or dated_beside(token):
        return None
    first, last = span
    own = {t.lower_ for t in (*_entity(token), *token.children) if t.i < token.i}
    ended = published.month > last
    begun = published.month >= first
    if "this" in own:
        return published.year
    if "last" in own:
        return published.year if ended else published.year - 1
    if "next" in own:
        return published.year + 1 if begun else None
    return None  # `in the autumn` of a story told of long ago is no recent autumn


def names_a_date(token: Token) -> bool:
    """A word of a date expression; `Monday` in `on Monday night` too, which the recognizer
    calls a time."""
    return token.ent_type_ == "DATE" or (token.ent_type_ == "TIME" and token.lower_ in WEEKDAYS)


def dated_beside(token: Token) -> bool:
    """`Friday 17 June`, `Tuesday, 4 May 2004`: the weekday comes with its own date."""
    words = [t for t in _entity(token) if t.i != token.i]
    words += [c for c in token.children if c.dep_ in ("nummod", "appos", "npadvmod")]
    # `in February last year`: the year is said beside it, and anchored on its own (not `the
    # year to September`, which says no year)
    relative_year = any(t.lower_ == "year" for t in words) and any(
        t.lower_ in ("last", "this", "next", "previous") for t in words
    )
    return relative_year or any(t.like_num or t.lower_.rstrip(".") in _MONTHS for t in words)


def clause_time(token: Token) -> str | None:
    """Past, present or future: the time of the clause the word belongs to, or None when its
    verb does not say (an infinitive, a conditional, no verb at all)."""
    path: list[Token] = []
    for ancestor in token.ancestors:
        if _clause_word(ancestor):
            break
        path.append(ancestor)
    else:
        return None
    relative = {t.lower_ for t in path} & _RELATIVE_TO_EVENT
    if relative and relative <= _EARLIER_EVENT:  # `was jailed after a trial in January`
        return _PAST if _verb_time(ancestor) == _PAST else None
    if relative:
        return None  # `said on Tuesday ahead of his visit on Thursday`: the visit's own time
    if _a_things_span(path):
        return None  # `a ban until March`: when the ban runs, not when it was made
    if path and path[0].lower_ == "from" and _present_perfect(ancestor):
        return None  # `has issued a warning from Friday`: this Friday on, or since last
    time = _verb_time(ancestor)
    if time == _PRESENT and _temporal_clause_of_future(ancestor):
        return _FUTURE  # `will try ... when he visits Kyiv on Thursday`
    return time


def _present_perfect(verb: Token) -> bool:
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ == "VBN" and any(
        a.lemma_ == "have" and a.tag_ in ("VBZ", "VBP") for a in auxiliaries
    )


def _a_things_span(path: list[Token]) -> bool:
    """A time that opens or closes a noun's span (`a ban from Friday`, `a ban until March`):
    the verb's tense tells when the thing was made, not when its span runs."""
    return len(path) >= 2 and path[0].lower_ in ("from", "until", "till") and path[1].pos_ == "NOUN"


def _verb_time(verb: Token) -> str | None:
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxiliaries}
    if words & _FUTURE_MODALS:
        return _FUTURE
    if any(a.tag_ == "MD" for a in auxiliaries):
        return None  # `would strike`, `could close`: a condition, not a calendar
    if auxiliaries and all(a.tag_ == "VB" for a in auxiliaries):
        # `would create 900 jobs and be completed by September`: a bare `be` or `have` takes
        # its time from the verb it is joined to, or says none
        if verb.dep_ == "conj" and not _has_subject(verb):
            return _verb_time(verb.head)
        return None
    if "to" in words:
        return _infinitive_time(verb, words)
    if not auxiliaries and verb.dep_ == "conj" and not _has_subject(verb):
        return _verb_time(verb.head)  # `will be arrested and charged on Monday`
    if verb.lemma_.lower() in _SCHEDULE_WORDS and verb.tag_ in ("VBN", "JJ"):
        return None  # `the match, scheduled for Saturday`; `results were expected in March`
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxiliaries):
        return _PAST
    if any(a.tag_ in ("VBZ", "VBP") for a in auxiliaries):  # `has sold`, `is published`
        perfect = verb.tag_ == "VBN" and "have" in {a.lemma_ for a in auxiliaries}
        return _PAST if perfect else _PRESENT
    if verb.tag_ in ("VBZ", "VBP"):
        return _PRESENT
    if verb.tag_ == "VBN":  # `the deal, announced on Tuesday`
        return _PAST
    if verb.dep_ == "advcl" and verb.tag_ == "VBG":
        if verb.lemma_.lower() in _STARTING_VERBS:
            return None  # `has promised £1.5m a year, starting in April`: this April or last
        return _verb_time(verb.head)  # `Speaking on Monday, she said ...`
    return None


_EVERY = frozenset({"each", "every"})

# Participles that set when something promised or planned begins or ends, whatever the time of
# the verb they hang on.
_STARTING_VERBS = frozenset({"start", "begin", "commence", "end", "finish", "run", "last"})


def _temporal_clause_of_future(verb: Token) -> bool:
    """`when he visits on Thursday` under a future main clause is future too."""
    marked = any(
        c.dep_ in ("mark", "advmod") and c.lower_ in _TEMPORAL_MARKS for c in verb.children
    )
    return marked and verb.dep_ == "advcl" and _verb_time(verb.head) == _FUTURE


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _infinitive_time(verb: Token, auxiliaries: set[str]) -> str | None:
    """`is to close`, `plans to strike`: future when a present verb of schedule governs it;
    `was said to be ill on Monday`: the time of the passive verb that reports it; `is thought
    to have died on Sunday`: past, but `expects to have cleared it by March` is done by a
    March to come; `declined to comment on Monday`: the time of `declined`. Any other
    infinitive (`agreed to meet on Friday`) does not say."""
    governor = verb.head
    if "have" in auxiliaries:
        return _PAST if not _looks_ahead(verb) else _FUTURE
    if verb.dep_ != "xcomp" or governor is verb:
        return None
    if governor.lemma_.lower() in _SCHEDULING_HEADS:
        return _FUTURE if _verb_time(_finite(governor)) == _PRESENT else None
    if governor.lemma_.lower() in _SAME_TIME_HEADS or any(
        c.dep_ == "auxpass" for c in governor.children
    ):
        return _verb_time(governor)
    return None


def _looks_ahead(verb: Token) -> bool:
    """`We expect to have cleared`, `plans to have finished`: a perfect infinitive under a
    present, active verb of plan or expectation is done by a time still to come (not `is
    thought to have died`, whose passive reports the past)."""
    governor = verb.head
    if verb.dep_ != "xcomp" or governor is verb:
        return False
    if governor.lemma_.lower() not in _SCHEDULING_HEADS - {"be", "go"}:
        return False
    if any(c.dep_ == "auxpass" for c in governor.children):
        return False
    return _verb_time(_finite(governor)) == _PRESENT


def _finite(word: Token) -> Token:
    """`due` in `is due to meet` is read by the verb it complements (`is`)."""
    if word.pos_ in ("ADJ", "ADV") and word.dep_ == "acomp":
        return word.head
    return word


def _clause_word(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") or (token.lemma_.lower() == "due" and token.pos_ == "ADJ")


def _modifier_step(token: Token) -> int | None:
    """-1 for `Friday last week`, 1 for `Monday next week`, None when neither is named beside
    the day (`this week` leaves it to the tense)."""
    verb = next((a for a in token.ancestors if _clause_word(a)), None)
    near = [*_entity(token), *token.children, *(verb.children if verb is not None else ())]
    for week in (t for t in near if t.lower_ == "week"):
        for modifier in week.children:
            if modifier.lower_ in _WEEK_STEPS:
                return _WEEK_STEPS[modifier.lower_]
    return None


def _in_week(published: date, number: int, step: int) -> date:
    monday = published - timedelta(days=published.weekday())
    return monday + timedelta(days=7 * step + number)


def _entity(token: Token) -> list[Token]:
    """The date expression the recognizer put the token in."""
    doc = token.doc
    if token.ent_iob_ not in ("B", "I"):
        return [token]
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return list(doc[start:end])
