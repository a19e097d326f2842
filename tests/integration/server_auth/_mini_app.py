"""A minimal app around the Authenticator and the session handlers, served by uvicorn in a thread.

Used while the full reference server is not importable; it routes the auth operations exactly
as the spec names them and one protected route that echoes the caller.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from server._accounts import seed_accounts
from server._auth import Authenticator
from server._config import ServerConfig
from server._db import open_database
from server.handlers import auth_configuration, sessions
from server.handlers._call import Call, Handler

HANDLERS: dict[str, Handler] = {**sessions.HANDLERS, **auth_configuration.HANDLERS}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def build_app(config: ServerConfig) -> Starlette:
    db = open_database(config.data)
    seed_accounts(db)
    authenticator = Authenticator(config, db)

    def endpoint(operation_id: str, secured: bool = True) -> Any:
        async def run(request: Request) -> Response:
            principal = None
            extra: dict[str, str] = {}
            if secured:
                outcome = await authenticator.authenticate(request)
                extra = outcome.headers
                if outcome.principal is None:
                    headers = dict(outcome.headers)
                    response = JSONResponse(
                        {"type": "about:blank", "title": "Unauthorized", "status": 401,
                         "detail": outcome.detail, "requestId": "x"},
                        status_code=401, media_type="application/problem+json",
                    )  # fmt: skip
                    if "WWW-Authenticate" in headers:
                        response.headers["WWW-Authenticate"] = headers["WWW-Authenticate"]
                    else:
                        for value in authenticator.challenges():
                            response.headers.append("WWW-Authenticate", value)
                    return response
                principal = outcome.principal
            body = None
            if request.method == "POST" and await request.body():
                body = await request.json()
            call = Call(operation_id, request, principal, dict(request.path_params),
                        dict(request.query_params), dict(request.headers), body, db, config,
                        uuid.uuid4().hex)  # fmt: skip
            if operation_id == "whoami":
                assert principal is not None
                response = JSONResponse(
                    {"username": principal.username, "role": principal.role.value,
                     "scheme": principal.scheme})  # fmt: skip
            else:
                response = await HANDLERS[operation_id](call)
            response.headers.update(extra)
            return response

        return run

    routes = [
        Route("/api/v1/status", lambda r: JSONResponse({"ok": True}), methods=["GET"]),
        Route("/api/v1/auth/configuration", endpoint("get_auth_configuration", False)),
        Route("/api/v1/sessions", endpoint("create_session"), methods=["POST"]),
        Route("/api/v1/sessions/{sessionId}", endpoint("get_session"), methods=["GET"]),
        Route("/api/v1/sessions/{sessionId}", endpoint("revoke_session"), methods=["DELETE"]),
        Route(
            "/api/v1/sessions/{sessionId}/lifecycle/refresh",
            endpoint("refresh_session"),
            methods=["POST"],
        ),
        Route("/api/v1/databases", endpoint("whoami"), methods=["GET"]),
        *authenticator.routes(),
    ]
    return Starlette(routes=routes)


@dataclass
class MiniServer:
    url: str
    server: uvicorn.Server
    thread: threading.Thread

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)


@contextlib.contextmanager
def run_mini_server(**settings: Any) -> Iterator[MiniServer]:
    port = free_port()
    config = ServerConfig(port=port, **settings)
    app = build_app(config)
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.02)
    running = MiniServer(config.root_url, server, thread)
    try:
        yield running
    finally:
        running.stop()


@contextlib.contextmanager
def run_real_server(*args: str) -> Iterator[Any]:
    """``python -m server`` in a subprocess (used with SERVER_AUTH_REAL=1 before the shared
    ``server_factory`` fixture exists)."""
    import os
    import subprocess
    import sys

    import httpx

    port = free_port()
    command = [sys.executable, "-m", "server", "--host", "127.0.0.1", "--port", str(port)]
    process = subprocess.Popen(
        [*command, "--data", ":memory:", "--demo", "--records", "50", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=dict(os.environ),
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        with contextlib.suppress(httpx.HTTPError):
            if httpx.get(url + "/api/v1/status").status_code == 200:
                break
        time.sleep(0.1)
    try:
        yield type("Running", (), {"url": url})()
    finally:
        process.terminate()
        process.wait(10)
