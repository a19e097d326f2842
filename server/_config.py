"""Server settings, one field per command-line flag of ``python -m server``."""

from __future__ import annotations

from dataclasses import dataclass, field

ALL_SCHEMES = ("basic", "ntlm", "negotiate", "bearer", "apiKey", "session")


@dataclass(slots=True)
class ServerConfig:
    host: str = "127.0.0.1"
    port: int = 8765
    data: str = ":memory:"
    demo: bool = False
    records: int = 1000
    # Authentication
    schemes: tuple[str, ...] = ALL_SCHEMES
    access_token_ttl: int = 3600
    refresh_token_ttl: int = 30 * 24 * 3600
    session_ttl: int = 1800
    session_max_lifetime: int = 12 * 3600  # a refreshed session ends this long after creation
    device_code_ttl: int = 600
    oidc_client_id: str = "servicelayer-sdk"
    oidc_redirect_uri: str = "http://127.0.0.1:8400/callback"
    oidc_audience: str = "urn:servicelayer:api"
    oidc_scopes: tuple[str, ...] = ("openid", "profile", "offline_access")
    oidc_issuer: str | None = None  # an external issuer replaces the embedded identity provider
    keytab: str | None = None  # Kerberos service keys (HTTP/<host>) for Negotiate
    kerberos_realm: str | None = None  # user@REALM of this realm signs in as the account "user"
    # Knobs for tests and benchmarks
    latency_ms: int = 0
    fail_rate: float = 0.0
    rate_limit: float = 0.0  # requests per second per principal; 0 = unlimited
    max_batch: int = 1000
    max_page_size: int = 1000
    # Limits against abuse
    max_json_body: int = 32 * 1024 * 1024  # bytes of a JSON request body
    max_upload_body: int = 64 * 1024 * 1024  # bytes of a binary upload
    auth_failures_per_address: int = 30  # failed sign-ins per client address per window
    auth_failures_per_account: int = 10  # failed sign-ins per account name per window
    auth_failure_window: int = 60  # seconds; a limit of 0 switches that limit off
    api_version: str = "1.0"
    seed: int = 42
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def root_url(self) -> str:
        """The URL users pass to SessionBuilder."""
        return f"http://{self.host}:{self.port}"

    @property
    def embedded_issuer(self) -> str:
        return f"{self.root_url}/oidc"

    @property
    def viewer_base_url(self) -> str:
        return f"{self.root_url}/viewer"
