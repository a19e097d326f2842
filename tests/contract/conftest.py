"""Contract tests: the facade's traffic is validated against the contract (see plugin.py)."""

from tests.contract.plugin import (  # noqa: F401  (pytest finds hooks by name)
    pytest_configure,
    pytest_runtest_call,
    pytest_runtest_setup,
    pytest_runtest_teardown,
)
