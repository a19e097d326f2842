"""Authorization code flow checks that a real provider never gets wrong: state, iss, nonce, timeout.

The "browser" hook delivers a crafted redirect to the SDK's real loopback receiver; the token
endpoint is mocked with respx (loopback requests to the receiver pass through).
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Callable

import httpx
import pytest
import respx

from facade import AccessDeniedError, AuthorizationCodeFlowError
from facade.auth.oidc._authorization_code import pkce_pair, run_authorization_code_flow
from facade.auth.oidc._discovery import OIDCConfiguration

TOKEN_URL = "https://idp.test/token"
CONFIG = OIDCConfiguration(
    issuer="https://idp.test",
    client_id="cli",
    scopes=("openid", "offline_access"),
    token_endpoint=TOKEN_URL,
    authorization_endpoint="https://idp.test/authorize?tenant=x",
)


def _id_token(**claims: object) -> str:
    body = base64.urlsafe_b64encode(json.dumps(claims).encode()).rstrip(b"=").decode()
    return f"e30.{body}.sig"


def _browser(
    answer: Callable[[dict[str, str]], dict[str, str]], seen: list[dict[str, str]]
) -> Callable[[str], bool]:
    """A browser whose provider redirects back with ``answer(authorize params)``."""

    def open_browser(url: str) -> bool:
        params = dict(httpx.URL(url).params)
        seen.append(params)
        with httpx.Client() as http:
            http.get(params["redirect_uri"], params=answer(params))
        return True

    return open_browser


def _run(
    answer: Callable[[dict[str, str]], dict[str, str]], **kwargs: object
) -> list[dict[str, str]]:
    seen: list[dict[str, str]] = []
    with httpx.Client() as http:
        run_authorization_code_flow(http, CONFIG, open_browser=_browser(answer, seen), **kwargs)  # type: ignore[arg-type]
    return seen


def _tokens_for(seen: list[dict[str, str]], **overrides: object) -> httpx.Response:
    claims: dict[str, object] = {"nonce": seen[0]["nonce"], "aud": "cli", "sub": "u"}
    claims.update(overrides)
    return httpx.Response(
        200, json={"access_token": "at", "id_token": _id_token(**claims), "expires_in": 60}
    )


def test_pkce_challenge_is_s256_of_the_verifier() -> None:
    verifier, challenge = pkce_pair()
    digest = hashlib.sha256(verifier.encode()).digest()
    assert challenge == base64.urlsafe_b64encode(digest).rstrip(b"=").decode()
    assert 43 <= len(verifier) <= 128


@respx.mock
def test_good_redirect_is_exchanged_with_the_verifier() -> None:
    seen: list[dict[str, str]] = []
    token = respx.post(TOKEN_URL).mock(side_effect=lambda request: _tokens_for(seen))
    respx.route(host="127.0.0.1").pass_through()
    with httpx.Client() as http:
        tokens = run_authorization_code_flow(
            http,
            CONFIG,
            open_browser=_browser(
                lambda p: {"code": "c1", "state": p["state"], "iss": "https://idp.test"}, seen
            ),
        )
    assert tokens.access_token == "at"
    params = seen[0]
    assert params["tenant"] == "x"  # the endpoint's own query is kept
    assert params["code_challenge_method"] == "S256"
    assert params["prompt"] == "consent"
    assert params["redirect_uri"].startswith("http://127.0.0.1:")
    form = dict(httpx.QueryParams(token.calls[0].request.content.decode()))
    assert form["code"] == "c1" and form["grant_type"] == "authorization_code"
    assert form["redirect_uri"] == params["redirect_uri"]
    _, expected_challenge = form["code_verifier"], params["code_challenge"]
    digest = hashlib.sha256(form["code_verifier"].encode()).digest()
    assert base64.urlsafe_b64encode(digest).rstrip(b"=").decode() == expected_challenge


@respx.mock
def test_wrong_state_is_refused_before_any_exchange() -> None:
    token = respx.post(TOKEN_URL)
    respx.route(host="127.0.0.1").pass_through()
    with pytest.raises(AuthorizationCodeFlowError, match="state"):
        _run(lambda p: {"code": "c1", "state": "forged"})
    assert token.call_count == 0


@respx.mock
def test_redirect_from_another_issuer_is_refused() -> None:
    respx.route(host="127.0.0.1").pass_through()
    with pytest.raises(AuthorizationCodeFlowError, match="issuer"):
        _run(lambda p: {"code": "c1", "state": p["state"], "iss": "https://evil.test"})


@respx.mock
def test_provider_error_access_denied() -> None:
    respx.route(host="127.0.0.1").pass_through()
    with pytest.raises(AccessDeniedError):
        _run(lambda p: {"error": "access_denied", "state": p["state"]})


@respx.mock
def test_id_token_with_another_nonce_is_refused() -> None:
    seen: list[dict[str, str]] = []
    respx.post(TOKEN_URL).mock(side_effect=lambda request: _tokens_for(seen, nonce="replayed"))
    respx.route(host="127.0.0.1").pass_through()
    with httpx.Client() as http, pytest.raises(AuthorizationCodeFlowError, match="nonce"):
        run_authorization_code_flow(
            http, CONFIG, open_browser=_browser(lambda p: {"code": "c", "state": p["state"]}, seen)
        )


@respx.mock
def test_id_token_for_another_client_is_refused() -> None:
    seen: list[dict[str, str]] = []
    respx.post(TOKEN_URL).mock(side_effect=lambda request: _tokens_for(seen, aud="other"))
    respx.route(host="127.0.0.1").pass_through()
    with httpx.Client() as http, pytest.raises(AuthorizationCodeFlowError, match="client"):
        run_authorization_code_flow(
            http, CONFIG, open_browser=_browser(lambda p: {"code": "c", "state": p["state"]}, seen)
        )


def test_no_redirect_within_the_timeout() -> None:
    with httpx.Client() as http, pytest.raises(AuthorizationCodeFlowError, match="within"):
        run_authorization_code_flow(http, CONFIG, open_browser=lambda url: True, timeout=0.1)


def test_browser_hook_that_raises_means_no_browser() -> None:
    def broken(url: str) -> bool:
        raise RuntimeError("no display")

    with httpx.Client() as http, pytest.raises(AuthorizationCodeFlowError, match="device_code"):
        run_authorization_code_flow(http, CONFIG, open_browser=broken)


def test_redirect_uri_must_be_loopback() -> None:
    with httpx.Client() as http, pytest.raises(Exception, match="loopback"):
        run_authorization_code_flow(
            http, CONFIG, open_browser=lambda url: True, redirect_uri="http://example.com/cb"
        )
