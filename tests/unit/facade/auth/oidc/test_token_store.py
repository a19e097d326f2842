"""Keyring storage with chunking, and the opt-in 0600 token cache file."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from facade import KEYRING_SERVICE, InsecureTokenFileError
from facade.auth.oidc._token_store import KeyringTokenStore, TokenCacheFile, token_key


class MemoryKeyring(KeyringBackend):
    """A real keyring backend kept in memory, rejecting values over ``limit`` like Windows."""

    priority = 1  # type: ignore[assignment]

    def __init__(self, limit: int = 1280) -> None:
        super().__init__()
        self.limit = limit
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        if len(password) > self.limit:
            raise keyring.errors.PasswordSetError("secret too long for this backend")
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError("no such entry")


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


KEY = token_key("http://127.0.0.1:8765/", "servicelayer-sdk")


def test_entry_name_is_url_and_client_id() -> None:
    assert KEY == "http://127.0.0.1:8765|servicelayer-sdk"
    assert KEYRING_SERVICE == "servicelayer-sdk"


def test_short_token_is_one_entry(memory_keyring: MemoryKeyring) -> None:
    store = KeyringTokenStore()
    store.save(KEY, "short-token")
    assert memory_keyring.entries == {(KEYRING_SERVICE, KEY): "short-token"}
    assert store.load(KEY) == "short-token"


def test_long_token_is_split_into_numbered_chunks_and_joined(
    memory_keyring: MemoryKeyring,
) -> None:
    token = "".join(chr(ord("a") + i % 26) for i in range(3500))
    store = KeyringTokenStore()
    store.save(KEY, token)
    assert memory_keyring.entries[(KEYRING_SERVICE, KEY)] == "chunks:4"
    assert all(len(v) <= 1000 for v in memory_keyring.entries.values())
    assert store.load(KEY) == token


def test_shorter_token_removes_stale_chunks(memory_keyring: MemoryKeyring) -> None:
    store = KeyringTokenStore(chunk_size=10)
    store.save(KEY, "x" * 45)
    store.save(KEY, "y" * 15)
    assert store.load(KEY) == "y" * 15
    assert sorted(name for _, name in memory_keyring.entries) == [KEY, f"{KEY}#1", f"{KEY}#2"]
    store.save(KEY, "z")
    assert memory_keyring.entries == {(KEYRING_SERVICE, KEY): "z"}


def test_delete_removes_every_chunk(memory_keyring: MemoryKeyring) -> None:
    store = KeyringTokenStore(chunk_size=10)
    store.save(KEY, "x" * 35)
    store.delete(KEY)
    store.delete(KEY)  # twice is fine
    assert memory_keyring.entries == {}
    assert store.load(KEY) is None


def test_cache_file_is_created_0600_and_read_back(tmp_path: Path) -> None:
    path = tmp_path / "cache" / "tokens.json"
    store = TokenCacheFile(path)
    store.save(KEY, "the-token")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert TokenCacheFile(path).load(KEY) == "the-token"
    assert store.load("other") is None


def test_cache_file_is_replaced_atomically_leaving_no_temporary(tmp_path: Path) -> None:
    path = tmp_path / "tokens.json"
    store = TokenCacheFile(path)
    store.save(KEY, "one")
    inode = path.stat().st_ino
    store.save(KEY, "two")
    assert path.stat().st_ino != inode  # a new file took its place
    assert os.listdir(tmp_path) == ["tokens.json"]
    assert store.load(KEY) == "two"


@pytest.mark.parametrize("mode", [0o640, 0o604, 0o660, 0o644])
def test_cache_file_readable_by_others_is_refused(tmp_path: Path, mode: int) -> None:
    path = tmp_path / "tokens.json"
    TokenCacheFile(path).save(KEY, "the-token")
    path.chmod(mode)
    with pytest.raises(InsecureTokenFileError, match="chmod 600") as caught:
        TokenCacheFile(path).load(KEY)
    assert "the-token" not in str(caught.value)
    with pytest.raises(InsecureTokenFileError):
        TokenCacheFile(path).save(KEY, "new")


def test_cache_file_delete_keeps_other_entries(tmp_path: Path) -> None:
    store = TokenCacheFile(tmp_path / "tokens.json")
    store.save("a", "1")
    store.save("b", "2")
    store.delete("a")
    assert (store.load("a"), store.load("b")) == (None, "2")
