"""`factcheck workflow check FILE...` and `factcheck workflow show FILE`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from factcheck.app import open_workflow
from factcheck.cli.common import print_table
from factcheck.cli.terminal_output import print_line
from factcheck.errors import WorkflowError
from factcheck.terminal_text import visible_lines

EXIT_PROBLEMS = 2


def register(subcommands: argparse._SubParsersAction) -> None:
    workflow = subcommands.add_parser(
        "workflow",
        help="check or show review workflow files (YAML)",
        description="Workflow files declare a desk's verdict scale and review stages.",
    )
    actions = workflow.add_subparsers(dest="action", metavar="ACTION", required=True)
    check = actions.add_parser(
        "check",
        help="validate workflow files; print every problem as FILE:LINE:COLUMN: message",
    )
    check.add_argument("files", nargs="+", type=Path, metavar="FILE")
    check.set_defaults(handler=run_check)
    show = actions.add_parser("show", help="a workflow's stages, requirements and scale")
    show.add_argument("file", type=Path, metavar="FILE")
    show.set_defaults(handler=run_show)


def run_check(args: argparse.Namespace) -> int:
    """Check every file, even after one fails, so one run lists everything to fix."""
    status = 0
    for path in args.files:
        try:
            workflow = open_workflow(path)
        except WorkflowError as error:
            print(visible_lines(str(error)), file=sys.stderr)
            status = EXIT_PROBLEMS
            continue
        print_line(
            f"{path}: ok ({workflow.name}: {len(workflow.stages)} stages, "
            f"{len(workflow.scale.verdicts)} verdicts)"
        )
    return status


def run_show(args: argparse.Namespace) -> int:
    workflow = open_workflow(args.file)
    print_line(f"{workflow.name} ({workflow.source})")
    if workflow.description:
        print_line(" ".join(workflow.description.split()))
    print()
    rows = []
    for number, stage in enumerate(workflow.stages, start=1):
        if workflow.is_final(stage.id):
            needs = "final: published, changes only by a correction"
        else:
            needs = "; ".join(stage.requires.describe()) or "nothing"
        allows = ", ".join(workflow.allowed(stage)) or "nothing"
        rows.append((str(number), stage.id, stage.title, needs, allows))
    print_table(("#", "STAGE", "TITLE", "TO LEAVE IT NEEDS", "ALLOWS"), rows)
    print()
    roles = ", ".join(role.id for role in workflow.roles)
    print(f"roles     {roles} (the senior role, {workflow.senior_role}, keeps the roster)")
    print(f"publish   {workflow.publication.role or 'any reviewer'}")
    corrections = "; ".join(workflow.corrections.describe()) or "nothing"
    print(f"correct   a new verdict and rationale, then: {corrections}")
    print()
    scale = workflow.scale
    rows = [(v.id, v.label, str(v.rating), v.color, v.description) for v in scale.verdicts]
    print_table(("VERDICT", "LABEL", "RATING", "COLOUR", "WHEN"), rows)
    conclusion = "required" if scale.conclusion_required else "optional"
    print(
        f"\nratings {scale.worst_rating} (worst) to {scale.best_rating} (best); "
        f"a one-sentence conclusion is {conclusion}"
    )
    return 0
