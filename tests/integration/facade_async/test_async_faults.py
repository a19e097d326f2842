"""Retries and Idempotency-Keys on the AsyncSession: with a third of all answers failing
(500, 503 or a dropped connection), every write is applied once and every read completes."""

from __future__ import annotations

import asyncio

import facade
from facade import SessionConfiguration
from tests.conftest import ServerFactory


def test_writes_and_reads_survive_faults_and_apply_once(server_factory: ServerFactory) -> None:
    server = server_factory(
        "--demo", "--data", ":memory:", "--records", "100", "--max-batch", "8", "--fail-rate", "0.3"
    )
    configuration = SessionConfiguration(max_retries=12, retry_backoff=0.01, max_retry_after=0.05)

    async def scenario() -> None:
        builder = facade.AsyncSessionBuilder(server.url, configuration)
        async with await builder.with_credentials("writer", "writer-password") as session:
            table = (await session.get_db(db_key="DEMO_MATERIALS")).get_table("Metals")
            names = [f"Faulty alloy {n}" for n in range(40)]
            created = [table.table.create_record(name) for name in names]
            pushed = await session.update(created, refresh_attributes=False)
            assert len(pushed) == len(names) and pushed.failures == []
            states = await session.bulk_fetch_release_states(created, batch_size=8)
            assert len(states) == len(names)
            for name in names[:10]:
                assert len(await session.search_for_records_by_name(name)) == 1
            stats = session._connection.transport_stats
            assert (
                stats.failures
                + sum(count for status, count in stats.by_status.items() if status >= 500)
                > 0
            )  # faults happened and were retried

    asyncio.run(scenario())
