"""The person in front of the browser, played by httpx: fills the embedded IdP's pages."""

from __future__ import annotations

import re
from html import unescape
from urllib.parse import urljoin

import httpx

from facade import DeviceCodePrompt


def form_of(html: str) -> tuple[str, dict[str, str]]:
    """The first form's action and the values of its inputs that have one."""
    match = re.search(r"<form[^>]*action='([^']*)'", html)
    assert match is not None, "no form on the page"
    fields = {
        unescape(name): unescape(value)
        for name, value in re.findall(r"<input[^>]*name='([^']*)'[^>]*value='([^']*)'", html)
    }
    return unescape(match.group(1)), fields


class EmbeddedIdPUser:
    """Signs in at the reference server's identity provider with a user name and password."""

    def __init__(self, username: str, password: str, decision: str = "allow") -> None:
        self.username = username
        self.password = password
        self.decision = decision
        self.prompts: list[DeviceCodePrompt] = []
        self.opened: list[str] = []

    def _submit(self, http: httpx.Client, page: httpx.Response) -> httpx.Response:
        action, fields = form_of(page.text)
        fields.update(username=self.username, password=self.password, decision=self.decision)
        return http.post(urljoin(str(page.url), action), data=fields)

    def approve_device(self, prompt: DeviceCodePrompt) -> None:
        """Device code callback: open the verification page and approve the code."""
        self.prompts.append(prompt)
        assert prompt.verification_uri_complete is not None
        with httpx.Client() as http:
            answer = self._submit(http, http.get(prompt.verification_uri_complete))
        assert answer.status_code == 200, answer.text

    def open_browser(self, url: str) -> bool:
        """Browser hook: sign in on the login form; the redirect reaches the SDK's receiver."""
        self.opened.append(url)
        with httpx.Client(follow_redirects=True) as http:
            answer = self._submit(http, http.get(url))
        assert answer.status_code == 200, answer.text
        return True
