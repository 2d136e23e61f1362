"""The `factcheck` command: parse arguments, call the domain, print the result.

Each command group lives in its own module with a `register(subcommands)` function that adds
its parsers; a parser's `handler` takes the parsed arguments and returns the exit status.
Errors a user can cause (`FactcheckError`) print one line on stderr and exit 2.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from factcheck.cli import (
    article_cmd,
    articles_cmd,
    claim_cmd,
    export_cmd,
    review_cmd,
    store_cmd,
    workflow_cmd,
)
from factcheck.cli.common import DEFAULT_WORKFLOW, REVIEWER_HELP, WORKFLOW_HELP, default_reviewer
from factcheck.errors import FactcheckError
from factcheck.store import DEFAULT_STORE_PATH

COMMAND_MODULES = (
    articles_cmd,
    article_cmd,
    workflow_cmd,
    claim_cmd,
    store_cmd,
    export_cmd,
    review_cmd,
)
EXIT_USER_ERROR = 2


def package_version() -> str:
    try:
        return version("factcheck")
    except PackageNotFoundError:
        return "unknown"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="factcheck",
        description="A terminal fact-check desk: split articles into claims, review them, "
        "export verdict reports.",
    )
    parser.add_argument("--version", action="version", version=f"factcheck {package_version()}")
    parser.add_argument(
        "--store",
        type=Path,
        default=Path(os.environ.get("FACTCHECK_STORE") or DEFAULT_STORE_PATH),
        help="TinyDB store file (default: $FACTCHECK_STORE or %(default)s)",
    )
    parser.add_argument("--workflow", type=Path, default=DEFAULT_WORKFLOW, help=WORKFLOW_HELP)
    parser.add_argument("--reviewer", default=default_reviewer(), help=REVIEWER_HELP)
    subcommands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module in COMMAND_MODULES:
        module.register(subcommands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.handler(args) or 0)
    except FactcheckError as error:
        print(f"factcheck: {error}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `factcheck claims | head`: the reader left; say nothing more.
        sys.stderr.close()
        return 0
