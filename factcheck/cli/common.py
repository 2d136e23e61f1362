"""Pieces every command module shares: options, opening the desk, printing tables."""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from factcheck.app import Desk, open_desk, shorten
from factcheck.terminal_text import json_safe, visible

STORE_HELP = (
    "the store: a TinyDB file, or a PostgreSQL address postgresql://user@host/db "
    "(default: $FACTCHECK_STORE or store/factcheck.json)"
)
WORKFLOW_HELP = (
    "review workflow YAML file for this command only (default: the store's workflow, "
    "see `workflow use`; a store that kept none uses workflows/default.yaml)"
)
REVIEWER_HELP = "your name in the audit log (default: $FACTCHECK_REVIEWER or your login name)"


def store_options() -> argparse.ArgumentParser:
    """`--store` accepted after the subcommand too (`factcheck claims --store X`)."""
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("--store", default=argparse.SUPPRESS, help=STORE_HELP)
    return parent


def review_options() -> argparse.ArgumentParser:
    """`--store`, `--workflow` and `--reviewer`, accepted after the subcommand too."""
    parent = store_options()
    parent.add_argument("--workflow", type=Path, default=argparse.SUPPRESS, help=WORKFLOW_HELP)
    parent.add_argument("--reviewer", default=argparse.SUPPRESS, help=REVIEWER_HELP)
    return parent


def desk_for(args: argparse.Namespace) -> Desk:
    """The desk on the settings' store and workflow, as the settings' reviewer; a one-off
    `--workflow` that differs from the store's is said in one line on stderr."""
    return open_desk(args.settings, on_notice=tell)


def tell(line: str) -> None:
    """One line for the user beside the command's output (stderr, so pipes stay clean)."""
    print(f"factcheck: {line}", file=sys.stderr)


def print_json(data: Any) -> None:
    sys.stdout.write(json_safe(json.dumps(data, ensure_ascii=False, indent=2)) + "\n")


def one_line(text: str) -> str:
    """`text` on one line, runs of white space as one space, control characters escaped."""
    return visible(" ".join(text.split()))


def print_table(headers: Sequence[str], rows: Sequence[Sequence[str]], flexible: int = -1) -> None:
    """Aligned columns; the `flexible` column is shortened to fit the terminal."""
    if not rows:
        return
    table = [[one_line(str(cell)) for cell in row] for row in [headers, *rows]]
    widths = [max(len(row[i]) for row in table) for i in range(len(headers))]
    terminal = shutil.get_terminal_size((120, 24)).columns
    flex = flexible % len(headers)
    fixed = sum(w for i, w in enumerate(widths) if i != flex) + 2 * (len(headers) - 1)
    widths[flex] = max(20, min(widths[flex], terminal - fixed))
    for row in table:
        cells = [shorten(cell, widths[i]).ljust(widths[i]) for i, cell in enumerate(row)]
        print("  ".join(cells).rstrip())
