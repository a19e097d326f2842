"""The identity provider's unauthenticated form endpoints take small URL-encoded forms only."""

from __future__ import annotations

import json
from collections.abc import Iterator
from urllib.parse import urlencode

import pytest
from starlette.applications import Starlette

from server._app import build_app
from server._config import ServerConfig
from server._db import open_database
from server.idp._forms import MAX_FIELD_CHARS, MAX_FORM_BYTES, MAX_FORM_FIELDS

from .._asgi import call

FORM = (b"content-type", b"application/x-www-form-urlencoded")
ENDPOINTS = ["/oidc/token", "/oidc/device_authorization", "/oidc/revoke", "/oidc/device"]


@pytest.fixture(scope="module")
def app() -> Iterator[Starlette]:
    db = open_database(":memory:")
    yield build_app(ServerConfig(), db, validate_responses=False)
    db.close()


@pytest.mark.parametrize("path", [*ENDPOINTS, "/oidc/authorize"])
def test_multipart_forms_and_files_are_refused_unread(app: Starlette, path: str) -> None:
    boundary = "xyz"
    body = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="client_id"\r\n\r\n'
        f"servicelayer-sdk\r\n--{boundary}\r\nContent-Disposition: form-data; "
        f'name="upload"; filename="a.bin"\r\nContent-Type: application/octet-stream\r\n\r\n'
        + "x" * 100_000
        + f"\r\n--{boundary}--\r\n"
    ).encode()
    content_type = f"multipart/form-data; boundary={boundary}".encode()
    answer = call(app, "POST", path, headers=[(b"content-type", content_type)], chunks=[body])
    assert answer.status == 415
    assert json.loads(answer.body)["error"] == "invalid_request"
    assert answer.bytes_pulled == 0


@pytest.mark.parametrize("path", ENDPOINTS)
def test_an_oversized_form_is_refused_after_at_most_the_cap(app: Starlette, path: str) -> None:
    chunk = b"a=" + b"b" * 16_382
    answer = call(app, "POST", path, headers=[FORM], chunks=[chunk] * 1000)
    assert answer.status == 413
    assert answer.bytes_pulled <= MAX_FORM_BYTES + len(chunk)


@pytest.mark.parametrize("path", ENDPOINTS)
def test_too_many_fields_are_refused(app: Starlette, path: str) -> None:
    fields = {f"f{i}": "v" for i in range(MAX_FORM_FIELDS + 1)}
    fields["client_id"] = "servicelayer-sdk"
    answer = call(app, "POST", path, headers=[FORM], chunks=[urlencode(fields).encode()])
    assert answer.status == 400
    assert f"more than {MAX_FORM_FIELDS} fields" in json.loads(answer.body)["error_description"]


def test_an_overlong_field_is_refused(app: Starlette) -> None:
    fields = {"client_id": "servicelayer-sdk", "grant_type": "x" * (MAX_FIELD_CHARS + 1)}
    answer = call(app, "POST", "/oidc/token", headers=[FORM], chunks=[urlencode(fields).encode()])
    assert answer.status == 400
    assert str(MAX_FIELD_CHARS) in json.loads(answer.body)["error_description"]


def test_a_small_form_still_reaches_the_endpoint(app: Starlette) -> None:
    fields = {"client_id": "servicelayer-sdk", "grant_type": "password"}
    answer = call(app, "POST", "/oidc/token", headers=[FORM], chunks=[urlencode(fields).encode()])
    assert answer.status == 400
    assert json.loads(answer.body)["error"] == "unsupported_grant_type"
