"""Kerberos inside Negotiate: the service keytab, the realm's users, and why a ticket was refused.

pyspnego's Negotiate acceptor uses MIT Kerberos through python-gssapi, which finds the
service's keys in the keytab named by ``KRB5_KTNAME`` (``--keytab``). A client principal
``user@REALM`` of the configured realm (``--kerberos-realm``) is the demo account ``user``.

When the acceptor refuses a Kerberos token, pyspnego keeps the reason to itself, so
``refusal_reason`` accepts the token's Kerberos part once more with python-gssapi alone and
turns the library's message into a sentence naming the cause (clock skew, a ticket for a
service principal this server holds no key for, an expired ticket). The message names
principals, never keys or tickets.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

__all__ = ["kerberos_available", "realm_user", "refusal_reason", "use_service_keytab"]

_KERBEROS_OIDS = ("1.2.840.113554.1.2.2", "1.2.840.48018.1.2.2")  # RFC 4121, Microsoft's alias
_GSS_TOKEN_START = b"\x60"  # [APPLICATION 0]: GSS-API InitialContextToken (SPNEGO or Kerberos)


def kerberos_available() -> bool:
    """Whether python-gssapi (and so Kerberos in pyspnego) is installed."""
    return importlib.util.find_spec("gssapi") is not None


def use_service_keytab(path: str) -> str:
    """Point the Kerberos acceptor at the keytab ``path``; return the ``KRB5_KTNAME`` value.

    Raises:
        ValueError: the file does not exist or cannot be read, or python-gssapi is missing.
    """
    keytab = Path(path)
    if not keytab.is_file() or not os.access(keytab, os.R_OK):
        raise ValueError(f"--keytab {path}: no readable keytab file there")
    if not kerberos_available():
        raise ValueError(
            "--keytab needs the python 'gssapi' package (pip install 'servicelayer-sdk[kerberos]')"
        )
    value = f"FILE:{keytab.resolve()}"
    os.environ["KRB5_KTNAME"] = value
    return value


def realm_user(principal: str, realm: str) -> str | None:
    """The account name of ``user@REALM`` when REALM is ``realm``; None for other principals."""
    name, at, principal_realm = principal.rpartition("@")
    if not at or not name or "/" in name or principal_realm.upper() != realm.upper():
        return None
    return name


def _kerberos_part(token: bytes) -> bytes | None:
    """The Kerberos mechanism token inside an SPNEGO NegTokenInit (or the token itself)."""
    from spnego._spnego import NegTokenInit, unpack_token

    try:
        unpacked = unpack_token(token)
    except Exception:  # a token pyspnego cannot read is not Kerberos either
        return None
    if isinstance(unpacked, NegTokenInit):
        mechs = list(unpacked.mech_types or [])
        if mechs and mechs[0] in _KERBEROS_OIDS and unpacked.mech_token:
            return bytes(unpacked.mech_token)
        return None
    return token if token[:1] == _GSS_TOKEN_START else None


def _library_message(token: bytes) -> str | None:
    import gssapi
    from gssapi.raw.misc import GSSError

    mech_token = _kerberos_part(token)
    if mech_token is None:
        return None
    kerberos = gssapi.OID.from_int_seq(_KERBEROS_OIDS[0])
    try:
        # The refused token already went through the acceptor (and maybe its replay cache):
        # this second look must not find it there, and grants nothing.
        credentials = gssapi.Credentials(
            usage="accept", mechs=[kerberos], store={b"rcache": b"none:"}
        )
        context = gssapi.SecurityContext(creds=credentials, usage="accept")
        context.step(mech_token)
        context.complete  # noqa: B018  (raises the error the step deferred)
    except (GSSError, AttributeError, ValueError) as error:
        return str(error)
    return None


def refusal_reason(token: bytes) -> str | None:
    """Why the Kerberos acceptor refuses ``token``, as a sentence; None when it is not Kerberos."""
    if not kerberos_available():
        return None
    message = _library_message(token)
    if message is None:
        return None
    detail = message.rsplit("Minor (", 1)[-1].split("): ", 1)[-1].strip() or message
    lowered = detail.lower()
    if "clock skew" in lowered:
        return (
            "the clocks of the client and the server differ by more than the allowed "
            f"Kerberos clock skew (5 minutes by default); synchronise them ({detail})"
        )
    if "not found in keytab" in lowered or "no key table entry" in lowered:
        return (
            "the ticket is for a service principal this server holds no key for "
            f"(wrong service principal or keytab: {detail})"
        )
    if "integrity check" in lowered or "key version" in lowered or "kvno" in lowered:
        return f"the server's keytab holds an outdated key for the service principal ({detail})"
    if "expired" in lowered:
        return f"the Kerberos ticket has expired; run kinit again ({detail})"
    if "not yet valid" in lowered:
        return (
            "the Kerberos ticket is not yet valid by the server's clock; synchronise the "
            f"clocks of the client, the KDC and the server ({detail})"
        )
    return f"Kerberos refused the ticket ({detail})"
