"""Kerberos for Negotiate: the current user's ticket cache, a ticket from a password, and why a sign-in failed.

MIT Kerberos finds its configuration through ``KRB5_CONFIG`` (else ``/etc/krb5.conf``) and the
current user's tickets through ``KRB5CCNAME`` (else the default cache that ``kinit`` fills).
The service principal of a server is ``HTTP/<host of its URL>@REALM``.

- ``cached_ticket()`` reads the ticket cache without contacting anyone: the user's principal,
  None when there is no ticket, ``AuthenticationError`` when it has expired.
- ``ticket_from_password()`` asks the realm's KDC for a ticket (``with_credentials``); the
  ticket lives in a private in-memory cache of this process, never in a file.
- ``kerberos_error()`` turns the library's message into one that names the cause: an unknown
  service principal, clock skew, an expired ticket, a wrong password, an unreachable KDC.

python-gssapi and krb5 (``pip install 'servicelayer-sdk[kerberos]'``) are optional: without
them ``kerberos_available()`` is False and Negotiate uses NTLM.
"""

from __future__ import annotations

import importlib.util
import os
import re
from dataclasses import dataclass, field
from typing import Any

from .._core.errors import AuthenticationError

__all__ = [
    "KerberosTicket",
    "cached_ticket",
    "is_realm",
    "kerberos_available",
    "kerberos_error",
    "service_principal",
    "ticket_from_password",
]

_KERBEROS_OID = "1.2.840.113554.1.2.2"
_MINOR_MESSAGE = re.compile(r"Minor \(\d+\): (.*?)(?:, Context:|$)")


def kerberos_available() -> bool:
    """Whether python-gssapi and krb5 are installed (Kerberos through pyspnego)."""
    return all(importlib.util.find_spec(name) is not None for name in ("gssapi", "krb5"))


def is_realm(domain: str | None) -> bool:
    """Whether ``domain`` is written as a Kerberos realm (``EXAMPLE.COM``), not a NetBIOS name.

    Windows signs a user of a DNS-style domain in with Kerberos, a NetBIOS domain (``DEMO``)
    with NTLM; so does ``with_credentials``.
    """
    return bool(domain) and "." in str(domain).strip(".")


def service_principal(host: str, realm: str | None = None) -> str:
    """``HTTP/<host>`` (``@REALM`` when known): the principal the client asks a ticket for."""
    return f"HTTP/{host.lower()}" + (f"@{realm}" if realm else "")


def _cache_name() -> str:
    return os.environ.get("KRB5CCNAME") or "the default ticket cache"


@dataclass(frozen=True)
class KerberosTicket:
    """A ticket-granting ticket: whose it is, and the cache that holds it (``ccache``)."""

    principal: str
    ccache: str | None = None  # None: the current user's cache (KRB5CCNAME)
    _keep_alive: Any = field(default=None, repr=False, compare=False)

    @property
    def realm(self) -> str:
        return self.principal.rpartition("@")[2]


def cached_ticket() -> KerberosTicket | None:
    """The current user's ticket (``KRB5CCNAME``); None when the cache holds none.

    Raises:
        AuthenticationError: the cached ticket has expired.
    """
    import gssapi
    from gssapi.exceptions import ExpiredCredentialsError
    from gssapi.raw.misc import GSSError

    kerberos = gssapi.OID.from_int_seq(_KERBEROS_OID)
    try:
        credentials = gssapi.Credentials(usage="initiate", mechs=[kerberos])
        principal = str(credentials.name)
        lifetime = credentials.lifetime
    except ExpiredCredentialsError:
        raise AuthenticationError(
            f"The Kerberos ticket in {_cache_name()} has expired. Run 'kinit' to get a new one "
            "(or sign in to the domain again), or use with_credentials(user, password, domain).",
            status=401,
        ) from None
    except GSSError:
        return None
    if lifetime is not None and lifetime <= 0:
        raise AuthenticationError(
            f"The Kerberos ticket of {principal} in {_cache_name()} has expired. "
            "Run 'kinit' to get a new one.",
            status=401,
        )
    return KerberosTicket(principal)


def ticket_from_password(user: str, realm: str, *, password: str) -> KerberosTicket:
    """Ask the KDC of ``realm`` for a ticket for ``user@realm``; keep it in memory only.

    Raises:
        AuthenticationError: the KDC refused (wrong password, unknown user, clock skew) or
            cannot be reached; the message names which, never the password.
    """
    import krb5

    principal = f"{user}@{realm.upper()}"
    context = krb5.init_context()
    try:
        client = krb5.parse_name_flags(context, principal.encode())
        options = krb5.get_init_creds_opt_alloc(context)
        krb5.get_init_creds_opt_set_canonicalize(options, True)
        credentials = krb5.get_init_creds_password(
            context, client, options, password=password.encode()
        )
        ccache = krb5.cc_new_unique(context, b"MEMORY")
        krb5.cc_initialize(context, ccache, credentials.client)
        krb5.cc_store_cred(context, ccache, credentials)
    except krb5.Krb5Error as error:
        raise kerberos_error(str(error), user=principal) from None
    name = ccache.name.decode() if isinstance(ccache.name, bytes) else str(ccache.name)
    return KerberosTicket(principal, f"MEMORY:{name}", (context, ccache))


def _library_detail(message: str) -> str:
    """The Kerberos library's own sentence inside a GSSAPI/pyspnego message."""
    found = _MINOR_MESSAGE.findall(message)
    return (found[-1] if found else message).strip()


def kerberos_error(message: str, *, user: str | None = None, spn: str | None = None) -> Exception:
    """An ``AuthenticationError`` naming the cause of a Kerberos failure ``message``."""
    detail = _library_detail(message)
    lowered = detail.lower()
    who = user or "the current user"
    if "not found in kerberos database" in lowered and lowered.startswith("server"):
        text = (
            f"The KDC does not know the service principal {spn or detail.split()[1]} "
            "(wrong service principal). Use the server's host name in the URL, the one its "
            "keytab was made for (HTTP/<host>), or have that SPN registered"
        )
    elif "not found in kerberos database" in lowered:
        text = f"The realm has no user {who}; check the user name and domain"
    elif "clock skew" in lowered:
        text = (
            "Clock skew: this machine's clock and the KDC's differ by more than the allowed "
            "5 minutes; synchronise the clock"
        )
    elif "expired" in lowered:
        text = f"The Kerberos ticket of {who} has expired; run 'kinit' again"
    elif "preauthentication failed" in lowered or "password incorrect" in lowered:
        text = f"Wrong password for {who} (the KDC refused it); check the user name and password"
    elif "cannot find kdc" in lowered or "cannot contact any kdc" in lowered:
        text = (
            f"No KDC found for the realm of {who}; check the realm name and the Kerberos "
            "configuration (KRB5_CONFIG, else /etc/krb5.conf)"
        )
    else:
        text = f"Kerberos sign-in as {who} failed"
    return AuthenticationError(f"{text} ({detail}).", status=401)
