"""Where a refresh token is kept between runs: the OS keyring, or an opt-in cache file.

Keyring entries use the service name ``servicelayer-sdk`` and the user name
``"<service layer URL>|<client id>"`` (:func:`token_key`): ``with_stored_token()`` must find
the entry before anyone has signed in, so the account is not part of the name. A token longer
than ``chunk_size`` characters (Windows Credential Manager rejects secrets over ~1,280) is
stored as ``chunks:<n>`` under that name plus ``n`` entries named ``"<name>#<i>"``, and is
joined back on reading. What the OIDC builder stores there is the refresh token together with
the issuer and token-endpoint origin that issued it (``BoundRefreshToken``).

For machines without a keyring backend, :class:`TokenCacheFile` keeps tokens in a JSON file
that is created with mode 0600, rewritten atomically (temporary file + ``os.replace``) and
refused when its group or other users may read it.
"""

from __future__ import annotations

import json
import os
import stat
import tempfile
from pathlib import Path
from typing import Protocol

from ..._core.warn import warn_caller
from ._errors import InsecureTokenFileError, TokenStoreError

__all__ = [
    "KEYRING_SERVICE",
    "InsecureKeyringWarning",
    "KeyringTokenStore",
    "TokenCacheFile",
    "TokenStore",
    "token_key",
]

KEYRING_SERVICE = "servicelayer-sdk"
DEFAULT_CHUNK_SIZE = 1000
_CHUNK_MARKER = "chunks:"


def token_key(service_layer_url: str, client_id: str) -> str:
    """The entry name for the refresh token of one Service Layer and OAuth client."""
    return f"{service_layer_url.rstrip('/')}|{client_id}"


class TokenStore(Protocol):
    """Where refresh tokens are kept between runs: one secret per key.

    Pass your own to ``with_oidc(token_store=...)``; the SDK's are the OS keyring (default)
    and a 0600 file (``with_oidc(token_cache_file=...)``).
    """

    def load(self, key: str) -> str | None:
        """Read the token stored under ``key``.

        Args:
            key: ``"<service layer URL>|<client id>"``.

        Returns:
            The stored token, or None when there is none.
        """
        ...

    def save(self, key: str, token: str) -> None:
        """Store ``token`` under ``key``, replacing any earlier one.

        Args:
            key: ``"<service layer URL>|<client id>"``.
            token: The secret to keep.
        """
        ...

    def delete(self, key: str) -> None:
        """Forget the token under ``key`` (no error if there is none).

        Args:
            key: ``"<service layer URL>|<client id>"``.
        """
        ...


class InsecureKeyringWarning(UserWarning):
    """The only keyring backend available keeps secrets in a plain-text file.

    Install and select a backend that encrypts (the OS credential manager: Windows Credential
    Manager, macOS Keychain, Secret Service/KWallet on Linux), or use
    ``with_oidc(token_cache_file=...)`` knowingly.
    """


_warned_backends: set[str] = set()


def _plain_text_backend() -> str | None:
    """The active keyring backend's name when every backend it uses stores plain text."""
    import keyring  # keyring (and its backend discovery) loads at the first token kept

    backend = keyring.get_keyring()
    backends = list(getattr(backend, "backends", None) or [backend])
    if backends and all("plaintext" in type(b).__name__.casefold() for b in backends):
        return ", ".join(f"{type(b).__module__}.{type(b).__name__}" for b in backends)
    return None


def warn_if_plain_text_keyring() -> None:
    """Warn once per backend when the keyring would write the token as plain text."""
    name = _plain_text_backend()
    if name is None or name in _warned_backends:
        return
    _warned_backends.add(name)
    warn_caller(
        f"the only keyring backend available ({name}) stores secrets in plain text: anyone "
        "who can read your files can read the refresh token. Install an encrypting backend "
        "(the OS credential manager) and select it with PYTHON_KEYRING_BACKEND or keyringrc.cfg; "
        "see the README, 'Choosing a secure keyring backend'",
        InsecureKeyringWarning,
    )


class KeyringTokenStore:
    """The OS credential manager through ``keyring`` (the active backend at call time)."""

    def __init__(self, service: str = KEYRING_SERVICE, chunk_size: int = DEFAULT_CHUNK_SIZE):
        if chunk_size < 1:
            raise ValueError("chunk_size must be at least 1")
        self.service = service
        self.chunk_size = chunk_size

    def _get(self, name: str) -> str | None:
        import keyring
        import keyring.errors

        try:
            return keyring.get_password(self.service, name)
        except keyring.errors.KeyringError as exc:
            raise TokenStoreError(
                f"the keyring could not be read ({type(exc).__name__}); install a keyring "
                "backend or use a token cache file"
            ) from None

    def _set(self, name: str, value: str) -> None:
        import keyring
        import keyring.errors

        try:
            keyring.set_password(self.service, name, value)
        except keyring.errors.KeyringError as exc:
            raise TokenStoreError(
                f"the keyring could not store the token ({type(exc).__name__}); install a "
                "keyring backend or use a token cache file"
            ) from None

    def _chunk_count(self, head: str | None) -> int:
        if head is None or not head.startswith(_CHUNK_MARKER):
            return 0
        try:
            return int(head[len(_CHUNK_MARKER) :])
        except ValueError:
            return 0

    def load(self, key: str) -> str | None:
        head = self._get(key)
        count = self._chunk_count(head)
        if count == 0:
            return head
        parts = [self._get(f"{key}#{index}") for index in range(1, count + 1)]
        if any(part is None for part in parts):
            raise TokenStoreError("the stored token is incomplete (a chunk is missing)")
        return "".join(part for part in parts if part is not None)

    def save(self, key: str, token: str) -> None:
        warn_if_plain_text_keyring()
        old_count = self._chunk_count(self._get(key))
        chunks = [token[i : i + self.chunk_size] for i in range(0, len(token), self.chunk_size)]
        if len(chunks) <= 1:
            self._set(key, token)
        else:
            for index, chunk in enumerate(chunks, start=1):
                self._set(f"{key}#{index}", chunk)
            self._set(key, f"{_CHUNK_MARKER}{len(chunks)}")
        new_count = len(chunks) if len(chunks) > 1 else 0
        self._delete_chunks(key, new_count + 1, last=old_count)

    def _delete_chunks(self, key: str, first: int, *, last: int) -> None:
        for index in range(first, last + 1):
            self._delete_name(f"{key}#{index}")

    def _delete_name(self, name: str) -> None:
        import keyring
        import keyring.errors

        try:
            keyring.delete_password(self.service, name)
        except keyring.errors.PasswordDeleteError:
            pass
        except keyring.errors.KeyringError as exc:
            raise TokenStoreError(
                f"the keyring could not delete a token ({type(exc).__name__})"
            ) from None

    def delete(self, key: str) -> None:
        count = self._chunk_count(self._get(key))
        self._delete_name(key)
        self._delete_chunks(key, 1, last=count)


class TokenCacheFile:
    """Tokens in a JSON file readable by its owner only (mode 0600), written atomically."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)

    def _check_private(self) -> None:
        if os.name != "posix":
            return
        info = self.path.stat()
        if info.st_mode & (stat.S_IRWXG | stat.S_IRWXO):
            raise InsecureTokenFileError(
                f"refusing the token cache file {self.path}: group or other users may access "
                f"it (mode {stat.S_IMODE(info.st_mode):o}); run chmod 600 on it"
            )
        if info.st_uid != os.getuid():
            raise InsecureTokenFileError(
                f"refusing the token cache file {self.path}: it belongs to another user"
            )

    def _read_all(self) -> dict[str, str]:
        if not self.path.exists():
            return {}
        self._check_private()
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise TokenStoreError(
                f"the token cache file {self.path} is unreadable ({type(exc).__name__})"
            ) from None
        if not isinstance(data, dict):
            raise TokenStoreError(f"the token cache file {self.path} is not a JSON object")
        return {str(k): str(v) for k, v in data.items()}

    def _write_all(self, data: dict[str, str]) -> None:
        directory = self.path.parent
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(prefix=".tokens-", dir=directory)  # mode 0600
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(data, handle)
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(temporary, 0o600)
            os.replace(temporary, self.path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise

    def load(self, key: str) -> str | None:
        return self._read_all().get(key)

    def save(self, key: str, token: str) -> None:
        data = self._read_all()
        data[key] = token
        self._write_all(data)

    def delete(self, key: str) -> None:
        data = self._read_all()
        if data.pop(key, None) is not None:
            self._write_all(data)
