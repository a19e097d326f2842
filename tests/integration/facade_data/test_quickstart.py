"""The quickstart runs end to end against a demo server and prints readable tables."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.conftest import RunningServer

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "examples"))

import quickstart


def test_quickstart_prints_tables_not_reprs(
    data_server: RunningServer, capsys: pytest.CaptureFixture[str]
) -> None:
    quickstart.main(data_server.url)
    out = capsys.readouterr().out
    # Both release defaults, and a partial failure with its reason.
    assert "flag_for_release of a record read from the server: True" in out
    assert "flag_for_release of a new record: False" in out
    assert "(released by default)" in out
    assert "update of 2 records: 1 written, 1 failed" in out
    assert "Unreleased" in out.split("update of 2 records")[1]
    assert "failed: " in out and "No such attribute" in out
    assert "is None because: no record with history GUID" in out
    for heading in ("Databases", "get_records_by_ids", "records_from_string", "Release states"):
        assert heading in out
    assert "DEMO_MATERIALS  Demo Materials" in out
    assert "(not found)" in out and "Withdrawn" in out
    assert "<Record" not in out and "object at 0x" not in out
