"""The public facade's docstrings are complete, and the docstring linter is part of make lint."""

from __future__ import annotations

import importlib.util
import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _checker():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "check_public_docstrings", REPO / "scripts" / "check_public_docstrings.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_public_member_documents_its_parameters_and_result() -> None:
    assert _checker().problems() == []


def test_the_checker_finds_a_gap() -> None:
    checker = _checker()

    def undocumented(records: list[str], flag: bool) -> int:
        """Count (mentions facade._ops)."""
        return len(records)

    found = checker._check_doc("f", undocumented.__doc__) or checker._check_function(
        "f", undocumented, undocumented.__doc__ or ""
    )
    assert found == ["f: mentions 'facade._ops'"]
    undocumented.__doc__ = "Count."
    gaps = checker._check_function("f", undocumented, "Count.")
    assert gaps == ["f: no Args section for ['records', 'flag']", "f: no Returns section"]


def test_make_lint_runs_ruff_docstring_rules_and_the_checker() -> None:
    dry_run = subprocess.run(
        ["make", "-n", "lint"], cwd=REPO, capture_output=True, text=True, check=True
    ).stdout
    assert "ruff check" in dry_run and "check_public_docstrings.py" in dry_run
    pyproject = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    assert '"D"' in pyproject and 'convention = "google"' in pyproject
    result = subprocess.run(
        [str(REPO / ".venv" / "bin" / "ruff"), "check", "--select", "D", "facade"],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout
