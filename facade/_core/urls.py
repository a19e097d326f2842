"""URLs: the check of a user-given http(s) URL, and where a URL points (loopback hosts, origins)."""

from __future__ import annotations

import ipaddress

import httpx

from .checks import require_str

__all__ = ["is_loopback_host", "is_loopback_url", "origin_of", "require_http_url", "service_root"]

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


def require_http_url(value: object, what: str) -> str:
    """``value`` stripped, if it is an absolute http(s) URL with a host.

    Args:
        value: The URL a user gave.
        what: The parameter's name, for the error message.

    Returns:
        The URL without surrounding whitespace.

    Raises:
        TypeError: ``value`` is not a str.
        ValueError: ``value`` is not an absolute http:// or https:// URL with a host.
    """
    text = require_str(value, what).strip()
    try:
        parsed = httpx.URL(text)
    except (httpx.InvalidURL, ValueError) as error:
        raise ValueError(f"{what} is not a URL: {error}") from None
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise ValueError(
            f"{what} must be an http:// or https:// URL with a host, e.g. "
            f"'https://servicelayer.example.com', got {value!r}"
        )
    return text


def service_root(url: str) -> str:
    """The Service Layer's root URL: checked, without query, fragment or trailing slash.

    Raises:
        TypeError: ``url`` is not a str.
        ValueError: ``url`` is not an absolute http(s) URL.
    """
    parsed = httpx.URL(require_http_url(url, "service_layer_url"))
    return str(parsed.copy_with(query=None, fragment=None)).rstrip("/")
