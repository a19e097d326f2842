"""A column of GUIDs kept as a few long strings instead of one string object per row.

A record list of a million rows would otherwise hold two million GUID strings (about 85 bytes
each, plus a list slot) for the length of a look-up. Each of them is a page of memory to fault
in, an object for the garbage collector's passes over the column to visit, and one to free at
the end, and at that size they no longer fit in the processor's cache, so every later pass
over them waits for memory. Kept as each piece's GUIDs joined by ``"|"`` (37 characters per
GUID, which is how the record-list parser checks them anyway), the column is a few dozen
strings; a GUID becomes a string of its own only when it is read, e.g. a batch at a time
while the references are sent.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from typing import overload

__all__ = ["GUID_STRIDE", "GuidColumn"]

GUID_STRIDE = 37
"""Characters per GUID in a joined piece: 36 for the GUID, 1 for the ``"|"`` after it."""


class GuidColumn(Sequence[str | None]):
    """GUIDs (or None, for a piece whose cells are all empty), read like a list.

    Built a piece at a time with ``add``; reading gives the same values as the list of the
    cells would (indexes, negative indexes, slices and iteration).
    """

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._pieces: list[str | None] = []
        self._count = 0

    def add(self, joined: str | None, count: int) -> None:
        """Append a piece.

        Args:
            joined: ``count`` GUIDs joined by ``"|"``, or None for ``count`` empty cells.
            count: How many rows the piece holds.

        Raises:
            ValueError: ``joined`` is not ``count`` GUIDs' length.
        """
        if joined is not None and len(joined) != GUID_STRIDE * count - 1:
            raise ValueError(f"a piece of {count} GUIDs must be {GUID_STRIDE * count - 1} long")
        if count:
            self._starts.append(self._count)
            self._pieces.append(joined)
            self._count += count

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, index: int) -> str | None: ...

    @overload
    def __getitem__(self, index: slice) -> list[str | None]: ...

    def __getitem__(self, index: int | slice) -> str | list[str | None] | None:
        if isinstance(index, slice):
            start, stop, step = index.indices(self._count)
            if step != 1:
                return [self[i] for i in range(start, stop, step)]
            return self._run(start, stop)
        if index < 0:
            index += self._count
        if not 0 <= index < self._count:
            raise IndexError("GUID column index out of range")
        at = bisect.bisect_right(self._starts, index) - 1
        joined = self._pieces[at]
        if joined is None:
            return None
        offset = GUID_STRIDE * (index - self._starts[at])
        return joined[offset : offset + GUID_STRIDE - 1]

    def __iter__(self) -> Iterator[str | None]:
        return iter(self._run(0, self._count)) if self._count else iter(())

    def _run(self, start: int, stop: int) -> list[str | None]:
        """Rows ``start`` to ``stop`` as a list: one C-level split per piece they touch."""
        values: list[str | None] = []
        if start >= stop:
            return values
        at = bisect.bisect_right(self._starts, start) - 1
        while start < stop:
            first = self._starts[at]
            end = self._starts[at + 1] if at + 1 < len(self._starts) else self._count
            upto = min(stop, end)
            joined = self._pieces[at]
            if joined is None:
                values.extend([None] * (upto - start))
            else:
                begin = GUID_STRIDE * (start - first)
                values.extend(joined[begin : GUID_STRIDE * (upto - first) - 1].split("|"))
            start, at = upto, at + 1
        return values

    def __repr__(self) -> str:
        return f"<GuidColumn of {self._count} rows in {len(self._pieces)} pieces>"
