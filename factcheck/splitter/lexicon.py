"""Every word list the claim splitter uses, in one place.

A desk tuning the splitter to its house style edits this file only. The lists are plain
frozensets/tuples of lower-case words or phrases; the stages that use them say how they match.
"""

from __future__ import annotations

# ============================================================================================
# Structure: sentences, attribution, decomposition, decontextualization (stages 2-5).
# Reporting verbs, attribution phrases, role nouns, pronouns, conjunctions.
# ============================================================================================


# Reporting verbs as (present, third person, past) forms; the past form is the name a claim's
# `reporting_verb` carries ("said", "warned"). Multiword verbs are matched as phrases.
REPORTING_VERBS: tuple[tuple[str, str, str], ...] = (
    ("say", "says", "said"),
    ("tell", "tells", "told"),
    ("add", "adds", "added"),
    ("warn", "warns", "warned"),
    ("claim", "claims", "claimed"),
    ("argue", "argues", "argued"),
    ("state", "states", "stated"),
    ("note", "notes", "noted"),
    ("write", "writes", "wrote"),
    ("insist", "insists", "insisted"),
    ("explain", "explains", "explained"),
    ("announce", "announces", "announced"),
    ("confirm", "confirms", "confirmed"),
    ("deny", "denies", "denied"),
    ("report", "reports", "reported"),
    ("estimate", "estimates", "estimated"),
    ("find", "finds", "found"),
    ("predict", "predicts", "predicted"),
    ("caution", "cautions", "cautioned"),
    ("stress", "stresses", "stressed"),
    ("acknowledge", "acknowledges", "acknowledged"),
    ("admit", "admits", "admitted"),
    ("suggest", "suggests", "suggested"),
    ("assert", "asserts", "asserted"),
    ("allege", "alleges", "alleged"),
    ("contend", "contends", "contended"),
    ("declare", "declares", "declared"),
    ("observe", "observes", "observed"),
    ("remark", "remarks", "remarked"),
    ("reply", "replies", "replied"),
    ("recall", "recalls", "recalled"),
    ("emphasize", "emphasizes", "emphasized"),
    ("emphasise", "emphasises", "emphasised"),
    ("assure", "assures", "assured"),
    ("inform", "informs", "informed"),
    ("remind", "reminds", "reminded"),
    ("point out", "points out", "pointed out"),
    ("show", "shows", "showed"),
    ("conclude", "concludes", "concluded"),
    ("reveal", "reveals", "revealed"),
    ("testify", "testifies", "testified"),
    # speech only, said lightly or grudgingly (`..., he joked.`): never a verb of the story
    ("joke", "jokes", "joked"),
    ("quip", "quips", "quipped"),
    ("concede", "concedes", "conceded"),
    ("boast", "boasts", "boasted"),
    ("complain", "complains", "complained"),
)
# Their present forms, the lemmas the parser gives (`said` -> `say`).
REPORTING_LEMMAS: frozenset[str] = frozenset(present for present, _third, _past in REPORTING_VERBS)


# Verbs whose act is itself the checkable event: `X accused Y of ...`, `X warned Y that ...`.
# The claim keeps the whole clause and names the actor as the speaker.
EVENT_VERBS: tuple[tuple[str, str, str], ...] = (
    ("accuse", "accuses", "accused"),
    ("warn", "warns", "warned"),
    ("urge", "urges", "urged"),
    ("call on", "calls on", "called on"),
    ("blame", "blames", "blamed"),
    ("criticize", "criticizes", "criticized"),
    ("criticise", "criticises", "criticised"),
    ("praise", "praises", "praised"),
    ("threaten", "threatens", "threatened"),
    ("demand", "demands", "demanded"),
)

# EVENT_VERBS of a party pressing for a thing (`demanded a ransom`, `threatened strike action`):
# with a thing for their object, the act is the article's account of what the party did, not
# words of theirs (with `that C` they still report C).
PRESSING_VERBS: frozenset[str] = frozenset({"demand", "threaten"})
# EVENT_VERBS of judging a thing (`have criticised the plans`): with only the thing for their
# object the act is the article's account; with what they hold of it (`criticised the council
# for failing to ...`, `praised it as ...`, `that C`) they still report that.
APPRAISAL_VERBS: frozenset[str] = frozenset({"criticise", "criticize", "praise"})
# Verbs that ask for a thing not yet done (`demanded the release of six prisoners`): a later
# `the release` may be another one, done instead of the one asked for.
ASKING_VERBS: frozenset[str] = frozenset(
    {"demand", "seek", "request", "want", "urge", "press", "call", "ask", "campaign", "plead"}
)

# Verbs that report what someone holds or implies, read as reporting by the parser-based
# attribution (`X believes C`, `X hinted that C`) besides REPORTING_VERBS.
STANCE_REPORTING_LEMMAS: frozenset[str] = frozenset({"hint", "believe", "think", "read"})

# Reporting verbs whose passive subject is the one told, not the one telling (`The court was
# told that C`).
HEARER_SUBJECT_VERBS: frozenset[str] = frozenset(
    {"tell", "inform", "warn", "advise", "assure", "remind", "brief", "show"}
)

# Reporting verbs whose content the speaker holds false (`X denied that C`): C is not X's words,
# so the sentence stays whole in the article's voice.
DENYING_LEMMAS: frozenset[str] = frozenset({"deny", "dispute", "refute"})

# Speakers who speak for an organisation (`a spokesman said`): linked to the one organisation
# the sentence before is about, when there is exactly one.
SPOKESPERSON_NOUNS: frozenset[str] = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "representative", "statement", "official"}
)

# A share of a group (`a third of the staff said`, `most of those asked`): as a speaker it is a
# survey's finding, which the article states as a fact.
SHARE_WORDS: frozenset[str] = frozenset(
    {"%", "percent", "half", "third", "quarter", "majority", "minority", "most", "proportion",
     "share", "fifth", "tenth"}
)  # fmt: skip

# Verbs that only say that someone spoke (`X said in a letter last month`, `X went on`): with
# no content of their own such a clause states where someone spoke, nothing to check.
PLAIN_SPEECH_LEMMAS: frozenset[str] = frozenset(
    {"say", "tell", "add", "write", "explain", "state", "comment", "reply", "continue", "go"}
)

# Words in the name of a public body (`Strategic Rail Authority`, `Birmingham City Council`): such
# a body is never the story's `the firm` or `the company`.
PUBLIC_BODY_WORDS: frozenset[str] = frozenset(
    {
        "authority", "council", "commission", "agency", "ministry", "department",
        "regulator", "court", "parliament", "committee", "office", "government", "police",
        "executive", "assembly", "tribunal", "inspectorate", "ombudsman",
    }
)  # fmt: skip

# Words in the name of a body that is no business either (`Pension Protection Fund`, `Transport
# and General Workers' Union`): with the public bodies', never what `the firm` or `the company`
# means.
NOT_A_BUSINESS_WORDS: frozenset[str] = PUBLIC_BODY_WORDS | frozenset(
    {
        "fund", "union", "party", "university", "college", "institute", "foundation",
        "charity", "society", "association", "federation", "school", "hospital",
    }
)  # fmt: skip

# Where or how someone spoke that is an occasion of its own (`X said in an open letter to Y`,
# `at a rally in Oslo`): a tail naming one is kept as a claim; `X told reporters in Berlin`
# only says where the words were heard.
SPEAKING_OCCASION_NOUNS: frozenset[str] = frozenset(
    {
        "letter",
        "statement",
        "interview",
        "speech",
        "rally",
        "conference",
        "summit",
        "debate",
        "hearing",
        "programme",
        "program",
        "broadcast",
        "article",
        "email",
        "briefing",
        "address",
        "testimony",
        "submission",
        "memo",
        "book",
        "report",
        "lecture",
        "meeting",
        "congress",
        "convention",
        "inquiry",
        "court",
        "parliament",
        "event",
        "visit",
        "ceremony",
        "gathering",
        "forum",
        "session",
        "assembly",
    }
)

# Selection (stage 4b): clauses that state no checkable fact.
# Anyone's hope or wish (`Airbus hopes to have 50 orders`); word forms, as the lemmatizer
# reads `hopes` as `hop`.
WISH_WORDS: frozenset[str] = frozenset(
    {"hope", "hopes", "hoped", "hoping", "wish", "wishes", "wished", "want", "wants", "wanted"}
)
# A first-person speaker's stance or challenge (`we challenge him to`, `I doubt`).
FIRST_PERSON_STANCE_LEMMAS: frozenset[str] = frozenset(
    {"think", "feel", "doubt", "challenge", "urge", "intend", "aim", "guess", "suppose"}
)
# `I am sure`, `we would be surprised`: the speaker's state of mind.
STATE_OF_MIND_WORDS: frozenset[str] = frozenset(
    {
        "sure", "certain", "confident", "convinced", "surprised", "proud", "happy", "pleased",
        "delighted", "disappointed", "sorry", "glad", "optimistic", "hopeful", "keen",
        "determined", "committed",
    }
)  # fmt: skip
# Predicates that judge rather than state (`is not credible`, `a remarkable experience`).
JUDGEMENT_WORDS: frozenset[str] = frozenset(
    {
        "credible", "unlikely", "typical", "remarkable", "wonderful", "proud", "great", "good",
        "bad", "terrible", "awful", "excellent", "wrong", "unfair", "fair", "shameful",
        "disgraceful", "ridiculous", "outrageous", "unacceptable", "acceptable", "amazing",
        "incredible", "stupid", "foolish", "wise", "unwise", "insensitive", "paramount",
        "disappointing", "reasonable", "unreasonable", "welcome", "envy", "nightmare", "dream",
        "excuse", "diligent", "sophisticated", "civilised", "civilized", "complicated",
        "attractive", "valuable", "perfect", "advantage", "disadvantage", "drawback",
    }
)  # fmt: skip
# Meetings, discussions and announcements still to come are schedule lines, not claims.
SCHEDULE_LEMMAS: frozenset[str] = frozenset(
    {"meet", "discuss", "announce", "publish", "unveil", "debate", "consider", "decide", "rule",
     "visit", "hold", "review", "examine", "reveal"}
)  # fmt: skip


# Titles before a name; stripped from speakers and learned as the roles that later refer back
# ("President Ana Maria Costa" ... "the president").
TITLES: frozenset[str] = frozenset(
    {"president", "vice president", "prime minister", "minister", "chancellor", "premier",
     "governor", "senator", "sen.", "sen", "gov.", "rep.", "representative", "congressman",
     "congresswoman", "judge", "justice", "mayor", "secretary", "attorney general", "ambassador",
     "spokesperson", "spokesman", "spokeswoman", "adviser", "advisor", "director", "chairman",
     "chairwoman", "chair", "chief", "ceo", "executive", "commissioner", "professor", "prof.",
     "dr.", "dr", "doctor", "general", "gen.", "colonel", "col.", "captain", "admiral",
     "king", "queen", "prince", "princess", "pope", "sheikh", "leader", "head", "deputy",
     "economist", "analyst", "author", "researcher", "scientist", "mr.", "mrs.", "ms.", "mr",
     "mrs", "ms", "sir", "lord", "lady", "officer", "official", "inspector", "prosecutor",
     "lawyer", "attorney", "envoy", "diplomat", "speaker", "coach", "founder", "treasurer",
     "barrister", "solicitor",
     "chief executive", "chief executive officer", "chief financial officer", "cfo",
     "chief economist", "managing director"}
)  # fmt: skip


# What publishes others' findings: `they` in what one reported is the researchers, not it.
PUBLICATION_NOUNS: frozenset[str] = frozenset(
    {"journal", "newspaper", "magazine", "gazette", "bulletin", "periodical"}
)


# Titles that go with a first name (`Sir Tom` is `Sir Tom Hale`, never a Mr Tom).
FIRST_NAME_TITLES: frozenset[str] = frozenset({"sir", "dame"})


# Role nouns a reporter uses for someone named earlier ("the Peruvian leader"), mapped to the
# titles they can stand for.
ROLE_NOUNS: dict[str, frozenset[str]] = {
    "leader": frozenset({"president", "prime minister", "chancellor", "premier", "king", "queen",
                         "leader"}),
    "head of state": frozenset({"president", "king", "queen"}),
    "head of government": frozenset({"prime minister", "chancellor", "premier"}),
    "president": frozenset({"president"}),
    "prime minister": frozenset({"prime minister"}),
    "premier": frozenset({"premier", "prime minister"}),
    "chancellor": frozenset({"chancellor"}),
    "minister": frozenset({"minister"}),
    "governor": frozenset({"governor"}),
    "senator": frozenset({"senator", "sen.", "sen"}),
    "judge": frozenset({"judge", "justice"}),
    "justice": frozenset({"justice"}),
    "mayor": frozenset({"mayor"}),
    "secretary": frozenset({"secretary"}),
    "attorney general": frozenset({"attorney general"}),
    "ambassador": frozenset({"ambassador"}),
    "spokesperson": frozenset({"spokesperson", "spokesman", "spokeswoman"}),
    "spokesman": frozenset({"spokesperson", "spokesman"}),
    "spokeswoman": frozenset({"spokesperson", "spokeswoman"}),
    "professor": frozenset({"professor", "prof."}),
    "commissioner": frozenset({"commissioner"}),
    "chief executive": frozenset({"chief executive", "ceo"}),
    "envoy": frozenset({"envoy", "ambassador"}),
    "general": frozenset({"general", "gen.", "gen"}),
}  # fmt: skip

# Nouns for an organisation named earlier (`the agency` after `the Food Safety Agency`),
# each with the words that, in a name, show the organisation is of that sort. "ACRONYM" admits a
# bare acronym (`WHO`). A noun resolves only to a name it fits, else it stays as written.
ORGANISATION_NOUNS: dict[str, frozenset[str]] = {
    "agency": frozenset({"agency", "organization", "organisation", "administration", "service",
                         "office", "ACRONYM"}),
    "organization": frozenset({"organization", "organisation", "ACRONYM"}),
    "organisation": frozenset({"organization", "organisation", "ACRONYM"}),
    "bank": frozenset({"bank", "reserve"}),
    "central bank": frozenset({"bank", "reserve"}),
    "company": frozenset({"inc", "inc.", "corp", "corp.", "corporation", "ltd", "plc", "co.",
                          "company", "group", "motors", "airlines"}),
    "firm": frozenset({"inc", "inc.", "corp", "corp.", "ltd", "plc", "llp", "partners", "group"}),
    "ministry": frozenset({"ministry"}),
    "department": frozenset({"department"}),
    "court": frozenset({"court"}),
    "university": frozenset({"university", "college"}),
    "commission": frozenset({"commission", "ACRONYM"}),
    "council": frozenset({"council"}),
    "fund": frozenset({"fund", "ACRONYM"}),
    "union": frozenset({"union"}),
    "alliance": frozenset({"alliance", "ACRONYM"}),
    "institute": frozenset({"institute"}),
    "regulator": frozenset({"authority", "commission", "agency", "ACRONYM"}),
    "watchdog": frozenset({"authority", "commission", "agency", "office", "ACRONYM"}),
    "broadcaster": frozenset({"broadcasting", "news", "tv", "television", "radio", "ACRONYM"}),
    "channel": frozenset({"tv", "television", "channel"}),
    "party": frozenset({"party"}),
    "office": frozenset({"office"}),
    "airline": frozenset({"airline", "airlines", "airways"}),
    "carrier": frozenset({"airline", "airlines", "airways"}),
    "insurer": frozenset({"insurance", "assurance", "mutual"}),
    "carmaker": frozenset({"motors", "motor", "automobiles"}),
    "lender": frozenset({"bank"}),
    "brewer": frozenset({"brewery", "breweries", "brewing"}),
    "miner": frozenset({"mining", "mines"}),
    "trust": frozenset({"trust"}),
    # institutions whose names end with what they are (`Kingsmoor High School` -> `the school`)
    "school": frozenset({"school", "academy", "college"}),
    "academy": frozenset({"academy"}),
    "college": frozenset({"college"}),
    "hospital": frozenset({"hospital", "infirmary"}),
    "foundation": frozenset({"foundation"}),
    "association": frozenset({"association"}),
    "society": frozenset({"society"}),
    "federation": frozenset({"federation"}),
    "museum": frozenset({"museum"}),
    "gallery": frozenset({"gallery"}),
    "prison": frozenset({"prison"}),
    "airport": frozenset({"airport"}),
    # sports clubs go by the words of their names (`Brackley Rangers`, `Kirkstall Harriers`)
    "club": frozenset({"club", "fc", "afc", "rfc", "rangers", "rovers", "united", "wanderers",
                       "athletic", "albion", "harriers", "hotspur"}),
    "team": frozenset({"team"}),  # `the Derwent Fells Mountain Rescue Team` -> `the team`
    "force": frozenset({"police", "constabulary"}),  # `the force` after `Avonmere Police`
    "festival": frozenset({"festival"}),
    "orchestra": frozenset({"orchestra"}),
    "theatre": frozenset({"theatre"}),
    # public bodies named by what they are (`the X National Park Authority` -> `the authority`)
    "authority": frozenset({"authority", "council"}),  # a council is a local authority
    "board": frozenset({"board"}),
    "panel": frozenset({"panel"}),
    "tribunal": frozenset({"tribunal"}),
    "inspectorate": frozenset({"inspectorate"}),
    "ombudsman": frozenset({"ombudsman"}),
    "partnership": frozenset({"partnership"}),
    "consortium": frozenset({"consortium"}),
}  # fmt: skip

# Nouns that call a named thing by its kind, each with the other nouns of the same kind (`the
# carrier` after `budget airline Acme`, `the film` after `X, a drama about ...`). A thing the
# article introduced with one (`budget airline Acme`, `Acme, the carrier,`, `Acme has become the
# first UK retailer`) is the one a later `the airline` means, when nothing else was introduced
# so (context.py). Each business trade below is also what a generic `the firm`, `the company`
# or `the group` means (BUSINESS_TRADE_NOUNS); a bank, a broadcaster or a paper may be a public
# body and is left to its own nouns.
_BUSINESS_TRADES: tuple[frozenset[str], ...] = (
    frozenset({"airline", "carrier"}),
    frozenset({"supermarket", "retailer", "grocer", "chain"}),
    frozenset({"brewer"}),
    frozenset({"insurer"}),
    frozenset({"carmaker"}),
    frozenset({"operator"}),
    frozenset({"stockbroker", "broker"}),
    frozenset({"publisher"}),
    frozenset({"housebuilder"}),
    frozenset({"distributor"}),
    frozenset({"contractor"}),
    frozenset({"manufacturer", "maker"}),
    frozenset({"developer"}),  # `developer Acme Renewables`, `games developer Acme`
    frozenset({"supplier", "provider"}),  # `energy supplier Acme`, `broadband provider Acme`
    frozenset({"wholesaler"}),
    frozenset({"haulier"}),
)
# What any business is called (`engineering firm X`, `X, a Leeds company,`): these ties count
# for one another and for every business trade, never for `the retailer` (a firm need not be
# one). `group` counts only for itself (`pressure group X` is no firm).
GENERIC_BUSINESS_NOUNS: frozenset[str] = frozenset({"firm", "company", "business"})
BUSINESS_TRADE_NOUNS: frozenset[str] = frozenset().union(*_BUSINESS_TRADES)
_OTHER_TRADES: tuple[frozenset[str], ...] = (
    frozenset({"newspaper", "paper", "tabloid"}),
    frozenset({"bank", "lender"}),
    frozenset({"broadcaster", "channel"}),
    frozenset({"trust"}),
    frozenset({"charity"}),
    frozenset({"club"}),
    frozenset({"team", "squad"}),  # `Rees-Barton's team, Velomara Racing,`
    frozenset({"regulator", "watchdog"}),  # `the regulator Ofgem`, later `the watchdog`
)
# Kinds of work a title is introduced with (`X, a drama about ...`); any name may be typed so.
WORK_TRADE_NOUNS: frozenset[str] = frozenset(
    {"film", "movie", "drama", "comedy", "thriller", "documentary"}
)
# Works known by a title (`the game show Star Search Live`, `the drama, Island Life,`), which the
# entity recognizer often types as an organisation or a person: beside one of these nouns a
# name is the work's title.
TITLED_WORK_NOUNS: frozenset[str] = WORK_TRADE_NOUNS | frozenset(
    {"show", "series", "programme", "sitcom", "soap", "album", "single", "song", "book",
     "novel", "play", "musical", "opera", "game", "app"}
)  # fmt: skip
_ANY_BUSINESS = GENERIC_BUSINESS_NOUNS | BUSINESS_TRADE_NOUNS
ORGANISATION_TRADES: dict[str, frozenset[str]] = {
    **{noun: trade for trade in (*_BUSINESS_TRADES, *_OTHER_TRADES) for noun in trade},
    # `the drama` may be what happened: only `the film` points back to a title
    **{noun: WORK_TRADE_NOUNS for noun in ("film", "movie", "documentary")},
    **{noun: _ANY_BUSINESS for noun in GENERIC_BUSINESS_NOUNS},
    "group": _ANY_BUSINESS | {"group"},
}


# Kinds of body that are no business (`industry body X`, `passenger watchdog X`): a name the
# article tied to one is never what `the firm` or `the company` means.
# Kinds of named thing a story's lead may introduce by kind alone and name in the next sentence
# (`A dental practice in Norwich is to stop ... Riverside Smiles, which has ...`), besides the
# organisation nouns above (lead_names.py). No person, place or event.
LEAD_NAMED_KINDS: frozenset[str] = frozenset(
    {"practice", "surgery", "service", "shop", "store", "restaurant", "pub", "hotel", "farm",
     "venue", "brand", "start-up", "startup", "charity", "band", "app", "website", "bakery",
     "brewery", "distillery", "nursery", "zoo", "attraction", "retailer", "chain", "developer",
     "builder", "festival", "team", "orchestra", "choir", "theatre", "cinema", "gallery",
     "museum", "company", "firm", "business", "manufacturer", "maker", "operator", "supplier"}
)  # fmt: skip
# Places a story names in its next sentence (`A Victorian pier ...` / `Saltmoor Pier, built in
# 1869, ...`); a place is never the source that reports (`X will shut, the council said`).
LEAD_NAMED_PLACES: frozenset[str] = frozenset(
    {"pier", "bridge", "station", "stadium", "hospital", "castle", "cathedral", "church",
     "library", "tunnel", "lido", "lighthouse", "mill", "mine", "reservoir", "airport"}
)  # fmt: skip

NOT_A_BUSINESS_KINDS: frozenset[str] = frozenset(
    {"body", "watchdog", "regulator", "charity", "union", "club", "trust", "quango"}
)

# Every noun a name may be introduced with (`X, a drama about ...`), whether or not it points
# back to one later.
TRADE_NOUNS: frozenset[str] = frozenset().union(*ORGANISATION_TRADES.values()) | (
    NOT_A_BUSINESS_KINDS
)


PERSON_PRONOUNS: frozenset[str] = frozenset({"he", "she"})

# Words by which someone speaks for themself: a claim that says them has a speaker.
FIRST_PERSON_PRONOUNS: frozenset[str] = frozenset(
    {"i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves"}
)


# Roles whose holder speaks for someone else (`His lawyer, Y, said he would appeal`): `he` in
# their words is the one they act for, not a rival (pronouns.py); a coach or a friend may
# mean themself.
# What a court does to a defendant, or a defendant does before it (`X admitted fraud`, `X was
# jailed`): the subject of one is a person in the dock, whom a defence lawyer calls `my client`.
DEFENDANT_VERBS: frozenset[str] = frozenset(
    {"jail", "sentence", "convict", "admit", "deny", "plead", "charge", "fine", "acquit",
     "remand", "imprison", "disqualify", "appear"}
)  # fmt: skip
# Posts a public body holds whatever organisation a story is about (`Director of public health
# Dr X` is a council's officer, not the clinic operator's): such a title names no employer.
PUBLIC_OFFICES: frozenset[str] = frozenset(
    {"director of public health", "chief constable", "chief fire officer", "coroner",
     "police and crime commissioner", "chief medical officer", "medical officer of health"}
)  # fmt: skip
ADVOCATE_ROLES: frozenset[str] = frozenset(
    {"lawyer", "barrister", "solicitor", "attorney", "counsel", "agent", "advocate"}
)

# Titles only a person bears (`Ms Ilundain`): a name after one is a person's, whatever the
# recognizer typed it (people.py).
PERSONAL_TITLES: frozenset[str] = frozenset(
    {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "sir", "dame", "lord", "lady",
     "prof", "prof.", "professor", "rev", "rev."}
)  # fmt: skip

# Callings of a person that are not titles (`its regional co-ordinator, Ana Ruiz`): a name set
# beside one is a person's (people.py), with the TITLES and PERSON_DESCRIPTION_NOUNS.
PERSON_ROLE_WORDS: frozenset[str] = frozenset(
    {"co-ordinator", "coordinator", "manager", "campaigner", "activist", "councillor",
     "candidate", "teacher", "headteacher", "nurse", "surgeon", "consultant", "vicar", "bishop",
     "priest", "curator", "editor", "correspondent", "reporter", "novelist", "historian",
     "lecturer", "student", "pupil", "widow", "mother", "father", "son", "daughter", "wife",
     "husband", "brother", "sister", "farmer", "resident", "mp", "mep", "politician", "veteran",
     "negotiator", "organiser", "organizer"}
)  # fmt: skip

# Kin only a person has (`whose wife died`): a `whose` clause owning one is a person's, never a
# body's, though the parser hang it on the body named in the person's title.
KIN_NOUNS: frozenset[str] = frozenset(
    {"wife", "husband", "son", "daughter", "mother", "father", "brother", "sister", "child",
     "children", "parent", "parents", "widow", "widower", "grandson", "granddaughter",
     "grandmother", "grandfather", "grandchild", "grandchildren", "fiancee", "fiancée",
     "fiance", "fiancé", "boyfriend", "girlfriend", "stepson", "stepdaughter", "uncle", "aunt",
     "nephew", "niece", "cousin", "baby", "twin", "family"}
)  # fmt: skip

# TITLES that a body may bear too (`the market leader, Acme`; `the sector's official
# statistics body`): beside a name they do not make it a person's.
ROLES_ALSO_OF_BODIES: frozenset[str] = frozenset(
    {
        "leader",
        "head",
        "chief",
        "executive",
        "general",
        "official",
        "speaker",
        "author",
        "representative",
        "chair",
        "deputy",
        "officer",
    }
)

# Words for an unnamed someone (`a lad`, `any parent`, `someone`), with the gender the word gives
# (None: either). In `You cannot blame a lad for doubling his wages` the `his` is the lad's,
# a person no one named, so it is no one to fill in.
SOMEONE_NOUNS: dict[str, str | None] = {
    "man": "m", "woman": "f", "boy": "m", "girl": "f", "lad": "m", "lass": "f", "son": "m",
    "daughter": "f", "father": "m", "mother": "f", "husband": "m", "wife": "f",
    "person": None, "child": None, "parent": None, "player": None, "worker": None,
    "pupil": None, "student": None, "teenager": None, "youngster": None, "driver": None,
    "customer": None, "patient": None, "fan": None, "voter": None, "victim": None,
    "someone": None, "somebody": None, "anyone": None, "anybody": None, "everyone": None,
    "everybody": None, "nobody": None, "one": None,
}  # fmt: skip
# Determiners that leave the person unnamed: one of a kind, or any of them.
UNNAMING_DETERMINERS: frozenset[str] = frozenset({"a", "an", "any", "every", "each", "no"})

# What a reporter calls someone just named, by their calling (`Ann Lee won. The sprinter ...`),
# with the gender the word gives (None: either).
PERSON_DESCRIPTION_NOUNS: dict[str, str | None] = {
    "sprinter": None, "athlete": None, "runner": None, "swimmer": None, "cyclist": None,
    "golfer": None, "boxer": None, "footballer": None, "striker": None, "midfielder": None,
    "goalkeeper": None, "medallist": None, "singer": None, "actor": None, "actress": "f",
    "musician": None, "rapper": None, "novelist": None, "comedian": None, "presenter": None,
    "billionaire": None, "tycoon": None, "businessman": "m", "businesswoman": "f",
    "sportsman": "m", "sportswoman": "f", "entertainer": None, "film-maker": None,
    "rider": None, "jockey": None, "player": None, "cricketer": None, "batter": None,
    "bowler": None, "rower": None, "sailor": None, "gymnast": None, "climber": None,
    "skier": None, "teenager": None, "pensioner": None, "artist": None, "author": None,
}  # fmt: skip

# Common first names (English and some European and Asian ones) whose bearer is, with rare
# exceptions, of one sex: with no title, `Alan Marsh` is a man, so `she` cannot mean him, and a
# name the recognizer typed a firm that opens with one is a person's. Names given to both (Jan,
# Sam, Alex, Chris, Jo, Lee, Kim, Robin, Leslie, Jordan, Jean, Nicola, ...) stay unknown, and
# so do names that are also common words or firms' names (Grant, Guy, Miles, Dawn, Joy, Pearl).
# Kept here rather than a names library: the maintained ones hold gigabytes in memory or come
# under the GPL.
MALE_FIRST_NAMES: frozenset[str] = frozenset({
    "aaron", "abdul", "abdullah", "adam", "adrian", "ahmad", "ahmed", "aidan", "alan", "alasdair",
    "alastair", "albert", "alec", "alexander", "alfie", "alfred", "alistair", "alun", "ambrose",
    "amir", "andre", "andreas", "andrei", "andrew", "andy", "angelo", "angus", "anthony",
    "antoine", "anton", "antonio", "archie", "arnold", "arthur", "ashok", "barnaby", "barry",
    "basil", "ben", "benjamin", "bernard", "bert", "bertie", "bill", "bjorn", "bob", "boris",
    "brendan", "brian", "bruce", "bryan", "callum", "calum", "carl", "carlo", "carlos", "cecil",
    "charles", "christoph", "christopher", "clarence", "claude", "clifford", "clive", "colin",
    "connor", "conor", "craig", "cyril", "damian", "damien", "dan", "daniel", "danny", "darren",
    "dave", "david", "dean", "declan", "dennis", "derek", "dermot", "desmond", "diego", "dieter",
    "dimitri", "dmitry", "dominic", "donald", "douglas", "duncan", "dylan", "eamonn", "ed",
    "eddie", "edgar", "edmund", "edward", "edwin", "elliot", "emmanuel", "enrique", "eric", "erik",
    "ernest", "ernie", "euan", "ewan", "fabio", "fergus", "fernando", "francesco", "francis",
    "francois", "frank", "franz", "fred", "freddie", "frederick", "gabriel", "gareth", "gary",
    "gavin", "geoff", "geoffrey", "george", "geraint", "gerald", "gerard", "gerry", "gianni",
    "gilbert", "giles", "giorgio", "giovanni", "glenn", "godfrey", "gordon", "graeme",
    "graham", "greg", "gregory", "gwyn", "hamish", "hans", "harold", "harry",
    "hassan", "hector", "heinz", "helmut", "henry", "herbert", "howard", "hubert", "hugh",
    "hussein", "iain", "ian", "ibrahim", "igor", "ivan", "ivor", "jack", "jacques", "jake",
    "jamal", "james", "jason", "jeff", "jeffrey", "jeremy", "jerome", "jim", "jimmy", "joe",
    "joel", "johan", "johannes", "john", "johnny", "jon", "jonathan", "jorge", "jose", "josef",
    "joseph", "joshua", "juan", "julian", "jurgen", "karl", "keir", "keith", "ken", "kenneth",
    "kevin", "kieran", "klaus", "kofi", "konstantin", "kurt", "lars", "laurence",
    "lawrence", "len", "lenny", "leo", "leon", "leonard", "lewis", "liam", "lionel", "lloyd",
    "lorenzo", "louis", "luca", "lucas", "luigi", "luis", "luke", "magnus", "malcolm", "manuel",
    "marco", "marcus", "mario", "marius", "mark", "martin", "mathew", "matt", "matthew", "maurice",
    "max", "maxwell", "mehmet", "michael", "miguel", "mike", "mikhail", "mohamed",
    "mohammed", "muhammad", "murray", "nathan", "ned", "neil", "niall", "nicholas", "nick",
    "niels", "nigel", "nikolai", "noel", "norman", "olaf", "oliver", "omar", "oscar", "owen",
    "pablo", "paolo", "patrick", "paul", "pedro", "percy", "pete", "peter", "phil", "philip",
    "pierre", "piers", "rafael", "rahul", "rajesh", "ralph", "ravi", "ray", "raymond", "reg",
    "reginald", "rhys", "ricardo", "richard", "rick", "ricky", "rob", "robbie", "robert",
    "rodney", "roger", "rolf", "ron", "ronald", "ronnie", "rory", "ross", "roy", "rui", "rupert",
    "russell", "ryan", "samuel", "sanjay", "scott", "seamus", "sean", "sebastian", "sergei",
    "sergio", "shane", "sid", "sidney", "simon", "stan", "stanley", "stefan", "stephen", "steve",
    "steven", "stuart", "sven", "tariq", "ted", "teddy", "terence", "terry", "theo", "theodore",
    "thomas", "tim", "timothy", "toby", "todd", "tom", "tony", "trevor", "tristan", "ulrich",
    "umar", "vernon", "victor", "viktor", "vincent", "vladimir", "walter", "warren", "wayne",
    "wilfred", "willem", "william", "willie", "wolfgang", "xavier", "yuri", "yusuf"
})  # fmt: skip
FEMALE_FIRST_NAMES: frozenset[str] = frozenset({
    "abigail", "ada", "adele", "agnes", "aileen", "ailsa", "aisha", "alexandra", "alice", "alicia",
    "ana",
    "alison", "alma", "amanda", "amelia", "amy", "angela", "angelina", "anita", "ann", "anna",
    "annabel", "anne", "annette", "annie", "antonia", "astrid", "audrey", "ayesha", "barbara",
    "beatrice", "belinda", "bernadette", "beryl", "beth", "betty", "beverley", "brenda", "bridget",
    "bronwen", "camilla", "carla", "carmen", "carol", "carole", "caroline", "carolyn", "catherine",
    "cecilia", "celia", "chantal", "charlotte", "cherie", "chiara", "chloe", "christina",
    "christine", "claire", "clara", "clare", "claudia", "colette", "connie", "constance",
    "cynthia", "daisy", "daphne", "debbie", "deborah", "delia", "denise", "diana", "diane",
    "donna", "doreen", "doris", "dorothy", "edith", "edna", "eileen", "elaine", "eleanor", "elena",
    "eliza", "elizabeth", "ella", "ellen", "ellie", "eloise", "elsie", "emily", "emma", "eva",
    "fatima", "felicity", "fiona", "florence", "frances", "francesca", "freya", "gabriela",
    "gabriella", "gail", "gemma", "georgina", "geraldine", "gertrude", "gillian", "gina", "giulia",
    "gladys", "glenda", "gloria", "grace", "gwen", "gwyneth", "hannah", "harriet", "hazel",
    "heather", "heidi", "helen", "helena", "helga", "hilda", "holly", "imogen", "ingrid", "irene",
    "irina", "iris", "isabel", "isabella", "isobel", "ivy", "jacqueline", "jane", "janet",
    "janice", "jasmine", "jeanette", "jemma", "jennifer", "jenny", "jessica", "jill", "joan",
    "joanna", "joanne", "jocelyn", "josephine", "joyce", "judith", "judy", "julia", "julie",
    "juliet", "justine", "karen", "karin", "kate", "katherine", "kathleen", "kathryn",
    "kathy", "katie", "katrina", "kirsty", "kristina", "lara", "laura", "leah", "lena",
    "lesley", "lily", "linda", "lisa", "liz", "lorna", "lorraine", "louise", "lucy", "lydia",
    "lynne", "madeleine", "maggie", "mandy", "marcia", "margaret", "margot", "maria", "marian",
    "marianne", "marie", "marilyn", "marina", "marion", "marjorie", "marlene", "martha", "mary",
    "maureen", "maxine", "meg", "megan", "melanie", "michelle", "mildred", "millie", "miranda",
    "miriam", "moira", "molly", "monica", "muriel", "myra", "nadia", "nancy", "naomi", "natalia",
    "natalie", "natasha", "nell", "nina", "nora", "norma", "olga", "olivia", "pamela", "patricia",
    "paula", "pauline", "penelope", "petra", "philippa", "phoebe", "phyllis",
    "polly", "priscilla", "priya", "rachael", "rachel", "rebecca", "rebekah", "rhiannon", "rita",
    "roberta", "rosa", "rosalind", "rose", "rosemary", "rosie", "roxanne", "ruth", "sabrina",
    "sally", "samantha", "sandra", "sara", "sarah", "sharon", "sheila", "shirley", "silvia",
    "siobhan", "sonia", "sophia", "sophie", "stacey", "stella", "stephanie", "sue", "susan",
    "susanna", "susie", "suzanne", "svetlana", "sylvia", "tamsin", "tanya", "tara", "teresa",
    "tessa", "thelma", "theresa", "tina", "tracey", "tracy", "una", "ursula", "valerie", "vanessa",
    "vera", "veronica", "vicky", "victoria", "violet", "virginia", "vivienne", "wendy", "winifred",
    "yvonne", "zoe"
})  # fmt: skip

# Words of a deal between two organisations (`X agreed to buy Y`, `X's offer for Y`) and of a
# rivalry (`its rival Y`): the story then has two firms `the company` could mean.
DEAL_WORDS: frozenset[str] = frozenset(
    {"buy", "acquire", "purchase", "merge", "merger", "bid", "offer", "takeover", "acquisition",
     "sell", "sale"}
)  # fmt: skip
RIVAL_NOUNS: frozenset[str] = frozenset({"rival", "competitor", "partner", "subsidiary"})

# What one firm is to another it competes with (`Acme's great rival`): the firm named just
# before, when it is the one other firm in reach (stand_ins.owners_rival).
COMPETITOR_NOUNS: frozenset[str] = frozenset({"rival", "competitor"})

# Nouns a reporter uses for the same thing (`50 7E7 planes` ... `30 of the aircraft`): a
# definite description takes its missing name from an earlier mention of any noun of its group.
SAME_KIND_NOUNS: tuple[frozenset[str], ...] = (
    frozenset({"aircraft", "plane", "jet", "airliner"}),
    frozenset({"plan", "proposal", "blueprint", "scheme"}),
    frozenset({"study", "research", "survey"}),
    frozenset({"drug", "medicine", "medication"}),
    frozenset({"car", "vehicle"}),
    frozenset({"ship", "vessel"}),
    frozenset({"deal", "agreement"}),
    frozenset({"claim", "allegation", "accusation"}),
    frozenset({"lawsuit", "suit"}),  # `a lawsuit for libel` ... `in the suit`: one word, shortened
    frozenset({"flaw", "vulnerability"}),  # a weakness in software or a system
)

# What a study, survey or report is called: it is its author's (`the study [by X]`).
STUDY_NOUNS: frozenset[str] = frozenset(
    {"study", "research", "survey", "report", "poll", "analysis", "review"}
)

# Who write studies: `the researchers` are the authors of the article's one study.
# The story's leading things (leading.py): generic news nouns a reporter uses, later on, for
# the one thing the lead introduced (`a powerful cyclone` ... `Cyclone Orla` ... `the storm`).
STORY_FAMILIES: tuple[frozenset[str], ...] = (
    frozenset({"storm", "cyclone", "hurricane", "typhoon", "tornado"}),
    frozenset({"study", "trial", "research"}),
    frozenset({"bid", "offer", "proposal", "approach"}),
    frozenset({"scheme", "plan", "proposal", "blueprint", "project", "programme", "initiative"}),
    frozenset({"refurbishment", "revamp", "renovation", "restoration", "redevelopment", "work"}),
    frozenset({"bridge", "crossing"}),
    frozenset({"cut", "reduction"}),
    frozenset({"photograph", "picture", "photo"}),
    frozenset({"fire", "blaze", "flame", "wildfire", "bushfire", "inferno"}),
    frozenset({"strike", "walkout", "stoppage"}),
    frozenset({"match", "final"}),  # `the final of the X Open` ... `17 aces in the match`
    frozenset({"deal", "agreement", "pact"}),
    frozenset({"rise", "increase"}),  # `a pay rise of 2.5%` ... `the increase`
)
# Plurals a reporter uses for one thing (`parking plans unveiled by the council` ... `the
# scheme`); other plurals (`air strikes`) are several, and `the strike` is one of them.
ONE_THING_PLURALS: frozenset[str] = frozenset({"plan", "proposal"})
# What two parties make together (`A and B agreed to merge in a deal`): `the deal [between A
# and B]`.
AGREEMENT_NOUNS: frozenset[str] = frozenset({"deal", "agreement", "pact"})
# Verbs whose subject holds the event they take (`Teachers in X are to hold a strike`): the
# event is theirs (`the strike by teachers in X`); `rejected an offer` is not by the rejecters.
HOLDING_VERBS: frozenset[str] = frozenset(
    {"hold", "stage", "call", "launch", "begin", "start", "plan", "organise", "organize",
     "announce"}
)  # fmt: skip
# Verbs whose subject is who the thing they take is for (`Police officers in X are to get a
# pay rise`, `Households in Y face a hosepipe ban`): `the rise [for police officers in X]`.
RECEIVING_VERBS: frozenset[str] = frozenset(
    {"get", "receive", "face", "win", "gain", "secure", "earn", "award", "offer", "give"}
)  # fmt: skip
# Events that where they happen tells apart (`a forest fire` in a lead that names one place:
# `the fire [in central Portugal]`); a trial or a deal needs its parties, not its town.
PLACE_TOLD_EVENTS: frozenset[str] = frozenset(
    {"fire", "blaze", "flame", "wildfire", "bushfire", "inferno", "storm", "cyclone",
     "hurricane", "typhoon", "tornado"}
)  # fmt: skip
# Family nouns with other common senses (`a new approach to crime`): a lead's is of the family
# only with a sum of money (`a £1.2bn approach`).
PRICED_FAMILY_NOUNS: frozenset[str] = frozenset({"approach", "bid", "offer"})
# A test that is also a court's (`the trial of X`): a lead's is a study only when the lead
# says what it tested (`A drug cut deaths in a large trial`).
TESTING_NOUNS: frozenset[str] = frozenset({"trial"})
# What a study yields: `the findings` are the findings of the one study the lead told of.
STUDY_YIELDS: frozenset[str] = frozenset({"finding", "result"})
# The act a lead's verb tells of, and the nouns a later sentence calls it by (`X is to close
# its factory` ... `the closure`). Each is an act of the verb's subject: `the decision` is
# the decision to do it.
NOMINALISED_ACTS: dict[str, frozenset[str]] = {
    "close": frozenset({"closure"}),
    "shut": frozenset({"closure", "shutdown"}),
    "ban": frozenset({"ban"}),
    "rule": frozenset({"ruling"}),
    "reject": frozenset({"rejection"}),
    "approve": frozenset({"approval"}),
    "scrap": frozenset({"scrapping"}),
    "axe": frozenset({"axing"}),
    "resign": frozenset({"resignation"}),
    "merge": frozenset({"merger"}),
}
# An act told in the passive (`X has been banned`, `X was suspended`): its noun and the word
# that puts the one it was done to after it (`the ban [on X]`).
PATIENT_ACTS: dict[str, tuple[frozenset[str], str]] = {
    "ban": (frozenset({"ban"}), "on"),
    "suspend": (frozenset({"suspension"}), "of"),
    "free": (frozenset({"release"}), "of"),
    "release": (frozenset({"release"}), "of"),
    "fine": (frozenset({"fine", "penalty"}), "on"),  # `X has been fined £3m`
    "dock": (frozenset({"penalty", "deduction"}), "on"),  # `X has been docked 12 points`
}
# Verbs by which a named body gives out its own figures (`Acme has reported a 14% rise in
# profits`): a later `the figures` or `the results` are those it reported.
RESULTS_VERBS: frozenset[str] = frozenset({"report", "post", "announce", "unveil", "publish"})
# What a later sentence calls the figures a body gave out.
RESULTS_NOUNS: frozenset[str] = frozenset({"figure", "result"})
# What a later sentence calls a decided act of the lead (`X is to scrap Y` ... `the move`).
DECISION_NOUNS: frozenset[str] = frozenset({"decision", "move"})
# Verbs that tell of a decision (`the council voted to refuse it`): told after the lead's act,
# undated, `the decision` may be that one.
DECIDING_VERBS: frozenset[str] = frozenset(
    {"decide", "vote", "agree", "choose", "opt", "refuse", "resolve", "rule"}
)
# Acts a decision is taken to do (the lead's `X is to close Y` is X's decision); a ruling or a
# resignation is not called `the decision`.
DECIDED_ACTS: frozenset[str] = frozenset(
    {"close", "shut", "ban", "reject", "approve", "scrap", "axe", "cut", "raise", "sell", "buy",
     "sack", "return", "cancel", "end", "merge", "introduce", "withdraw", "suspend", "drop",
     "demolish", "relocate", "abandon"}
)  # fmt: skip

STUDY_AUTHORS: frozenset[str] = frozenset({"researcher", "author", "scientist"})

# Who did a lead's act, by its verb (`tourists kidnapped by X` ... `the kidnappers`): the one
# the act was done to says which (`the kidnappers [of the tourists]`).
DOERS_OF_ACTS: dict[str, str] = {
    "kidnapper": "kidnap", "abductor": "abduct", "hijacker": "hijack", "attacker": "attack",
    "killer": "kill", "murderer": "murder", "robber": "rob", "rescuer": "rescue",
    "captor": "capture", "thief": "steal", "burglar": "burgle", "raider": "raid",
}  # fmt: skip
# Verbs that say where or how a thing just found is (`found one of the smallest planets,
# orbiting a faint star`): the clause tells which one was found. A clause of another verb
# (`..., sparking celebrations`) tells what the finding did, not which.
WHEREABOUTS_VERBS: frozenset[str] = frozenset(
    {"orbit", "circle", "lie", "live", "hide", "sit", "float", "stand", "rest", "hang", "grow",
     "shelter", "drift", "sleep", "hover", "nest", "perch", "dwell", "swim", "bury", "trap",
     "strand"}
)  # fmt: skip


# Nouns that measure a whole economy only with a modifier (`retail sales`, `the banking system`,
# `house prices`); with no place in the claim they are the article's country's, like `inflation`.
QUALIFIED_MEASURES: dict[str, frozenset[str]] = {
    "sale": frozenset({"retail"}),
    "system": frozenset({"banking", "financial"}),
    "price": frozenset({"consumer", "house", "property", "food", "fuel", "petrol"}),
    "index": frozenset({"price", "prices"}),  # `the retail prices index`
    "market": frozenset({"housing", "property", "stock", "labour", "job"}),
}

# Verbs of a measure whose subject `it` stands for the infinitive after them (`it took 18
# months to bring the case`, `it cost $5m to repair the bridge`): no one is meant.
EXTRAPOSING_MEASURE_VERBS: frozenset[str] = frozenset({"take", "cost"})

# Nouns that frame the clause after `it is` (`it is time X stopped`): the `it` stands for no one.
CLAUSE_FRAMING_NOUNS: frozenset[str] = frozenset({"time", "pity", "shame", "wonder", "mistake"})
# Adjectives whose subject is the one who would act (`it will be able to handle 9 million
# passengers`, `it was unwilling to pay`): an `it` before them is someone's, never a clause's
# or a situation's, as it is before `hard` or `unlikely` (`It is hard to say`).
AGENT_ADJECTIVES: frozenset[str] = frozenset(
    {"able", "unable", "willing", "unwilling", "keen", "eager", "determined", "prepared",
     "ready", "reluctant", "anxious", "desperate", "happy", "confident"}
)  # fmt: skip

# A sector a modifier names (`the music industry`): no earlier mention is needed to say which.
SECTOR_NOUNS: frozenset[str] = frozenset({"industry", "sector", "market", "trade", "business"})

# Verbs by which a study reports what it found (`It also found that ...`).
FINDING_LEMMAS: frozenset[str] = frozenset(
    {"find", "show", "suggest", "reveal", "conclude", "estimate", "say", "claim", "note"}
)

# Verbs by which what was found or done points to a conclusion (`..., suggesting that C`):
# trailing a verb that reports nothing, the inference is the article's (reported.py).
INFERENCE_LEMMAS: frozenset[str] = frozenset(
    {"suggest", "indicate", "imply", "show", "signal", "mean", "point"}
)

# Nouns with one referent the reader knows without being told which (`the internet`).
ONE_OF_A_KIND_NOUNS: frozenset[str] = frozenset(
    {"internet", "web", "world", "public", "press", "sun", "moon", "weather", "environment"}
)

# The earth and the air as things are put into or taken from them (`released into the
# ground`): with `the` after a verb's preposition, none of the story's grounds or air bases.
GROUND_NOUNS: frozenset[str] = frozenset({"ground", "earth", "soil", "air", "sky"})

# Spans of time (`a week`, `the day`): never a thing a lead introduces (leading.py).
PERIOD_NOUNS: frozenset[str] = frozenset(
    {"day", "week", "month", "year", "decade", "time", "period", "season", "moment", "hour",
     "minute", "morning", "evening", "night", "weekend", "spell", "while"}
)  # fmt: skip
# Times of the year or day: a later `the summer` may be another one than an earlier `the
# summer of 2023` (`once the repairs are finished in the summer`), so none takes its words.
TIME_NOUNS: frozenset[str] = PERIOD_NOUNS | {"afternoon", "spring", "summer", "autumn", "winter"}

# With `the`, the one a reader knows without being told which (the story's country's
# institutions, the natural world), and the times the date stages read (`the year before`, `at
# the moment`).
KNOWN_WITHOUT_SAYING: frozenset[str] = ONE_OF_A_KIND_NOUNS | {
    "government", "army", "police", "military", "navy", "opposition", "economy", "treasury",
    "time", "moment", "day", "week", "month", "year", "season", "period", "past", "future",
    "morning", "afternoon", "evening", "night", "weekend", "fortnight", "decade", "century",
    "spring", "summer", "autumn", "winter", "market", "dollar", "euro", "net", "cabinet",
    "pandemic", "tide", "sea", "sky", "air", "earth", "planet", "climate",
    # idioms (`told the truth`, `the way open`, `on the shelves`)
    "truth", "way", "reality", "history", "shelf", "outset", "opposite",
}  # fmt: skip

# What an amount is counted per (`£500,000 a year`, `215p a share`): with the amount, it still
# says only how much, not which thing.
RATE_UNITS: frozenset[str] = frozenset(
    {"year", "month", "week", "day", "hour", "annum", "share", "tonne", "barrel", "head"}
)

# Nouns for a figure the sentence has just given (`the figure rises to 24%`).
FIGURE_NOUNS: frozenset[str] = frozenset(
    {"figure", "number", "rate", "share", "proportion", "total", "percentage"}
)

# A group's members as a whole (`the workforce`): of the group the article is about.
MEMBERSHIP_NOUNS: frozenset[str] = frozenset({"workforce", "staff", "membership"})

# A body's own people (`Acme changed its name because the founders liked it`): in a clause
# under one whose subject is the claim's one organisation, they are that organisation's.
OWN_PEOPLE_NOUNS: frozenset[str] = frozenset(
    {"founder", "owner", "shareholder", "employee", "director", "staff", "worker", "management"}
)

# Modifiers that make a description another member of its kind (`the other regiments`, `an
# alternative blueprint`): it does not repeat an earlier mention.
OTHER_MODIFIERS: frozenset[str] = frozenset(
    {"other", "another", "alternative", "rival", "second", "different", "separate"}
)

# Nouns that point back to something the article told earlier (`the plans`, `the charges`):
# without a name or a fuller mention the claim does not say which.
BACK_POINTING_NOUNS: frozenset[str] = frozenset(
    {"plan", "proposal", "blueprint", "scheme", "deal", "agreement", "settlement", "decision",
     "move", "charge", "claim", "allegation", "report", "study", "research", "survey", "merger",
     "case", "suit", "lawsuit", "curb", "measure", "change", "idea", "talks", "ruling", "bid",
     "offer", "order", "explanation", "occasion", "matter", "issue", "finding", "project",
     "opportunity", "situation", "incident", "dispute", "investigation", "inquiry", "trial",
     "victim", "policy", "programme", "contract", "sale", "takeover", "strike", "attack",
     "vote", "bill", "campaign", "protest", "operation", "arrangement", "auction", "news",
     "announcement", "poll", "sell-off", "link", "advert", "advertisement", "statement",
     "affair", "unit", "drug",
     # places, sites and buildings a story is about (`the plant`, `the flat`, `the pier`)
     "plant", "factory", "site", "flat", "pier", "lake", "mine", "warehouse", "depot",
     "station", "route", "line", "ward", "shop", "store", "branch",
     # proceedings and events told of before (`the inquest`, `the closure`)
     "inquest", "hearing", "closure", "fire", "accident", "death", "fine", "fee",
     "accusation", "ban", "cap", "prize", "award", "book", "film", "album", "data"}
)  # fmt: skip

# Goals set for someone (`targets to recycle half of all waste`): `the target` points back to
# one the article told of. Owned by a body (`the Bank's target`) it is that body's standing one,
# which the body's name says; so they are not BACK_POINTING_NOUNS (implicit.owned_description).
GOAL_NOUNS: frozenset[str] = frozenset({"target", "goal"})

# Those taking part in a contest the article told of (`registered bidders`): the claim must
# say in what (implicit.taking_part_in_what).
PARTICIPANT_NOUNS: frozenset[str] = frozenset({"bidder", "applicant", "contender", "entrant"})

# What someone said, named by its speaker alone (`Conte's statements were false`): the claim
# does not say what about (implicit.said_about_what).
SAID_NOUNS: frozenset[str] = frozenset(
    {"statement", "allegation", "claim", "accusation", "remark", "comment", "assertion"}
)

# Of BACK_POINTING_NOUNS, those whose bare plural as a subject still means particular ones the
# article has told of (`Investigations may be harmful`), where `Sales grew` is general.
EPISODE_NOUNS: frozenset[str] = frozenset(
    {"investigation", "inquiry", "allegation", "charge", "accusation", "talks", "proposal",
     "lawsuit", "suit", "ruling", "finding", "explanation"}
)  # fmt: skip

# Kinds of business a ranking names instead of the firm (`Asia's biggest airline`): the
# claim does not say which one the article meant.
RANKED_BUSINESS_NOUNS: frozenset[str] = frozenset(
    {"airline", "carrier", "bank", "lender", "insurer", "retailer", "supermarket", "carmaker",
     "company", "firm", "group", "maker", "producer", "exporter", "brewer", "miner", "operator",
     "website", "network", "broadcaster"}
)  # fmt: skip

# Where a business works: a name after `in` or `at` one of them is a place (`its site in
# Ashcombe`, `the reactors at Ravensmoor`).
WORKPLACE_NOUNS: frozenset[str] = frozenset(
    {"plant", "factory", "mill", "works", "depot", "warehouse", "site", "headquarters",
     "premises", "base", "office", "branch", "store", "shop", "reactor", "station", "mine",
     "refinery", "quarry", "terminal", "yard"}
)  # fmt: skip

# A business brought in unnamed with `a` (`a chemical plant upstream`, `a Leeds firm`): a firm
# named earlier may then not be the `the firm` meant. Where a business works, the nouns any
# business goes by, and trades that name no person or thing (not `operator`, `chain`).
UNNAMED_BUSINESS_NOUNS: frozenset[str] = frozenset(
    {"plant", "factory", "mill", "works", "depot", "warehouse", "shop", "store", "site",
     "firm", "company", "business", "airline", "carrier", "retailer", "supermarket", "grocer",
     "brewer", "insurer", "carmaker", "manufacturer", "housebuilder"}
)  # fmt: skip

# What a reporter calls the firm a story is about, by its trade (`the web portal`, `the
# carmaker`), where its name need not show the trade (unlike ORGANISATION_NOUNS).
BUSINESS_NOUNS: frozenset[str] = frozenset(
    {"portal", "website", "giant", "maker", "manufacturer", "retailer", "supermarket", "chain",
     "carmaker", "producer", "operator", "exporter", "brewer", "miner", "conglomerate",
     "start-up", "firm", "company"}
)  # fmt: skip

# Verbs about an earlier event, with the prepositions that say which (`blamed X for Y`): without
# one the claim leaves the event to the article (`NTL blames its agency`).
REASON_VERBS: dict[str, frozenset[str]] = {
    "blame": frozenset({"for", "over", "on"}),
    "apologise": frozenset({"for", "over"}),
    "apologize": frozenset({"for", "over"}),
    "accuse": frozenset({"of"}),
}

# Verbs that answer something the article told of, with the prepositions that say what
# (`reacted to the figures`, `will appeal against the ruling`): with neither those nor an
# object the claim leaves it to the article (`The union reacted angrily`).
RESPONSE_VERBS: dict[str, tuple[str, frozenset[str]]] = {
    "react": ("to", frozenset({"to"})),
    "respond": ("to", frozenset({"to"})),
    "appeal": ("against", frozenset({"against"})),
    "intervene": ("in", frozenset({"in"})),
    "resign": ("from", frozenset({"from", "as", "over"})),
    "retaliate": ("against", frozenset({"against", "for"})),
    "step down": ("from", frozenset({"from", "as"})),
    "stand down": ("from", frozenset({"from", "as"})),
}

# What a country's economy is measured by: with no place in the claim, the article's country is
# the one meant (`inflation [in China]`).
ECONOMIC_MEASURES: frozenset[str] = frozenset(
    {"inflation", "growth", "output", "investment", "unemployment", "export", "import", "gdp",
     "deficit", "borrowing", "productivity", "economy", "government"}
)  # fmt: skip

# What an organisation's own figures measure (lemmas): with no owner in the claim, in a story
# about one organisation, they are its (story_organisation.py: `Turnover [at X] fell 12%`).
# Of those, what happens at an organisation and is counted by kind (`incidents of bullying`):
# an `of` phrase says which kind, not whose (`sales of plants` may be the market's).
COUNTED_EVENT_MEASURES: frozenset[str] = frozenset(
    {"detention", "exclusion", "incident", "complaint", "absence", "admission", "referral",
     "call-out", "appointment"}
)  # fmt: skip
ORGANISATION_MEASURES: frozenset[str] = COUNTED_EVENT_MEASURES | frozenset(
    {"sale", "turnover", "revenue", "income", "profit", "loss", "attendance", "membership",
     "booking", "taking", "takings", "footfall", "debt", "cost", "subscriber", "audience",
     "enrolment", "enrollment"}
)  # fmt: skip

# An organisation's own people (lemmas), by the preposition that ties them to it: in a story
# about one organisation, a bare `Staff` or `Members` is its (`Staff [at X]`, `Members [of X]`).
# Not `drivers` (motorists as often) nor `residents` (a place's).
ORGANISATION_PEOPLE: dict[str, frozenset[str]] = {
    "at": frozenset({"staff", "worker", "employee", "manager", "nurse", "teacher", "pupil",
                     "student", "volunteer"}),
    "of": frozenset({"member", "fan", "customer", "shareholder", "trustee", "supporter",
                     "subscriber"}),
}  # fmt: skip

# People nouns that are plural in the singular (`Staff were told`).
COLLECTIVE_PEOPLE: frozenset[str] = frozenset({"staff", "personnel", "workforce"})

# Areas named by the compass (`the north-west`): places, never who did something.
COMPASS_AREAS: frozenset[str] = frozenset(
    {"north", "south", "east", "west", "north-west", "north-east", "south-west", "south-east",
     "midlands"}
)  # fmt: skip

# A figure's movement over a span of time (`sales rose 18%`, used without an object): in a
# results or statistics story with no date of its own, it is the story's reporting period's.
MOVEMENT_VERBS: frozenset[str] = frozenset(
    {"rise", "fall", "climb", "drop", "grow", "jump", "surge", "soar", "slump", "plunge",
     "decline", "increase", "decrease", "shrink", "tumble", "slide", "dip", "ease", "edge"}
)  # fmt: skip

# What a results statement reports for its period (`profits of about £48m`).
RESULT_MEASURES: frozenset[str] = frozenset(
    {"profit", "loss", "sale", "sales", "revenue", "turnover", "earning", "earnings", "income"}
)  # fmt: skip

# A price that moves on a trading day, not over a reporting period (`shares fell 27p`, `the
# euro rose 0.4% against the dollar`).
MARKET_DAY_NOUNS: frozenset[str] = frozenset(
    {"share", "shares", "stock", "stocks", "bond", "yield", "currency", "euro", "dollar",
     "pound", "sterling", "yen"}
)  # fmt: skip

# A place's own bodies (`the army`, `police`): in a story whose lead puts it in one place, an
# unplaced one is that place's (story_places.py).
PLACED_BODY_NOUNS: frozenset[str] = frozenset(
    {"army", "police", "military", "navy", "coastguard"}
)  # fmt: skip
# Of those, the ones a place has by area, so places joined (`X and Y`) have them together.
LOCAL_BODY_NOUNS: frozenset[str] = frozenset({"police"})

# People and things a disaster or a count finds in a place (`500,000 people were left
# homeless`, `wells have been contaminated`): unplaced, they are the story's place's.
PLACED_GROUP_NOUNS: frozenset[str] = frozenset(
    {"people", "person", "villager", "resident", "survivor", "family", "household", "home",
     "house", "village", "well", "building", "road", "bridge", "crop", "refugee", "victim",
     "casualty", "soldier", "troop", "rescuer", "firefighter", "farmer", "homeless"}
)  # fmt: skip
# A place's population counted by what they are (`Students are now paying an average of
# £187`): with a figure, unplaced, they are the story's place's whatever they do.
PLACED_POPULATION_NOUNS: frozenset[str] = frozenset(
    {"student", "pupil", "patient", "driver", "motorist", "tenant", "renter", "shopper",
     "worker", "employee", "nurse", "doctor", "teacher", "child", "adult", "pensioner",
     "smoker", "passenger", "commuter", "homeowner", "landlord", "graduate", "household",
     "family", "people", "resident", "farmer", "voter", "cyclist", "pedestrian"}
)  # fmt: skip

# Speakers who are a place's people in a story set there (`officials say` -> `Officials [in
# X]`), and the words that may stand before them (`government officials`). Not `aid agencies`:
# they may speak from anywhere.
PLACED_SPEAKER_NOUNS: frozenset[str] = frozenset(
    {"official", "authority", "police", "rescuer", "villager", "resident", "survivor"}
)  # fmt: skip
PLACED_SPEAKER_MODIFIERS: frozenset[str] = frozenset(
    {"rescue", "emergency", "government", "health", "security"}
)  # fmt: skip

# Words by which a claim says where (or that it is nowhere in particular) for itself.
PLACE_POINTING_WORDS: frozenset[str] = frozenset(
    {"there", "here", "abroad", "overseas", "elsewhere", "local", "locally", "nationwide",
     "nationally", "worldwide", "country", "countrywide", "international", "internationally",
     "global", "globally", "region", "regional", "world", "foreign"}
)  # fmt: skip

# Verbs of a state of mind or a forecast: what follows is no fact placed anywhere.
PLACE_FREE_VERBS: frozenset[str] = frozenset(
    {"fear", "hope", "expect", "think", "believe", "want", "wish", "plan", "intend", "predict",
     "forecast", "worry", "urge", "call", "warn", "seem", "appear"}
)  # fmt: skip


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

# Phrases that mark a whole claim as someone's view ("in the view of an analyst, ...").
OPINION_PHRASES: tuple[str, ...] = (
    "in my opinion", "in my view", "in our view", "in the view of", "in his view",
    "in her view", "in their view", "i am sure", "i'm sure", "i am convinced", "it is time",
    "it's time", "it was time",
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
        "fantastic", "brilliant", "superb", "poor", "appalling", "absurd", "irresponsible",
        "reckless", "shocking", "scandalous", "unjust", "honest", "dishonest", "impressive",
        "remarkable", "extraordinary", "excessive", "inappropriate", "appropriate", "misguided",
        "flawed", "sensible", "silly", "pathetic", "hypocritical", "deplorable", "necessary",
        "unnecessary", "worthwhile", "valuable", "useless", "ideal", "perfect", "exciting",
        "encouraging", "worrying", "alarming", "troubling", "regrettable", "disgrace", "nonsense",
        "mistake", "shame", "scandal",
    }
)  # fmt: skip

# A feeling said of someone through a copula ("was deeply disappointed", "is grateful for"):
# a reaction no record settles, so it counts with the words below as a bare judgement.
# Not "satisfied", which is also a finding ("the panel was not satisfied that ...").
FEELING_WORDS: frozenset[str] = frozenset(
    {
        "concerned", "disappointed", "delighted", "pleased", "grateful", "sorry", "saddened",
        "dismayed", "appalled", "relieved", "thrilled", "upset", "worried", "shocked",
        "surprised", "confident", "hopeful", "optimistic", "pessimistic", "angry", "furious",
        "ashamed", "unhappy", "heartbroken", "devastated",
    }
)  # fmt: skip

# Words that judge what they are said of rather than describe it. Through a copula, with no
# figure, comparison or named thing in the predicate ("the plan was reckless", "that is a
# disgrace", "Y has always been innocent"), they state a view no record settles: the feature
# `s:bare judgement`. General English: the evaluative and judgement words above, less those
# that also measure or rank ("dangerous", "best", "unlikely"), and more of their kind.
EVALUATIVE_PREDICATES: frozenset[str] = (EVALUATIVE_WORDS | JUDGEMENT_WORDS | FEELING_WORDS | frozenset(  # noqa: E501
    {
        "innocent", "iconic", "credible", "incredible", "insensitive", "disgusting", "offensive",
        "insulting", "admirable", "commendable", "laudable", "marvellous", "marvelous",
        "lovely", "splendid", "dreadful", "lousy", "mediocre", "disastrous", "humiliating",
        "embarrassing", "shameless", "courageous", "brave", "cowardly", "heroic", "noble",
        "generous", "selfish", "greedy", "arrogant", "naive", "competent", "incompetent",
        "talented", "gifted", "clever", "boring", "fascinating", "inspiring", "inspirational",
        "heartbreaking", "upsetting", "frustrating", "disheartening", "gratifying",
        "satisfying", "unsatisfactory", "terrific", "tremendous", "magnificent", "glorious",
        "spectacular", "sensational", "triumph", "fiasco", "farce", "travesty", "outrage",
        "insult", "embarrassment", "joke", "masterpiece", "unforgivable", "inexcusable",
        "indefensible", "unjustified", "deserved", "undeserved", "unworthy", "beloved",
        "reputable", "disreputable", "trustworthy", "untrustworthy", "fortunate",
        "unfortunate", "immoral", "unethical", "cruel", "decent", "tasteless", "meaningless",
        "pointless", "futile", "hopeless", "bleak", "dire", "sophisticated", "civilised",
        "civilized", "uncivilised", "uncivilized",
    }
)) - frozenset(
    {"unlikely", "typical", "dangerous", "best", "worst", "sign", "necessary", "unnecessary",
     "complicated", "paramount", "advantage", "disadvantage"}
)  # fmt: skip

# Verbs that judge how someone fared, and the adverbs of degree that make them a verdict with
# no measure: "has benefited hugely", "suffered terribly" (a bare judgement when nothing in the
# claim gives a figure, a date or a named thing to check it by).
JUDGING_VERBS: frozenset[str] = frozenset(
    {"benefit", "suffer", "thrive", "flourish", "prosper", "excel", "struggle"}
)
DEGREE_ADVERBS: frozenset[str] = frozenset(
    {"hugely", "enormously", "immensely", "tremendously", "greatly", "massively", "vastly",
     "richly", "badly", "terribly", "woefully"}
)  # fmt: skip

# Verbs of going on with what one does: "would continue to fight" is a vow, not a deed.
PERSISTENCE_VERBS: frozenset[str] = frozenset({"continue", "keep", "persist"})

# Adverbs of degree or certainty: a speaker insisting on a judgement ("simply not credible",
# "very diligent", "certainly not"), rare in a plain report of fact.
INTENSIFIERS: frozenset[str] = frozenset(
    {
        "very", "really", "simply", "certainly", "truly", "extremely", "absolutely", "clearly",
        "deeply", "utterly", "totally", "hugely", "incredibly", "genuinely", "strongly",
        "obviously", "definitely", "surely", "undoubtedly", "so", "too", "quite",
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
    "prevents", "linked to", "link between", "links between", "responsible for", "blamed",
    "helped", "helps",
    "raises the risk", "increases the risk", "reduces the risk", "lowered the risk",
    "cut the risk", "cuts the risk",
    "driven by", "fueled by", "fuelled by", "boosted", "hurt", "killed", "saved", "lowers",
    "lowered", "reduces", "reduced", "improves", "improved", "worsens", "worsened",
    "protects against", "has made", "have made", "had made", "makes it", "made it",
    "would force", "will force", "could force", "forced", "forcing", "forces", "sparked",
    "sparks", "facilitate", "facilitates", "blames", "damaged", "damages", "harmful to",
)  # fmt: skip

# Verbs that name who paid for a study, not who did it (`The study was funded by X`): its
# agent is never the study's author.
FUNDING_LEMMAS: frozenset[str] = frozenset(
    {"fund", "finance", "sponsor", "bankroll", "underwrite", "support", "back", "pay"}
)

# Verbs a `which` takes when it stands for the whole clause before it, as the cause of what
# followed (`..., which has allowed them to boost trade`, `..., which led to a strike`).
CONSEQUENCE_VERBS: frozenset[str] = frozenset(
    {
        "allow", "enable", "lead", "cause", "result", "mean", "prompt", "force", "spark",
        "trigger", "fuel", "push", "drive", "help", "contribute", "permit",
    }
)  # fmt: skip

# Effect verbs that name a plain event far more often than a cause ("has made a firm order",
# "a charity which helps victims", "3,000 people were killed"): they still count as an effect
# for the check-worthiness score, but alone they do not make a claim causal (they, and a denied
# "does not mean", made 4 of the 28 reference claims typed causal, none of them causal).
PLAIN_EFFECT_VERBS: frozenset[str] = frozenset(
    {"has made", "have made", "had made", "helped", "helps", "killed"}
)

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
    "compared with", "compared to", "twice as", "three times", "as many as", "as much as",
    "more than", "less than", "fewer than",
)  # fmt: skip
# Any "-est" word after one of these is read as a superlative ("the hottest summer", "the
# world's largest emitter"), unless it is an -est word that is no superlative.
SUPERLATIVE_DETERMINERS: frozenset[str] = frozenset(
    {"the", "its", "their", "his", "her", "our", "world's", "country's", "nation's", "city's"}
)
NOT_SUPERLATIVES: frozenset[str] = frozenset(
    {
        "interest", "west", "request", "protest", "contest", "arrest", "test", "rest", "forest",
        "guest", "nest", "chest", "quest", "harvest", "conquest", "manifest", "suggest",
        "latest", "midwest", "southwest", "northwest", "priest", "honest", "modest", "invest",
        "digest", "unrest", "behest", "crest", "pest", "vest", "zest", "inquest", "bequest",
    }
)  # fmt: skip

# Records: a comparison with all of history or a long stretch of it. A desk checks these first.
RECORD_PHRASES: tuple[str, ...] = (
    "than at any point", "than at any time", "in history", "ever recorded", "on record",
    "than ever", "the first time", "for the first time", "since records began", "in decades",
    "in a generation", "record high", "record low", "all-time high", "all-time low",
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
# Proportions: a share of a population is a percentage in words ("a third of adults").
PERCENT_WORDS: tuple[str, ...] = (
    "percent", "per cent", "percentage point", "percentage points", "a third of",
    "two-thirds of", "two thirds of", "a quarter of", "three-quarters of", "half of",
    "a fifth of", "one in two", "one in three", "one in four", "one in five", "one in ten",
    "majority of", "minority of",
)  # fmt: skip
CURRENCY_WORDS: frozenset[str] = frozenset(
    {
        "dollar", "dollars", "euro", "euros", "pound", "pounds", "yen", "yuan", "lira",
        "liras", "rouble", "roubles", "ruble", "rubles", "rupee", "rupees", "franc", "francs",
    }
)  # fmt: skip
CURRENCY_SYMBOLS: str = "$€£¥₺₽₹"
# Scales written short after a figure (`£2m`, `$1.5bn`), which the parser often leaves untyped.
SCALE_ABBREVIATIONS: frozenset[str] = frozenset({"m", "bn", "k", "tn"})
UNIT_WORDS: frozenset[str] = frozenset(
    {
        "km", "kilometers", "kilometres", "meters", "metres", "kg", "kilograms",
        "tons", "tonnes", "barrels", "acres", "hectares", "degrees", "years", "months",
        "days", "hours", "people", "jobs", "votes", "deaths", "cases", "troops", "soldiers",
        "times",
    }
)  # fmt: skip

# Verbs that hedge the verb they raise (`The footage appeared to show C`, `X seemed to
# suggest C`): what follows is the article's reading of how something looked, not a report.
SEEMING_VERBS: frozenset[str] = frozenset({"seem", "appear"})

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

# Words that open a subordinate or relative clause: a hope or duty after one of them belongs to
# that clause, not to the claim ("extremists who want to kill the peace process").
STANCE_BREAKING_WORDS: frozenset[str] = frozenset(
    {
        "who", "whom", "whose", "which", "that", "when", "whenever", "because", "if", "unless",
        "whether", "while", "although", "though", "where", "since", "after", "before", "until",
    }
)  # fmt: skip

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

# Titles that make a person a company's voice (`Acme spokesman X`, `X, chief executive of Acme`):
# in their words `the company` is the one the title names (employers.py). A researcher's `we`
# is their institution's work (`X, a researcher at the Acme Institute`: `We [Acme Institute]
# found`); a union's or a charity's officers speak for it as a firm's do (`the union's general
# secretary`, `X, national officer at the Acme Union`). A minister's title names no
# organisation the recognizer types (`Home Secretary`), so it stays the minister's own.
COMPANY_TITLES: frozenset[str] = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "executive", "ceo",
     "boss", "director", "president", "chief", "researcher", "secretary", "officer", "manager",
     "co-ordinator", "coordinator", "vice-president", "vice-chairman"}
)  # fmt: skip

# Verbs whose `us` is everyone, not the speaker's organisation (`the pilot was too small to tell
# us anything`, `history teaches us`).
EVERYONE_US_VERBS: frozenset[str] = frozenset({"tell", "show", "teach", "remind"})

# Kinds of place a story calls its own setting by (`the town`): the one the article calls so.
SETTLEMENT_NOUNS: frozenset[str] = frozenset({"town", "city", "village"})

# Kinds of place whose name follows `of` (`the island of X`, `the county of X`): X is a place's
# name, whatever type the recognizer gave it.
PLACE_OF_NOUNS: frozenset[str] = SETTLEMENT_NOUNS | frozenset(
    {"island", "county", "region", "province", "hamlet", "valley"}
)
# Parts of a place (`on the edge of Dartmoor`, `the outskirts of X`): what follows `of` is a
# place, whatever the recognizer typed it. Not `heart` or `centre` (`the heart of Acme`).
PLACE_PART_NOUNS: frozenset[str] = frozenset(
    {"edge", "outskirts", "fringe", "fringes", "foot", "shore", "shores", "slopes", "summit"}
)

# Titles that follow a minister's portfolio (`Health Secretary Jo Bell`): a one-word name before
# them is the office, not an organisation the person speaks for.
PORTFOLIO_TITLES: frozenset[str] = frozenset({"secretary"})

# Words that rank a title without changing whose it is (`deputy chairman`, `chief executive`).
RANK_WORDS: frozenset[str] = frozenset(
    {"chief", "deputy", "senior", "vice", "managing", "executive", "finance", "financial",
     "operating", "acting", "general", "regional", "national", "assistant"}
)  # fmt: skip

# What a company's spokesman or chief calls their own employer (`the company would appeal`).
EMPLOYER_NOUNS: frozenset[str] = frozenset({"company", "firm"})

# Bodies whose names all but always hold the noun (`the Department for Transport`), so that
# `a spokeswoman for the department` speaks for the one named so in reach. Not `the party`
# (Labour), `the union` (Unison) or `the agency` (any acronym): those go unnamed as often.
SELF_NAMING_BODY_NOUNS: frozenset[str] = frozenset({"department", "ministry", "council"})

# Titles that head a body named by its noun just before them (`Council leader Jo Bell`): with
# such a noun, whose leader the title makes the person is the body's.
BODY_HEAD_TITLES: frozenset[str] = frozenset({"leader"})

# Things and events an article tells of once with what identifies them (`the auction of Acme's
# unit`, `Acme's survey`): a later bare `the auction` is that one, when the article gave one
# identity for it only (descriptions._sole_identity).
IDENTIFIED_NOUNS: frozenset[str] = BACK_POINTING_NOUNS | {"auction", "sale", "sell-off"}

# What an organisation (or a country) is said to be (`It is the biggest employer`, `one of the
# survivors`): after a copula with any other noun, `it` may be judging what happened (`It was
# the only option`, `It is the first time`), so it names no organisation (situations.py).
ORGANISATION_KINDS: frozenset[str] = (
    frozenset(ORGANISATION_NOUNS)
    | BUSINESS_NOUNS
    | {"employer", "survivor", "rival", "competitor", "player", "leader", "owner", "provider",
       "supplier", "buyer", "seller", "member", "partner", "investor", "brand", "subsidiary",
       "unit", "division", "group", "business", "institution", "body", "team", "club",
       "country", "nation", "state", "exporter", "importer", "shareholder", "sponsor",
       "customer", "client", "holder", "operator", "lender", "insurer"}
)  # fmt: skip

# Verbs whose subject is as often an act or a situation as an organisation (`It came after
# profits fell`, `It marks the first ...`, `It will affect 500 staff`): `it` before them may
# mean what the sentence before told.
SITUATION_VERBS: frozenset[str] = frozenset(
    {"come", "follow", "mark", "mean", "happen", "occur", "represent", "signal", "reflect",
     "cause", "prompt", "trigger", "spark", "affect", "seem", "appear", "leave", "put",
     "bring", "add"}
)  # fmt: skip

# Verbs of an event's course (`the Test, which starts on Thursday`): their subject is an event.
EVENT_COURSE_VERBS: frozenset[str] = frozenset(
    {"start", "begin", "end", "finish", "close", "resume", "conclude", "last", "run", "kick"}
)

# Verbs whose object is as often an act or a plan as an organisation: `It was widely expected`,
# `It was welcomed by unions` may mean what happened.
SITUATION_OBJECT_VERBS: frozenset[str] = frozenset(
    {"expect", "welcome", "announce", "criticise", "criticize", "condemn", "praise", "approve",
     "reject", "delay", "postpone", "cancel", "describe", "see", "view", "regard", "hail",
     "confirm", "complete", "predict", "forecast", "oppose", "back", "support"}
)  # fmt: skip

# Verbs whose object takes a complement after it (`made X the favourite`, `named her chair`):
# the noun after the object says what it was made, not who it is.
OBJECT_COMPLEMENT_VERBS = frozenset(
    {"make", "name", "appoint", "elect", "crown", "declare", "vote", "rate", "install"}
)

# Verbs and prepositions whose listed names act together, or are set against each other
# (`Acme merged A and B`, `talks between A and B`, `a deal with A and B`): a list after them is
# one fact, never one claim per name (`parallels.listed_names`).
JOINT_VERBS: frozenset[str] = frozenset(
    {"merge", "combine", "join", "link", "unite", "connect", "compare", "separate", "divide",
     "split", "pit", "mediate", "broker", "negotiate", "sign", "share", "swap", "exchange",
     "match", "pair", "marry", "introduce", "reconcile", "distinguish", "confuse", "beat",
     "defeat", "play", "face", "meet", "host", "include", "comprise", "contain", "feature"}
)  # fmt: skip
JOINT_PREPOSITIONS: frozenset[str] = frozenset(
    {"between", "among", "amongst", "with", "against", "versus", "vs", "from", "to", "like",
     "including", "than", "as", "of", "into", "together", "alongside", "amid"}
)  # fmt: skip

# Participles that say only where a firm is based or who owns it (`the Leeds-based carrier`,
# `the German-owned firm`, `the London-listed miner`): the description names no firm.
PLACING_PARTICIPLES: frozenset[str] = frozenset(
    {"based", "owned", "listed", "headquartered", "registered", "controlled", "backed", "run"}
)

# Contests and proceedings a story may be about, named once in its opening (`the Thornbridge
# and Wyle by-election`, `the Carling Cup final`): a later figure leans on it (events.py).
EVENT_NOUNS: frozenset[str] = frozenset(
    {"election", "referendum", "primary", "caucus", "match", "final", "semi-final", "derby",
     "tournament", "championship", "race", "marathon", "contest", "inquest", "auction"}
)  # fmt: skip

# What measures speak as (`figures show`, `the data suggest`): sources that describe nothing.
DATA_NOUNS: frozenset[str] = frozenset({"figure", "data", "statistic", "number"})

# Conjunctions that open a clause of time or cause (`after the firm said C`): a reporting verb
# under one of them times or explains the main clause; it does not attribute it (reported.py).
CIRCUMSTANCE_MARKS: frozenset[str] = frozenset(
    {"after", "before", "since", "until", "till", "once", "because", "when", "whenever"}
)

# Subjects that deny (`No bank can lose it and not feel it`): what they say of two joined
# verbs holds of the pair, so the pair is never cut into one claim per verb (clauses.py).
DENYING_QUANTIFIERS: frozenset[str] = frozenset(
    {"no", "neither", "nobody", "none", "nothing", "noone", "nor"}
)
