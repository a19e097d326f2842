"""What commands print: Rich tables for people, JSON (and nothing else) with ``--json``."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

import click

if TYPE_CHECKING:
    from rich.console import Console

__all__ = ["json_option", "print_json", "print_table", "stderr_console", "stdout_console"]

F = TypeVar("F", bound=Callable[..., Any])

_WIDTH_WITHOUT_TERMINAL = 200  # piped or captured output: no wrapping of GUIDs


def json_option(func: F) -> F:
    """Adds ``--json``: the command writes only JSON to stdout (``as_json=True``)."""
    decorate = click.option(
        "--json", "as_json", is_flag=True, help="Write JSON to stdout instead of a table."
    )
    return decorate(func)


def stdout_console() -> Console:
    """A Rich console on stdout (wide when stdout is not a terminal)."""
    from rich.console import Console

    console = Console(highlight=False)
    if not console.is_terminal:
        console = Console(highlight=False, width=_WIDTH_WITHOUT_TERMINAL)
    return console


def stderr_console() -> Console:
    """A Rich console on stderr, for progress and notes (never mixed into stdout)."""
    from rich.console import Console

    return Console(stderr=True, highlight=False)


def print_json(data: Any) -> None:
    """``data`` as indented JSON on stdout."""
    click.echo(json.dumps(data, indent=2, ensure_ascii=False))


def print_table(
    columns: Sequence[str], rows: Sequence[Sequence[object]], *, title: str | None = None
) -> None:
    """An aligned table on stdout; None cells print empty."""
    from rich.markup import escape
    from rich.table import Table

    table = Table(title=title, title_justify="left", show_edge=False, pad_edge=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*("" if cell is None else escape(str(cell)) for cell in row))
    stdout_console().print(table)
