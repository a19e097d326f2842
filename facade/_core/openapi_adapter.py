"""httpx ↔ openapi-core: the request/response protocols, and errors described without values.

openapi-core has no httpx integration; these small adapters implement its ``Request`` and
``Response`` protocols. Error descriptions name the JSON path and the broken rule but never
quote the offending value (it may be a session id, a token or an API key).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import httpx

__all__ = ["OperationMatch", "describe_errors", "openapi_request", "openapi_response"]


@dataclass(frozen=True, slots=True)
class OperationMatch:
    """Which spec operation a request is for; ``root`` is the service layer URL's path."""

    operation_id: str
    method: str
    template: str
    root: str
    documented: bool


def _content_type(headers: httpx.Headers) -> str:
    return str(headers.get("content-type", "")).lower()


class _OpenAPIRequest:
    """An httpx.Request seen through openapi-core's Request protocol."""

    def __init__(
        self, request: httpx.Request, match: OperationMatch, *, max_items: int | None = None
    ) -> None:
        from openapi_core.datatypes import RequestParameters
        from werkzeug.datastructures import Headers, ImmutableMultiDict

        url = request.url
        self.host_url = f"{url.scheme}://{url.netloc.decode('ascii')}"
        self.path = url.path[len(match.root) :] or "/"
        self.method = request.method.lower()
        self.content_type = _content_type(request.headers)
        self.body: bytes | None = _sampled(request.content, self.content_type, max_items=max_items)
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(list(url.params.multi_items())),
            header=Headers(list(request.headers.multi_items())),
            cookie=ImmutableMultiDict(),
        )


class _OpenAPIResponse:
    """An httpx.Response (already read) seen through openapi-core's Response protocol."""

    def __init__(self, response: httpx.Response, max_items: int | None = None) -> None:
        from werkzeug.datastructures import Headers

        self.status_code = response.status_code
        self.content_type = _content_type(response.headers)
        self.headers = Headers(list(response.headers.multi_items()))
        self.data: bytes | None = _sampled(response.content, self.content_type, max_items=max_items)


def _trimmed(node: Any, max_items: int) -> Any:
    if isinstance(node, list):
        return [_trimmed(item, max_items) for item in node[:max_items]]
    if isinstance(node, dict):
        return {key: _trimmed(value, max_items) for key, value in node.items()}
    return node


def _sampled(content: bytes, content_type: str, *, max_items: int | None) -> bytes | None:
    """The body to validate: JSON arrays cut to their first ``max_items`` items (speed)."""
    if not content:
        return None
    if max_items is None or "json" not in content_type or len(content) < 4096:
        return content
    try:
        parsed = json.loads(content)
    except ValueError:
        return content  # let the validator report it
    return json.dumps(_trimmed(parsed, max_items)).encode("utf-8")


def openapi_request(
    request: httpx.Request, match: OperationMatch, *, max_items: int | None = None
) -> Any:
    return _OpenAPIRequest(request, match, max_items=max_items)


def openapi_response(response: httpx.Response, max_items: int | None = None) -> Any:
    return _OpenAPIResponse(response, max_items)


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list | tuple):
        return "array"
    return "object"


def _rule(error: Any) -> tuple[str, str]:
    """(path suffix, message) for one jsonschema ValidationError, without the value."""
    keyword, expected, instance = error.validator, error.validator_value, error.instance
    if keyword == "required" and isinstance(instance, dict):
        missing = [name for name in expected if name not in instance]
        return (f".{missing[0]}" if missing else ""), "required property is missing"
    if keyword == "type":
        return "", f"expected type {expected}, got {_json_type(instance)}"
    if keyword == "enum":
        return "", f"not one of {list(expected)}"
    if keyword == "const":
        return "", f"expected the constant {expected!r}"
    if keyword == "pattern":
        return "", f"does not match the pattern {expected}"
    if keyword in {"oneOf", "anyOf"}:
        return "", f"matches none of the {keyword} variants"
    if keyword == "additionalProperties":
        return "", "has properties the schema does not allow"
    return "", f"violates {keyword}={expected!r}"


def _leaves(errors: Iterable[Any]) -> Iterable[Any]:
    """Replace a failed oneOf/anyOf by the errors of the variant it most likely meant.

    The variant whose errors are not about the ``type`` constant (the discriminator) is the
    one the sender intended; fall back to the oneOf error itself.
    """
    for error in errors:
        if error.validator in {"oneOf", "anyOf"} and error.context:
            meant = [
                sub
                for sub in error.context
                if not (sub.validator == "const" and list(sub.relative_path) == ["type"])
                and not (sub.validator == "type" and not sub.relative_path)
            ]
            variants = {sub.relative_schema_path[0] for sub in error.context} - {
                sub.relative_schema_path[0]
                for sub in error.context
                if sub.validator == "const" or (sub.validator == "type" and not sub.relative_path)
            }
            chosen = [sub for sub in meant if sub.relative_schema_path[0] in variants]
            if chosen:
                yield from _leaves(chosen)
                continue
        yield error


def _schema_errors(exc: BaseException) -> list[Any]:
    from openapi_core.validation.schemas.exceptions import InvalidSchemaValue

    cause = exc.__cause__
    return list(cause.schema_errors) if isinstance(cause, InvalidSchemaValue) else []


def _base_location(exc: BaseException) -> str:
    from openapi_core.validation.request.exceptions import ParameterValidationError
    from openapi_core.validation.response.exceptions import (
        InvalidHeader,
        MissingRequiredHeader,
    )

    if isinstance(exc, ParameterValidationError):
        return f"{exc.location}.{exc.name}"
    if isinstance(exc, InvalidHeader | MissingRequiredHeader):
        return f"header.{exc.name}"
    return "$"


def _plain_message(exc: BaseException) -> tuple[str, str]:
    """Location and message for an error that is not a schema mismatch."""
    from openapi_core.exceptions import OpenAPIError
    from openapi_core.templating.media_types.exceptions import MediaTypeNotFound
    from openapi_core.templating.responses.exceptions import ResponseNotFound

    cause = exc.__cause__ or exc
    if isinstance(exc, ResponseNotFound):
        return "status", f"undocumented status {exc.http_status}"
    if isinstance(cause, MediaTypeNotFound):
        return "content-type", f"{cause.mimetype!r} not in {list(cause.availableMimetypes)}"
    named = cause if isinstance(cause, OpenAPIError) else exc
    words = "".join(f" {c.lower()}" if c.isupper() else c for c in type(named).__name__)
    return _base_location(exc), words.strip()


def describe_errors(errors: Iterable[BaseException]) -> list[tuple[str, str]]:
    """Flatten openapi-core errors into ``(json_path, message)`` pairs."""
    described: list[tuple[str, str]] = []
    for exc in errors:
        schema_errors = _schema_errors(exc)
        if not schema_errors:
            described.append(_plain_message(exc))
            continue
        base = _base_location(exc)
        for error in _leaves(schema_errors):
            suffix, message = _rule(error)
            path = str(error.json_path)
            location = base + path[1:] if base != "$" else path
            described.append((location + suffix, message))
    return described
