"""Fixtures for the AsyncSession tests: a demo server with small limits (batching and paging
show in request counts) and a log of every request an AsyncSession's client sends."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import httpx
import pytest

import facade
from tests.conftest import RunningServer

MAX_BATCH = 64
MAX_PAGE = 25


@pytest.fixture(scope="package")
def async_server() -> Iterator[RunningServer]:
    server = RunningServer(
        (
            "--demo",
            "--records",
            "300",
            "--max-batch",
            str(MAX_BATCH),
            "--max-page-size",
            str(MAX_PAGE),
            "--latency-ms",
            "5",
        )
    )
    yield server
    server.close()


async def sign_in(url: str, user: str, **options: object) -> facade.AsyncSession:
    builder = facade.AsyncSessionBuilder(url, **options)  # type: ignore[arg-type]
    return await builder.with_credentials(user, f"{user}-password")


@dataclass
class AsyncRequestLog:
    """Every request an AsyncSession sends."""

    requests: list[httpx.Request] = field(default_factory=list)

    async def started(self, request: httpx.Request) -> None:
        self.requests.append(request)

    def count(self, suffix: str) -> int:
        return sum(1 for r in self.requests if r.url.path.endswith(suffix))


def log_async_requests(session: facade.AsyncSession) -> AsyncRequestLog:
    log = AsyncRequestLog()
    client = session.generated_client.get_async_httpx_client()
    client.event_hooks["request"] = [*client.event_hooks["request"], log.started]
    return log
