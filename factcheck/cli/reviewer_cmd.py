"""`factcheck reviewer add|list|remove`: the desk's roster of known reviewers.

Only reviewers on the roster act on claims; names are compared by their canonical key (case,
look-alike letters and punctuation ignored), so "ANA" acts as "ana" and "аna" (Cyrillic а)
cannot be added beside her. Roles come from the workflow. On a store with an empty roster the
first reviewer to act becomes its editor (the workflow's senior role), who adds the others.
"""

from __future__ import annotations

import argparse

from factcheck.cli.common import desk_for, print_json, print_table, review_options
from factcheck.cli.terminal_output import print_line


def register(subcommands: argparse._SubParsersAction) -> None:
    options = review_options()
    reviewer = subcommands.add_parser(
        "reviewer",
        parents=[options],
        help="the desk's roster: add, list or remove reviewers",
        description="Only reviewers on the roster act on claims. The first reviewer to act on "
        "a store becomes its editor; an editor adds and removes the others.",
    )
    actions = reviewer.add_subparsers(dest="reviewer_command", metavar="ACTION", required=True)
    add = actions.add_parser("add", parents=[options], help="put a reviewer on the roster")
    add.add_argument("name", metavar="NAME", help="the name they pass as --reviewer")
    add.add_argument("--display", default="", help="the name reports show, e.g. 'Ana Costa'")
    add.add_argument(
        "--role",
        action="append",
        metavar="ROLE",
        help="a role from the workflow (repeatable; default: its first role)",
    )
    add.set_defaults(handler=run_add)
    listing = actions.add_parser("list", parents=[options], help="the roster")
    listing.add_argument("--format", choices=("table", "json"), default="table")
    listing.set_defaults(handler=run_list)
    remove = actions.add_parser("remove", parents=[options], help="take a reviewer off")
    remove.add_argument("name", metavar="NAME")
    remove.set_defaults(handler=run_remove)


def run_add(args: argparse.Namespace) -> int:
    added = desk_for(args).add_reviewer(args.name, args.display, args.role or ())
    shown = f" ({added.display})" if added.display else ""
    print_line(f"added {added.name}{shown} as {', '.join(added.roles)}")
    return 0


def run_list(args: argparse.Namespace) -> int:
    reviewers = desk_for(args).reviewers()
    if args.format == "json":
        print_json([r.model_dump(mode="json", exclude={"key"}) for r in reviewers])
        return 0
    if not reviewers:
        print_line("no reviewers yet: the first to act on a claim becomes the editor")
        return 0
    rows = [(r.name, r.display, ", ".join(r.roles), r.added_by) for r in reviewers]
    print_table(("name", "display name", "roles", "added by"), rows, flexible=1)
    return 0


def run_remove(args: argparse.Namespace) -> int:
    removed = desk_for(args).remove_reviewer(args.name)
    print_line(f"removed {removed.name} from the roster (their past work stays in the audit log)")
    return 0
