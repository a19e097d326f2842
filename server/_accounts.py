"""Accounts of the reference server: salted password and API-key hashes, verified in constant time.

Secrets are never stored: only scrypt hashes with a per-secret salt. The hashes are computed
in worker threads (a few at a time), never on the event loop, so bad credentials cannot
stall other requests. An API key is found by its lookup id (the SHA-256 of the key: an API
key is a long random secret, so its digest reveals nothing), then verified against that one
account's scrypt hash. A small in-memory cache of already verified secrets keeps
per-request Basic and API-key checks cheap.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import sqlite3
from dataclasses import dataclass

import anyio.to_thread
from anyio import CapacityLimiter

from ._principal import Role

__all__ = [
    "DEMO_ACCOUNTS",
    "Account",
    "AccountStore",
    "ensure_accounts_table",
    "seed_accounts",
]

# (username, role, password, API key): the fixed demo accounts of the brief.
DEMO_ACCOUNTS: tuple[tuple[str, Role, str, str], ...] = (
    ("admin", Role.ADMIN, "admin-password", "demo-admin-api-key"),
    ("writer", Role.WRITER, "writer-password", "demo-writer-api-key"),
    ("reader", Role.READER, "reader-password", "demo-reader-api-key"),
)

_SCRYPT_N = 2**13
_SCRYPT_R = 8
_SCRYPT_P = 1
_HASHING_THREADS = CapacityLimiter(max(2, os.cpu_count() or 2))


_UNKNOWN_ACCOUNT_HASH = f"scrypt${'00' * 16}${'00' * 32}"


@dataclass(frozen=True, slots=True)
class Account:
    """One account: its name and role (never its secrets)."""

    username: str
    role: Role


def _hash_secret(secret: str, salt: bytes) -> bytes:
    return hashlib.scrypt(
        secret.encode("utf-8"), salt=salt, n=_SCRYPT_N, r=_SCRYPT_R, p=_SCRYPT_P, dklen=32
    )


def _encode_hash(secret: str) -> str:
    salt = secrets.token_bytes(16)
    return f"scrypt${salt.hex()}${_hash_secret(secret, salt).hex()}"


def _matches(secret: str, encoded: str) -> bool:
    try:
        kind, salt_hex, digest_hex = encoded.split("$")
        salt, digest = bytes.fromhex(salt_hex), bytes.fromhex(digest_hex)
    except ValueError:
        return False
    if kind != "scrypt":
        return False
    return hmac.compare_digest(_hash_secret(secret, salt), digest)


async def _matches_off_loop(secret: str, encoded: str) -> bool:
    return await anyio.to_thread.run_sync(_matches, secret, encoded, limiter=_HASHING_THREADS)


def api_key_id(api_key: str) -> str:
    """The non-secret lookup id of an API key."""
    return hashlib.sha256(api_key.encode("utf-8")).hexdigest()


def ensure_accounts_table(db: sqlite3.Connection) -> None:
    """Create the accounts table when missing (and add the API key id to an older one)."""
    db.execute(
        "CREATE TABLE IF NOT EXISTS accounts ("
        " username TEXT PRIMARY KEY,"
        " role TEXT NOT NULL,"
        " password_hash TEXT NOT NULL,"
        " api_key_hash TEXT NOT NULL,"
        " api_key_id TEXT)"
    )
    columns = {row[1] for row in db.execute("PRAGMA table_info(accounts)")}
    if "api_key_id" not in columns:
        db.execute("ALTER TABLE accounts ADD COLUMN api_key_id TEXT")
    db.execute("CREATE UNIQUE INDEX IF NOT EXISTS accounts_api_key_id ON accounts (api_key_id)")


def seed_accounts(db: sqlite3.Connection) -> None:
    """Create the demo accounts (hashed password and API key) unless they already exist."""
    ensure_accounts_table(db)
    for username, role, password, api_key in DEMO_ACCOUNTS:
        exists = db.execute("SELECT 1 FROM accounts WHERE username = ?", (username,)).fetchone()
        if exists is None:
            db.execute(
                "INSERT INTO accounts (username, role, password_hash, api_key_hash, api_key_id)"
                " VALUES (?, ?, ?, ?, ?)",
                (
                    username,
                    role.value,
                    _encode_hash(password),
                    _encode_hash(api_key),
                    api_key_id(api_key),
                ),
            )
        else:  # a data file from before API key ids
            db.execute(
                "UPDATE accounts SET api_key_id = ? WHERE username = ? AND api_key_id IS NULL",
                (api_key_id(api_key), username),
            )


class AccountStore:
    """Looks accounts up and verifies passwords and API keys."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db
        ensure_accounts_table(db)
        # keyed digest of (kind, username, secret) -> username; secrets themselves are not kept
        self._verified: dict[bytes, str] = {}
        self._cache_key = secrets.token_bytes(32)

    def _cache_digest(self, kind: str, username: str, secret: str) -> bytes:
        message = f"{kind}\0{username}\0{secret}".encode()
        return hmac.new(self._cache_key, message, hashlib.sha256).digest()

    def find(self, username: str) -> Account | None:
        """The account named ``username`` (case-insensitive), or None."""
        row = self._db.execute(
            "SELECT username, role FROM accounts WHERE username = ? COLLATE NOCASE", (username,)
        ).fetchone()
        return None if row is None else Account(row[0], Role(row[1]))

    async def verify_password(self, username: str, password: str) -> Account | None:
        """The account when ``password`` is its password, else None (hashed off the loop).

        Args:
            username: The account name (case-insensitive).
            password: The password to check.

        Returns:
            The account, or None for an unknown name or a wrong password (same cost).
        """
        row = self._db.execute(
            "SELECT username, role, password_hash FROM accounts WHERE username = ? COLLATE NOCASE",
            (username,),
        ).fetchone()
        if row is None:
            await _matches_off_loop(password, _UNKNOWN_ACCOUNT_HASH)  # same cost either way
            return None
        digest = self._cache_digest("password", row[0], password)
        if digest in self._verified or await _matches_off_loop(password, row[2]):
            self._verified[digest] = row[0]
            return Account(row[0], Role(row[1]))
        return None

    async def verify_api_key(self, api_key: str) -> Account | None:
        """The account owning ``api_key``, else None: one look-up by key id, one hash.

        Args:
            api_key: The key sent by the client.

        Returns:
            The owner's account, or None.
        """
        digest = self._cache_digest("apiKey", "", api_key)
        cached = self._verified.get(digest)
        if cached is not None:
            return self.find(cached)
        row = self._db.execute(
            "SELECT username, role, api_key_hash FROM accounts WHERE api_key_id = ?",
            (api_key_id(api_key),),
        ).fetchone()
        if row is None or not await _matches_off_loop(api_key, row[2]):
            return None
        self._verified[digest] = row[0]
        return Account(row[0], Role(row[1]))
