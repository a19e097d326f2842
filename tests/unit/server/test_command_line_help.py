"""``python -m server --help`` describes every flag with its unit and default, and the start
banner says how to finish an OIDC sign-in on the embedded identity provider."""

from __future__ import annotations

import re
import subprocess
import sys

from server.__main__ import banner, build_parser, parse_args

_UNITS = re.compile(
    r"seconds|milliseconds|bytes|per second|fraction|records|items|port|address|file|seed|"
    r"URL|client id|audience|schemes|version|level|realm|keytab|sign-ins"
)


def test_every_flag_has_help_with_its_default_and_unit() -> None:
    parser = build_parser()
    for action in parser._actions:
        if action.dest == "help":
            continue
        flag = action.option_strings[0]
        assert action.help, f"{flag} has no help text"
        if action.type in (int, float):
            assert _UNITS.search(action.help), f"{flag}: no unit in {action.help!r}"


def test_help_shows_every_default() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "server", "--help"], capture_output=True, text=True, check=True
    ).stdout
    options = out.split("options:", 1)[1]
    entries = re.split(r"\n  (?=-)", options)
    for entry in entries:
        if not entry.strip() or entry.strip().startswith("-h, --help"):
            continue
        assert "(default:" in entry, entry
    assert "in seconds (default: 600)" in out  # --device-code-ttl


def test_the_banner_says_how_to_finish_an_oidc_sign_in() -> None:
    config, _ = parse_args(["--port", "9999"])
    text = banner(config)
    assert "http://127.0.0.1:9999" in text
    assert "writer / writer-password" in text
    assert "http://127.0.0.1:9999/oidc/device" in text and "with_device_code_flow()" in text
    assert "http://127.0.0.1:9999/oidc/authorize" in text
    assert "with_authorization_code_flow()" in text


def test_without_bearer_the_banner_does_not_offer_oidc() -> None:
    config, _ = parse_args(["--auth", "basic,session"])
    assert "OIDC" not in banner(config)
