"""The Jinja2 environment the HTML reports are rendered with.

Autoescaping is on for every template, so every value a template prints (a claim, a title,
a URL in an attribute) is HTML-escaped unless a template marks it safe, which none does;
an undefined name is an error, not an empty string. Templates and their CSS are package
data in `factcheck/report/templates/`.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from factcheck.report import display
from factcheck.urls import is_web_url, punycode_host
from factcheck.workflow import is_colour

if TYPE_CHECKING:
    from jinja2 import Environment

NEUTRAL = "#9e9e9e"


def safe_color(color: str) -> str:
    """The workflow's colour if it is one CSS reads as a colour, else a neutral grey."""
    if is_colour(color):
        return color
    return NEUTRAL


@cache
def environment() -> Environment:
    # Imported at the first HTML report, not with every command that may write one.
    from jinja2 import Environment, PackageLoader, StrictUndefined

    env = Environment(
        loader=PackageLoader("factcheck.report", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(day=display.day, color=safe_color, punycode=punycode_host)
    env.tests["web_url"] = is_web_url
    return env


def render_template(name: str, **context: object) -> str:
    return environment().get_template(name).render(**context)
