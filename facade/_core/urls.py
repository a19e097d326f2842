"""Where a URL points: loopback hosts and origins (scheme, host, port), for the SDK's safety checks."""

from __future__ import annotations

import ipaddress

import httpx

__all__ = ["is_loopback_host", "is_loopback_url", "origin_of"]

_DEFAULT_PORTS = {"http": 80, "https": 443}


def is_loopback_host(host: str) -> bool:
    """True for ``localhost`` (and names below it), 127.0.0.0/8 and ``::1``."""
    name = host.strip("[]").rstrip(".").lower()
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def is_loopback_url(url: str | httpx.URL) -> bool:
    """True when ``url``'s host is a loopback address (see :func:`is_loopback_host`)."""
    return is_loopback_host(httpx.URL(str(url)).host)


def origin_of(url: str | httpx.URL) -> str:
    """``scheme://host:port`` of ``url``, with the scheme's default port written out."""
    parsed = httpx.URL(str(url))
    port = parsed.port or _DEFAULT_PORTS.get(parsed.scheme, 0)
    host = parsed.host
    if ":" in host:
        host = f"[{host}]"
    return f"{parsed.scheme}://{host}:{port}"
