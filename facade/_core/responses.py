"""Answers of the generated client: the parsed body, or the typed error for its status.

Batch answers carry one outcome per item; ``item_outcomes`` turns each failed item into the
same typed error a single request would raise. Batch POSTs carry a fresh Idempotency-Key each.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from typing import Any, TypeVar

import httpx

from .errors import error_from_response

__all__ = ["checked", "idempotency_key", "item_error", "item_outcomes"]

R = TypeVar("R")


def idempotency_key() -> str:
    """A fresh key for one logical batch request."""
    return str(uuid.uuid4())


def checked(response: Any, operation: str, expected: type[R]) -> R:
    """The parsed body of a 2xx ``response`` of the generated client, else the typed error."""
    status = int(response.status_code)
    if 200 <= status < 300 and isinstance(response.parsed, expected):
        return response.parsed
    raw = httpx.Response(status, headers=dict(response.headers), content=response.content)
    raise error_from_response(raw, operation)


def item_error(problem: Any, status: str, operation: str) -> Exception:
    """The typed error for one failed item of a batch answer (``problem``: a Problem model)."""
    body: dict[str, Any] = (
        problem.to_dict() if problem is not None else {"title": status, "status": 422}
    )
    code = int(body.get("status") or 422)
    if status == "notFound" and problem is None:
        body, code = {"title": "Not Found", "status": 404, "detail": "no such record"}, 404
    raw = httpx.Response(
        code, headers={"Content-Type": "application/problem+json"}, content=json.dumps(body)
    )
    return error_from_response(raw, operation)


def item_outcomes(
    results: Sequence[Any], operation: str, done: tuple[str, ...] = ("ok",)
) -> list[Any]:
    """Each item result of a batch answer, or its typed error where its status is not in ``done``."""
    return [
        r
        if str(r.status) in done
        else item_error(getattr(r, "error", None), str(r.status), operation)
        for r in results
    ]
