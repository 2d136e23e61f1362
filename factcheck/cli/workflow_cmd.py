"""`factcheck workflow check | show | use | history | init | diff`: the desk's rulebook,
checked, shown, kept by the store in versions, started from a shipped copy, compared."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from factcheck.app import (
    STORE_WORD,
    TEMPLATES,
    WorkflowProposal,
    diff_workflows,
    init_workflow,
    open_workflow,
    read_workflow_file,
)
from factcheck.cli.common import desk_for, print_json, print_table, review_options
from factcheck.cli.terminal_output import print_line
from factcheck.errors import WorkflowError
from factcheck.terminal_text import visible_lines
from factcheck.workflow import Workflow

EXIT_PROBLEMS = 2


def register(subcommands: argparse._SubParsersAction) -> None:
    options = review_options()
    workflow = subcommands.add_parser(
        "workflow",
        help="the desk's review workflow: check, show, use, history, init, diff",
        description="A workflow declares a desk's verdict scale and review stages; the store "
        "keeps the one it uses, in versions (`workflow use`).",
    )
    actions = workflow.add_subparsers(dest="action", metavar="ACTION", required=True)
    check = actions.add_parser(
        "check",
        help="validate workflow files; print every problem as FILE:LINE:COLUMN: message",
    )
    check.add_argument("files", nargs="+", type=Path, metavar="FILE")
    check.set_defaults(handler=run_check)
    show = actions.add_parser(
        "show",
        parents=[options],
        help="a workflow's stages, requirements and scale (the store's without FILE)",
    )
    show.add_argument("file", type=Path, metavar="FILE", nargs="?")
    show.add_argument("--version", type=int, metavar="N", help="the store's kept version N instead")
    show.set_defaults(handler=run_show)
    use = actions.add_parser(
        "use",
        parents=[options],
        help="make FILE the store's workflow (a new version), moving claims as mapped",
        description="Validates FILE, keeps it in the store as the next version (with an audit "
        "event) and moves the claims whose stage or unpublished verdict it lacks, as mapped: "
        "all in one save. Published verdicts keep the label they were published under.",
    )
    use.add_argument("file", type=Path, metavar="FILE")
    use.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="OLD=NEW",
        help="move claims from stage OLD (which FILE lacks) to stage NEW; repeatable",
    )
    use.add_argument(
        "--map-verdict",
        action="append",
        default=[],
        metavar="OLD=NEW",
        help="relabel unpublished verdicts OLD (which FILE lacks) as NEW; repeatable",
    )
    use.add_argument(
        "--dry-run", action="store_true", help="print what would change and move; save nothing"
    )
    use.set_defaults(handler=run_use)
    history = actions.add_parser(
        "history", parents=[options], help="every version of the store's workflow"
    )
    history.add_argument("--format", choices=("table", "json"), default="table")
    history.set_defaults(handler=run_history)
    init = actions.add_parser(
        "init", help="write a commented copy of a shipped workflow to FILE, to edit"
    )
    init.add_argument("file", type=Path, metavar="FILE")
    init.add_argument("--from", dest="template", choices=TEMPLATES, default=TEMPLATES[0])
    init.set_defaults(handler=run_init)
    diff = actions.add_parser(
        "diff",
        parents=[options],
        help=f"what changed from OLD to NEW, in words (files, '{STORE_WORD}' for the store's "
        f"workflow, '{STORE_WORD}:N' for its version N)",
    )
    diff.add_argument("old", metavar="OLD")
    diff.add_argument("new", metavar="NEW")
    diff.set_defaults(handler=run_diff)


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
    if args.file is not None:
        workflow = open_workflow(args.file)
        print_line(f"{workflow.name} ({workflow.source})")
    else:
        desk = desk_for(args)
        versions = desk.workflow_versions()
        if args.version is not None:
            workflow = desk.store_workflow_file(args.version).workflow
        else:
            workflow = desk.workflow
        if workflow.version is not None:
            kept = versions[workflow.version - 1]
            print_line(
                f"{workflow.name}: the store's workflow, version {kept.version} of "
                f"{len(versions)} (set by {kept.set_by}, {kept.at:%Y-%m-%d %H:%M} UTC)"
            )
        elif versions:
            print_line(f"{workflow.name} ({workflow.source}, for this command only)")
        else:
            print_line(f"{workflow.name} ({workflow.source}; the store keeps no workflow yet)")
    print_workflow(workflow)
    return 0


def print_workflow(workflow: Workflow) -> None:
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


def run_use(args: argparse.Namespace) -> int:
    desk = desk_for(args)
    new_file = read_workflow_file(args.file)
    proposal = desk.propose_workflow(new_file, str(args.file), args.map, args.map_verdict)
    if proposal.unchanged:
        print(f"{args.file} is already the store's workflow (version {proposal.version})")
        return 0
    print_proposal(proposal)
    if proposal.plan.blocked:
        raise WorkflowError(proposal.plan.refusal(proposal.new))
    if args.dry_run:
        print(f"dry run: nothing saved; without --dry-run this saves version {proposal.version}")
        return 0
    desk.adopt_workflow(proposal)
    moved = len(proposal.plan.moved)
    print(
        f"saved: version {proposal.version} ({proposal.new.name}, digest "
        f"{proposal.versions[-1].digest[:12]}) by {desk.reviewer}; "
        f"{moved} claim{'' if moved == 1 else 's'} moved"
    )
    return 0


def print_proposal(proposal: WorkflowProposal) -> None:
    for kept in proposal.versions[:-1]:
        print(
            f"version {kept.version}: {kept.name} ({kept.source}), the workflow this store "
            "was reviewed under, kept first"
        )
    new = proposal.versions[-1]
    print(f"version {new.version}: {new.name} ({new.source})")
    for change in proposal.changes:
        print(f"  - {change}")
    for move in proposal.plan.moves:
        print(f"  move {move}")
    for label, count in sorted(proposal.plan.kept_published.items()):
        print(
            f"  keep {count} published verdict{'' if count == 1 else 's'} {label!r}: "
            "reports show the label it was published under"
        )
    for warning in proposal.warnings:
        print(f"  warning: {warning}")


def run_history(args: argparse.Namespace) -> int:
    versions = desk_for(args).workflow_versions()
    if args.format == "json":
        print_json([v.model_dump(mode="json", exclude={"text"}) for v in versions])
        return 0
    if not versions:
        print("the store keeps no workflow yet; `factcheck workflow use FILE` keeps one")
        return 0
    for kept in versions:
        print(
            f"version {kept.version}  {kept.name}  set by {kept.set_by}  "
            f"{kept.at:%Y-%m-%d %H:%M} UTC  digest {kept.digest[:12]}  ({kept.source})"
        )
        for change in kept.changes:
            print(f"  - {change}")
    return 0


def run_init(args: argparse.Namespace) -> int:
    workflow = init_workflow(args.file, args.template)
    print(
        f"wrote {args.file} ({workflow.name}, from the shipped {args.template!r} workflow); "
        f"edit it, then `factcheck workflow diff store {args.file}`"
    )
    return 0


def run_diff(args: argparse.Namespace) -> int:
    before, after, changes = diff_workflows(
        args.old, args.new, lambda version: desk_for(args).store_workflow_file(version)
    )
    print(f"from {before.workflow.name} ({args.old}) to {after.workflow.name} ({args.new}):")
    for change in changes:
        print(f"  - {change}")
    if not changes:
        print("  no change in stages, requirements, actions, roles or scale")
    return 0
