"""API version negotiation at connect: same major works, newer minor warns, other major fails."""

from __future__ import annotations

import warnings

import httpx
import pytest

import facade._connection as connect_module
from facade import ApiVersionMismatchError, ApiVersionWarning, SessionConfiguration
from facade._connection import CredentialsIdentity, open_connection
from facade._core.api_version import negotiate_api_version
from facade.auth._apikey import ApiKeyAuth


def test_same_version_is_accepted_silently() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert negotiate_api_version("1.0.0", "1.0.0") == "1.0.0"
        assert negotiate_api_version("1.0.7", "1.0.0") == "1.0.7"


def test_older_minor_is_accepted_silently() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert negotiate_api_version("1.0", "1.2.0") == "1.0"


def test_newer_minor_warns_naming_both_versions() -> None:
    with pytest.warns(ApiVersionWarning, match=r"1\.1\.0.*1\.0\.0"):
        assert negotiate_api_version("1.1.0", "1.0.0") == "1.1.0"


@pytest.mark.parametrize("server", ["2.0.0", "0.9.1", "v3.1", "banana", ""])
def test_other_major_or_garbage_raises_naming_both_versions(server: str) -> None:
    with pytest.raises(ApiVersionMismatchError) as caught:
        negotiate_api_version(server, "1.0.0")
    assert caught.value.server_version == server
    assert caught.value.client_version == "1.0.0"
    assert repr(server) in str(caught.value) and "1.0.0" in str(caught.value)


def test_connect_stops_before_signing_in_when_the_major_differs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[str] = []

    def server(request: httpx.Request) -> httpx.Response:
        seen.append(f"{request.method} {request.url.path}")
        assert request.url.path == "/sl/api/v1/status"
        return httpx.Response(
            200,
            json={
                "apiVersion": "2.0.0",
                "serverVersion": "2.0.0",
                "viewerBaseUrl": "http://sl.test/viewer",
                "limits": {"maxBatchSize": 10, "maxPageSize": 10},
            },
        )

    original = connect_module.build_httpx_client

    def with_mock(*args: object, **kwargs: object) -> httpx.Client:
        kwargs["network"] = httpx.MockTransport(server)
        return original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(connect_module, "build_httpx_client", with_mock)
    with pytest.raises(ApiVersionMismatchError, match=r"2\.0\.0"):
        open_connection(
            "http://sl.test/sl/",
            SessionConfiguration(),
            auth=ApiKeyAuth("demo-reader-api-key"),
            identity=CredentialsIdentity("apiKey"),
        )
    assert seen == ["GET /sl/api/v1/status"]
