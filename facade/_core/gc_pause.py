"""Building millions of objects without the cyclic garbage collector walking them again and again.

CPython starts a collection after every ~700 net new container objects, and the oldest
generation's collections visit every live tracked object. Building a million-row result keeps
adding live objects (rows, references, records, failures), so those passes visit more and more
of them: about a third of ``records_from_string``'s time at 1,000,000 rows. The objects built
there hold no reference cycles, so nothing is lost by pausing the collector while they are
built; reference counting still frees everything else as usual.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["gc_paused"]

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause cyclic garbage collection for the block (nested and threaded uses are counted)."""
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
