"""A write batch whose answer is lost is retried with the same key and applied once.

A real loopback proxy hands the first request of each write batch to the reference server,
which applies it, then drops the connection before the answer reaches the SDK. The SDK's
retry must carry the same ``Idempotency-Key``, so the server answers it from its replay store
(``Idempotent-Replayed: true``) instead of applying the batch a second time.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator

import pytest

from facade import AttributeInteger, ReleaseState
from tests.conftest import RunningServer
from tests.loopback_proxy import Exchange, LoopbackProxy, Reply, forward_unchanged, running

from ._support import leaf_records, sign_in

DB = "DEMO_MATERIALS"
RETRYING = {"max_retries": 2, "retry_backoff": 0.01, "validate_contract": True}
WRITE_BATCHES = ("/api/v1/records/import", "/api/v1/records/delete-or-withdraw")


class DropAfterApplying:
    """Proxy rule: the first time each write endpoint is called, apply it, then drop."""

    def __init__(self) -> None:
        self.dropped: list[Exchange] = []
        self.answered: list[tuple[Exchange, Reply]] = []
        self._lock = threading.Lock()

    def __call__(self, exchange: Exchange) -> Reply:
        if exchange.method != "POST" or exchange.path not in WRITE_BATCHES:
            return forward_unchanged(exchange)
        reply = forward_unchanged(exchange)  # the server applies the batch
        with self._lock:
            first = all(e.path != exchange.path for e in self.dropped)
            if first:
                assert reply.status == 200, reply.body
                self.dropped.append(exchange)
                return Reply(drop=True)
            self.answered.append((exchange, reply))
        return reply

    def check_replayed(self, path: str) -> None:
        """The one retry of ``path`` had the dropped request's key and was a replay."""
        [dropped] = [e for e in self.dropped if e.path == path]
        retries = [(e, r) for e, r in self.answered if e.path == path]
        assert len(retries) == 1, retries
        retry, reply = retries[0]
        key = dropped.header("Idempotency-Key")
        assert key and retry.header("Idempotency-Key") == key
        assert retry.body == dropped.body
        assert reply.header("Idempotent-Replayed") == "true"


@pytest.fixture(scope="module")
def own_server() -> Iterator[RunningServer]:
    """A demo server of this module's own: the tests create, release and delete records."""
    server = RunningServer(("--demo", "--data", ":memory:"))
    yield server
    server.close()


@pytest.fixture
def proxy(own_server: RunningServer) -> Iterator[LoopbackProxy]:
    server = LoopbackProxy(own_server.url)
    with running(server):
        yield server


def test_a_lost_create_answer_is_replayed_not_applied_twice(proxy: LoopbackProxy) -> None:
    rule = DropAfterApplying()
    name = f"Replay {uuid.uuid4().hex[:10]}"
    with sign_in(proxy.url, "writer", **RETRYING) as writer:
        table = writer.get_db(db_key=DB).get_table("Polymers")
        record = table.create_record(name)
        proxy.rule = rule
        assert writer.update([record]) == [record]
        proxy.rule = forward_unchanged
        assert record.history_guid
        found = [r for r in writer.search_for_records_by_name(name) if r.name == name]
    rule.check_replayed("/api/v1/records/import")
    assert [r.history_guid for r in found] == [record.history_guid]


def test_a_lost_release_answer_makes_one_version(proxy: LoopbackProxy) -> None:
    rule = DropAfterApplying()
    with sign_in(proxy.url, "writer", **RETRYING) as writer:
        candidates = [
            r
            for r in leaf_records(writer, DB, "Metals")
            if r.release_state is ReleaseState.Released and r.version_number == 1
        ]
        record = candidates[len(candidates) // 2]
        record.set_attributes([AttributeInteger("Batch size", 7000 + uuid.uuid4().int % 1000)])
        record.flag_for_release = True
        proxy.rule = rule
        assert writer.update([record], release_notes="once") == [record]
        proxy.rule = forward_unchanged
        again = writer.get_record_by_id(DB, hguid=record.history_guid)
        assert again is not None and again.version_number == 2
        assert sorted(again.all_versions) == ["v1", "v2"]
    rule.check_replayed("/api/v1/records/import")


def test_a_lost_delete_answer_is_replayed(proxy: LoopbackProxy) -> None:
    rule = DropAfterApplying()
    with sign_in(proxy.url, "writer", **RETRYING) as writer:
        table = writer.get_db(db_key=DB).get_table("Polymers")
        record = table.create_record(f"Doomed {uuid.uuid4().hex[:10]}")
        writer.update([record])
        proxy.rule = rule
        result = writer.bulk_delete_or_withdraw_records([record])
        proxy.rule = forward_unchanged
        assert writer.get_record_by_id(DB, hguid=record.history_guid) is None
    rule.check_replayed("/api/v1/records/delete-or-withdraw")
    assert result.failures == [] and len(result) == 1
