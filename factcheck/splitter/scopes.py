"""Stage 5 of the splitter: what the article's topic adds to a claim (see pipeline.py).

`topic_context` puts in the article's country for an unplaced measure, the scope the lead
gave its group (`35% of women [in the UK film industry]`), the story's one place to a body or
group of it (`the army [in X]`, story_places.py), the lead's owner of a bare plural,
the group the members of `the workforce` belong to, and the thing a bare count counts (`two
more` -> `two more [A350]`); a count nothing names, or `each` / `the two` as a subject naming
no one, is asked about. A function rather than a method of the
splitter: it reads only the article's topic and sentences, which it is handed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.splitter.descriptions import (
    counted_before,
    counted_words,
    earlier_description,
    elided_count,
    group_scope,
    lead_owner,
    membership_scope,
    more_of,
    one_of_a_kind_before,
    placed_measure,
    stands_for_things,
    unplaced_measure,
)
from factcheck.splitter.story_places import story_place_bracket
from factcheck.splitter.tokens import render, subtree

if TYPE_CHECKING:
    from factcheck.splitter.descriptions import ArticleTopic
    from factcheck.splitter.document import Sentence


def topic_context(
    tokens: set[int],
    sentence: Sentence,
    replaced: dict[int, str],
    topic: ArticleTopic,
    sentences: list[Sentence],
) -> list[str]:
    """The article's country for an unplaced measure, the lead's scope for its group, and
    the thing a bare count counts; a count nothing names is noted."""
    doc, index = sentence.doc, sentence.index
    placed = placed_measure(doc, tokens, topic, sentences, index)
    unplaced = unplaced_measure(doc, tokens) if placed is None else None
    if placed is not None:
        replaced[placed[0]] = placed[1].around(doc[placed[0]].text)
    replaced.update(group_scope(doc, tokens, topic, index))
    unquoted = tokens - replaced.keys() - sentence.quoted  # a speaker's words stay theirs
    replaced.update(lead_owner(doc, unquoted, tokens, topic, index))
    replaced.update(story_place_bracket(doc, tokens, sentence, sentences, topic.place, replaced))
    for i in sorted(tokens - replaced.keys()):
        members = membership_scope(doc[i], topic)
        given = any(members and members in words for words in replaced.values())
        if members and not given and not earlier_description(doc[i], sentences, index, tokens):
            replaced[i] = f"[{members}] {doc[i].text}"
    notes = [
        f"who or what is '{render(doc, subtree(doc[i])).rstrip('.')}'?"
        for i in sorted(tokens)
        if stands_for_things(doc[i]) and i not in replaced
    ]
    if unplaced is not None and not sentence.quoted & tokens:  # a speaker's words stay theirs
        notes.append(unplaced)
    for i in sorted(tokens - replaced.keys()):
        if not elided_count(doc[i]):
            continue
        counted, more = counted_before(doc[i]), more_of(doc[i])
        if counted is not None and counted.i in tokens:
            continue  # `cut six regiments to five`: the claim says what is counted
        if one_of_a_kind_before(doc[i], tokens):
            continue  # `everyone who wants a phone has one`: one phone
        if counted is not None and more is not None:  # `two more` -> `two more [A350]`
            replaced[more.i] = f"{more.text} [{counted_words(counted)}]"
        else:
            notes.append(f"{doc[i].text} of what?")
    return notes
