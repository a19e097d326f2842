"""TLS: certificates are verified by default; a self-signed server works only with its CA."""

from __future__ import annotations

import socket
import ssl
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import trustme
import uvicorn

from facade import ConnectionFailedError
from facade.auth._apikey import ApiKeyAuth
from server.__main__ import parse_args
from server._app import build_app
from server._db import open_database
from server._demo import load_demo
from server.store import create_schema

from ._support import connect, list_database_keys


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """The reference app behind uvicorn with a certificate from a private CA."""
    folder = tmp_path_factory.mktemp("tls")
    ca = trustme.CA()
    ca_file, cert_file = folder / "ca.pem", folder / "server.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    ca.issue_cert("127.0.0.1").private_key_and_cert_chain_pem.write_to_path(str(cert_file))
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config, _ = parse_args(["--port", str(port), "--records", "20"])
    db = open_database(":memory:")
    create_schema(db)
    load_demo(db, 20, 42)
    server = uvicorn.Server(
        uvicorn.Config(
            build_app(config, db),
            host="127.0.0.1",
            port=port,
            ssl_certfile=str(cert_file),
            ssl_keyfile=str(cert_file),
            log_level="warning",
            lifespan="off",
        )
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(300):
        if server.started:
            break
        time.sleep(0.05)
    yield f"https://127.0.0.1:{port}", ca_file
    server.should_exit = True
    thread.join(timeout=10)


def _tls_version(url: str, ca_file: Path) -> str | None:
    """Complete a TLS handshake with the server, trusting its CA: proves it listens."""
    context = ssl.create_default_context(cafile=str(ca_file))
    port = int(url.rsplit(":", 1)[1])
    with (
        socket.create_connection(("127.0.0.1", port), timeout=10) as raw,
        context.wrap_socket(raw, server_hostname="127.0.0.1") as tls,
    ):
        return tls.version()


def test_self_signed_server_is_refused_by_default(tls_server: tuple[str, Path]) -> None:
    url, ca_file = tls_server
    assert _tls_version(url, ca_file) is not None  # the server listens and speaks TLS
    with pytest.raises(ConnectionFailedError, match="connection failed") as refused:
        connect(url, ApiKeyAuth("demo-reader-api-key"))
    causes = []
    error: BaseException | None = refused.value
    while error is not None:
        causes.append(error)
        error = error.__cause__ or error.__context__
    assert any("CERTIFICATE_VERIFY_FAILED" in str(cause) for cause in causes), causes


def test_self_signed_server_is_accepted_with_its_ca(tls_server: tuple[str, Path]) -> None:
    url, ca_file = tls_server
    with connect(url, ApiKeyAuth("demo-reader-api-key"), verify=str(ca_file)) as connection:
        assert connection.username == "reader"
        list_database_keys(connection)


@pytest.fixture
def clean_tls_environment(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in ("SSL_CERT_FILE", "SSL_CERT_DIR"):
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def test_ssl_cert_file_from_the_environment_is_trusted(
    tls_server: tuple[str, Path], clean_tls_environment: pytest.MonkeyPatch
) -> None:
    url, ca_file = tls_server
    clean_tls_environment.setenv("SSL_CERT_FILE", str(ca_file))
    with connect(url, ApiKeyAuth("demo-reader-api-key")) as connection:
        assert connection.username == "reader"


def test_trust_env_false_ignores_ssl_cert_file(
    tls_server: tuple[str, Path], clean_tls_environment: pytest.MonkeyPatch
) -> None:
    url, ca_file = tls_server
    clean_tls_environment.setenv("SSL_CERT_FILE", str(ca_file))
    with pytest.raises(ConnectionFailedError, match="CERTIFICATE_VERIFY_FAILED"):
        connect(url, ApiKeyAuth("demo-reader-api-key"), trust_env=False)


def test_an_explicit_ca_wins_over_the_environment(
    tls_server: tuple[str, Path], clean_tls_environment: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    url, ca_file = tls_server
    other = tmp_path / "other-ca.pem"
    trustme.CA().cert_pem.write_to_path(str(other))
    clean_tls_environment.setenv("SSL_CERT_FILE", str(other))
    with connect(url, ApiKeyAuth("demo-reader-api-key"), verify=str(ca_file)) as connection:
        assert connection.username == "reader"
