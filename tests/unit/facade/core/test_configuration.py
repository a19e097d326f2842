"""SessionConfiguration keeps seed 000's names and defaults and rejects bad input clearly."""

from __future__ import annotations

import inspect

import pytest

from facade import SessionConfiguration


def test_defaults_match_the_toolkit() -> None:
    signature = inspect.signature(SessionConfiguration)
    assert signature.parameters["timeout"].default == 300000
    assert signature.parameters["max_retries"].default == 0
    config = SessionConfiguration()
    assert config.timeout_seconds == 300.0
    assert config.verify is True


def test_timeout_is_in_milliseconds() -> None:
    assert SessionConfiguration(timeout=1500).timeout_seconds == 1.5


@pytest.mark.parametrize(
    ("kwargs", "error", "words"),
    [
        ({"timeout": "10"}, TypeError, "timeout"),
        ({"timeout": 0}, ValueError, "timeout"),
        ({"timeout": True}, TypeError, "timeout"),
        ({"max_retries": -1}, ValueError, "max_retries"),
        ({"max_retries": 1.5}, TypeError, "max_retries"),
        ({"verfy": False}, TypeError, "verfy"),
        ({"headers": ["X-A"]}, TypeError, "headers"),
    ],
)
def test_bad_settings_name_the_parameter(
    kwargs: dict[str, object], error: type, words: str
) -> None:
    with pytest.raises(error, match=words):
        SessionConfiguration(**kwargs)  # type: ignore[arg-type]


def test_repr_hides_header_values() -> None:
    config = SessionConfiguration(
        headers={"X-Custom-Token": "s3cr3t-value"}, proxy="http://u:pw@proxy:3128"
    )
    text = repr(config)
    assert "s3cr3t-value" not in text
    assert "pw@" not in text
    assert "X-Custom-Token" in text


def test_limits_and_switches_have_safe_defaults() -> None:
    configuration = SessionConfiguration()
    assert configuration.max_response_bytes == 256 * 1024 * 1024
    assert configuration.max_pages == 10_000
    assert configuration.allow_plain_http_credentials is False
    assert configuration.trust_env is True


@pytest.mark.parametrize(
    ("option", "value", "error"),
    [
        ("max_response_bytes", 0, ValueError),
        ("max_response_bytes", "1MB", TypeError),
        ("max_pages", -1, ValueError),
        ("max_pages", True, TypeError),
        ("allow_plain_http_credentials", "yes", TypeError),
        ("trust_env", 1, TypeError),
    ],
)
def test_limits_and_switches_are_checked(option: str, value: object, error: type) -> None:
    with pytest.raises(error, match=option):
        SessionConfiguration(**{option: value})  # type: ignore[arg-type]
