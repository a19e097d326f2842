"""No password, API key, token or session id in DEBUG logs, reprs, exception messages or
tracebacks, across Basic, API key and OIDC (refresh and access token) sign-ins, successful
and failing."""

from __future__ import annotations

import base64
import logging
import traceback
from collections.abc import Callable
from typing import Any

import pytest

from facade import Session, SessionBuilder, SessionConfiguration
from tests.conftest import RunningServer

from ._schemes import access_token
from ._support import RequestCounter, leaf_records


def _forms(secret: str) -> list[str]:
    forms = [secret, base64.b64encode(secret.encode()).decode()]
    if ":" not in secret:  # Basic credentials as user:password
        forms += [base64.b64encode(f"{u}:{secret}".encode()).decode() for u in ("writer", "reader")]
    return forms


def _describe_failure(action: Callable[[], object]) -> str:
    """What a user could see of a failure: message, repr, chained causes, full traceback."""
    try:
        action()
    except Exception as error:
        seen = [str(error), repr(error), "".join(traceback.format_exception(error))]
        cause = error.__cause__ or error.__context__
        while cause is not None:
            seen += [str(cause), repr(cause)]
            cause = cause.__cause__ or cause.__context__
        return "\n".join(seen)
    raise AssertionError("expected this sign-in to fail")


def _everything_shown(session: Session) -> str:
    connection = session._connection
    shown = [repr(session), str(session), repr(connection), repr(connection.configuration)]
    shown += [repr(getattr(connection, "identity", None)), repr(connection.server_session)]
    client = connection.client.get_httpx_client()
    shown += [repr(client), repr(client.auth), repr(getattr(client, "_auth", None))]
    records = leaf_records(session, "DEMO_MATERIALS", "Metals")[:3]
    shown += [repr(r) for r in records] + [repr(session.dbs), repr(records[0].table)]
    return "\n".join(shown)


def test_no_secret_in_logs_reprs_errors_or_tracebacks(
    reference_server: RunningServer, caplog: pytest.LogCaptureFixture
) -> None:
    url = reference_server.url
    access, refresh = access_token(url, "writer")
    _, second_refresh = access_token(url, "reader")
    secrets = [
        "writer-password",
        "reader-password",
        "demo-writer-api-key",
        access,
        refresh,
        second_refresh,
        "wrong-password-4711",
        "not-the-api-key-4711",
        "bogus-refresh-token-4711",
        "bogus.access.token-4711",
        "header-secret-4711",
    ]
    config = SessionConfiguration(timeout=20000, headers={"X-Custom-Token": "header-secret-4711"})
    shown: list[str] = [repr(config)]
    sessions: list[Session] = []
    caplog.set_level(logging.DEBUG)
    builder = SessionBuilder(url, config)
    shown.append(repr(builder))
    sessions.append(builder.with_credentials("writer", "writer-password", store_password=True))
    sessions.append(builder.with_api_key("demo-writer-api-key"))
    oidc = builder.with_oidc()
    shown.append(repr(oidc))
    sessions.append(oidc.with_refresh_token(second_refresh))
    sessions.append(oidc.with_access_token(access))
    for session in sessions:
        shown.append(_everything_shown(session))
        counter = RequestCounter(session)
        session.refetch_dbs()
        assert counter.requests
        server_session = session._connection.server_session
        current = getattr(server_session, "_current", None)
        if current is not None:
            secrets.append(current.session_id)
        if session.refresh_token:
            secrets.append(session.refresh_token)  # rotated by the sign-in
    # A reader's write is refused: the error says so without a secret.
    reader = sessions[2]
    records = leaf_records(reader, "DEMO_MATERIALS", "Polymers")[:1]
    shown.append(_describe_failure(lambda: reader.bulk_delete_or_withdraw_records(records)))
    # Tracebacks quote source lines: keep the literals out of the lines that fail.
    password, key, token, bearer = secrets[6:10]
    failures: list[Callable[[], Any]] = [
        lambda: builder.with_credentials("writer", password),
        lambda: builder.with_api_key(key),
        lambda: oidc.with_refresh_token(token),
        lambda: oidc.with_access_token(bearer),
    ]
    shown += [_describe_failure(action) for action in failures]
    for session in sessions:
        session.close()

    logged = "\n".join(
        f"{r.name} {r.getMessage()} {r.exc_text or ''} {r.args!r}" for r in caplog.records
    )
    assert "request POST" in logged, "expected DEBUG logs of the requests"
    everything = logged + "\n".join(shown)
    assert len(secrets) >= 14
    for secret in secrets:
        for form in _forms(secret):
            assert form not in everything, f"a secret of {len(secret)} characters was shown"
