"""Fixtures for the command-line tests: click's CliRunner with a clean environment, a keyring.

``file_keyring`` (a real file keyring in a temporary directory) is the OIDC tests' fixture.
"""

from __future__ import annotations

import os
from collections.abc import Callable

import pytest
from click.testing import CliRunner, Result

from servicelayer_cli import cli
from tests.integration.facade_oidc.conftest import file_keyring

__all__ = ["Invoke", "clean_process_env", "file_keyring", "reader_env"]

_SETTINGS = (
    "SERVICELAYER_URL",
    "SERVICELAYER_API_KEY",
    "SERVICELAYER_USERNAME",
    "SERVICELAYER_PASSWORD",
)

Invoke = Callable[..., Result]


@pytest.fixture
def invoke() -> Invoke:
    """``invoke(*args, **env)``: run ``servicelayer args`` in-process with only ``env`` set.

    Every SERVICELAYER_* setting not given is removed for the run, so nothing leaks in from
    the environment of the test process.
    """
    runner = CliRunner()

    def run(*args: str, **env: str) -> Result:
        environment: dict[str, str | None] = dict.fromkeys(_SETTINGS)
        environment.update(env)
        return runner.invoke(cli, list(args), env=environment, prog_name="servicelayer")

    return run


def reader_env(url: str) -> dict[str, str]:
    """The settings of the demo reader, as environment variables."""
    return {
        "SERVICELAYER_URL": url,
        "SERVICELAYER_USERNAME": "reader",
        "SERVICELAYER_PASSWORD": "reader-password",
    }


def clean_process_env(**extra: str) -> dict[str, str]:
    """This process's environment without SERVICELAYER_* settings, plus ``extra``."""
    env = {key: value for key, value in os.environ.items() if key not in _SETTINGS}
    env.update(extra)
    return env
