"""What a session tells about its OIDC sign-in, without revealing a token."""

from __future__ import annotations

import base64
import json

import pytest

from facade import TokenStoreError
from facade.auth.oidc._discovery import OIDCConfiguration
from facade.auth.oidc._identity import OIDCIdentity
from facade.auth.oidc._token_binding import BoundRefreshToken
from facade.auth.oidc._tokens import RefreshingBearerAuth, TokenSet

PROVIDER = OIDCConfiguration(
    issuer="https://idp.example.com/tenant",
    client_id="sdk",
    scopes=("openid",),
    token_endpoint="https://login.example.com/tenant/token",
)


def _jwt(**claims: object) -> str:
    body = base64.urlsafe_b64encode(json.dumps(claims).encode()).rstrip(b"=").decode()
    return f"e30.{body}.sig"


class MemoryStore:
    def __init__(self) -> None:
        self.saved: dict[str, str] = {}

    def load(self, key: str) -> str | None:
        return self.saved.get(key)

    def save(self, key: str, token: str) -> None:
        self.saved[key] = token

    def delete(self, key: str) -> None:
        self.saved.pop(key, None)


def _identity(tokens: TokenSet, *, refresher: bool, now: float, **kwargs: object) -> OIDCIdentity:
    auth = RefreshingBearerAuth(
        tokens,
        refresher=(lambda token: tokens) if refresher else None,
        clock=lambda: now,
    )
    options: dict[str, object] = {
        "initial_token": None,
        "store": MemoryStore(),
        "store_key": "k",
        "provider": PROVIDER,
    }
    options.update(kwargs)
    return OIDCIdentity(auth, clock=lambda: now, **options)  # type: ignore[arg-type]


def test_username_prefers_the_id_token_preferred_username() -> None:
    tokens = TokenSet(_jwt(sub="s1"), 100.0, "rt", _jwt(sub="s2", preferred_username="ann"))
    assert _identity(tokens, refresher=True, now=0).username == "ann"


def test_username_falls_back_to_access_token_claims() -> None:
    assert _identity(TokenSet(_jwt(sub="s1")), refresher=False, now=0).username == "s1"
    assert _identity(TokenSet("opaque"), refresher=False, now=0).username is None


def test_access_token_only_expires() -> None:
    tokens = TokenSet.from_access_token(_jwt(sub="s", exp=100))
    assert _identity(tokens, refresher=False, now=99).authenticated
    late = _identity(tokens, refresher=False, now=100)
    assert late.expired and not late.authenticated


def test_refreshable_session_is_not_expired_when_its_access_token_is() -> None:
    tokens = TokenSet("at", 100.0, "rt")
    identity = _identity(tokens, refresher=True, now=500)
    assert identity.authenticated and not identity.expired


def test_refresh_token_falls_back_to_the_initial_token() -> None:
    tokens = TokenSet("at", 100.0)
    assert _identity(tokens, refresher=False, now=0, initial_token="given").refresh_token == "given"
    assert _identity(TokenSet("at", 1.0, "rt"), refresher=True, now=0).refresh_token == "rt"


def test_persist_stores_the_refresh_token_and_later_rotations() -> None:
    store = MemoryStore()
    identity = _identity(TokenSet("at", 100.0, "rt-1"), refresher=True, now=0, store=store)
    identity.persist_oidc_token()
    stored = BoundRefreshToken.decode(store.saved["k"], where="k")
    assert stored.refresh_token == "rt-1"
    assert stored.issuer == "https://idp.example.com/tenant"
    assert stored.token_origin == "https://login.example.com:443"
    assert "rt-1" not in repr(stored)


def test_persist_without_refresh_token_says_why() -> None:
    identity = _identity(TokenSet("at"), refresher=False, now=0, store_key=None)
    with pytest.raises(TokenStoreError, match="offline_access"):
        identity.persist_oidc_token()


def test_repr_has_no_token() -> None:
    tokens = TokenSet("secret-at", 100.0, "secret-rt", _jwt(preferred_username="ann"))
    assert "secret" not in repr(_identity(tokens, refresher=True, now=0))
