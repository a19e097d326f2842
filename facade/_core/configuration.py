"""SessionConfiguration: how a session talks to the Service Layer (timeouts, retries, TLS, proxies)."""

from __future__ import annotations

import ssl
from collections.abc import Mapping

from .strict import StrictAttributes

__all__ = ["SessionConfiguration"]

DEFAULT_MAX_RESPONSE_BYTES = 256 * 1024 * 1024
DEFAULT_MAX_PAGES = 10_000


def _positive_int(value: object, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int, not {type(value).__name__}")
    if value < 1:
        raise ValueError(f"{name} must be at least 1, got {value}")
    return value


def _flag(value: object, name: str) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"{name} must be True or False, not {type(value).__name__}")
    return value


def _seconds(value: object, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"{name} must be a number of seconds, not {type(value).__name__}")
    if value < 0:
        raise ValueError(f"{name} must be 0 or more seconds, got {value}")
    return float(value)


class SessionConfiguration(StrictAttributes):
    """Settings for a connection: timeouts, retries, TLS, proxies, limits and bulk failures.

    ``timeout`` bounds each attempt of a request as a whole: connecting, sending, and
    receiving the entire answer, however slowly the server sends it. Past it
    ``RequestTimeoutError`` is raised (not retried). Downloads that ``save()`` streams to
    disk are bounded per wait for data instead, so a large file is not cut off.

    Retries (``max_retries``, default 0: never): requests safe to repeat (GET, HEAD, PUT,
    DELETE, every batch POST, which carries an ``Idempotency-Key`` the server replays, and
    server-session creation/refresh) are retried after 429, 500, 502, 503, 504 and connection
    errors; any other request only after 429 or a connection that was never established.
    Each wait is the answer's ``Retry-After`` when given, else ``retry_backoff * 2**n``
    seconds with full jitter, capped at ``max_retry_after``. When retries run out, the last
    error is raised (``ServerError``, ``RateLimitedError``, ``ConnectionFailedError`` …).

    The same settings apply to the identity provider's requests.

    Example:
        >>> from facade import SessionConfiguration
        >>> SessionConfiguration(timeout=60_000, max_retries=3, raise_on_failure=True)
        SessionConfiguration(timeout=60000, max_retries=3, verify=True, proxy=None, headers=[])

    Attributes:
        timeout: Milliseconds each attempt of a request may take.
        max_retries: How many times one request may be sent again.
        verify: True (system CAs), False (no verification: tests only), a CA bundle path
            or an ``ssl.SSLContext``.
        cert: Client certificate: a path, or a (certificate, key) tuple of paths.
        proxy: Proxy URL for every request, e.g. ``"http://proxy:3128"``.
        headers: Extra headers sent with every request.
        user_agent: The User-Agent header (None: the SDK's own).
        max_retry_after: Longest wait between retries honoured, in seconds.
        retry_backoff: Backoff factor between retries, in seconds.
        token_refresh_margin: Seconds before expiry at which tokens and server sessions
            are refreshed.
        validate_contract: Whether every request and answer is checked against the API
            contract.
        max_response_bytes: Largest answer body read into memory, after decompression.
        max_pages: Most pages one listing or search follows.
        allow_plain_http_credentials: Whether a password or API key may go over plain
            http to a host that is not loopback.
        trust_env: Whether proxy and CA variables are read from the environment.
        raise_on_failure: Whether bulk operations raise ``BulkOperationError`` when any
            item fails, rather than returning partial results and logging each failure.
    """

    def __init__(
        self,
        timeout: int | float = 300000,
        max_retries: int = 0,
        *,
        verify: bool | str | ssl.SSLContext = True,
        cert: str | tuple[str, str] | None = None,
        proxy: str | None = None,
        headers: Mapping[str, str] | None = None,
        user_agent: str | None = None,
        max_retry_after: float = 30.0,
        retry_backoff: float = 0.5,
        token_refresh_margin: float = 60.0,
        validate_contract: bool = False,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_pages: int = DEFAULT_MAX_PAGES,
        allow_plain_http_credentials: bool = False,
        trust_env: bool = True,
        raise_on_failure: bool = False,
    ) -> None:
        """Check and keep the settings.

        Args:
            timeout: Milliseconds each attempt of a request may take (default 300,000).
            max_retries: How many times one request may be sent again (default 0).
            verify: True (system CAs), False (no verification: tests only), a path to a CA
                bundle, or an ``ssl.SSLContext``.
            cert: Client certificate: a path, or a (certificate, key) tuple of paths.
            proxy: Proxy URL for every request; wins over the environment's.
            headers: Extra headers sent with every request.
            user_agent: The User-Agent header (default: the SDK's name and version).
            max_retry_after: Longest wait between retries, in seconds (default 30).
            retry_backoff: Backoff factor between retries, in seconds (default 0.5).
            token_refresh_margin: Seconds before expiry at which tokens and server sessions
                are refreshed (default 60).
            validate_contract: Check every request and answer against the API contract
                (default False; needs the ``contract`` extra).
            max_response_bytes: Largest answer read into memory, counted after
                decompression (default 256 MiB); larger raises ``ResponseTooLargeError``.
            max_pages: Most pages one listing or search follows (default 10,000).
            allow_plain_http_credentials: Send a password (Basic) or an API key over plain
                http to a host that is not loopback (default False: refused).
            trust_env: Read ``HTTP(S)_PROXY``/``ALL_PROXY``/``NO_PROXY`` and
                ``SSL_CERT_FILE``/``SSL_CERT_DIR`` as curl and pip do (default True); an
                explicit ``proxy`` or ``verify`` always wins, and loopback is never proxied.
            raise_on_failure: Make every bulk operation raise ``BulkOperationError`` when
                any item fails (default False: partial results, each failure logged at
                WARNING). A bulk call's own ``raise_on_failure=`` overrides it.

        Raises:
            TypeError: A setting has the wrong type, or its name is misspelt.
            ValueError: A setting is out of range (e.g. a timeout of 0).
        """
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
        if headers is not None and not isinstance(headers, Mapping):
            raise TypeError("headers must be a mapping of header name to value")
        self.timeout = timeout
        self.max_retries = max_retries
        self.verify: bool | str | ssl.SSLContext = verify
        self.cert: str | tuple[str, str] | None = cert
        self.proxy: str | None = proxy
        self.headers: dict[str, str] = {str(k): str(v) for k, v in (headers or {}).items()}
        self.user_agent: str | None = user_agent
        self.max_retry_after: float = _seconds(max_retry_after, "max_retry_after")
        self.retry_backoff: float = _seconds(retry_backoff, "retry_backoff")
        self.token_refresh_margin: float = _seconds(token_refresh_margin, "token_refresh_margin")
        self.validate_contract: bool = _flag(validate_contract, "validate_contract")
        self.max_response_bytes = _positive_int(max_response_bytes, "max_response_bytes")
        self.max_pages = _positive_int(max_pages, "max_pages")
        self.allow_plain_http_credentials = _flag(
            allow_plain_http_credentials, "allow_plain_http_credentials"
        )
        self.trust_env = _flag(trust_env, "trust_env")
        self.raise_on_failure = _flag(raise_on_failure, "raise_on_failure")

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
