"""`factcheck claim ...` (one reviewer action per subcommand) and `factcheck status`.

Each handler parses its arguments, calls one `Desk` action and prints one line
saying what changed. Refusals come back as `ReviewError` and leave the store unchanged.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from factcheck.app import NOTE_FIELDS, Desk
from factcheck.app.presenter import when
from factcheck.cli import library_cmd
from factcheck.cli.common import desk_for, print_json, print_table, review_options
from factcheck.cli.terminal_output import print_line
from factcheck.models import Claim, Stance

Handler = Callable[[Desk, argparse.Namespace], Claim]


def register(subcommands: argparse._SubParsersAction) -> None:
    options = review_options()
    claim = subcommands.add_parser(
        "claim",
        parents=[options],
        help="review one claim: show, accept, note, verdict, advance, sign-off, undo, ...",
        description="Every action is checked against the workflow and recorded in the audit log "
        "under --reviewer. A refused action prints why and changes nothing.",
    )
    actions = claim.add_subparsers(dest="action", metavar="ACTION", required=True)

    def action(name: str, help_text: str, handler: Handler) -> argparse.ArgumentParser:
        parser = actions.add_parser(name, parents=[options], help=help_text, description=help_text)
        parser.add_argument("id", metavar="ID", help="claim id (see `factcheck claims`)")
        if handler is not _undo:
            parser.add_argument(
                "--revision",
                type=int,
                metavar="N",
                help="the claim's revision you looked at (`claim show`): refused, saying who "
                "changed it, if it has changed since",
            )
        parser.set_defaults(handler=_acting(handler))
        return parser

    show = actions.add_parser("show", parents=[options], help="the claim, its evidence and stage")
    show.add_argument("id", metavar="ID")
    show.add_argument("--format", choices=("text", "json"), default="text")
    show.set_defaults(handler=run_show)
    history = actions.add_parser("history", parents=[options], help="the claim's audit log")
    history.add_argument("id", metavar="ID")
    history.set_defaults(handler=run_history)
    library_cmd.register_claim_matches(actions, options)

    action("accept", "accept the claim in triage: it is worth checking", _accept)
    reject = action("reject", "reject the claim in triage, with a reason", _reject)
    reject.add_argument("--reason", required=True)
    edit = action("edit", "reword the claim so it stands alone", _edit)
    edit.add_argument("--text", required=True)
    merge = action("merge", "mark the claim a duplicate of another claim", _merge)
    merge.add_argument("--into", required=True, metavar="ID")
    assign = action("assign", "give the claim to a reviewer ('' for nobody)", _assign)
    assign.add_argument("--to", required=True, metavar="NAME")
    note = action("note", "add an evidence note (a source URL and what it says)", _note)
    note.add_argument("--url", required=True)
    note.add_argument("--stance", required=True, choices=[s.value for s in Stance])
    note.add_argument("--quote", default="")
    note.add_argument("--title", default="")
    note.add_argument("--note", default="", help="your comment on the source")
    edit_note = action("edit-note", "change an evidence note's url, stance or text", _edit_note)
    edit_note.add_argument("note_id", metavar="NOTE", help="note id, e.g. n2")
    edit_note.add_argument("--url")
    edit_note.add_argument("--stance", choices=[s.value for s in Stance])
    for field in ("quote", "title", "note"):
        edit_note.add_argument(f"--{field}")
    unnote = action("unnote", "remove an evidence note", _unnote)
    unnote.add_argument("note_id", metavar="NOTE", help="note id, e.g. n2")
    verdict = action("verdict", "rate the claim with a LABEL from the workflow's scale", _verdict)
    verdict.add_argument("label", metavar="LABEL")
    verdict.add_argument("--rationale", default="")
    verdict.add_argument("--conclusion", default="", help="one sentence for readers")
    verdict.add_argument(
        "--public-wording",
        default="",
        metavar="TEXT",
        help="the claim as it will be published, with its speaker "
        "(default: 'Speaker said claim', capitalised)",
    )
    action("advance", "move the claim to the next stage, if it has all it needs", _advance)
    back = action("back", "send the claim back to an earlier stage, with a reason", _back)
    back.add_argument("--to", required=True, metavar="STAGE")
    back.add_argument("--reason", required=True)
    back.add_argument("--comment", default="", help="a comment for the claim's conversation")
    sign_off = action("sign-off", "approve another reviewer's verdict", _sign_off)
    sign_off.add_argument("--comment", default="", help="a comment for the claim's conversation")
    comment = actions.add_parser(
        "comment",
        parents=[options],
        help="add a comment to the claim's conversation (recorded in the audit log)",
    )
    comment.add_argument("id", metavar="ID")
    comment.add_argument("text", metavar="TEXT")
    comment.set_defaults(handler=run_comment)
    correct = action(
        "correct",
        "propose a correction to a published verdict: a new verdict, a new rationale and the "
        "reason readers are told; published once signed off (claim sign-off, claim advance)",
        _correct,
    )
    correct.add_argument("label", metavar="LABEL")
    correct.add_argument("--rationale", required=True, help="why the new verdict holds")
    correct.add_argument("--reason", required=True, help="what was wrong, for readers")
    correct.add_argument("--conclusion", default="", help="one sentence for readers")
    action("undo", "undo your own last action on the claim", _undo)

    status = subcommands.add_parser(
        "status", parents=[options], help="claims per stage and verdict, as a table"
    )
    status.add_argument("--format", choices=("table", "json"), default="table")
    status.set_defaults(handler=run_status)


# -- actions: each calls one service method; `_acting` prints the outcome -----------------


def _accept(desk: Desk, args: argparse.Namespace) -> Claim:
    return desk.accept(args.id, args.revision)


def _reject(desk: Desk, args: argparse.Namespace) -> Claim:
    return desk.reject(args.id, args.reason, args.revision)


def _edit(desk: Desk, args: argparse.Namespace) -> Claim:
    return desk.edit(args.id, args.text, args.revision)


def _merge(desk: Desk, args: argparse.Namespace) -> Claim:
    return desk.merge(args.id, args.into, args.revision)


def _assign(desk: Desk, args: argparse.Namespace) -> Claim:
    return desk.assign(args.id, args.to, args.revision)


def _note(desk: Desk, args: argparse.Namespace) -> Claim:
    return desk.add_note(
        args.id, args.revision, url=args.url, stance=args.stance, quote=args.quote, note=args.note,
        title=args.title,
    )  # fmt: skip


def _edit_note(desk: Desk, args: argparse.Namespace) -> Claim:
    fields = {name: getattr(args, name) for name in NOTE_FIELDS}
    return desk.edit_note(
        args.id, args.note_id, args.revision, **{k: v for k, v in fields.items() if v is not None}
    )


def _unnote(desk: Desk, args: argparse.Namespace) -> Claim:
    return desk.remove_note(args.id, args.note_id, args.revision)


def _verdict(desk: Desk, args: argparse.Namespace) -> Claim:
    return desk.set_verdict(
        args.id, args.label, args.rationale, args.conclusion, args.public_wording, args.revision
    )


def _advance(desk: Desk, args: argparse.Namespace) -> Claim:
    return desk.advance(args.id, args.revision)


def _back(desk: Desk, args: argparse.Namespace) -> Claim:
    return desk.send_back(args.id, args.to, args.reason, args.revision, args.comment)


def _sign_off(desk: Desk, args: argparse.Namespace) -> Claim:
    return desk.sign_off(args.id, args.revision, args.comment)


def _correct(desk: Desk, args: argparse.Namespace) -> Claim:
    return desk.correct(
        args.id, args.label, args.rationale, args.reason, args.conclusion, args.revision
    )


def _undo(desk: Desk, args: argparse.Namespace) -> Claim:
    return desk.undo(args.id)


def _acting(handler: Handler) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        desk = desk_for(args)
        claim = handler(desk, args)
        event = [entry for entry in desk.activity(claim.id) if not entry.is_comment][-1]
        view = desk.present(claim)
        detail = f" ({event.text})" if event.text else ""
        print_line(
            f"{claim.id}: {event.action}{detail} by {event.actor}; now in stage {view.stage.id}"
        )
        if view.missing and view.is_final:
            print_line("the correction still needs: " + "; ".join(view.missing))
        elif view.missing:
            print_line(f"to leave {view.stage.id} it still needs: " + "; ".join(view.missing))
        return 0

    return run


# -- reading ------------------------------------------------------------------------------


def run_show(args: argparse.Namespace) -> int:
    desk = desk_for(args)
    claim = desk.claim(args.id)
    view = desk.present(claim)
    if args.format == "json":
        data = claim.model_dump(mode="json")
        data["stage"] = view.stage.id
        data["missing"] = view.missing
        print_json(data)
        return 0
    for line in view.lines():
        print_line(line)
    return 0


def run_history(args: argparse.Namespace) -> int:
    desk = desk_for(args)
    events = desk.history(args.id)
    if not events:
        print_line(f"no actions recorded on claim {args.id} yet")
        return 0
    rows = [(when(e.at), e.actor, e.action, e.detail or "-") for e in events]
    print_table(("WHEN", "WHO", "ACTION", "DETAIL"), rows)
    return 0


def run_comment(args: argparse.Namespace) -> int:
    entry = desk_for(args).comment(args.id, args.text)
    print_line(f"{args.id}: comment by {entry.actor} ({when(entry.at)})")
    return 0


def run_status(args: argparse.Namespace) -> int:
    desk = desk_for(args)
    status = desk.status_counts()
    progress = desk.progress()
    if args.format == "json":
        stages = {
            s.id: dict(zip(status.columns, status.row(s.id), strict=True)) for s in status.stages
        }
        print_json(
            {
                "workflow": desk.workflow.name,
                "stages": stages,
                "published": progress.published,
                "proposed": progress.proposed,
                "decided": progress.decided,
                "total": progress.total,
            }
        )
        return 0
    rows = [
        (stage.id, *map(str, status.row(stage.id)), str(status.total(stage.id)))
        for stage in status.stages
    ]
    print_line(f"workflow {desk.workflow.name} ({desk.workflow.source})")
    print_table(("STAGE", *status.columns, "TOTAL"), rows, flexible=0)
    print_line(
        f"{progress.published} published, {progress.proposed} proposed (a verdict not yet "
        f"published), {progress.decided} of {progress.total} claims decided (published, or "
        "rejected or merged in triage)"
    )
    return 0
