"""P5: 16 threads share an OIDC session whose access token is about to expire: one refresh.

The session signs in with the device code flow at the embedded identity provider (a user
approves the code through the provider's own form, played by httpx), with access tokens
living a few seconds. Every request to the token endpoint is counted with an event hook.
"""

from __future__ import annotations

import re
import threading
import time
from html import unescape
from typing import Any
from urllib.parse import urljoin

import httpx

from facade import DeviceCodePrompt, OIDCSessionBuilder, SessionConfiguration

from ._clients import collect_records
from ._report import Figure, Report
from ._server import BenchServer

__all__ = ["run_refresh"]

THREADS = 16
ACCESS_TOKEN_TTL = 6  # seconds; the refresh falls due at half of it


def approve_device(prompt: DeviceCodePrompt) -> None:
    """Sign in as the demo writer on the verification page and approve the code."""
    if prompt.verification_uri_complete is None:
        raise RuntimeError("the identity provider gave no verification_uri_complete")
    with httpx.Client() as http:
        page = http.get(prompt.verification_uri_complete)
        action = re.search(r"<form[^>]*action='([^']*)'", page.text)
        if action is None:
            raise RuntimeError("no form on the verification page")
        fields = {
            unescape(name): unescape(value)
            for name, value in re.findall(
                r"<input[^>]*name='([^']*)'[^>]*value='([^']*)'", page.text
            )
        }
        fields.update(username="writer", password="writer-password", decision="allow")
        answer = http.post(urljoin(str(page.url), unescape(action.group(1))), data=fields)
        answer.raise_for_status()


class _CountingBuilder(OIDCSessionBuilder):
    """The real builder; its identity-provider clients report token requests by grant type."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.grants: list[str] = []
        self._grants_lock = threading.Lock()

    def _count(self, request: httpx.Request) -> None:
        if request.method == "POST" and request.url.path.endswith("/token"):
            grant = httpx.QueryParams(request.content.decode()).get("grant_type", "")
            with self._grants_lock:
                self.grants.append(grant)

    def _idp_client(self) -> httpx.Client:
        client = super()._idp_client()
        client.event_hooks = {"request": [self._count], "response": []}
        return client


def run_refresh(report: Report) -> None:
    with BenchServer("--records", "100", "--access-token-ttl", str(ACCESS_TOKEN_TTL)) as server:
        record = collect_records(server.url, "DEMO_MATERIALS", 1)[0]
        builder = _CountingBuilder(server.url, SessionConfiguration())
        with builder.with_device_code_flow(approve_device) as session:
            tokens = session._connection.identity.auth.tokens  # type: ignore[attr-defined]
            due = tokens.expires_at - (tokens.expires_at - tokens.received_at) / 2
            time.sleep(max(0.0, due - time.time()) + 0.1)
            before = builder.grants.count("refresh_token")
            barrier = threading.Barrier(THREADS)
            errors: list[BaseException] = []

            def work() -> None:
                barrier.wait()
                try:
                    session.get_record_by_id(record["databaseKey"], hguid=record["historyGuid"])
                except BaseException as error:
                    errors.append(error)

            threads = [threading.Thread(target=work) for _ in range(THREADS)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(60)
            refreshes = builder.grants.count("refresh_token") - before
    report.add(
        Figure(
            f"P5 refresh requests, {THREADS} threads sharing an expiring token",
            refreshes,
            target="= 1",
            ok=refreshes == 1 and not errors,
            details={"failed calls": len(errors)} if errors else {},
        )
    )
