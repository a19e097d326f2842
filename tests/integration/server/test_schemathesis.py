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
import yaml

from server.launch import REPO
from tests.conftest import RunningServer

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
        # A criterion can be well-formed yet unusable with the data (an attribute the table
        # lacks, an operator its kind does not support): the contract answers 422 for it.
        "\n[[operations]]\n"
        'include-operation-id = "search_records_by_criteria"\n'
        "checks.positive_data_acceptance.expected-statuses = "
        '["2xx", "401", "403", "404", "422", "429", "5xx"]\n'
    )
    return path


ACCOUNTS = ("admin", "writer", "reader")


def _operation_count() -> int:
    spec = yaml.safe_load(SPEC.read_text())
    return sum(1 for item in spec["paths"].values() for op in item.values() if "operationId" in op)


def _command(server: RunningServer, account: str, config: Path) -> list[str]:
    return [
        sys.executable, "-m", "schemathesis.cli",
        "--config-file", str(config),
        "run", str(SPEC),
        "--url", server.url,
        "--auth", f"{account}:{PASSWORDS[account]}",
        "--phases", "examples,coverage,fuzzing,stateful",
        "--checks", "all",
        "--max-examples", MAX_EXAMPLES,
        "--workers", "1",
        "--seed", "20260115",
        "--no-color",
    ]  # fmt: skip


@pytest.fixture(scope="module")
def schemathesis_runs(
    fuzzed_server: RunningServer, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, tuple[int, str]]:
    """One schemathesis run per account, all three at once (exit code and output of each)."""
    directory = tmp_path_factory.mktemp("schemathesis")
    config = _config_file(fuzzed_server, directory)
    running = {}
    for account in ACCOUNTS:
        log = directory / f"{account}.log"
        with log.open("w") as output:
            running[account] = (
                subprocess.Popen(
                    _command(fuzzed_server, account, config),
                    cwd=directory,
                    stdout=output,
                    stderr=subprocess.STDOUT,
                ),
                log,
            )
    results = {}
    for account, (process, log) in running.items():
        try:
            process.wait(timeout=900)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        results[account] = (process.returncode, log.read_text(errors="replace"))
    return results


@pytest.mark.parametrize("account", ACCOUNTS)
def test_every_operation_conforms_for_each_account(
    schemathesis_runs: dict[str, tuple[int, str]], account: str
) -> None:
    code, output = schemathesis_runs[account]
    assert code == 0, output[-6000:]
    assert f"Tested: {_operation_count()}" in output, output[-3000:]
