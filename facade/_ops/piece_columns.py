"""Columns of a record list kept a piece at a time as a few long strings, read like lists.

A record list of a million rows held as lists of cells is about four million string objects
(two GUIDs, a name, and a pointer each to the shared table and key), some 250 bytes a row. At
that size none of it fits in the processor's cache: each object is a page of memory to fault
in, an object for the garbage collector's passes over the column to visit, and one to free at
the end, and every later pass over them waits for memory. A list of a hundred thousand rows
fits and reuses the memory the last call freed, so the million-row list cost more than ten
times as much.

The parser makes each piece's cells anyway (see ``record_lists._PIECE_CHARS``); the columns
keep them as one string a piece instead:

- ``GuidColumn``: the piece's GUIDs joined by ``"|"`` (37 characters a GUID, which is how the
  parser checks them anyway); a GUID is sliced out when read, a batch at a time while the
  references are sent.
- ``SharedColumn``: cells that repeat (Table, DatabaseKey) as one shared string per distinct
  value, and a piece whose cells are all equal as that one value and its count.
- ``CellColumn``: cells only a failure or a check reads (the other GUID, the full name) are not
  copied at all: each piece is where its lines sit in the text (``TextPieces``), split again the
  first time one of its cells is read.
"""

from __future__ import annotations

import bisect
from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence
from typing import Any, Generic, NamedTuple, TypeVar, overload

__all__ = [
    "GUID_STRIDE",
    "CellColumn",
    "GuidColumn",
    "PieceColumn",
    "SharedColumn",
    "TextPieces",
]

V = TypeVar("V")

GUID_STRIDE = 37
"""Characters per GUID in a joined piece: 36 for the GUID, 1 for the ``"|"`` after it."""


class PieceColumn(Sequence[V], ABC, Generic[V]):
    """Rows kept a piece at a time; indexes, negative indexes, slices and iteration read like the list of the rows."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._pieces: list[Any] = []
        self._count = 0

    def _append(self, piece: object, count: int) -> None:
        if count:
            self._starts.append(self._count)
            self._pieces.append(piece)
            self._count += count

    @abstractmethod
    def _values(self, at: int, *, begin: int, end: int) -> list[V]:
        """Rows ``begin`` to ``end`` (offsets inside piece ``at``) as a list."""

    @abstractmethod
    def _value(self, at: int, offset: int) -> V:
        """Row ``offset`` of piece ``at``."""

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, index: int) -> V: ...

    @overload
    def __getitem__(self, index: slice) -> list[V]: ...

    def __getitem__(self, index: int | slice) -> V | list[V]:
        if isinstance(index, slice):
            start, stop, step = index.indices(self._count)
            if step != 1:
                return [self[i] for i in range(start, stop, step)]
            return self._run(start, stop)
        if index < 0:
            index += self._count
        if not 0 <= index < self._count:
            raise IndexError(f"{type(self).__name__} index out of range")
        at = bisect.bisect_right(self._starts, index) - 1
        return self._value(at, index - self._starts[at])

    def __iter__(self) -> Iterator[V]:
        return iter(self._run(0, self._count)) if self._count else iter(())

    def _run(self, start: int, stop: int) -> list[V]:
        """Rows ``start`` to ``stop`` as a list: one C-level operation per piece they touch."""
        values: list[V] = []
        if start >= stop:
            return values
        at = bisect.bisect_right(self._starts, start) - 1
        while start < stop:
            first = self._starts[at]
            end = self._starts[at + 1] if at + 1 < len(self._starts) else self._count
            upto = min(stop, end)
            values.extend(self._values(at, begin=start - first, end=upto - first))
            start, at = upto, at + 1
        return values

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._count} rows in {len(self._pieces)} pieces>"


class GuidColumn(PieceColumn[str | None]):
    """GUIDs (or None, for a piece whose cells are all empty), each piece joined by ``"|"``."""

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
        self._append(joined, count)

    def _values(self, at: int, *, begin: int, end: int) -> list[str | None]:
        joined: str | None = self._pieces[at]
        if joined is None:
            return [None] * (end - begin)
        return joined[GUID_STRIDE * begin : GUID_STRIDE * end - 1].split("|")  # type: ignore[return-value]

    def _value(self, at: int, offset: int) -> str | None:
        joined: str | None = self._pieces[at]
        if joined is None:
            return None
        return joined[GUID_STRIDE * offset : GUID_STRIDE * (offset + 1) - 1]


class _Repeated(NamedTuple):
    value: Any


class SharedColumn(PieceColumn[V]):
    """Cells that repeat: one string per distinct value, a piece of equal cells as one value.

    A list of a million rows from one table holds one ``"Metals"`` instead of a million
    pointers to it.
    """

    def __init__(self, *, empty_as_none: bool) -> None:
        """An empty column.

        Args:
            empty_as_none: Read an empty cell as None.
        """
        super().__init__()
        self._empty_as_none = empty_as_none
        self._seen: dict[str, str] = {}

    @classmethod
    def repeating(cls, value: V, count: int) -> SharedColumn[V]:
        """A column of ``count`` rows that are all ``value``."""
        column: SharedColumn[V] = cls(empty_as_none=False)
        column._append(_Repeated(value), count)
        return column

    def add(self, cells: list[str], distinct: set[str]) -> None:
        """Append a piece.

        Args:
            cells: The piece's cells.
            distinct: The set of ``cells``.
        """
        seen = self._seen
        for value in distinct:
            seen.setdefault(value, value)
        if len(distinct) == 1:
            (value,) = distinct
            self._append(_Repeated(self._read(seen[value])), len(cells))
            return
        shared: list[Any] = list(map(seen.__getitem__, cells))
        if self._empty_as_none and "" in distinct:
            shared = [cell or None for cell in shared]
        self._append(shared, len(cells))

    def _read(self, value: str) -> Any:
        return None if self._empty_as_none and not value else value

    def _values(self, at: int, *, begin: int, end: int) -> list[V]:
        piece = self._pieces[at]
        if isinstance(piece, _Repeated):
            return [piece.value] * (end - begin)
        return piece[begin:end]  # type: ignore[no-any-return]

    def _value(self, at: int, offset: int) -> V:
        piece = self._pieces[at]
        if isinstance(piece, _Repeated):
            return piece.value  # type: ignore[no-any-return]
        return piece[offset]  # type: ignore[no-any-return]


class TextPieces:
    """Where each piece's lines sit in a text, and their cells, split again when read.

    The columns reading from the text (``CellColumn``) share it. It keeps the piece it split
    last, so reading one row's cells column by column splits its piece once.
    """

    def __init__(self, text: str, *, width: int) -> None:
        """No pieces yet.

        Args:
            text: The whole text the pieces are read from (kept, not copied).
            width: Cells on every line of every piece.
        """
        self._text = text
        self.width = width
        self._spans: list[tuple[int, int, int]] = []
        self._last: tuple[int, list[str]] = (-1, [])

    def add(self, start: int, stop: int, *, skip: int) -> int:
        """Note a piece; returns its number for ``cells``.

        Args:
            start: Where the piece starts in the text.
            stop: Where it ends (just after a line break, or the text's end).
            skip: Lines at its start that are not rows (the header and what precedes it).
        """
        self._spans.append((start, stop, skip))
        return len(self._spans) - 1

    def cells(self, at: int) -> list[str]:
        """Piece ``at``'s cells, row after row (``width`` cells a row)."""
        last = self._last
        if last[0] == at:
            return last[1]
        start, stop, skip = self._spans[at]
        lines = self._text[start:stop].splitlines()
        cells = "\t".join(lines[skip:] if skip else lines).split("\t")
        self._last = (at, cells)
        return cells


class CellColumn(PieceColumn[str | None]):
    """One column of a text's pieces (None where empty), copied out only when first read."""

    def __init__(self, source: TextPieces, *, index: int) -> None:
        """An empty column.

        Args:
            source: The pieces' text.
            index: The column's position on a line (0-based).
        """
        super().__init__()
        self._source = source
        self._index = index

    def add(self, at: int, count: int) -> None:
        """Append piece ``at`` of the source, which holds ``count`` rows."""
        self._append(at, count)

    def _column(self, at: int) -> list[str | None]:
        """Piece ``at``'s cells of this column, copied out (and kept) when first read."""
        piece: int | list[str | None] = self._pieces[at]
        if isinstance(piece, list):
            return piece
        cells: list[str | None] = self._source.cells(piece)[self._index :: self._source.width]  # type: ignore[assignment]
        if "" in cells:
            cells = [cell or None for cell in cells]
        self._pieces[at] = cells
        return cells

    def _values(self, at: int, *, begin: int, end: int) -> list[str | None]:
        return self._column(at)[begin:end]

    def _value(self, at: int, offset: int) -> str | None:
        return self._column(at)[offset]
