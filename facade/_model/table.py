"""Table: a table of a database, with its attribute definitions, searches and bulk fetches."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from generated.api.binary import download_binary_data
from generated.api.databases import list_attribute_definitions
from generated.api.records import list_record_versions
from generated.models.attribute_definition_list import AttributeDefinitionList
from generated.models.export_result import ExportResult
from generated.models.record_list import RecordList
from generated.models.table import Table as TableModel
from generated.types import File

from .._core.batching import ProgressCallback, check_batch_options, run_batches
from .._core.responses import checked
from .._ops.listings import search, table_children
from .._ops.reads import export
from .enums import RecordColor, ReleaseState
from .record import Record
from .tabular import AttributeTabular
from .values import AttributeValue, values_from_models

if TYPE_CHECKING:
    from .._session import Session
    from .database import Database

__all__ = ["Table"]


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
        for value in values.values():
            if isinstance(value, AttributeTabular):
                value.bind_record(record)
        if partial and record._attributes is not None:
            record._attributes.update(values)
        else:
            record._attributes = values

    def __repr__(self) -> str:
        return f"<Table {self.db_key}/{self.name}>"
