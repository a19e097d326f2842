"""A keyring that keeps secrets in plain text is used only with a warning, given once, that
points at the caller's line; an encrypting backend gives none."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyrings.alt.file import PlaintextKeyring

from facade import InsecureKeyringWarning
from facade.auth.oidc import _token_store
from facade.auth.oidc._token_store import KeyringTokenStore


@pytest.fixture
def plain_text_keyring(tmp_path: Path) -> Iterator[PlaintextKeyring]:
    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "keyring_pass.cfg")
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    _token_store._warned_backends.clear()
    yield backend
    keyring.set_keyring(previous)
    _token_store._warned_backends.clear()


def test_a_plain_text_keyring_warns_once_at_the_callers_line(
    plain_text_keyring: PlaintextKeyring,
) -> None:
    store = KeyringTokenStore()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        store.save("https://sl.example|client", "refresh-token-1")
        store.save("https://sl.example|client", "refresh-token-2")
    found = [w for w in caught if issubclass(w.category, InsecureKeyringWarning)]
    assert len(found) == 1
    assert "plain text" in str(found[0].message) and "PlaintextKeyring" in str(found[0].message)
    assert found[0].filename == __file__
    assert "refresh-token" not in str(found[0].message)
    assert store.load("https://sl.example|client") == "refresh-token-2"
    assert Path(plain_text_keyring.file_path).exists()


class _EncryptingBackend(KeyringBackend):
    """Stands for an OS credential manager (its name says nothing of plain text)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.values: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.values.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.values[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.values.pop((service, username), None)


def test_an_encrypting_backend_does_not_warn() -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(_EncryptingBackend())
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            KeyringTokenStore().save("https://sl.example|client", "token")
    finally:
        keyring.set_keyring(previous)
