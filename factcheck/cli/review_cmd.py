"""`factcheck review`: open the review desk (the Textual app) on the store.

This is the one place that opens a `Desk` (the application layer) for the TUI; the app itself
only ever sees the desk. Textual is imported when the command runs, so other
commands start without it.
"""

from __future__ import annotations

import argparse

from factcheck.app import FORMATS, ExportRequest
from factcheck.cli.common import desk_for, review_options


def register(subcommands: argparse._SubParsersAction) -> None:
    review = subcommands.add_parser(
        "review",
        parents=[review_options()],
        help="open the review desk: triage, evidence, verdicts and sign-off from the keyboard",
        description="Open the review desk on the store. Every action is saved at once; press ? "
        "in the desk for its keys.",
    )
    review.add_argument("--article", metavar="ID", help="review only this article's claims")
    review.set_defaults(handler=run_review)


def run_review(args: argparse.Namespace) -> int:
    desk = desk_for(args).start_review()
    if args.article:
        desk.article(args.article)  # refuses an unknown id, naming the known ones

    from factcheck.tui.app import ReviewApp

    settings = args.settings
    ReviewApp(
        desk,
        keymap_file=settings.keymap,
        article_id=args.article,
        export_defaults=ExportRequest(
            FORMATS[0], site_url=settings.site_url, publisher=settings.publisher
        ),
    ).run()
    return 0
