"""Opening workflow files for the shells (the default path falls back to the shipped copy)."""

from __future__ import annotations

from pathlib import Path

from factcheck.settings import DEFAULT_WORKFLOW
from factcheck.workflow import Workflow
from factcheck.workflow.loader import load_workflow

# The workflows shipped inside the package (factcheck/workflows links to the project's
# workflows/ folder and is copied into wheels), for `factcheck` run from another folder.
SHIPPED_WORKFLOWS = Path(__file__).resolve().parents[1] / "workflows"


def open_workflow(path: Path) -> Workflow:
    """Load a workflow; `WorkflowError` lists every problem in it, each with its line."""
    if path == DEFAULT_WORKFLOW and not path.exists():
        path = SHIPPED_WORKFLOWS / DEFAULT_WORKFLOW.name
    return load_workflow(path)
