"""Turn a raw request into typed parameters and a validated body, per the compiled spec.

Parameter errors answer 400, body-schema errors 422; both name each offending field with a
pointer (``#/query/pageSize``, ``/references/0/databaseKey``).
"""

from __future__ import annotations

import json
from typing import Any

from jsonschema.exceptions import ValidationError
from starlette.requests import Request

from ._bodies import BodyTooLarge, read_capped_body
from ._problems import Problem
from ._spec import Operation, Parameter, json_pointer

MAX_JSON_DEPTH = 64
"""Arrays and objects nested deeper than this are refused with a 400 before validation."""


def _convert(param: Parameter, raw: str) -> Any:
    if param.kind == "integer":
        try:
            return int(raw.strip())
        except ValueError:
            raise ValueError("must be an integer") from None
    if param.kind == "number":
        try:
            return float(raw)
        except ValueError:
            raise ValueError("must be a number") from None
    if param.kind == "boolean":
        if raw.lower() in ("true", "1"):
            return True
        if raw.lower() in ("false", "0"):
            return False
        raise ValueError("must be true or false")
    return raw


def parse_parameters(
    operation: Operation, request: Request
) -> tuple[dict[str, Any], dict[str, Any], dict[str, str]]:
    """Path, query and header parameters converted to their schema types, or a 400."""
    found: dict[str, dict[str, Any]] = {"path": {}, "query": {}, "header": {}}
    errors: list[dict[str, str]] = []
    sources = {
        "path": request.path_params,
        "query": request.query_params,
        "header": request.headers,
    }
    for param in operation.parameters:
        source = sources.get(param.location)
        if source is None:
            continue
        raw = source.get(param.name)
        pointer = f"#/{param.location}/{param.name}"
        if raw is None:
            if param.required:
                errors.append({"pointer": pointer, "message": "is required"})
            elif param.default is not None:
                found[param.location][param.name] = param.default
            continue
        try:
            value = _convert(param, str(raw))
        except ValueError as error:
            errors.append({"pointer": pointer, "message": str(error)})
            continue
        problem = next(iter(param.validator.iter_errors(value)), None)
        if problem is not None:
            errors.append({"pointer": pointer, "message": problem.message})
            continue
        found[param.location][param.name] = value
    if errors:
        detail = "; ".join(f"{e['pointer'].rsplit('/', 1)[-1]} {e['message']}" for e in errors)
        raise Problem(400, f"Invalid parameter: {detail}", errors=errors)
    return found["path"], found["query"], found["header"]


def _error_entry(error: ValidationError) -> dict[str, str]:
    pointer = json_pointer(error.absolute_path)
    if error.validator == "required" and isinstance(error.instance, dict):
        missing = next((name for name in error.validator_value if name not in error.instance), "")
        return {"pointer": f"{pointer}/{missing}", "message": "is required"}
    if error.validator in ("oneOf", "anyOf") and error.context:
        best = min(error.context, key=lambda e: len(e.absolute_path) * -1)
        return {
            "pointer": json_pointer(best.absolute_path) or pointer or "/",
            "message": best.message,
        }
    return {"pointer": pointer or "/", "message": error.message[:500]}


def _nesting_depth(document: Any) -> int:
    """How deep arrays and objects nest in ``document`` (0 for a scalar), without recursion.

    Only arrays and objects go on the stack: a batch of a thousand references is a thousand
    small objects, whose scalars are skipped where they are found.
    """
    if not isinstance(document, (dict, list)):
        return 0
    deepest = 0
    pending: list[tuple[dict[str, Any] | list[Any], int]] = [(document, 1)]
    while pending:
        node, depth = pending.pop()
        if depth > deepest:
            deepest = depth
            if deepest > MAX_JSON_DEPTH:
                return deepest
        for child in node.values() if isinstance(node, dict) else node:
            if isinstance(child, (dict, list)):
                pending.append((child, depth + 1))
    return deepest


def _too_deep() -> Problem:
    return Problem(
        400,
        f"The JSON body nests arrays and objects deeper than {MAX_JSON_DEPTH} levels.",
        errors=[{"pointer": "/", "message": f"nests deeper than {MAX_JSON_DEPTH} levels"}],
    )


async def parse_body(
    operation: Operation, request: Request, *, json_limit: int, binary_limit: int
) -> Any:
    """The parsed, validated body (bytes for octet-stream bodies), or a 400/413/422.

    Args:
        operation: The compiled operation of the request.
        request: The request; its body is read as a stream, never past the limit.
        json_limit: The largest JSON body accepted, in bytes.
        binary_limit: The largest octet-stream body accepted, in bytes.

    Returns:
        The validated JSON document, the raw bytes of a binary body, or None.

    Raises:
        Problem: 413 over the limit, 400 for a missing, malformed or too deeply nested
            body, 422 for a body that breaks the schema.
    """
    if operation.body_media is None:
        return None
    limit = binary_limit if operation.body_media != "application/json" else json_limit
    try:
        raw = await read_capped_body(request, limit)
    except BodyTooLarge as error:
        raise Problem(413, str(error)) from None
    if operation.body_media != "application/json":
        # any bytes, none included (a zero-byte file is a file); without a Content-Type and
        # without a byte there is no body at all
        if operation.body_required and not raw and "content-type" not in request.headers:
            raise Problem(
                400,
                "A request body is required.",
                errors=[{"pointer": "/", "message": "is required"}],
            )
        return raw
    if not raw:
        if operation.body_required:
            raise Problem(
                400,
                "A JSON request body is required.",
                errors=[{"pointer": "/", "message": "is required"}],
            )
        return None
    content_type = request.headers.get("content-type", "application/json").split(";")[0].strip()
    if content_type and not content_type.endswith("json"):
        raise Problem(
            400,
            f"Content type {content_type!r} is not supported; send application/json.",
            errors=[{"pointer": "#/header/Content-Type", "message": "must be application/json"}],
        )
    try:
        body = json.loads(raw)
    except RecursionError:
        raise _too_deep() from None
    except (ValueError, UnicodeDecodeError) as error:
        raise Problem(
            400,
            f"The body is not valid JSON: {error}",
            errors=[{"pointer": "/", "message": "invalid JSON"}],
        ) from None
    if _nesting_depth(body) > MAX_JSON_DEPTH:
        raise _too_deep()
    if operation.body_accepts is not None and operation.body_accepts(body):
        return body
    assert operation.body_validator is not None
    errors = sorted(
        operation.body_validator.iter_errors(body), key=lambda e: list(e.absolute_path).__len__()
    )
    if errors:
        entries = [_error_entry(error) for error in errors[:20]]
        first = entries[0]
        raise Problem(422, f"Field {first['pointer']} {first['message']}.", errors=entries)
    return body
