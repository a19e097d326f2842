"""The attempt deadline: the moment by which one attempt must be done, per thread.

:func:`attempt_deadline` sets it for the current thread; the connection pool's sockets
(``deadline_pool``) read it with :func:`current_deadline` and wait no longer than it allows.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator

__all__ = ["attempt_deadline", "current_deadline"]

_local = threading.local()


def current_deadline() -> float | None:
    """This thread's attempt deadline (``time.monotonic()`` seconds), or None outside one."""
    found: float | None = getattr(_local, "deadline", None)
    return found


@contextlib.contextmanager
def attempt_deadline(seconds: float) -> Iterator[None]:
    """Bound every socket operation of this thread in the block to ``seconds`` from now."""
    previous = getattr(_local, "deadline", None)
    deadline = time.monotonic() + seconds
    _local.deadline = deadline if previous is None else min(previous, deadline)
    try:
        yield
    finally:
        _local.deadline = previous
