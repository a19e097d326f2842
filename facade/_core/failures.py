"""What a bulk operation reports for an item that did not succeed, and look-up results.

A look-up whose identifiers are not found reports every one of them in the result's
``failures``, with its reason. For a record list of 100,000 rows that nobody can see, building
100,000 errors up front cost more than reading the list and sending it; ``ExplainedFailures``
keeps which entries failed and builds each failure (item, error, reason) the first time it is
read, so the failures are all there, and cost only when looked at.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar, overload

__all__ = ["ExplainedFailures", "ItemFailure", "LookupResult", "describe_item"]

T = TypeVar("T")
R = TypeVar("R")


@dataclass
class ItemFailure(Generic[T]):
    """One item of a bulk operation that did not succeed, and why.

    Attributes:
        item: The record (or identifier, or record-list row) that failed.
        error: The error that explains why.
        note: What the SDK kept for a later call, e.g. staged links; empty if nothing.
    """

    item: T
    error: Exception
    note: str = ""

    @property
    def reason(self) -> str:
        """Why the item failed, in one line (with what was kept for a later call, if any)."""
        return f"{self.error}; {self.note}" if self.note else str(self.error)

    def __str__(self) -> str:
        return f"{describe_item(self.item)}: {self.reason}"


def describe_item(item: object) -> str:
    """How messages name ``item``: a record-list row by its line, anything else by its repr."""
    line = getattr(item, "line", None)
    if isinstance(line, int) and not isinstance(line, bool):
        return f"line {line}"
    return repr(item)


class ExplainedFailures(Sequence[ItemFailure[Any]]):
    """The failures of the entries at ``indexes`` (ascending), in order, each built when first read.

    ``explain(index)`` builds the failure of entry ``index``; it is called at most once per entry.
    """

    def __init__(self, indexes: Sequence[int], explain: Callable[[int], ItemFailure[Any]]) -> None:
        self._indexes = indexes
        self._explain = explain
        self._built: dict[int, ItemFailure[Any]] = {}

    @property
    def indexes(self) -> list[int]:
        """The failed entries' indexes, ascending."""
        return list(self._indexes)

    def __len__(self) -> int:
        return len(self._indexes)

    @overload
    def __getitem__(self, position: int) -> ItemFailure[Any]: ...

    @overload
    def __getitem__(self, position: slice) -> list[ItemFailure[Any]]: ...

    def __getitem__(self, position: int | slice) -> ItemFailure[Any] | list[ItemFailure[Any]]:
        if isinstance(position, slice):
            return [self.of_entry(i) for i in self._indexes[position]]
        return self.of_entry(self._indexes[position])

    def __iter__(self) -> Iterator[ItemFailure[Any]]:
        return (self.of_entry(i) for i in self._indexes)

    def has_entry(self, index: int) -> bool:
        """True if entry ``index`` failed."""
        at = bisect.bisect_left(self._indexes, index)
        return at < len(self._indexes) and self._indexes[at] == index

    def of_entry(self, index: int) -> ItemFailure[Any]:
        """The failure of entry ``index`` (KeyError if that entry did not fail)."""
        failure = self._built.get(index)
        if failure is None:
            if not self.has_entry(index):
                raise KeyError(index)
            failure = self._built[index] = self._explain(index)
        return failure


class LookupResult(list[R | None]):
    """One entry per identifier asked for: the record, or None where it was not resolved.

    ``reason(index)`` says why an entry is None; ``failures`` lists every unresolved
    identifier with its error.

    Attributes:
        failures: One ``ItemFailure`` (identifier and error) per unresolved identifier.
    """

    def __init__(
        self,
        entries: Sequence[R | None] = (),
        failures: Mapping[int, ItemFailure[Any]] | None = None,
        *,
        unresolved: Sequence[int] = (),
        explain: Callable[[int], ItemFailure[Any]] | None = None,
    ) -> None:
        """Build a result.

        Args:
            entries: The record, or None, for each identifier in order.
            failures: The failure of each unresolved entry, by index.
            unresolved: With ``explain``, the indexes of the unresolved entries, ascending;
                their failures are built when first read instead of up front.
            explain: Builds the failure of one unresolved entry from its index; called at
                most once per entry.
        """
        super().__init__(entries)
        if explain is not None:
            self._failures = ExplainedFailures(unresolved, explain)
        else:
            by_index = dict(failures or {})
            self._failures = ExplainedFailures(sorted(by_index), by_index.__getitem__)

    @property
    def failures(self) -> list[ItemFailure[Any]]:
        """The unresolved identifiers and why, in order."""
        return list(self._failures)

    @property
    def unresolved(self) -> list[int]:
        """The indexes of the entries that are None."""
        return self._failures.indexes

    def reason(self, index: int) -> str | None:
        """Why entry ``index`` is None, or None when it was resolved.

        Args:
            index: Position of the identifier in the list that was looked up.

        Returns:
            The reason, e.g. ``"no record ... (or not visible to this account)"``.
        """
        entry = index if index >= 0 else len(self) + index
        if not self._failures.has_entry(entry):
            return None
        return self._failures.of_entry(entry).reason

    def _repr_html_(self) -> str:
        """One row per identifier (not found ones marked) for notebooks, then the reasons."""
        from .display import items_html

        return items_html(self, self.failures, what="looked up")
