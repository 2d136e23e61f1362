"""`factcheck article edit ID`: fix an article's published details after ingest.

The same fields and checks as an article file's header lines and `ingest`'s flags
(`ArticleDetails`); the article's id, text and claims never change.
"""

from __future__ import annotations

import argparse

from factcheck.app import ArticleDetails
from factcheck.cli.common import desk_for, store_options
from factcheck.cli.terminal_output import print_line
from factcheck.errors import ArticleError
from factcheck.models import Article

DETAIL_FLAGS = {
    "title": "the article's headline",
    "url": "the published article's web address (http or https)",
    "outlet": "the outlet that published it (e.g. Reuters)",
    "author": "who wrote it",
    "date": "publication date, YYYY-MM-DD",
}


def add_detail_flags(parser: argparse.ArgumentParser, *, clearing: bool) -> None:
    """`--title --url --outlet --author --date`, shared by `ingest` and `article edit`."""
    for name, help_text in DETAIL_FLAGS.items():
        if clearing and name != "title":
            help_text += " ('' clears it)"
        parser.add_argument(f"--{name}", metavar=name.upper(), help=help_text)


def details_from(args: argparse.Namespace, *, clearing: bool) -> ArticleDetails:
    given = {name: getattr(args, name) for name in DETAIL_FLAGS}
    return ArticleDetails.checked(given, {name: f"--{name}" for name in DETAIL_FLAGS},
                                  may_clear=clearing)  # fmt: skip


def register(subcommands: argparse._SubParsersAction) -> None:
    options = store_options()
    article = subcommands.add_parser(
        "article", parents=[options], help="fix an article's headline, link, outlet, author, date"
    )
    actions = article.add_subparsers(dest="action", metavar="ACTION", required=True)
    edit = actions.add_parser(
        "edit",
        parents=[options],
        help="change an article's published details",
        description="Change the details reports and ClaimReview show for an article.",
    )
    edit.add_argument("id", metavar="ID", help="article id (see `factcheck claims`)")
    add_detail_flags(edit, clearing=True)
    edit.set_defaults(handler=run_edit)


def run_edit(args: argparse.Namespace) -> int:
    details = details_from(args, clearing=True)
    if not details.given:
        raise ArticleError("nothing to change: give --title, --url, --outlet, --author or --date")
    edited = desk_for(args).edit_article(args.id, details)
    if edited is None:
        print_line(f"{args.id}: already reads so; nothing changed")
        return 0
    for line in describe(edited):
        print_line(line)
    return 0


def describe(article: Article) -> list[str]:
    return [
        f"article   {article.id}",
        f"title     {article.title}",
        f"url       {article.url or '-'}",
        f"outlet    {article.outlet or '-'}",
        f"author    {article.author or '-'}",
        f"date      {article.published.isoformat() if article.published else '-'}",
    ]
