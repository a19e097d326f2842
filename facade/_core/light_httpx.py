"""Import httpx without its command line client, which loads Rich, Click and Pygments.

``import httpx`` also imports ``httpx._main`` (the ``httpx`` console command) whenever Rich and
Click are installed, as they are next to this SDK's command line. That is about half the time
of ``import httpx`` and none of it is needed by the SDK. :func:`import_httpx` imports httpx with
``httpx._main`` held back, then points ``httpx.main`` at a function that imports the real one at
its first call, so ``httpx.main()`` still behaves exactly as before. When httpx is already
imported nothing changes.
"""

from __future__ import annotations

import importlib
import sys
from typing import Any

__all__ = ["import_httpx"]


def _httpx_main(*args: Any, **kwargs: Any) -> Any:
    """The ``httpx`` console command, imported at its first call."""
    command = importlib.import_module("httpx._main").main
    return command(*args, **kwargs)


def import_httpx() -> None:
    """Import httpx once, leaving its command line client for first use."""
    if "httpx" in sys.modules or "httpx._main" in sys.modules:
        return
    sys.modules["httpx._main"] = None  # type: ignore[assignment]  # makes ``from ._main`` fail
    try:
        httpx = importlib.import_module("httpx")
    finally:
        del sys.modules["httpx._main"]
    setattr(httpx, "main", _httpx_main)  # noqa: B010  # httpx's stub is typed apart


import_httpx()
