"""Full validation of every answer against the contract with openapi-core (tests only).

Switched on by ``SERVICELAYER_VALIDATE_RESPONSES=1`` or ``--validate-responses``; too slow
for production (3-7 ms per request). An answer that breaks the contract becomes a 500
problem naming the violation, so the test that caused it fails loudly.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openapi_core import Config, OpenAPI
from openapi_core.datatypes import RequestParameters
from starlette.requests import Request
from starlette.responses import Response
from werkzeug.datastructures import Headers, ImmutableMultiDict

from ._problems import Problem
from ._spec import Operation, load_spec

log = logging.getLogger("server.contract")


@dataclass(slots=True)
class _CoreRequest:
    host_url: str
    path: str
    method: str
    parameters: RequestParameters
    content_type: str
    body: bytes | None


@dataclass(slots=True)
class _CoreResponse:
    status_code: int
    headers: Headers
    content_type: str
    data: bytes | None


def _json_deserializer(data: bytes | str, **_: Any) -> Any:
    return json.loads(data)


class ResponseValidator:
    """Checks answers (status, headers, body) against the operation's responses in the spec."""

    def __init__(self, path: Path) -> None:
        config = Config(
            extra_media_type_deserializers={"application/problem+json": _json_deserializer}
        )
        self.openapi = OpenAPI.from_file_path(str(path), config=config)
        # openapi-core finds operations below a declared server URL: pose as the first one.
        servers = load_spec().get("servers") or [{"url": "http://127.0.0.1:8765"}]
        self.host_url = str(servers[0]["url"]).rstrip("/")

    def _statuses(self, operation: Operation) -> set[str]:
        spec = load_spec()
        responses = spec["paths"][operation.path][operation.method.lower()]["responses"]
        return {str(status) for status in responses}

    def check(self, request: Request, operation: Operation, response: Response, body: Any) -> None:
        core_request = _CoreRequest(
            host_url=self.host_url,
            path=request.url.path,
            method=request.method.lower(),
            parameters=RequestParameters(
                query=ImmutableMultiDict(list(request.query_params.multi_items())),
                header=Headers(list(request.headers.items())),
                path=dict(request.path_params),
            ),
            content_type=request.headers.get("content-type", ""),
            body=None,
        )
        content_type = response.headers.get("content-type", "")
        if response.body and "json" not in content_type:
            # openapi-core cannot read octet-stream bodies: check the status is documented.
            documented = self._statuses(operation)
            if str(response.status_code) not in documented:
                detail = f"status {response.status_code} is not documented"
                raise Problem(500, f"Response violates the contract: {detail}")
            return
        core_response = _CoreResponse(
            status_code=response.status_code,
            headers=Headers(list(response.headers.items())),
            content_type=content_type.split(";")[0].strip().lower(),
            data=bytes(response.body) if response.body else None,
        )
        try:
            self.openapi.validate_response(core_request, core_response)
        except Exception as error:
            detail = _describe(error)
            log.error("%s answered outside the contract: %s", operation.operation_id, detail)
            raise Problem(500, f"Response violates the contract: {detail}") from error


def _describe(error: Exception) -> str:
    parts = [f"{type(error).__name__}: {error}"]
    cause = error.__cause__
    while cause is not None and len(parts) < 4:
        nested = getattr(cause, "schema_errors", None)
        if nested:
            parts += [str(e.message)[:300] for e in nested[:3]]
        else:
            parts.append(str(cause)[:300])
        cause = cause.__cause__
    return " | ".join(parts)
