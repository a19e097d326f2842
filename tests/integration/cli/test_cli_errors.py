"""Exit codes (0 ok, 1 usage, 2 authentication, 3 not found, 4 server) and one-line errors."""

from __future__ import annotations

import pytest

from server.launch import free_port
from tests.conftest import RunningServer, ServerFactory

from .conftest import Invoke, reader_env


def _one_line(text: str) -> str:
    lines = text.strip().splitlines()
    assert len(lines) == 1, text
    assert lines[0].startswith("error: ")
    return lines[0]


def test_no_url_is_a_usage_error(invoke: Invoke) -> None:
    result = invoke("dbs")
    assert result.exit_code == 1
    assert "SERVICELAYER_URL" in _one_line(result.stderr)


def test_unknown_command_and_option_are_usage_errors(invoke: Invoke) -> None:
    assert invoke("databases").exit_code == 1
    result = invoke("dbs", "--colour")
    assert result.exit_code == 1
    assert "No such option '--colour'" in _one_line(result.stderr)


def test_a_bad_id_is_a_usage_error(invoke: Invoke, reference_server: RunningServer) -> None:
    result = invoke("get", "MAT-42", **reader_env(reference_server.url))
    assert result.exit_code == 1
    assert "'MAT-42' is not a history GUID" in result.stderr


def test_wrong_password_is_an_authentication_error(
    invoke: Invoke, reference_server: RunningServer
) -> None:
    env = reader_env(reference_server.url) | {"SERVICELAYER_PASSWORD": "wrong"}
    result = invoke("dbs", **env)
    assert result.exit_code == 2
    line = _one_line(result.stderr)
    assert "wrong" not in line  # the password never appears


@pytest.mark.usefixtures("file_keyring")
def test_no_credentials_and_no_stored_token_is_an_authentication_error(
    invoke: Invoke, reference_server: RunningServer
) -> None:
    result = invoke("dbs", SERVICELAYER_URL=reference_server.url)
    assert result.exit_code == 2
    assert "run 'servicelayer login'" in _one_line(result.stderr)


def test_unknown_database_is_not_found(invoke: Invoke, reference_server: RunningServer) -> None:
    result = invoke("tables", "NO_SUCH_DB", **reader_env(reference_server.url))
    assert result.exit_code == 3
    assert "NO_SUCH_DB" in _one_line(result.stderr)
    assert "Traceback" not in result.output


def test_debug_adds_the_traceback(invoke: Invoke, reference_server: RunningServer) -> None:
    result = invoke("--debug", "tables", "NO_SUCH_DB", **reader_env(reference_server.url))
    assert result.exit_code == 3
    assert "Traceback (most recent call last)" in result.stderr
    assert result.stderr.strip().splitlines()[-1].startswith("error: ")
    after_command = invoke("tables", "NO_SUCH_DB", "--debug", **reader_env(reference_server.url))
    assert "Traceback (most recent call last)" in after_command.stderr


def test_unreachable_server_is_a_server_error(invoke: Invoke) -> None:
    result = invoke("dbs", **reader_env(f"http://127.0.0.1:{free_port()}"))
    assert result.exit_code == 4
    _one_line(result.stderr)


@pytest.mark.no_contract_validation  # every answer is an injected 5xx or a dropped connection
def test_failing_server_is_a_server_error(invoke: Invoke, server_factory: ServerFactory) -> None:
    server = server_factory("--demo", "--fail-rate", "1.0", validate_responses=False)
    result = invoke("dbs", **reader_env(server.url))
    assert result.exit_code == 4
    _one_line(result.stderr)


def test_serve_passes_its_flags_to_the_server(invoke: Invoke) -> None:
    shown = invoke("serve", "--help")
    assert shown.exit_code == 0
    assert "--device-code-ttl" in shown.stdout and "--api-version" in shown.stdout
    refused = invoke("serve", "--fail-rate", "2")
    assert refused.exit_code == 1
    assert "--fail-rate must be between 0 and 1" in refused.stderr
