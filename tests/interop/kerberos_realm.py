"""A self-contained MIT Kerberos realm (Debian ``krb5-kdc``) on a free loopback port.

``run_kerberos_realm()`` creates a realm database in a temporary folder with its own
``krb5.conf`` (``KRB5_CONFIG``) and ``kdc.conf`` (``KRB5_KDC_PROFILE``), starts ``krb5kdc`` on
127.0.0.1 and yields a ``KerberosRealm``:

- the service principal ``HTTP/127.0.0.1`` with its keytab (``service_keytab``), which the
  reference server reads with ``--keytab``;
- one user principal per demo account (``reader``, ``writer``, ``admin``) with the demo
  password, and a client keytab per user, so ``kinit(user)`` fills a ticket cache without any
  password in the calling process.

Nothing outside the folder is touched: the configuration sends every request to the loopback
KDC (no DNS look-ups) and names a default ticket cache inside the folder. When the KDC
binaries are missing the fixture skips, except under ``CI=true`` where it fails.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import pytest

from server.launch import free_port
from tests.peers import missing_peer

__all__ = [
    "DEMO_PASSWORDS",
    "REALM",
    "KerberosRealm",
    "kerberos_realm",
    "require_kerberos_tools",
    "run_kerberos_realm",
]

REALM = "SERVICELAYER.TEST"
SERVICE_HOST = "127.0.0.1"
DEMO_PASSWORDS = {
    "reader": "reader-password",
    "writer": "writer-password",
    "admin": "admin-password",
}
_TOOLS = ("krb5kdc", "kdb5_util", "kadmin.local", "kinit", "klist", "kdestroy")
_SBIN = ("/usr/sbin", "/usr/local/sbin", "/sbin")


def _tool(name: str) -> str | None:
    return shutil.which(name) or shutil.which(name, path=os.pathsep.join(_SBIN))


def require_kerberos_tools() -> dict[str, str]:
    """The paths of the MIT Kerberos tools; skip (fail under ``CI=true``) when one is missing."""
    found = {name: _tool(name) for name in _TOOLS}
    missing = sorted(name for name, path in found.items() if path is None)
    try:
        import gssapi  # noqa: F401
    except ImportError:
        missing.append("python package gssapi")
    if missing:
        message = (
            f"MIT Kerberos is not installed ({', '.join(missing)} missing): "
            "apt-get install krb5-kdc krb5-admin-server krb5-user libkrb5-dev, "
            "pip install -e '.[kerberos]'"
        )
        missing_peer(message)
    return {name: path for name, path in found.items() if path is not None}


_KRB5_CONF = """\
[libdefaults]
    default_realm = {realm}
    dns_lookup_kdc = false
    dns_lookup_realm = false
    dns_canonicalize_hostname = false
    rdns = false
    udp_preference_limit = 1
    default_ccache_name = FILE:{folder}/ccache-default
    default_keytab_name = FILE:{folder}/no-default.keytab
    permitted_enctypes = aes256-cts-hmac-sha1-96 aes128-cts-hmac-sha1-96

[realms]
    {realm} = {{
        kdc = 127.0.0.1:{port}
    }}

[domain_realm]
    {host} = {realm}
"""

_KDC_CONF = """\
[kdcdefaults]
    kdc_ports = {port}
    kdc_tcp_ports = {port}

[realms]
    {realm} = {{
        database_name = {folder}/principal
        key_stash_file = {folder}/stash
        acl_file = {folder}/kadm5.acl
        max_life = 10h
        supported_enctypes = aes256-cts-hmac-sha1-96:normal aes128-cts-hmac-sha1-96:normal
        default_principal_flags = +preauth
    }}

[logging]
    kdc = FILE:{folder}/kdc.log
"""


@dataclass(frozen=True)
class KerberosRealm:
    """A running realm: its name, configuration, keytabs and the KDC's log."""

    realm: str
    folder: Path
    port: int
    tools: Mapping[str, str]
    service_host: str = SERVICE_HOST

    @property
    def krb5_config(self) -> Path:
        return self.folder / "krb5.conf"

    @property
    def kdc_profile(self) -> Path:
        return self.folder / "kdc.conf"

    @property
    def service_principal(self) -> str:
        return f"HTTP/{self.service_host}@{self.realm}"

    @property
    def service_keytab(self) -> Path:
        return self.folder / "http.keytab"

    @property
    def kdc_log(self) -> Path:
        return self.folder / "kdc.log"

    def user_keytab(self, user: str) -> Path:
        return self.folder / f"{user}.keytab"

    def env(self, **extra: str) -> dict[str, str]:
        """The variables a Kerberos client of this realm needs (``KRB5_CONFIG``), plus ``extra``."""
        return {"KRB5_CONFIG": str(self.krb5_config), **extra}

    def admin(self, query: str) -> str:
        """Run one ``kadmin.local`` query against the realm database; return its output."""
        return self._run(self.tools["kadmin.local"], "-r", self.realm, "-q", query)

    def kinit(self, user: str, ccache: Path, *, lifetime: str | None = None) -> None:
        """Put a ticket for ``user`` into ``ccache``, from the user's keytab (no password)."""
        args = ["-k", "-t", str(self.user_keytab(user))]
        if lifetime is not None:
            args += ["-l", lifetime]
        self._run(
            self.tools["kinit"],
            *args,
            f"{user}@{self.realm}",
            env={"KRB5CCNAME": f"FILE:{ccache}"},
        )

    def klist(self, ccache: Path) -> str:
        """``klist`` of ``ccache`` (the tickets it holds)."""
        return self._run(self.tools["klist"], env={"KRB5CCNAME": f"FILE:{ccache}"}, check=False)

    def has_valid_ticket(self, ccache: Path) -> bool:
        """Whether ``ccache`` holds a ticket that has not expired (``klist -s``)."""
        env = {**os.environ, "KRB5_CONFIG": str(self.krb5_config), "KRB5CCNAME": f"FILE:{ccache}"}
        command = [self.tools["klist"], "-s"]
        return subprocess.run(command, env=env, check=False, timeout=30).returncode == 0

    def tgs_requests(self, principal: str) -> int:
        """How many service tickets for ``principal`` the KDC issued so far (from its log)."""
        text = self.kdc_log.read_text(errors="replace") if self.kdc_log.exists() else ""
        return sum(
            1
            for line in text.splitlines()
            if "TGS_REQ" in line and "ISSUE" in line and f"for {principal}" in line
        )

    def _run(self, *command: str, env: Mapping[str, str] | None = None, check: bool = True) -> str:
        full_env = {
            **os.environ,
            "KRB5_CONFIG": str(self.krb5_config),
            "KRB5_KDC_PROFILE": str(self.kdc_profile),
            **(env or {}),
        }
        result = subprocess.run(
            command, env=full_env, capture_output=True, text=True, timeout=60, check=False
        )
        if check and result.returncode != 0:
            raise RuntimeError(
                f"{Path(command[0]).name} failed ({result.returncode}): {result.stderr.strip()}"
            )
        return result.stdout + result.stderr


def _wait_for_port(port: int, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            output = log.read_text(errors="replace") if log.exists() else ""
            raise RuntimeError(f"krb5kdc exited with {process.returncode}: {output}")
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise RuntimeError(f"krb5kdc did not listen on 127.0.0.1:{port} within 30 s")


@contextlib.contextmanager
def run_kerberos_realm(*, kdc_time_offset: int = 0) -> Iterator[KerberosRealm]:
    """Create the realm, start its KDC (clock shifted by ``kdc_time_offset`` s), stop at exit."""
    tools = require_kerberos_tools()
    with tempfile.TemporaryDirectory(prefix="servicelayer-krb5-") as name:
        folder = Path(name)
        port = free_port()
        values = {"realm": REALM, "folder": folder, "port": port, "host": SERVICE_HOST}
        (folder / "krb5.conf").write_text(_KRB5_CONF.format(**values))
        (folder / "kdc.conf").write_text(_KDC_CONF.format(**values))
        (folder / "kadm5.acl").write_text("")
        realm = KerberosRealm(REALM, folder, port, tools)
        realm._run(tools["kdb5_util"], "create", "-s", "-r", REALM, "-P", secrets.token_urlsafe(24))
        for user, password in DEMO_PASSWORDS.items():
            realm.admin(f"addprinc -pw {password} {user}")
            realm.admin(f"ktadd -norandkey -k {realm.user_keytab(user)} {user}")
        realm.admin(f"addprinc -randkey HTTP/{SERVICE_HOST}")
        realm.admin(f"ktadd -k {realm.service_keytab} HTTP/{SERVICE_HOST}")
        command = [tools["krb5kdc"], "-n", "-r", REALM]
        if kdc_time_offset:
            command += ["-T", str(kdc_time_offset)]
        env = {**os.environ, "KRB5_CONFIG": str(realm.krb5_config)}
        env["KRB5_KDC_PROFILE"] = str(realm.kdc_profile)
        stderr_log = folder / "krb5kdc.stderr"
        with stderr_log.open("wb") as output:
            kdc = subprocess.Popen(command, env=env, stdout=output, stderr=subprocess.STDOUT)
        try:
            _wait_for_port(port, kdc, stderr_log)
            yield realm
        finally:
            kdc.terminate()
            try:
                kdc.wait(10)
            except subprocess.TimeoutExpired:
                kdc.kill()
                kdc.wait(10)


@pytest.fixture(scope="session")
def kerberos_realm() -> Iterator[KerberosRealm]:
    """One realm for the test session (``SERVICELAYER.TEST``)."""
    with run_kerberos_realm() as realm:
        yield realm
