"""Background word statistics: how common each index term is in fact-check claims at large.

A desk's library may hold three entries or 100,000; inverse document frequencies from the
library alone would make "a rare word is shared" mean something different at every size, and
the re-ranker was trained at one size. So the index counts a term's frequency in the library
plus in a background of fact-checked claims (the CLEF 2020 verified claims, as counted by
scripts/train_matcher.py into background.json): small libraries borrow the background's sense
of which words are rare; large ones outweigh it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

SHIPPED_BACKGROUND = Path(__file__).with_name("background.json")
# Terms seen only once in the background are left out of the shipped file (they weigh as an
# unseen term does), which keeps it small.
LEAST_KEPT = 2


@dataclass(frozen=True)
class Background:
    documents: int = 0
    frequency: dict[str, int] = field(default_factory=dict)

    @classmethod
    def counted(cls, documents: list[list[str]]) -> Background:
        counts: dict[str, int] = {}
        for terms in documents:
            for term in set(terms):
                counts[term] = counts.get(term, 0) + 1
        kept = {t: n for t, n in sorted(counts.items()) if n >= LEAST_KEPT}
        return cls(documents=len(documents), frequency=kept)

    def save(self, path: Path = SHIPPED_BACKGROUND) -> None:
        data = {"documents": self.documents, "frequency": self.frequency}
        path.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")


@cache
def shipped_background() -> Background:
    data = json.loads(SHIPPED_BACKGROUND.read_text(encoding="utf-8"))
    return Background(documents=int(data["documents"]), frequency=dict(data["frequency"]))
