"""Pieces every command module shares: options, opening the store, printing tables."""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from factcheck.store import Store

STORE_HELP = "TinyDB store file (default: $FACTCHECK_STORE or store/factcheck.json)"


def store_options() -> argparse.ArgumentParser:
    """`--store` accepted after the subcommand too (`factcheck claims --store X`)."""
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("--store", type=Path, default=argparse.SUPPRESS, help=STORE_HELP)
    return parent


def open_store(args: argparse.Namespace) -> Store:
    return Store(args.store)


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: max(0, width - 1)] + "…"


def print_table(headers: Sequence[str], rows: Sequence[Sequence[str]], flexible: int = -1) -> None:
    """Aligned columns; the `flexible` column is shortened to fit the terminal."""
    if not rows:
        return
    widths = [max(len(str(h)), *(len(str(r[i])) for r in rows)) for i, h in enumerate(headers)]
    terminal = shutil.get_terminal_size((120, 24)).columns
    flex = flexible % len(headers)
    fixed = sum(w for i, w in enumerate(widths) if i != flex) + 2 * (len(headers) - 1)
    widths[flex] = max(20, min(widths[flex], terminal - fixed))
    for row in [list(headers), *[list(map(str, r)) for r in rows]]:
        cells = [shorten(cell, widths[i]).ljust(widths[i]) for i, cell in enumerate(row)]
        print("  ".join(cells).rstrip())
