"""The pytest plugin fails a test whose facade traffic breaks the contract, even when swallowed.

A throw-away test module runs in a child pytest with the plugin loaded. Its clients are
built the way the facade's transport builds them: the validator is installed when
``contract_validation_requested()`` says so (the env var the plugin sets).
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PYTEST = [sys.executable, "-m", "pytest", "-q"]

CHILD_TESTS = """
import os

import httpx
import pytest

from facade._core.contract_validation import contract_validation_requested, install_contract_validation

SESSION = {
    "id": "3q2-7Xb0cJ2mEYhQy0L9sN4vRkW1aZtP", "username": "writer",
    "authenticationScheme": "basic", "createdAt": "2026-01-15T09:30:00Z",
    "expiresAt": "2026-01-15T10:00:00Z", "status": "ACTIVE",
}


def facade_like_client(body):
    client = httpx.Client(
        base_url="http://sl.test",
        transport=httpx.MockTransport(lambda request: httpx.Response(200, json=body)),
    )
    if contract_validation_requested():
        install_contract_validation(client)
    return client


@pytest.fixture(scope="session")
def shared_client():
    wrong = {**SESSION, "expiresAt": 1768471200}
    return facade_like_client(wrong)


def test_swallowed_violation_still_fails():
    client = facade_like_client({k: v for k, v in SESSION.items() if k != "username"})
    try:
        client.get("/api/v1/sessions/" + SESSION["id"])
    except Exception:
        pass  # a careless caller; the plugin must still fail the test


def test_session_fixture_client_is_validated(shared_client):
    shared_client.get("/api/v1/sessions/" + SESSION["id"])


def test_conforming_traffic_passes():
    client = facade_like_client(SESSION)
    assert client.get("/api/v1/sessions/" + SESSION["id"]).json() == SESSION
    assert os.environ["SERVICELAYER_VALIDATE_CONTRACT"] == "1"


@pytest.mark.no_contract_validation
def test_opt_out():
    assert "SERVICELAYER_VALIDATE_CONTRACT" not in os.environ
    client = facade_like_client({"not": "a session"})
    assert client.get("/api/v1/sessions/" + SESSION["id"]).json() == {"not": "a session"}
"""


def test_plugin_fails_tests_that_break_the_contract(tmp_path: Path) -> None:
    (tmp_path / "test_child.py").write_text(textwrap.dedent(CHILD_TESTS))
    (tmp_path / "pytest.ini").write_text("[pytest]\n")
    env = {k: v for k, v in os.environ.items() if k != "SERVICELAYER_VALIDATE_CONTRACT"}
    env["PYTHONPATH"] = str(ROOT)
    run = subprocess.run(
        [*PYTEST, "-p", "tests.contract.plugin", "-p", "no:cacheprovider", "-rA", str(tmp_path)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    out = run.stdout + run.stderr
    assert run.returncode == 1, out
    assert "PASSED test_child.py::test_conforming_traffic_passes" in out
    assert "PASSED test_child.py::test_opt_out" in out
    assert "FAILED test_child.py::test_swallowed_violation_still_fails" in out
    assert "ERROR test_child.py::test_session_fixture_client_is_validated" not in out
    assert "FAILED test_child.py::test_session_fixture_client_is_validated" in out
    assert "response of get_session (GET /api/v1/sessions/{sessionId})" in out
    assert "$.username: required property is missing" in out
    assert "$.expiresAt: expected type string, got integer" in out
    failures = out.split("= FAILURES =")[-1]
    assert "3q2-7Xb0cJ2mEYhQy0L9sN4vRkW1aZtP" not in failures, "a session id leaked"
