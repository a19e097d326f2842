"""examples/quickstart.ipynb, executed with nbclient in a real kernel against the reference
server: every cell runs, and records, tables and bulk results display as HTML."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from tests.conftest import RunningServer

NOTEBOOK = Path(__file__).resolve().parents[3] / "examples" / "quickstart.ipynb"


def _html(cell: nbformat.NotebookNode) -> str:
    return "".join(
        output.get("data", {}).get("text/html", "")
        for output in cell.get("outputs", [])
        if output.get("output_type") in ("execute_result", "display_data")
    )


def _text(cell: nbformat.NotebookNode) -> str:
    parts = []
    for output in cell.get("outputs", []):
        if output.get("output_type") == "stream":
            parts.append(output.get("text", ""))
        parts.append(output.get("data", {}).get("text/plain", ""))
    return "".join(parts)


def test_quickstart_notebook_runs_and_displays_html(
    reference_server: RunningServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("SERVICELAYER_URL", reference_server.url)
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    client = NotebookClient(
        notebook,
        timeout=240,
        kernel_name="python3",
        resources={"metadata": {"path": str(tmp_path)}},
    )
    client.execute()
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert all(
        output.get("output_type") != "error" for cell in code for output in cell.get("outputs", [])
    )
    table, datasheet, states = _html(code[1]), _html(code[2]), _html(code[3])
    assert "<h4>Metals</h4>" in table and "version controlled" in table
    assert "<h4>" in datasheet and "kg/m^3" in datasheet and "Density" in datasheet
    assert "<svg" in datasheet  # values at several temperatures, plotted inline
    assert "20 succeeded" in states and "release_state" in states
    assert "<Record" in _text(code[2])  # plain text is kept for terminals
    frame = _html(code[4])
    assert "Density [kg/m^3]" in frame and "kg/m^3" in _text(code[4])
    assert "Temperature [degC]" in _html(code[5])
    counted = _text(code[6])  # ([(records, mean density)], records written)
    rows, written = counted.rsplit(", ", 1)
    assert rows.startswith(f"([({written.rstrip(')')},")  # DuckDB counts every record written
    listed, released = _text(code[7]).strip().strip("()").split(", ")
    assert int(listed) == int(released) > 0
