"""What a record adds for moving through its table's tree; mixed into ``Record``.

Every descendant from one listing, and moves.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .tree import Tree, kept

if TYPE_CHECKING:  # annotations only: records import this module
    from generated.models.record import Record as RecordModel

    from .backend import Backend
    from .record import Record
    from .table import Table

__all__ = ["RecordTreeMixin"]


class RecordTreeMixin:
    """Descendants and moves of a record."""

    if not TYPE_CHECKING:  # Record holds the state in its slots; mypy checks it there
        __slots__ = ()

    if TYPE_CHECKING:
        _table: Table
        _parent: Record | Table | None
        _children: list[Record] | None

        @property
        def _backend(self) -> Backend: ...

        def _require_server(self, action: str) -> RecordModel: ...

        def _load(self, model: RecordModel) -> None: ...

    @property
    def _this_record(self) -> Record:
        return cast("Record", self)  # mixed into Record only

    def _place_in_tree(self, parent: Record | Table | None, children: list[Record]) -> None:
        """Parent and children read from a listing of the table (no request needed later)."""
        if parent is not None:
            self._parent = parent
        self._children = list(children)

    def get_descendants(
        self,
        include_folders: bool = False,
        include_generics: bool = True,
        filter_by_subset: bool = True,
        subset_name: str | None = None,
    ) -> list[Record]:
        """Every record below this one, at any depth, from one paged listing.

        Args:
            include_folders: Also return folders.
            include_generics: Also return generic records (folders holding data).
            filter_by_subset: Keep only records in a subset: ``subset_name``, or the one
                applied to the table. False: records in every subset.
            subset_name: The subset to keep (default: the one applied to the table).

        Returns:
            The descendants, each with its parent and children filled in.

        Raises:
            ValueError: Several subsets are applied and no ``subset_name`` was given, or the
                table has no such subset.
            InvalidRecordStateError: The record is not on the server.
        """
        self._require_server("listing its descendants")
        subset = self._table._subset_filter(filter_by_subset, subset_name)
        me = self._this_record
        listed = self._backend.table_records(self._table, under=me, subset=subset)
        tree = Tree(self._table, listed, top=me)
        self._children = tree.children_of(me)
        return kept(
            tree.records, include_folders=include_folders, include_generics=include_generics
        )

    def move_to(self, new_parent: Record | Table) -> None:
        """Move this record below ``new_parent``, at once and without a new version.

        ``new_parent`` is a folder or record of the record's table, or the table for its root.

        Raises:
            InvalidRecordStateError: This record or ``new_parent`` is not on the server.
            ValueError: ``new_parent`` is not in this record's table.
            APIError: The server refused (e.g. the record would become its own ancestor).
        """
        self._require_server("moving it")
        if isinstance(new_parent, RecordTreeMixin):  # a Record: the only class mixing this in
            new_parent._require_server("moving a record below it")
            if new_parent.table is not self._table:
                raise ValueError("a record can only move within its own table")
        elif new_parent is not self._table:
            raise ValueError(
                "a record can only move within its own table: new_parent must be a folder or "
                f"record of {self._table.name!r}, or that table (not {type(new_parent).__name__})"
            )
        model = self._backend.move_record(self._this_record, new_parent)
        self._load(model)
        self._parent = new_parent
