"""The device code flow ends with DeviceCodeExpiredError when nobody signs in in time."""

from __future__ import annotations

import pytest

from facade import DeviceCodeExpiredError, DeviceCodePrompt, SessionBuilder


def test_unused_device_code_expires_with_a_distinct_error(server_factory) -> None:  # type: ignore[no-untyped-def]
    server = server_factory("--demo", "--data", ":memory:", "--device-code-ttl", "2")
    prompts: list[DeviceCodePrompt] = []
    with pytest.raises(DeviceCodeExpiredError) as caught:
        SessionBuilder(server.url).with_oidc().with_device_code_flow(callback=prompts.append)
    assert len(prompts) == 1 and prompts[0].user_code
    assert "expired" in str(caught.value) and "start again" in str(caught.value)
