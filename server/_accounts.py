"""Accounts of the reference server: salted password and API-key hashes, verified in constant time.

Secrets are never stored: only scrypt hashes with a per-secret salt. A small in-memory
cache of already verified secrets keeps per-request Basic and API-key checks cheap.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import sqlite3
from dataclasses import dataclass

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


def ensure_accounts_table(db: sqlite3.Connection) -> None:
    """Create the accounts table when missing."""
    db.execute(
        "CREATE TABLE IF NOT EXISTS accounts ("
        " username TEXT PRIMARY KEY,"
        " role TEXT NOT NULL,"
        " password_hash TEXT NOT NULL,"
        " api_key_hash TEXT NOT NULL)"
    )


def seed_accounts(db: sqlite3.Connection) -> None:
    """Create the demo accounts (hashed password and API key) unless they already exist."""
    ensure_accounts_table(db)
    for username, role, password, api_key in DEMO_ACCOUNTS:
        exists = db.execute("SELECT 1 FROM accounts WHERE username = ?", (username,)).fetchone()
        if exists is None:
            db.execute(
                "INSERT INTO accounts (username, role, password_hash, api_key_hash)"
                " VALUES (?, ?, ?, ?)",
                (username, role.value, _encode_hash(password), _encode_hash(api_key)),
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

    def verify_password(self, username: str, password: str) -> Account | None:
        """The account when ``password`` is its password, else None."""
        row = self._db.execute(
            "SELECT username, role, password_hash FROM accounts WHERE username = ? COLLATE NOCASE",
            (username,),
        ).fetchone()
        if row is None:
            _hash_secret(password, b"\0" * 16)  # same cost whether or not the account exists
            return None
        digest = self._cache_digest("password", row[0], password)
        if digest in self._verified or _matches(password, row[2]):
            self._verified[digest] = row[0]
            return Account(row[0], Role(row[1]))
        return None

    def verify_api_key(self, api_key: str) -> Account | None:
        """The account owning ``api_key``, else None."""
        digest = self._cache_digest("apiKey", "", api_key)
        cached = self._verified.get(digest)
        if cached is not None:
            return self.find(cached)
        rows = self._db.execute("SELECT username, role, api_key_hash FROM accounts").fetchall()
        found: Account | None = None
        for row in rows:  # check every row so timing does not reveal which account matched
            if _matches(api_key, row[2]) and found is None:
                found = Account(row[0], Role(row[1]))
        if found is not None:
            self._verified[digest] = found.username
        return found
