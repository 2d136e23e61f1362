"""The `W` screen: the workflow the desk runs on — its version in the store, the stages with
what a claim needs to leave each and what each allows, the verdict scale with its colours
and descriptions, and who publishes and corrects. Read-only: the workflow changes with
`factcheck workflow use` (see the README's Workflows section)."""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from factcheck.models import WorkflowVersion
from factcheck.tui.chips import verdict_chip
from factcheck.workflow import Workflow


def version_line(workflow: Workflow, versions: list[WorkflowVersion]) -> str:
    """Which version of the store's workflow this is, or that the store keeps none."""
    if workflow.version is None or workflow.version > len(versions):
        if versions:
            return (
                f"{workflow.source}, for this session only: not the store's workflow "
                f"(version {versions[-1].version}, {versions[-1].name})"
            )
        return (
            f"{workflow.source}: the store keeps no workflow yet "
            "(`factcheck workflow use FILE` keeps one)"
        )
    kept = versions[workflow.version - 1]
    line = (
        f"version {kept.version} of {len(versions)}, set by {kept.set_by} on "
        f"{kept.at:%Y-%m-%d %H:%M} UTC (digest {kept.digest[:12]})"
    )
    if kept.version < len(versions):
        line += ": an earlier version, for this session only"
    return line


def stage_table(workflow: Workflow) -> Table:
    table = Table(box=None, expand=True, header_style="bold")
    table.add_column("#", no_wrap=True, style="dim")
    table.add_column("Stage", no_wrap=True, style="bold")
    table.add_column("To leave it, a claim needs", ratio=2)
    table.add_column("Allows", ratio=1)
    for number, stage in enumerate(workflow.stages, start=1):
        if workflow.is_final(stage.id):
            needs = Text("final: published; changes only by a correction", style="italic")
        else:
            needs = Text("; ".join(stage.requires.describe()) or "nothing")
        title = Text(stage.title)
        title.append(f"  {stage.id}", style="dim")
        allows = ", ".join(workflow.allowed(stage)) or "nothing"
        table.add_row(str(number), title, needs, allows)
    return table


def scale_table(workflow: Workflow) -> Table:
    table = Table(box=None, expand=True, header_style="bold")
    table.add_column("Verdict", no_wrap=True)
    table.add_column("Id", no_wrap=True, style="dim")
    table.add_column("Rating", no_wrap=True, justify="right")
    table.add_column("When to use it", ratio=1)
    for option in workflow.scale.verdicts:
        table.add_row(verdict_chip(option), option.id, str(option.rating), option.description)
    return table


def rules_text(workflow: Workflow) -> str:
    corrections = "; ".join(workflow.corrections.describe()) or "nothing more"
    conclusion = "required" if workflow.scale.conclusion_required else "optional"
    return (
        f"Roles: {', '.join(workflow.role_ids)} (the {workflow.senior_role} keeps the roster "
        f"and the workflow). Publishes: {workflow.publication.role or 'any reviewer'}. "
        f"A correction needs: {corrections}. A one-sentence conclusion is {conclusion}."
    )


class WorkflowScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,W", "close", "Close", id="workflow.close", tooltip="Back to the claims")
    ]

    def __init__(self, workflow: Workflow, versions: list[WorkflowVersion]) -> None:
        super().__init__()
        self.workflow = workflow
        self.versions = versions

    def compose(self) -> ComposeResult:
        workflow = self.workflow
        with VerticalScroll(classes="dialog", id="workflow-dialog") as box:
            box.border_title = f"Workflow: {workflow.name} (esc closes)"
            yield Static(version_line(workflow, self.versions), id="workflow-version")
            if workflow.description:
                yield Static(" ".join(workflow.description.split()), classes="hint")
            yield Static("Stages", classes="workflow-heading")
            yield Static(stage_table(workflow), id="workflow-stages")
            yield Static("Verdict scale", classes="workflow-heading")
            yield Static(scale_table(workflow), id="workflow-scale")
            yield Static(rules_text(workflow), id="workflow-rules", classes="hint")

    def action_close(self) -> None:
        self.dismiss(None)
