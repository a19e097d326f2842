"""Session: the databases of one Service Layer, record look-ups, searches and bulk operations.

Names, parameters and defaults follow the Scripting Toolkit's ``Session``. Properties come
from the ``Connection``; everything that reaches the server goes through the operations
behind ``ServiceLayerBackend``, which cut per-record work into batches, each batch POST with
its own Idempotency-Key.
"""

from __future__ import annotations

from collections.abc import Sequence
from types import TracebackType
from typing import Self

from generated.client import Client

from ._connection import Connection
from ._core.batching import BatchOptions, BulkResult, ProgressCallback
from ._core.checks import require_str
from ._model.database import Database
from ._model.record import Record, check_records
from ._ops.backend import ServiceLayerBackend

__all__ = ["Session"]


class Session:
    """A signed-in session (build it with ``SessionBuilder``)."""

    def __init__(self, connection: Connection) -> None:
        self._connection = connection
        self._backend = ServiceLayerBackend(
            connection.client,
            max_batch_size=connection.max_batch_size,
            max_page_size=connection.max_page_size,
            max_pages=connection.configuration.max_pages,
            viewer_base_url=connection.viewer_base_url,
        )

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
        return self._connection.client

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
        return self._backend.databases()

    def refetch_dbs(self) -> None:
        """Fetch the list of databases from the server (one request)."""
        self._backend.refetch_databases()

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
            require_str(value, key)
        found = [db for db in self.dbs if all(getattr(db, k) == v for k, v in given.items())]
        if not found:
            raise KeyError(f"no database matches {given}")
        if len(found) > 1:
            raise KeyError(f"{len(found)} databases match {given}: {[db.db_key for db in found]}")
        return found[0]

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
        return self._backend.record_by_id(
            db_key,
            hguid=hguid,
            vguid=vguid,
            history_identity=history_identity,
            version_number=version_number,
        )

    def get_records_by_ids(
        self, record_identifiers: Sequence[dict[str, str | int]]
    ) -> list[Record | None]:
        """One Record (or None if unresolved) per identifier dict, in as few requests as allowed.

        Args:
            record_identifiers: One dict per record with ``db_key`` and one of ``vguid``,
                ``history_identity`` (with an optional ``version_number``) or ``hguid``.

        Returns:
            The records in the order asked for; None where no visible record matches.

        Raises:
            TypeError: ``record_identifiers`` or one of its dicts has a wrong type (naming the
                index and key), before any request.
            ValueError: An identifier is malformed (naming the index and key).
            BulkOperationError: Some batches failed; it keeps the records that were found.
        """
        return self._backend.records_by_ids(record_identifiers)

    def records_from_string(
        self, text: str, use_strict_version: bool = True
    ) -> list[Record | None]:
        """Records of a tab-separated record list; None where a record is not visible.

        The text is a header line and one line per record with the database key and the
        record's version GUID (``use_strict_version``) or history GUID.
        """
        return self._backend.records_from_string(text, use_strict_version=use_strict_version)

    # --- search -----------------------------------------------------------------------------

    def search_for_records_by_name(self, name: str) -> list[Record]:
        """Records named ``name`` (exact, case-insensitive) in every database."""
        return [r for db in self.dbs for r in db.search_for_records_by_name(name)]

    def search_for_records_by_text(self, text: str) -> list[Record]:
        """Records matching ``text`` in every database."""
        return [r for db in self.dbs for r in db.search_for_records_by_text(text)]

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
        return self._backend.import_records(
            check_records(records),
            update_attributes=update_attributes,
            update_links=update_links,
            refresh_attributes=refresh_attributes,
            include_binary_data_in_refresh=include_binary_data_in_refresh,
            notes=notes,
            release_notes=release_notes,
            options=BatchOptions(progress=progress, show_progress=show_progress),
        )

    def update_links(self, records: Sequence[Record]) -> BulkResult[Record]:
        """Push link changes of ``records``; every source and target must exist on the server."""
        return self._backend.update_links(check_records(records))

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
        options = BatchOptions(
            batch_size=batch_size,
            parallelize=parallelize,
            max_num_threads=max_num_threads,
            progress=progress,
            show_progress=show_progress,
        )
        return self._backend.delete_or_withdraw(
            check_records(records, action="deleting it"),
            options=options,
            update_release_states=update_release_states,
            withdrawal_notes=withdrawal_notes,
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
        options = BatchOptions(
            batch_size=batch_size,
            parallelize=parallelize,
            max_num_threads=max_num_threads,
            progress=progress,
            show_progress=show_progress,
        )
        return self._backend.fetch_release_states(
            check_records(records, action="fetching its release state"), options=options
        )
