"""The bottom of the transport stack: sockets with a deadline, TLS trust, and proxies.

Deadline: :func:`attempt_deadline` sets, for the current thread, the moment by which one
attempt (connect, send, receive the whole answer) must be done. Every socket operation of the
connection pool then waits at most until that moment, so a server that drips its answer one
byte at a time cannot stretch ``SessionConfiguration.timeout``: httpx's own timeouts apply to
each read, not to the whole answer.

Environment (``SessionConfiguration.trust_env``, default True), as curl, pip and requests do:

* TLS trust: ``verify=True`` uses ``SSL_CERT_FILE`` or ``SSL_CERT_DIR`` when set, else the
  certifi bundle. An explicit ``verify`` (a CA file or an ``ssl.SSLContext``) always wins.
* Proxies: an explicit ``proxy`` is used for every request. Otherwise ``HTTPS_PROXY``,
  ``HTTP_PROXY`` and ``ALL_PROXY`` (either case) are used, except for hosts in ``NO_PROXY``
  and for loopback hosts, which are always reached directly. Only ``http://`` and
  ``https://`` proxy URLs are taken from the environment.

With ``trust_env=False`` none of these variables is read: certifi's bundle, and no proxy
unless configured.
"""

from __future__ import annotations

import contextlib
import logging
import ssl
import threading
import time
import urllib.request
from collections.abc import Iterable, Iterator
from typing import Any

import httpcore
import httpx

from .configuration import SessionConfiguration
from .urls import is_loopback_host

__all__ = ["STREAM_EXTENSION", "attempt_deadline", "build_network", "ssl_context"]

logger = logging.getLogger("facade.transport")

STREAM_EXTENSION = "facade.stream"
"""Request extension for a download the caller streams (to disk): its body is not read by the
transport, so neither ``max_response_bytes`` nor the whole-request deadline applies to it (each
wait for data is still bounded by the timeout), and contract validation does not read it."""

_local = threading.local()


@contextlib.contextmanager
def attempt_deadline(seconds: float) -> Iterator[None]:
    """Bound every socket operation of this thread in the block to ``seconds`` from now."""
    previous = getattr(_local, "deadline", None)
    deadline = time.monotonic() + seconds
    _local.deadline = deadline if previous is None else min(previous, deadline)
    try:
        yield
    finally:
        _local.deadline = previous


def _bounded(timeout: float | None, expired: type[Exception]) -> float | None:
    """``timeout`` shortened to what is left before this thread's deadline."""
    deadline: float | None = getattr(_local, "deadline", None)
    if deadline is None:
        return timeout
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise expired("the whole-request timeout has passed")
    return remaining if timeout is None else min(timeout, remaining)


class _DeadlineStream(httpcore.NetworkStream):
    """A socket stream whose every wait ends at the thread's deadline."""

    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _bounded(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _bounded(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._stream.start_tls(ssl_context, server_hostname, bounded))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _DeadlineBackend(httpcore.NetworkBackend):
    """httpcore's socket backend, with :class:`_DeadlineStream` streams."""

    def __init__(self) -> None:
        self._backend = httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        stream = self._backend.connect_tcp(host, port, bounded, local_address, socket_options)
        return _DeadlineStream(stream)

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._backend.connect_unix_socket(path, bounded, socket_options))

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


class _DeadlineHTTPTransport(httpx.HTTPTransport):
    """httpx's transport on a connection pool whose sockets honour the attempt deadline."""

    def __init__(self, *, verify: ssl.SSLContext, proxy: str | None, limits: httpx.Limits) -> None:
        super().__init__(verify=verify, trust_env=False, limits=limits)
        if proxy is None:
            self._pool = httpcore.ConnectionPool(
                ssl_context=verify,
                max_connections=limits.max_connections,
                max_keepalive_connections=limits.max_keepalive_connections,
                keepalive_expiry=limits.keepalive_expiry,
                network_backend=_DeadlineBackend(),
            )
            return
        via = httpx.Proxy(proxy)
        if via.url.scheme not in ("http", "https"):
            raise ValueError(
                f"proxy must be an http:// or https:// URL, not {via.url.scheme}:// "
                "(SessionConfiguration.proxy)"
            )
        self._pool = httpcore.HTTPProxy(
            proxy_url=httpcore.URL(
                scheme=via.url.raw_scheme,
                host=via.url.raw_host,
                port=via.url.port,
                target=via.url.raw_path,
            ),
            proxy_auth=via.raw_auth,
            proxy_headers=via.headers.raw,
            proxy_ssl_context=via.ssl_context,
            ssl_context=verify,
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=_DeadlineBackend(),
        )


def ssl_context(configuration: SessionConfiguration) -> ssl.SSLContext:
    """The TLS settings of ``configuration`` (see the module docstring for the environment)."""
    verify = configuration.verify
    if isinstance(verify, ssl.SSLContext):
        context = verify
    elif verify is False:
        context = ssl.create_default_context()
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    elif isinstance(verify, str):
        context = ssl.create_default_context(cafile=verify)
    else:
        context = httpx.create_ssl_context(verify=True, trust_env=configuration.trust_env)
    if configuration.cert is not None:
        if isinstance(configuration.cert, str):
            context.load_cert_chain(configuration.cert)
        else:
            context.load_cert_chain(*configuration.cert)
    return context


def _environment_proxies(found: dict[str, str]) -> dict[str, str]:
    """``{"http": url, "https": url}`` from the environment, http(s) proxy URLs only."""
    chosen: dict[str, str] = {}
    for scheme in ("http", "https"):
        url = found.get(scheme) or found.get("all")
        if not url:
            continue
        if "://" not in url:
            url = f"http://{url}"
        if httpx.URL(url).scheme not in ("http", "https"):
            logger.warning("ignoring the %s proxy from the environment: not http(s)", scheme)
            continue
        chosen[scheme] = url
    return chosen


def _bypassed(host: str, no_proxy: str) -> bool:
    """True when ``NO_PROXY`` names ``host``: ``*``, the host, or a domain above it."""
    host = host.lower().rstrip(".")
    for entry in no_proxy.split(","):
        entry = entry.strip().lower()
        if entry == "*":
            return True
        if entry.startswith("[") and "]" in entry:
            entry = entry[1 : entry.index("]")]
        elif entry.count(":") == 1:
            entry = entry.split(":", 1)[0]
        entry = entry.lstrip(".").rstrip(".")
        if entry and (host == entry or host.endswith("." + entry)):
            return True
    return False


class _ProxyRouter(httpx.BaseTransport):
    """Sends each request directly or through the environment's proxy for its scheme."""

    def __init__(
        self,
        direct: httpx.BaseTransport,
        proxied: dict[str, httpx.BaseTransport],
        *,
        no_proxy: str,
    ) -> None:
        self._direct = direct
        self._proxied = proxied
        self._no_proxy = no_proxy

    def _route(self, url: httpx.URL) -> httpx.BaseTransport:
        proxied = self._proxied.get(url.scheme)
        if proxied is None or is_loopback_host(url.host) or _bypassed(url.host, self._no_proxy):
            return self._direct
        return proxied

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._route(request.url).handle_request(request)

    def close(self) -> None:
        for transport in {id(t): t for t in [self._direct, *self._proxied.values()]}.values():
            transport.close()


def build_network(configuration: SessionConfiguration, limits: httpx.Limits) -> httpx.BaseTransport:
    """The bottom transport: TLS, proxies (configured or from the environment) and deadlines.

    Args:
        configuration: The session's settings (``verify``, ``cert``, ``proxy``, ``trust_env``).
        limits: The connection pool's size.

    Returns:
        A transport whose sockets honour :func:`attempt_deadline`.

    Raises:
        ValueError: The configured proxy is not an http(s) URL.
    """
    context = ssl_context(configuration)
    if configuration.proxy is not None or not configuration.trust_env:
        return _DeadlineHTTPTransport(verify=context, proxy=configuration.proxy, limits=limits)
    direct = _DeadlineHTTPTransport(verify=context, proxy=None, limits=limits)
    found = urllib.request.getproxies_environment()
    proxies = _environment_proxies(found)
    if not proxies:
        return direct
    by_url = {
        url: _DeadlineHTTPTransport(verify=context, proxy=url, limits=limits)
        for url in set(proxies.values())
    }
    return _ProxyRouter(
        direct,
        {scheme: by_url[url] for scheme, url in proxies.items()},
        no_proxy=found.get("no", ""),
    )
