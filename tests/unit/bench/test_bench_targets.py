"""``make bench`` prints every figure with its target: each benchmark in ``bench.BENCHMARKS``
builds its figures with a target and a verdict, and the README's performance table names
each benchmark group."""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

import pytest

from bench.__main__ import BENCHMARKS

README = Path(__file__).resolve().parents[3] / "README.md"


def _figure_calls(module_source: str) -> list[ast.Call]:
    tree = ast.parse(module_source)
    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "Figure"
    ]


@pytest.mark.parametrize("group", sorted(BENCHMARKS))
def test_every_figure_of_a_benchmark_has_a_target_and_a_verdict(group: str) -> None:
    module = inspect.getmodule(BENCHMARKS[group])
    assert module is not None
    calls = _figure_calls(inspect.getsource(module))
    assert calls, f"{group} reports no figure"
    for call in calls:
        keywords = {k.arg for k in call.keywords}
        assert {"target", "ok"} <= keywords, f"{group}: a Figure without target/ok"


@pytest.mark.parametrize("group", sorted(BENCHMARKS))
def test_the_readme_performance_table_has_a_row_per_benchmark_group(group: str) -> None:
    text = README.read_text(encoding="utf-8")
    table = text[text.index("## Performance") :]
    rows = [line for line in table.splitlines() if line.startswith("| ")]
    names = group.split("/") if group != "startup" else ["start-up"]
    for name in names:
        assert any(row.lower().startswith(f"| {name.lower()} ") for row in rows), (
            f"no README performance row for {name}"
        )
