"""The one shared httpx client of a session: timeouts, TLS, proxy, retries, logging, typed errors.

Layers, outermost first: ``httpx.Client`` (auth, headers) → ``_ErrorMappingTransport`` (httpx
timeouts and connection failures become ``RequestTimeoutError`` / ``ConnectionFailedError``) →
``retries.ServiceLayerRetryTransport`` (see ``RETRY_POLICY``; Retry-After capped) →
``_AttemptTransport`` (counts and DEBUG-logs every attempt, secrets redacted) →
``httpx.HTTPTransport`` (TLS, client certificate, proxy, connection pool).
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import httpx

from .configuration import SessionConfiguration
from .deadlines import attempt_deadline
from .errors import (
    ConnectionFailedError,
    RequestTimeoutError,
    ResponseTooLargeError,
    ServiceLayerError,
)
from .network import STREAM_EXTENSION, build_network
from .retry_policy import REPEATABLE_EXTENSION, RETRY_POLICY, RETRY_STATUSES

__all__ = [
    "REPEATABLE_EXTENSION",
    "RETRY_POLICY",
    "RETRY_STATUSES",
    "STREAM_EXTENSION",
    "TransportStats",
    "build_httpx_client",
    "default_user_agent",
    "redact_headers",
    "redact_text",
    "redact_url",
]

logger = logging.getLogger("facade.transport")

# ---------------------------------------------------------------------------------------------
# Redaction: what may appear in logs


_SECRET_HEADERS = frozenset(
    {
        "authorization",
        "proxy-authorization",
        "www-authenticate",
        "proxy-authenticate",
        "x-api-key",
        "x-session-id",
        "cookie",
        "set-cookie",
    }
)
_SECRET_HEADER_WORDS = ("key", "token", "secret", "password", "session", "auth", "cookie")
_SECRET_QUERY_NAMES = frozenset(
    {
        "code",
        "token",
        "access_token",
        "refresh_token",
        "id_token",
        "device_code",
        "code_verifier",
        "client_secret",
        "password",
        "api_key",
        "apikey",
        "session_id",
        "sessionid",
    }
)
_SESSION_PATH = re.compile(r"(/sessions/)[^/?#\s'\"]+")
_AUTH_TOKEN = re.compile(r"\b(Basic|Bearer|NTLM|Negotiate)\s+[A-Za-z0-9+/=._~-]{6,}", re.IGNORECASE)
_REDACTED = "***"


def redact_url(url: httpx.URL | str) -> str:
    """The URL without secrets: server-session ids in paths and secret query values hidden."""
    parsed = httpx.URL(str(url))
    path = _SESSION_PATH.sub(r"\1" + _REDACTED, parsed.path)
    query = [
        (name, _REDACTED if name.lower() in _SECRET_QUERY_NAMES else value)
        for name, value in parsed.params.multi_items()
    ]
    return str(parsed.copy_with(path=path, query=None, params=query or None, fragment=None))


def _is_secret_header(name: str) -> bool:
    lowered = name.lower()
    return lowered in _SECRET_HEADERS or any(word in lowered for word in _SECRET_HEADER_WORDS)


def redact_headers(headers: httpx.Headers | Iterable[tuple[str, str]]) -> dict[str, str]:
    """Header names and values for a log line; credentials keep only their scheme name."""
    items = headers.multi_items() if isinstance(headers, httpx.Headers) else headers
    shown: dict[str, str] = {}
    for name, value in items:
        if _is_secret_header(name):
            scheme = value.split(" ", 1)[0] if " " in value else ""
            value = f"{scheme} {_REDACTED}" if scheme.isalpha() else _REDACTED
        shown[name] = f"{shown[name]}, {value}" if name in shown else value
    return shown


def redact_text(text: str) -> str:
    """``text`` with credential tokens (``NTLM …``, ``Basic …``) and session ids in paths hidden."""
    text = _AUTH_TOKEN.sub(lambda m: f"{m.group(1)} {_REDACTED}", text)
    return _SESSION_PATH.sub(r"\1" + _REDACTED, text)


class _RedactingFilter(logging.Filter):
    """Rewrites third-party log records (httpx logs full URLs) so they hold no secret."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken record is the logging module's business, not ours
            return True
        cleaned = redact_text(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


_THIRD_PARTY_LOGGERS = (
    "httpx",
    "httpx_retries",
    "httpx_retries.retry",
    "httpx_retries.transport",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
)
_filter_lock = threading.Lock()
_filter_installed = False


def _install_log_redaction() -> None:
    global _filter_installed
    with _filter_lock:
        if _filter_installed:
            return
        for name in _THIRD_PARTY_LOGGERS:
            logging.getLogger(name).addFilter(_RedactingFilter())
        _filter_installed = True


# ---------------------------------------------------------------------------------------------
# Attempts, logging and error mapping


@dataclass
class TransportStats:
    """How many HTTP attempts a session made (retries included), for reports and tests.

    ``failures`` counts attempts without an answer (connection refused, reset, dropped);
    ``failures_by_request`` splits them by ``"METHOD /path"`` (session ids redacted).
    """

    attempts: int = 0
    failures: int = 0
    by_status: dict[int, int] = field(default_factory=dict)
    failures_by_request: dict[str, int] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def _count(self, status: int | None, request: httpx.Request | None = None) -> None:
        with self._lock:
            self.attempts += 1
            if status is None:
                self.failures += 1
                if request is not None:
                    what = f"{request.method} {httpx.URL(redact_url(request.url)).path}"
                    self.failures_by_request[what] = self.failures_by_request.get(what, 0) + 1
            else:
                self.by_status[status] = self.by_status.get(status, 0) + 1


class _AttemptTransport(httpx.BaseTransport):
    """Counts and DEBUG-logs every attempt that reaches the network, with secrets redacted.

    Each attempt, body included, must be done within the configured timeout (a deadline on
    every socket operation). It reads each body fully, decompressing as it goes and stopping
    past ``max_response_bytes``, so a connection dropped mid-body is an error of the attempt
    and an oversized or decompression-bomb answer never reaches memory in full.
    """

    def __init__(
        self,
        transport: httpx.BaseTransport,
        stats: TransportStats,
        *,
        configuration: SessionConfiguration,
    ) -> None:
        self._transport = transport
        self._stats = stats
        self._configuration = configuration

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        log_attempt(request)
        try:
            if request.extensions.get(STREAM_EXTENSION):
                response = self._transport.handle_request(request)
            else:
                with attempt_deadline(self._configuration.timeout_seconds):
                    response = self._transport.handle_request(request)
                    # Read the body here, inside the retry loop: a connection dropped
                    # mid-body is then retried like any other connection error.
                    response = self._read_capped(request, response)
        except httpx.HTTPError as exc:
            attempt_failed(self._stats, request, exc=exc)
            raise
        return attempt_answered(self._stats, request, response=response)

    def _read_capped(self, request: httpx.Request, response: httpx.Response) -> httpx.Response:
        """The response with its body read and decoded, refused past the configured cap."""
        limit = self._configuration.max_response_bytes
        check_declared_size(request, response, limit=limit)
        chunks: list[bytes] = []
        size = 0
        try:
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > limit:
                    raise too_large(request, limit, detail="and was not read further")
                chunks.append(chunk)
        finally:
            response.close()
        return read_response(request, response, body=b"".join(chunks))

    def close(self) -> None:
        self._transport.close()


def log_attempt(request: httpx.Request) -> None:
    """DEBUG-log one attempt (secrets redacted; nothing is redacted when no one reads DEBUG)."""
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "request %s %s headers=%s",
            request.method,
            redact_url(request.url),
            redact_headers(request.headers),
        )


def attempt_failed(stats: TransportStats, request: httpx.Request, *, exc: Exception) -> None:
    """Count and log an attempt that got no answer."""
    stats._count(None, request)
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "request %s %s failed: %s",
            request.method,
            redact_url(request.url),
            type(exc).__name__,
        )


def attempt_answered(
    stats: TransportStats, request: httpx.Request, *, response: httpx.Response
) -> httpx.Response:
    """Count and log an answered attempt; returns ``response``."""
    stats._count(response.status_code)
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "response %s %s -> %d (request id %s) headers=%s",
            request.method,
            redact_url(request.url),
            response.status_code,
            response.headers.get("X-Request-Id", "-"),
            redact_headers(response.headers),
        )
    return response


def check_declared_size(request: httpx.Request, response: httpx.Response, *, limit: int) -> None:
    """Refuse (and close) an answer whose Content-Length is past ``limit``."""
    declared = response.headers.get("Content-Length", "")
    encoded = "Content-Encoding" in response.headers
    if declared.isdigit() and not encoded and int(declared) > limit:
        response.close()
        raise too_large(request, limit, detail=f"it announces {int(declared)} bytes")


def read_response(
    request: httpx.Request, response: httpx.Response, *, body: bytes
) -> httpx.Response:
    """``response`` with its decoded ``body`` in memory (no encoding or length headers)."""
    headers = [
        (name, value)
        for name, value in response.headers.multi_items()
        if name.lower() not in ("content-encoding", "content-length")
    ]
    return httpx.Response(
        response.status_code,
        headers=headers,
        content=body,
        request=request,
        extensions=response.extensions,
    )


def too_large(request: httpx.Request, limit: int, *, detail: str) -> ResponseTooLargeError:
    return ResponseTooLargeError(
        f"{request.method} {redact_url(request.url)}: the answer is larger than {limit} bytes "
        f"(SessionConfiguration.max_response_bytes) {detail}; ask for less per request "
        "(smaller batches or pages), or raise max_response_bytes"
    )


def _bare(exc: BaseException) -> BaseException:
    """``exc`` without its traceback and the exceptions beneath it (httpcore's, the socket's)."""
    exc.__cause__ = None
    exc.__context__ = None
    exc.__suppress_context__ = True
    return exc.with_traceback(None)


MAPPED_ERRORS = (
    httpx.TimeoutException,
    httpx.NetworkError,
    httpx.RemoteProtocolError,
    httpx.ProxyError,
)
"""The httpx errors that become the SDK's typed connection and timeout errors."""


def mapped_error(
    request: httpx.Request, exc: Exception, *, configuration: SessionConfiguration
) -> ServiceLayerError:
    """The SDK's typed error for one of ``MAPPED_ERRORS`` raised while sending ``request``."""
    where = f"{request.method} {redact_url(request.url)}"
    if isinstance(exc, httpx.ConnectTimeout | httpx.PoolTimeout):
        return ConnectionFailedError(
            f"{where}: could not connect within {configuration.timeout} ms "
            "(SessionConfiguration.timeout); check the URL, proxy and network."
        )
    if isinstance(exc, httpx.TimeoutException):
        return RequestTimeoutError(
            f"{where}: no response within {configuration.timeout} ms "
            "(SessionConfiguration.timeout). The server may still be working on it; "
            "raise the timeout or send smaller batches."
        )
    return ConnectionFailedError(
        f"{where}: connection failed "
        f"({type(exc).__name__}: {redact_text(str(exc)) or 'no detail'}); "
        "check that the server is running and reachable."
    )


def mapped_cause(exc: BaseException) -> BaseException | None:
    """What a mapped error is raised from.

    Nothing for timeouts and refused or unresolvable connections (the inner exceptions add
    nothing), else httpx's error alone.
    """
    if isinstance(exc, httpx.TimeoutException | httpx.ConnectError):
        return None
    return _bare(exc)


class _ErrorMappingTransport(httpx.BaseTransport):
    """Turns httpx's timeouts and connection failures into the SDK's typed errors."""

    def __init__(self, transport: httpx.BaseTransport, configuration: SessionConfiguration):
        self._transport = transport
        self._configuration = configuration

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        try:
            return self._transport.handle_request(request)
        except MAPPED_ERRORS as exc:
            raise mapped_error(request, exc, configuration=self._configuration) from (
                mapped_cause(exc)
            )

    def close(self) -> None:
        self._transport.close()


# ---------------------------------------------------------------------------------------------
# The client


class _SessionHttpClient(httpx.Client):
    """An httpx client that, once closed, says so in the SDK's terms.

    A response read in full leaves the client without a reference cycle (see
    ``unbind_read_responses``).
    """

    def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        if self.is_closed:
            raise ServiceLayerError("This session is closed; build a new one with SessionBuilder.")
        response = super().send(request, **kwargs)
        if not kwargs.get("stream", False):
            unbind_read_responses(response)
        return response


def unbind_read_responses(response: httpx.Response) -> None:
    """Replace the closed stream of a response read in full (and of those in its history).

    httpx binds each response's stream to the response (to set ``elapsed`` when it closes), a
    reference cycle that only the cyclic garbage collector frees. Bulk operations pause the
    collector while they build their results, so every batch's response, its request and both
    bodies stayed in memory until the pause ended: about 90 MB at a 1,000-batch record list,
    mapped afresh on each call. Once the body is read and the stream closed (``elapsed`` set),
    the stream is only the body's bytes, which the response keeps anyway; as a plain byte
    stream of them it holds no reference back, and reference counting frees the response as
    soon as its reader drops it.
    """
    for read in (*response.history, response):
        if read.is_closed:
            try:
                body = read.content
            except httpx.ResponseNotRead:  # closed unread: nothing to keep
                continue
            read.stream = httpx.ByteStream(body)


def default_user_agent() -> str:
    """``servicelayer-sdk/<version> python-httpx/<version>``."""
    # importlib.metadata (with zipfile, email and csv) is loaded here, not by `import facade`
    from importlib.metadata import PackageNotFoundError, version

    try:
        ours = version("servicelayer-sdk")
    except PackageNotFoundError:
        ours = "0"
    return f"servicelayer-sdk/{ours} python-httpx/{httpx.__version__}"


def build_httpx_client(
    configuration: SessionConfiguration,
    *,
    base_url: str = "",
    auth: httpx.Auth | None = None,
    stats: TransportStats | None = None,
    max_connections: int | None = None,
    network: httpx.BaseTransport | None = None,
) -> httpx.Client:
    """An httpx client with every setting of ``configuration`` applied.

    Used for the Service Layer (through ``generated.Client.set_httpx_client``) and for the
    identity provider, so both get the same timeout, TLS, proxy, headers and retries.
    ``max_connections=1`` pins connection-bound handshakes (NTLM) to one TCP connection.
    ``network`` replaces the bottom transport (default: ``httpx.HTTPTransport`` with the TLS,
    proxy and pool settings), e.g. to talk to an in-process ASGI app.
    """
    from .retries import ServiceLayerRetryTransport  # httpx-retries and asyncio: see retries

    _install_log_redaction()
    limits = httpx.Limits(
        max_connections=max_connections or 100,
        max_keepalive_connections=max_connections or 20,
    )
    if network is None:
        network = build_network(configuration, limits)
    transport = _ErrorMappingTransport(
        ServiceLayerRetryTransport(
            _AttemptTransport(network, stats or TransportStats(), configuration=configuration),
            configuration,
        ),
        configuration,
    )
    headers = {"User-Agent": configuration.user_agent or default_user_agent()}
    headers.update(configuration.headers)
    client = _SessionHttpClient(
        base_url=base_url,
        auth=auth,
        headers=headers,
        timeout=httpx.Timeout(configuration.timeout_seconds),
        transport=transport,
        follow_redirects=False,
        trust_env=False,
    )
    maybe_validate_contract(client, configuration)
    return client


def maybe_validate_contract(
    client: httpx.Client | httpx.AsyncClient, configuration: SessionConfiguration
) -> None:
    """Check the traffic against the contract when asked (configuration or environment)."""
    from .contract_validation import contract_validation_requested

    if contract_validation_requested(configuration.validate_contract):
        from .contract_validation import install_contract_validation

        install_contract_validation(client)
