"""What a test does when a peer it needs (node, MIT Kerberos, Chromium, ...) is missing."""

from __future__ import annotations

import os
from typing import NoReturn

import pytest


def under_ci() -> bool:
    """True when the suite runs under CI (``CI=true``, or ``CI=1`` as some runners set it)."""
    return os.environ.get("CI", "").lower() in ("true", "1")


def missing_peer(message: str) -> NoReturn:
    """Fail under CI, where a missing peer is an error; skip elsewhere.

    Args:
        message: What is missing and how to install it.

    Raises:
        pytest.fail.Exception: Under CI.
        pytest.skip.Exception: Outside CI.
    """
    if under_ci():
        pytest.fail(f"{message}; under CI a missing peer is a failure")
    pytest.skip(message)
