"""The wheel, built from this checkout and installed into a fresh virtual environment.

``installed_wheel`` builds the sdist and, from it, the wheel (``python -m build``), creates a
virtual environment in a temporary folder and installs ``servicelayer-sdk[server,contract]``
from the wheel (pip reuses its cache; dependencies come from the package registry). Every
test using it runs that environment's Python with the temporary folder as the working
directory, so nothing can be imported from the checkout.
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from server.launch import REPO, ServerProcess


@dataclass(frozen=True)
class InstalledWheel:
    """A virtual environment with the built wheel installed, outside the checkout."""

    wheel: Path
    root: Path  # the temporary folder: working directory of every command run here
    bin: Path

    @property
    def python(self) -> str:
        return str(self.bin / "python")

    def run(
        self, *command: str, env: dict[str, str] | None = None, timeout: float = 120
    ) -> subprocess.CompletedProcess[str]:
        """Run ``command`` (first word looked up in the environment's bin/) in ``root``."""
        program = self.bin / command[0]
        return subprocess.run(
            [str(program), *command[1:]],
            cwd=self.root,
            env=clean_env(env),
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )


def clean_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """This process's environment without anything that points Python at the checkout."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME", "PYTHONSTARTUP")
    }
    env.update(extra or {})
    return env


def _must_run(command: list[str], *, cwd: Path, what: str) -> None:
    """Run ``command``; RuntimeError with its output when it fails."""
    result = subprocess.run(
        command, cwd=cwd, env=clean_env(), capture_output=True, text=True, timeout=600, check=False
    )
    if result.returncode != 0:
        raise RuntimeError(
            f"{what} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}"
        )


@pytest.fixture(scope="session")
def installed_wheel(tmp_path_factory: pytest.TempPathFactory) -> InstalledWheel:
    root = tmp_path_factory.mktemp("wheel-install")
    dist = root / "dist"
    build = [sys.executable, "-m", "build", "--outdir", str(dist), str(REPO)]
    _must_run(build, cwd=root, what="python -m build")
    wheels = list(dist.glob("servicelayer_sdk-*.whl"))
    assert len(wheels) == 1, f"expected one wheel in {dist}: {os.listdir(dist)}"
    env_dir = root / "venv"
    venv.create(env_dir, with_pip=True)
    bin_dir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    install = [str(bin_dir / "python"), "-m", "pip", "install", "--quiet"]
    _must_run([*install, f"{wheels[0]}[server,contract]"], cwd=root, what="pip install")
    work = root / "work"
    work.mkdir()
    return InstalledWheel(wheel=wheels[0], root=work, bin=bin_dir)


@pytest.fixture(scope="session")
def installed_server(installed_wheel: InstalledWheel) -> Iterator[ServerProcess]:
    """``python -m server --demo`` of the installed wheel, started outside the checkout."""
    with ServerProcess("--demo", python=installed_wheel.python, cwd=installed_wheel.root) as server:
        yield server
