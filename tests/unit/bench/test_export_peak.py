"""P11's export worker reports its own peak memory, not the memory of the process that forked it."""

from __future__ import annotations

import subprocess
import sys


def test_a_child_of_a_large_process_reports_its_own_peak() -> None:
    parent_hold = bytearray(300 * 1024 * 1024)
    for offset in range(0, len(parent_hold), 4096):
        parent_hold[offset] = 1  # resident in this process before the child is forked
    done = subprocess.run(
        [sys.executable, "-c", "from bench._export_worker import peak_rss_bytes as p; print(p())"],
        capture_output=True,
        text=True,
        check=True,
    )
    peak = int(done.stdout.strip())
    assert 0 < peak < 200 * 1024 * 1024  # the child's own, far below the parent's 300 MB
    del parent_hold
