"""What a record adds for its subsets and for copies of itself; mixed into ``Record``.

``Record.subsets`` is read on first use (one request) and edited in place or by assignment;
``Session.update`` pushes the edited set. ``copy_to`` copies a record on the server at once.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, cast

from .._core.batching import BatchOptions
from .._core.checks import optional_str

if TYPE_CHECKING:  # annotations only: records import this module
    from generated.models.record import Record as RecordModel

    from .backend import Backend
    from .record import Record
    from .table import Table

__all__ = ["RecordSubsetsMixin"]


def _checked_names(values: object) -> set[str]:
    if isinstance(values, str) or not isinstance(values, Iterable):
        raise TypeError(f"subsets must be a set of subset names, not {type(values).__name__}")
    names = set(values)
    for name in names:
        if not isinstance(name, str) or not name:
            raise TypeError(f"subset names are non-empty str, not {name!r}")
    return names


class RecordSubsetsMixin:
    """The subsets a record belongs to, and copies of the record."""

    if not TYPE_CHECKING:  # Record holds the state in its slots; mypy checks it there
        __slots__ = ()

    _server_subsets: frozenset[str] | None
    _staged_subsets: set[str] | None

    if TYPE_CHECKING:
        _table: Table

        @property
        def _backend(self) -> Backend: ...

        @property
        def exists_on_server(self) -> bool: ...

        def _require_server(self, action: str) -> RecordModel: ...

    @property
    def subsets(self) -> set[str]:
        """Subsets of its table the record belongs to (read on first use, one request).

        The set can be changed in place (``record.subsets.add("Aerospace alloys")``) or
        replaced; ``Session.update`` pushes it. A record joining a subset brings its parent
        folders along, and one leaving a subset takes its descendants out of it. A new record
        starts in the subsets applied to its table (``Table.subsets``).
        """
        if self._staged_subsets is None:
            if self.exists_on_server:
                if self._server_subsets is None:
                    result = self._backend.fetch_subsets(
                        [cast("Record", self)], options=BatchOptions()
                    )
                    if result.failures:
                        raise result.failures[0].error
                self._staged_subsets = set(self._server_subsets or ())
            else:
                self._staged_subsets = self._table.subsets
        return self._staged_subsets

    @subsets.setter
    def subsets(self, values: Iterable[str]) -> None:
        self._staged_subsets = _checked_names(values)

    def _set_subsets(self, names: Iterable[str]) -> None:
        """The subsets the server reported for this record."""
        self._server_subsets = frozenset(names)

    @property
    def _subsets_to_push(self) -> list[str] | None:
        """The subsets an update sends: a new record's, or changed ones (None: leave them)."""
        staged = self._staged_subsets
        if not self.exists_on_server:
            if staged is None:
                staged = self._table._subsets_if_applied
            return sorted(staged) if staged is not None else None
        if staged is None or frozenset(staged) == self._server_subsets:
            return None
        return sorted(staged)

    def _subsets_pushed(self) -> None:
        """An update stored the staged subsets (if any) on the server."""
        if self._staged_subsets is not None:
            self._server_subsets = frozenset(self._staged_subsets)
        self._staged_subsets = None

    def copy_to(
        self, destination: Record | Table, record_name: str | None = None, release: bool = False
    ) -> Record:
        """Copy this record below ``destination`` now (one request), with its values and subsets.

        The copy is a new record of the same table: the attribute values of this version and
        the same subsets; links are not copied. In a version-controlled table the copy is
        unreleased unless ``release`` is True.

        Args:
            destination: A folder or record of this record's table, or the table for its root.
            record_name: The copy's name (and short name); default this record's name. The
                server refuses a name already used at the destination.
            release: Release the copy (version-controlled tables only).

        Returns:
            The new record, on the server.

        Raises:
            InvalidRecordStateError: This record or ``destination`` is not on the server.
            TypeError: ``destination`` is neither a Record nor a Table, or an argument has
                the wrong type.
            ValueError: ``destination`` is in another table.
            APIError: The server refused (e.g. the name is taken at the destination).
        """
        self._require_server("copying it")
        if isinstance(destination, RecordSubsetsMixin):  # a Record: the only class mixing this in
            destination._require_server("copying a record below it")
            if destination.table is not self._table:
                raise ValueError("a record can only be copied within its own table")
        elif destination is not self._table:
            if not hasattr(destination, "guid"):
                raise TypeError(
                    f"destination must be a Record or the Table, not {type(destination).__name__}"
                )
            raise ValueError(
                f"a record can only be copied within its own table ({self._table.name!r})"
            )
        name = optional_str(record_name, "record_name")
        if not isinstance(release, bool):
            raise TypeError("release must be True or False")
        me = cast("Record", self)
        model = self._backend.copy_record(me, parent=destination, name=name, release=release)
        copy = type(me)._from_model(model, self._table)
        copy._place_in_tree(destination, [])
        return copy
