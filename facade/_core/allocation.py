"""Building many objects at once without the cyclic garbage collector running in between.

A page of a listing turns 1,000 JSON records into 2,000+ objects (the generated model and the
``Record``); with automatic collection on, CPython runs a collection every few hundred
allocations and each full one walks every record built so far, so long listings slow down
as they grow. The objects built here hold no reference cycles that need collecting, so the
collector is paused while a page is converted and restored afterwards.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["collector_paused"]


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause automatic garbage collection for the block (restored even on errors)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
