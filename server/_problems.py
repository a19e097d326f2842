"""RFC 9457 problem responses: every error of the server is one of these."""

from __future__ import annotations

import json
from http import HTTPStatus
from typing import Any

import orjson
from starlette.responses import Response

PROBLEM_JSON = "application/problem+json"


class Problem(Exception):
    """Raised anywhere in request handling to answer with a problem document."""

    def __init__(
        self,
        status: int,
        detail: str,
        *,
        errors: list[dict[str, str]] | None = None,
        headers: dict[str, str] | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.errors = errors
        self.headers = headers or {}
        self.extra = extra or {}


def problem_body(
    status: int,
    detail: str,
    request_id: str,
    errors: list[dict[str, str]] | None = None,
    extra: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The JSON of a problem (also used inside batch item results)."""
    body: dict[str, Any] = {
        "type": "about:blank",
        "title": HTTPStatus(status).phrase,
        "status": status,
        "detail": detail,
        "requestId": request_id,
    }
    if errors:
        body["errors"] = errors
    if extra:
        body.update(extra)
    return body


def problem_response(problem: Problem, request_id: str) -> Response:
    body = problem_body(problem.status, problem.detail, request_id, problem.errors, problem.extra)
    return Response(
        json.dumps(body, separators=(",", ":")),
        status_code=problem.status,
        media_type=PROBLEM_JSON,
        headers=problem.headers,
    )


def json_response(body: Any, status: int = 200) -> Response:
    """Compact JSON (faster than JSONResponse's defaults for big pages)."""
    return Response(
        json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode("utf-8"),
        status_code=status,
        media_type="application/json",
    )


def plain_json_response(body: Any, status: int = 200) -> Response:
    """``json_response`` for answers without floats, encoded by orjson (ten times faster).

    For strings, integers, booleans, None, lists and dicts with string keys the bytes are
    those of ``json_response`` (compact, UTF-8, keys in order); floats would be spelled
    differently, so answers that may hold them use ``json_response``. What orjson cannot
    encode (an integer past 64 bits, a key that is not a string) goes to ``json_response``.
    """
    try:
        content = orjson.dumps(body)
    except orjson.JSONEncodeError:
        return json_response(body, status)
    return Response(content, status_code=status, media_type="application/json")
