"""Authorization endpoint (code flow, PKCE S256 required) with its sign-in form."""

from __future__ import annotations

from collections.abc import Mapping
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from ._clients import is_registered_redirect, normalize_scope
from ._forms import read_form
from ._pages import CSRF_REFUSED, error_page, login_page, too_many_attempts
from ._sign_in import SignIn, Throttled

__all__ = ["AuthorizationEndpoint"]

_PASSED_ON = ("client_id", "redirect_uri", "response_type", "scope", "state", "nonce",
              "code_challenge", "code_challenge_method")  # fmt: skip


def _redirect(redirect_uri: str, params: dict[str, str]) -> Response:
    separator = "&" if "?" in redirect_uri else "?"
    return RedirectResponse(f"{redirect_uri}{separator}{urlencode(params)}", status_code=303)


class AuthorizationEndpoint:
    """GET shows the sign-in form; POST checks the credentials and redirects with a code."""

    def __init__(self, sign_in: SignIn) -> None:
        self._sign_in = sign_in
        self._config = sign_in.config
        self._grants = sign_in.grants
        self._csrf = sign_in.csrf
        self._issuer = sign_in.config.embedded_issuer

    def _check(self, params: Mapping[str, str]) -> Response | None:
        """An error answer for a bad request, or None when it may proceed."""
        client_id = params.get("client_id", "")
        redirect_uri = params.get("redirect_uri", "")
        if not is_registered_redirect(self._config, client_id, redirect_uri):
            # never redirect to an unregistered URI (RFC 6749 §4.1.2.1)
            return error_page("Unknown client or unregistered redirect URI.")
        state = {"state": params["state"]} if "state" in params else {}

        def fail(error: str, description: str) -> Response:
            return _redirect(
                redirect_uri,
                {"error": error, "error_description": description, **state, "iss": self._issuer},
            )

        if params.get("response_type") != "code":
            return fail("unsupported_response_type", "Only response_type=code is supported.")
        if params.get("code_challenge_method") != "S256" or not params.get("code_challenge"):
            return fail("invalid_request", "PKCE with code_challenge_method=S256 is required.")
        if normalize_scope(params.get("scope")) is None:
            return fail("invalid_scope", "Unsupported scope.")
        return None

    async def show(self, request: Request) -> Response:
        params = dict(request.query_params)
        problem = self._check(params)
        if problem is not None:
            return problem
        fields = {name: params[name] for name in _PASSED_ON if name in params}
        token, new_cookie = self._csrf.token_for(request)
        page = login_page(str(request.url.path), fields, csrf_token=token)
        return self._csrf.set_cookie(page, new_cookie)

    async def submit(self, request: Request) -> Response:
        form = await read_form(request)
        if not self._csrf.is_valid(request, form):
            return error_page(CSRF_REFUSED, 403)
        params = {name: str(form[name]) for name in _PASSED_ON if name in form}
        problem = self._check(params)
        if problem is not None:
            return problem
        state = {"state": params["state"]} if "state" in params else {}
        if form.get("decision") == "deny":
            return _redirect(
                params["redirect_uri"],
                {
                    "error": "access_denied",
                    "error_description": "The user cancelled.",
                    **state,
                    "iss": self._issuer,
                },
            )
        account = await self._sign_in.check_password(request, form)
        if isinstance(account, Throttled):
            return too_many_attempts(account.seconds)
        if account is None:
            token, _ = self._csrf.token_for(request)
            return login_page(
                str(request.url.path),
                params,
                csrf_token=token,
                error="Wrong user name or password.",
            )
        code = self._grants.add_code(
            params["client_id"],
            params["redirect_uri"],
            account.username,
            normalize_scope(params.get("scope")) or "openid",
            params["code_challenge"],
            params.get("nonce"),
        )
        return _redirect(params["redirect_uri"], {"code": code, **state, "iss": self._issuer})
