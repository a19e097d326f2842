"""Device code polling (RFC 8628) against answers real providers rarely give: respx + fake clock."""

from __future__ import annotations

import threading
from collections.abc import Callable

import httpx
import pytest
import respx

from facade import (
    AccessDeniedError,
    DeviceCodeCancelledError,
    DeviceCodeExpiredError,
    DeviceCodePrompt,
    DeviceCodeTimeoutError,
    OIDCConfigurationError,
)
from facade.auth.oidc._device_code import run_device_code_flow
from facade.auth.oidc._discovery import OIDCConfiguration
from facade.auth.oidc._tokens import TokenSet

DEVICE_URL = "https://idp.test/device/auth"
TOKEN_URL = "https://idp.test/token"
CONFIG = OIDCConfiguration(
    issuer="https://idp.test",
    client_id="cli",
    scopes=("openid", "offline_access"),
    token_endpoint=TOKEN_URL,
    device_authorization_endpoint=DEVICE_URL,
)


class FakeTime:
    """A monotonic clock that only moves when the flow sleeps."""

    def __init__(self) -> None:
        self.now = 100.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def _device_answer(**extra: object) -> httpx.Response:
    body: dict[str, object] = {
        "device_code": "dev-123",
        "user_code": "ABCD-EFGH",
        "verification_uri": "https://idp.test/device",
        "verification_uri_complete": "https://idp.test/device?user_code=ABCD-EFGH",
        "expires_in": 600,
    }
    body.update(extra)
    return httpx.Response(200, json=body)


def _error(code: str) -> httpx.Response:
    return httpx.Response(400, json={"error": code})


TOKENS = httpx.Response(200, json={"access_token": "at", "refresh_token": "rt", "expires_in": 300})


def _run(
    fake: FakeTime,
    callback: Callable[[DeviceCodePrompt], None] | None = None,
    **kwargs: object,
) -> TokenSet:
    prompts: list[DeviceCodePrompt] = []
    options: dict[str, object] = {"sleep": fake.sleep, "clock": fake.clock, **kwargs}
    with httpx.Client() as http:
        return run_device_code_flow(
            http,
            CONFIG,
            callback=callback or prompts.append,
            **options,  # type: ignore[arg-type]
        )


@respx.mock
def test_user_code_and_uri_go_to_the_callback_and_tokens_come_back() -> None:
    device = respx.post(DEVICE_URL).mock(return_value=_device_answer(interval=3))
    token = respx.post(TOKEN_URL).mock(side_effect=[_error("authorization_pending"), TOKENS])
    prompts: list[DeviceCodePrompt] = []
    fake = FakeTime()
    tokens = _run(fake, prompts.append)
    assert tokens.refresh_token == "rt"
    assert prompts[0].user_code == "ABCD-EFGH"
    assert prompts[0].verification_uri == "https://idp.test/device"
    assert "ABCD-EFGH" in prompts[0].message
    assert fake.sleeps == [3.0]
    assert token.call_count == 2
    sent = dict(httpx.QueryParams(device.calls[0].request.content.decode()))
    assert sent == {"client_id": "cli", "scope": "openid offline_access"}
    polled = dict(httpx.QueryParams(token.calls[0].request.content.decode()))
    assert polled["grant_type"] == "urn:ietf:params:oauth:grant-type:device_code"
    assert polled["device_code"] == "dev-123"


@respx.mock
def test_interval_defaults_to_five_seconds() -> None:
    respx.post(DEVICE_URL).mock(return_value=_device_answer())
    respx.post(TOKEN_URL).mock(
        side_effect=[_error("authorization_pending"), _error("authorization_pending"), TOKENS]
    )
    fake = FakeTime()
    _run(fake)
    assert fake.sleeps == [5.0, 5.0]


@respx.mock
def test_slow_down_adds_five_seconds_each_time() -> None:
    respx.post(DEVICE_URL).mock(return_value=_device_answer(interval=2))
    respx.post(TOKEN_URL).mock(
        side_effect=[
            _error("slow_down"),
            _error("authorization_pending"),
            _error("slow_down"),
            TOKENS,
        ]
    )
    fake = FakeTime()
    _run(fake)
    assert fake.sleeps == [7.0, 7.0, 12.0]


@respx.mock
def test_expired_token_is_its_own_error() -> None:
    respx.post(DEVICE_URL).mock(return_value=_device_answer())
    respx.post(TOKEN_URL).mock(
        side_effect=[_error("authorization_pending"), _error("expired_token")]
    )
    with pytest.raises(DeviceCodeExpiredError) as caught:
        _run(FakeTime())
    assert caught.value.error == "expired_token"


@respx.mock
def test_access_denied_is_its_own_error() -> None:
    respx.post(DEVICE_URL).mock(return_value=_device_answer())
    respx.post(TOKEN_URL).mock(return_value=_error("access_denied"))
    with pytest.raises(AccessDeniedError):
        _run(FakeTime())


@respx.mock
def test_polling_stops_when_expires_in_has_elapsed() -> None:
    respx.post(DEVICE_URL).mock(return_value=_device_answer(expires_in=12, interval=5))
    token = respx.post(TOKEN_URL).mock(return_value=_error("authorization_pending"))
    fake = FakeTime()
    with pytest.raises(DeviceCodeExpiredError):
        _run(fake)
    assert token.call_count == 3  # at 0, 5 and 10 s; the wait then ends at 12 s
    assert sum(fake.sleeps) == pytest.approx(12.0)


@respx.mock
def test_timeout_bounds_the_wait_below_expires_in() -> None:
    respx.post(DEVICE_URL).mock(return_value=_device_answer(expires_in=600, interval=5))
    token = respx.post(TOKEN_URL).mock(return_value=_error("authorization_pending"))
    with pytest.raises(DeviceCodeTimeoutError, match="timeout=10 seconds") as raised:
        _run(FakeTime(), timeout=10)
    assert not isinstance(raised.value, DeviceCodeExpiredError)
    assert isinstance(raised.value, TimeoutError)
    assert token.call_count == 2


@respx.mock
def test_cancel_event_stops_polling() -> None:
    respx.post(DEVICE_URL).mock(return_value=_device_answer())
    token = respx.post(TOKEN_URL).mock(return_value=_error("authorization_pending"))
    cancel = threading.Event()
    fake = FakeTime()

    def sleep_then_cancel(seconds: float) -> None:
        fake.sleep(seconds)
        if len(fake.sleeps) == 2:
            cancel.set()

    with httpx.Client() as http, pytest.raises(DeviceCodeCancelledError):
        run_device_code_flow(
            http,
            CONFIG,
            callback=lambda p: None,
            cancel=cancel,
            sleep=sleep_then_cancel,
            clock=fake.clock,
        )
    assert token.call_count == 2


@respx.mock
def test_default_wait_returns_at_once_when_cancelled_from_another_thread() -> None:
    respx.post(DEVICE_URL).mock(return_value=_device_answer(interval=3600, expires_in=7200))
    respx.post(TOKEN_URL).mock(return_value=_error("authorization_pending"))
    cancel = threading.Event()
    timer = threading.Timer(0.05, cancel.set)
    timer.start()
    with httpx.Client() as http, pytest.raises(DeviceCodeCancelledError):
        run_device_code_flow(http, CONFIG, callback=lambda p: None, cancel=cancel)
    timer.join()


def test_provider_without_device_endpoint_says_what_to_use() -> None:
    config = OIDCConfiguration(issuer=None, client_id="c", scopes=(), token_endpoint=TOKEN_URL)
    with httpx.Client() as http, pytest.raises(OIDCConfigurationError, match="authorization_code"):
        run_device_code_flow(http, config, callback=lambda p: None)


def test_default_callback_prints_the_instruction_to_stderr(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from facade.auth.oidc._device_code import print_device_code_prompt

    print_device_code_prompt(DeviceCodePrompt("WXYZ-1234", "https://idp.test/device", None, 600))
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "https://idp.test/device" in captured.err and "WXYZ-1234" in captured.err


@pytest.mark.parametrize(
    ("advertised", "expected"),
    [(-1, 5.0), (0, 5.0), ("0.0", 5.0), ("nan", 5.0), ("inf", 5.0), (None, 5.0), (0.001, 1.0)],
)
@respx.mock
def test_a_hostile_interval_cannot_make_polling_spin(advertised: object, expected: float) -> None:
    respx.post(DEVICE_URL).mock(return_value=_device_answer(interval=advertised, expires_in=30))
    token = respx.post(TOKEN_URL).mock(return_value=_error("authorization_pending"))
    fake = FakeTime()

    def bounded_sleep(seconds: float) -> None:
        assert len(fake.sleeps) < 100, "the poll loop spins"
        fake.sleep(seconds)

    with pytest.raises(DeviceCodeExpiredError):
        _run(fake, sleep=bounded_sleep)
    assert fake.sleeps[:-1] == [expected] * (len(fake.sleeps) - 1)
    assert token.call_count <= 30 / expected + 1
