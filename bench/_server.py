"""The reference server as a subprocess on a free loopback port, started for one benchmark."""

from __future__ import annotations

import os
from pathlib import Path

from server.launch import ServerProcess

__all__ = ["ADMIN_KEY", "BenchServer", "process_cpu_seconds"]

ADMIN_KEY = "demo-admin-api-key"


class BenchServer(ServerProcess):
    """``python -m server --demo --data :memory:`` plus ``args``; response validation off."""

    def __init__(self, *args: str) -> None:
        super().__init__("--demo", "--data", ":memory:", *args, start_timeout=120.0)


def process_cpu_seconds(pid: int) -> float:
    """CPU seconds (user + system) process ``pid`` has used so far, from ``/proc/<pid>/stat``."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
