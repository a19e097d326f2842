"""CSRF tokens of the sign-in and verification forms (double submit, signed).

Showing a form sets a random ``sl_csrf`` cookie (HttpOnly, SameSite=Strict) when the
browser has none, and puts ``HMAC(server key, cookie)`` into a hidden ``csrf_token`` field.
A POST is accepted only when the field matches the cookie it came with: another site can
neither read the cookie nor compute the token, so it cannot post the form for the person.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets

from starlette.requests import Request
from starlette.responses import Response

__all__ = ["CSRF_COOKIE", "CSRF_FIELD", "CsrfTokens"]

CSRF_COOKIE = "sl_csrf"
CSRF_FIELD = "csrf_token"
_NONCE = re.compile(r"[A-Za-z0-9_-]{32,64}")


class CsrfTokens:
    """Issues and checks the forms' tokens with a key made at start-up."""

    def __init__(self, cookie_path: str) -> None:
        self._key = secrets.token_bytes(32)
        self._cookie_path = cookie_path

    def _token(self, nonce: str) -> str:
        return hmac.new(self._key, nonce.encode("ascii"), hashlib.sha256).hexdigest()

    def _nonce(self, request: Request) -> str | None:
        nonce = request.cookies.get(CSRF_COOKIE, "")
        return nonce if _NONCE.fullmatch(nonce) else None

    def token_for(self, request: Request) -> tuple[str, str | None]:
        """The form token for this browser, and a new cookie value to set (None: keep its own)."""
        nonce = self._nonce(request)
        if nonce is not None:
            return self._token(nonce), None
        fresh = secrets.token_urlsafe(32)
        return self._token(fresh), fresh

    def set_cookie(self, response: Response, nonce: str | None) -> Response:
        """``response`` with the cookie of a new ``nonce`` (unchanged for None)."""
        if nonce is not None:
            response.set_cookie(
                CSRF_COOKIE,
                nonce,
                path=self._cookie_path,
                httponly=True,
                samesite="strict",
            )
        return response

    def is_valid(self, request: Request, form: dict[str, str]) -> bool:
        """Whether the posted token matches the browser's cookie."""
        nonce = self._nonce(request)
        posted = form.get(CSRF_FIELD, "")
        return nonce is not None and hmac.compare_digest(posted, self._token(nonce))
