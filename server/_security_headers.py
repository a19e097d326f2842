"""Security headers on every answer of the server, API, viewer and identity provider alike.

Every answer gets ``X-Content-Type-Options: nosniff``; HTML pages also get
``X-Frame-Options: DENY``, ``Referrer-Policy: no-referrer`` and, unless the page set its own,
a Content-Security-Policy that allows no scripts, no frames (``frame-ancestors 'none'``)
and images only from ``data:`` URIs.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

__all__ = ["HTML_POLICY", "SecurityHeadersMiddleware"]

HTML_POLICY = "default-src 'none'; img-src data:; frame-ancestors 'none'; base-uri 'none'"


class SecurityHeadersMiddleware:
    """Adds the headers above to the start of each HTTP response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {name.lower() for name, _ in headers}
                content_type = next(
                    (value for name, value in headers if name.lower() == b"content-type"), b""
                )
                added = [(b"x-content-type-options", b"nosniff")]
                if content_type.startswith(b"text/html"):
                    added += [(b"x-frame-options", b"DENY"), (b"referrer-policy", b"no-referrer")]
                    if b"content-security-policy" not in names:
                        added.append((b"content-security-policy", HTML_POLICY.encode()))
                headers += [(name, value) for name, value in added if name not in names]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)
