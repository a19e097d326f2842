"""``servicelayer login`` / ``logout`` with the embedded identity provider and a real keyring.

The device-code sign-in runs the installed ``servicelayer`` console script as a subprocess:
the test reads the prompt it prints, approves the code at the identity provider as the user
would, and then uses the stored token from a second process.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from keyrings.alt.file import PlaintextKeyring

from facade import KEYRING_SERVICE, DeviceCodePrompt
from tests.conftest import RunningServer
from tests.integration.facade_oidc._browser import EmbeddedIdPUser

from .conftest import Invoke, clean_process_env

_PROMPT = re.compile(
    r"open (?P<uri>\S+) and enter the code (?P<code>\S+) \(or open (?P<full>\S+)\)"
)


def test_browser_login_stores_the_token_and_logout_forgets_it(
    invoke: Invoke,
    reference_server: RunningServer,
    file_keyring: PlaintextKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    user = EmbeddedIdPUser("reader", "reader-password")
    monkeypatch.setattr("webbrowser.open", user.open_browser)
    url = reference_server.url
    signed_in = invoke("login", "--browser", SERVICELAYER_URL=url)
    assert signed_in.exit_code == 0, signed_in.output
    assert f"Signed in to {url} as reader" in signed_in.stdout
    assert len(user.opened) == 1
    stored = file_keyring.get_password(KEYRING_SERVICE, f"{url}|servicelayer-sdk")
    assert stored and stored not in signed_in.output

    listed = invoke("dbs", "--json", SERVICELAYER_URL=url)  # no credentials: the stored token
    assert listed.exit_code == 0, listed.output
    assert "DEMO_MATERIALS" in {row["db_key"] for row in json.loads(listed.stdout)}

    signed_out = invoke("logout", SERVICELAYER_URL=url)
    assert signed_out.exit_code == 0 and f"Signed out of {url}" in signed_out.stdout
    assert file_keyring.get_password(KEYRING_SERVICE, f"{url}|servicelayer-sdk") is None
    assert invoke("dbs", SERVICELAYER_URL=url).exit_code == 2
    again = invoke("logout", SERVICELAYER_URL=url)
    assert again.exit_code == 0 and "No token was stored" in again.stdout


def test_browser_login_refused_by_the_user_is_an_authentication_error(
    invoke: Invoke,
    reference_server: RunningServer,
    file_keyring: PlaintextKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    user = EmbeddedIdPUser("reader", "reader-password", decision="deny")
    monkeypatch.setattr("webbrowser.open", user.open_browser)
    result = invoke("login", "--browser", SERVICELAYER_URL=reference_server.url)
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert (
        file_keyring.get_password(KEYRING_SERVICE, f"{reference_server.url}|servicelayer-sdk")
        is None
    )


def test_device_code_login_in_a_real_process(
    reference_server: RunningServer, tmp_path: Path
) -> None:
    script = str(Path(sys.executable).with_name("servicelayer"))
    env = clean_process_env(
        SERVICELAYER_URL=reference_server.url,
        PYTHON_KEYRING_BACKEND="keyrings.alt.file.PlaintextKeyring",
        XDG_DATA_HOME=str(tmp_path),
    )
    with subprocess.Popen(
        [script, "login"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    ) as login:
        assert login.stderr is not None
        line = login.stderr.readline()
        match = _PROMPT.search(line)
        assert match, line
        prompt = DeviceCodePrompt(
            user_code=match["code"],
            verification_uri=match["uri"],
            verification_uri_complete=match["full"],
            expires_in=600,
        )
        EmbeddedIdPUser("writer", "writer-password").approve_device(prompt)
        out, err = login.communicate(timeout=60)
    assert login.returncode == 0, err
    assert f"Signed in to {reference_server.url} as writer" in out
    assert (tmp_path / "python_keyring" / "keyring_pass.cfg").is_file()

    def servicelayer(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [script, *args], env=env, capture_output=True, text=True, timeout=60, check=False
        )

    listed = servicelayer("dbs", "--json")
    assert listed.returncode == 0, listed.stderr
    assert {row["db_key"] for row in json.loads(listed.stdout)} >= {"DEMO_MATERIALS"}
    assert servicelayer("logout").returncode == 0
    refused = servicelayer("dbs")
    assert refused.returncode == 2
    assert refused.stderr.startswith("error: not signed in")
