"""Database and Table: the tree above records, with searches and the per-table bulk fetches."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from generated.api.binary import download_binary_data
from generated.api.databases import list_attribute_definitions, list_tables
from generated.api.records import list_record_versions
from generated.models.attribute_definition_list import AttributeDefinitionList
from generated.models.database import Database as DatabaseModel
from generated.models.export_result import ExportResult
from generated.models.record_list import RecordList
from generated.models.table import Table as TableModel
from generated.models.table_list import TableList
from generated.types import File, Unset

from ._bulk import ProgressCallback, check_batch_options, checked, run_batches
from ._bulk_reads import export
from ._lookups import records_by_ids
from ._record_enums import RecordColor, ReleaseState
from ._records import Record
from ._search import search, table_children
from ._values import AttributeValue, values_from_models

if TYPE_CHECKING:
    from ._session import Session

__all__ = ["Database", "Table"]


class Database:
    """A database: its key, GUIDs, name and tables (loaded once, on first use)."""

    def __init__(self, model: DatabaseModel, session: Session) -> None:
        self._model = model
        self._session = session
        self._tables: list[Table] | None = None
        self._tables_by_guid: dict[str, Table] = {}
        self._tables_lock = threading.Lock()

    @property
    def db_key(self) -> str:
        """The database key (e.g. ``DEMO_MATERIALS``)."""
        return self._model.key

    key = db_key

    @property
    def guid(self) -> str:
        """The database GUID."""
        return self._model.guid

    @property
    def version_guid(self) -> str:
        """The GUID of this version of the database."""
        return self._model.version_guid

    @property
    def name(self) -> str:
        """The database name."""
        return self._model.name

    @property
    def currency(self) -> str | None:
        """Currency code of the database's prices, if any."""
        value = self._model.currency_code
        return None if isinstance(value, Unset) else value

    @property
    def tables(self) -> list[Table]:
        """Every table (one request, then cached; ``refresh_tables()`` reloads)."""
        if self._tables is None:
            self.refresh_tables()
        return list(self._tables or [])

    @property
    def tables_by_name(self) -> dict[str, Table]:
        """Tables by name."""
        return {t.name: t for t in self.tables}

    @property
    def tables_by_guid(self) -> dict[str, Table]:
        """Tables by GUID."""
        return {t.guid: t for t in self.tables}

    def refresh_tables(self) -> None:
        """Reload the tables (one request)."""
        response = list_tables.sync_detailed(self.db_key, client=self._session._client)
        listed = checked(response, "list_tables", TableList)
        tables = [Table(model, self) for model in listed.tables]
        self._tables_by_guid = {table.guid: table for table in reversed(tables)}
        self._tables = tables

    def _table_with_guid(self, guid: str) -> Table | None:
        """The table with exactly this GUID (tables loaded on first use), else None."""
        if self._tables is None:
            with self._tables_lock:  # batches read in threads load the tables once
                if self._tables is None:
                    self.refresh_tables()
        return self._tables_by_guid.get(guid)

    def get_table(self, name: str) -> Table:
        """The table called ``name`` (case-insensitive); KeyError if there is none."""
        if not isinstance(name, str):
            raise TypeError(f"name must be a str, not {type(name).__name__}")
        wanted = name.casefold()
        for table in self.tables:
            if table.name.casefold() == wanted:
                return table
        raise KeyError(f"no table named {name!r} in database {self.db_key!r}")

    def get_table_by_guid(self, guid: str) -> Table:
        """The table with GUID ``guid`` (case-insensitive); KeyError if there is none."""
        if not isinstance(guid, str):
            raise TypeError(f"guid must be a str, not {type(guid).__name__}")
        wanted = guid.casefold()
        for table in self.tables:
            if table.guid.casefold() == wanted:
                return table
        raise KeyError(f"no table with GUID {guid!r} in database {self.db_key!r}")

    def get_record_by_id(
        self,
        hguid: str | None = None,
        vguid: str | None = None,
        history_identity: int | None = None,
        version_number: int | None = None,
    ) -> Record | None:
        """The record these identifiers name in this database (see ``Session.get_record_by_id``)."""
        return self._session.get_record_by_id(
            self.db_key, hguid, vguid, history_identity, version_number
        )

    def get_records_by_ids(
        self, record_identifiers: Sequence[dict[str, Any]]
    ) -> list[Record | None]:
        """One record (or None) per identifier dict; ``db_key`` defaults to this database's."""
        return records_by_ids(self._session, record_identifiers, default_db_key=self.db_key)

    def search_for_records_by_name(self, name: str) -> list[Record]:
        """Records whose name or short name is ``name`` (exact, case-insensitive)."""
        return search(self._session, self, "name", name)

    def search_for_records_by_text(self, text: str) -> list[Record]:
        """Records whose names or text attributes contain ``text``."""
        return search(self._session, self, "text", text)

    def __repr__(self) -> str:
        return f"<Database {self.db_key}: {self.name!r}>"


class Table:
    """A table of a database: its records, searches and bulk fetches."""

    def __init__(self, model: TableModel, database: Database) -> None:
        self._model = model
        self.database = database
        self._definitions: dict[str, Any] | None = None

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
    def _session(self) -> Session:
        return self.database._session

    @property
    def attribute_types(self) -> dict[str, str]:
        """Attribute names and their kinds (``point``, ``file`` …); one request, cached."""
        if self._definitions is None:
            response = list_attribute_definitions.sync_detailed(
                self.db_key, self.guid, client=self._session._client
            )
            listed = checked(response, "list_attribute_definitions", AttributeDefinitionList)
            self._definitions = {d.name: d for d in listed.attributes}
        return {name: str(d.type_) for name, d in self._definitions.items()}

    @property
    def children(self) -> list[Record]:
        """Records and folders at the root of the table."""
        return table_children(self._session, self)

    def search_for_records_by_name(self, name: str) -> list[Record]:
        """Records of this table named ``name`` (exact, case-insensitive, name or short name)."""
        return search(self._session, self.database, "name", name, table=self)

    def search_for_records_by_text(self, text: str) -> list[Record]:
        """Records of this table whose names or text attributes contain ``text``."""
        return search(self._session, self.database, "text", text, table=self)

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
        """A new record, local until ``Session.update`` pushes it."""
        if not isinstance(name, str) or not name:
            raise TypeError("a new record needs a name (a non-empty str)")
        if isinstance(parent, Record) and parent.table is not self:
            raise ValueError("the parent of a record must be in the same table")
        return Record(name, self, parent, short_name, attributes, folder, color, release_record)

    # --- bulk -------------------------------------------------------------------------------

    def _check_records(self, records: Sequence[Record], action: str) -> list[Record]:
        if isinstance(records, Record) or not isinstance(records, Sequence | set):
            raise TypeError("records must be a list of Record")
        result = list(records)
        for record in result:
            if not isinstance(record, Record):
                raise TypeError(f"records must be Record objects, not {type(record).__name__}")
            if record.table is not self:
                raise ValueError(f"{record!r} is not in table {self.name!r}")
            record._require_server(action)
        return result

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
        check_batch_options(batch_size, parallelize, max_num_threads)
        if attributes is not None and (
            isinstance(attributes, str) or not all(isinstance(a, str) for a in attributes)
        ):
            raise TypeError("attributes must be a list of attribute names (or None for all)")
        items = self._check_records(records, "fetching attributes")
        export(
            self._session,
            items,
            attributes=list(attributes) if attributes is not None else None,
            include_binary_data=include_binary_data,
            include_links=False,
            batch_size=batch_size,
            parallelize=parallelize,
            max_num_threads=max_num_threads,
            progress=progress,
            show_progress=show_progress,
        )

    def bulk_fetch_all_record_versions(
        self,
        records: Sequence[Record],
        batch_size: int = 100,
        parallelize: bool = False,
        max_num_threads: int = 6,
    ) -> None:
        """Fill ``all_versions`` and ``release_state`` of ``records`` (one request per record)."""
        check_batch_options(batch_size, parallelize, max_num_threads)
        items = self._check_records(records, "listing versions")
        client = self._session._client

        def send(batch: Sequence[Record]) -> list[list[Record] | Exception]:
            answers: list[list[Record] | Exception] = []
            for record in batch:
                guid = record.history_guid or ""
                response = list_record_versions.sync_detailed(self.db_key, guid, client=client)
                listed = checked(response, "list_record_versions", RecordList)
                answers.append([Record._from_model(m, self) for m in listed.records])
            return answers

        results, failures = run_batches(
            items,
            send,
            batch_size=1,
            max_batch_size=1,
            parallelize=parallelize,
            max_num_threads=max_num_threads,
        )
        for record, versions in zip(items, results, strict=True):
            if versions is None:
                continue
            record._all_versions = {f"v{v.version_number or 0}": v for v in versions}
            own = next((v for v in versions if v.record_guid == record.record_guid), None)
            if own is not None:
                record._release_state = own._release_state
            elif versions:
                record._release_state = ReleaseState.Unknown
        if failures:
            raise failures[0].error

    def _download(self, url: str) -> Callable[[], bytes] | None:
        binary_id = url.rstrip("/").rsplit("/", 1)[-1]
        client = self._session._client

        def load() -> bytes:
            response = download_binary_data.sync_detailed(self.db_key, binary_id, client=client)
            return checked(response, "download_binary_data", File).payload.read()

        return load

    def _apply_export(self, record: Record, result: ExportResult, partial: bool) -> None:
        values = values_from_models(result.attributes, self._download)
        if partial and record._attributes is not None:
            record._attributes.update(values)
        else:
            record._attributes = values

    def __repr__(self) -> str:
        return f"<Table {self.db_key}/{self.name}>"
