"""Small helpers shared by the authentication tests."""

from __future__ import annotations

import base64
import hashlib
import secrets

import httpx

PROTECTED = "/api/v1/databases"
PASSWORDS = {"admin": "admin-password", "writer": "writer-password", "reader": "reader-password"}
API_KEYS = {
    "admin": "demo-admin-api-key",
    "writer": "demo-writer-api-key",
    "reader": "demo-reader-api-key",
}


def pkce_pair() -> tuple[str, str]:
    """(code_verifier, S256 code_challenge)."""
    verifier = secrets.token_urlsafe(48)
    digest = hashlib.sha256(verifier.encode()).digest()
    return verifier, base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def form_fields(html: str) -> tuple[str, dict[str, str]]:
    """The first form's action and its hidden and pre-filled inputs, as a browser would send."""
    import re
    from html import unescape

    action = unescape(re.search(r"<form[^>]*action='([^']*)'", html).group(1))  # type: ignore[union-attr]
    fields = {
        unescape(name): unescape(value)
        for name, value in re.findall(r"<input[^>]*name='([^']*)'[^>]*value='([^']*)'", html)
    }
    return action, fields


def submit_form(page: httpx.Response, values: dict[str, str]) -> httpx.Response:
    """Post the page's first form as a browser would: its fields and cookies, plus ``values``."""
    action, fields = form_fields(page.text)
    with httpx.Client(cookies=page.cookies) as browser:
        return browser.post(str(page.url.join(action)), data={**fields, **values})
