"""`factcheck library import|list|show|remove`, `factcheck match TEXT`, `factcheck claim matches`.

The fact-check memory from the command line: import other fact-checkers' ClaimReview records,
look after them, and ask whether a claim was checked before (by them, or by this desk's
published verdicts).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from factcheck.app import CheckedClaim, Desk, Match
from factcheck.cli.common import desk_for, print_json, print_table, review_options, store_options
from factcheck.cli.terminal_output import print_line
from factcheck.models import Claim

DEFAULT_MATCHES = 5


def register(subcommands: argparse._SubParsersAction) -> None:
    store = store_options()
    library = subcommands.add_parser(
        "library",
        parents=[store],
        help="the fact-check library: import ClaimReview files, list, show, remove",
        description="Fact checks published elsewhere, kept in the store so new claims can be "
        "matched against them (this desk's published verdicts are matched too).",
    )
    actions = library.add_subparsers(dest="action", metavar="ACTION", required=True)
    importing = actions.add_parser(
        "import",
        parents=[store],
        help="import ClaimReview JSON-LD or CSV files (all checked before anything is saved)",
        description="Reads schema.org ClaimReview JSON-LD (one object, an array, an @graph or "
        "a DataFeed) or CSV with a header (claim, rating, url; organisation, date optional). "
        "A review URL already in the library is replaced, not added twice.",
    )
    importing.add_argument("files", nargs="+", type=Path, metavar="FILE")
    importing.set_defaults(handler=run_import)
    listing = actions.add_parser("list", parents=[store], help="list the imported fact checks")
    listing.add_argument("--format", choices=("table", "json"), default="table")
    listing.set_defaults(handler=run_list)
    show = actions.add_parser("show", parents=[store], help="one imported fact check in full")
    show.add_argument("id", metavar="ID")
    show.set_defaults(handler=run_show)
    remove = actions.add_parser("remove", parents=[store], help="remove imported fact checks")
    remove.add_argument("ids", nargs="+", metavar="ID")
    remove.set_defaults(handler=run_remove)

    match = subcommands.add_parser(
        "match",
        parents=[review_options()],
        help="which checked claims does TEXT repeat? (imported checks and published verdicts)",
    )
    match.add_argument("text", metavar="TEXT")
    add_match_options(match)
    match.set_defaults(handler=run_match)


def register_claim_matches(actions: argparse._SubParsersAction, options) -> None:
    """`factcheck claim matches ID`, added to the `claim` command's actions."""
    matches = actions.add_parser(
        "matches", parents=[options], help="past fact checks that match the claim"
    )
    matches.add_argument("id", metavar="ID")
    add_match_options(matches)
    matches.set_defaults(handler=run_claim_matches)


def add_match_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-k", "--limit", type=int, default=DEFAULT_MATCHES, metavar="K")
    parser.add_argument("--format", choices=("table", "json"), default="table")


def run_import(args: argparse.Namespace) -> int:
    done = desk_for(args).memory.import_files(args.files)
    print_line(
        f"{done.read} fact check(s) read from {len(args.files)} file(s): {done.added} added, "
        f"{done.replaced} already in the library (updated), {done.repeated} repeated "
        f"within the files; the library holds {done.total}"
    )
    return 0


def run_list(args: argparse.Namespace) -> int:
    checks = desk_for(args).memory.checks()
    if args.format == "json":
        print_json([check.model_dump(mode="json") for check in checks])
    elif not checks:
        print_line("the library is empty (add fact checks with: factcheck library import FILE)")
    else:
        rows = [(c.id, c.rating, c.organisation or "-", _day(c), c.claim) for c in checks]
        print_table(("ID", "RATING", "ORGANISATION", "DATE", "CLAIM"), rows)
    return 0


def run_show(args: argparse.Namespace) -> int:
    check = desk_for(args).memory.check(args.id)
    for name, value in (
        ("id", check.id),
        ("claim", check.claim),
        ("rating", check.rating),
        ("by", check.organisation or "-"),
        ("date", _day(check)),
        ("review", check.url),
        ("from", check.source or "-"),
    ):
        print_line(f"{name:7} {value}")
    return 0


def run_remove(args: argparse.Namespace) -> int:
    removed = desk_for(args).memory.remove(args.ids)
    print_line(f"removed {removed} fact check(s)")
    return 0


def run_match(args: argparse.Namespace) -> int:
    print_matches(desk_for(args).memory.match(args.text, args.limit), args.format)
    return 0


def run_claim_matches(args: argparse.Namespace) -> int:
    print_matches(desk_for(args).memory.matches_for(args.id, args.limit), args.format)
    return 0


def print_checked_before(desk: Desk, claims: list[Claim]) -> None:
    """After ingest: one line per new claim that was checked before, and a count."""
    found = desk.memory.checked_before(claims, k=1)
    for claim_id, (best, *_) in found.items():
        print_line(f"checked before  {claim_id}  {describe(best)}")
    if found:
        print_line(
            f"{len(found)} of {len(claims)} new claim(s) checked before "
            "(all matches: factcheck claim matches ID)"
        )


def describe(match: Match) -> str:
    """ "False · Full Fact · 2020-01-15 · https://... (0.83)": a match on one line."""
    check = match.check
    where = check.url or f"claim {check.claim_id}"
    parts = (check.rating, check.organisation or "-", _day(check), where)
    return " · ".join(parts) + f"  ({match.score:.2f})"


def print_matches(matches: list[Match], output: str) -> None:
    if output == "json":
        print_json(
            [{"score": round(m.score, 4), **m.check.model_dump(mode="json")} for m in matches]
        )
        return
    if not matches:
        print_line("no match in the library")
        return
    rows = [
        (
            f"{m.score:.2f}",
            m.check.rating,
            m.check.organisation or "-",
            _day(m.check),
            m.check.url or m.check.claim_id or "-",
            m.check.claim,
        )
        for m in matches
    ]
    print_table(("SCORE", "VERDICT", "BY", "DATE", "LINK", "CLAIM"), rows)


def _day(check: CheckedClaim) -> str:
    return check.published.isoformat() if check.published else "-"
