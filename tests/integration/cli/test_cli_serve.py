"""``servicelayer serve`` starts the reference server with the flags of ``python -m server``."""

from __future__ import annotations

import json
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from server.launch import free_port

from .conftest import clean_process_env


def test_serve_starts_a_server_that_answers(tmp_path: Path) -> None:
    port = free_port()
    script = str(Path(sys.executable).with_name("servicelayer"))
    command = [script, "serve", "--port", str(port), "--demo", "--records", "20"]
    command += ["--api-version", "1.1"]
    log = (tmp_path / "serve.log").open("wb")
    with (
        log,
        subprocess.Popen(
            command, stdout=log, stderr=subprocess.STDOUT, env=clean_process_env()
        ) as served,
    ):
        try:
            status = _status(f"http://127.0.0.1:{port}", served)
        finally:
            served.terminate()
            served.wait(timeout=20)
    assert status["apiVersion"] == "1.1.0"
    assert f"Service Layer ready at http://127.0.0.1:{port}" in (tmp_path / "serve.log").read_text()


def _status(url: str, process: subprocess.Popen[bytes]) -> dict[str, object]:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert process.poll() is None, "the server stopped"
        try:
            with urllib.request.urlopen(f"{url}/api/v1/status", timeout=1) as answer:
                status: dict[str, object] = json.load(answer)
                return status
        except OSError:
            time.sleep(0.1)
    raise AssertionError(f"no answer from {url}")
