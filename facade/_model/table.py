"""Table: a table of a database, with its attribute kinds, record tree, searches and bulk fetches."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from generated.models.table import Table as TableModel

from .._core.batching import BatchOptions, Progress
from .._core.calls import names_errors
from .enums import RecordColor
from .record import Record, check_records
from .values import AttributeValue

if TYPE_CHECKING:  # a table's database is created before it, and imports this module
    from .backend import Backend
    from .database import Database

__all__ = ["Table"]


class Table:
    """A table of a database: its records, searches and bulk fetches.

    Get tables from ``Database.tables`` or ``Database.get_table`` rather than building them.

    Args:
        model: What the server sent about the table.
        database: The table's database.
    """

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
        """Find the records of this table whose name or short name is ``name``.

        Args:
            name: The exact name (case-insensitive).

        Returns:
            The records found.

        Raises:
            TypeError: ``name`` is not a str.
            ValueError: ``name`` is empty or longer than 1000 characters.
        """
        return self._backend.search(self.database, mode="name", query=name, table=self)

    def search_for_records_by_text(self, text: str) -> list[Record]:
        """Find the records of this table whose names or text attributes contain ``text``.

        Args:
            text: The text to look for.

        Returns:
            The records found.

        Raises:
            TypeError: ``text`` is not a str.
            ValueError: ``text`` is empty or longer than 1000 characters.
        """
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

        Unlike records read from the server, a new record is not released by ``update``
        unless ``release_record=True`` (or ``record.flag_for_release = True``).

        Args:
            name: The record's name.
            parent: The parent record or folder (None or the table: the table's root).
            short_name: The short name shown in the tree (default: the name).
            attributes: Values to write with the record, by attribute name.
            folder: Make a folder rather than a record.
            release_record: Release the record when ``update`` creates it (default False).
            color: Its colour in the viewer's tree.

        Returns:
            The new record (not yet on the server).

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

    @names_errors("bulk_fetch")
    def bulk_fetch(
        self,
        records: Sequence[Record],
        attributes: Sequence[str] | None = None,
        batch_size: int = 100,
        parallelize: bool = False,
        max_num_threads: int = 6,
        include_binary_data: bool = False,
        *,
        progress: Progress = None,
        show_progress: bool = False,
    ) -> None:
        """Fetch the attribute values of many records of this table, in batches.

        Failures: this fills the records in place and returns nothing, so any record that
        could not be fetched raises ``BulkOperationError`` after the others were filled;
        its ``failures`` say which and why.

        Args:
            records: Records of this table that exist on the server.
            attributes: Names of the attributes to fetch; None fetches every attribute.
            batch_size: Records per request (capped at the server's limit).
            parallelize: Send batches on several threads.
            max_num_threads: Most threads when parallel.
            include_binary_data: Fetch the bytes of files and pictures too (else a URL).
            progress: A callback ``progress(done, total)``, or True for a progress bar.
            show_progress: Same as ``progress=True``.

        Raises:
            TypeError: An argument has the wrong type.
            ValueError: A record is in another table, or a bulk option is out of range.
            InvalidRecordStateError: A record is not on the server.
            BulkOperationError: Some records could not be fetched.
        """
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

    @names_errors("bulk_fetch_all_record_versions")
    def bulk_fetch_all_record_versions(
        self,
        records: Sequence[Record],
        batch_size: int = 100,
        parallelize: bool = False,
        max_num_threads: int = 6,
        *,
        progress: Progress = None,
    ) -> None:
        """Fill ``all_versions`` and ``release_state`` of records (one request per record).

        Failures: the records are filled in place; when any could not be read, the first
        error is raised after the others were filled.

        Args:
            records: Records of this table that exist on the server.
            batch_size: Accepted for compatibility (versions are listed one record at a time).
            parallelize: Send requests on several threads.
            max_num_threads: Most threads when parallel.
            progress: A callback ``progress(done, total)``, or True for a progress bar.

        Raises:
            TypeError: An argument has the wrong type.
            ValueError: A record is in another table, or a bulk option is out of range.
            InvalidRecordStateError: A record is not on the server.
            APIError: A record's versions could not be read.
        """
        options = BatchOptions(
            batch_size=batch_size,
            parallelize=parallelize,
            max_num_threads=max_num_threads,
            progress=progress,
        )
        self._backend.fetch_versions(
            check_records(records, action="listing versions", table=self), options=options
        )

    # --- dataframes -------------------------------------------------------------------------

    def to_dataframe(
        self, records: Sequence[Record] | None = None, attributes: Sequence[str] | None = None
    ) -> Any:
        """Records of this table as a ``pandas.DataFrame``, one row per record.

        See ``records_to_dataframe`` for the columns (units in the names and in
        ``df.attrs["units"]``). For tables too large for memory use ``export_table``.

        Args:
            records: Records of this table; None for every record (the tree is walked).
            attributes: Attribute names to include, in order; None for all.

        Returns:
            A ``pandas.DataFrame``.

        Raises:
            ImportError: pandas is not installed (``servicelayer-sdk[dataframe]``).
            ValueError: A record is not in this table.
        """
        from .dataframes import records_to_dataframe

        if records is None:
            listed = [r for page in self._backend.record_pages(self) for r in page]
        else:
            listed = check_records(records, table=self)
        return records_to_dataframe(listed, attributes)

    def __repr__(self) -> str:
        return f"<Table {self.db_key}/{self.name}>"
