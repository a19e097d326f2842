"""The server stopped or restarted in the middle of a bulk job (a data file keeps its state).

Restarted between batches: the job completes, each record applied once. Stopped for good: the
job names exactly the records not done, each with an error that says what to check; those
were not applied, and running them again completes the job.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from facade import AttributeInteger, ConnectionFailedError, Record, ReleaseState
from tests.conftest import RunningServer
from tests.loopback_proxy import Exchange, LoopbackProxy, Reply, forward_unchanged, running

from ._support import leaf_records, sign_in

DB, TABLE = "DEMO_PROCESSES", "Processes"
RECORDS = 600
MAX_BATCH = 50
RETRYING = {"max_retries": 3, "retry_backoff": 0.05, "max_retry_after": 0.2}


@pytest.fixture
def file_server(tmp_path: Path) -> Iterator[RunningServer]:
    server = RunningServer(
        (
            "--demo",
            "--records",
            str(RECORDS),
            "--max-batch",
            str(MAX_BATCH),
            "--data",
            str(tmp_path / "servicelayer.sqlite3"),
        ),
        validate_responses=False,
    )
    yield server
    server.stop()


def _prepare(records: list[Record], value: int) -> list[tuple[int, ReleaseState]]:
    """Set one attribute on each record; returns (version, state) each should end with."""
    expected = []
    for record in records:
        version = record.version_number or 0
        if record.release_state is not ReleaseState.Unreleased:
            version += 1  # a change to a released version makes a new one
        expected.append((version, ReleaseState.Released))
        record.set_attributes([AttributeInteger("Steps", value)])
        record.flag_for_release = True
    return expected


def _on_server(url: str, records: list[Record]) -> list[tuple[int | None, ReleaseState | None]]:
    with sign_in(url, "writer", **RETRYING) as fresh:
        latest = fresh.get_records_by_ids(
            [{"db_key": DB, "hguid": r.history_guid or ""} for r in records]
        )
    return [(r.version_number, r.release_state) if r else (None, None) for r in latest]


def _when(finished_at_least: int, action: object) -> object:
    """A progress callback that runs ``action()`` once, after that many records."""
    fired = [False]

    def progress(finished: int, total: int) -> None:
        if finished >= finished_at_least and not fired[0]:
            fired[0] = True
            action()  # type: ignore[operator]

    return progress


def test_a_restart_between_batches_does_not_break_the_job(file_server: RunningServer) -> None:
    with sign_in(file_server.url, "writer", **RETRYING) as writer:
        records = leaf_records(writer, DB, TABLE)
        assert len(records) == RECORDS
        expected = _prepare(records, 42)
        outcome = writer.update(
            records,
            refresh_attributes=False,
            progress=_when(RECORDS // 3, file_server.restart),  # type: ignore[arg-type]
        )
        assert not outcome.failures
        assert len(outcome) == RECORDS
        assert writer.bulk_fetch_release_states(records).failures == []  # same session goes on
    assert _on_server(file_server.url, records) == expected


def test_a_server_gone_for_good_names_every_record_not_done(file_server: RunningServer) -> None:
    with sign_in(file_server.url, "writer", **RETRYING) as writer:
        records = leaf_records(writer, DB, TABLE)
        before = [(r.version_number, r.release_state) for r in records]
        expected = _prepare(records, 43)
        stop_after = 4 * MAX_BATCH
        outcome = writer.update(
            records,
            refresh_attributes=False,
            progress=_when(stop_after, file_server.stop),  # type: ignore[arg-type]
        )
        assert [id(r) for r in outcome] == [id(r) for r in records[:stop_after]]
        assert [id(f.item) for f in outcome.failures] == [id(r) for r in records[stop_after:]]
        for failure in outcome.failures:
            assert isinstance(failure.error, ConnectionFailedError)
            message = str(failure.error)
            assert "POST" in message and "records/import" in message
            assert "check that the server is running" in message
            assert repr(failure.item) in str(failure)  # says which record, and why
    file_server.start()
    on_server = _on_server(file_server.url, records)
    assert on_server[:stop_after] == expected[:stop_after]  # done: applied once
    assert on_server[stop_after:] == before[stop_after:]  # not done: untouched

    # Running the records that failed again finishes the job, each applied once.
    with sign_in(file_server.url, "writer", **RETRYING) as writer:
        again = writer.update([f.item for f in outcome.failures], refresh_attributes=False)
        assert not again.failures
    assert _on_server(file_server.url, records) == expected


def test_a_server_killed_after_applying_a_batch_and_restarted(
    server_factory: object, tmp_path: Path
) -> None:
    """SIGKILL right after the server applied a write batch, before its answer arrives.

    A proxy in front of the server passes the batch on, receives the server's answer (so the
    batch and its replay answer are committed to the data file), kills the server, drops the
    connection and starts the server again. The SDK's retry of that batch, with the same
    ``Idempotency-Key``, is answered from the replay store: every record is applied once.
    """
    server: RunningServer = server_factory(  # type: ignore[operator]
        "--demo",
        "--records",
        str(RECORDS),
        "--max-batch",
        str(MAX_BATCH),
        "--data",
        str(tmp_path / "servicelayer.sqlite3"),
        validate_responses=False,
    )
    proxy = LoopbackProxy(server.url)
    killed: list[Exchange] = []
    answers: list[tuple[Exchange, Reply]] = []
    restarted = threading.Event()

    def kill_after_applying(exchange: Exchange) -> Reply:
        if exchange.method != "POST" or exchange.path != "/api/v1/records/import":
            return forward_unchanged(exchange)
        reply = forward_unchanged(exchange)  # applied and committed: the server answered
        if len(answers) + len(killed) == 3 and not killed:
            killed.append(exchange)
            process = server.process
            assert process is not None
            process.kill()
            process.wait()
            server.process = None
            threading.Thread(target=lambda: (server.start(), restarted.set())).start()
            return Reply(drop=True)
        answers.append((exchange, reply))
        return reply

    patient = {
        "max_retries": 60,
        "retry_backoff": 0.2,
        "max_retry_after": 0.5,
        "validate_contract": True,
    }
    with running(proxy), sign_in(proxy.url, "writer", **patient) as writer:
        records = leaf_records(writer, DB, TABLE)
        expected = _prepare(records, 44)
        proxy.rule = kill_after_applying
        outcome = writer.update(records, refresh_attributes=False)
        proxy.rule = forward_unchanged
        assert restarted.wait(60)
        assert not outcome.failures
        assert len(outcome) == RECORDS
    [lost] = killed
    key = lost.header("Idempotency-Key")
    retried = [reply for exchange, reply in answers if exchange.header("Idempotency-Key") == key]
    assert key and len(retried) == 1
    assert retried[0].header("Idempotent-Replayed") == "true"
    assert _on_server(server.url, records) == expected  # each record applied exactly once
