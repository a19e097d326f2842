"""Server sessions: create, use, read, refresh, revoke, expire; callers only see their own."""

from __future__ import annotations

import time
from datetime import datetime, timedelta

import httpx

from ._helpers import PROTECTED

SESSIONS = "/api/v1/sessions"


def _create(url: str, username: str = "writer") -> dict[str, str]:
    response = httpx.post(url + SESSIONS, auth=(username, f"{username}-password"), json={})
    assert response.status_code == 200, response.text
    body: dict[str, str] = response.json()
    return body


def test_created_session_authenticates_later_calls(server_url: str) -> None:
    session = _create(server_url)
    assert session["username"] == "writer"
    assert session["authenticationScheme"] == "basic"
    assert session["status"] == "ACTIVE"
    response = httpx.get(server_url + PROTECTED, headers={"X-Session-Id": session["id"]})
    assert response.status_code == 200


def test_owner_reads_and_refreshes_its_session(server_url: str) -> None:
    session = _create(server_url)
    headers = {"X-Session-Id": session["id"]}
    read = httpx.get(f"{server_url}{SESSIONS}/{session['id']}", headers=headers)
    assert read.status_code == 200
    assert read.json()["id"] == session["id"]
    refreshed = httpx.post(
        f"{server_url}{SESSIONS}/{session['id']}/lifecycle/refresh", headers=headers
    )
    assert refreshed.status_code == 200
    assert refreshed.json()["expiresAt"] >= session["expiresAt"]


def test_another_account_gets_403(server_url: str) -> None:
    session = _create(server_url, "writer")
    other = ("reader", "reader-password")
    url = f"{server_url}{SESSIONS}/{session['id']}"
    assert httpx.get(url, auth=other).status_code == 403
    assert httpx.post(url + "/lifecycle/refresh", auth=other).status_code == 403
    assert httpx.delete(url, auth=other).status_code == 403


def test_unknown_session_is_404_and_unknown_header_is_401(server_url: str) -> None:
    unknown = "x" * 32
    auth = ("writer", "writer-password")
    assert httpx.get(f"{server_url}{SESSIONS}/{unknown}", auth=auth).status_code == 404
    response = httpx.get(server_url + PROTECTED, headers={"X-Session-Id": unknown})
    assert response.status_code == 401


def test_revoked_session_no_longer_authenticates(server_url: str) -> None:
    session = _create(server_url)
    headers = {"X-Session-Id": session["id"]}
    assert (
        httpx.delete(f"{server_url}{SESSIONS}/{session['id']}", headers=headers).status_code == 204
    )
    assert httpx.get(server_url + PROTECTED, headers=headers).status_code == 401
    auth = ("writer", "writer-password")
    assert httpx.get(f"{server_url}{SESSIONS}/{session['id']}", auth=auth).status_code == 404


def test_session_expires_and_refresh_extends_it(start_server) -> None:  # type: ignore[no-untyped-def]
    """Two 2-second sessions; one is refreshed while the other runs out.

    No fixed sleeps: the kept session is refreshed every few hundred milliseconds (well inside
    its lifetime however slow the machine is) until the other one is refused, which must
    happen within a bounded wait.
    """
    server = start_server("--session-ttl", "2")
    expiring = _create(server.url)
    kept = _create(server.url)
    kept_headers = {"X-Session-Id": kept["id"]}
    expiring_headers = {"X-Session-Id": expiring["id"]}
    refresh_url = f"{server.url}{SESSIONS}/{kept['id']}/lifecycle/refresh"
    deadline = time.monotonic() + 30
    refreshes = 0
    while httpx.get(server.url + PROTECTED, headers=expiring_headers).status_code != 401:
        assert time.monotonic() < deadline, "a 2-second session was still accepted after 30 s"
        refresh = httpx.post(refresh_url, headers=kept_headers)
        assert refresh.status_code == 200, refresh.text
        assert refresh.json()["expiresAt"] >= kept["expiresAt"]
        refreshes += 1
        time.sleep(0.25)
    assert refreshes >= 1
    assert httpx.post(refresh_url, headers=kept_headers).status_code == 200
    assert httpx.get(server.url + PROTECTED, headers=kept_headers).status_code == 200


def test_a_session_made_with_a_session_dies_when_its_parent_is_revoked(server_url: str) -> None:
    parent = _create(server_url)
    parent_headers = {"X-Session-Id": parent["id"]}
    made = httpx.post(server_url + SESSIONS, headers=parent_headers, json={})
    assert made.status_code == 200, made.text
    child = made.json()
    assert child["authenticationScheme"] == "basic"
    child_headers = {"X-Session-Id": child["id"]}
    assert httpx.get(server_url + PROTECTED, headers=child_headers).status_code == 200
    revoked = httpx.delete(f"{server_url}{SESSIONS}/{parent['id']}", headers=parent_headers)
    assert revoked.status_code == 204
    assert httpx.get(server_url + PROTECTED, headers=child_headers).status_code == 401


def test_refreshing_never_passes_the_absolute_lifetime(start_server) -> None:  # type: ignore[no-untyped-def]
    server = start_server("--session-ttl", "600", "--session-max-lifetime", "300")
    session = _create(server.url)
    headers = {"X-Session-Id": session["id"]}
    created = datetime.fromisoformat(session["createdAt"])
    assert datetime.fromisoformat(session["expiresAt"]) - created == timedelta(seconds=300)
    refreshed = httpx.post(
        f"{server.url}{SESSIONS}/{session['id']}/lifecycle/refresh", headers=headers
    )
    assert refreshed.status_code == 200
    assert datetime.fromisoformat(refreshed.json()["expiresAt"]) - created <= timedelta(seconds=300)
