"""Integration tests: the facade's traffic is validated against the contract by default.

The hooks come from tests/contract/plugin.py (a directory conftest cannot use
``pytest_plugins``); they apply to every test below this directory. Opt out of validation
with ``@pytest.mark.no_contract_validation``.
"""

from tests.contract.plugin import (  # noqa: F401  (pytest finds hooks by name)
    pytest_configure,
    pytest_runtest_call,
    pytest_runtest_setup,
    pytest_runtest_teardown,
)
