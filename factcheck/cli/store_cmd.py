"""`factcheck store check`, `compact` and `repair`: look after the store files."""

from __future__ import annotations

import argparse

from factcheck.app import check_store, compact_store, copy_store, repair_damaged_store
from factcheck.cli.common import store_options
from factcheck.cli.terminal_output import print_line


def register(subcommands: argparse._SubParsersAction) -> None:
    store = subcommands.add_parser(
        "store",
        help="check or compact the store files",
        description="Look after the store: its snapshot (the store file) and its journal "
        "(the same name + .journal, one line per save since the last compaction).",
    )
    actions = store.add_subparsers(dest="store_command", metavar="ACTION", required=True)
    check = actions.add_parser(
        "check",
        parents=[store_options()],
        help="read every saved change and document, verify the audit log; exit 2 if damaged",
        description="Read the snapshot and replay the journal as opening the store does, then "
        "check every article, claim and event against the data model, verify the audit log's "
        "hash chain, and replay every claim from its events. Prints the counts and the "
        "chain's head hash; a damaged store or a broken audit record (an event changed, "
        "removed or reordered, a claim changed or removed by hand) prints the first broken "
        "link and exits 2, leaving the files untouched.",
    )
    check.set_defaults(handler=run_check)
    compact = actions.add_parser(
        "compact",
        parents=[store_options()],
        help="fold the journal into a fresh snapshot",
        description="Write the whole store as a new snapshot and start an empty journal "
        "(done by itself when the journal outgrows the snapshot). Crash-safe at any moment.",
    )
    compact.set_defaults(handler=run_compact)
    repair = actions.add_parser(
        "repair",
        parents=[store_options()],
        help="keep every save up to a damaged journal line, move the rest to a side file",
        description="For a store `check` refuses: a damaged journal line and everything after "
        "it move to a side file beside the journal (named in the output), keeping every save "
        "before it; a missing or foreign journal is set aside likewise and the store goes on "
        "from its snapshot. Nothing is deleted.",
    )
    repair.set_defaults(handler=run_repair)
    copy = actions.add_parser(
        "copy",
        help="copy a store into a new one, between TinyDB files and PostgreSQL",
        description="Copy every article, claim, audit event, setting, reviewer and library "
        "entry of SOURCE into TARGET, as stored, in one save: the audit chain and its head "
        "stay the same. Each of SOURCE and TARGET is a store file or a PostgreSQL address "
        "(postgresql://user@host/db). SOURCE must pass `store check`; TARGET must be empty "
        "(a new file, or a database without a store). The copy is verified before this "
        "reports it.",
    )
    copy.add_argument("source", metavar="SOURCE", help="the store to copy")
    copy.add_argument("target", metavar="TARGET", help="the new, empty store to copy into")
    copy.set_defaults(handler=run_copy)


def run_check(args: argparse.Namespace) -> int:
    health = check_store(args.settings.store)
    if health.backend == "postgresql":
        print_line(
            f"store     {health.path} (PostgreSQL, schema {health.generation}, "
            f"database {health.snapshot_bytes:,} bytes)"
        )
    else:
        print_line(
            f"store     {health.path} (snapshot {health.generation}, "
            f"{health.snapshot_bytes:,} bytes)"
        )
        superseded = " (already in the snapshot; replaced at the next save)"
        print_line(
            f"journal   {health.journal_entries} save(s) since the snapshot, "
            f"{health.journal_bytes:,} bytes{superseded if health.superseded_journal else ''}"
        )
    for kind, count in health.counts.items():
        print(f"{kind:9} {count:,}")
    record = health.record
    print_line(f"audit     {record.events:,} event(s) chained, head {record.head or '(none yet)'}")
    if health.torn_line:
        print_line(f"warning   {health.torn_line}")
    print("ok" if not health.torn_line else "ok (the torn line is cut off at the next save)")
    return 0


def run_repair(args: argparse.Namespace) -> int:
    store = args.settings.store
    print_line(f"{store}: {repair_damaged_store(store)}")
    return 0


def run_compact(args: argparse.Namespace) -> int:
    before, after = compact_store(args.settings.store)
    print_line(
        f"compacted {after.path}: {before.journal_entries} journal save(s) folded into "
        f"snapshot {after.generation} ({after.snapshot_bytes:,} bytes)"
    )
    return 0


def run_copy(args: argparse.Namespace) -> int:
    copied = copy_store(args.source, args.target)
    counts = ", ".join(f"{count:,} {table}" for table, count in copied.counts.items())
    print_line(f"copied {copied.source} to {copied.target}: {counts}")
    print_line(f"audit     chain verified in the copy, head {copied.head or '(none yet)'}")
    return 0
