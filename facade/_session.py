"""Session: the databases of one Service Layer, record look-ups, searches and bulk operations.

Names, parameters and defaults follow seed 000. Session properties come from the
``Connection``; the per-record batch work is cut into batches by ``_bulk.run_batches`` and
every batch POST carries its own Idempotency-Key.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Self

from generated.api.databases import list_databases
from generated.client import Client
from generated.models.database_list import DatabaseList
from generated.models.record import Record as RecordModel
from generated.models.table import Table as TableModel

from ._core.batching import BulkResult, ProgressCallback, check_batch_options
from ._core.responses import checked
from ._model.database import Database
from ._model.record import Record
from ._model.table import Table
from ._ops import lookups as _lookups
from ._ops.listings import search
from ._ops.reads import release_states
from ._ops.writes import delete_items, import_items, link_items

if TYPE_CHECKING:
    from ._connection import Connection

__all__ = ["Session"]


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
    def generated_client(self) -> Client:
        """The low-level client generated from the contract, on this session's connection.

        Pass it to any function of ``generated.api`` for calls the facade does not wrap: it
        shares the session's authentication, timeouts, retries and connection pool.
        """
        return self._client

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
        return _lookups.get_record_by_id(
            self, db_key, hguid, vguid, history_identity, version_number
        )

    def get_records_by_ids(
        self, record_identifiers: Sequence[dict[str, str | int]]
    ) -> list[Record | None]:
        """One Record (or None if unresolved) per identifier dict, in as few requests as allowed."""
        return _lookups.records_by_ids(self, record_identifiers)

    def records_from_string(
        self, text: str, use_strict_version: bool = True
    ) -> list[Record | None]:
        """Records of a tab-separated record list (see ``_tsv``); None where not visible."""
        return _lookups.records_from_string(self, text, use_strict_version)

    # --- search -----------------------------------------------------------------------------

    def search_for_records_by_name(self, name: str) -> list[Record]:
        """Records named ``name`` (exact, case-insensitive) in every database."""
        return [r for db in self.dbs for r in search(self, db, "name", name)]

    def search_for_records_by_text(self, text: str) -> list[Record]:
        """Records matching ``text`` in every database."""
        return [r for db in self.dbs for r in search(self, db, "text", text)]

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
        return release_states(
            self,
            _existing(records, "fetching its release state"),
            batch_size,
            parallelize,
            max_num_threads,
            progress,
            show_progress,
        )


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
        record._require_server(action)
    return result
