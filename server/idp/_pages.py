"""The identity provider's HTML pages: the sign-in form and the device verification page."""

from __future__ import annotations

import base64
import hashlib
from html import escape

from starlette.responses import HTMLResponse

__all__ = [
    "CSRF_REFUSED",
    "PAGE_POLICY",
    "device_page",
    "error_page",
    "login_page",
    "message_page",
    "too_many_attempts",
]

_STYLE = (
    "body{font-family:sans-serif;max-width:28em;margin:3em auto}"
    "label{display:block;margin:.6em 0}input{width:100%}"
)


CSRF_REFUSED = "The form expired or was sent from another site. Reload the page and try again."
_STYLE_HASH = base64.b64encode(hashlib.sha256(_STYLE.encode()).digest()).decode()
PAGE_POLICY = (
    f"default-src 'none'; style-src 'sha256-{_STYLE_HASH}'; frame-ancestors 'none'; base-uri 'none'"
)
"""The Content-Security-Policy of every page: no scripts, only the page's own style, no frames."""


def _page(title: str, body: str, status: int = 200) -> HTMLResponse:
    html = (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{escape(title)}</title>"
        f"<style>{_STYLE}</style></head><body><h1>{escape(title)}</h1>{body}</body></html>"
    )
    headers = {"Cache-Control": "no-store", "Content-Security-Policy": PAGE_POLICY}
    return HTMLResponse(html, status_code=status, headers=headers)


def _hidden(fields: dict[str, str]) -> str:
    return "".join(
        f"<input type='hidden' name='{escape(k)}' value='{escape(v)}'>" for k, v in fields.items()
    )


def _credentials() -> str:
    return (
        "<label>User name <input name='username' autocomplete='username' required></label>"
        "<label>Password <input name='password' type='password'"
        " autocomplete='current-password' required></label>"
    )


def login_page(
    action: str, fields: dict[str, str], *, csrf_token: str, error: str | None = None
) -> HTMLResponse:
    """The sign-in form of the authorization endpoint; request parameters ride along hidden."""
    notice = f"<p role='alert'>{escape(error)}</p>" if error else ""
    client = escape(fields.get("client_id", ""))
    hidden = _hidden({**fields, "csrf_token": csrf_token})
    form = (
        f"<p>Sign in to let <b>{client}</b> use the Service Layer.</p>{notice}"
        f"<form method='post' action='{escape(action)}'>{hidden}{_credentials()}"
        "<button name='decision' value='allow'>Sign in</button> "
        "<button name='decision' value='deny' formnovalidate>Cancel</button></form>"
    )
    return _page("Service Layer sign-in", form, 401 if error else 200)


def device_page(
    action: str, user_code: str, *, csrf_token: str, error: str | None = None
) -> HTMLResponse:
    """The verification page: the person enters the code shown by the device and signs in."""
    notice = f"<p role='alert'>{escape(error)}</p>" if error else ""
    form = (
        f"<p>Enter the code shown on your device, then sign in.</p>{notice}"
        f"<form method='post' action='{escape(action)}'>{_hidden({'csrf_token': csrf_token})}"
        f"<label>Code <input name='user_code' value='{escape(user_code)}' required></label>"
        f"{_credentials()}"
        "<button name='decision' value='allow'>Allow</button> "
        "<button name='decision' value='deny' formnovalidate>Deny</button></form>"
    )
    return _page("Connect a device", form, 400 if error else 200)


def too_many_attempts(wait: int) -> HTMLResponse:
    """429 with ``Retry-After`` after too many failed sign-ins from one address or account."""
    page = _page(
        "Too many attempts",
        f"<p role='alert'>Too many failed sign-ins. Try again in {wait} s.</p>",
        429,
    )
    page.headers["Retry-After"] = str(wait)
    return page


def message_page(title: str, message: str) -> HTMLResponse:
    return _page(title, f"<p>{escape(message)}</p>")


def error_page(message: str, status: int = 400) -> HTMLResponse:
    return _page("Sign-in error", f"<p role='alert'>{escape(message)}</p>", status)
