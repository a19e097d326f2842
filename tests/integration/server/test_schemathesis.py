"""schemathesis over every operation of the contract, as each demo account.

Examples, coverage, fuzzing and stateful (OpenAPI links) phases against a real server, with
every check on; 0 failures expected. The budget is CI-friendly (``SCHEMATHESIS_MAX_EXAMPLES``,
default 3 per operation and phase). The server's own response validation is off here:
schemathesis validates every answer against the contract itself.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.conftest import REPO, RunningServer

from ._helpers import API, PASSWORDS

SPEC = REPO / "openapi" / "servicelayer.yaml"
MAX_EXAMPLES = os.environ.get("SCHEMATHESIS_MAX_EXAMPLES", "3")


@pytest.fixture(scope="module")
def fuzzed_server() -> Iterator[RunningServer]:
    server = RunningServer(("--demo", "--records", "30"), validate_responses=False)
    yield server
    server.stop()


def _config_file(server: RunningServer, directory: Path) -> Path:
    """Real identifiers for path parameters, so operations get past 404 to their logic."""
    auth = ("reader", PASSWORDS["reader"])
    found = httpx.get(
        f"{server.url}{API}/databases/DEMO_MATERIALS/search",
        params={"mode": "text", "query": "aluminium"},
        auth=auth,
    ).json()["records"][0]
    path = directory / "schemathesis.toml"
    path.write_text(
        "[parameters]\n"
        '"path.databaseKey" = "DEMO_MATERIALS"\n'
        f'"path.historyGuid" = "{found["historyGuid"]}"\n'
        f'"path.versionGuid" = "{found["versionGuid"]}"\n'
    )
    return path


@pytest.mark.parametrize("account", ["admin", "writer", "reader"])
def test_every_operation_conforms_for_each_account(
    fuzzed_server: RunningServer, account: str, tmp_path: Path
) -> None:
    config = _config_file(fuzzed_server, tmp_path)
    command = [
        sys.executable, "-m", "schemathesis.cli",
        "--config-file", str(config),
        "run", str(SPEC),
        "--url", fuzzed_server.url,
        "--auth", f"{account}:{PASSWORDS[account]}",
        "--phases", "examples,coverage,fuzzing,stateful",
        "--checks", "all",
        "--max-examples", MAX_EXAMPLES,
        "--workers", "1",
        "--seed", "20260115",
        "--no-color",
    ]  # fmt: skip
    result = subprocess.run(command, capture_output=True, text=True, cwd=tmp_path, timeout=600)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-6000:]
    assert "Tested: 25" in output or "Tested:" in output, output[-3000:]
