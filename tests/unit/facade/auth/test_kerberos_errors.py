"""Kerberos helpers of the facade: which domains are realms, and messages that name the cause.

The messages below are MIT Kerberos' own wording (as GSSAPI and pyspnego wrap it); the
integration tests in tests/interop/kerberos/ produce each of them with a real KDC.
"""

from __future__ import annotations

import pytest

from facade import AuthenticationError
from facade.auth._kerberos import is_realm, kerberos_error, service_principal

_GSS = (
    "SpnegoError (1): SpnegoError (4294967295): Major (851968): Unspecified GSS failure.  "
    "Minor code may provide more information, Minor (2529638919): {}, "
    "Context: Processing security token"
)


@pytest.mark.parametrize(
    ("domain", "realm"),
    [
        ("EXAMPLE.COM", True),
        ("corp.example.com", True),
        ("DEMO", False),
        ("", False),
        (None, False),
    ],
)
def test_a_realm_is_a_dns_style_domain(domain: str | None, realm: bool) -> None:
    assert is_realm(domain) is realm


def test_service_principal_is_http_at_the_url_host() -> None:
    assert service_principal("SL.Example.com", "EXAMPLE.COM") == "HTTP/sl.example.com@EXAMPLE.COM"


@pytest.mark.parametrize(
    ("library_message", "named_cause"),
    [
        (
            _GSS.format("Server HTTP/localhost@R.TEST not found in Kerberos database"),
            "service principal HTTP/localhost@R.TEST",
        ),
        (_GSS.format("Clock skew too great"), "Clock skew"),
        (_GSS.format("Ticket expired"), "has expired; run 'kinit'"),
        ("Preauthentication failed -1765328360", "Wrong password"),
        ("Client 'x@R.TEST' not found in Kerberos database -1765328378", "has no user"),
        ('Cannot find KDC for realm "R.TEST" -1765328230', "KRB5_CONFIG"),
        (_GSS.format("Something new"), "Kerberos sign-in as"),
    ],
)
def test_each_failure_names_its_cause(library_message: str, named_cause: str) -> None:
    error = kerberos_error(library_message, user="x@R.TEST", spn="HTTP/localhost@R.TEST")
    assert isinstance(error, AuthenticationError)
    assert named_cause in str(error)
    assert "Context:" not in str(error)  # the library's own sentence only
