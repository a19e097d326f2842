"""``make demo`` sets up its virtual environment without pip's noise, but with pip's errors.

On machines whose pip configuration names package locations that do not exist, every install
prints ``WARNING: Location '...' is ignored``. The Makefile's pip flags silence warnings and
keep errors; checked here with pip itself, offline.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _makefile_pip_flags() -> list[str]:
    text = (REPO / "Makefile").read_text(encoding="utf-8")
    found = re.search(r"^PIP_FLAGS := (.+)$", text, re.MULTILINE)
    assert found, "the Makefile defines PIP_FLAGS"
    assert text.count("pip install $(PIP_FLAGS)") >= 2  # both installs of the venv use them
    return found.group(1).split()


def _pip(*args: str) -> subprocess.CompletedProcess[str]:
    missing = "file:///nonexistent-package-location"
    command = [sys.executable, "-m", "pip", "install", "--no-index", "--find-links", missing]
    return subprocess.run(
        [*command, *args, "no-such-package-for-this-test"],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_setup_pip_flags_hide_location_warnings_but_keep_errors() -> None:
    noisy = _pip("--quiet")
    assert "WARNING: Location" in noisy.stderr  # what a user sees without the flags
    quiet = _pip(*_makefile_pip_flags())
    assert quiet.returncode != 0
    assert "WARNING" not in quiet.stderr and quiet.stdout == ""
    assert "ERROR" in quiet.stderr and "no-such-package-for-this-test" in quiet.stderr


def test_demo_prints_only_its_own_steps_for_the_setup() -> None:
    dry_run = subprocess.run(
        ["make", "-n", "-B", "venv"], cwd=REPO, capture_output=True, text=True, check=True
    ).stdout
    pip_lines = [line for line in dry_run.splitlines() if "pip install" in line]
    assert pip_lines and all("--quiet --quiet" in line for line in pip_lines)
