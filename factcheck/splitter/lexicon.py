"""Every word list the claim splitter uses, in one place.

A desk tuning the splitter to its house style edits this file only. The lists are plain
frozensets/tuples of lower-case words or phrases; the stages that use them say how they match.
"""

from __future__ import annotations

# ============================================================================================
# Structure: sentences, attribution, decomposition, decontextualization (stages 2-5).
# Reporting verbs, attribution phrases, role nouns, pronouns, conjunctions.
# ============================================================================================


# (end of the structure section)
#
#
#
#
# ============================================================================================
# Typing and check-worthiness (stage 6).
# Hedges, opinion and intention verbs, comparatives and superlatives, causal connectives,
# prediction cues, units and quantity words.
# ============================================================================================

# Opinion, hope and belief verbs: the speaker's state of mind, not a checkable fact.
OPINION_VERBS: frozenset[str] = frozenset(
    {
        "hope", "hopes", "hoped", "hoping",
        "want", "wants", "wanted", "wanting",
        "wish", "wishes", "wished",
        "believe", "believes", "believed",
        "think", "thinks",
        "feel", "feels",
        "doubt", "doubts",
        "prefer", "prefers",
        "love", "hate", "suppose", "guess",
    }
)  # fmt: skip

# Duty and advice: what ought to be, which no record can confirm.
OBLIGATION_WORDS: frozenset[str] = frozenset(
    {"should", "shouldn't", "must", "mustn't", "ought", "cannot", "can't"}
)

# Intentions and attempts: what someone means to do. Stays in band none.
INTENTION_PHRASES: tuple[str, ...] = (
    "intend to", "intends to", "intended to",
    "aim to", "aims to", "seek to", "seeks to", "seeking to",
    "try to", "tries to", "trying to", "will try", "in a bid to", "in an effort to",
    "plan to", "plans to", "planned to", "planning to", "hope to", "hopes to",
    "will work with", "would work with", "will work to", "would work to", "vowed to",
    "promised to", "pledged to",
    "determined to", "would like to", "is willing to", "are willing to",
    "i will", "we will", "i'll", "we'll", "i'm going to", "we're going to",
    "i would", "we would", "i'd", "we'd",
)  # fmt: skip

# Phrases that mark a whole claim as the speaker's view.
OPINION_PHRASES: tuple[str, ...] = (
    "in my opinion", "in my view", "i am sure", "i'm sure", "i am convinced",
    "it is time", "it's time", "let's", "let us", "need to", "needs to", "we have to",
    "i have to", "we've got to", "you have to", "no other choice", "no choice",
    "no alternative", "well on track",
)  # fmt: skip

# Value judgements. A judgement about no named thing and no number ("this is not a good
# sign") is an opinion; with named entities ("the deal was an important step for X") it stays
# a checkable characterisation.
EVALUATIVE_WORDS: frozenset[str] = frozenset(
    {
        "good", "bad", "great", "terrible", "awful", "wonderful", "excellent", "horrible",
        "wrong", "unfair", "fair", "shameful", "disgraceful", "ridiculous", "outrageous",
        "unacceptable", "acceptable", "dangerous", "omen", "disaster", "tragedy", "tragic",
        "beautiful", "nice", "sad", "happy", "proud", "amazing", "incredible", "stupid",
        "foolish", "wise", "unwise", "best", "worst", "sign", "robust", "painful",
        "disappointing", "victory", "legitimate", "illegitimate", "reasonable",
        "unreasonable", "important", "crucial", "vital", "historic", "welcome",
    }
)  # fmt: skip

# Prediction cues: the claim is about the future (checkable later, or as a forecast).
PREDICTION_WORDS: frozenset[str] = frozenset(
    {"will", "won't", "shall", "would", "wouldn't", "could", "may", "might", "'ll"}
)
PREDICTION_PHRASES: tuple[str, ...] = (
    "going to", "expected to", "expect", "expects", "expects to", "is set to", "are set to",
    "scheduled to", "due to visit", "forecast",
    "projected to", "on track to", "likely to", "in the near future", "next week",
    "next month", "next year", "heading to", "poised to", "about to",
)  # fmt: skip

# Causal connectives: they join a reason to a claim ("because", "due to"). Common in speech, so
# they make a claim causal without making it urgent.
CAUSAL_CONNECTIVES: tuple[str, ...] = (
    "because", "as a result", "due to", "owing to", "thanks to", "therefore", "so that",
)  # fmt: skip

# Verbs of effect: one thing changed another ("led to", "lowers", "allowed"). A claim of effect
# is what a desk checks first, so these keep a claim at band medium or above.
EFFECT_VERBS: tuple[str, ...] = (
    "led to", "lead to", "leads to", "leading to", "caused", "causes", "cause of", "causing",
    "allowed", "allows", "allowing", "enabled", "enables", "resulted in", "results in",
    "result of", "contributed to", "contributes to", "triggered", "triggers", "prevented",
    "prevents", "linked to", "responsible for", "blamed", "helped", "helps",
    "raises the risk", "increases the risk", "reduces the risk", "lowered the risk",
    "cut the risk", "cuts the risk",
    "driven by", "fueled by", "fuelled by", "boosted", "hurt", "killed", "saved", "lowers",
    "lowered", "reduces", "reduced", "improves", "improved", "worsens", "worsened",
    "protects against", "has made", "have made", "had made", "makes it", "made it",
)  # fmt: skip

# Comparatives and superlatives, and phrases that compare across time.
COMPARATIVE_WORDS: frozenset[str] = frozenset(
    {
        "better", "worse", "more", "less", "fewer", "higher", "lower", "bigger", "smaller",
        "larger", "greater", "faster", "slower", "stronger", "weaker", "cheaper", "richer",
        "poorer", "older", "younger", "shorter", "outnumber",
        "doubled", "tripled", "halved", "exceeds", "exceeded", "surpassed", "overtook",
    }
)  # fmt: skip
SUPERLATIVE_WORDS: frozenset[str] = frozenset(
    {
        "best", "worst", "most", "least", "highest", "lowest", "biggest", "smallest",
        "largest", "greatest", "fastest", "slowest", "strongest", "weakest", "cheapest",
        "richest", "poorest", "oldest", "youngest", "longest", "shortest", "record",
        "unprecedented", "all-time",
    }
)  # fmt: skip
COMPARISON_PHRASES: tuple[str, ...] = (
    "at any point in history", "in history", "ever recorded", "on record", "than ever",
    "compared with", "compared to", "twice as", "three times", "as many as", "as much as",
    "the first time", "for the first time", "since records began", "in decades",
    "in a generation", "more than", "less than", "fewer than",
)  # fmt: skip

# Quantity words: scales, units, currencies, number words.
NUMBER_WORDS: frozenset[str] = frozenset(
    {
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety", "hundred", "hundreds", "thousand", "thousands", "million",
        "millions", "billion", "billions", "trillion", "trillions", "dozen", "dozens",
        "half", "third", "quarter", "double", "triple",
    }
)  # fmt: skip
PERCENT_WORDS: tuple[str, ...] = ("percent", "per cent", "percentage point", "percentage points")
CURRENCY_WORDS: frozenset[str] = frozenset(
    {
        "dollar", "dollars", "euro", "euros", "pound", "pounds", "yen", "yuan", "lira",
        "liras", "rouble", "roubles", "ruble", "rubles", "rupee", "rupees", "franc", "francs",
    }
)  # fmt: skip
CURRENCY_SYMBOLS: str = "$€£¥₺₽₹"
UNIT_WORDS: frozenset[str] = frozenset(
    {
        "km", "kilometers", "kilometres", "miles", "meters", "metres", "kg", "kilograms",
        "tons", "tonnes", "barrels", "acres", "hectares", "degrees", "years", "months",
        "days", "hours", "people", "jobs", "votes", "deaths", "cases", "troops", "soldiers",
        "times",
    }
)  # fmt: skip

# Dates and times: they anchor an event; alone they do not make a quantity claim.
MONTHS: frozenset[str] = frozenset(
    {
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december",
    }
)  # fmt: skip
WEEKDAYS: frozenset[str] = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)
DATE_PHRASES: tuple[str, ...] = (
    "yesterday", "today", "last week", "last month", "last year", "this week", "this month",
    "this year", "in recent years", "in recent weeks", "decades", "earlier this",
)  # fmt: skip

# Hedges: the claim is reported as uncertain; still checkable, a little less urgent.
HEDGES: tuple[str, ...] = (
    "reportedly", "allegedly", "apparently", "perhaps", "maybe", "possibly", "probably",
    "seems", "seemed", "appears to", "appeared to", "it is believed", "rumored", "rumoured",
    "sort of", "kind of",
)  # fmt: skip

# Reporting verbs whose act is itself the news: an accusation or a warning can be checked
# (did X accuse Y?) whatever the truth of its content.
EVENTFUL_REPORTING_VERBS: frozenset[str] = frozenset(
    {
        "accused", "accuses", "accuse", "warned", "warns", "urged", "urges", "called on",
        "calls on", "denied", "denies", "admitted", "admits", "threatened", "threatens",
        "vowed", "vows", "pledged", "pledges", "promised", "promises", "announced",
        "announces", "confirmed", "confirms", "revealed", "reveals", "told", "tells",
        "criticized", "criticised", "condemned", "demanded", "rejected", "alleged",
        "claimed", "claims", "insisted",
    }
)  # fmt: skip
# Reporting verbs that weigh more than a plain "said": the claim is contested.
CONTESTED_REPORTING_VERBS: frozenset[str] = frozenset(
    {
        "accused", "accuses", "accuse", "alleged", "claimed", "claims", "denied", "denies",
        "admitted", "admits", "warned", "warns", "threatened", "threatens", "insisted",
    }
)  # fmt: skip

# Irregular past-tense verbs (regular ones end in -ed): a past event is a checkable record.
IRREGULAR_PAST: frozenset[str] = frozenset(
    {
        "was", "were", "had", "did", "said", "made", "took", "gave", "met", "spoke", "went",
        "came", "won", "lost", "fell", "rose", "grew", "paid", "sold", "bought", "built",
        "began", "became", "left", "led", "held", "kept", "sent", "spent", "told", "wrote",
        "brought", "found", "cut", "hit", "put", "set", "shot", "struck", "drove", "ran",
        "saw", "knew", "thought", "broke", "chose", "flew", "stood", "signed", "voted",
    }
)  # fmt: skip

# Past-tense forms that carry no action of their own (auxiliaries, "said").
PAST_AUXILIARIES: frozenset[str] = frozenset({"was", "were", "had", "did", "said", "used"})

# Words that open a question.
QUESTION_OPENERS: frozenset[str] = frozenset(
    {"who", "what", "why", "how", "when", "where", "which", "do", "does", "did", "is", "are"}
)

# Words capitalised only because they open a sentence: not named entities.
COMMON_OPENERS: frozenset[str] = frozenset(
    {
        "a", "an", "the", "this", "that", "these", "those", "it", "its", "he", "she", "they",
        "we", "you", "i", "his", "her", "their", "our", "my", "your", "there", "here", "and",
        "but", "or", "so", "yet", "if", "when", "while", "as", "because", "since", "after",
        "before", "although", "though", "in", "on", "at", "for", "from", "with", "by", "of",
        "to", "about", "over", "under", "during", "meanwhile", "also", "earlier", "later",
        "now", "then", "today", "yesterday", "still", "however", "moreover", "instead", "well",
        "yes", "no", "not", "all", "some", "many", "most", "more", "few", "every", "each",
        "both", "one", "two", "three", "what", "who", "why", "how", "where", "which", "let",
        "let's", "do", "does", "did", "is", "are", "was", "were", "be", "have", "has", "had",
        "will", "would", "can", "could", "should", "may", "might", "must", "just", "only",
        "even", "last", "next", "first", "oh", "ok", "okay", "thank", "thanks",
        "ladies", "gentlemen", "mr", "senator", "governor", "president", "secretary",
        "according", "despite", "without", "between", "among", "against", "such",
        "other", "another", "any", "nobody", "everybody", "everyone", "someone", "people",
        "look", "listen", "sure", "right", "good", "great", "unfortunately",
        "frankly", "obviously", "actually", "certainly", "finally", "again", "never",
    }
)  # fmt: skip
