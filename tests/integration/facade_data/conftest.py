"""Fixtures for the data-API integration tests: one demo server for this package, sessions as
reader and writer, and a request log hooked onto the session's one httpx client."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import httpx
import pytest

from facade import Record, Session, SessionBuilder
from tests.conftest import RunningServer

MAX_BATCH = 64
MAX_PAGE = 25


@pytest.fixture(scope="package")
def data_server() -> Iterator[RunningServer]:
    """A demo server with small limits, so batching and paging show in request counts."""
    server = RunningServer(
        (
            "--demo",
            "--records",
            "300",
            "--max-batch",
            str(MAX_BATCH),
            "--max-page-size",
            str(MAX_PAGE),
        )
    )
    yield server
    server.stop()


def sign_in(url: str, user: str) -> Session:
    return SessionBuilder(url).with_credentials(user, f"{user}-password")


@pytest.fixture
def writer(data_server: RunningServer) -> Iterator[Session]:
    with sign_in(data_server.url, "writer") as session:
        yield session


@pytest.fixture
def reader(data_server: RunningServer) -> Iterator[Session]:
    with sign_in(data_server.url, "reader") as session:
        yield session


@dataclass
class RequestLog:
    """Every request the session's shared client sends, as (method, path, headers)."""

    requests: list[httpx.Request] = field(default_factory=list)

    def paths(self, suffix: str = "") -> list[str]:
        return [r.url.path for r in self.requests if r.url.path.endswith(suffix)]

    def count(self, suffix: str) -> int:
        return len(self.paths(suffix))

    def clear(self) -> None:
        self.requests.clear()


def log_requests(session: Session) -> RequestLog:
    log = RequestLog()
    client = session._connection.client.get_httpx_client()
    client.event_hooks["request"] = [*client.event_hooks["request"], log.requests.append]
    return log


def records_of(session: Session, db_key: str, table: str) -> list[Record]:
    """Every record below the folders of a table (two levels, as the demo data is laid out)."""
    folders = session.get_db(db_key=db_key).get_table(table).children
    return [record for folder in folders for record in folder.children]
