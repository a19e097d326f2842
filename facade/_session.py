"""Session: the databases of one Service Layer, record look-ups, searches and bulk operations.

Names, parameters and defaults follow seed 000. Session properties come from the
``Connection``; the per-record batch work is cut into batches by ``_bulk.run_batches`` and
every batch POST carries its own Idempotency-Key.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

from generated.api.batch import fetch_release_states, resolve_records
from generated.api.databases import list_databases
from generated.api.records import (
    get_record,
    get_record_version,
    list_record_children,
    list_table_children,
)
from generated.api.search import search_records
from generated.models.database_list import DatabaseList
from generated.models.record import Record as RecordModel
from generated.models.record_page import RecordPage
from generated.models.record_reference import RecordReference
from generated.models.release_states_request import ReleaseStatesRequest
from generated.models.release_states_response import ReleaseStatesResponse
from generated.models.resolve_response import ResolveResponse
from generated.models.search_mode import SearchMode
from generated.models.table import Table as TableModel
from generated.types import UNSET

from ._bulk import (
    BulkResult,
    ItemFailure,
    ProgressCallback,
    check_batch_options,
    checked,
    idempotency_key,
    item_error,
    run_batches,
)
from ._errors import InvalidRecordStateError, ServiceLayerError
from ._identifiers import reference_from_ids, references_from_identifiers
from ._records import Record, ReleaseState
from ._tree import Database, Table, export_batch
from ._tsv import parse_record_list
from ._wire_references import WireReference, resolve_request, wire_references
from ._writes import delete_items, import_items, link_items

if TYPE_CHECKING:
    from ._connection import Connection

__all__ = ["BulkOperationError", "Session"]

logger = logging.getLogger("facade.session")


class BulkOperationError(ServiceLayerError):
    """Some items of a look-up failed; ``results`` keeps what succeeded, ``failures`` the rest."""

    def __init__(self, message: str, results: list[Any], failures: list[ItemFailure[Any]]):
        super().__init__(message)
        self.results = results
        self.failures = failures


class Session:
    """A signed-in session (build it with ``SessionBuilder``)."""

    def __init__(self, connection: Connection) -> None:
        self._connection = connection
        self._client = connection.client
        self._dbs: list[Database] | None = None
        self._dbs_index: dict[str, Database] = {}
        self._lock = threading.Lock()

    # --- delegated to the connection --------------------------------------------------------

    @property
    def service_layer_url(self) -> str:
        """Service Layer URL."""
        return self._connection.service_layer_url

    @property
    def viewer_base_url(self) -> str:
        """Viewer URL associated with the Service Layer."""
        return self._connection.viewer_base_url

    @property
    def refresh_token(self) -> str | None:
        """The OIDC refresh token (or the token supplied), if any."""
        return self._connection.refresh_token

    @property
    def username(self) -> str | None:
        """The signed-in user."""
        return self._connection.username

    @property
    def authenticated(self) -> bool:
        """True while requests will be accepted."""
        return self._connection.authenticated

    @property
    def expired(self) -> bool:
        """True when the credentials have run out."""
        return self._connection.expired

    @property
    def max_batch_size(self) -> int:
        """The server's batch limit (items per batch request)."""
        return self._connection.max_batch_size

    def persist_oidc_token(self) -> None:
        """Store the refresh token in the system's credential store."""
        self._connection.persist_oidc_token()

    def close(self) -> None:
        """Sign out and close connections."""
        self._connection.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<Session {self.service_layer_url} as {self.username!r}>"

    # --- databases --------------------------------------------------------------------------

    @property
    def dbs(self) -> list[Database]:
        """Databases on the server (loaded once; ``refetch_dbs()`` reloads)."""
        with self._lock:
            if self._dbs is None:
                self._load_dbs()
            return list(self._dbs or [])

    def _load_dbs(self) -> None:
        response = list_databases.sync_detailed(client=self._client)
        listed = checked(response, "list_databases", DatabaseList)
        dbs = [Database(model, self) for model in listed.databases]
        self._dbs_index = {db.db_key: db for db in dbs}
        self._dbs = dbs

    def refetch_dbs(self) -> None:
        """Fetch the list of databases from the server (one request)."""
        with self._lock:
            self._load_dbs()

    @property
    def dbs_by_key(self) -> dict[str, Database]:
        """Databases by key."""
        return {db.db_key: db for db in self.dbs}

    @property
    def dbs_by_guid(self) -> dict[str, Database]:
        """Databases by GUID; KeyError if two databases share one."""
        result: dict[str, Database] = {}
        for db in self.dbs:
            if db.guid in result:
                raise KeyError(
                    f"databases {result[db.guid].db_key!r} and {db.db_key!r} share GUID {db.guid}"
                )
            result[db.guid] = db
        return result

    def get_db(
        self,
        name: str | None = None,
        db_key: str | None = None,
        guid: str | None = None,
        version_guid: str | None = None,
    ) -> Database:
        """The one database matching every criterion given; KeyError for none, several or no criteria."""
        criteria = {"name": name, "db_key": db_key, "guid": guid, "version_guid": version_guid}
        given = {k: v for k, v in criteria.items() if v is not None}
        if not given:
            raise KeyError("get_db needs at least one of name, db_key, guid or version_guid")
        for key, value in given.items():
            if not isinstance(value, str):
                raise TypeError(f"{key} must be a str, not {type(value).__name__}")
        found = [db for db in self.dbs if all(getattr(db, k) == v for k, v in given.items())]
        if not found:
            raise KeyError(f"no database matches {given}")
        if len(found) > 1:
            raise KeyError(f"{len(found)} databases match {given}: {[db.db_key for db in found]}")
        return found[0]

    def _table_for(self, model: RecordModel) -> Table:
        # Indexes built when databases and tables load: this runs once per record received.
        db = self._dbs_index.get(model.database_key) or self.dbs_by_key.get(model.database_key)
        if db is None:
            self.refetch_dbs()
            db = self.dbs_by_key[model.database_key]
        table = db._table_with_guid(model.table_guid)
        if table is not None:
            return table
        db.refresh_tables()
        table = db._table_with_guid(model.table_guid)
        if table is not None:
            return table
        stub = TableModel(
            model.table_guid, model.table_name, model.database_key, model.version_number is not None
        )
        return Table(stub, db)

    def _record(self, model: RecordModel) -> Record:
        return Record._from_model(model, self._table_for(model))

    # --- look-ups ---------------------------------------------------------------------------

    def get_record_by_id(
        self,
        db_key: str,
        hguid: str | None = None,
        vguid: str | None = None,
        history_identity: int | None = None,
        version_number: int | None = None,
    ) -> Record | None:
        """The record these identifiers name (vguid > history_identity (+version) > hguid), or None.

        A vguid or a lone hguid is one GET of that version or history (404 reads as None);
        a history identity goes through the resolve batch operation.
        """
        reference = reference_from_ids(db_key, hguid, vguid, history_identity, version_number)
        key = reference.database_key
        if isinstance(reference.version_guid, str):
            answer = get_record_version.sync_detailed(
                key, reference.version_guid, client=self._client
            )
            return self._found(answer, "get_record_version")
        if isinstance(reference.history_guid, str):
            answer = get_record.sync_detailed(key, reference.history_guid, client=self._client)
            return self._found(answer, "get_record")
        return self._resolve([reference], strict=True)[0]

    def _found(self, response: Any, operation: str) -> Record | None:
        if int(response.status_code) == 404:
            return None
        return self._record(checked(response, operation, RecordModel))

    def get_records_by_ids(
        self, record_identifiers: Sequence[dict[str, str | int]]
    ) -> list[Record | None]:
        """One Record (or None if unresolved) per identifier dict, in as few requests as allowed."""
        return self._records_by_ids(record_identifiers)

    def _records_by_ids(
        self, record_identifiers: Sequence[Any], default_db_key: str | None = None
    ) -> list[Record | None]:
        references = references_from_identifiers(record_identifiers, default_db_key)
        return self._resolve(references, strict=True)

    def records_from_string(
        self, text: str, use_strict_version: bool = True
    ) -> list[Record | None]:
        """Records of a tab-separated record list (see ``_tsv``); None where not visible."""
        if not isinstance(use_strict_version, bool):
            raise TypeError("use_strict_version must be a bool")
        rows = parse_record_list(text, use_strict_version)
        if use_strict_version:
            references = wire_references(rows.db_keys, rows.version_guids, "versionGuid")
        else:
            references = wire_references(rows.db_keys, rows.history_guids, "historyGuid")
        return self._resolve(references, strict=use_strict_version)

    def _resolved(self, model: object, index: int) -> Record | None:
        """A resolve result: None means not found; anything unreadable is an error, not None."""
        if model is None:
            return None
        if isinstance(model, RecordModel):
            return self._record(model)
        raise ServiceLayerError(
            f"resolve_records: result {index} of the batch is not a record the contract "
            "describes; the server's answer does not match the API version this SDK expects"
        )

    def _resolve(
        self, references: Sequence[RecordReference] | Sequence[WireReference], strict: bool
    ) -> list[Record | None]:
        def send(batch: Sequence[Any]) -> list[Record | None]:
            body = resolve_request(batch, strict)
            response = resolve_records.sync_detailed(
                client=self._client, body=body, idempotency_key=idempotency_key()
            )
            results = checked(response, "resolve_records", ResolveResponse).results
            return [self._resolved(m, index) for index, m in enumerate(results)]

        # Two batches in flight: the server answers the next batch while this thread reads
        # the last answer into Records (the request count does not change).
        records, failures = run_batches(
            references,
            send,
            batch_size=self.max_batch_size,
            max_batch_size=self.max_batch_size,
            parallelize=True,
            max_num_threads=2,
        )
        if failures:
            raise BulkOperationError(
                f"{len(failures)} of {len(references)} references could not be resolved: {failures[0].error}",
                records,
                failures,
            )
        return records

    # --- search and tree --------------------------------------------------------------------

    def search_for_records_by_name(self, name: str) -> list[Record]:
        """Records named ``name`` (exact, case-insensitive) in every database."""
        return [r for db in self.dbs for r in self._search(db, "name", name)]

    def search_for_records_by_text(self, text: str) -> list[Record]:
        """Records matching ``text`` in every database."""
        return [r for db in self.dbs for r in self._search(db, "text", text)]

    def _search(
        self, db: Database, mode: str, query: str, table: Table | None = None
    ) -> list[Record]:
        if not isinstance(query, str):
            raise TypeError(f"search text must be a str, not {type(query).__name__}")
        if not query or len(query) > 1000:
            raise ValueError("search text must be 1 to 1000 characters")
        table_guid = table.guid if table is not None else UNSET

        def page(number: int) -> RecordPage:
            response = search_records.sync_detailed(
                db.db_key,
                client=self._client,
                mode=SearchMode(mode),
                query=query,
                table_guid=table_guid,
                page=number,
                page_size=self._connection.max_page_size,
            )
            return checked(response, "search_records", RecordPage)

        return self._all_pages(page)

    def _all_pages(self, page: Callable[[int], RecordPage]) -> list[Record]:
        records: list[Record] = []
        number: int | None = 1
        while number is not None:
            answer = page(number)
            records.extend(self._record(m) for m in answer.records)
            number = answer.next_page
        return records

    def _children_of(self, node: Record | Table) -> list[Record]:
        size = self._connection.max_page_size
        if isinstance(node, Table):

            def table_page(n: int) -> RecordPage:
                r = list_table_children.sync_detailed(
                    node.db_key, node.guid, client=self._client, page=n, page_size=size
                )
                return checked(r, "list_table_children", RecordPage)

            return self._all_pages(table_page)
        guid = node.history_guid or ""

        def record_page(n: int) -> RecordPage:
            r = list_record_children.sync_detailed(
                node.db_key, guid, client=self._client, page=n, page_size=size
            )
            return checked(r, "list_record_children", RecordPage)

        return self._all_pages(record_page)

    # --- export (attributes, links) ----------------------------------------------------------

    def _export(
        self,
        records: list[Record],
        *,
        attributes: list[str] | None,
        include_binary_data: bool,
        include_links: bool,
        batch_size: int = 100,
        parallelize: bool = False,
        max_num_threads: int = 6,
        progress: ProgressCallback | None = None,
        show_progress: bool = False,
    ) -> None:
        def send(batch: Sequence[Record]) -> list[Any]:
            results = export_batch(self, batch, attributes, include_binary_data, include_links)
            return [
                r if str(r.status) == "ok" else item_error(r.error, str(r.status), "export_records")
                for r in results
            ]

        results, failures = run_batches(
            records,
            send,
            batch_size=batch_size,
            max_batch_size=self.max_batch_size,
            parallelize=parallelize,
            max_num_threads=max_num_threads,
            progress=progress,
            show_progress=show_progress,
        )
        targets: dict[tuple[str, str], Record | None] = {}
        for record, result in zip(records, results, strict=True):
            if result is None:
                continue
            if result.record is not None:
                record._load(result.record)
            if include_links:
                record._links = {g.group: set() for g in result.links}
                for group in result.links:
                    for t in group.targets:
                        targets[(t.database_key, t.history_guid)] = None
            else:
                record.table._apply_export(record, result, partial=attributes is not None)
        if targets:
            keys = list(targets)
            found = self._resolve(
                [RecordReference(database_key=k, history_guid=g or UNSET) for k, g in keys],
                strict=False,
            )
            targets.update(zip(keys, found, strict=True))
            for record, result in zip(records, results, strict=True):
                for group in result.links if result is not None else []:
                    record._links[group.group] = {  # type: ignore[index]
                        r
                        for t in group.targets
                        if (r := targets[(t.database_key, t.history_guid)]) is not None
                    }
        if failures:
            raise BulkOperationError(
                f"{len(failures)} of {len(records)} records could not be exported: {failures[0].error}",
                results,
                failures,
            )

    def _fetch_links(self, records: list[Record]) -> None:
        self._export(records, attributes=[], include_binary_data=False, include_links=True)

    # --- writes -----------------------------------------------------------------------------

    def update(
        self,
        records: Sequence[Record],
        update_attributes: bool = True,
        update_links: bool = False,
        refresh_attributes: bool = True,
        include_binary_data_in_refresh: bool = False,
        notes: str | None = None,
        release_notes: str | None = None,
        *,
        progress: ProgressCallback | None = None,
        show_progress: bool = False,
    ) -> BulkResult[Record]:
        """Push changes (and new records); returns the records that succeeded (``.failures`` the rest)."""
        return import_items(
            self,
            _records(records),
            update_attributes,
            update_links,
            refresh_attributes,
            include_binary_data_in_refresh,
            notes,
            release_notes,
            progress,
            show_progress,
        )

    def update_links(self, records: Sequence[Record]) -> BulkResult[Record]:
        """Push link changes of ``records``; every source and target must exist on the server."""
        return link_items(self, _records(records))

    def bulk_delete_or_withdraw_records(
        self,
        records: Sequence[Record],
        batch_size: int = 100,
        parallelize: bool = False,
        max_num_threads: int = 6,
        update_release_states: bool = False,
        withdrawal_notes: str | None = None,
        *,
        progress: ProgressCallback | None = None,
        show_progress: bool = False,
    ) -> BulkResult[Record]:
        """Delete (unversioned, never released) or withdraw (released) records, now."""
        check_batch_options(batch_size, parallelize, max_num_threads)
        return delete_items(
            self,
            _existing(records, "deleting it"),
            batch_size,
            parallelize,
            max_num_threads,
            update_release_states,
            withdrawal_notes,
            progress,
            show_progress,
        )

    def bulk_fetch_release_states(
        self,
        records: Sequence[Record],
        batch_size: int = 100,
        parallelize: bool = False,
        max_num_threads: int = 6,
        *,
        progress: ProgressCallback | None = None,
        show_progress: bool = False,
    ) -> BulkResult[Record]:
        """Fetch the release state of each record's version (records may span tables and databases)."""
        check_batch_options(batch_size, parallelize, max_num_threads)
        items = _existing(records, "fetching its release state")

        def send(batch: Sequence[Record]) -> list[Any]:
            body = ReleaseStatesRequest(records=[r._reference(by_version=True) for r in batch])
            response = fetch_release_states.sync_detailed(
                client=self._client, body=body, idempotency_key=idempotency_key()
            )
            results = checked(response, "fetch_release_states", ReleaseStatesResponse).results
            return [
                r
                if str(r.status) == "ok"
                else item_error(None, str(r.status), "fetch_release_states")
                for r in results
            ]

        results, failures = run_batches(
            items,
            send,
            batch_size=batch_size,
            max_batch_size=self.max_batch_size,
            parallelize=parallelize,
            max_num_threads=max_num_threads,
            progress=progress,
            show_progress=show_progress,
        )
        done: list[Record] = []
        for record, result in zip(items, results, strict=True):
            if result is not None:
                record._release_state = ReleaseState.from_wire(result.release_state)
                done.append(record)
        return BulkResult(done, failures)


def _records(records: object) -> list[Record]:
    if isinstance(records, Record) or not isinstance(records, Iterable) or isinstance(records, str):
        raise TypeError(f"records must be a list of Record, not {type(records).__name__}")
    result = list(records)
    for record in result:
        if not isinstance(record, Record):
            raise TypeError(f"records must be Record objects, not {type(record).__name__}")
    return result


def _existing(records: object, action: str) -> list[Record]:
    result = _records(records)
    for record in result:
        if not record.exists_on_server:
            raise InvalidRecordStateError(
                f"record {record.name!r} does not exist on the server: push it with Session.update before {action}"
            )
    return result
