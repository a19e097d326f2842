"""The reference server as a subprocess on a free loopback port, started for one benchmark."""

from __future__ import annotations

from server.launch import ServerProcess

__all__ = ["ADMIN_KEY", "BenchServer"]

ADMIN_KEY = "demo-admin-api-key"


class BenchServer(ServerProcess):
    """``python -m server --demo --data :memory:`` plus ``args``; response validation off."""

    def __init__(self, *args: str) -> None:
        super().__init__("--demo", "--data", ":memory:", *args, start_timeout=120.0)
