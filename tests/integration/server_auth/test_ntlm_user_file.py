"""The NTLM user file (demo passwords) lives in the data folder with mode 0600 and is removed
on every way out of the server."""

from __future__ import annotations

import signal
import stat
from pathlib import Path

import pytest

from tests.conftest import ServerFactory


def _start(server_factory: ServerFactory, folder: Path):  # type: ignore[no-untyped-def]
    server = server_factory(
        "--records", "5", "--data", str(folder / "store.sqlite3"), "--auth", "basic,ntlm"
    )
    assert server.process is not None
    return server, folder / f"ntlm-users-{server.process.pid}.txt"


@pytest.mark.parametrize("how", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_the_user_file_is_private_in_the_data_folder_and_removed_on_a_signal(
    server_factory: ServerFactory, tmp_path: Path, how: signal.Signals
) -> None:
    server, user_file = _start(server_factory, tmp_path)
    assert user_file.is_file()
    assert stat.S_IMODE(user_file.stat().st_mode) == 0o600
    assert "DEMO:reader:reader-password" in user_file.read_text()
    process = server.process
    assert process is not None
    process.send_signal(how)
    process.wait(timeout=20)
    assert not user_file.exists()
    assert list(tmp_path.glob("ntlm-users-*")) == []


def test_a_file_left_by_a_killed_server_is_removed_by_the_next_start(
    server_factory: ServerFactory, tmp_path: Path
) -> None:
    first, first_file = _start(server_factory, tmp_path)
    assert first.process is not None
    first.process.kill()  # SIGKILL: nothing can clean up
    first.process.wait(timeout=20)
    assert first_file.exists()
    _, second_file = _start(server_factory, tmp_path)
    assert not first_file.exists()
    assert second_file.is_file()
