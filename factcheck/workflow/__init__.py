"""A desk's review rulebook: the model (`model`), which colours it may name (`colours`), how
sources are told apart (`domains`), and reading it from YAML (`loader`, kept out of the
shells: they open workflows through `factcheck.app`)."""

from __future__ import annotations

from factcheck.workflow.colours import COLOR_NAMES, HEX_COLOR, is_colour
from factcheck.workflow.domains import source_domain
from factcheck.workflow.model import (
    ACTIONS,
    REQUIREMENT_NAMES,
    CorrectionRules,
    Requirements,
    Role,
    Stage,
    VerdictOption,
    VerdictScale,
    Workflow,
    counted_sign_offs,
    independent_sign_offs,
)

__all__ = [
    "ACTIONS",
    "COLOR_NAMES",
    "HEX_COLOR",
    "REQUIREMENT_NAMES",
    "CorrectionRules",
    "Requirements",
    "Role",
    "Stage",
    "VerdictOption",
    "VerdictScale",
    "Workflow",
    "counted_sign_offs",
    "independent_sign_offs",
    "is_colour",
    "source_domain",
]
