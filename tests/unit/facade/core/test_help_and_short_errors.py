"""What a new user meets first: options that fail as Python does, a short error when the server
is down, and help that opens with a runnable example."""

from __future__ import annotations

import doctest
import inspect
import socket
import traceback

import pytest

import facade
from facade import ConnectionFailedError, SessionBuilder, SessionConfiguration


def _closed_port() -> int:
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = int(probe.getsockname()[1])
    probe.close()
    return port


def test_a_misspelt_configuration_option_fails_as_python_does() -> None:
    with pytest.raises(TypeError, match="unexpected keyword argument 'timout'"):
        SessionConfiguration(timout=5)  # type: ignore[call-arg]


def test_configuration_and_with_oidc_list_their_options_in_help() -> None:
    parameters = inspect.signature(SessionConfiguration).parameters
    assert "raise_on_failure" in parameters and "verify" in parameters
    assert all(p.kind is not inspect.Parameter.VAR_KEYWORD for p in parameters.values())
    with_oidc = inspect.signature(SessionBuilder.with_oidc).parameters
    assert {"issuer", "client_id", "scopes", "token_cache_file"} <= set(with_oidc)
    assert all(p.kind is not inspect.Parameter.VAR_KEYWORD for p in with_oidc.values())
    with pytest.raises(TypeError, match="unexpected keyword argument 'isuer'"):
        SessionBuilder("http://127.0.0.1:1").with_oidc(isuer="https://idp")  # type: ignore[call-arg]


def test_a_server_that_is_down_gives_a_short_error_naming_the_cause() -> None:
    url = f"http://127.0.0.1:{_closed_port()}"
    with pytest.raises(ConnectionFailedError) as raised:
        SessionBuilder(url).with_credentials("writer", "writer-password")
    error = raised.value
    text = "".join(traceback.format_exception(error))
    frames = [line for line in text.splitlines() if line.startswith("  File ")]
    assert len(frames) <= 3, text
    assert error.__cause__ is None and "httpcore" not in text
    assert "Connection refused" in str(error) and "check that the server is running" in str(error)


def test_help_of_the_package_opens_with_a_runnable_example() -> None:
    doc = facade.__doc__ or ""
    first_paragraphs = doc.split("\n\n")[:3]
    assert any(">>> " in paragraph for paragraph in first_paragraphs), doc[:400]
    assert "SessionBuilder" in doc


def test_the_examples_in_public_docstrings_run() -> None:
    finder = doctest.DocTestFinder(exclude_empty=True)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    ran = 0
    for name in ("SessionConfiguration", "OIDCSessionBuilder"):
        for test in finder.find(getattr(facade, name), name, globs={"facade": facade}):
            result = runner.run(test)
            ran += result.attempted
            assert result.failed == 0, name
    assert ran >= 3
