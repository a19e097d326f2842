"""Helpers for the reliability tests: sessions, request counting, demo records, attempt figures."""

from __future__ import annotations

import math
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import httpx

from facade import Record, Session, SessionBuilder, SessionConfiguration
from facade._core.transport import RETRY_STATUSES, TransportStats

PASSWORDS = {"admin": "admin-password", "writer": "writer-password", "reader": "reader-password"}
API_KEYS = {name: f"demo-{name}-api-key" for name in PASSWORDS}
RECORDS = int(os.environ.get("RELIABILITY_RECORDS", "5000"))
"""Records per fault run (the issue asks for 5,000; lower it on a slow machine)."""


def sign_in(url: str, user: str = "writer", **configuration: object) -> Session:
    config = SessionConfiguration(**configuration)  # type: ignore[arg-type]
    return SessionBuilder(url, config).with_credentials(user, PASSWORDS[user])


def transport_stats(session: Session) -> TransportStats:
    stats = session._connection.transport_stats
    assert isinstance(stats, TransportStats)
    return stats


@dataclass
class Attempts:
    """The attempts a session made during a block, and how many of them a fault explains."""

    stats: TransportStats
    attempts: int = 0
    faulted: int = 0
    _start: tuple[int, int] = (0, 0)
    figures: dict[str, int] = field(default_factory=dict)

    def _faults(self) -> int:
        by_status = self.stats.by_status
        return sum(by_status.get(s, 0) for s in RETRY_STATUSES) + self.stats.failures


@contextmanager
def counting(session: Session) -> Iterator[Attempts]:
    stats = transport_stats(session)
    seen = Attempts(stats)
    start_attempts, start_faults = stats.attempts, seen._faults()
    yield seen
    seen.attempts = stats.attempts - start_attempts
    seen.faulted = seen._faults() - start_faults


def batches(items: int, size: int) -> int:
    return math.ceil(items / size)


def leaf_records(session: Session, db_key: str, table: str) -> list[Record]:
    """The records below a table's folders (the demo data is two levels deep)."""
    folders = session.get_db(db_key=db_key).get_table(table).children
    return [record for folder in folders for record in folder.children]


class RequestCounter:
    """Counts every request a session's shared httpx client sends (an event hook)."""

    def __init__(self, session: Session) -> None:
        self.requests: list[str] = []
        client = session._connection.client.get_httpx_client()
        client.event_hooks["request"] = [*client.event_hooks["request"], self._seen]

    def _seen(self, request: httpx.Request) -> None:
        self.requests.append(f"{request.method} {request.url.path}")

    def __len__(self) -> int:
        return len(self.requests)


FIGURES: dict[str, dict[str, object]] = {}
"""Figures of the fault runs, printed in the terminal summary (see conftest.py)."""
