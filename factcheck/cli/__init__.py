"""The `factcheck` command: parse arguments, build the settings, call the application layer,
print the result.

Each command group lives in its own module with a `register(subcommands)` function that adds
its parsers; a parser's `handler` takes the parsed arguments (with `args.settings`, built once
here from the flags, the environment and the config file) and returns the exit status.
Errors a user can cause (`FactcheckError`) print one line on stderr and exit 2.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from factcheck.cli import (
    article_cmd,
    articles_cmd,
    claim_cmd,
    export_cmd,
    library_cmd,
    review_cmd,
    reviewer_cmd,
    store_cmd,
    workflow_cmd,
)
from factcheck.cli.arguments import refuse_undecodable_arguments
from factcheck.cli.common import REVIEWER_HELP, STORE_HELP, WORKFLOW_HELP
from factcheck.cli.terminal_output import guarded_output
from factcheck.errors import FactcheckError, WorkflowError
from factcheck.settings import Settings, load_settings
from factcheck.terminal_text import visible, visible_lines

COMMAND_MODULES = (
    articles_cmd,
    article_cmd,
    workflow_cmd,
    claim_cmd,
    reviewer_cmd,
    store_cmd,
    export_cmd,
    review_cmd,
    library_cmd,
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
    parser.add_argument("--store", help=STORE_HELP)
    parser.add_argument("--workflow", type=Path, help=WORKFLOW_HELP)
    parser.add_argument("--reviewer", help=REVIEWER_HELP)
    subcommands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module in COMMAND_MODULES:
        module.register(subcommands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; whatever it prints reaches the terminal escaped (`terminal_output`)."""
    with guarded_output():
        return _run(argv)


def _run(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        refuse_undecodable_arguments(args)
        # Every flag named like a setting (--store, --site-url, ...) overrides it.
        args.settings = load_settings(
            **{name: getattr(args, name, None) for name in Settings.model_fields}
        )
        return int(args.handler(args) or 0)
    except FactcheckError as error:
        # A workflow's problems come one per line by design; every other message is one line.
        shown = visible_lines if isinstance(error, WorkflowError) else visible
        print(f"factcheck: {shown(str(error))}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `factcheck claims | head`: the reader left; say nothing more.
        sys.stderr.close()
        return 0
