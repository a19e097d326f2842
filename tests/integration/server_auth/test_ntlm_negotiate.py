"""NTLM and Negotiate handshakes with pyspnego's client on one keep-alive connection."""

from __future__ import annotations

import base64

import httpx
import pytest
import spnego

SESSIONS = "/api/v1/sessions"


def _handshake(url: str, protocol: str, username: str, password: str) -> httpx.Response:
    """Run the legs on one pooled connection; return the last answer."""
    label = "NTLM" if protocol == "ntlm" else "Negotiate"
    context = spnego.client(username, password, hostname="127.0.0.1", protocol=protocol)
    limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)
    with httpx.Client(limits=limits) as client:
        token = context.step()
        response = client.post(
            url + SESSIONS, headers={"Authorization": f"{label} {base64.b64encode(token).decode()}"}
        )
        while response.status_code == 401:
            challenge = response.headers.get("www-authenticate", "")
            if not challenge.startswith(f"{label} "):
                return response
            token = context.step(base64.b64decode(challenge.split(" ", 1)[1]))
            response = client.post(
                url + SESSIONS,
                headers={"Authorization": f"{label} {base64.b64encode(token).decode()}"},
            )
        final = response.headers.get("www-authenticate", "")
        if final.startswith(f"{label} "):
            context.step(base64.b64decode(final.split(" ", 1)[1]))
        assert context.complete or response.status_code != 200
        return response


@pytest.mark.parametrize("protocol", ["ntlm", "negotiate"])
def test_handshake_creates_a_session_for_the_domain_user(server_url: str, protocol: str) -> None:
    response = _handshake(server_url, protocol, "DEMO\\writer", "writer-password")
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["username"] == "writer"
    assert body["authenticationScheme"] == protocol
    later = httpx.get(server_url + "/api/v1/databases", headers={"X-Session-Id": body["id"]})
    assert later.status_code == 200


@pytest.mark.parametrize("protocol", ["ntlm", "negotiate"])
def test_wrong_password_ends_in_401(server_url: str, protocol: str) -> None:
    response = _handshake(server_url, protocol, "DEMO\\reader", "writer-password")
    assert response.status_code == 401


def test_out_of_order_token_is_401(server_url: str) -> None:
    context = spnego.client(
        "DEMO\\reader", "reader-password", hostname="127.0.0.1", protocol="ntlm"
    )
    context.step()  # the NEGOTIATE message is never sent
    garbage = base64.b64encode(b"NTLMSSP\0\x03\x00\x00\x00" + b"\0" * 40).decode()
    response = httpx.post(server_url + SESSIONS, headers={"Authorization": f"NTLM {garbage}"})
    assert response.status_code == 401


def test_malformed_token_is_401(server_url: str) -> None:
    response = httpx.post(server_url + SESSIONS, headers={"Authorization": "NTLM %%%"})
    assert response.status_code == 401
