"""Stage 4: one claim per fact, cut along the dependency tree.

From a clause head and the tokens it may use:
- coordinated clauses with their own subject are claims of their own (`Shares fell and the
  chief executive resigned`, also when the parser hung the `and` on the noun before);
- coordinated predicates share the subject (`The firm cut jobs and closed two plants` gives
  `The firm cut jobs` and `The firm closed two plants`; `not only ... but also` likewise;
  verbs joined by `or` offer a choice and stay whole) without what is set off on it, and a
  passive or perfect auxiliary (or a copula: `is large but sparsely populated`) is shared
  with a participle or adjective that has none (`was arrested and charged`);
- a non-restrictive relative clause (after a comma, with `who`/`which`/`whose` leading it) is
  a claim about its head (`Tom Berg, who proposed X` gives `Tom Berg proposed X`);
- an apposition after a name (`Ana Silva, a lawyer for the victims,`, `Acme, one of the
  oldest firms,`) is a claim of its own about the name, as is `one of` a group after a
  dash or comma on a common noun (`a need for steel - one of the factors which ...`), and
  so is a participle set off on the subject (`The law, signed in March,` gives `The law
  [was] signed in March`);
- an absolute `with` (`Shares fell, with investors fearing a loss`) is a second fact, and
  so is what `despite being` concedes (`Nurses earn less than doctors despite being better
  trained` gives `Nurses [are] better trained [than doctors]`), and a `having` participle
  set off after the clause (`resigned, having led the firm` gives `X [had] led the firm`);
  a present participle set off after it stays in its clause (`won the seat, beating X by
  1,983` would give `X [was] beating ...`, a result no desk reads as a fact; see `trailing`);
- a `where` clause set off after a place (`moved to Leeds, where she opened a bakery` gives
  `She opened a bakery [in Leeds]`, see `wheres`), and a relative clause on `a ...` after
  `is` (`is a painter who lives in Oslo` gives `X lives in Oslo`, see `predicates`), and
  a description before a name (`A former banker, Tom Berg ...` gives `Tom Berg [was] a
  former banker`, see `fronted`); clauses a semicolon sets side by side are claims each;
- `descriptions` gives the same cuts for a speaker's phrase, which the reporting act takes;
- verbs coordinated by `and` inside a complement each take the main verb (`plans to close two
  plants and cut 300 jobs` gives `plans to close two plants` and `plans to cut 300 jobs`),
  unless they share an object or the `not`; so are coordinated main verbs, unless the first
  has nothing after it and the object stands after the second (`bought and later sold a
  stake`: kept whole rather than `X bought.`);
- a `while` / `although` clause with a subject of its own is a fact of its own, unless either
  clause points back at the other (`this was true for ...`, `although it ...` after a
  noun that is no organisation's name);
- coordinated nouns stay together: a list is one fact about its members (`A, B and C were
  fined`), and a verbless list is a verbless claim, never an error; only names listed as the
  object of a verb or of its preposition are cut, one claim a name (`parallels`), which also
  cuts participles on a predicate noun (`X is a film directed by A`) and a bracketed one on
  the subject (`X (born 1950)`).
Each claim is a set of the sentence's own tokens, so its words always come from its source.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.splitter import lexicon
from factcheck.splitter.fronted import (
    description_claim,
    fronted_descriptions,
    taken_by_description,
)
from factcheck.splitter.parallels import (
    bracketed_claim,
    bracketed_participles,
    inserted_verbs,
    listed_names,
    member_claims,
    participle_claim,
    predicate_participles,
    taken_by_brackets,
    taken_by_participles,
)
from factcheck.splitter.predicates import (
    apposition_claim,
    copula_subject,
    predicate_appositions,
    predicate_relatives,
    relative_pronoun,
    taken_by_apposition,
    taken_by_relative,
)
from factcheck.splitter.situations import only_the_main_subject
from factcheck.splitter.tokens import SUBJECTS, is_verbal, subject_of, subtree
from factcheck.splitter.trailing import clause_of
from factcheck.splitter.wheres import taken_by_where, where_claim, where_clauses

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_RELATIVE_SUBJECTS = frozenset({"who", "which"})
# Verbs whose base form is also their past participle (English grammar, a closed list).
_SAME_FORM_VERBS = frozenset(
    {
        "cut", "put", "set", "hit", "let", "shut", "quit", "spread", "cost", "hurt", "bid",
        "split", "burst", "cast", "upset", "broadcast", "forecast", "shed", "bet",
    }
)  # fmt: skip
_SHARED_AUX = frozenset({"aux", "auxpass", "neg"})
_NOUNS = frozenset({"NOUN", "PROPN"})


def _own_subject(verb: Token) -> bool:
    return any(c.dep_ in SUBJECTS for c in verb.children)


def _relative_in_subject(verb: Token) -> bool:
    """`all of which would be spent`, `most of whom live abroad`: the subject holds a relative
    pronoun, so the clause describes a noun before it."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    return subject is not None and any(
        t.lower_ in ("which", "whom") and t.dep_ == "pobj" for t in subject.subtree
    )


def _coordinated_verbs(head: Token) -> list[Token]:
    return [c for c in head.children if c.dep_ == "conj" and is_verbal(c)]


def _joiners(head: Token, conj: Token) -> set[int]:
    """The `and`/`but` and commas between a head and its coordinated verb."""
    found = {
        c.i
        for c in head.children
        if c.dep_ in ("cc", "punct", "preconj")
        and head.i < c.i < conj.i
        and not c.is_quote
        and (c.dep_ != "punct" or c.text in _JOINING_MARKS)  # not the `*` of `A*`
    }
    return found or _stray_joiner(conj)


_JOINING_MARKS = frozenset({",", ";", ":", "-", "–", "—", "...", "…"})


def _correlative(head: Token) -> set[int]:
    """`Acme not only cut jobs but also closed plants`: once the verbs are cut apart, the
    `not only` (`both`, `either`) on the first and the `also` on the `but` join nothing."""
    doc = head.doc
    found = {i for c in head.children if c.dep_ == "preconj" for i in subtree(c)}
    for cc in (c for c in head.children if c.dep_ == "cc"):
        found |= {i for i in subtree(cc) if doc[i].dep_ == "advmod"}
    return found


def _stray_joiner(conj: Token) -> set[int]:
    """`... popular to hundreds of people and the two saw potential`: the parser may hang the
    `and` on the last noun before a clause with a subject of its own; standing right before
    that clause, it still joins the two clauses (with the comma before it, if any)."""
    if not _own_subject(conj):
        return set()
    doc, start = conj.doc, min(subtree(conj))
    before = doc[start - 1] if start > 0 else None
    if before is None or before.dep_ != "cc" or before.lower_ not in ("and", "but"):
        return set()
    comma = before.i - 1
    return {before.i} | ({comma} if comma >= 0 and doc[comma].text == "," else set())


def _non_restrictive_relatives(
    tokens: set[int], head: Token, about_the_noun: bool = False
) -> list[Token]:
    """Relative clauses set off by a comma, with `who` / `which` / `whose` leading them.
    `about_the_noun` when no clause around can be what `which` stands for."""
    doc = head.doc
    found = []
    for i in sorted(tokens):
        token = doc[i]
        if token.dep_ != "relcl" or token.head.i not in tokens:
            continue
        first = min(subtree(token))
        pronoun = doc[first]
        after_comma = first > 0 and doc[first - 1].text == ","
        # `..., which` after a preposition's object often means the whole clause: kept whole.
        # `the second Test at Edgbaston, which starts on Thursday`: what starts or ends is the
        # event the name is the place of, not the name
        after_a_noun = token.head.head.dep_ == "prep" and token.head.head.head.pos_ in _NOUNS
        of_a_noun = after_a_noun and _tells_a_course(token)
        # `the company's site in Walsall, which is being expanded`: the site, or Walsall?
        # (`shares in Acme, which makes`: the plural is not what `makes`)
        # `put a block on the green off Church Lane, which closed in 2021`: the green, or the
        # lane? The parser may hang the place on the verb; the noun just before it says
        # the place may be that noun's
        before = doc[token.head.head.i - 1] if token.head.head.i > 0 else None
        beside_a_noun = before is not None and (  # `the green` is tagged an adjective
            before.tag_ == "NN" or (before.dep_ in ("pobj", "dobj") and before.tag_ == "JJ")
        )
        place_of_one_thing = (
            pronoun.lower_ == "which"
            and (after_a_noun or beside_a_noun)
            and token.head.dep_ == "pobj"
            and token.head.ent_type_ in ("GPE", "LOC", "FAC")
            and (token.head.head.head.tag_ == "NN" or beside_a_noun)
        )
        named_head = pronoun.lower_ == "who" or (
            token.head.pos_ == "PROPN" and not (pronoun.lower_ == "which" and of_a_noun)
        )
        whole_clause = token.head.dep_ == "pobj" and not named_head and not about_the_noun
        whose = pronoun.lower_ == "whose" and pronoun.head.dep_ in SUBJECTS  # `whose firm is`
        # `12m, which she said would be met from budgets`: a `which` that is the subject of
        # what a reporting verb inside the clause says is no subject of that verb; cut as
        # `12m she said would be met`, the claim would garble, so the clause stays whole.
        relative_subject = (
            pronoun.lower_ in _RELATIVE_SUBJECTS
            and pronoun.dep_ in SUBJECTS
            and pronoun.head.i == token.i
        )
        # `officers in the north-west, who led it`: a person's clause hung on a place is
        # the people's, whom the parse does not give; the sentence stays whole
        person_on_a_place = pronoun.lower_ in ("who", "whose") and (
            token.head.ent_type_ in ("GPE", "LOC", "FAC")
            or token.head.lower_ in lexicon.COMPASS_AREAS
        )
        if after_comma and (relative_subject or whose) and not whole_clause:
            if place_of_one_thing or person_on_a_place:
                continue
            if antecedent_in_doubt(token, first):
                continue  # `four routes, including its Edinburgh service, which lost money`
            if _ends_mid_phrase(token):
                continue  # the parser gave part of the clause to the verb outside it

            found.append(token)
    return found


_CHANGE_MARKS = frozenset({"to", "by", "from"})
_AMOUNT_TYPES = frozenset({"MONEY", "PERCENT", "QUANTITY", "CARDINAL"})


def _figure_of_a_change(noun: Token) -> bool:
    """`rose 3% to 2bn`: the figure a change went to, by or from; a `which` hung on it may
    stand for the change as well as for the figure."""
    marker = noun.head
    return (
        noun.dep_ == "pobj"
        and noun.ent_type_ in _AMOUNT_TYPES
        and marker.lower_ in _CHANGE_MARKS
        and marker.head.pos_ in ("VERB", "AUX")
    )


def _tells_a_course(verb: Token) -> bool:
    """`which starts on Thursday`, `which was due to start on Friday`: the clause tells when
    something starts or ends, in its own verb or one it frames (`due to start`)."""
    if verb.lemma_ in lexicon.EVENT_COURSE_VERBS:
        return True
    framed = [c for c in verb.children if c.dep_ in ("acomp", "xcomp")]
    return any(
        t.lemma_ in lexicon.EVENT_COURSE_VERBS and t.dep_ == "xcomp"
        for c in framed
        for t in (c, *c.children)
    )


def _ends_mid_phrase(relative: Token) -> bool:
    """`its owner, Tom Berg, who has lent the club 9m since buying it`: a clause set off by a
    comma ends at a comma, a dash, a bracket or the sentence's end. One the parse ends before
    words that still belong to it (`9m since ...` hung on the verb outside) cut out would
    leave them glued to the sentence (`Tom Berg 9m since buying it`) and itself lose them."""
    doc = relative.doc
    last = max(subtree(relative))
    return last + 1 < len(doc) and not doc[last].is_punct and not doc[last + 1].is_punct


def antecedent_in_doubt(relative: Token, first: int) -> bool:
    """A `which` clause the parser hung on a noun while another noun of its own phrase ends
    just before the comma: either may be what `which` stands for, so none is said to be. A
    `who` clause whose verb's number does not fit the common noun it was hung on (`the
    backing of regulators and of investors, who are`) stands for another noun."""
    if _clause_read_as_noun(relative):
        return True
    if relative.doc[first].lower_ == "whose" and _in_a_persons_title(relative.head):
        return True  # `X, head of Acme, whose home was sold`: X's home, or Acme's?
    if relative.doc[first].lower_ == "who":
        # a name takes either number (`Halbrook, who have won`), a list of names the plural
        common = relative.head.pos_ == "NOUN" and not relative.head.ent_type_
        return common and _disagrees_in_number(relative, relative.head)
    if relative.doc[first].lower_ != "which" or first < 2:
        return False
    if _figure_of_a_change(relative.head):
        return True  # `Costs rose 3% to 2bn, which X said was due to Y`: the rise, or 2bn?
    closer = relative.doc[first - 2]
    noun = relative.head
    one_name = any(e.start <= noun.i < e.end and e.start <= closer.i < e.end for e in noun.doc.ents)
    if (
        closer.pos_ in _NOUNS
        and closer.i != noun.i
        and closer.head.i != noun.i
        and noun.is_ancestor(closer)
        and not one_name  # `the Office of Fair Trading, which ...`
    ):
        return True
    return (
        _object_of_a_description(noun)
        or _disagrees_in_number(relative, noun)
        or _inside_a_relative(noun)
    )


def _in_a_persons_title(noun: Token) -> bool:
    """`Tom Berg, chief executive of Acme,`: the noun stands in a title set beside a person's
    name (document._repair_personal_relative hangs a `who` clause on the name itself)."""
    if noun.ent_type_ == "PERSON":
        return False
    title = noun
    while title.dep_ in ("prep", "pobj", "compound", "conj", "poss") and title.head.i != title.i:
        title = title.head
    return title.dep_ == "appos" and title.head.ent_type_ == "PERSON" and title.head.i < title.i


def _clause_read_as_noun(relative: Token) -> bool:
    """`More than 90% of the design survives, which is rare`: the parser read a clause as a
    noun phrase (its verb the object of `of`) and hung `which` on it; `which` stands for
    the clause, and the phrase with it cut out would glue two clauses together."""
    own = set(subtree(relative))
    return any(
        t.tag_ in _FINITE_TAGS and t.dep_ in _NOUN_ROLES
        for t in relative.head.subtree
        if t.i not in own
    )


def _inside_a_relative(noun: Token) -> bool:
    """`a trial in which volunteers will be given different diets, which X said should
    settle it`: a `which` hung on a noun inside another relative clause may stand for the noun
    that clause describes (the trial) as well as for the nearest one (the diets)."""
    return any(a.dep_ == "relcl" for a in noun.ancestors)


_FINITE_TAGS = frozenset({"VBZ", "VBD", "VBP"})
_NOUN_ROLES = frozenset({"pobj", "dobj", "compound", "appos", "attr", "nsubj"})
_PLURAL_FORMS = frozenset({"VBP"})
_SINGULAR_FORMS = frozenset({"VBZ"})


def _disagrees_in_number(relative: Token, noun: Token) -> bool:
    """`jobs at Acme's three factories in Lancashire, which employ 2,900 people`: the
    parser hung `which` on the nearest noun, but the verb's number says it stands for
    another."""
    pronoun = relative.doc[min(subtree(relative))]
    if pronoun.head.i != relative.i or pronoun.dep_ not in SUBJECTS:
        return False  # `which she said would`
    if (noun.ent_type_ or noun.pos_ == "PROPN") and noun.tag_ in ("NNS", "NNPS"):
        return False  # `Leicester Hospitals NHS Trust, which runs`: a name, not a plural
    finite = [relative, *(c for c in relative.children if c.dep_ in ("aux", "auxpass"))]
    forms = {t.tag_ for t in finite} | {t.lower_ for t in finite}
    plural_noun = noun.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in noun.children)
    if forms & (_PLURAL_FORMS | {"were"}):
        return not plural_noun
    if forms & (_SINGULAR_FORMS | {"was"}):
        return plural_noun
    return False


def _object_of_a_description(noun: Token) -> bool:
    """`Orbit, the browser made by US firm Lumen, which is used by 28 million people`: the
    noun `which` was hung on is an object inside a description set beside another noun;
    the clause may be about either."""
    if noun.dep_ != "pobj" or noun.head.dep_ != "agent":
        return False
    described = noun.head.head
    return described.dep_ == "acl" and described.head.dep_ == "appos"


def _fits(auxiliary: Token, verb: Token) -> bool:
    """Whether `verb` can follow `auxiliary` (`has cut and closed`, not `have believe`)."""
    if auxiliary.dep_ == "neg":
        return True
    # `has closed a centre and cut 22 staff`: the tagger often reads `cut` as a base form
    participle = verb.tag_ == "VBN" or (verb.tag_ == "VB" and verb.lower_ in _SAME_FORM_VERBS)
    if auxiliary.lemma_ == "have":
        return participle
    if auxiliary.lemma_ == "be":
        return participle or verb.tag_ == "VBG"
    # a modal, `do` or `to`: `will open later and cost £94m more` (`cost` read as a past)
    return verb.tag_ == "VB" or (verb.tag_ == "VBD" and verb.lower_ in _SAME_FORM_VERBS)


def _fitting_auxiliaries(head: Token, conj: Token) -> list[Token]:
    return [c for c in head.children if c.dep_ in _SHARED_AUX and _fits(c, conj)]


def _base_form_misread(head: Token, conj: Token) -> bool:
    """`The club sold goalkeeper A to X and defender B to Y`: a bare verb form (`defender`
    read as a verb) with no subject or auxiliary of its own cannot follow a past or present
    tense, or an auxiliary it does not fit (`has sold ... and buy`): the parser misread a
    noun, and a cut would lose the real verb (`The club defender B to Y`). Only after a
    singular subject: after `we` or `they` the bare form is a present tense (`We have looked
    into it and believe C`)."""
    if conj.tag_ != "VB" or _own_subject(conj) or any(c.dep_ in _SHARED_AUX for c in conj.children):
        return False
    subject = subject_of(head)
    singular = subject is not None and (
        subject.tag_ in ("NN", "NNP") or subject.lower_ in ("he", "she", "it")
    )
    if not singular:
        return False
    auxiliaries = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
    if auxiliaries:
        return not any(_fits(a, conj) for a in auxiliaries)
    return head.tag_ in ("VBD", "VBZ", "VBN")


def _participle_misread(head: Token, conj: Token) -> bool:
    """`The truce, agreed in March, lasted two weeks`: a participle set off by commas after
    its noun, read as the main verb with the real verb joined to it by a bare comma; cut
    along that parse, the first claim is no sentence (`The truce, agreed in March.`)."""
    subject = subject_of(head)
    if subject is None or head.tag_ not in ("VBD", "VBN") or _own_subject(conj):
        return False
    doc = head.doc
    set_off = max(subtree(subject)) in (head.i - 2, head.i - 1) and doc[head.i - 1].text == ","
    bare_comma = doc[min(subtree(conj)) - 1].text == ","
    joined = any(c.dep_ == "cc" and head.i < c.i < conj.i for c in head.children)
    return set_off and bare_comma and not joined


def _participle_continued(head: Token, conj: Token) -> bool:
    """`got in through software supplied by another company and used to send receipts`: a
    subjectless `-ed` form after a noun that a participle describes may go on describing it
    (`supplied ... and used`), not say what the subject did; cut, it would credit the
    subject with the noun's use (`The attackers used to send receipts`)."""
    if _own_subject(conj) or conj.tag_ not in ("VBD", "VBN") or not conj.lower_.endswith("ed"):
        return False
    doc = head.doc
    joiner = conj.i - 1 if doc[conj.i - 1].lower_ in ("and", "or") else None
    return (
        joiner is not None
        and any(
            t.dep_ == "acl"
            and t.tag_ == "VBN"
            and t.head.pos_ in ("NOUN", "PROPN")
            and t.n_lefts + t.n_rights > 0  # `supplied by X`, not a bare `matches involved`
            and max(subtree(t)) == joiner - 1
            for t in doc[head.i + 1 : conj.i]
        )
    )


def _arguments_past(head: Token, conj: Token) -> bool:
    """`apologised to passengers and blamed factors, including X, Y and Z`: an object the
    parser hung on the first verb though it stands after the second (`Y` read as what was
    apologised for); cut there, the first claim glues it on (`apologised to passengers, Y`)."""
    return any(c.dep_ in ("dobj", "attr", "dative", "oprd") and c.i > conj.i for c in head.children)


def _infinitive_continued(head: Token, conj: Token) -> set[int]:
    """`Acme needs to cut costs, and raise fees`: the parser may join a bare verb to the
    finite verb before the infinitive, where no bare form can follow (`Acme needs raise
    fees`); it goes on with the infinitive. The words the second claim takes from the first
    (`needs to`), or none."""
    if conj.tag_ != "VB" or head.tag_ not in ("VBZ", "VBD") or _own_subject(conj):
        return set()
    if any(c.dep_ in _SHARED_AUX for c in conj.children):
        return set()
    if any(c.dep_ in ("aux", "auxpass") for c in head.children):
        return set()  # `will need to cut and raise`: the bare verb may follow `will`
    infinitives = [c for c in head.children if c.dep_ == "xcomp" and head.i < c.i < conj.i]
    if len(infinitives) != 1:
        return set()
    to = [c for c in infinitives[0].children if c.dep_ == "aux" and c.lower_ == "to"]
    if len(to) != 1:
        return set()
    negation = {c.i for c in head.children if c.dep_ == "neg"}
    return {head.i, to[0].i} | negation


def _shared_auxiliaries(head: Token, conj: Token) -> set[int]:
    """The auxiliaries of `head` that `conj` takes over (`was arrested and charged`). A
    negation goes only with an auxiliary it leans on: `does not want war and hopes for
    peace` gives `hopes for peace`, never `not hopes`."""
    fitting = _fitting_auxiliaries(head, conj)
    if not any(c.dep_ != "neg" for c in fitting):
        return set()
    if any(c.dep_ == "neg" for c in conj.children):  # its own `not`: never a second one
        fitting = [c for c in fitting if c.dep_ != "neg"]
    return {c.i for c in fitting}


def _shared_copula(head: Token, conj: Token) -> set[int]:
    """`Norway is one of the largest countries, but sparsely populated`: an adjective or
    participle coordinated with a copula's predicate takes the copula (`Norway is sparsely
    populated`), never its `not`."""
    copula = head.lemma_ == "be" and any(c.dep_ in ("attr", "acomp") for c in head.children)
    predicate = conj.pos_ == "ADJ" or conj.tag_ == "VBN"
    return {head.i} if copula and predicate and head.i < conj.i else set()


def _negation_in_doubt(head: Token, conj: Token) -> bool:
    """`did not raise rates and cut them`: whether the `not` covers the second verb is not
    in the tree, and a wrong guess says the opposite of the article; such a pair is not
    split. (`does not want war and hopes for peace` is no such pair: `hopes` cannot follow
    `does`, so the `not` cannot reach it.)"""
    negated = any(c.dep_ == "neg" for c in head.children)
    own = any(c.dep_ in SUBJECTS or c.dep_ in _SHARED_AUX for c in conj.children)
    leans = any(c.dep_ != "neg" for c in _fitting_auxiliaries(head, conj))
    return negated and not own and leans


def _denied_subject(head: Token, conj: Token) -> bool:
    """`No bank can lose that much and not feel it`: a subject that denies (`no`, `neither`,
    `nobody`) denies the two verbs together, not each alone; cut apart, each says the
    opposite of the article (`No bank can lose that much.`)."""
    if _own_subject(conj):
        return False
    subject = subject_of(head)
    if subject is None:
        return False
    words = [subject, *(c for c in subject.children if c.dep_ == "det")]
    return any(w.lower_ in lexicon.DENYING_QUANTIFIERS for w in words)


def _object_in_doubt(head: Token, conj: Token) -> bool:
    """`The firm bought and later sold a stake`: a verb with nothing after it before the
    `and`, and an object only after the second verb, may share that object (`bought a
    stake`) or need none (`came and saw the film`); which one is not in the tree, and either
    cut alone would read wrong (`The firm bought.`), so the pair is kept whole."""
    if _own_subject(conj) or _complemented(head):
        return False
    return any(c.dep_ == "dobj" and c.i > conj.i for c in conj.children)


_EMBEDDED = frozenset({"xcomp", "pcomp"})


def subject_in_doubt(head: Token, conj: Token) -> bool:
    """`X says the fines are unfair, and had appealed to the courts`: inside what someone says,
    a verb with no subject of its own whose tense breaks from the first verb's may be the
    speaker's act, not the first subject's; which one the article means is not in the parse."""
    reported = head.dep_ in ("ccomp", "parataxis") and head.head.i != head.i
    if not reported or _own_subject(conj):
        return False
    acts = _reports(conj) or (_speech_act(conj) and _another_doer(head))
    if acts and head.head.lemma_ != conj.lemma_ and same_tense_as(conj, head.head):
        return True  # `X said C and insisted D`: the parser joined `insisted` to C's verb
    if _contrasted_act(head, conj):
        return True  # `concluded the benefits outweighed the harm, but attached conditions`
    undergoer = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
    thing = undergoer is not None and undergoer.pos_ == "NOUN" and not undergoer.ent_type_
    unmade = not any(c.dep_ == "agent" for c in head.children)  # not `devastated by X`
    if thing and unmade and any(c.dep_ == "dobj" for c in conj.children):
        return True  # `the promise had been torn up, and would ballot members`: the union's
    first, second = _tense(head), _tense(conj)
    if first is None or second is None or first == second:
        return False
    # after a past `said`, `had recovered and would be fit` is one backshifted report
    return not (_tense(head.head) == "past" and {first, second} <= {"past", "modal"})


# Nouns for people and bodies: a verb after `, but` may well be such a subject's own act.
_DOER_NOUNS: frozenset[str] = (
    lexicon.ORGANISATION_KINDS
    | lexicon.TRADE_NOUNS
    | lexicon.NOT_A_BUSINESS_WORDS
    | lexicon.SPOKESPERSON_NOUNS
    | lexicon.OWN_PEOPLE_NOUNS
    | frozenset(lexicon.ROLE_NOUNS)
    | frozenset(lexicon.PERSON_DESCRIPTION_NOUNS)
)


def _contrasted_act(head: Token, conj: Token) -> bool:
    """`X concluded that the benefits outweighed the harm, but attached 40 conditions`: after
    `, but`, a verb with an object and no subject, joined to what was said of a thing (a
    common noun that names nothing), may be the speaker's act as readily as the thing's; the
    parse hangs it on the content either way."""
    subject = subject_of(head)
    if subject is None or subject.pos_ != "NOUN" or subject.ent_type_:
        return False
    if subject.lemma_.lower() in _DOER_NOUNS:
        return False  # `said the charity had set up 14 points, but needed 40`: the charity's
    between = [c for c in head.children if head.i < c.i < conj.i]
    contrasted = any(c.dep_ == "cc" and c.lower_ == "but" for c in between)
    set_off = any(c.dep_ == "punct" and c.text == "," for c in between)
    acts = any(c.dep_ == "dobj" for c in conj.children)
    return contrasted and set_off and acts


def backshift_in_doubt(reporting: Token, conj: Token) -> bool:
    """`X said the board aimed to cut costs, and had already cut the wage bill`: a past
    perfect joined to a past reporting verb with no subject of its own is backshifted speech,
    but whether its doer is the speaker or the content's subject (the board) is not in the
    parse. (`X said he was ill and had resigned`: a pronoun content subject may be X.)"""
    if reporting.tag_ != "VBD" or reporting.lemma_.lower() not in lexicon.REPORTING_LEMMAS:
        return False
    if conj.i < reporting.i or _own_subject(conj) or conj.tag_ != "VBN":
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "had" for c in conj.children):
        return False
    contents = [c for c in reporting.children if c.dep_ == "ccomp" and c.i > reporting.i]
    subject = subject_of(contents[0]) if len(contents) == 1 else None
    return subject is not None and subject.pos_ in ("NOUN", "PROPN")


def _reports(verb: Token) -> bool:
    """A reporting verb with what it reports (`insisted the result would ...`), not `admitted`
    of `treated, admitted or discharged patients`."""
    said = any(c.dep_ in ("ccomp", "parataxis") and is_verbal(c) for c in verb.children)
    return said and verb.lemma_ in lexicon.REPORTING_LEMMAS


def _another_doer(content: Token) -> bool:
    """`X said the firm had no plans ...`: what was said has a doer of its own (a noun), so
    a verb joined to it may be that doer's or the speaker's; `X said she ...` has only X."""
    subject = subject_of(content)
    return subject is not None and subject.pos_ in ("NOUN", "PROPN")


def _speech_act(verb: Token) -> bool:
    """`accused the union of scaremongering`, `urged ministers to act`: an act of speech
    aimed at someone, which the speaker does as readily as the speaker's subject."""
    lemma = verb.lemma_.lower()
    acts = {present.split()[0] for present, _third, _past in lexicon.EVENT_VERBS}
    return lemma in acts and any(c.dep_ == "dobj" for c in verb.children)


def same_tense_as(second: Token, reporting: Token) -> bool:
    """`X said C and insisted D`, `X says C and has warned D`: a second reporting verb in the
    tense of the first is the reporter's; `said she had washed it and had told police D` is
    what the first reported (a backshifted `had`)."""
    auxiliaries = [c for c in second.children if c.dep_ == "aux" and c.i < second.i]
    if reporting.tag_ == "VBD":
        return second.tag_ == "VBD" and not auxiliaries
    if reporting.tag_ in ("VBZ", "VBP"):
        return second.tag_ in ("VBZ", "VBP") or any(
            a.lower_ in ("has", "have") for a in auxiliaries
        )
    return False


def _conditioned(conj: Token) -> bool:
    """A coordinated verb led by `if`, `unless`, `when` (`but only if the government kept its
    promise`) is a condition on the clause before it, not a fact of its own."""
    return any(c.dep_ == "mark" and c.lower_ != "that" for c in conj.children)


_ELLIPTICAL_LEMMAS = frozenset({"do", "be", "have", "will", "would", "can", "could", "should"})


def _elliptical(verb: Token) -> bool:
    """`... and you did`, `... but it will not`: a verb that stands for the one before it
    says nothing on its own once cut off."""
    return verb.lemma_ in _ELLIPTICAL_LEMMAS and all(
        c.dep_ in ("nsubj", "nsubjpass", "neg", "advmod", "punct", "cc", "aux")
        for c in verb.children
    )


def _tense(verb: Token) -> str | None:
    """`past`, `present` or `modal` (`will`, `could`) from the verb's first auxiliary, else
    the verb itself."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    finite = auxiliaries[0] if auxiliaries else verb
    if finite.tag_ == "VBD":
        return "past"
    if finite.tag_ == "MD":
        return "modal"
    return "present" if finite.tag_ in ("VBZ", "VBP") else None


def _own_auxiliary(verb: Token) -> bool:
    """An auxiliary of the verb's own; a bare `not` is none (`has cut jobs and not raised pay`,
    `to keep batting and not throw it away`: the second verb still takes `has` / `to`)."""
    return any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _auxiliary_chain(head: Token, conj: Token, *, embedded: bool = False) -> set[int] | None:
    """The auxiliaries a coordinated verb with none of its own takes over, as one chain: all
    of them when it can follow the last (`will have cut jobs and closed plants`, `thought to
    have climbed in and taken a case`), none when it can follow none (`does not want war and
    hopes for peace`); None when a part of the chain would be left behind (`to have climbed
    in and got out`, `got` read as a past tense: `are thought got out`) or a passive's
    participle is joined to an -ing verb (`has been accused of X and misleading Y`): cut
    there, the claim is a fragment or says what the article does not."""
    if _own_auxiliary(conj):
        return set()
    chain = _auxiliaries_before(head)
    if not chain:
        return _shared_auxiliaries(head, conj)
    last = max(chain, key=lambda c: c.i)
    # `to have entered and taken`, `will have cut and closed`: after `to` or a modal no past
    # tense can follow, so `taken` or `closed` after `have` is a participle the tagger read
    # as one (a lone `had given X and rejected Y` may be a past tense of its own)
    participle_form = (
        (embedded or len(chain) > 1) and conj.tag_ == "VBD" and conj.lower_.endswith(("ed", "en"))
    )
    # a passive participle takes no object: `had been contacted and expected more claims`
    # is a past tense of its own, whatever the tagger made of it
    takes_object = any(c.dep_ == "dobj" for c in conj.children)
    if takes_object and any(c.dep_ == "auxpass" for c in chain) and conj.lower_.endswith("ed"):
        return set()
    # `will be collected by X and passed on to Y`: so too after a modal and a passive `be`
    if _fits(last, conj) or (last.lemma_ in ("have", "be") and participle_form):
        passive = any(c.dep_ == "auxpass" for c in chain)
        if passive and conj.tag_ == "VBG":
            return None
        return {c.i for c in chain} | _shared_auxiliaries(head, conj)
    if any(_fits(c, conj) for c in chain):
        return None
    return set()


def _auxiliaries_before(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]


def _embedded_coordination(head: Token, own: set[int]) -> list[tuple[Token, Token, set[int]]]:
    """`The plan includes cutting six regiments to five and merging them`, `The firm plans to
    close two plants and cut 300 jobs`: verbs coordinated inside the clause's complement each
    carry a fact of their own, said of the same subject by the same main verb. Each comes
    with the auxiliaries the second verb takes over (`_auxiliary_chain`)."""
    found = []
    for inner in (c for c in head.children if c.dep_ in _EMBEDDED and c.i in own):
        if not is_verbal(inner) or _own_subject(inner):
            continue
        for conj in _coordinated_verbs(inner):
            if conj.i not in own or _own_subject(conj) or not _joiners(inner, conj):
                continue
            if _negation_in_doubt(inner, conj) or not _joined_by_and(inner, conj):
                continue
            if _denied_subject(head, conj):
                continue
            if not (_complemented(inner) and _complemented(conj)):
                continue  # `to take and then passed a test`: the object is shared
            if clause_of(conj) is not None:
                continue  # `to join X, scoring 20 goals`: a trailing participle (`trailing`)
            shared = _auxiliary_chain(inner, conj, embedded=True)
            left_behind = not shared and not _own_auxiliary(conj) and _auxiliaries_before(inner)
            if shared is None or left_behind:
                continue  # kept whole: `to have climbed in and got out` never gives `got out`
            found.append((inner, conj, shared))
    return found


# `or`, `nor`: alternatives; `than` (`X rather than Y`), `not` (`X, not Y`): one half denied.
_CHOOSING_JOINERS = frozenset({"or", "nor", "than", "not"})


def _inside_dashes(conj: Token) -> bool:
    """`linked the rise to more drag-flicks - fast, raised shots at goal - being used`: a
    verb inside an aside set off by spaced dashes, whose head is outside it, is the aside's
    word (`raised` an adjective) the parser read as a second verb; a cut there garbles both."""
    doc = conj.doc
    spaced = [t.i for t in doc if t.text in _DASHES and t.whitespace_ and doc[t.i - 1].whitespace_]
    before = [i for i in spaced if i < conj.i]
    after = [i for i in spaced if i > conj.i]
    return bool(before and after) and conj.head.i < before[-1]


def _a_choice(head: Token, conj: Token) -> bool:
    """`Acme will sell the plant or close it`: `or` / `nor` offers alternatives, and `rather
    than` or `not` denies one half: each half alone would say something the article does
    not (`the problem is delays rather than profiteering` never gives `... is profiteering`)."""
    doc = head.doc
    joiners = _joiners(head, conj)
    if any(doc[i].lower_ in _CHOOSING_JOINERS for i in joiners):
        return True
    if any(doc[i].dep_ == "cc" for i in joiners):
        return False
    link: Token | None = conj  # `treated, admitted or discharged`: a list's word is last
    while link is not None:
        words = [c for c in link.children if c.dep_ == "cc"]
        if words:
            return any(c.lower_ in _CHOOSING_JOINERS for c in words)
        link = next((c for c in link.children if c.dep_ == "conj" and is_verbal(c)), None)
    return False


def _joined_by_and(head: Token, conj: Token) -> bool:
    """`and` joins two facts; `or` offers a choice and `but` a contrast within one view."""
    words = {head.doc[i].lower_ for i in _joiners(head, conj) if head.doc[i].dep_ == "cc"}
    return words <= {"and"}


def _complemented(verb: Token) -> bool:
    """The verb has an object or modifier of its own (`cut 300 jobs`), not only auxiliaries."""
    return any(
        c.dep_ in ("dobj", "prep", "attr", "acomp", "dative", "xcomp", "ccomp", "advmod", "prt")
        and c.i > verb.i
        for c in verb.children
    )


def _misread_clauses(head: Token, own: set[int]) -> list[Token]:
    """`Funding followed in the autumn and the company floated in 1996`: the parser may
    take the second clause for a noun coordinated with the verb, its verb a participle on the
    noun. A noun phrase cannot be joined to a clause by `and`, so the only reading is a
    clause of its own, the noun its subject."""
    found = []
    for conj in head.children:
        if conj.dep_ != "conj" or conj.i not in own or conj.pos_ not in ("NOUN", "PROPN"):
            continue
        participle = any(c.dep_ == "acl" and c.tag_ in ("VBN", "VBD") for c in conj.children)
        if participle and _joined_by_and(head, conj) and _joiners(head, conj):
            found.append(conj)
    return found


def _semicolon_clauses(head: Token, own: set[int]) -> list[tuple[Token, int]]:
    """`Acme cut 300 jobs; its rival hired 200`: a clause with a subject of its own that a
    semicolon sets beside `head`'s (the parser hangs it on the other verb) is a claim of its
    own (returned with the semicolon). Not beside a reporting verb, whose content it may be."""
    if head.lemma_ in lexicon.REPORTING_LEMMAS:
        return []
    doc = head.doc
    found = []
    for clause in head.children:
        if clause.dep_ not in ("ccomp", "parataxis", "conj") or clause.i not in own:
            continue
        if not is_verbal(clause) or not _own_subject(clause):
            continue
        words = subtree(clause)
        between = (
            range(max(words) + 1, head.i) if clause.i < head.i else range(head.i + 1, min(words))
        )
        semicolon = next(
            (i for i in between if doc[i].text == ";" and doc[i].head.i == head.i), None
        )
        if semicolon is not None:
            found.append((clause, semicolon))
    return found


_CONTRAST_MARKERS = frozenset({"while", "whilst", "although", "though", "whereas"})
_BACK_REFERENCES = frozenset({"this", "that", "these", "those", "it", "so", "such"})


def _contrasted_clauses(head: Token, own: set[int]) -> list[tuple[Token, Token]]:
    """`Inflation slowed to 4%, although retail sales are booming`: a `while` / `although`
    clause with a subject of its own states a second fact (returned with its marker). Split
    only when neither clause points back at the other (`Whilst 17% of men had none, this was
    true for 5% of women` and `the plant closed, although it hired 50` stay whole)."""
    subject = subject_of(head)
    if subject is None or (subject.lower_ in _BACK_REFERENCES and not _it_again(head)):
        return []
    found = []
    for clause in head.children:
        if clause.dep_ != "advcl" or clause.i not in own or not is_verbal(clause):
            continue
        marker = next(
            (c for c in clause.children if c.dep_ == "mark" and c.lower_ in _CONTRAST_MARKERS),
            None,
        )
        inner = subject_of(clause)
        mate = _same_person(inner, subject) or _it_again(head)
        if marker is not None and marker.lower_ in _TIME_OR_CONTRAST and (mate or _ongoing(head)):
            continue  # `was suspending the service while it reviewed its contract`: for as long as
        if marker is not None and (_stands_on_its_own(inner) or mate):
            found.append((clause, marker))
    return found


_TIME_OR_CONTRAST = frozenset({"while", "whilst"})


def _ongoing(verb: Token) -> bool:
    """`was suspending`, `is reviewing`: a progressive, beside which `while` tells how long."""
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children)


def _marker_words(clause: Token, marker: Token) -> set[int]:
    """The marker with the adverb that leads it (`even though`, `even if`): cut off
    together, or the second claim would read `Even the Home Office resumed removals`."""
    return {marker.i} | {c.i for c in clause.children if c.dep_ == "advmod" and c.i == marker.i - 1}


def _it_again(head: Token) -> bool:
    """`It is one of a few survivors, although it now faces rivals`: a subject `it` taken up
    by the `it` of one `while` / `although` clause, with no name between them, means the same
    in both (the stand-alone stage gives the second what it gives the first), so each clause
    can be a claim of its own."""
    subject = subject_of(head)
    if subject is None or subject.lower_ != "it" or subject.dep_ != "nsubj":
        return False
    inner = [
        subject_of(c)
        for c in head.children
        if c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in _CONTRAST_MARKERS for m in c.children)
    ]
    if len(inner) != 1 or inner[0] is None or inner[0].lower_ != "it":
        return False
    between = head.doc[subject.i + 1 : inner[0].i]
    return not any(t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "PERSON", "GPE") for t in between)


def _stands_on_its_own(subject: Token | None) -> bool:
    """A subject that does not lean on the other clause: not a pronoun (`although she ...`)
    nor a bare definite description (`although in London the figure rises to 24%`)."""
    if subject is None or subject.pos_ == "PRON" or subject.lower_ in _BACK_REFERENCES:
        return False
    named = any(t.pos_ == "PROPN" or t.ent_type_ for t in subject.subtree)
    definite = any(
        c.dep_ == "det" and c.lower_ in _BACK_REFERENCES | {"the"} for c in subject.children
    )
    return named or not definite


def contrasted_person(pronoun: Token) -> Token | None:
    """The named person (or organisation, for `it`) a `he` / `she` / `it` opening a `while` /
    `although` clause stands for, when
    the clause was split off as a fact of its own (`..., although she praised D`)."""
    clause = pronoun.head
    if pronoun.dep_ not in SUBJECTS or clause.dep_ != "advcl" or clause.head.i == clause.i:
        return None
    if not any(c.dep_ == "mark" and c.lower_ in _CONTRAST_MARKERS for c in clause.children):
        return None
    subject = subject_of(clause.head)
    return subject if subject is not None and _same_person(pronoun, subject) else None


# The names a pronoun can stand for: `she` a person (or a name the recognizer left untyped),
# `it` an organisation.
_KINDS_OF_PRONOUN = {
    "he": frozenset({"PERSON", ""}),
    "she": frozenset({"PERSON", ""}),
    "it": frozenset({"ORG"}),
}


def _same_person(pronoun: Token | None, subject: Token) -> bool:
    """`Jane Doe denied it, although she praised D`: `he` / `she` after a person's name (`it`
    after an organisation's) as the main subject can only be that one when no other name of
    its kind is named before it (a name
    that only modifies a noun, `the Balco scandal`, names no one who could be `she`); the
    clause is then a fact of its own about the name."""
    if pronoun is None or pronoun.lower_ not in _KINDS_OF_PRONOUN:
        return False
    kinds = _KINDS_OF_PRONOUN[pronoun.lower_]
    if subject.pos_ != "PROPN" or subject.ent_type_ not in kinds:
        return False
    named = subtree(subject)
    between = subject.doc[max(named) + 1 : pronoun.i]
    if pronoun.lower_ == "it" and not only_the_main_subject(pronoun, subject):
        return False
    return not any(
        t.pos_ == "PROPN" and t.dep_ != "compound" and t.ent_type_ in kinds | {""} for t in between
    )


_SETTING_OFF = frozenset({",", "-", "–", "—", ";"})


def _setting_off(clause: Token) -> set[int]:
    """The comma or dash between a clause and its head's clause (after it when it leads)."""
    doc, taken = clause.doc, subtree(clause)
    between = min(taken) - 1 if min(taken) > clause.head.i else max(taken) + 1
    return {between} if 0 <= between < len(doc) and doc[between].text in _SETTING_OFF else set()


def _named_appositions(tokens: set[int], doc: Doc) -> list[Token]:
    """`Ana Silva, a lawyer for the victims,`: an apposition set off by commas after a
    name says who the named one is, a fact of its own."""
    found = []
    for i in sorted(tokens):
        token = doc[i]
        if token.dep_ != "appos" or token.head.i not in tokens:
            continue
        if token.head.pos_ != "PROPN" and not _one_of_a_group(token):
            continue
        if token.head.ent_type_ in _NOT_DESCRIBED:
            continue  # `rose in May, its highest rate`: a date is no name a phrase describes
        if not _describing_noun(token) or any(c.dep_ == "conj" for c in token.children):
            continue  # `Vodafone, O2, NTL and Renault` is a list, not a description
        if _list_read_as_one_noun(token):
            continue  # `holidays in Florida, a classic sports car and gambling websites`
        if token.lemma_.lower() in _TIME_NOUNS:
            continue  # `starred X as Dame Trott, his 20th year playing the dame`: the run's
        if any(t.i < token.i and t.pos_ == "PROPN" and t.dep_ == "conj" for t in token.subtree):
            continue  # `Acme, Beta and Gamma cut jobs` misread: names joined before the noun
        if _complement_after_a_relative(token):
            continue  # `made X, who left Y in May, the favourite`: what X was made
        if _a_margin(token):
            continue  # `sixth in Division Two, 19 points behind X`: where the clause puts it
        mark = _setting_off_mark(token)
        if mark is None or len(subtree(token)) < 2:
            continue
        if mark.text == "," or _one_of_a_group(token):  # a dash may close a nearer noun's
            found.append(token)
    return found


# A phrase set beside a name that counts the time of what the clause tells, not the name.
_TIME_NOUNS = frozenset({"year", "season", "time", "day", "week", "month", "decade", "run"})


def _list_read_as_one_noun(apposition: Token) -> bool:
    """`spent it on holidays in Florida, a classic sports car and gambling websites`: the
    parser made the list's last two items one plural noun (`a ... car and gambling
    websites`) set beside the first; `a` before a plural says the words are not one noun."""
    plural = apposition.tag_ in ("NNS", "NNPS")
    return plural and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in apposition.children)


def _complement_after_a_relative(apposition: Token) -> bool:
    """`Bookmakers made X, who left Y in October, the 5-2 favourite`: after a relative clause
    on the object of a verb that takes a complement, the parser reads the complement as an
    apposition; it is what the object was made, part of the main clause."""
    noun = apposition.head
    if noun.dep_ != "dobj" or noun.head.lemma_ not in lexicon.OBJECT_COMPLEMENT_VERBS:
        return False
    return any(c.dep_ == "relcl" and noun.i < c.i < apposition.i for c in noun.children)


def _a_margin(apposition: Token) -> bool:
    """`19 points behind the leaders`, `two places above the drop zone`: a counted gap to
    something, which places what the clause moved, not what the noun before it is."""
    counted = any(c.dep_ == "nummod" for c in apposition.children)
    placed = any(c.dep_ in ("prep", "advmod") and c.lower_ in _PLACING for c in apposition.children)
    return counted and placed


_PLACING = frozenset({"behind", "ahead", "above", "below", "clear", "adrift", "off", "short"})

_NOT_DESCRIBED = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL"})


def _one_of_a_group(apposition: Token) -> bool:
    """`a huge need for coal - one of the reasons prices rose`: `one of` a group of things
    after a singular common noun ranks that thing, a fact of its own (`one of them`, after
    `two cars`, only counts)."""
    group = [
        g
        for of in apposition.children
        if of.dep_ == "prep" and of.lower_ == "of"
        for g in of.children
        if g.dep_ == "pobj" and g.tag_ == "NNS"
    ]
    return apposition.lower_ == "one" and bool(group) and apposition.head.tag_ in ("NN", "NNP")


def _setting_off_mark(apposition: Token) -> Token | None:
    """The comma or dash that sets an apposition off from its noun (the parser may hang a
    dash on the apposition itself)."""
    doc, first = apposition.doc, min(subtree(apposition))
    if doc[first].text in _DASHES and first > apposition.head.i:
        return doc[first]
    before = first - 1
    if before >= 0 and (doc[before].text == "," or doc[before].text in _DASHES):
        return doc[before]
    return None


def _is_named_apposition(token: Token, tokens: set[int]) -> bool:
    return any(a.i == token.i for a in _named_appositions(tokens, token.doc))


def _describing_noun(token: Token) -> bool:
    """A common noun (`a lawyer for the victims`) or `one of` a group (`one of the net's most
    iconic companies`)."""
    one_of = token.lower_ == "one" and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in token.children
    )
    return token.pos_ == "NOUN" or one_of


def _commas_around(token: Token) -> set[int]:
    taken = subtree(token)
    doc = token.doc
    return {i for i in (min(taken) - 1, max(taken) + 1) if 0 <= i < len(doc) and doc[i].text == ","}


def _relative_claim(relative: Token, allowed: set[int]) -> set[int]:
    """`Tom Berg, who proposed X` -> `Tom Berg proposed X`: the head's noun phrase takes the
    place of the relative pronoun (`whose` keeps its place; the claim's rendering names it)."""
    taken = subtree(relative)
    if relative.doc[min(taken)].lower_ == "whose":  # `Tom Berg, whose firm` -> `Tom Berg's firm`
        return taken & allowed
    # the comma that set the clause off may hang inside the noun's phrase (`X of Y NHS Trust,`)
    comma = {min(taken) - 1} if relative.doc[min(taken) - 1].text == "," else set()
    # `Acme is a Danish bank, which was founded in 1850`: the bank is Acme, the name says it
    named = copula_subject(relative.head)
    if named is not None and named.pos_ == "PROPN" and relative.doc[min(taken)].lower_ != "that":
        return (_bare_subject(named) & allowed) | (taken - {min(taken)})
    head = _whole_name_head(relative.head)
    return (noun_phrase(head, allowed) - comma - taken) | (taken - {min(taken)})


def _whole_name_head(noun: Token) -> Token:
    """`The Institute for Marine Energy Systems, which opened`: the parser hangs the clause on
    the name's last word, but it is about the whole name, whose head stands first."""
    entity = next((e for e in noun.doc.ents if e.start <= noun.i < e.end), None)
    if entity is None or len(entity) < 2 or entity.end != noun.i + 1:
        return noun
    root = entity.root
    return root if root.i < noun.i and noun in root.subtree else noun


def _relative_claims(relative: Token, allowed: set[int]) -> list[set[int]]:
    """`The plant, which opened in 1968 and employs 300 people,`: what the clause says, cut
    as any clause is, each verb with the head's noun phrase in the place of `which`."""
    claim = _relative_claim(relative, allowed)
    pronoun = min(subtree(relative))
    if relative.doc[pronoun].lower_ == "whose" or pronoun in claim:
        return [claim]
    if not any(c.i in allowed for c in _coordinated_verbs(relative)):
        return [claim]  # one verb: the clause as it stands (its list of names stays one fact)
    named = claim - subtree(relative)
    return split_clause(relative, (allowed - {pronoun}) | named, named)


def _apposition_claim(apposition: Token, allowed: set[int]) -> set[int]:
    """`Ana Silva, a lawyer for the victims,`: the name and what it is, a verbless claim."""
    return noun_phrase(apposition.head, allowed) | subtree(apposition) | _marks_around(apposition)


def _apposition_tail(apposition: Token) -> set[int]:
    """`Tom Berg, 52, head of planning at Kelby Council, was`: a phrase the parser hung on the
    name though it follows the apposition, up to the comma that closes it, is the
    apposition's (`at Kelby Council`), and the main clause's subject goes without it."""
    doc = apposition.doc
    end = max(subtree(apposition))
    tail: set[int] = set()
    for child in apposition.head.children:
        if child.dep_ != "prep" or min(subtree(child)) != end + 1:
            continue
        after = max(subtree(child)) + 1
        if after < len(doc) and doc[after].text in _SETTING_OFF:
            tail = subtree(child) | {after}
    return tail


def _marks_around(apposition: Token) -> set[int]:
    """The commas or dashes that enclose an apposition."""
    taken = subtree(apposition)
    doc = apposition.doc
    around = (min(taken) - 1, max(taken) + 1)
    marks = {i for i in around if 0 <= i < len(doc) and doc[i].text in _SETTING_OFF}
    return marks | {i for i in taken if doc[i].text in _DASHES and i == min(taken)}


def _set_off_participles(tokens: set[int], noun: Token) -> list[Token]:
    """`Her lawsuit, filed in a San Francisco court,`: a past participle set off by commas
    after a noun says what was done to it, a fact of its own."""
    found = []
    for child in noun.children:
        if child.dep_ != "acl" or child.tag_ != "VBN" or child.i not in tokens:
            continue
        commas = _commas_around(child)
        if min(subtree(child)) - 1 in commas and len(commas) == 2:
            found.append(child)
    return found


def _absolutes(head: Token, own: set[int]) -> list[Token]:
    """`Shares fell 5%, with investors fearing a recession`: a `with` after a comma that
    carries a participle with a subject of its own adds a second fact (the participle is
    returned; its claim reads `investors [were] fearing a recession`)."""
    found = []
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ != "with" or prep.i not in own or prep.i < head.i:
            continue
        if not _setting_off(prep):
            continue
        end = max(subtree(prep))
        if any(c.i > end and not c.is_punct for c in head.children):
            # `running at record levels, with customers using 620m litres a day, about 30%
            # more than normal`: what follows may be the `with` clause's or the head's
            continue
        found += [participle for participle in prep.children if _absolute(participle)]
    return found


def _absolute(participle: Token) -> bool:
    """`with investors fearing a loss`: a participle with a subject of its own after `with`."""
    return (
        participle.dep_ == "pcomp"
        and participle.tag_ == "VBG"
        and participle.head.lower_ == "with"
        and _own_subject(participle)
    )


def _earlier_acts(head: Token, own: set[int]) -> list[Token]:
    """`Tom Berg resigned in May, having led the firm since 1999`: a perfect participle set
    off after the clause tells what the subject had done before, a fact of its own (`Tom
    Berg [had] led the firm since 1999`)."""
    return [
        c
        for c in head.children
        if c.dep_ == "advcl"
        and c.i in own
        and c.i > head.i
        and _having(c) is not None
        and not _own_subject(c)
        and _setting_off(c)
        and not any(m.dep_ == "mark" for m in c.children)
    ]


def _having(participle: Token) -> Token | None:
    """The `having` of `having led`, which the claim's `[had]` takes the place of."""
    if participle.tag_ != "VBN":
        return None
    return next((c for c in participle.children if c.dep_ == "aux" and c.lower_ == "having"), None)


def _conceded_states(head: Token, own: set[int]) -> list[Token]:
    """`Women earn less despite being better qualified`: what `despite being` concedes is a
    second fact about the subject (`Women [are] better qualified`); the `being` is returned,
    and its claim reads with the copula the main verb's tense and the subject's number take."""
    found = []
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ != "despite" or prep.i not in own:
            continue
        if prep.i < head.i:
            continue  # `Despite being the largest, Acme ...`: the subject would read after it
        found += [state for state in prep.children if _conceded_state(state)]
    return found


def _conceded_state(state: Token) -> bool:
    """`despite being better qualified`, `despite being better trained` (a passive)."""
    if state.dep_ != "pcomp" or state.head.lower_ != "despite" or _own_subject(state):
        return False
    return _being(state) is not None


def _being(state: Token) -> Token | None:
    """The `being` of a conceded state, which the claim's copula takes the place of."""
    if state.lower_ == "being":
        return state if any(c.dep_ in ("acomp", "attr") for c in state.children) else None
    return next(
        (c for c in state.children if c.lower_ == "being" and c.dep_ in ("aux", "auxpass")), None
    )


def _many(subject: Token | None) -> bool:
    if subject is None:
        return False
    return subject.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subject.children)


def _bare_subject(subject: Token) -> set[int]:
    """A subject shared with a coordinated verb, without what is set off on it by commas
    (`Tom Berg, who founded Acme,`): that is a claim of its own, said once."""
    words = subtree(subject)
    doc = subject.doc
    described = [
        *_non_restrictive_relatives(words, subject),
        *_named_appositions(words, doc),
        *_set_off_participles(words, subject),
    ]
    for description in (d for d in described if d.head.i == subject.i):
        words -= subtree(description) | _commas_around(description)
        if description.dep_ == "appos":
            words -= _apposition_tail(description)
    return words


def _participle_claim(participle: Token, allowed: set[int]) -> set[int]:
    """`The law, signed in March,` -> `The law, signed in March` (rendered `[was] signed`)."""
    return noun_phrase(participle.head, allowed) | subtree(participle) | _commas_around(participle)


def descriptions(noun: Token, allowed: set[int]) -> list[set[int]]:
    """What the clauses set off by commas on a noun phrase say about it, each a claim of its
    own: a non-restrictive relative clause (`said Tom Berg, who has led the firm since 1999`
    gives `Tom Berg has led the firm since 1999`), an apposition after a name (`Mark Lee, an
    analyst with Acme,` gives `Mark Lee, an analyst with Acme`) and a past participle (`Her
    lawsuit, filed in X,` gives `Her lawsuit, filed in X`). Used for a speaker's phrase, which
    the reporting act otherwise takes whole. A restrictive clause (`the man who runs X`) says
    which one is meant and stays in the phrase. A `which` after a preposition's object
    describes the noun here: the reporting act around it is no fact it could stand for."""
    own = subtree(noun) & allowed
    relatives = _non_restrictive_relatives(own, noun, about_the_noun=True)
    claims = [_relative_claim(r, allowed) for r in relatives]
    claims += [_apposition_claim(a, allowed) for a in _named_appositions(own, noun.doc)]
    claims += [_participle_claim(p, allowed) for p in _set_off_participles(own, noun)]
    return sorted((c for c in claims if c), key=min)


def inserted_copulas(doc: Doc, tokens: set[int]) -> dict[int, str]:
    """The verb a verbless description needs to read as a sentence, put in the place of its
    comma: `Ana Silva, a lawyer` -> `Ana Silva [is] a lawyer`; `Her lawsuit, filed in X` ->
    `Her lawsuit [was] filed in X`; before the participle of an absolute `with`: `investors
    [were] fearing a loss`."""
    plural = {"NNS", "NNPS"}
    inserted: dict[int, str] = {}
    for i in sorted(tokens):
        token = doc[i]
        if _absolute(token) and token.head.i not in tokens:
            copula = ("are", "is") if _in_a_future_clause(token) else ("were", "was")
            # (`The homes will be bought ..., with the council paying no more than X`)
            inserted[i] = f"[{copula[0] if _many(subject_of(token)) else copula[1]}] {token.text}"
            continue
        having = _having(token) if token.dep_ == "advcl" else None
        if having is not None and token.head.i not in tokens and having.i in tokens:
            inserted[having.i] = "[had]"  # before the main clause's time, whatever its tense
            continue
        if _conceded_state(token) and token.head.i not in tokens:
            inserted[_being(token).i] = _conceded_copula(token.head.head)
            last = max(subtree(token))
            standard = _compared_with(token)
            if standard:  # `better qualified [than their male counterparts]`
                inserted[last] = f"{doc[last].text} [{standard}]"
            continue
        if token.head.i not in tokens or token.head.i == i:
            continue
        alone = _describes_alone(token.head, tokens) and not _verb_outside(token, tokens)
        if token.dep_ == "appos" and alone and _is_named_apposition(token, tokens):
            copula = " [are]" if token.head.tag_ in plural else " [is]"
            mark = _setting_off_mark(token)
            if mark is not None and mark.text in _DASHES and mark.i in tokens:
                inserted[mark.i] = copula.strip() if doc[mark.i - 1].whitespace_ else copula
                continue
        elif alone and any(p.i == i for p in _set_off_participles(tokens, token.head)):
            copula = " [were]" if token.head.tag_ in plural else " [was]"
            if _in_a_future_clause(token.head):  # `The scheme, paid for by X, will ...`
                copula = " [are]" if token.head.tag_ in plural else " [is]"
        else:
            continue
        comma = min(subtree(token)) - 1
        if comma in tokens and doc[comma].text == ",":
            inserted[comma] = copula
    for i, verb in inserted_verbs(doc, tokens).items():  # `X [is] directed by A`
        inserted.setdefault(i, verb)
    return inserted


def _in_a_future_clause(noun: Token) -> bool:
    """`The £420,000 scheme, paid for from the health budget, will provide ...`: what the
    participle tells of a thing still to come is no past event (`[was] paid for` said it had
    been)."""
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and any(
        c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll") for c in verb.children
    )


def restored_possessions(doc: Doc, tokens: set[int]) -> dict[int, str]:
    """`Shares in X rose 4%, while Y's jumped 22%`: a possessive standing as the subject with
    no noun of its own owns the noun of the subject it is set against; that noun is put back
    in brackets (`Y's [shares] jumped 22%`). Nothing when no such subject is found."""
    restored: dict[int, str] = {}
    for i in sorted(tokens):
        owner = doc[i]
        mark = next((c for c in owner.children if c.dep_ == "case"), None)
        if owner.dep_ not in ("nsubj", "nsubjpass") or mark is None or mark.i not in tokens:
            continue
        verb = owner.head
        beside = [verb.head] if verb.dep_ in ("advcl", "conj") else []
        beside += [c for c in verb.children if c.dep_ in ("advcl", "conj")]
        nouns = [
            subject
            for other in beside
            if (subject := subject_of(other)) is not None and subject.pos_ == "NOUN"
        ]
        if nouns:
            restored[mark.i] = f"{mark.text} [{nouns[0].text.lower()}]"
    return restored


def _compared_with(state: Token) -> str:
    """What a comparative conceded with no `than` of its own is compared with: the main
    clause's `than ...` (`earn less than men despite being better qualified`)."""
    compared = [t for t in state.subtree if t.tag_ in ("JJR", "RBR")]
    if not compared or any(t.lower_ == "than" for t in state.subtree):
        return ""
    verb = state.head.head
    than = next(
        (t for t in verb.subtree if t.lower_ == "than" and t.i < state.head.i),
        None,
    )
    if than is None:
        return ""
    taken = subtree(than)
    return state.doc[min(taken) : max(taken) + 1].text


def _conceded_copula(verb: Token) -> str:
    """`[are]` for `Women earn less despite being ...`, `[was]` for `Acme fell despite ...`."""
    past = verb.tag_ == "VBD" or any(c.tag_ == "VBD" for c in verb.children if c.dep_ == "aux")
    many = _many(subject_of(verb))
    return f"[{('were' if many else 'was') if past else ('are' if many else 'is')}]"


_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _verb_outside(description: Token, tokens: set[int]) -> bool:
    """A verb of the claim's own, or a finite verb anywhere (`a name that means X, finished
    school`, misparsed): then the claim is no bare description. A participle or infinitive
    inside the description (`one of six characters embodying X`) is part of it."""
    doc = description.doc
    outside = any(  # a participle that only modifies a noun (`a rising demand`) is no verb
        is_verbal(doc[i]) and doc[i].dep_ not in ("amod", "compound")
        for i in tokens - subtree(description)
    )
    relative = set()  # `one of the factors that has kept prices high`: its own verb
    if _one_of_a_group(description):
        relative = {i for t in description.subtree if t.dep_ == "relcl" for i in subtree(t)}
    else:  # `the body that runs the club`, but not `a name that means X, finished school`
        relative = {
            i
            for t in description.subtree
            if t.dep_ == "relcl"
            and (
                (t.head.i == description.i and _unbroken(t))
                # `a student from Leeds who had travelled down`: hung on the noun below, a
                # `who` clause is the person's all the same
                or (_unbroken(t) and _begins_with_who(t))
                # `the browser made by Acme, which is used by 28 million people`: about the
                # browser or its maker, the clause stays the description's, in its words
                or antecedent_in_doubt(t, min(subtree(t)))
            )
            for i in subtree(t)
        }
    return outside or any(doc[i].tag_ in _FINITE for i in tokens - relative)


def _begins_with_who(relative: Token) -> bool:
    return relative.doc[min(subtree(relative))].lower_ in ("who", "whom", "whose")


def _unbroken(relative: Token) -> bool:
    """A relative clause with no comma or second verb inside: one clause, not a misparse."""
    inside = [relative.doc[i] for i in subtree(relative)]
    return not any(t.text == "," for t in inside) and sum(t.tag_ in _FINITE for t in inside) == 1


def _describes_alone(noun: Token, tokens: set[int]) -> bool:
    """The claim is the noun and what describes it, not a clause the noun is part of."""
    return noun.head.i not in tokens or noun.head.i == noun.i


def noun_phrase(noun: Token, allowed: set[int]) -> set[int]:
    """A head noun with its modifiers, without clauses, appositions or trailing commas; what
    stands before the noun is kept whole (`the mid-size jet`)."""
    phrase = {noun.i}
    ampersand = _ampersand_name(noun)
    for child in noun.children:
        if child.dep_ in ("cc", "conj") and child.i in ampersand:
            phrase |= noun_phrase(child, allowed) if child.dep_ == "conj" else {child.i}
            continue  # `Lyndon & Marsh`: one firm's name, not two things
        if child.dep_ in ("relcl", "appos", "acl", "punct", "cc", "conj", "advcl"):
            continue
        phrase |= subtree(child)
    start = min(phrase)
    while start > 0 and not noun.doc[start - 1].whitespace_ and noun.doc[start - 1].text != ",":
        start -= 1  # a word hyphenated to the phrase (`mid-size`)
    phrase |= {i for i in range(start, noun.i) if noun.doc[i].text != ","}
    return phrase & allowed


def _ampersand_name(noun: Token) -> set[int]:
    """The `&` and the name after it when `noun` is the first word of a name joined by `&`
    (`Marks & Spencer`, `Lyndon & Marsh`); empty otherwise."""
    joined = [c for c in noun.children if c.dep_ == "cc" and c.text == "&"]
    names = [c for c in noun.children if c.dep_ == "conj" and c.pos_ == "PROPN"]
    if len(joined) != 1 or not names or not joined[0].i < names[0].i:
        return set()
    return {joined[0].i, names[0].i}


_DASHES = frozenset({"-", "–", "—"})


def _before_a_restart(head: Token) -> set[int]:
    """`... and, most importantly, her future - the regiments are the envy of armies`: a verb
    with two subjects, a dash between them, is the parser joining the tail of an earlier
    phrase to a clause that starts again after the dash; what stands before the dash is not
    this clause's."""
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    dash = next((c for c in head.children if c.text in _DASHES and c.dep_ == "punct"), None)
    if len(subjects) != 2 or dash is None or not subjects[0].i < dash.i < subjects[1].i:
        return set()
    return {dash.i} | {i for c in head.children if c.i < dash.i for i in subtree(c)}


def split_clause(head: Token, allowed: set[int], shared: set[int] | None = None) -> list[set[int]]:
    """The claims (token sets) of the clause headed by `head`, in sentence order."""
    own = (subtree(head) - _before_a_restart(head)) & allowed
    claims: list[set[int]] = []
    for conj in _coordinated_verbs(head):
        if conj.i not in allowed or not _joiners(head, conj):
            continue  # a `conj` with no `and` or comma before it is a misparse: kept whole
        if _relative_in_subject(conj) and claims:
            # `raise £38m a year, all of which would be spent on buses`: a relative clause
            # read as a third verb goes with the claim before it, never `All of which ...`
            comma = min(subtree(conj)) - 1
            taken = (subtree(conj) | ({comma} if conj.doc[comma].text == "," else set())) & allowed
            own -= taken
            claims[-1] |= taken
            continue
        if _a_choice(head, conj):
            continue  # `sells the plant or closes it` states neither alone
        if _inside_dashes(conj):
            continue  # kept whole: `more drag-flicks - fast, raised shots - being used`
        if _negation_in_doubt(head, conj) or _denied_subject(head, conj):
            continue  # kept whole: either reading of the `not` may be the article's
        if _object_in_doubt(head, conj):
            continue  # kept whole: `bought and later sold a stake` never gives `X bought.`
        if subject_in_doubt(head, conj):
            continue  # kept whole: the verb may belong to the one who speaks
        if backshift_in_doubt(head, conj):
            continue  # kept whole: the speaker's act, or the one the speaker spoke of
        if _conditioned(conj):
            continue  # kept whole: `agreed to X, but only if Y` is one promise on a condition
        if _elliptical(conj):
            continue  # kept whole: `you intended to use it, and you did` never gives `You did.`
        if clause_of(conj) is not None:
            continue  # kept whole: `cut 300 jobs, as well as closing two plants` (`trailing`)
        if _base_form_misread(head, conj):
            continue  # kept whole: `sold A to X and defender B to Y` read `defender` as a verb
        if _participle_misread(head, conj) or _arguments_past(head, conj):
            continue  # kept whole: a cut along this parse leaves a fragment or a false fact
        if _participle_continued(head, conj):
            continue  # kept whole: `software supplied by X and used to send receipts`
        chain = _auxiliary_chain(head, conj)
        if chain is None:
            continue  # kept whole: `has been accused of X and misleading Y`
        own -= subtree(conj) | _joiners(head, conj) | _correlative(head)
        infinitive = _infinitive_continued(head, conj)
        if infinitive:
            subject = subject_of(head)
            prefix = set(shared or set()) | infinitive
            if subject is not None:
                prefix |= subtree(subject)
            claims += split_clause(conj, allowed, prefix & allowed)
        elif _own_subject(conj):
            claims += split_clause(conj, allowed)
        else:
            subject = subject_of(head)
            prefix = set(shared or set())
            if subject is not None and subject.dep_ != "expl":
                prefix |= _bare_subject(subject) & allowed
                if not _own_auxiliary(conj):
                    prefix |= (chain | _shared_copula(head, conj)) & allowed
            claims += split_clause(conj, allowed, prefix if prefix else None)
    for inner, conj, shared_aux in _embedded_coordination(head, own):
        joiners = _joiners(inner, conj)
        others = subtree(inner) - subtree(conj)
        claims.append((own - others - joiners) | shared_aux)
        own -= subtree(conj) | joiners
    for noun in _misread_clauses(head, own) if is_verbal(head) else []:
        own -= subtree(noun) | _joiners(head, noun)
        claims.append(subtree(noun) & allowed)
    for clause, semicolon in _semicolon_clauses(head, own):
        own -= subtree(clause) | {semicolon}
        claims += split_clause(clause, allowed)
    for contrast, marker in _contrasted_clauses(head, own):
        own -= subtree(contrast) | _setting_off(contrast)
        claims += split_clause(contrast, allowed - _marker_words(contrast, marker))
    for relative in _non_restrictive_relatives(own, head):
        taken = subtree(relative)
        comma_before = min(taken) - 1
        own -= taken | {comma_before}
        after = max(taken) + 1
        while after < len(head.doc) and head.doc[after].is_quote:
            after += 1
        if after < len(head.doc) and head.doc[after].text == ",":
            own.discard(after)
        claims += _relative_claims(relative, allowed)
    for apposition in _named_appositions(own, head.doc):
        own -= subtree(apposition) | _marks_around(apposition) | _apposition_tail(apposition)
        claims.append(_apposition_claim(apposition, allowed))
    for description, name in fronted_descriptions(head, own) if is_verbal(head) else []:
        own -= taken_by_description(description, name)
        claims.append(description_claim(description, name, allowed))
    for place in where_clauses(own, head.doc):
        own -= taken_by_where(place)
        claims.append(where_claim(place, allowed))
    for absolute in _absolutes(head, own):
        own -= subtree(absolute.head) | _setting_off(absolute.head)
        claims.append(subtree(absolute) & allowed)
    subject = subject_of(head) if is_verbal(head) else None
    for state in _conceded_states(head, own) if subject is not None else []:
        own -= subtree(state.head) | _setting_off(state.head)
        claims.append((_bare_subject(subject) | subtree(state)) & allowed)
    for earlier in _earlier_acts(head, own) if subject is not None else []:
        own -= subtree(earlier) | _setting_off(earlier)
        claims.append((_bare_subject(subject) | subtree(earlier)) & allowed)
    for participle in _set_off_participles(own, subject) if subject is not None else []:
        own -= subtree(participle) | _commas_around(participle)
        claims.append(_participle_claim(participle, allowed))
    for participle in bracketed_participles(subject, own):
        own -= taken_by_brackets(participle)
        claims.append(bracketed_claim(participle, allowed))
    for relative in predicate_relatives(head, own) if subject is not None else []:
        own -= taken_by_relative(relative)
        named = _bare_subject(subject) & allowed  # `Acme makes cars and sells them`: two
        claims += split_clause(relative, (allowed - {relative_pronoun(relative)}) | named, named)
    for apposition in predicate_appositions(head, own) if subject is not None else []:
        own -= taken_by_apposition(apposition)
        claims.append(apposition_claim(apposition, _bare_subject(subject), allowed))
    participles = predicate_participles(head, own) if is_verbal(head) else []
    claims += [participle_claim(p, allowed) for p in participles]
    own -= taken_by_participles(participles)
    if shared:
        own |= shared
    if any(is_verbal(head.doc[i]) for i in own) or not claims:
        listed = listed_names(head, own) if is_verbal(head) else []
        claims[:0] = member_claims(listed[0], own) if listed else [own]
        if not listed:
            claims += [own - _relative_words(r) for r in _consequences_of_the_whole(own, head)]
    return sorted((c for c in claims if c), key=min)


def _consequences_of_the_whole(own: set[int], head: Token) -> list[Token]:
    """`Relations are better than at any point in history, which has allowed them to boost
    trade`: a `which` clause of effect after a preposition's object is about the whole clause
    before it. The sentence stays whole (the causal claim, cause and effect together) and the
    clause before the comma is a claim of its own, which it states whatever `which` means."""
    doc = head.doc
    found = []
    for i in sorted(own):
        relative = doc[i]
        if relative.dep_ != "relcl" or relative.head.i not in own or relative.i == head.i:
            continue
        first = min(subtree(relative))
        pronoun = doc[first]
        if first == 0 or doc[first - 1].text != "," or pronoun.lower_ != "which":
            continue
        if pronoun.dep_ not in SUBJECTS or relative.head.dep_ != "pobj":
            continue
        if relative.lemma_ in lexicon.CONSEQUENCE_VERBS and relative.head.head.head.i in own:
            found.append(relative)
    return found


def _relative_words(relative: Token) -> set[int]:
    """A relative clause and the comma that sets it off."""
    taken = subtree(relative)
    return taken | {min(taken) - 1}
