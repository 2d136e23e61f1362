"""Pieces every command module shares: options, opening the store, printing tables."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from factcheck.review import ReviewService
from factcheck.store import Store
from factcheck.terminal_text import json_safe, visible
from factcheck.workflow import Workflow, load_workflow

STORE_HELP = "TinyDB store file (default: $FACTCHECK_STORE or store/factcheck.json)"
DEFAULT_WORKFLOW = Path("workflows/default.yaml")
# The workflows shipped inside the package (factcheck/workflows links to the project's
# workflows/ folder and is copied into wheels), for `factcheck` run from another folder.
SHIPPED_WORKFLOWS = Path(__file__).resolve().parents[1] / "workflows"
WORKFLOW_HELP = "review workflow YAML file (default: workflows/default.yaml)"
REVIEWER_HELP = "your name in the audit log (default: $FACTCHECK_REVIEWER or your login name)"


def store_options() -> argparse.ArgumentParser:
    """`--store` accepted after the subcommand too (`factcheck claims --store X`)."""
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("--store", type=Path, default=argparse.SUPPRESS, help=STORE_HELP)
    return parent


def review_options() -> argparse.ArgumentParser:
    """`--store`, `--workflow` and `--reviewer`, accepted after the subcommand too."""
    parent = store_options()
    parent.add_argument("--workflow", type=Path, default=argparse.SUPPRESS, help=WORKFLOW_HELP)
    parent.add_argument("--reviewer", default=argparse.SUPPRESS, help=REVIEWER_HELP)
    return parent


def default_reviewer() -> str:
    try:
        return os.environ.get("FACTCHECK_REVIEWER") or getpass.getuser()
    except (KeyError, OSError):  # no login name, e.g. an unnamed container user
        return ""


def open_store(args: argparse.Namespace) -> Store:
    return Store(args.store)


def open_workflow(path: Path) -> Workflow:
    """Load a workflow; the default path falls back to the project's shipped copy."""
    if path == DEFAULT_WORKFLOW and not path.exists():
        path = SHIPPED_WORKFLOWS / DEFAULT_WORKFLOW.name
    return load_workflow(path)


def open_review(args: argparse.Namespace) -> ReviewService:
    return ReviewService(open_store(args), open_workflow(args.workflow), args.reviewer)


def print_json(data: Any) -> None:
    sys.stdout.write(json_safe(json.dumps(data, ensure_ascii=False, indent=2)) + "\n")


def one_line(text: str) -> str:
    """`text` on one line, runs of white space as one space, control characters escaped."""
    return visible(" ".join(text.split()))


def shorten(text: str, width: int) -> str:
    """`one_line(text)` in at most `width` characters."""
    text = one_line(text)
    return text if len(text) <= width else text[: max(0, width - 1)] + "…"


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
