"""The AsyncSession against the reference server: the Session's scenarios, awaited, with the
same answers, request counts, concurrency bounded by max_concurrency, and Idempotency-Keys."""

from __future__ import annotations

import asyncio
import math
import threading
from pathlib import Path

import pytest

import facade
from facade import AsyncSession, AuthenticationError, Record, ServiceLayerError
from tests.conftest import RunningServer
from tests.loopback_proxy import Exchange, LoopbackProxy, Reply, forward_unchanged, running

from .conftest import MAX_BATCH, MAX_PAGE, log_async_requests, sign_in


def run(coroutine: object) -> object:
    return asyncio.run(coroutine)  # type: ignore[arg-type]


async def _metals(session: AsyncSession) -> tuple[facade.AsyncTable, list[Record]]:
    table = (await session.get_db(db_key="DEMO_MATERIALS")).get_table("Metals")
    return table, await table.all_records()


def test_databases_and_tables_are_loaded_once(async_server: RunningServer) -> None:
    async def scenario() -> None:
        async with await sign_in(async_server.url, "reader") as session:
            log = log_async_requests(session)
            keys = [db.db_key for db in await session.get_dbs()]
            assert keys == ["DEMO_MATERIALS", "DEMO_PROCESSES"]
            assert log.count("/databases") == 1 and log.count("/tables") == 2
            db = await session.get_db(db_key="DEMO_MATERIALS")
            assert "Metals" in [t.name for t in db.tables]
            assert (await session.get_db(name=db.name, guid=db.guid)).db_key == db.db_key
            assert log.count("/databases") == 1
            with pytest.raises(KeyError, match="at least one"):
                await session.get_db()
            with pytest.raises(KeyError, match="no database"):
                await session.get_db(db_key="NOPE")
            with pytest.raises(TypeError, match="db_key must be a str"):
                await session.get_db(db_key=3)  # type: ignore[arg-type]

    run(scenario())


def test_all_records_and_bulk_fetch_match_the_session(async_server: RunningServer) -> None:
    with facade.SessionBuilder(async_server.url).with_credentials(
        "reader", "reader-password"
    ) as sync:
        metals = sync.get_db(db_key="DEMO_MATERIALS").get_table("Metals")
        expected = [r for folder in metals.children for r in folder.children]
        metals.bulk_fetch(expected, attributes=["Density", "Yield strength"])
        by_guid = {r.record_guid: r.attributes for r in expected}
        kinds = metals.attribute_types

    async def scenario() -> None:
        async with await sign_in(async_server.url, "reader") as session:
            table, records = await _metals(session)
            assert {r.record_guid for r in records} == set(by_guid)
            log = log_async_requests(session)
            await table.bulk_fetch(records, attributes=["Density", "Yield strength"])
            assert log.count("/records/export") == math.ceil(len(records) / MAX_BATCH)
            for record in records:
                expected = by_guid[record.record_guid]
                got = record.attributes
                assert set(got) == set(expected)
                for name, value in got.items():
                    assert (value.value, getattr(value, "unit", None)) == (
                        expected[name].value,
                        getattr(expected[name], "unit", None),
                    )
            assert await table.attribute_types() == kinds

    run(scenario())


def test_all_records_reads_the_flat_listing_a_page_per_request(
    async_server: RunningServer,
) -> None:
    with facade.SessionBuilder(async_server.url).with_credentials(
        "reader", "reader-password"
    ) as sync:
        metals = sync.get_db(db_key="DEMO_MATERIALS").get_table("Metals")
        nodes = metals.all_records(include_folders=True)
        expected = {r.history_guid: r.path for r in metals.all_records()}
        folders = {r.history_guid for r in nodes if r.type is facade.RecordType.Folder}

    async def scenario() -> None:
        async with await sign_in(async_server.url, "reader") as session:
            table = (await session.get_db(db_key="DEMO_MATERIALS")).get_table("Metals")
            log = log_async_requests(session)
            records = await table.all_records()
            assert len(log.requests) == math.ceil(len(nodes) / MAX_PAGE) > 1
            assert log.count("/records") == len(log.requests)
            assert log.count("/children") == 0
            assert {r.history_guid: r.path for r in records} == expected
            assert not folders & {r.history_guid for r in records}
            with_folders = await table.all_records(include_folders=True)
            assert {r.history_guid for r in with_folders} == {r.history_guid for r in nodes}
            assert len(log.requests) == 2 * math.ceil(len(nodes) / MAX_PAGE)

    run(scenario())


def test_look_ups_by_ids_and_record_lists(async_server: RunningServer) -> None:
    async def scenario() -> None:
        async with await sign_in(async_server.url, "reader") as session:
            _, records = await _metals(session)
            first = records[0]
            assert (
                await session.get_record_by_id("DEMO_MATERIALS", vguid=first.record_guid) == first
            )
            assert (
                await session.get_record_by_id("DEMO_MATERIALS", hguid=first.history_guid) == first
            )
            by_identity = await session.get_record_by_id(
                "DEMO_MATERIALS", history_identity=first.history_identity
            )
            assert by_identity is not None and by_identity.history_guid == first.history_guid
            missing = "00000000-0000-0000-0000-000000000000"
            assert await session.get_record_by_id("DEMO_MATERIALS", vguid=missing) is None

            wanted = [{"db_key": "DEMO_MATERIALS", "vguid": r.record_guid} for r in records[:150]]
            wanted.insert(5, {"db_key": "DEMO_MATERIALS", "vguid": missing})
            log = log_async_requests(session)
            found = await session.get_records_by_ids(wanted)  # type: ignore[arg-type]
            assert log.count("/records/resolve") == math.ceil(len(wanted) / MAX_BATCH)
            assert found[5] is None and "no record" in (found.reason(5) or "")
            assert [r.record_guid for r in found if r is not None] == [
                r.record_guid for r in records[:150]
            ]
            with pytest.raises(ValueError, match=r"record_identifiers\[1\]"):
                await session.get_records_by_ids(
                    [{"db_key": "DEMO_MATERIALS", "vguid": first.record_guid}, {"db_key": "X"}]
                )

            lines = ["RecordGuid\tDatabaseKey"] + [
                f"{r.record_guid}\tDEMO_MATERIALS" for r in records[:40]
            ]
            listed = await session.records_from_string("\n".join(lines))
            assert list(listed) == records[:40]
            with pytest.raises(ValueError, match="line 2"):
                await session.records_from_string("RecordGuid\tDatabaseKey\nnot-a-guid\tDEMO")

    run(scenario())


def test_searches_match_the_session(async_server: RunningServer) -> None:
    with facade.SessionBuilder(async_server.url).with_credentials(
        "reader", "reader-password"
    ) as sync:
        by_name = sync.search_for_records_by_name("Aluminium 1050-H32")
        by_text = sync.search_for_records_by_text("aluminium")

    async def scenario() -> None:
        async with await sign_in(async_server.url, "reader") as session:
            assert await session.search_for_records_by_name("Aluminium 1050-H32") == by_name
            assert await session.search_for_records_by_text("aluminium") == by_text
            db = await session.get_db(db_key="DEMO_MATERIALS")
            assert await db.search_for_records_by_name("Aluminium 1050-H32") == [
                r for r in by_name if r.db_key == "DEMO_MATERIALS"
            ]
            assert await db.get_table("Metals").search_for_records_by_name(
                "Aluminium 1050-H32"
            ) == [r for r in by_name if r.table_name == "Metals"]
            with pytest.raises(ValueError, match="1 to 1000"):
                await session.search_for_records_by_text("")

    run(scenario())


class _InFlightCounter:
    """A proxy rule that counts the requests the proxy holds at once (on the network)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.now = 0
        self.most = 0

    def __call__(self, exchange: Exchange) -> Reply:
        with self._lock:
            self.now += 1
            self.most = max(self.most, self.now)
        try:
            return forward_unchanged(exchange)
        finally:
            with self._lock:
                self.now -= 1


def test_release_states_run_concurrently_within_max_concurrency(
    async_server: RunningServer,
) -> None:
    proxy = LoopbackProxy(async_server.url)
    counter = _InFlightCounter()
    proxy.rule = counter

    async def scenario() -> None:
        async with await sign_in(proxy.url, "reader", max_concurrency=3) as session:
            _, records = await _metals(session)
            log = log_async_requests(session)
            counter.most = 0
            done = await session.bulk_fetch_release_states(records, batch_size=20)
            assert len(done) == len(records) and done.failures == []
            posts = [r for r in log.requests if r.url.path.endswith("/release-states")]
            assert len(posts) == math.ceil(len(records) / 20) > 3
            keys = {r.headers["Idempotency-Key"] for r in posts}
            assert len(keys) == len(posts)  # a fresh key per batch
            # measured where the requests travel: never more than max_concurrency at once
            assert 1 < counter.most <= 3
            assert all(r.release_state is not facade.ReleaseState.Unknown for r in records)

    with running(proxy):
        run(scenario())


def test_writes_create_update_link_and_delete(async_server: RunningServer) -> None:
    async def scenario() -> None:
        async with await sign_in(async_server.url, "writer") as session:
            table, records = await _metals(session)
            new = table.table.create_record(
                "Async alloy", attributes={"Density": facade.AttributePoint("Density", 7.5)}
            )
            pushed = await session.update([new], refresh_attributes=False)
            assert list(pushed) == [new] and new.exists_on_server
            await table.bulk_fetch([new])
            assert new.attributes["Density"].value == 7.5
            new.set_attributes([facade.AttributePoint("Density", 8.25)])
            await session.update([new])
            assert new.attributes["Density"].value == 8.25

            new.set_links("Similar metals", [records[0]])
            linked = await session.update_links([new])
            assert list(linked) == [new] and linked.failures == []

            removed = await session.bulk_delete_or_withdraw_records([new])
            assert list(removed) == [new]
            again = await session.get_record_by_id("DEMO_MATERIALS", vguid=new.record_guid)
            assert again is None or again.release_state is facade.ReleaseState.Withdrawn

    run(scenario())


def test_a_reader_cannot_write_and_every_record_says_so(async_server: RunningServer) -> None:
    async def scenario() -> None:
        async with await sign_in(async_server.url, "reader") as session:
            table, _ = await _metals(session)
            new = table.table.create_record("Refused")
            with pytest.raises(facade.PermissionDeniedError):
                await session.update([new])

    run(scenario())


def test_model_objects_never_block_and_say_what_to_await(async_server: RunningServer) -> None:
    async def scenario() -> None:
        async with await sign_in(async_server.url, "reader") as session:
            _, records = await _metals(session)
            with pytest.raises(ServiceLayerError, match="bulk_fetch"):
                records[0].attributes  # noqa: B018
            with pytest.raises(ServiceLayerError, match="all_records"):
                records[0].table.children  # noqa: B018

    run(scenario())


def test_api_key_sign_in_bad_password_and_closing(async_server: RunningServer) -> None:
    async def scenario() -> None:
        builder = facade.AsyncSessionBuilder(async_server.url)
        async with await builder.with_api_key("demo-reader-api-key") as session:
            assert session.username == "reader"
            assert len(await session.get_dbs()) == 2
        with pytest.raises(ServiceLayerError, match="closed"):
            await session.refetch_dbs()
        with pytest.raises(AuthenticationError):
            await builder.with_credentials("reader", "wrong-password")
        with pytest.raises(ValueError, match="max_concurrency"):
            facade.AsyncSessionBuilder(async_server.url, max_concurrency=0)

    run(scenario())


def test_autologon_signs_in_as_the_current_user(
    reference_server: RunningServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    user_file = tmp_path / "ntlm-users"  # the current user's NTLM credentials (no Kerberos)
    user_file.write_text("DEMO:reader:reader-password\n")
    user_file.chmod(0o600)
    monkeypatch.setenv("NTLM_USER_FILE", str(user_file))

    async def scenario() -> None:
        builder = facade.AsyncSessionBuilder(reference_server.url)
        async with await builder.with_autologon() as session:
            assert session.username == "reader"
            assert "DEMO_MATERIALS" in [db.db_key for db in await session.get_dbs()]

    run(scenario())
