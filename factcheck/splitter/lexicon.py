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
