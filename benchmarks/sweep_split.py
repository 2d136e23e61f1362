"""Split a large body of real text and report every failure or hang, with its sentence.

usage: .venv/bin/python benchmarks/sweep_split.py [--data ../shared/data] [--seconds 30]

The splitter must never crash or hang on real text (issue 10). This sweeps two corpora the
tests do not split whole: the claim-matching verified claims (20 to a text, a title line
first, as an article) and the CT24 train sentences (25 to a text, as a pasted transcript).
Each text gets `--seconds` before it counts as hung. Prints one line per failure and a
summary per corpus; exits 1 when anything failed. About four and a half minutes (one core).
"""

from __future__ import annotations

import argparse
import csv
import signal
import sys
import time
from pathlib import Path

from factcheck.splitter import split_text

PROJECT = Path(__file__).resolve().parent.parent


class Hung(Exception):
    """The text took longer than the sweep allows."""


def _alarm(*_: object) -> None:
    raise Hung


def _rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle, delimiter="\t"))[1:]


def verified_claims(data: Path) -> list[str]:
    rows = _rows(data / "claim-matching" / "verified_claims.docs.tsv")
    return [
        rows[i][2] + "\n\n" + " ".join(row[1] for row in rows[i : i + 20])
        for i in range(0, len(rows), 20)
    ]


def debate_sentences(data: Path) -> list[str]:
    rows = _rows(data / "checkworthy" / "CT24_checkworthy_english_train.tsv")
    return [" ".join(row[1] for row in rows[i : i + 25]) for i in range(0, len(rows), 25)]


def sweep(name: str, texts: list[str], seconds: int) -> int:
    started, failed = time.perf_counter(), 0
    for number, text in enumerate(texts):
        signal.alarm(seconds)
        try:
            split_text(text)
        except Hung:
            failed += 1
            print(f"{name} text {number}: hung for {seconds} s: {text[:80]!r}")
        except Exception as error:  # every failure is reported, none stops the sweep
            failed += 1
            print(f"{name} text {number}: {type(error).__name__}: {str(error)[:160]}")
        finally:
            signal.alarm(0)
    elapsed = time.perf_counter() - started
    print(f"{name}: {len(texts)} texts, {failed} failed, {elapsed:.0f} s")
    return failed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=PROJECT.parent / "shared" / "data")
    parser.add_argument("--seconds", type=int, default=30)
    arguments = parser.parse_args()
    signal.signal(signal.SIGALRM, _alarm)
    failed = sweep("verified claims", verified_claims(arguments.data), arguments.seconds)
    failed += sweep("CT24 train", debate_sentences(arguments.data), arguments.seconds)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
