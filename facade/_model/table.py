"""Table: a table of a database, with its attribute kinds, record tree, searches and bulk fetches."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from generated.models.table import Table as TableModel

from .._core.batching import BatchOptions, ProgressCallback
from .enums import RecordColor
from .record import Record, check_records
from .values import AttributeValue

if TYPE_CHECKING:  # a table's database is created before it, and imports this module
    from .backend import Backend
    from .database import Database

__all__ = ["Table"]


class Table:
    """A table of a database: its records, searches and bulk fetches."""

    def __init__(self, model: TableModel, database: Database) -> None:
        self._model = model
        self.database = database
        self._attribute_types: dict[str, str] | None = None

    @property
    def _backend(self) -> Backend:
        return self.database._backend

    @property
    def name(self) -> str:
        """The table name."""
        return self._model.name

    @property
    def guid(self) -> str:
        """The table GUID."""
        return self._model.guid

    @property
    def db_key(self) -> str:
        """Key of the table's database."""
        return self.database.db_key

    @property
    def version_controlled(self) -> bool:
        """Whether records of this table have versions and release states."""
        return self._model.version_controlled

    @property
    def attribute_types(self) -> dict[str, str]:
        """Attribute names and their kinds (``point``, ``file`` …); one request, cached."""
        if self._attribute_types is None:
            self._attribute_types = self._backend.attribute_types(self)
        return dict(self._attribute_types)

    @property
    def children(self) -> list[Record]:
        """Records and folders at the root of the table."""
        return self._backend.table_children(self)

    def search_for_records_by_name(self, name: str) -> list[Record]:
        """Records of this table named ``name`` (exact, case-insensitive, name or short name)."""
        return self._backend.search(self.database, mode="name", query=name, table=self)

    def search_for_records_by_text(self, text: str) -> list[Record]:
        """Records of this table whose names or text attributes contain ``text``."""
        return self._backend.search(self.database, mode="text", query=text, table=self)

    def create_record(
        self,
        name: str,
        parent: Record | Table | None = None,
        short_name: str | None = None,
        attributes: dict[str, AttributeValue] | None = None,
        folder: bool = False,
        release_record: bool = False,
        color: RecordColor = RecordColor.InheritFromParent,
    ) -> Record:
        """A new record, local until ``Session.update`` pushes it.

        Raises:
            TypeError: ``name`` is not a non-empty str, or another argument has a wrong type.
            ValueError: ``parent`` is a record of another table.
        """
        if not isinstance(name, str) or not name:
            raise TypeError("a new record needs a name (a non-empty str)")
        if isinstance(parent, Record) and parent.table is not self:
            raise ValueError("the parent of a record must be in the same table")
        return Record(
            name,
            self,
            parent=parent,
            short_name=short_name,
            attributes=attributes,
            folder=folder,
            record_color=color,
            release_record=release_record,
        )

    # --- bulk -------------------------------------------------------------------------------

    def bulk_fetch(
        self,
        records: Sequence[Record],
        attributes: Sequence[str] | None = None,
        batch_size: int = 100,
        parallelize: bool = False,
        max_num_threads: int = 6,
        include_binary_data: bool = False,
        *,
        progress: ProgressCallback | None = None,
        show_progress: bool = False,
    ) -> None:
        """Fetch attribute values of ``records`` in batches (None = every attribute)."""
        options = BatchOptions(
            batch_size=batch_size,
            parallelize=parallelize,
            max_num_threads=max_num_threads,
            progress=progress,
            show_progress=show_progress,
        )
        if attributes is not None and (
            isinstance(attributes, str) or not all(isinstance(a, str) for a in attributes)
        ):
            raise TypeError("attributes must be a list of attribute names (or None for all)")
        self._backend.fetch_attributes(
            check_records(records, action="fetching attributes", table=self),
            attributes=list(attributes) if attributes is not None else None,
            include_binary_data=include_binary_data,
            options=options,
        )

    def bulk_fetch_all_record_versions(
        self,
        records: Sequence[Record],
        batch_size: int = 100,
        parallelize: bool = False,
        max_num_threads: int = 6,
    ) -> None:
        """Fill ``all_versions`` and ``release_state`` of ``records`` (one request per record)."""
        options = BatchOptions(
            batch_size=batch_size, parallelize=parallelize, max_num_threads=max_num_threads
        )
        self._backend.fetch_versions(
            check_records(records, action="listing versions", table=self), options=options
        )

    def __repr__(self) -> str:
        return f"<Table {self.db_key}/{self.name}>"
