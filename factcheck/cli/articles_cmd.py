"""`factcheck ingest`, `factcheck claims` and `factcheck split`."""

from __future__ import annotations

import argparse
from pathlib import Path

from factcheck.app import IngestStep, shorten, split_file
from factcheck.cli import library_cmd
from factcheck.cli.article_cmd import add_detail_flags, details_from
from factcheck.cli.common import desk_for, print_json, print_table, store_options
from factcheck.cli.terminal_output import print_line
from factcheck.models import Claim


def register(subcommands: argparse._SubParsersAction) -> None:
    store = store_options()
    ingest = subcommands.add_parser(
        "ingest",
        parents=[store],
        help="read article files (or folders of them), split them into claims and store them",
        description="Ingest .txt/.md articles: split each into claims and add them to the store. "
        "An article already in the store is left as it is.",
    )
    ingest.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    ingest.add_argument(
        "--jobs",
        type=_positive,
        default=None,
        metavar="N",
        help="split in N worker processes (default: one per core)",
    )
    add_detail_flags(ingest, clearing=False)
    ingest.set_defaults(handler=run_ingest)

    claims = subcommands.add_parser("claims", parents=[store], help="list the claims in the store")
    claims.add_argument("--article", metavar="ID", help="only this article's claims")
    claims.add_argument("--format", choices=("table", "json"), default="table")
    claims.add_argument(
        "--limit",
        type=_positive,
        metavar="N",
        help="only N claims (a page; a PostgreSQL store reads only those)",
    )
    claims.add_argument(
        "--offset",
        type=_not_negative,
        default=0,
        metavar="N",
        help="skip the first N claims (with --limit: the page starting there)",
    )
    claims.set_defaults(handler=run_claims)

    split_parser = subcommands.add_parser(
        "split", help="split one article file into claims without storing anything"
    )
    split_parser.add_argument("file", type=Path, metavar="FILE")
    split_parser.add_argument("--format", choices=("text", "json"), default="text")
    split_parser.set_defaults(handler=run_split)


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, not {text!r}")
    return int(text)


def _not_negative(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"expected a whole number (0 or more), not {text!r}")
    return int(text)


# `--offset` without `--limit`: every claim from there on.
UNLIMITED = 1 << 62


def print_ingest_step(step: IngestStep) -> None:
    article = step.article
    if step.added:
        print_line(f"added    {article.id}  {step.claim_count:3d} claims  {step.path}")
    else:
        print_line(f"present  {article.id}  (already in the store, nothing added)  {step.path}")


def run_ingest(args: argparse.Namespace) -> int:
    desk = desk_for(args)
    # Every file is read and checked, flags included, before anything is written.
    summary = desk.ingest(
        args.paths, print_ingest_step, details_from(args, clearing=False), jobs=args.jobs
    )
    print_line(
        f"{summary.added} article(s) added, {summary.present} already present, "
        f"{summary.claims_added} claim(s) added to {desk.location}"
    )
    added = [c for step in summary.steps if step.added for c in desk.claims(step.article.id)]
    library_cmd.print_checked_before(desk, added)
    return 0


def run_claims(args: argparse.Namespace) -> int:
    desk = desk_for(args)
    if args.article:
        desk.article(args.article)  # refuses an unknown id, naming the known ones
    if args.limit is None and not args.offset:
        claims = desk.claims(args.article)
    else:
        claims, _ = desk.claims_page(args.offset, args.limit or UNLIMITED, args.article)
    if args.format == "json":
        print_json([claim.model_dump(mode="json") for claim in claims])
        return 0
    if not claims:
        print_line(f"no claims in {desk.location} (add some with: factcheck ingest PATH)")
        return 0
    print_claim_table(claims, desk.workflow.first_stage.id)
    return 0


SPEAKER_WIDTH = 24


def print_claim_table(claims: list[Claim], first_stage: str) -> None:
    """One line a claim; a claim no workflow has placed yet shows the workflow's first stage
    (`triage`), as the desk and `status` do."""
    rows = [
        (
            c.id,
            c.stage or first_stage,
            c.band,
            c.kind,
            shorten(c.speaker or "-", SPEAKER_WIDTH),
            c.text,
        )
        for c in claims
    ]
    print_table(("ID", "STAGE", "WORTH", "KIND", "SPEAKER", "CLAIM"), rows)


def split_json(claim: Claim) -> dict:
    data = claim.model_dump(mode="json")
    data["span"] = list(claim.span)
    return data


def run_split(args: argparse.Namespace) -> int:
    claims = split_file(args.file)
    if args.format == "json":
        print_json([split_json(claim) for claim in claims])
        return 0
    for claim in claims:
        who = claim.speaker or ("?" if claim.speaker_unknown else "")
        speaker = f" [{who}]" if who else ""
        print_line(f"{claim.id}  {claim.band:<6} {claim.kind:<10}{speaker} {claim.text}")
    print(f"{len(claims)} claim(s) from {len(set(c.sentence_index for c in claims))} sentence(s)")
    return 0
