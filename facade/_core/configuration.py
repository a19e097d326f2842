"""SessionConfiguration: how a session talks to the Service Layer (timeouts, retries, TLS, proxies)."""

from __future__ import annotations

import ssl
from collections.abc import Mapping
from typing import Any

__all__ = ["SessionConfiguration"]

_KNOWN_OPTIONS = {
    "verify": "True (system CAs), False (no verification: tests only) or a path to a CA bundle",
    "cert": "client certificate: a path, or a (certificate, key) tuple of paths",
    "proxy": "proxy URL for every request, e.g. 'http://proxy:3128'",
    "headers": "extra headers sent with every request (a mapping of str to str)",
    "user_agent": "the User-Agent header",
    "max_retry_after": "longest Retry-After honoured, in seconds (default 30)",
    "retry_backoff": "backoff factor between retries, in seconds (default 0.5)",
    "token_refresh_margin": "seconds before expiry at which tokens and server sessions are refreshed (default 60)",
    "validate_contract": "check every request and response against the OpenAPI contract (default False)",
    "max_response_bytes": "largest answer body read into memory, after decompression (default 256 MiB)",
    "max_pages": "most pages one listing or search follows (default 10,000)",
    "allow_plain_http_credentials": "send a password (Basic) or API key over plain http to a host that is not loopback (default False: refused)",
    "trust_env": "use HTTP(S)_PROXY/ALL_PROXY/NO_PROXY and SSL_CERT_FILE/SSL_CERT_DIR from the environment (default True)",
}

DEFAULT_MAX_RESPONSE_BYTES = 256 * 1024 * 1024
DEFAULT_MAX_PAGES = 10_000


def _positive_int(options: Mapping[str, Any], name: str, *, default: int) -> int:
    value: object = options.get(name, default)
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int, not {type(value).__name__}")
    if value < 1:
        raise ValueError(f"{name} must be at least 1, got {value}")
    return value


def _flag(options: Mapping[str, Any], name: str, *, default: bool) -> bool:
    value: object = options.get(name, default)
    if not isinstance(value, bool):
        raise TypeError(f"{name} must be True or False, not {type(value).__name__}")
    return value


class SessionConfiguration:
    """Settings for a connection, as in the scripting toolkit.

    ``timeout`` (milliseconds, default 300,000) bounds each attempt of a request as a whole:
    connecting, sending, and receiving the entire answer, however slowly the server sends it.
    Past it ``RequestTimeoutError`` is raised (not retried). Retries are further attempts, each
    with its own bound. Downloads that ``save()`` streams to disk are bounded per wait for data
    instead, so a large file is not cut off.

    ``max_response_bytes`` (default 256 MiB) caps an answer read into memory, counted after
    decompression: a larger answer or a compression bomb raises ``ResponseTooLargeError``.
    ``max_pages`` (default 10,000) caps the pages one listing or search follows.
    ``allow_plain_http_credentials`` (default False) must be True to send a password (Basic)
    or an API key over plain http to a host other than loopback. ``trust_env`` (default True)
    reads ``HTTP(S)_PROXY``/``ALL_PROXY``/``NO_PROXY`` and ``SSL_CERT_FILE``/``SSL_CERT_DIR``
    as curl and pip do; an explicit ``proxy`` or ``verify`` always wins, and loopback hosts are
    never proxied.
    ``max_retries`` is how many times one request may be sent again (default 0: never):

    * requests safe to repeat — GET/HEAD/PUT/DELETE, every batch POST (they carry an
      ``Idempotency-Key``, and the server replays its first answer for a key, so a retried
      batch is never applied twice) and server-session creation/refresh — are retried after
      429, 500, 502, 503, 504 and connection errors (refused, reset, dropped mid-answer);
    * any other request only after 429 or a connection that was never established.

    Each wait is the answer's ``Retry-After`` when given, else ``retry_backoff * 2**n`` seconds
    with full jitter, capped at ``max_retry_after``. When retries run out, the last error is
    raised (``ServerError``, ``RateLimitedError``, ``ConnectionFailedError`` …); bulk
    operations then report the records of that batch as failed. Keyword arguments: see
    ``OPTIONS``. The same settings apply to the identity provider's requests.
    """

    OPTIONS = _KNOWN_OPTIONS

    def __init__(self, timeout: int = 300000, max_retries: int = 0, **kwargs: Any) -> None:
        if isinstance(timeout, bool) or not isinstance(timeout, int | float):
            raise TypeError(
                f"timeout must be a number of milliseconds, not {type(timeout).__name__}"
            )
        if timeout <= 0:
            raise ValueError(f"timeout must be positive (milliseconds), got {timeout}")
        if isinstance(max_retries, bool) or not isinstance(max_retries, int):
            raise TypeError(f"max_retries must be an int, not {type(max_retries).__name__}")
        if max_retries < 0:
            raise ValueError(f"max_retries must be 0 or more, got {max_retries}")
        unknown = sorted(set(kwargs) - set(_KNOWN_OPTIONS))
        if unknown:
            known = ", ".join(sorted(_KNOWN_OPTIONS))
            raise TypeError(
                f"unknown SessionConfiguration option(s) {unknown}; known options: {known}"
            )
        self.timeout = timeout
        self.max_retries = max_retries
        self.verify: bool | str | ssl.SSLContext = kwargs.get("verify", True)
        self.cert: str | tuple[str, str] | None = kwargs.get("cert")
        self.proxy: str | None = kwargs.get("proxy")
        headers = kwargs.get("headers") or {}
        if not isinstance(headers, Mapping):
            raise TypeError("headers must be a mapping of header name to value")
        self.headers: dict[str, str] = {str(k): str(v) for k, v in headers.items()}
        self.user_agent: str | None = kwargs.get("user_agent")
        self.max_retry_after: float = float(kwargs.get("max_retry_after", 30.0))
        self.retry_backoff: float = float(kwargs.get("retry_backoff", 0.5))
        self.token_refresh_margin: float = float(kwargs.get("token_refresh_margin", 60.0))
        self.validate_contract: bool = bool(kwargs.get("validate_contract", False))
        self.max_response_bytes = _positive_int(
            kwargs, "max_response_bytes", default=DEFAULT_MAX_RESPONSE_BYTES
        )
        self.max_pages = _positive_int(kwargs, "max_pages", default=DEFAULT_MAX_PAGES)
        self.allow_plain_http_credentials = _flag(
            kwargs, "allow_plain_http_credentials", default=False
        )
        self.trust_env = _flag(kwargs, "trust_env", default=True)

    @property
    def timeout_seconds(self) -> float:
        """The timeout in seconds, as httpx wants it."""
        return self.timeout / 1000.0

    def __repr__(self) -> str:
        # Header values may hold credentials: show only their names.
        return (
            f"SessionConfiguration(timeout={self.timeout}, max_retries={self.max_retries}, "
            f"verify={self.verify!r}, proxy={'set' if self.proxy else None}, "
            f"headers={sorted(self.headers)})"
        )
