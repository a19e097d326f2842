"""HTTP answers map to one typed error per kind, with problem details and request id."""

from __future__ import annotations

import httpx
import pytest

from facade import (
    APIError,
    AuthenticationError,
    ConflictError,
    InvalidRequestError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitedError,
    ServerError,
)
from facade._core.errors import error_from_response


def _problem_response(status: int, **extra: object) -> httpx.Response:
    body = {
        "type": "about:blank",
        "title": "T",
        "status": status,
        "detail": "D",
        "requestId": "rid-1",
    }
    body.update(extra)
    return httpx.Response(status, json=body, headers={"Content-Type": "application/problem+json"})


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, InvalidRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (413, InvalidRequestError),
        (422, InvalidRequestError),
        (429, RateLimitedError),
        (500, ServerError),
        (503, ServerError),
        (418, APIError),
    ],
)
def test_status_maps_to_its_error_class(status: int, cls: type[APIError]) -> None:
    error = error_from_response(_problem_response(status), "get_record")
    assert type(error) is cls
    assert error.status == status
    assert error.request_id == "rid-1"
    assert error.operation == "get_record"
    assert "get_record" in str(error) and "rid-1" in str(error)


def test_field_errors_are_named_in_the_message() -> None:
    response = _problem_response(
        422, errors=[{"pointer": "/references/3/databaseKey", "message": "required"}]
    )
    error = error_from_response(response, "resolve_records")
    assert "/references/3/databaseKey" in str(error)
    assert error.field_errors == [{"pointer": "/references/3/databaseKey", "message": "required"}]


def test_retry_after_is_read_from_headers() -> None:
    response = httpx.Response(429, headers={"Retry-After": "7"}, text="slow down")
    error = error_from_response(response)
    assert isinstance(error, RateLimitedError)
    assert error.retry_after == 7.0


def test_non_json_bodies_still_give_a_typed_error_with_the_header_request_id() -> None:
    response = httpx.Response(
        502, text="<html>bad gateway</html>", headers={"X-Request-Id": "rid-2"}
    )
    error = error_from_response(response, "list_databases")
    assert isinstance(error, ServerError)
    assert error.request_id == "rid-2"
    assert "<html>" not in str(error)


def test_builtin_bases_let_callers_catch_broadly() -> None:
    assert issubclass(PermissionDeniedError, PermissionError)
    assert issubclass(InvalidRequestError, ValueError)


def test_a_field_error_the_detail_already_says_is_not_repeated() -> None:
    response = _problem_response(
        422,
        detail="Field /items/0/name is required.",
        errors=[
            {"pointer": "/items/0/name", "message": "is required"},
            {"pointer": "/items/1/name", "message": "is required"},
            {"pointer": "/items/1/name", "message": "is required"},
        ],
    )
    message = str(error_from_response(response, "import_records"))
    assert message.count("/items/0/name") == 1
    assert message.count("/items/1/name") == 1


def test_errors_name_the_public_method_running() -> None:
    from facade._core.calls import names_errors

    @names_errors("update")
    def update() -> APIError:
        return error_from_response(_problem_response(422), "import_records")

    error = update()
    assert str(error).startswith("update: 422") and error.operation == "update"
    assert "import_records" not in str(error)
