"""The bottom of the transport stack: sockets with a deadline, TLS trust, and proxies.

Deadline: ``deadlines.attempt_deadline`` sets, for the current thread, the moment by which one
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

import logging
import ssl
import urllib.request

import httpx

from .configuration import SessionConfiguration
from .urls import is_loopback_host

__all__ = ["STREAM_EXTENSION", "build_network", "ssl_context"]

logger = logging.getLogger("facade.transport")

STREAM_EXTENSION = "facade.stream"
"""Request extension for a download the caller streams (to disk): its body is not read by the
transport, so neither ``max_response_bytes`` nor the whole-request deadline applies to it (each
wait for data is still bounded by the timeout), and contract validation does not read it."""


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
        A transport whose sockets honour ``deadlines.attempt_deadline``.

    Raises:
        ValueError: The configured proxy is not an http(s) URL.
    """
    from .deadline_pool import DeadlineHTTPTransport  # httpcore loads with the first session

    context = ssl_context(configuration)
    if configuration.proxy is not None or not configuration.trust_env:
        return DeadlineHTTPTransport(verify=context, proxy=configuration.proxy, limits=limits)
    direct = DeadlineHTTPTransport(verify=context, proxy=None, limits=limits)
    found = urllib.request.getproxies_environment()
    proxies = _environment_proxies(found)
    if not proxies:
        return direct
    by_url = {
        url: DeadlineHTTPTransport(verify=context, proxy=url, limits=limits)
        for url in set(proxies.values())
    }
    return _ProxyRouter(
        direct,
        {scheme: by_url[url] for scheme, url in proxies.items()},
        no_proxy=found.get("no", ""),
    )
