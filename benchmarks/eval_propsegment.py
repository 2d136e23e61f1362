"""How atomic are the splitter's claims? Measured on PropSegmEnt (people's propositions).

usage: .venv/bin/python benchmarks/eval_propsegment.py [DEV.jsonl] [--show N]

For each sentence of ../shared/data/propsegment/dev.jsonl (see ../shared/data/README.md) the
splitter's claims are compared with the propositions people marked:
- coverage: share of propositions whose words are >= 80% inside some claim;
- atomic:   share of propositions some claim matches with word Jaccard >= 0.6.
A sentence that yields no claim leaves its propositions uncovered. Printed for one claim per
sentence (the baseline) and for the splitter. `--show N` prints N sentences whose
propositions no claim matches atomically, to see where claims still hold several facts.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from pathlib import Path

from factcheck.splitter import split_text

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "propsegment" / "dev.jsonl"
_WORD = re.compile(r"\w+")


def word_set(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)}


def score(rows: list[dict], claims_of: Callable[[str], list[str]]) -> tuple[float, float, list]:
    covered = atomic = total = 0
    misses = []
    for row in rows:
        claims = [word_set(c) for c in claims_of(row["sentence"])]
        for proposition in row["propositions"]:
            words = word_set(proposition)
            if not words:
                continue
            total += 1
            covered += any(len(words & c) / len(words) >= 0.8 for c in claims)
            hit = any(len(words & c) / len(words | c) >= 0.6 for c in claims)
            atomic += hit
            if not hit:
                misses.append((row["sentence"], proposition))
    return covered / total, atomic / total, misses


def main(argv: list[str]) -> int:
    path = Path(next((a for a in argv[1:] if not a.startswith("--") and not a.isdigit()), DEFAULT))
    show = int(argv[argv.index("--show") + 1]) if "--show" in argv else 0
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    print(f"{len(rows)} sentences, {sum(len(r['propositions']) for r in rows)} propositions")
    for name, claims_of in (
        ("one claim per sentence", lambda s: [s]),
        ("splitter", lambda s: [c.text for c in split_text(s)]),
    ):
        coverage, atomic, misses = score(rows, claims_of)
        print(f"{name:24} coverage={coverage:.3f} atomic={atomic:.3f}")
    for sentence, proposition in misses[:show]:
        print(f"- {proposition!r}\n    in {sentence!r}")
        print("    claims:", [c.text for c in split_text(sentence)])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
