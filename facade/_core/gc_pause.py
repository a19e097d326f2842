"""Building millions of objects without the cyclic garbage collector walking them again and again.

CPython starts a collection after every ~700 net new container objects, and the oldest
generation's collections visit every live tracked object. Building a million-row result keeps
adding live objects (rows, references, records, failures), so those passes visit more and more
of them: about a third of ``records_from_string``'s time at 1,000,000 rows. The objects built
there hold no reference cycles, so nothing is lost by pausing the collector while they are
built; reference counting still frees everything else as usual.

The pause is the generated client's own (``generated.types.collector_paused``, which it takes
while it parses an answer into models), so that nested and concurrent pauses by the facade and
by the client share one count and the collector restarts only when the last of them ends.
"""

from __future__ import annotations

from generated.types import collector_paused as gc_paused

__all__ = ["gc_paused"]
