"""Password and API-key checks hash in worker threads, and an API key costs one hash at most."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from collections.abc import Iterator

import pytest

import server._accounts as accounts_module
from server._accounts import AccountStore, api_key_id, seed_accounts
from server._db import open_database


@pytest.fixture
def db() -> Iterator[sqlite3.Connection]:
    connection = open_database(":memory:")
    seed_accounts(connection)
    yield connection
    connection.close()


@pytest.fixture
def store(db: sqlite3.Connection) -> AccountStore:
    return AccountStore(db)


@pytest.fixture
def hashing_threads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The thread of every scrypt computation made while the test runs."""
    seen: list[int] = []
    real = accounts_module._hash_secret

    def recording(secret: str, salt: bytes) -> bytes:
        seen.append(threading.get_ident())
        return real(secret, salt)

    monkeypatch.setattr(accounts_module, "_hash_secret", recording)
    return seen


def _on_loop(coroutine_factory):  # type: ignore[no-untyped-def]
    async def run():  # type: ignore[no-untyped-def]
        return threading.get_ident(), await coroutine_factory()

    return asyncio.run(run())


def test_password_checks_hash_off_the_event_loop(
    store: AccountStore, hashing_threads: list[int]
) -> None:
    loop_thread, account = _on_loop(lambda: store.verify_password("writer", "writer-password"))
    assert account is not None and account.username == "writer"
    loop_thread, missing = _on_loop(lambda: store.verify_password("nobody", "x"))
    assert missing is None
    assert len(hashing_threads) == 2
    assert loop_thread not in hashing_threads


def test_a_bad_api_key_costs_no_hash_and_a_good_one_exactly_one(
    store: AccountStore, hashing_threads: list[int]
) -> None:
    loop_thread, bad = _on_loop(lambda: store.verify_api_key("not-a-key"))
    assert bad is None
    assert hashing_threads == []
    loop_thread, good = _on_loop(lambda: store.verify_api_key("demo-admin-api-key"))
    assert good is not None and good.username == "admin"
    assert len(hashing_threads) == 1
    assert loop_thread not in hashing_threads


def test_api_keys_are_found_by_a_lookup_id_not_by_trying_every_account(
    db: sqlite3.Connection,
) -> None:
    rows = db.execute("SELECT username, api_key_id FROM accounts ORDER BY username").fetchall()
    assert [(r[0], r[1]) for r in rows] == [
        ("admin", api_key_id("demo-admin-api-key")),
        ("reader", api_key_id("demo-reader-api-key")),
        ("writer", api_key_id("demo-writer-api-key")),
    ]


def test_a_data_file_without_key_ids_gets_them_for_the_demo_accounts() -> None:
    db = open_database(":memory:")
    db.execute(
        "CREATE TABLE accounts (username TEXT PRIMARY KEY, role TEXT NOT NULL,"
        " password_hash TEXT NOT NULL, api_key_hash TEXT NOT NULL)"
    )
    db.execute(
        "INSERT INTO accounts VALUES ('reader', 'reader', ?, ?)",
        (accounts_module._encode_hash("reader-password"),
         accounts_module._encode_hash("demo-reader-api-key")),
    )  # fmt: skip
    seed_accounts(db)
    found = asyncio.run(AccountStore(db).verify_api_key("demo-reader-api-key"))
    assert found is not None and found.username == "reader"
