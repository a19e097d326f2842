"""NTLM and Negotiate (SPNEGO over NTLM) with pyspnego's acceptor, one handshake per TCP connection.

The three-leg handshake must stay on one connection, so the acceptor is kept per ASGI
``scope["client"]`` (host, port); half-done handshakes expire after a short while.
pyspnego reads the accounts from ``NTLM_USER_FILE``: a private temporary file (0600)
holding ``DEMO:user:password`` lines, deleted when the server exits.
"""

from __future__ import annotations

import atexit
import base64
import binascii
import contextlib
import os
import tempfile
import time
from dataclasses import dataclass
from typing import Any

import spnego
from spnego.exceptions import SpnegoError

__all__ = ["NTLM_DOMAIN", "ConnectionHandshakes", "HandshakeResult", "write_ntlm_user_file"]

NTLM_DOMAIN = "DEMO"
_HANDSHAKE_TTL_SECONDS = 30.0
_user_file: str | None = None


def write_ntlm_user_file(accounts: list[tuple[str, str]]) -> str:
    """Write ``DEMO:user:password`` lines to a private temp file and point pyspnego at it."""
    global _user_file
    if _user_file is None:
        fd, path = tempfile.mkstemp(prefix="servicelayer-ntlm-", suffix=".txt")
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            for username, password in accounts:
                handle.write(f"{NTLM_DOMAIN}:{username}:{password}\n")
        atexit.register(_remove_user_file, path)
        _user_file = path
    os.environ["NTLM_USER_FILE"] = _user_file
    return _user_file


def _remove_user_file(path: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)


@dataclass(frozen=True, slots=True)
class HandshakeResult:
    """One leg's outcome: a token to send back, and the user once the handshake completed."""

    out_token: str | None  # base64
    username: str | None  # without the domain
    failed: bool = False


@dataclass(slots=True)
class _Pending:
    context: Any
    protocol: str
    started: float


class ConnectionHandshakes:
    """Acceptor contexts keyed by the client connection."""

    def __init__(self) -> None:
        self._pending: dict[tuple[str, int], _Pending] = {}

    def step(
        self, client: tuple[str, int] | None, protocol: str, token_b64: str
    ) -> HandshakeResult:
        """Feed one client token to the connection's acceptor (a new one when none is pending)."""
        now = time.monotonic()
        self._expire(now)
        if client is None:
            return HandshakeResult(None, None, failed=True)
        try:
            in_token = base64.b64decode(token_b64, validate=True)
        except (binascii.Error, ValueError):
            self._pending.pop(client, None)
            return HandshakeResult(None, None, failed=True)
        pending = self._pending.get(client)
        if pending is None or pending.protocol != protocol or _is_negotiate_start(in_token):
            pending = _Pending(spnego.server(protocol=protocol), protocol, now)
            self._pending[client] = pending
        try:
            out = pending.context.step(in_token)
        except (SpnegoError, ValueError, KeyError, IndexError):
            self._pending.pop(client, None)
            return HandshakeResult(None, None, failed=True)
        out_b64 = base64.b64encode(out).decode("ascii") if out else None
        if not pending.context.complete:
            return HandshakeResult(out_b64, None)
        del self._pending[client]
        principal = str(pending.context.client_principal or "")
        domain, _, user = principal.rpartition("\\")
        if domain.upper() != NTLM_DOMAIN or not user:
            return HandshakeResult(None, None, failed=True)
        return HandshakeResult(out_b64, user)

    def _expire(self, now: float) -> None:
        stale = [k for k, p in self._pending.items() if now - p.started > _HANDSHAKE_TTL_SECONDS]
        for key in stale:
            del self._pending[key]


def _is_negotiate_start(token: bytes) -> bool:
    """A NEGOTIATE_MESSAGE (type 1) or an SPNEGO NegTokenInit starts a new handshake."""
    if token.startswith(b"NTLMSSP\0"):
        return token[8:12] == b"\x01\x00\x00\x00"
    return token[:1] == b"\x60"  # GSS-API InitialContextToken
