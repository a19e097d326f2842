"""The ASGI app: one route per operation of the contract, bound by operationId at start-up.

Per request: request id, knobs (latency, faults, rate limit), authentication, parameter and
body validation, batch limit, write permission, idempotent replay, the handler, and (in
tests) validation of the answer against the contract.
"""

from __future__ import annotations

import importlib
import logging
import os
import sqlite3
import uuid
from collections import defaultdict
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route
from starlette.types import Receive, Scope, Send

from ._accounts import seed_accounts
from ._config import ServerConfig
from ._idempotency import IdempotencyStore
from ._knobs import Fault, Knobs
from ._problems import Problem, problem_response
from ._request_parsing import parse_body, parse_parameters
from ._security_headers import SecurityHeadersMiddleware
from ._spec import Operation, compile_operations, load_spec, spec_path
from ._viewer import viewer_routes
from .auth import Authenticator, AuthOutcome
from .handlers import all_handlers
from .handlers._call import Call, Handler
from .store import create_schema

__all__ = ["VALIDATE_RESPONSES_ENV", "ServiceLayerApp", "build_app"]

log = logging.getLogger("server")

VALIDATE_RESPONSES_ENV = "SERVICELAYER_VALIDATE_RESPONSES"
WRITE_OPERATIONS = frozenset(
    {
        "import_records",
        "update_links",
        "delete_or_withdraw_records",
        "upload_binary_data",
        "copy_records",
    }
)
BATCH_KEYS = ("items", "records", "references")


def _authenticator(config: ServerConfig, db: sqlite3.Connection) -> Authenticator:
    """The Authenticator of the enabled schemes, with the demo accounts seeded."""
    seed_accounts(db)
    return Authenticator(config, db)


def _versioned_contract(
    config: ServerConfig, handlers: dict[str, Handler]
) -> tuple[dict[str, Any], dict[str, Handler]]:
    """The spec and handlers of the configured ``--api-version`` (see server._api_versions)."""
    try:
        versions = importlib.import_module("server._api_versions")
    except ImportError:  # pragma: no cover - only 1.0 without that module
        return load_spec(), handlers
    spec, upgraded = versions.versioned_contract(config, handlers)
    return spec, dict(upgraded)


def _contract_path(config: ServerConfig) -> Path:
    try:
        versions = importlib.import_module("server._api_versions")
    except ImportError:  # pragma: no cover
        return spec_path()
    return Path(versions.api_spec_path(config))


class ServiceLayerApp:
    """Shared state of the running server: config, data, authentication, knobs, handlers."""

    def __init__(
        self, config: ServerConfig, db: sqlite3.Connection, *, validate_responses: bool = False
    ) -> None:
        self.config = config
        self.db = db
        create_schema(db)
        self.auth = _authenticator(config, db)
        self.knobs = Knobs(config)
        self.idempotency = IdempotencyStore(db)
        spec, self.handlers = _versioned_contract(config, all_handlers())
        self.operations = compile_operations(spec)
        self.response_validator: Any = None
        if validate_responses:
            from ._response_validation import ResponseValidator

            self.response_validator = ResponseValidator(_contract_path(config))
        missing = [
            op.operation_id for op in self.operations if op.operation_id not in self.handlers
        ]
        if missing:
            raise RuntimeError(f"No handler for operations: {', '.join(missing)}")

    def routes(self) -> list[BaseRoute]:
        by_path: dict[str, dict[str, Operation]] = defaultdict(dict)
        for op in self.operations:
            by_path[op.path][op.method] = op
        routes: list[BaseRoute] = [
            Route(path, endpoint=PathEndpoint(self, ops), methods=list(ops))
            for path, ops in by_path.items()
        ]
        routes += viewer_routes(db=self.db, root_url=self.config.root_url, authenticator=self.auth)
        routes += list(self.auth.routes())
        return routes


def new_request_id() -> str:
    return uuid.uuid4().hex[:16]


class PathEndpoint:
    """The ASGI endpoint of one spec path: dispatches by method to its operation."""

    def __init__(self, app: ServiceLayerApp, operations: dict[str, Operation]) -> None:
        self.app = app
        self.operations = operations
        if "GET" in operations:
            operations.setdefault("HEAD", operations["GET"])

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        request = Request(scope, receive)
        operation = self.operations[request.method]
        request_id = new_request_id()
        fault = Fault.NONE
        try:
            response, fault = await self._respond(operation, request, request_id)
        except Problem as problem:
            response = problem_response(problem, request_id)
        except Exception:
            log.exception("%s failed (request %s)", operation.operation_id, request_id)
            response = problem_response(Problem(500, "Internal server error."), request_id)
        response.headers["X-Request-Id"] = request_id
        if fault is Fault.DROP:
            await _drop_connection(send)
            return
        await response(scope, receive, send)

    async def _respond(
        self, operation: Operation, request: Request, request_id: str
    ) -> tuple[Response, Fault]:
        app = self.app
        await app.knobs.delay()
        fault = app.knobs.draw_fault()
        if fault is Fault.ERROR_500:
            raise Problem(500, "Injected failure (--fail-rate).")
        if fault is Fault.ERROR_503:
            raise Problem(503, "Try again shortly.", headers={"Retry-After": "1"})
        principal = None
        auth_headers: dict[str, str] = {}
        if not operation.public:
            outcome = await app.auth.authenticate(request)
            auth_headers = dict(outcome.headers)
            if outcome.retry_after is not None:
                raise Problem(
                    429,
                    outcome.detail or "Too many failed authentications.",
                    headers={"Retry-After": str(outcome.retry_after)},
                )
            if outcome.principal is None:
                raise _unauthorized(outcome)
            principal = outcome.principal
        who = principal.username if principal else f"anonymous@{_client_host(request)}"
        wait = app.knobs.retry_after(who)
        if wait is not None:
            raise Problem(
                429,
                f"Rate limit of {app.config.rate_limit:g} requests per second reached.",
                headers={"Retry-After": str(wait)},
            )
        if operation.operation_id in WRITE_OPERATIONS and not (principal and principal.can_write):
            name = principal.username if principal else "anonymous"
            raise Problem(403, f'The account "{name}" may not write.')
        path, query, headers = parse_parameters(operation, request)
        body = await parse_body(
            operation,
            request,
            json_limit=app.config.max_json_body,
            binary_limit=app.config.max_upload_body,
        )
        if operation.max_batch and isinstance(body, dict):
            _check_batch_size(body, app.config.max_batch)
        key = headers.get("Idempotency-Key")
        if key is not None and principal is not None and operation.max_batch:
            replay = app.idempotency.find(principal.username, operation.operation_id, key)
            if replay is not None:
                status, content = replay
                response = Response(content, status_code=status, media_type="application/json")
                response.headers["Idempotent-Replayed"] = "true"
                return response, fault
        call = Call(
            operation_id=operation.operation_id,
            request=request,
            principal=principal,
            path=path,
            query=query,
            headers=headers,
            body=body,
            db=app.db,
            config=app.config,
            request_id=request_id,
        )
        if key is not None and principal is not None and operation.max_batch:
            username, operation_id, idempotency_key = (
                principal.username,
                operation.operation_id,
                key,
            )
            call.remember_answer = lambda answer: app.idempotency.remember(
                username, operation_id, idempotency_key, 200, answer
            )
        response = await app.handlers[operation.operation_id](call)
        if call.remember_answer and not call.answer_remembered and response.status_code == 200:
            call.remember_answer(bytes(response.body))
        for name, value in auth_headers.items():
            response.headers[name] = value
        if app.response_validator is not None:
            app.response_validator.check(request, operation, response, body)
        return response, fault


def _client_host(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def _unauthorized(outcome: AuthOutcome) -> Problem:
    problem = Problem(401, outcome.detail or "Authentication required.")
    if "WWW-Authenticate" in outcome.headers:
        problem.headers = dict(outcome.headers)
    return problem


def _check_batch_size(body: dict[str, Any], limit: int) -> None:
    for key in BATCH_KEYS:
        items = body.get(key)
        if isinstance(items, list) and len(items) > limit:
            raise Problem(
                413,
                f"{len(items)} items; the limit is {limit}.",
                extra={"maxBatchSize": limit},
            )


async def _drop_connection(send: Send) -> None:
    """Start an answer and abandon it: the client sees the connection drop mid-response.

    Returning with the body unfinished makes uvicorn close the connection (it logs one line).
    """
    await send(
        {
            "type": "http.response.start",
            "status": 200,
            "headers": [(b"content-type", b"application/json"), (b"content-length", b"1000")],
        }
    )
    await send({"type": "http.response.body", "body": b'{"results": [', "more_body": True})


def build_app(
    config: ServerConfig, db: sqlite3.Connection, *, validate_responses: bool | None = None
) -> Starlette:
    """The Starlette app of the reference server over ``db``."""
    if validate_responses is None:
        validate_responses = os.environ.get(VALIDATE_RESPONSES_ENV, "") not in ("", "0")
    state = ServiceLayerApp(config, db, validate_responses=validate_responses)

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        request_id = new_request_id()
        response = problem_response(Problem(exc.status_code, str(exc.detail)), request_id)
        for name, value in (exc.headers or {}).items():
            response.headers[name] = value
        response.headers["X-Request-Id"] = request_id
        return response

    app = Starlette(routes=state.routes(), exception_handlers={HTTPException: http_error})
    app.state.service_layer = state
    app.add_middleware(_ChallengeMiddleware, state=state)
    app.add_middleware(SecurityHeadersMiddleware)
    return app


class _ChallengeMiddleware:
    """Adds the per-scheme ``WWW-Authenticate`` lines to every 401 that has none."""

    def __init__(self, app: Any, state: ServiceLayerApp) -> None:
        self.app = app
        self.state = state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_challenges(message: Any) -> None:
            if message["type"] == "http.response.start" and message["status"] == 401:
                headers = list(message.get("headers", []))
                if not any(name.lower() == b"www-authenticate" for name, _ in headers):
                    for challenge in self.state.auth.challenges():
                        headers.append((b"www-authenticate", challenge.encode("latin-1")))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_challenges)
