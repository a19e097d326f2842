"""Under injected server faults every record of a bulk job ends done or failed, none lost."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from facade import ServiceLayerError, SessionBuilder, SessionConfiguration
from tests.conftest import ServerFactory

T = TypeVar("T")


def _eventually(action: Callable[[], T], attempts: int = 50) -> T:
    """Set-up steps under a failing server: try again until one attempt goes through."""
    for _ in range(attempts - 1):
        try:
            return action()
        except ServiceLayerError:
            continue
    return action()


def test_bulk_release_states_under_faults_lose_no_record(server_factory: ServerFactory) -> None:
    server = server_factory(
        "--demo", "--records", "200", "--max-batch", "10", "--fail-rate", "0.3", "--seed", "7"
    )
    builder = SessionBuilder(server.url, SessionConfiguration(max_retries=0))
    session = _eventually(lambda: builder.with_credentials("writer", "writer-password"))
    with session:
        # One request per step, each retried on its own: a whole tree walk at a 30% fail
        # rate would succeed too rarely to be a reliable set-up.
        database = _eventually(lambda: session.get_db(db_key="DEMO_MATERIALS"))
        table = _eventually(lambda: database.get_table("Metals"))
        folders = _eventually(lambda: table.children)
        records = [
            record
            for folder in folders
            for record in _eventually(lambda folder=folder: folder.children)
        ]
        assert len(records) > 50
        for record in records:
            record._release_state = None
        outcome = session.bulk_fetch_release_states(
            records, batch_size=10, parallelize=True, max_num_threads=3
        )
    done = [id(r) for r in outcome]
    failed = [id(f.item) for f in outcome.failures]
    assert sorted(done + failed) == sorted(id(r) for r in records)  # each exactly once
    assert failed, "a 30% fail rate without retries should fail some batches"
    assert all(r._release_state is not None for r in outcome)
    assert all(f.item._release_state is None for f in outcome.failures)
