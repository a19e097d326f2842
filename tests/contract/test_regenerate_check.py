"""`make regenerate-check` catches a breaking spec change: a renamed field the facade uses."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "openapi" / "servicelayer.yaml"
SCRIPT = ROOT / "scripts" / "regenerate_check.py"


def _renamed_history_guid(tmp_path: Path) -> Path:
    """The contract with ``Record.historyGuid`` renamed to ``recordHistoryGuid``."""
    spec: dict[str, Any] = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    record = spec["components"]["schemas"]["Record"]
    record["properties"] = {
        ("recordHistoryGuid" if name == "historyGuid" else name): schema
        for name, schema in record["properties"].items()
    }
    record["required"] = [
        "recordHistoryGuid" if name == "historyGuid" else name for name in record["required"]
    ]
    path = tmp_path / "servicelayer-renamed.yaml"
    path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    return path


def test_renamed_field_fails_with_an_error_naming_it(tmp_path: Path) -> None:
    spec = _renamed_history_guid(tmp_path)
    run = subprocess.run(
        [sys.executable, str(SCRIPT), "--spec", str(spec), "--no-tests"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    out = run.stdout + run.stderr
    assert run.returncode == 1, out
    assert "mypy facade/ against the fresh client FAILED" in out
    assert '"Record" has no attribute "history_guid"' in out
    assert "regenerate-check: FAILED" in out
