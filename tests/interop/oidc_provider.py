"""The npm ``oidc-provider`` peer (tests/interop/node/provider.mjs) on a free loopback port.

``run_oidc_provider(*args)`` starts it and yields an ``OidcProvider`` (issuer, client ids);
``sign_in_device`` and ``sign_in_code`` play the person in the browser for the device flow
and the authorization-code flow through the provider's development login and consent pages
(any password is accepted; the account id is the login name). Pytest fixtures
``oidc_provider`` (JWT access tokens) and ``oidc_provider_factory`` wrap them.
"""

from __future__ import annotations

import contextlib
import json
import re
import shutil
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from html import unescape
from pathlib import Path
from urllib.parse import urljoin

import httpx
import pytest

from tests.peers import missing_peer

__all__ = [
    "NODE_DIR",
    "OidcProvider",
    "oidc_provider",
    "oidc_provider_factory",
    "run_oidc_provider",
    "sign_in_code",
    "sign_in_device",
]

NODE_DIR = Path(__file__).parent / "node"
_PROVIDER_SCRIPT = NODE_DIR / "provider.mjs"


@dataclass(frozen=True)
class OidcProvider:
    """A running provider: its issuer and the clients it knows."""

    issuer: str
    client_id: str = "servicelayer-sdk"
    audience: str = "urn:servicelayer:api"
    api_client_id: str = "servicelayer-api"  # confidential client allowed to introspect
    api_client_secret: str = "servicelayer-api-secret"

    def discovery(self) -> dict[str, object]:
        document: dict[str, object] = httpx.get(
            f"{self.issuer}/.well-known/openid-configuration"
        ).json()
        return document


def _option(args: tuple[str, ...], flag: str, default: str) -> str:
    return args[args.index(flag) + 1] if flag in args else default


@contextlib.contextmanager
def run_oidc_provider(*args: str) -> Iterator[OidcProvider]:
    """Start provider.mjs with ``args`` (see its header) and stop it afterwards."""
    node = shutil.which("node")
    if node is None or not (NODE_DIR / "node_modules" / "oidc-provider").is_dir():
        missing = "node and tests/interop/node/node_modules are needed (make node)"
        missing_peer(missing)
    process = subprocess.Popen(
        [node, str(_PROVIDER_SCRIPT), *args],
        cwd=NODE_DIR,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        if not line:
            raise RuntimeError(f"provider.mjs exited with {process.wait(5)}")
        issuer = json.loads(line)["issuer"]
        yield OidcProvider(
            issuer,
            client_id=_option(args, "--client-id", "servicelayer-sdk"),
            audience=_option(args, "--audience", "urn:servicelayer:api"),
            api_client_id=_option(args, "--api-client-id", "servicelayer-api"),
            api_client_secret=_option(args, "--api-client-secret", "servicelayer-api-secret"),
        )
    finally:
        process.terminate()
        try:
            process.wait(5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)


def _form(html: str, base_url: str) -> tuple[str, dict[str, str]]:
    """The first form's absolute action and its named inputs with values."""
    match = re.search(r"<form[^>]*action=\"([^\"]*)\"", html)
    if match is None:
        raise AssertionError("no form on the page")
    fields = {
        unescape(name): unescape(value)
        for name, value in re.findall(r"<input[^>]*name=\"([^\"]*)\"[^>]*value=\"([^\"]*)\"", html)
    }
    return urljoin(base_url, unescape(match.group(1))), fields


def _submit(client: httpx.Client, page: httpx.Response, **extra: str) -> httpx.Response:
    action, fields = _form(page.text, str(page.url))
    return client.post(action, data={**fields, **extra})


def sign_in_device(verification_uri_complete: str, login: str, *, confirm: bool = True) -> None:
    """Open the verification page, confirm the code, sign in as ``login`` and consent."""
    with httpx.Client(follow_redirects=True, timeout=10) as browser:
        page = browser.get(verification_uri_complete)
        page = _submit(browser, page)  # the page auto-submits by script
        page = _submit(browser, page, confirm="yes" if confirm else "")
        if not confirm:
            return
        page = _submit(browser, page, prompt="login", login=login, password="any")
        if 'name="prompt" value="consent"' in page.text:
            page = _submit(browser, page, prompt="consent")
        page.raise_for_status()


def sign_in_code(authorize_url: str, login: str, redirect_prefix: str) -> str:
    """Follow the authorization URL through login and consent; return the final redirect URL."""
    with httpx.Client(follow_redirects=False, timeout=10) as browser:

        def follow(response: httpx.Response) -> httpx.Response:
            while response.is_redirect:
                location = urljoin(str(response.url), response.headers["location"])
                if location.startswith(redirect_prefix):
                    raise _Arrived(location)
                response = browser.get(location)
            return response

        try:
            page = follow(browser.get(authorize_url))
            page = follow(_submit(browser, page, prompt="login", login=login, password="any"))
            follow(_submit(browser, page, prompt="consent"))
        except _Arrived as arrived:
            return arrived.location
    raise AssertionError("the provider never redirected back")


class _Arrived(Exception):
    def __init__(self, location: str) -> None:
        self.location = location


@pytest.fixture(scope="session")
def oidc_provider() -> Iterator[OidcProvider]:
    """One provider with JWT access tokens for ``urn:servicelayer:api``, shared by the session."""
    with run_oidc_provider() as provider:
        yield provider


@pytest.fixture
def oidc_provider_factory() -> Iterator[Callable[..., OidcProvider]]:
    """``oidc_provider_factory(*args)`` starts a provider with its own settings for one test."""
    with contextlib.ExitStack() as stack:
        yield lambda *args: stack.enter_context(run_oidc_provider(*args))
