"""`factcheck review`: open the review desk (the Textual app) on the store.

This is the one place that builds a `ReviewService` over the TinyDB store for the TUI; the
app itself only ever sees the service. Textual is imported when the command runs, so other
commands start without it.
"""

from __future__ import annotations

import argparse

from factcheck.cli.common import open_review, review_options
from factcheck.errors import ArticleError


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
    service = open_review(args)
    if args.article and service.repository.get_article(args.article) is None:
        known = ", ".join(a.id for a in service.repository.list_articles()) or "none yet"
        raise ArticleError(f"no article {args.article!r} in {args.store} (articles: {known})")

    from factcheck.tui.app import ReviewApp

    ReviewApp(service, article_id=args.article).run()
    return 0
