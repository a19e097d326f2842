"""NTLM and Negotiate (Kerberos or NTLM in SPNEGO) with pyspnego's acceptor, per TCP connection.

The three-leg NTLM handshake must stay on one connection, so the acceptor is kept per ASGI
``scope["client"]`` (host, port); half-done handshakes expire after a short while.
pyspnego reads the accounts from ``NTLM_USER_FILE``: a file of ``DEMO:user:password``
lines, created with mode 0600 in the data folder (in a private 0700 temporary folder for an
in-memory store). It is removed on every way out: a normal exit, SIGTERM or SIGINT (through
the server's shutdown), an exception in ``main``; a file left by a killed process is removed
by the next start in that folder. Kerberos (one leg, the
server's answer proves it to the client) takes the service keys from the keytab
(``_kerberos.use_service_keytab``) and maps ``user@REALM`` of the configured realm to ``user``.
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

from ._kerberos import realm_user, refusal_reason

__all__ = [
    "NTLM_DOMAIN",
    "ConnectionHandshakes",
    "HandshakeResult",
    "remove_ntlm_user_file",
    "write_ntlm_user_file",
]

NTLM_DOMAIN = "DEMO"
_HANDSHAKE_TTL_SECONDS = 30.0
_USER_FILE_PREFIX = "ntlm-users-"
_user_file: str | None = None
_private_folder: str | None = None


def _remove_stale_user_files(folder: str) -> None:
    """Remove user files of server processes that no longer run."""
    for name in os.listdir(folder):
        if not (name.startswith(_USER_FILE_PREFIX) and name.endswith(".txt")):
            continue
        pid_text = name[len(_USER_FILE_PREFIX) : -len(".txt")]
        if not pid_text.isdigit() or int(pid_text) == os.getpid():
            continue
        try:
            os.kill(int(pid_text), 0)
        except ProcessLookupError:
            with contextlib.suppress(OSError):
                os.unlink(os.path.join(folder, name))
        except PermissionError:
            pass  # another user's live process


def write_ntlm_user_file(accounts: list[tuple[str, str]], *, data_path: str) -> str:
    """Write ``DEMO:user:password`` lines (mode 0600) and point pyspnego at the file.

    Args:
        accounts: (user name, password) of each account.
        data_path: The server's ``--data``; the file goes into its folder, or into a private
            temporary folder for ``:memory:``.

    Returns:
        The path of the file.
    """
    global _user_file, _private_folder
    if _user_file is None:
        if data_path == ":memory:" or not data_path:
            _private_folder = tempfile.mkdtemp(prefix="servicelayer-ntlm-")  # mode 0700
            folder = _private_folder
        else:
            folder = os.path.dirname(os.path.abspath(data_path))
            _remove_stale_user_files(folder)
        path = os.path.join(folder, f"{_USER_FILE_PREFIX}{os.getpid()}.txt")
        with contextlib.suppress(FileNotFoundError):
            os.unlink(path)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            for username, password in accounts:
                handle.write(f"{NTLM_DOMAIN}:{username}:{password}\n")
        atexit.register(remove_ntlm_user_file)
        _user_file = path
    os.environ["NTLM_USER_FILE"] = _user_file
    return _user_file


def remove_ntlm_user_file() -> None:
    """Remove the user file (and its private folder); safe to call more than once."""
    global _user_file, _private_folder
    if _user_file is not None:
        with contextlib.suppress(OSError):
            os.unlink(_user_file)
        _user_file = None
    if _private_folder is not None:
        with contextlib.suppress(OSError):
            os.rmdir(_private_folder)
        _private_folder = None


@dataclass(frozen=True, slots=True)
class HandshakeResult:
    """One leg's outcome: a token to send back, and the user once the handshake completed."""

    out_token: str | None  # base64
    username: str | None  # without the domain or realm
    failed: bool = False
    reason: str | None = None  # why it failed, when the acceptor can tell (names no secret)


@dataclass(slots=True)
class _Pending:
    context: Any
    protocol: str
    started: float


class ConnectionHandshakes:
    """Acceptor contexts keyed by the client connection."""

    def __init__(self, *, kerberos_realm: str | None = None) -> None:
        self._pending: dict[tuple[str, int], _Pending] = {}
        self._kerberos_realm = kerberos_realm

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
        except Exception:  # pyspnego raises more than SpnegoError on hostile or refused tokens
            self._pending.pop(client, None)
            reason = refusal_reason(in_token) if protocol == "negotiate" else None
            return HandshakeResult(None, None, failed=True, reason=reason)
        out_b64 = base64.b64encode(out).decode("ascii") if out else None
        if not pending.context.complete:
            return HandshakeResult(out_b64, None)
        del self._pending[client]
        user, reason = self._account_of(str(pending.context.client_principal or ""))
        if user is None:
            return HandshakeResult(None, None, failed=True, reason=reason)
        return HandshakeResult(out_b64, user)

    def _account_of(self, principal: str) -> tuple[str | None, str | None]:
        """The account of ``DEMO\\user`` (NTLM) or ``user@REALM`` (Kerberos), or why none."""
        if "\\" in principal:
            domain, _, user = principal.rpartition("\\")
            if domain.upper() == NTLM_DOMAIN and user:
                return user, None
            return None, f"the NTLM domain of {principal!r} is not {NTLM_DOMAIN}"
        if self._kerberos_realm is None:
            return None, f"Kerberos principal {principal!r}: no realm is configured"
        realm_account = realm_user(principal, self._kerberos_realm)
        if realm_account is None:
            return None, f"{principal!r} is not a user of the realm {self._kerberos_realm}"
        return realm_account, None

    def _expire(self, now: float) -> None:
        stale = [k for k, p in self._pending.items() if now - p.started > _HANDSHAKE_TTL_SECONDS]
        for key in stale:
            del self._pending[key]


def _is_negotiate_start(token: bytes) -> bool:
    """A NEGOTIATE_MESSAGE (type 1) or an SPNEGO NegTokenInit starts a new handshake."""
    if token.startswith(b"NTLMSSP\0"):
        return token[8:12] == b"\x01\x00\x00\x00"
    return token[:1] == b"\x60"  # GSS-API InitialContextToken
