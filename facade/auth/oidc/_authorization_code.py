"""The authorization code grant with PKCE for a native app (RFC 6749 4.1, RFC 7636, RFC 8252).

A one-shot HTTP receiver listens on 127.0.0.1 at the redirect URI's port (a free port when
that is taken or none is given), the browser is opened at the authorize URL through a
replaceable hook, and the redirect's ``state`` (and ``iss``, RFC 9207) and the ID token's
``nonce`` are checked before the code is exchanged with its S256 verifier.
"""

from __future__ import annotations

import base64
import hashlib
import http.server
import logging
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlencode, urlsplit, urlunsplit

import httpx

from ._discovery import OIDCConfiguration
from ._errors import (
    AccessDeniedError,
    AuthorizationCodeFlowError,
    BrowserUnavailableError,
    OIDCConfigurationError,
)
from ._tokens import TokenSet, jwt_claims, request_tokens

__all__ = ["DEFAULT_TIMEOUT", "open_in_browser", "pkce_pair", "run_authorization_code_flow"]

_log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 300.0
_DONE_PAGE = (
    b"<!doctype html><html><body><p>Sign-in complete. You can close this window and return "
    b"to your program.</p></body></html>"
)


def pkce_pair() -> tuple[str, str]:
    """A fresh (code_verifier, S256 code_challenge)."""
    verifier = secrets.token_urlsafe(64)
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    challenge = base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")
    return verifier, challenge


@dataclass
class _Redirect:
    """The query parameters of the redirect, once it has arrived."""

    params: dict[str, str] = field(default_factory=dict)
    arrived: threading.Event = field(default_factory=threading.Event)


class _ReceiverServer(http.server.HTTPServer):
    redirect: _Redirect
    path: str


class _ReceiverHandler(http.server.BaseHTTPRequestHandler):
    server: _ReceiverServer

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        if url.path != self.server.path or self.server.redirect.arrived.is_set():
            self.send_error(404)
            return
        query = parse_qs(url.query, keep_blank_values=True)
        self.server.redirect.params = {name: values[0] for name, values in query.items()}
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(_DONE_PAGE)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(_DONE_PAGE)
        self.server.redirect.arrived.set()

    def log_message(self, format: str, *args: object) -> None:
        """Silence the default stderr access log (it would print the code)."""


def _bind(redirect_uri: str | None) -> tuple[_ReceiverServer, str]:
    """A receiver on 127.0.0.1 and the redirect URI that reaches it."""
    path, port = "/callback", 0
    if redirect_uri:
        parts = urlsplit(redirect_uri)
        if parts.scheme != "http" or parts.hostname not in ("127.0.0.1", "localhost", "::1"):
            raise OIDCConfigurationError(
                f"the redirect URI {redirect_uri!r} is not a loopback http URI (RFC 8252)"
            )
        path, port = parts.path or "/", parts.port or 80
    try:
        server = _ReceiverServer(("127.0.0.1", port), _ReceiverHandler)
    except OSError:
        _log.info("port %s is taken; the redirect receiver uses a free port", port)
        server = _ReceiverServer(("127.0.0.1", 0), _ReceiverHandler)
    server.redirect = _Redirect()
    server.path = path
    actual = f"http://127.0.0.1:{server.server_address[1]}{path}"
    return server, actual


def _authorize_url(endpoint: str, params: dict[str, str]) -> str:
    parts = urlsplit(endpoint)
    query = parts.query + ("&" if parts.query else "") + urlencode(params)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, query, ""))


def _check_redirect(params: dict[str, str], state: str, *, config: OIDCConfiguration) -> str:
    """The authorization code, once ``state``, ``iss`` and any error are checked."""
    if not secrets.compare_digest(params.get("state", ""), state):
        raise AuthorizationCodeFlowError(
            "the sign-in redirect carried the wrong state (possible forgery); start again"
        )
    issuer = params.get("iss")
    if not issuer and config.issuer_in_redirect:
        raise AuthorizationCodeFlowError(
            "the sign-in redirect did not name its issuer, although the identity provider "
            "always does (RFC 9207): it may come from another provider; start again"
        )
    if issuer and config.issuer and issuer.rstrip("/") != config.issuer.rstrip("/"):
        raise AuthorizationCodeFlowError(
            f"the sign-in redirect came from issuer {issuer!r}, not {config.issuer!r}"
        )
    error = params.get("error")
    if error:
        description = params.get("error_description")
        cls = AccessDeniedError if error == "access_denied" else AuthorizationCodeFlowError
        message = f"the identity provider refused the sign-in ({error})"
        raise cls(message + (f": {description}" if description else ""), error=error)
    code = params.get("code")
    if not code:
        raise AuthorizationCodeFlowError("the sign-in redirect carried no authorization code")
    return code


def open_in_browser(url: str) -> bool:
    """Show ``url`` in the user's web browser (``webbrowser.open``, loaded at first use).

    Args:
        url: The page to show.

    Returns:
        Whether a browser could be started.
    """
    import webbrowser

    return webbrowser.open(url)


def run_authorization_code_flow(
    http: httpx.Client,
    config: OIDCConfiguration,
    *,
    open_browser: Callable[[str], bool] | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    redirect_uri: str | None = None,
) -> TokenSet:
    """Sign in through the browser and return the tokens.

    ``open_browser(url)`` must show ``url`` to the user and return True; False or an
    exception means no browser is available, and the error suggests the device code flow.
    """
    if not config.authorization_endpoint:
        raise OIDCConfigurationError(
            "the identity provider has no authorization endpoint; use with_device_code_flow()"
        )
    server, actual_redirect = _bind(redirect_uri or config.redirect_uri)
    verifier, challenge = pkce_pair()
    state, nonce = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    params = {
        "response_type": "code",
        "client_id": config.client_id,
        "redirect_uri": actual_redirect,
        "scope": config.scope,
        "state": state,
        "nonce": nonce,
        "code_challenge": challenge,
        "code_challenge_method": "S256",
    }
    if "offline_access" in config.scopes:
        params["prompt"] = "consent"  # OIDC Core 11: offline access is granted with consent
    if config.audience:
        params["resource"] = config.audience
    thread = threading.Thread(
        target=server.serve_forever,
        kwargs={"poll_interval": 0.05},
        name="oidc-redirect",
        daemon=True,
    )
    thread.start()
    try:
        try:
            opened = (open_browser or open_in_browser)(
                _authorize_url(config.authorization_endpoint, params)
            )
        except Exception as exc:
            _log.debug("the browser hook failed: %s", type(exc).__name__)
            opened = False
        if not opened:
            raise BrowserUnavailableError(
                "no web browser could be opened for the sign-in; on a machine without a "
                "browser use with_device_code_flow() instead"
            )
        if not server.redirect.arrived.wait(timeout):
            raise AuthorizationCodeFlowError(
                f"no sign-in redirect arrived within {timeout:g} seconds; start again, or use "
                "with_device_code_flow()"
            )
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
    code = _check_redirect(server.redirect.params, state, config=config)
    form = {
        "grant_type": "authorization_code",
        "code": code,
        "redirect_uri": actual_redirect,
        "client_id": config.client_id,
        "code_verifier": verifier,
    }
    tokens = request_tokens(
        http,
        config.token_endpoint,
        form=form,
        error_class=AuthorizationCodeFlowError,
        what="authorization code exchange",
    )
    _check_nonce(tokens, nonce, config=config)
    return tokens


def _check_nonce(tokens: TokenSet, nonce: str, *, config: OIDCConfiguration) -> None:
    if tokens.id_token is None:
        if "openid" in config.scopes:
            raise AuthorizationCodeFlowError("the identity provider returned no ID token")
        return
    claims = jwt_claims(tokens.id_token)
    if not secrets.compare_digest(str(claims.get("nonce", "")), nonce):
        raise AuthorizationCodeFlowError(
            "the ID token's nonce does not match this sign-in (possible replay); start again"
        )
    audience = claims.get("aud")
    audiences = audience if isinstance(audience, list) else [audience]
    if config.client_id not in audiences:
        raise AuthorizationCodeFlowError("the ID token was issued to another client")
