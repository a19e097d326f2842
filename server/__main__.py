"""``python -m server``: run the reference Service Layer on a host and port.

Prints its root URL (what users pass to SessionBuilder), then the demo accounts.
"""

from __future__ import annotations

import argparse
import logging
import os
import socket
import sys
import time
from typing import Any

from ._config import ALL_SCHEMES, ServerConfig

__all__ = ["banner", "build_parser", "main", "parse_args"]

DEMO_ACCOUNTS_TEXT = (
    ("admin", "admin-password", "demo-admin-api-key", "administrator"),
    ("writer", "writer-password", "demo-writer-api-key", "read and write"),
    ("reader", "reader-password", "demo-reader-api-key", "read only"),
)


def parse_args(argv: list[str] | None = None) -> tuple[ServerConfig, bool]:
    """The server configuration from command-line flags, and whether to validate responses."""
    p = build_parser()
    a = p.parse_args(argv)
    return _config(p, a)


def build_parser() -> argparse.ArgumentParser:
    """The command line: every flag with its unit and default in ``--help``."""
    p = argparse.ArgumentParser(
        prog="python -m server",
        description=__doc__,
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
    )
    p.add_argument("--host", default="127.0.0.1", help="address to listen on")
    p.add_argument("--port", type=int, default=8765, help="TCP port to listen on")
    p.add_argument(
        "--data",
        default=":memory:",
        help="SQLite file (created when missing); :memory: keeps nothing",
    )
    p.add_argument("--demo", action="store_true", help="load the demo data into an empty store")
    p.add_argument("--records", type=int, default=1000, help="demo records per database")
    p.add_argument(
        "--latency-ms", type=int, default=0, help="delay added to every answer, in milliseconds"
    )
    p.add_argument(
        "--fail-rate",
        type=float,
        default=0.0,
        help="fraction (0 to 1) of data requests that fail (500, 503 or a dropped connection)",
    )
    p.add_argument(
        "--rate-limit",
        type=float,
        default=0.0,
        help="requests per second per principal before 429 (0 = no limit)",
    )
    p.add_argument("--max-batch", type=int, default=1000, help="most items per batch request")
    p.add_argument("--max-page-size", type=int, default=1000, help="most records per page")
    p.add_argument(
        "--max-json-body", type=int, default=32 * 1024 * 1024, help="largest JSON body, in bytes"
    )
    p.add_argument(
        "--max-upload-body",
        type=int,
        default=64 * 1024 * 1024,
        help="largest binary upload body, in bytes",
    )
    p.add_argument(
        "--auth-failures-per-address",
        type=int,
        default=30,
        help="failed sign-ins per client address per window before 429 (0 = no limit)",
    )
    p.add_argument(
        "--auth-failures-per-account",
        type=int,
        default=10,
        help="failed sign-ins per account name per window before 429 (0 = no limit)",
    )
    p.add_argument(
        "--auth-failure-window",
        type=int,
        default=60,
        help="window over which failed sign-ins are counted, in seconds",
    )
    p.add_argument(
        "--access-token-ttl",
        type=int,
        default=3600,
        help="lifetime of access tokens of the embedded identity provider, in seconds",
    )
    p.add_argument(
        "--refresh-token-ttl",
        type=int,
        default=30 * 24 * 3600,
        help="lifetime of refresh tokens, in seconds",
    )
    p.add_argument(
        "--session-ttl",
        type=int,
        default=1800,
        help="idle lifetime of a server session (X-Session-Id), in seconds",
    )
    p.add_argument(
        "--session-max-lifetime",
        type=int,
        default=12 * 3600,
        help="longest life of a server session, refreshes included, in seconds",
    )
    p.add_argument(
        "--device-code-ttl", type=int, default=600, help="device code lifetime, in seconds"
    )
    p.add_argument(
        "--auth",
        default=",".join(ALL_SCHEMES),
        help="enabled authentication schemes, comma separated",
    )
    p.add_argument(
        "--oidc-issuer",
        default=None,
        help="an external identity provider's issuer URL; none: the embedded one at <root URL>/oidc",
    )
    p.add_argument(
        "--oidc-audience", default="urn:servicelayer:api", help="audience access tokens must carry"
    )
    p.add_argument(
        "--oidc-client-id", default="servicelayer-sdk", help="OAuth client id the SDK signs in as"
    )
    p.add_argument("--keytab", default=None, help="Kerberos keytab with HTTP/<host> (Negotiate)")
    p.add_argument(
        "--kerberos-realm", default=None, help="realm whose user@REALM are the demo accounts"
    )
    p.add_argument(
        "--api-version", default="1.0", help="API version the server reports (major.minor)"
    )
    p.add_argument("--seed", type=int, default=42, help="random seed of the demo data")
    p.add_argument(
        "--validate-responses",
        action="store_true",
        help="check every answer against the contract (tests)",
    )
    p.add_argument(
        "--log-level",
        default="warning",
        choices=["critical", "error", "warning", "info", "debug", "trace"],
        help="server log level",
    )
    return p


def _config(p: argparse.ArgumentParser, a: argparse.Namespace) -> tuple[ServerConfig, bool]:
    schemes = tuple(s.strip() for s in a.auth.split(",") if s.strip())
    unknown = [s for s in schemes if s not in ALL_SCHEMES]
    if unknown:
        p.error(f"unknown authentication schemes: {', '.join(unknown)}")
    if a.keytab is not None and not os.access(a.keytab, os.R_OK):
        p.error(f"--keytab {a.keytab}: no readable keytab file there")
    if (a.keytab is None) != (a.kerberos_realm is None):
        p.error("--keytab and --kerberos-realm go together (the service keys and their realm)")
    if a.keytab is not None and "negotiate" not in schemes:
        p.error("--keytab needs the negotiate scheme in --auth")
    if not 0.0 <= a.fail_rate <= 1.0:
        p.error("--fail-rate must be between 0 and 1")
    config = ServerConfig(
        host=a.host,
        port=a.port,
        data=a.data,
        demo=a.demo,
        records=a.records,
        schemes=schemes,
        access_token_ttl=a.access_token_ttl,
        refresh_token_ttl=a.refresh_token_ttl,
        session_ttl=a.session_ttl,
        session_max_lifetime=a.session_max_lifetime,
        device_code_ttl=a.device_code_ttl,
        oidc_client_id=a.oidc_client_id,
        oidc_audience=a.oidc_audience,
        oidc_issuer=a.oidc_issuer,
        keytab=a.keytab,
        kerberos_realm=a.kerberos_realm,
        latency_ms=a.latency_ms,
        fail_rate=a.fail_rate,
        rate_limit=a.rate_limit,
        max_batch=a.max_batch,
        max_page_size=a.max_page_size,
        max_json_body=a.max_json_body,
        max_upload_body=a.max_upload_body,
        auth_failures_per_address=a.auth_failures_per_address,
        auth_failures_per_account=a.auth_failures_per_account,
        auth_failure_window=a.auth_failure_window,
        api_version=a.api_version,
        seed=a.seed,
        extra={"log_level": a.log_level},
    )
    return config, a.validate_responses


def banner(config: ServerConfig) -> str:
    """What the server prints when it starts: its URL, the accounts, and how to sign in."""
    lines = [
        f"Service Layer ready at {config.root_url}",
        "Demo accounts (user / password / API key):",
        *(
            f"  {user} / {password} / {key}  ({role})"
            for user, password, key, role in DEMO_ACCOUNTS_TEXT
        ),
    ]
    if config.oidc_issuer is None and "bearer" in config.schemes:
        issuer = config.embedded_issuer
        lines += [
            f"OIDC sign-in (embedded identity provider {issuer}, client {config.oidc_client_id}):",
            f"  device code: SessionBuilder(url).with_oidc().with_device_code_flow() prints a code;"
            f" open {issuer}/device, enter the code, then sign in as one of the accounts above",
            "  browser:     SessionBuilder(url).with_oidc().with_authorization_code_flow() opens"
            f" {issuer}/authorize; sign in there as one of the accounts above",
        ]
    elif config.oidc_issuer is not None:
        lines.append(f"OIDC sign-in at the external identity provider {config.oidc_issuer}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    import uvicorn

    from ._app import build_app
    from ._db import open_database
    from ._demo import load_demo
    from .auth import remove_ntlm_user_file
    from .store import create_schema, is_empty

    config, validate = parse_args(argv)
    logging.basicConfig(level=config.extra["log_level"].upper(), format="%(levelname)s %(message)s")
    db = open_database(config.data)
    create_schema(db)
    if config.demo and is_empty(db):
        started = time.perf_counter()
        counts = load_demo(db, config.records, config.seed)
        took = time.perf_counter() - started
        print(f"Demo data: {counts} records in {took:.1f} s", flush=True)
    app = build_app(config, db, validate_responses=validate or None)
    print(banner(config), flush=True)
    server = _server_class()(
        uvicorn.Config(
            app,
            host=config.host,
            port=config.port,
            log_level=config.extra["log_level"],
            access_log=False,
            lifespan="off",
            timeout_graceful_shutdown=2,
        )
    )
    try:
        server.run()
    finally:
        remove_ntlm_user_file()
        db.close()
    return 0


def _server_class() -> type[Any]:
    import uvicorn

    from .auth import remove_ntlm_user_file

    class Server(uvicorn.Server):
        """uvicorn's server; removes the NTLM user file as it shuts down.

        On SIGTERM or SIGINT uvicorn shuts down and then raises the signal again, which ends
        the process without ``finally`` blocks or ``atexit`` handlers: the clean-up must run
        inside the shutdown.
        """

        async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
            try:
                await super().shutdown(sockets)
            finally:
                remove_ntlm_user_file()

    return Server


if __name__ == "__main__":
    sys.exit(main())
