"""The command line reads its version only for --version: importing it (every command, --help)
does not load importlib.metadata."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import version

from click.testing import CliRunner

from servicelayer_cli import cli


def test_importing_the_command_line_does_not_read_package_metadata() -> None:
    script = "import sys, servicelayer_cli\nprint('importlib.metadata' in sys.modules)"
    output = subprocess.run(
        [sys.executable, "-c", script], check=True, capture_output=True, text=True
    ).stdout
    assert output.strip() == "False"


def test_version_prints_the_installed_version() -> None:
    result = CliRunner().invoke(cli, ["--version"])
    assert result.exit_code == 0
    assert result.output.split() == ["servicelayer", version("servicelayer-sdk")]


def test_help_lists_the_version_option() -> None:
    result = CliRunner().invoke(cli, ["--help"])
    assert result.exit_code == 0 and "--version" in result.output
