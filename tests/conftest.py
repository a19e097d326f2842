"""Shared fixtures: the reference server as a real subprocess on a free loopback port.

``server_factory(*extra_args)`` starts ``python -m server`` (response validation on, so every
answer is checked against the contract), waits for ``GET /api/v1/status`` and stops it at
teardown. ``reference_server`` is one session-wide ``--demo --data :memory:`` server.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

REPO = Path(__file__).resolve().parents[1]
START_TIMEOUT = 60.0


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class RunningServer:
    """A reference server subprocess: ``url`` is its root URL (what users pass to SessionBuilder)."""

    def __init__(self, args: tuple[str, ...], *, validate_responses: bool = True) -> None:
        self.args = args
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.validate_responses = validate_responses
        self.process: subprocess.Popen[bytes] | None = None
        # Output goes to a file: a pipe nobody reads would block a chatty server.
        self.log = Path(tempfile.mkstemp(prefix="servicelayer-", suffix=".log")[1])
        self.start()

    def command(self) -> list[str]:
        args = list(self.args)
        if "--data" not in args:
            args += ["--data", ":memory:"]
        return [
            sys.executable,
            "-m",
            "server",
            "--host",
            "127.0.0.1",
            "--port",
            str(self.port),
            *args,
        ]

    def start(self) -> None:
        env = dict(os.environ)
        env["SERVICELAYER_VALIDATE_RESPONSES"] = "1" if self.validate_responses else "0"
        with self.log.open("ab") as output:
            self.process = subprocess.Popen(
                self.command(), cwd=REPO, env=env, stdout=output, stderr=subprocess.STDOUT
            )
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                code = self.process.returncode
                raise RuntimeError(f"server exited with {code}:\n{self.output()}")
            try:
                if httpx.get(f"{self.url}/api/v1/status", timeout=1.0).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"server did not answer on {self.url} within {START_TIMEOUT} s")

    def stop(self) -> None:
        process, self.process = self.process, None
        if process is None:
            return
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()

    def output(self) -> str:
        """What the server printed so far (its root URL, demo accounts, warnings)."""
        return self.log.read_text(errors="replace")

    def restart(self) -> None:
        """Stop and start again on the same port with the same arguments."""
        self.stop()
        self.start()

    def __repr__(self) -> str:
        return f"RunningServer({self.url}, {' '.join(self.args)})"


ServerFactory = Callable[..., RunningServer]


@pytest.fixture
def server_factory() -> Iterator[ServerFactory]:
    started: list[RunningServer] = []

    def start(*extra_args: str, validate_responses: bool = True) -> RunningServer:
        server = RunningServer(tuple(extra_args), validate_responses=validate_responses)
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()
        server.log.unlink(missing_ok=True)


@pytest.fixture(scope="session")
def reference_server() -> Iterator[RunningServer]:
    server = RunningServer(("--demo", "--data", ":memory:"))
    yield server
    server.stop()
    server.log.unlink(missing_ok=True)
