"""pytest plugin: every facade client in a test validates its traffic against the contract.

Imported into a directory's conftest (``from tests.contract.plugin import *``), it applies to
the tests of that directory only (pytest calls conftest runtest hooks per path); used with
``-p tests.contract.plugin`` it applies everywhere.

Around each test's setup, call and teardown it sets ``SERVICELAYER_VALIDATE_CONTRACT=1``, which
makes the facade's transport install the shared :func:`facade._core.contract_validation.default_validator`
on every httpx client it builds, including those built by session-scoped fixtures during the
test's setup. The validator raises at the call that breaks the contract and also records the
violation, so a violation fails the test even where the facade swallows the exception; the
failure names the operation and the JSON path. Opt out with
``@pytest.mark.no_contract_validation`` (tests that break the contract on purpose).
"""

from __future__ import annotations

import os
from collections.abc import Generator

import pytest

from facade import ContractViolation
from facade._core.contract_validation import CONTRACT_ENV_VAR, default_validator

__all__ = [
    "pytest_configure",
    "pytest_runtest_call",
    "pytest_runtest_setup",
    "pytest_runtest_teardown",
]

MARKER = "no_contract_validation"
_SAVED = pytest.StashKey[str | None]()


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", f"{MARKER}: do not validate the facade's traffic against the contract"
    )


def _enabled(item: pytest.Item) -> bool:
    return item.get_closest_marker(MARKER) is None


def _violations_report(violations: list[ContractViolation]) -> str:
    lines = [f"{len(violations)} contract violation(s) (openapi/servicelayer.yaml):"]
    lines += [f"  - {violation}" for violation in violations]
    return "\n".join(lines)


def _take_recorded() -> list[ContractViolation]:
    recorded = list(default_validator().violations)
    default_validator().violations.clear()
    return recorded


def _checked(item: pytest.Item, when: str) -> Generator[None, None, None]:
    """Run one phase; fail it on recorded violations, or annotate the error it raised."""
    try:
        result = yield
    except BaseException as error:
        recorded = [v for v in _take_recorded() if v is not error] if _enabled(item) else []
        if recorded:
            error.add_note(_violations_report(recorded))
        raise
    recorded = _take_recorded() if _enabled(item) else []
    if recorded:
        pytest.fail(f"during {when}: {_violations_report(recorded)}", pytrace=False)
    return result


@pytest.hookimpl(wrapper=True)
def pytest_runtest_setup(item: pytest.Item) -> Generator[None, None, None]:
    if _enabled(item):
        item.stash[_SAVED] = os.environ.get(CONTRACT_ENV_VAR)
        os.environ[CONTRACT_ENV_VAR] = "1"
        default_validator().violations.clear()
    return (yield from _checked(item, "setup"))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Generator[None, None, None]:
    return (yield from _checked(item, "the test"))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(
    item: pytest.Item, nextitem: pytest.Item | None
) -> Generator[None, None, None]:
    try:
        return (yield from _checked(item, "teardown"))
    finally:
        if _SAVED in item.stash:
            saved = item.stash[_SAVED]
            if saved is None:
                os.environ.pop(CONTRACT_ENV_VAR, None)
            else:
                os.environ[CONTRACT_ENV_VAR] = saved
