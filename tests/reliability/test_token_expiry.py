"""Access tokens living 2 seconds during a bulk job of several seconds: no failed batch.

The session signs in with a refresh token (from the embedded IdP's code flow) and sends a
bearer token with every request; the token is refreshed ahead of expiry, once at a time,
also while worker threads share the session.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from facade import SessionConfiguration
from tests.conftest import RunningServer
from tests.integration.facade_oidc.conftest import CountingOIDCSessionBuilder

from ._schemes import access_token
from ._support import FIGURES, leaf_records, transport_stats

TTL = 2
REFRESH = "refresh_token"


@pytest.fixture(scope="module")
def short_token_server() -> Iterator[RunningServer]:
    server = RunningServer(
        ("--demo", "--records", "300", "--access-token-ttl", str(TTL), "--latency-ms", "40"),
        validate_responses=False,
    )
    yield server
    server.stop()


def test_bulk_jobs_outlive_many_access_tokens(short_token_server: RunningServer) -> None:
    _, refresh_token = access_token(short_token_server.url, "writer")
    builder = CountingOIDCSessionBuilder(
        short_token_server.url, SessionConfiguration(timeout=20000)
    )
    with builder.with_refresh_token(refresh_token) as session:
        assert session.username == "writer"
        stats = transport_stats(session)
        records = leaf_records(session, "DEMO_PROCESSES", "Processes")
        assert len(records) == 300
        refreshes_before = builder.grants(REFRESH)
        started = time.monotonic()
        sequential = session.bulk_fetch_release_states(records, batch_size=3)
        parallel = session.bulk_fetch_release_states(
            records, batch_size=2, parallelize=True, max_num_threads=6
        )
        seconds = time.monotonic() - started
        refreshes = builder.grants(REFRESH) - refreshes_before
        FIGURES["2-second access tokens"] = {
            "batches": 100 + 150,
            "seconds": round(seconds, 1),
            "refreshes": refreshes,
            "401s": stats.by_status.get(401, 0),
        }
        assert sequential.failures == [] and len(sequential) == 300
        assert parallel.failures == [] and len(parallel) == 300
        # The server's JWT ``exp`` is whole seconds (int(now) + ttl), so a token may die up to
        # 1 s before the client's receipt + expires_in: an occasional 401 is answered by one
        # refresh and one resend (never a failed batch), at most once per token.
        assert stats.by_status.get(401, 0) <= refreshes
        # One refresh per token lifetime at most (refreshed at half of it), however many threads.
        assert refreshes >= int(seconds / TTL)
        assert refreshes <= int(seconds / (TTL / 2)) + 2
