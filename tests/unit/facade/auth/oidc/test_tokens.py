"""Token expiry arithmetic, refresh before expiry, single-flight refresh and rotation."""

from __future__ import annotations

import base64
import json
import threading
import time
from collections.abc import Iterator

import httpx
import pytest
import respx

from facade import TokenRefreshError
from facade.auth.oidc._tokens import RefreshingBearerAuth, TokenSet, jwt_claims, refresh_grant

TOKEN_URL = "https://idp.test/token"


def _jwt(claims: dict[str, object]) -> str:
    def part(data: dict[str, object]) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()

    return f"{part({'alg': 'none'})}.{part(claims)}.sig"


class FakeClock:
    def __init__(self, now: float = 1_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def test_expiry_is_local_receipt_time_plus_expires_in() -> None:
    tokens = TokenSet.from_token_response({"access_token": "a", "expires_in": 300}, 5000.0)
    assert tokens.expires_at == 5300.0
    assert tokens.received_at == 5000.0


def test_refresh_is_due_within_the_margin() -> None:
    tokens = TokenSet.from_token_response({"access_token": "a", "expires_in": 3600}, 0.0)
    assert not tokens.expires_within(60, 3539.0)
    assert tokens.expires_within(60, 3540.0)


def test_margin_is_capped_at_half_the_lifetime_for_short_tokens() -> None:
    tokens = TokenSet.from_token_response({"access_token": "a", "expires_in": 2}, 0.0)
    assert not tokens.expires_within(60, 0.5)
    assert tokens.expires_within(60, 1.0)


def test_unknown_expiry_is_never_due() -> None:
    tokens = TokenSet.from_token_response({"access_token": "opaque"}, 0.0)
    assert tokens.expires_at is None
    assert not tokens.expires_within(60, 1e12)
    assert not tokens.expired(1e12)


def test_bare_jwt_access_token_expires_at_its_exp_claim() -> None:
    tokens = TokenSet.from_access_token(_jwt({"exp": 1234, "sub": "u"}))
    assert tokens.expires_at == 1234.0
    assert jwt_claims(tokens.access_token)["sub"] == "u"


def test_repr_shows_no_token() -> None:
    tokens = TokenSet("secret-access", 1.0, "secret-refresh", "secret-id", "openid")
    assert "secret" not in repr(tokens)


def test_non_bearer_token_type_is_refused() -> None:
    with pytest.raises(Exception, match="not Bearer"):
        TokenSet.from_token_response({"access_token": "a", "token_type": "MAC"}, 0.0)


class Refresher:
    """Counts refreshes and rotates the refresh token each time."""

    def __init__(self, clock: FakeClock, delay: float = 0.0) -> None:
        self.clock = clock
        self.calls: list[str] = []
        self.delay = delay
        self._lock = threading.Lock()

    def __call__(self, refresh_token: str) -> TokenSet:
        with self._lock:
            self.calls.append(refresh_token)
            n = len(self.calls)
        time.sleep(self.delay)
        return TokenSet(
            f"access-{n}", self.clock() + 3600, f"refresh-{n}", None, None, self.clock()
        )


def _send(auth: httpx.Auth, statuses: Iterator[int] | None = None) -> list[str]:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["Authorization"])
        return httpx.Response(next(statuses) if statuses else 200)

    with httpx.Client(transport=httpx.MockTransport(handler), auth=auth) as client:
        client.get("https://api.test/x")
    return seen


def test_attaches_bearer_and_refreshes_only_when_due() -> None:
    clock = FakeClock()
    refresher = Refresher(clock)
    auth = RefreshingBearerAuth(
        TokenSet("access-0", clock() + 600, "refresh-0", None, None, clock()),
        refresher=refresher,
        margin=60,
        clock=clock,
    )
    assert _send(auth) == ["Bearer access-0"]
    clock.now += 541
    assert _send(auth) == ["Bearer access-1"]
    assert refresher.calls == ["refresh-0"]


def test_rotated_refresh_token_is_kept_and_reported() -> None:
    clock = FakeClock()
    reported: list[str] = []
    refresher = Refresher(clock)
    auth = RefreshingBearerAuth(
        TokenSet("access-0", clock() + 10, "refresh-0", None, None, clock()),
        refresher=refresher,
        clock=clock,
        on_refresh_token=reported.append,
    )
    clock.now += 10
    _send(auth)
    clock.now += 3600
    _send(auth)
    assert refresher.calls == ["refresh-0", "refresh-1"]
    assert reported == ["refresh-1", "refresh-2"]
    assert auth.tokens.refresh_token == "refresh-2"


def test_sixteen_threads_share_one_refresh() -> None:
    clock = FakeClock()
    refresher = Refresher(clock, delay=0.05)
    auth = RefreshingBearerAuth(
        TokenSet("access-0", clock() + 30, "refresh-0", None, None, clock() - 3570),
        refresher=refresher,
        margin=60,
        clock=clock,
    )
    barrier = threading.Barrier(16)
    results: list[str] = []

    def worker() -> None:
        barrier.wait()
        results.append(auth.access_token())

    threads = [threading.Thread(target=worker) for _ in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(refresher.calls) == 1
    assert results == ["access-1"] * 16


def test_a_401_forces_one_refresh_and_one_retry() -> None:
    clock = FakeClock()
    refresher = Refresher(clock)
    auth = RefreshingBearerAuth(
        TokenSet("access-0", clock() + 3600, "refresh-0", None, None, clock()),
        refresher=refresher,
        clock=clock,
    )
    assert _send(auth, iter([401, 200])) == ["Bearer access-0", "Bearer access-1"]
    assert len(refresher.calls) == 1


def test_sixteen_threads_answered_401_for_one_expired_token_cause_one_refresh() -> None:
    """The server refuses a token the client still thinks valid (revoked, or expired early).

    Every thread's request with the old token is held until all sixteen have arrived, then
    each gets a 401: exactly one of them refreshes, the others see the new token and retry.
    """
    clock = FakeClock()
    refresher = Refresher(clock, delay=0.02)
    auth = RefreshingBearerAuth(
        TokenSet("access-0", clock() + 3600, "refresh-0", None, None, clock()),
        refresher=refresher,
        clock=clock,
    )
    all_sent_old_token = threading.Barrier(16, timeout=30)
    served: list[str] = []
    served_lock = threading.Lock()

    def server(request: httpx.Request) -> httpx.Response:
        token = request.headers["Authorization"]
        with served_lock:
            served.append(token)
        if token == "Bearer access-0":
            all_sent_old_token.wait()
            return httpx.Response(401, headers={"WWW-Authenticate": 'Bearer error="invalid_token"'})
        return httpx.Response(200)

    statuses: list[int] = []
    with httpx.Client(transport=httpx.MockTransport(server), auth=auth) as client:

        def worker() -> None:
            response = client.get("https://api.test/x")
            with served_lock:
                statuses.append(response.status_code)

        threads = [threading.Thread(target=worker) for _ in range(16)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
    assert refresher.calls == ["refresh-0"]
    assert auth.refresh_count == 1
    assert statuses == [200] * 16
    assert sorted(served) == ["Bearer access-0"] * 16 + ["Bearer access-1"] * 16


def test_without_refresh_token_an_expired_token_is_sent_as_is() -> None:
    clock = FakeClock()
    auth = RefreshingBearerAuth(TokenSet("only-access", clock() - 1), clock=clock)
    assert _send(auth, iter([401])) == ["Bearer only-access"]
    assert not auth.can_refresh


@respx.mock
def test_refused_refresh_raises_and_is_not_retried() -> None:
    route = respx.post(TOKEN_URL).mock(
        return_value=httpx.Response(
            400, json={"error": "invalid_grant", "error_description": "grant revoked"}
        )
    )
    clock = FakeClock()
    with httpx.Client() as http:
        auth = RefreshingBearerAuth(
            TokenSet("access-0", clock() - 1, "the-refresh-token", None, None, clock() - 100),
            refresher=lambda token: refresh_grant(
                http, TOKEN_URL, client_id="cli", refresh_token=token
            ),
            clock=clock,
        )
        for _ in range(2):
            with pytest.raises(TokenRefreshError) as caught:
                auth.access_token()
            assert caught.value.error == "invalid_grant"
            assert "the-refresh-token" not in str(caught.value)
    assert route.call_count == 1
    assert not auth.can_refresh


@respx.mock
def test_refresh_grant_keeps_the_old_refresh_token_when_not_rotated() -> None:
    route = respx.post(TOKEN_URL).mock(
        return_value=httpx.Response(200, json={"access_token": "new", "expires_in": 60})
    )
    with httpx.Client() as http:
        tokens = refresh_grant(http, TOKEN_URL, client_id="cli", refresh_token="keep-me")
    assert (tokens.access_token, tokens.refresh_token) == ("new", "keep-me")
    form = dict(httpx.QueryParams(route.calls[0].request.content.decode()))
    assert form == {"grant_type": "refresh_token", "refresh_token": "keep-me", "client_id": "cli"}
