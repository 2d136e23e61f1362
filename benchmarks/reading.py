"""Blind readings of the splitter's claims: lists for readers, one list for two versions, tallies.

The splitter's usable share is judged by readers who see the articles and the claims but not
the code (`reading/JUDGE.md`, the rubric in `../shared/gold/RUBRIC.md`). This script does the
mechanical parts:

    python benchmarks/reading.py lists TEXTDIR OUTDIR
        split every `NN.txt` of TEXTDIR; write `NN.json` (whole claims) and `NN.list.md`
    python benchmarks/reading.py union OLDDIR NEWDIR OUTDIR
        one `NN.list.md` per article with every distinct claim of two versions once, and
        `map.json` saying which ids each version has (readers judge both without knowing which)
    python benchmarks/reading.py tally OUTDIR
        per version, from the readers' `results-*.md` tables: usable and stand-alone shares,
        wrong speakers and referents, unflagged and needless flags, first failures, and the
        usable share of the claims the splitter scores band low or above

`lists` splits with the checkout it runs from: run it from an old checkout's `.venv` for the
old version. `reading/sets/` keeps the made-up articles (and the writers' reference claims,
`KEY-*.md`) the readings of session 15 used; a reading meant to be blind needs a fresh set
(`reading/WRITER.md`).
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from pathlib import Path
from typing import Any

_ROW = re.compile(r"\|\s*(\d\d#\d+)\s*\|\s*([^|]*)\|\s*([^|]*)\|(.*)")


def _band(score: float) -> str:
    return (
        "none" if score < 0.25 else "low" if score < 0.5 else "medium" if score < 0.75 else "high"
    )


def _line(claim_id: str, claim: dict[str, Any]) -> str:
    flag = f" | NEEDS CONTEXT: {claim['context_note'] or 'yes'}" if claim["needs_context"] else ""
    head = f"{claim_id} | speaker: {claim['speaker'] or '-'} | {claim['kind']} | "
    return f"{head}{_band(claim['checkworthiness'])}{flag}\n    {claim['text']}\n"


def lists(text_dir: Path, out_dir: Path) -> None:
    from factcheck.ingest import read_article
    from factcheck.splitter import split_text

    out_dir.mkdir(parents=True, exist_ok=True)
    for path in sorted(text_dir.glob("[0-9][0-9].txt")):
        article = read_article(path)
        claims = split_text(
            article.text, article_id=article.id, published=article.published, title=article.title
        )
        whole = [json.loads(claim.model_dump_json()) for claim in claims]
        (out_dir / f"{path.stem}.json").write_text(json.dumps(whole, indent=1), encoding="utf-8")
        listed = [_line(f"{path.stem}#{k}", c) for k, c in enumerate(whole, 1)]
        heading = f"# Article {path.stem}: {len(whole)} claims\n\n"
        (out_dir / f"{path.stem}.list.md").write_text(heading + "".join(listed), encoding="utf-8")
        print(f"{path.stem}: {len(whole)} claims")


def _key(claim: dict[str, Any]) -> tuple[str, ...]:
    band = _band(claim["checkworthiness"])
    return (claim["speaker"] or "", claim["text"], claim["context_note"], claim["kind"], band)


def union(old_dir: Path, new_dir: Path, out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    mapping: dict[str, dict[str, list[str]]] = {}
    for new_path in sorted(new_dir.glob("[0-9][0-9].json")):
        number = new_path.stem
        new = json.loads(new_path.read_text(encoding="utf-8"))
        old = json.loads((old_dir / new_path.name).read_text(encoding="utf-8"))
        ids: dict[tuple[str, ...], str] = {}
        shown = []
        for claim in [*new, *old]:
            if _key(claim) not in ids:
                ids[_key(claim)] = f"{number}#{len(ids) + 1}"
                shown.append(claim)
        mapping[number] = {
            "new": [ids[_key(c)] for c in new],
            "old": [ids[_key(c)] for c in old],
        }
        heading = f"# Article {number}: {len(shown)} claims\n\n"
        body = "".join(_line(ids[_key(c)], c) for c in shown)
        (out_dir / f"{number}.list.md").write_text(heading + body, encoding="utf-8")
        print(f"{number}: old {len(old)}, new {len(new)}, listed {len(shown)}")
    (out_dir / "map.json").write_text(json.dumps(mapping, indent=1), encoding="utf-8")


def tally(out_dir: Path) -> None:
    rows: dict[str, tuple[str, str, str]] = {}
    for results in sorted(out_dir.glob("results-*.md")):
        for line in results.read_text(encoding="utf-8").splitlines():
            match = _ROW.match(line)
            if match:
                verdict, failure, note = (match.group(k).strip().lower() for k in (2, 3, 4))
                rows[match.group(1)] = (verdict, failure, note)
    mapping = json.loads((out_dir / "map.json").read_text(encoding="utf-8"))
    bands = _listed_bands(out_dir)
    for version in ("old", "new"):
        ids = [i for number in sorted(mapping) for i in mapping[number][version] if i in rows]
        counts: collections.Counter[str] = collections.Counter()
        first: collections.Counter[str] = collections.Counter()
        for claim_id in ids:
            verdict, failure, note = rows[claim_id]
            first[failure] += 1
            counts["usable"] += verdict.startswith("usable")
            counts["stands"] += not failure.startswith(("checkable", "faithful", "stands"))
            counts["wrong speaker"] += failure == "faithful-speaker"
            counts["wrong referent"] += failure == "faithful-referent"
            counts["unflagged"] += "flag-missing" in note
            counts["needless flag"] += "flag-needless" in note
        total = len(ids) or 1
        print(
            f"{version}: {len(ids)} claims, usable {counts['usable']} "
            f"({100 * counts['usable'] / total:.1f}%), stands alone {counts['stands']} "
            f"({100 * counts['stands'] / total:.1f}%), wrong speakers {counts['wrong speaker']}, "
            f"wrong referents {counts['wrong referent']}, unflagged {counts['unflagged']}, "
            f"needless flags {counts['needless flag']}"
        )
        print("   first failures:", dict(first.most_common()))
        # what a desk sorting by band sees first: the claims the splitter itself scores worth
        # checking (an opinion it keeps in band none fails `checkable` for the readers)
        worth = [i for i in ids if bands.get(i, "none") != "none"]
        usable = sum(rows[i][0].startswith("usable") for i in worth)
        print(
            f"   band low or above: {len(worth)} claims, usable {usable} "
            f"({100 * usable / (len(worth) or 1):.1f}%)"
        )


def _listed_bands(out_dir: Path) -> dict[str, str]:
    """Each listed claim's band, from the `NN#k | speaker: ... | kind | band` lines."""
    bands = {}
    for listing in out_dir.glob("[0-9][0-9].list.md"):
        for line in listing.read_text(encoding="utf-8").splitlines():
            parts = [part.strip() for part in line.split("|")]
            if len(parts) >= 4 and re.fullmatch(r"\d\d#\d+", parts[0]):
                bands[parts[0]] = parts[3]
    return bands


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    listing = commands.add_parser("lists")
    listing.add_argument("text_dir", type=Path)
    listing.add_argument("out_dir", type=Path)
    joined = commands.add_parser("union")
    joined.add_argument("old_dir", type=Path)
    joined.add_argument("new_dir", type=Path)
    joined.add_argument("out_dir", type=Path)
    counted = commands.add_parser("tally")
    counted.add_argument("out_dir", type=Path)
    args = parser.parse_args()
    try:
        if args.command == "lists":
            lists(args.text_dir, args.out_dir)
        elif args.command == "union":
            union(args.old_dir, args.new_dir, args.out_dir)
        else:
            tally(args.out_dir)
    except (OSError, ValueError) as error:
        sys.exit(f"reading: {error}")


if __name__ == "__main__":
    main()
