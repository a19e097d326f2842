"""The examples in ``help(facade)`` and ``help(validate_contract)`` run against a real server."""

from __future__ import annotations

import doctest

import facade
from facade._session import Session
from tests.conftest import ServerFactory

_FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


def _run(text: str, name: str, globs: dict[str, object]) -> doctest.TestResults:
    test = doctest.DocTestParser().get_doctest(text, globs, name, None, 0)
    runner = doctest.DocTestRunner(optionflags=_FLAGS)
    runner.run(test)
    return runner.summarize(verbose=False)


def test_the_package_help_example_runs(server_factory: ServerFactory) -> None:
    server = server_factory("--demo")
    text = (facade.__doc__ or "").replace("http://127.0.0.1:8765", server.url)
    result = _run(text, "facade", {})
    assert result.attempted >= 8 and result.failed == 0


def test_the_validate_contract_example_runs(writer: Session) -> None:
    doc = facade.validate_contract.__doc__ or ""
    result = _run(doc, "validate_contract", {"session": writer})
    assert result.attempted >= 3 and result.failed == 0
