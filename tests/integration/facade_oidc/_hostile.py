"""A Service Layer that starts naming another identity provider, and that other provider.

``advertising(proxy, authority, via=...)`` is a rule for the loopback proxy in front of the
reference server: it names ``authority`` as the identity provider in
``GET /api/v1/auth/configuration`` (``via="discovery"``), or, with the configuration naming
none, in the ``Bearer`` challenge of a 401 (``via="challenge"``); everything else is forwarded.

``recording_provider()`` is that other provider, on another loopback address (127.0.0.2): it
serves a discovery document naming itself and refuses everything else; the proxy's ``seen``
list shows every request it received.
"""

from __future__ import annotations

import json

from tests.loopback_proxy import Exchange, LoopbackProxy, Reply, Rule, forward_unchanged

__all__ = ["advertising", "recording_provider"]


def advertising(authority: str, *, via: str) -> Rule:
    """A rule naming ``authority`` as the identity provider, through ``via``."""
    assert via in ("discovery", "challenge")

    def rule(exchange: Exchange) -> Reply:
        if exchange.path == "/api/v1/auth/configuration" and exchange.method == "GET":
            reply = Reply.of(exchange.forward())
            document = json.loads(reply.body)
            if via == "discovery":
                document["oidc"].update(authority=authority, issuer=authority)
            else:
                document["oidc"] = None
            reply.body = json.dumps(document).encode()
            return reply
        if (
            via == "challenge"
            and exchange.path == "/api/v1/sessions"
            and exchange.method == "POST"
            and exchange.header("Authorization") is None
        ):
            challenge = (
                f'Bearer authority="{authority}", clientid="servicelayer-sdk", '
                'scope="openid profile offline_access"'
            )
            problem = {
                "type": "about:blank",
                "title": "Unauthorized",
                "status": 401,
                "detail": "Sign in first.",
                "requestId": "hostile",
            }
            headers = {
                "Content-Type": "application/problem+json",
                "WWW-Authenticate": challenge,
                "X-Request-Id": "hostile",
            }
            return Reply(401, headers, json.dumps(problem).encode())
        return forward_unchanged(exchange)

    return rule


def recording_provider() -> LoopbackProxy:
    """An identity provider on 127.0.0.2 that names itself and grants nothing."""
    provider = LoopbackProxy(None, host="127.0.0.2")

    def rule(exchange: Exchange) -> Reply:
        headers = {"Content-Type": "application/json"}
        if exchange.path == "/.well-known/openid-configuration":
            document = {
                "issuer": provider.url,
                "token_endpoint": f"{provider.url}/token",
                "authorization_endpoint": f"{provider.url}/authorize",
                "device_authorization_endpoint": f"{provider.url}/device",
            }
            return Reply(200, headers, json.dumps(document).encode())
        return Reply(400, headers, b'{"error": "invalid_grant"}')

    provider.rule = rule
    return provider
