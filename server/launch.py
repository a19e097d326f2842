"""Start the reference server as a subprocess on a free loopback port and wait until it answers.

Shared by ``make demo``, the benchmarks and the test fixtures, so that a server started by any
of them behaves the same: ``python -m server`` with the given flags, output kept in a log file
(a pipe nobody reads would block a chatty server), ready once ``GET /api/v1/status`` answers.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from types import TracebackType
from typing import Self

__all__ = ["ServerProcess", "free_port"]

REPO = Path(__file__).resolve().parents[1]


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/api/v1/status", timeout=1.0) as response:
            return bool(response.status == 200)
    except (OSError, urllib.error.URLError):
        return False


class ServerProcess:
    """``python -m server --host 127.0.0.1 --port <free> <args>``; ``url`` is its root URL.

    ``args`` without ``--data`` get ``--data :memory:``. ``validate_responses`` switches on the
    server's own contract check of every answer (tests). The process is stopped by ``stop()``
    or on leaving a ``with`` block; ``restart()`` starts it again on the same port.
    ``python`` and ``cwd`` run another installation (a wheel installed in another virtual
    environment, started outside the checkout).
    """

    def __init__(
        self,
        *args: str,
        validate_responses: bool = False,
        start_timeout: float = 60.0,
        python: str = sys.executable,
        cwd: Path = REPO,
    ) -> None:
        self.args = args
        self.python = python
        self.cwd = cwd
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.validate_responses = validate_responses
        self.start_timeout = start_timeout
        self.process: subprocess.Popen[bytes] | None = None
        self.log = Path(tempfile.mkstemp(prefix="servicelayer-", suffix=".log")[1])
        self.start()

    def command(self) -> list[str]:
        args = list(self.args)
        if "--data" not in args:
            args += ["--data", ":memory:"]
        host = ["--host", "127.0.0.1", "--port", str(self.port)]
        return [self.python, "-m", "server", *host, *args]

    def start(self) -> None:
        env = dict(os.environ)
        env["SERVICELAYER_VALIDATE_RESPONSES"] = "1" if self.validate_responses else "0"
        with self.log.open("ab") as output:
            self.process = subprocess.Popen(
                self.command(), cwd=self.cwd, env=env, stdout=output, stderr=subprocess.STDOUT
            )
        deadline = time.monotonic() + self.start_timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                code = self.process.returncode
                raise RuntimeError(f"server exited with {code}:\n{self.output()}")
            if _answers(self.url):
                return
            time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"server did not answer on {self.url} within {self.start_timeout} s")

    def stop(self) -> None:
        """Terminate the server (kill it if it does not stop within 10 s)."""
        process, self.process = self.process, None
        if process is None:
            return
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()

    def restart(self) -> None:
        """Stop and start again on the same port with the same arguments."""
        self.stop()
        self.start()

    def output(self) -> str:
        """What the server printed so far (its root URL, demo accounts, warnings)."""
        return self.log.read_text(errors="replace")

    def close(self) -> None:
        """Stop the server and remove its log."""
        self.stop()
        self.log.unlink(missing_ok=True)

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"ServerProcess({self.url}, {' '.join(self.args)})"
