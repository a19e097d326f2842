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
from ._core.batching import (
    BatchOptions,
    BulkResult,
    LookupResult,
    Progress,
    choose_raise_on_failure,
)
from ._core.calls import names_errors
from ._core.strict import StrictAttributes
from ._model.database import Database, select_database
from ._model.record import Record, check_records
from ._ops.backend import ServiceLayerBackend

__all__ = ["Session"]


class Session(StrictAttributes):
    """A signed-in session: the databases of one Service Layer, look-ups, searches, writes.

    Build it with ``SessionBuilder`` rather than directly; close it (or use ``with``) to sign
    out.

    Args:
        connection: The connection a ``SessionBuilder`` opened.
    """

    def __init__(self, connection: Connection) -> None:
        self._connection = connection
        self._backend = ServiceLayerBackend(
            connection.client,
            max_batch_size=connection.max_batch_size,
            max_page_size=connection.max_page_size,
            max_pages=connection.configuration.max_pages,
            viewer_base_url=connection.viewer_base_url,
            raise_on_failure=connection.configuration.raise_on_failure,
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
        """The one database matching every criterion given.

        Args:
            name: The database's name.
            db_key: The database key (e.g. ``"DEMO_MATERIALS"``).
            guid: The database GUID.
            version_guid: The GUID of this version of the database.

        Returns:
            The database.

        Raises:
            KeyError: No criterion given, or no database (or several) matches.
            TypeError: A criterion is not a str.
        """
        return select_database(
            self.dbs, name=name, db_key=db_key, guid=guid, version_guid=version_guid
        )

    # --- look-ups ---------------------------------------------------------------------------

    def get_record_by_id(
        self,
        db_key: str,
        hguid: str | None = None,
        vguid: str | None = None,
        history_identity: int | None = None,
        version_number: int | None = None,
    ) -> Record | None:
        """The record these identifiers name, or None.

        When several are given, ``vguid`` wins over ``history_identity`` (with
        ``version_number``), which wins over ``hguid``. One request.

        Args:
            db_key: The record's database key.
            hguid: The record's history GUID (its current version).
            vguid: The GUID of one exact version.
            history_identity: The record's integer identity.
            version_number: The version wanted with ``history_identity``.

        Returns:
            The record, or None when no record visible to you matches.

        Raises:
            TypeError: An identifier has the wrong type.
            ValueError: An identifier is malformed, or none is given.
        """
        return self._backend.record_by_id(
            db_key,
            hguid=hguid,
            vguid=vguid,
            history_identity=history_identity,
            version_number=version_number,
        )

    @names_errors("get_records_by_ids")
    def get_records_by_ids(
        self,
        record_identifiers: Sequence[dict[str, str | int]],
        *,
        raise_on_failure: bool | None = None,
        progress: Progress = None,
    ) -> LookupResult[Record]:
        """Look up many records by their identifiers, in as few requests as the server allows.

        Each dict holds ``db_key`` and one of ``vguid`` (that exact version),
        ``history_identity`` (optionally with ``version_number``) or ``hguid``.

        Failures: an identifier that names no record visible to you gives None; the result's
        ``reason(index)`` and ``failures`` say why (e.g. an unknown database key); the
        ``facade.bulk`` logger gets one WARNING with the count and the first three, and each
        at DEBUG. With ``raise_on_failure=True``
        ``BulkOperationError`` is raised instead.

        Args:
            record_identifiers: One dict per record wanted.
            raise_on_failure: Raise when any identifier is not resolved; None follows
                ``SessionConfiguration.raise_on_failure``.
            progress: A callback ``progress(done, total)``, or True for a progress bar.

        Returns:
            One Record, or None, per identifier, in order.

        Raises:
            TypeError: An identifier is not a dict, or a value has the wrong type.
            ValueError: An identifier is malformed (names the index and the key).
            BulkOperationError: ``raise_on_failure`` is on and some identifiers failed.
        """
        return self._backend.records_by_ids(
            record_identifiers, options=self._options(raise_on_failure, progress=progress)
        )

    @names_errors("records_from_string")
    def records_from_string(
        self,
        text: str,
        use_strict_version: bool = True,
        *,
        raise_on_failure: bool | None = None,
        progress: Progress = None,
    ) -> LookupResult[Record]:
        """Look up the records of a tab-separated record list, as copied from a viewer.

        The first line holds the headers ``RecordHistoryGuid``, ``RecordGuid``, ``Table``,
        ``DatabaseKey`` and ``RecordFullName`` (any order; other columns are skipped). A row
        whose ``Table`` (or, for an exact version, ``RecordFullName``) contradicts the record
        found raises a ``RecordListMismatchWarning``.

        Failures: a row that names no record visible to you gives None; ``reason(index)``
        and ``failures`` say why; the ``facade.bulk`` logger gets one WARNING with the count
        and the first three rows, and each row at DEBUG. With ``raise_on_failure=True`` ``BulkOperationError`` is raised instead.
        A result with failures reads each failed row from ``text`` when first asked, so it
        keeps ``text`` (not a copy of its cells) for as long as it lives.

        Args:
            text: The record list (str, or UTF-8 bytes).
            use_strict_version: True: each row names the exact version in ``RecordGuid``;
                False: the current version of the record in ``RecordHistoryGuid``.
            raise_on_failure: Raise when any row is not resolved; None follows
                ``SessionConfiguration.raise_on_failure``.
            progress: A callback ``progress(done, total)``, or True for a progress bar.

        Returns:
            One Record, or None, per data line, in order.

        Raises:
            ValueError: The list is malformed: names the line and column. A list without a
                ``RecordGuid`` column asks for ``use_strict_version=False``.
            BulkOperationError: ``raise_on_failure`` is on and some rows failed.
        """
        return self._backend.records_from_string(
            text,
            use_strict_version=use_strict_version,
            options=self._options(raise_on_failure, progress=progress),
        )

    # --- search -----------------------------------------------------------------------------

    def search_for_records_by_name(self, name: str) -> list[Record]:
        """Find records by name in every database.

        Args:
            name: The exact name or short name (case-insensitive).

        Returns:
            The records found.

        Raises:
            TypeError: ``name`` is not a str.
            ValueError: ``name`` is empty or longer than 1000 characters.
        """
        return [r for db in self.dbs for r in db.search_for_records_by_name(name)]

    def search_for_records_by_text(self, text: str) -> list[Record]:
        """Find records whose names or text attributes contain ``text``, in every database.

        Args:
            text: The text to look for.

        Returns:
            The records found.

        Raises:
            TypeError: ``text`` is not a str.
            ValueError: ``text`` is empty or longer than 1000 characters.
        """
        return [r for db in self.dbs for r in db.search_for_records_by_text(text)]

    # --- writes -----------------------------------------------------------------------------

    @names_errors("update")
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
        raise_on_failure: bool | None = None,
        progress: Progress = None,
        show_progress: bool = False,
    ) -> BulkResult[Record]:
        """Push new records and staged changes to the server.

        Release: in a version-controlled table each record's ``flag_for_release`` decides.
        Records read from the server have it True, so a plain ``update`` makes a new version
        and releases it at once; a record made with ``Table.create_record`` has it False
        (``release_record=False``), so it stays unreleased. Set ``record.flag_for_release``
        before the update to choose.

        Failures: a record that fails does not stop the others. It is left out of the
        result, listed in ``.failures`` with its reason, and logged on the ``facade.bulk``
        logger (one WARNING with the count and the first three, each at DEBUG). With ``raise_on_failure=True`` ``BulkOperationError`` is
        raised instead, after the others were pushed.

        Args:
            records: The records to push (new ones are created, parents first).
            update_attributes: Send the values staged with ``set_attributes`` and
                ``clear_attributes``.
            update_links: Also push the links staged with ``set_links``.
            refresh_attributes: Fetch the records' values again afterwards.
            include_binary_data_in_refresh: Fetch files and pictures with that refresh.
            notes: Revision notes of the new versions.
            release_notes: Release notes of the versions released.
            raise_on_failure: Raise when any record fails; None follows
                ``SessionConfiguration.raise_on_failure``.
            progress: A callback ``progress(done, total)``, or True for a progress bar.
            show_progress: Same as ``progress=True``.

        Returns:
            The records that were pushed (updated in place); ``.failures`` holds the rest.

        Raises:
            TypeError: ``records`` is not a list of Record, or a value has the wrong type.
            ValueError: A record has no name, or a staged value is empty.
            InvalidRecordStateError: A new record's parent is not on the server.
            BulkOperationError: ``raise_on_failure`` is on and some records failed.
            PermissionDeniedError: The account may not write (every record failed so).
        """
        return self._backend.import_records(
            check_records(records),
            update_attributes=update_attributes,
            update_links=update_links,
            refresh_attributes=refresh_attributes,
            include_binary_data_in_refresh=include_binary_data_in_refresh,
            notes=notes,
            release_notes=release_notes,
            options=self._options(raise_on_failure, progress=progress, show_progress=show_progress),
        )

    @names_errors("update_links")
    def update_links(
        self,
        records: Sequence[Record],
        *,
        raise_on_failure: bool | None = None,
        progress: Progress = None,
    ) -> BulkResult[Record]:
        """Push the links staged with ``Record.set_links``.

        Every source and target must exist on the server. A record whose update fails keeps
        its staged links (its failure says which) until the next ``update_links`` or
        ``decache_links()``.

        Failures: as for ``update``, listed in ``.failures`` and logged at WARNING, or
        raised as ``BulkOperationError`` with ``raise_on_failure=True``.

        Args:
            records: The records whose staged link groups to push.
            raise_on_failure: Raise when any record fails; None follows
                ``SessionConfiguration.raise_on_failure``.
            progress: A callback ``progress(done, total)``, or True for a progress bar.

        Returns:
            The records whose links were replaced; ``.failures`` holds the rest.

        Raises:
            InvalidRecordStateError: A record or a link target is not on the server.
            BulkOperationError: ``raise_on_failure`` is on and some records failed.
        """
        return self._backend.update_links(
            check_records(records), options=self._options(raise_on_failure, progress=progress)
        )

    @names_errors("bulk_delete_or_withdraw_records")
    def bulk_delete_or_withdraw_records(
        self,
        records: Sequence[Record],
        batch_size: int = 100,
        parallelize: bool = False,
        max_num_threads: int = 6,
        update_release_states: bool = False,
        withdrawal_notes: str | None = None,
        *,
        raise_on_failure: bool | None = None,
        progress: Progress = None,
        show_progress: bool = False,
    ) -> BulkResult[Record]:
        """Delete (unversioned or never released) or withdraw (released) records, now.

        Failures: as for ``update``, listed in ``.failures`` and logged at WARNING, or
        raised as ``BulkOperationError`` with ``raise_on_failure=True``.

        Args:
            records: Records on the server; the version each object holds is acted on.
            batch_size: Records per request (capped at the server's limit).
            parallelize: Send batches on several threads.
            max_num_threads: Most threads when parallel.
            update_release_states: Read the withdrawn records' new release state.
            withdrawal_notes: Notes stored with each withdrawal.
            raise_on_failure: Raise when any record fails; None follows
                ``SessionConfiguration.raise_on_failure``.
            progress: A callback ``progress(done, total)``, or True for a progress bar.
            show_progress: Same as ``progress=True``.

        Returns:
            The records deleted or withdrawn; ``.failures`` holds the rest.

        Raises:
            TypeError: A bulk option has the wrong type.
            ValueError: A bulk option is out of range.
            InvalidRecordStateError: A record is not on the server.
            BulkOperationError: ``raise_on_failure`` is on and some records failed.
        """
        options = self._options(
            raise_on_failure,
            progress=progress,
            show_progress=show_progress,
            batch_size=batch_size,
            parallelize=parallelize,
            max_num_threads=max_num_threads,
        )
        return self._backend.delete_or_withdraw(
            check_records(records, action="deleting it"),
            options=options,
            update_release_states=update_release_states,
            withdrawal_notes=withdrawal_notes,
        )

    @names_errors("bulk_fetch_release_states")
    def bulk_fetch_release_states(
        self,
        records: Sequence[Record],
        batch_size: int = 100,
        parallelize: bool = False,
        max_num_threads: int = 6,
        *,
        raise_on_failure: bool | None = None,
        progress: Progress = None,
        show_progress: bool = False,
    ) -> BulkResult[Record]:
        """Fetch the release state of each record's version (records may span databases).

        Failures: as for ``update``, listed in ``.failures`` and logged at WARNING, or
        raised as ``BulkOperationError`` with ``raise_on_failure=True``.

        Args:
            records: Records on the server.
            batch_size: Records per request (capped at the server's limit).
            parallelize: Send batches on several threads.
            max_num_threads: Most threads when parallel.
            raise_on_failure: Raise when any record fails; None follows
                ``SessionConfiguration.raise_on_failure``.
            progress: A callback ``progress(done, total)``, or True for a progress bar.
            show_progress: Same as ``progress=True``.

        Returns:
            The records whose ``release_state`` was set; ``.failures`` holds the rest.

        Raises:
            TypeError: A bulk option has the wrong type.
            ValueError: A bulk option is out of range.
            InvalidRecordStateError: A record is not on the server.
            BulkOperationError: ``raise_on_failure`` is on and some records failed.
        """
        options = self._options(
            raise_on_failure,
            progress=progress,
            show_progress=show_progress,
            batch_size=batch_size,
            parallelize=parallelize,
            max_num_threads=max_num_threads,
        )
        return self._backend.fetch_release_states(
            check_records(records, action="fetching its release state"), options=options
        )

    def _options(
        self,
        raise_on_failure: bool | None,
        *,
        progress: Progress,
        show_progress: bool = False,
        batch_size: int = 100,
        parallelize: bool = False,
        max_num_threads: int = 6,
    ) -> BatchOptions:
        """The batch options of one bulk call (its own raise_on_failure, else the session's)."""
        return BatchOptions(
            batch_size=batch_size,
            parallelize=parallelize,
            max_num_threads=max_num_threads,
            progress=progress,
            show_progress=show_progress,
            raise_on_failure=choose_raise_on_failure(
                raise_on_failure, default=self._backend.raise_on_failure
            ),
        )
