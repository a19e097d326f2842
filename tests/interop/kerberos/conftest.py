"""Fixtures of the Kerberos tests: the MIT realm (tests/interop/kerberos_realm.py)."""

from tests.interop.kerberos_realm import kerberos_realm  # noqa: F401  (a pytest fixture)
