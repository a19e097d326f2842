"""Failed Basic and API-key authentications are limited per address and per account (429)."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from starlette.applications import Starlette

from server._app import build_app
from server._config import ServerConfig
from server._db import open_database

from .._asgi import basic, call

STATUS = "/api/v1/databases"  # any authenticated operation
PER_ADDRESS = 6
PER_ACCOUNT = 3


@pytest.fixture
def app() -> Iterator[Starlette]:
    db = open_database(":memory:")
    config = ServerConfig(
        auth_failures_per_address=PER_ADDRESS,
        auth_failures_per_account=PER_ACCOUNT,
        auth_failure_window=60,
    )
    yield build_app(config, db, validate_responses=False)
    db.close()


def test_the_defaults_limit_failures() -> None:
    config = ServerConfig()
    assert config.auth_failures_per_address == 30
    assert config.auth_failures_per_account == 10
    assert config.auth_failure_window == 60


def test_wrong_passwords_for_one_account_end_in_429_with_retry_after(app: Starlette) -> None:
    for attempt in range(PER_ACCOUNT):
        answer = call(app, "GET", STATUS, headers=[basic("writer", f"guess-{attempt}")])
        assert answer.status == 401
    refused = call(app, "GET", STATUS, headers=[basic("writer")], client="10.9.9.9")
    assert refused.status == 429
    assert 1 <= int(refused.headers["retry-after"]) <= 60
    assert "Too many failed authentications" in json.loads(refused.body)["detail"]
    # another account from that address is not affected
    assert call(app, "GET", STATUS, headers=[basic("reader")], client="10.9.9.9").status == 200


def test_failures_from_one_address_end_in_429_for_every_account(app: Starlette) -> None:
    users = ["admin", "writer", "reader", "nobody-1", "nobody-2", "nobody-3"]
    for user in users[:PER_ADDRESS]:
        password = "wrong"
        header = basic(user, password) if user in ("admin", "writer", "reader") else None
        headers = [header] if header else [(b"authorization", b"Basic bm9ib2R5Ondyb25n")]
        assert call(app, "GET", STATUS, headers=headers, client="10.0.0.7").status == 401
    assert call(app, "GET", STATUS, headers=[basic("reader")], client="10.0.0.7").status == 429
    assert call(app, "GET", STATUS, headers=[basic("reader")], client="10.0.0.8").status == 200


def test_bad_api_keys_end_in_429(app: Starlette) -> None:
    for attempt in range(PER_ADDRESS):
        headers = [(b"x-api-key", f"guess-{attempt}".encode())]
        assert call(app, "GET", STATUS, headers=headers).status == 401
    good = [(b"x-api-key", b"demo-reader-api-key")]
    assert call(app, "GET", STATUS, headers=good).status == 429
    assert call(app, "GET", STATUS, headers=good, client="10.0.0.2").status == 200


def test_a_success_clears_the_accounts_earlier_failures(app: Starlette) -> None:
    for _ in range(PER_ACCOUNT - 1):
        assert call(app, "GET", STATUS, headers=[basic("writer", "wrong")]).status == 401
    assert call(app, "GET", STATUS, headers=[basic("writer")]).status == 200
    for _ in range(PER_ACCOUNT - 1):
        assert call(app, "GET", STATUS, headers=[basic("writer", "wrong")]).status == 401
    assert call(app, "GET", STATUS, headers=[basic("writer")]).status == 200


def test_the_viewer_answers_429_too(app: Starlette) -> None:
    for _ in range(PER_ACCOUNT):
        call(app, "GET", "/viewer/datasheet", headers=[basic("admin", "wrong")])
    answer = call(app, "GET", "/viewer/datasheet", headers=[basic("admin")])
    assert answer.status == 429
    assert "retry-after" in answer.headers
