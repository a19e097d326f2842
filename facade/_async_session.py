"""AsyncSession: the Session's look-ups, searches and bulk operations, awaited.

Built by ``AsyncSessionBuilder``. Every method runs the same operation code as the Session
(``facade._ops``: requests built and answers read without I/O) with the generated
``asyncio_detailed`` functions over one ``httpx.AsyncClient``. At most ``max_concurrency``
requests are in flight at once, however many tasks share the session. The records, tables
and databases returned are the Session's model classes; what would need a request on them
(an attribute not fetched yet, a table's children) is done with the awaitable methods here
and on :class:`AsyncTable` instead.
"""

from __future__ import annotations

import asyncio
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
from ._core.calls import names_errors_async
from ._model.database import Database, select_database
from ._model.record import Record, check_records
from ._model.table import Table
from ._model.tree import Tree, kept
from ._ops import catalog, listings, lookups, reads, tree, writes
from ._ops.async_backend import AsyncServiceLayerBackend

__all__ = ["AsyncDatabase", "AsyncSession", "AsyncTable"]


class AsyncSession:
    """A signed-in session whose methods are awaited (build it with ``AsyncSessionBuilder``).

    Use it as ``async with await AsyncSessionBuilder(url).with_credentials(...) as session``;
    leaving the block signs out and closes the connections.
    """

    def __init__(self, connection: Connection, *, max_concurrency: int = 6) -> None:
        self._connection = connection
        self._backend = AsyncServiceLayerBackend(
            connection.client,
            max_batch_size=connection.max_batch_size,
            max_page_size=connection.max_page_size,
            max_pages=connection.configuration.max_pages,
            viewer_base_url=connection.viewer_base_url,
            raise_on_failure=connection.configuration.raise_on_failure,
            max_concurrency=max_concurrency,
        )
        self._max_concurrency = max_concurrency

    # --- the connection ---------------------------------------------------------------------

    @property
    def service_layer_url(self) -> str:
        """Service Layer URL."""
        return self._connection.service_layer_url

    @property
    def username(self) -> str | None:
        """The signed-in user."""
        return self._connection.username

    @property
    def authenticated(self) -> bool:
        """True while requests will be accepted."""
        return self._connection.authenticated

    @property
    def max_concurrency(self) -> int:
        """The most requests this session has in flight at once."""
        return self._max_concurrency

    @property
    def max_batch_size(self) -> int:
        """The server's batch limit (items per batch request)."""
        return self._connection.max_batch_size

    @property
    def generated_client(self) -> Client:
        """The generated client on this session's ``httpx.AsyncClient``.

        Pass it to the ``asyncio``/``asyncio_detailed`` functions of ``generated.api``.
        """
        return self._connection.client

    def persist_oidc_token(self) -> None:
        """Store the refresh token in the system's credential store."""
        self._connection.persist_oidc_token()

    async def close(self) -> None:
        """Sign out and close the connections; safe to call twice."""
        await self._connection.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    def __repr__(self) -> str:
        return f"<AsyncSession {self.service_layer_url} as {self.username!r}>"

    # --- databases --------------------------------------------------------------------------

    async def get_dbs(self) -> list[AsyncDatabase]:
        """The databases with their tables (loaded once: one request, then one per database).

        Returns:
            Every database the user may read.
        """
        return [AsyncDatabase(db, self) for db in await self._backend.databases()]

    async def refetch_dbs(self) -> None:
        """Load the databases and their tables again."""
        await self._backend.refetch_databases()

    async def get_db(
        self,
        name: str | None = None,
        db_key: str | None = None,
        guid: str | None = None,
        version_guid: str | None = None,
    ) -> AsyncDatabase:
        """The one database matching every criterion given (see ``Session.get_db``).

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
        found = select_database(
            await self._backend.databases(),
            name=name,
            db_key=db_key,
            guid=guid,
            version_guid=version_guid,
        )
        return AsyncDatabase(found, self)

    # --- look-ups ---------------------------------------------------------------------------

    async def get_record_by_id(
        self,
        db_key: str,
        hguid: str | None = None,
        vguid: str | None = None,
        history_identity: int | None = None,
        version_number: int | None = None,
    ) -> Record | None:
        """The record these identifiers name, or None (see ``Session.get_record_by_id``).

        Args:
            db_key: The database key.
            hguid: The record's history GUID (its current version).
            vguid: The GUID of one version.
            history_identity: The record's integer identity.
            version_number: With ``history_identity``: that version.

        Returns:
            The record, or None when no visible record matches.

        Raises:
            TypeError: An identifier has the wrong type.
            ValueError: No identifier given, or one is malformed.
        """
        steps = lookups.get_record_by_id_steps(
            self._backend.context,
            db_key,
            hguid=hguid,
            vguid=vguid,
            history_identity=history_identity,
            version_number=version_number,
        )
        await self._backend.databases()
        return await self._backend.run(steps)

    @names_errors_async("get_records_by_ids")
    async def get_records_by_ids(
        self,
        record_identifiers: Sequence[dict[str, str | int]],
        *,
        raise_on_failure: bool | None = None,
        progress: Progress = None,
    ) -> LookupResult[Record]:
        """Look up many records by their identifiers (see ``Session.get_records_by_ids``).

        Args:
            record_identifiers: One dict per record: ``db_key`` and one of ``vguid``,
                ``history_identity`` (optionally with ``version_number``) or ``hguid``.
            raise_on_failure: Raise when any item fails; None follows
                ``SessionConfiguration.raise_on_failure``.
            progress: A callback ``progress(done, total)``, or True for a progress bar.

        Returns:
            One Record, or None, per identifier, in order; ``reason(index)`` says why None.

        Raises:
            TypeError: An identifier is not a dict, or a value has the wrong type.
            ValueError: An identifier is malformed (names the index and the key).
            BulkOperationError: ``raise_on_failure`` is on and some identifiers failed.
        """
        steps = lookups.records_by_ids_steps(
            self._backend.context,
            record_identifiers,
            known_db_keys=self._backend.database_keys,
            options=self._options(raise_on_failure, progress=progress),
        )
        await self._backend.databases()
        return await self._backend.run(steps)

    @names_errors_async("records_from_string")
    async def records_from_string(
        self,
        text: str,
        use_strict_version: bool = True,
        *,
        raise_on_failure: bool | None = None,
        progress: Progress = None,
    ) -> LookupResult[Record]:
        """The records of a tab-separated record list (see ``Session.records_from_string``).

        Args:
            text: The record list (str, or UTF-8 bytes).
            use_strict_version: True: each row names the exact version in ``RecordGuid``;
                False: the current version of the record in ``RecordHistoryGuid``.
            raise_on_failure: Raise when any item fails; None follows
                ``SessionConfiguration.raise_on_failure``.
            progress: A callback ``progress(done, total)``, or True for a progress bar.

        Returns:
            One Record, or None, per data line, in order.

        Raises:
            ValueError: The list is malformed (names the line and column).
            BulkOperationError: ``raise_on_failure`` is on and some rows failed.
        """
        steps = lookups.records_from_string_steps(
            self._backend.context,
            text,
            use_strict_version=use_strict_version,
            known_db_keys=self._backend.database_keys,
            options=self._options(raise_on_failure, progress=progress),
        )
        await self._backend.databases()
        return await self._backend.run(steps)

    # --- search -----------------------------------------------------------------------------

    async def search_for_records_by_name(self, name: str) -> list[Record]:
        """Records named ``name`` (exact, case-insensitive) in every database, concurrently.

        Args:
            name: The record name or short name.

        Returns:
            The records found.

        Raises:
            ValueError: ``name`` is empty or longer than 1000 characters.
        """
        return await self._search_everywhere(mode="name", query=name)

    async def search_for_records_by_text(self, text: str) -> list[Record]:
        """Records matching ``text`` in every database, concurrently.

        Args:
            text: The text to find in names and text attributes.

        Returns:
            The records found.

        Raises:
            ValueError: ``text`` is empty or longer than 1000 characters.
        """
        return await self._search_everywhere(mode="text", query=text)

    async def _search_everywhere(self, *, mode: str, query: str) -> list[Record]:
        databases = await self._backend.databases()
        plans = [
            listings.search_steps(self._backend.context, db, mode=mode, query=query)
            for db in databases
        ]
        found = await asyncio.gather(*(self._backend.run(plan) for plan in plans))
        return [record for records in found for record in records]

    # --- writes -----------------------------------------------------------------------------

    @names_errors_async("update")
    async def update(
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
    ) -> BulkResult[Record]:
        """Push new records and staged changes (see ``Session.update``).

        Args:
            records: The records to push (new ones are created, parents first).
            update_attributes: Send the values staged with ``set_attributes``.
            update_links: Also push the links staged with ``set_links``.
            refresh_attributes: Fetch the records' values again afterwards.
            include_binary_data_in_refresh: Fetch files and pictures with that refresh.
            notes: Revision notes of the new versions.
            release_notes: Release notes of the versions released.
            raise_on_failure: Raise when any item fails; None follows
                ``SessionConfiguration.raise_on_failure``.
            progress: A callback ``progress(done, total)``, or True for a progress bar.

        Returns:
            The records that were pushed (updated in place); ``.failures`` holds the rest.

        Raises:
            TypeError: ``records`` is not a list of Record, or a value has the wrong type.
            ValueError: A record has no name, or a staged value is empty.
            InvalidRecordStateError: A new record's parent is not on the server.
            BulkOperationError: ``raise_on_failure`` is on and some records failed.
        """
        listed = check_records(records)
        await self._backend.databases()
        await self._backend.load_definitions(list({r.table: None for r in listed}))
        steps = writes.import_items_steps(
            self._backend.context,
            listed,
            update_attributes=update_attributes,
            update_links_too=update_links,
            refresh_attributes=refresh_attributes,
            include_binary_data_in_refresh=include_binary_data_in_refresh,
            notes=notes,
            release_notes=release_notes,
            options=self._options(raise_on_failure, progress=progress),
        )
        return await self._backend.run(steps)

    @names_errors_async("update_links")
    async def update_links(
        self,
        records: Sequence[Record],
        *,
        raise_on_failure: bool | None = None,
        progress: Progress = None,
    ) -> BulkResult[Record]:
        """Push the links staged with ``Record.set_links`` (see ``Session.update_links``).

        Args:
            records: The records whose staged link groups to push.
            raise_on_failure: Raise when any item fails; None follows
                ``SessionConfiguration.raise_on_failure``.
            progress: A callback ``progress(done, total)``, or True for a progress bar.

        Returns:
            The records whose links were replaced; ``.failures`` holds the rest.

        Raises:
            InvalidRecordStateError: A record or a link target is not on the server.
            BulkOperationError: ``raise_on_failure`` is on and some records failed.
        """
        steps = writes.link_items_steps(
            self._backend.context,
            check_records(records),
            options=self._options(raise_on_failure, progress=progress),
        )
        return await self._backend.run(steps)

    @names_errors_async("bulk_delete_or_withdraw_records")
    async def bulk_delete_or_withdraw_records(
        self,
        records: Sequence[Record],
        batch_size: int = 100,
        update_release_states: bool = False,
        withdrawal_notes: str | None = None,
        *,
        raise_on_failure: bool | None = None,
        progress: Progress = None,
    ) -> BulkResult[Record]:
        """Delete or withdraw records now (see ``Session.bulk_delete_or_withdraw_records``).

        Batches go concurrently, at most ``max_concurrency`` at once.

        Args:
            records: Records on the server; the version each object holds is acted on.
            batch_size: Records per request (capped at the server's limit).
            update_release_states: Read the withdrawn records' new release state.
            withdrawal_notes: Notes stored with each withdrawal.
            raise_on_failure: Raise when any item fails; None follows
                ``SessionConfiguration.raise_on_failure``.
            progress: A callback ``progress(done, total)``, or True for a progress bar.

        Returns:
            The records deleted or withdrawn; ``.failures`` holds the rest.

        Raises:
            InvalidRecordStateError: A record is not on the server.
            BulkOperationError: ``raise_on_failure`` is on and some records failed.
        """
        steps = writes.delete_items_steps(
            check_records(records, action="deleting it"),
            options=self._options(raise_on_failure, progress=progress, batch_size=batch_size),
            update_release_states=update_release_states,
            withdrawal_notes=withdrawal_notes,
        )
        return await self._backend.run(steps)

    @names_errors_async("bulk_fetch_release_states")
    async def bulk_fetch_release_states(
        self,
        records: Sequence[Record],
        batch_size: int = 100,
        *,
        raise_on_failure: bool | None = None,
        progress: Progress = None,
    ) -> BulkResult[Record]:
        """Fetch the release state of each record's version.

        Batches go concurrently, at most ``max_concurrency`` at once (see
        ``Session.bulk_fetch_release_states``).

        Args:
            records: Records on the server (of any tables and databases).
            batch_size: Records per request (capped at the server's limit).
            raise_on_failure: Raise when any item fails; None follows
                ``SessionConfiguration.raise_on_failure``.
            progress: A callback ``progress(done, total)``, or True for a progress bar.

        Returns:
            The records that got their release state; ``.failures`` holds the rest.

        Raises:
            InvalidRecordStateError: A record is not on the server.
            BulkOperationError: ``raise_on_failure`` is on and some records failed.
        """
        steps = reads.release_states_steps(
            check_records(records, action="fetching its release state"),
            options=self._options(raise_on_failure, progress=progress, batch_size=batch_size),
        )
        return await self._backend.run(steps)

    def _options(
        self, raise_on_failure: bool | None, *, progress: Progress, batch_size: int = 100
    ) -> BatchOptions:
        return BatchOptions(
            batch_size=batch_size,
            progress=progress,
            raise_on_failure=choose_raise_on_failure(
                raise_on_failure, default=self._backend.raise_on_failure
            ),
        )


class AsyncDatabase:
    """A database of an AsyncSession: its tables (already loaded) and searches.

    Args:
        database: The database (from ``await session.get_db(...)``).
        session: The session it belongs to.
    """

    def __init__(self, database: Database, session: AsyncSession) -> None:
        self.database = database
        self._session = session

    @property
    def db_key(self) -> str:
        """The database key."""
        return self.database.db_key

    @property
    def name(self) -> str:
        """The database name."""
        return self.database.name

    @property
    def guid(self) -> str:
        """The database GUID."""
        return self.database.guid

    @property
    def tables(self) -> list[AsyncTable]:
        """Every table (listed when the databases were loaded)."""
        return [AsyncTable(table, self._session) for table in self.database.tables]

    def get_table(self, name: str) -> AsyncTable:
        """The table called ``name`` (case-insensitive).

        Args:
            name: The table name.

        Returns:
            The table.

        Raises:
            KeyError: No table has that name.
        """
        return AsyncTable(self.database.get_table(name), self._session)

    async def search_for_records_by_name(self, name: str) -> list[Record]:
        """Records of this database named ``name`` (exact, case-insensitive).

        Args:
            name: The record name or short name.

        Returns:
            The records found.
        """
        steps = listings.search_steps(
            self._session._backend.context, self.database, mode="name", query=name
        )
        return await self._session._backend.run(steps)

    async def search_for_records_by_text(self, text: str) -> list[Record]:
        """Records of this database whose names or text attributes contain ``text``.

        Args:
            text: The text to find.

        Returns:
            The records found.
        """
        steps = listings.search_steps(
            self._session._backend.context, self.database, mode="text", query=text
        )
        return await self._session._backend.run(steps)

    def __repr__(self) -> str:
        return f"<AsyncDatabase {self.db_key}>"


class AsyncTable:
    """A table of an AsyncSession: every record, bulk fetches and searches, awaited.

    Args:
        table: The table (from ``async_database.get_table(...)``).
        session: The session it belongs to.
    """

    def __init__(self, table: Table, session: AsyncSession) -> None:
        self.table = table
        self._session = session

    @property
    def name(self) -> str:
        """The table name."""
        return self.table.name

    @property
    def guid(self) -> str:
        """The table GUID."""
        return self.table.guid

    @property
    def db_key(self) -> str:
        """Key of the table's database."""
        return self.table.db_key

    async def attribute_types(self) -> dict[str, str]:
        """Attribute names and their kinds (one request).

        Returns:
            Kinds (``point``, ``range``, ``file`` …) by attribute name.
        """
        steps = catalog.attribute_types_steps(db_key=self.db_key, table_guid=self.guid)
        return await self._session._backend.run(steps)

    async def all_records(
        self, include_folders: bool = False, include_generics: bool = True
    ) -> list[Record]:
        """Every record of the table, flattened, from one paged listing (no walk of the tree).

        The same listing as ``Table.all_records``: one request per page of the server's
        largest page size. Each record comes with its parent and children filled in, so
        ``path`` and ``children`` need no further request.

        Args:
            include_folders: Also return folders.
            include_generics: Also return generic records (folders holding data).

        Returns:
            The records, each with its identity, name and release state.
        """
        steps = tree.table_records_steps(self._session._backend.context, self.table)
        listed = await self._session._backend.run(steps)
        placed = Tree(self.table, listed)
        return kept(
            placed.records, include_folders=include_folders, include_generics=include_generics
        )

    async def bulk_fetch(
        self,
        records: Sequence[Record],
        attributes: Sequence[str] | None = None,
        batch_size: int = 100,
        include_binary_data: bool = False,
        *,
        progress: Progress = None,
    ) -> None:
        """Fetch attribute values of ``records`` (None: every attribute).

        Batches go concurrently, at most ``max_concurrency`` requests at once.

        Args:
            records: Records of this table.
            attributes: Attribute names to fetch; None for every attribute.
            batch_size: Records per request (capped at the server's limit).
            include_binary_data: Fetch the bytes of files and pictures too.
            progress: A callback ``progress(done, total)``, or True for a progress bar.

        Raises:
            TypeError: ``attributes`` is not a list of names.
            ValueError: A record is not in this table.
            BulkOperationError: Some records' values could not be fetched.
        """
        if attributes is not None and (
            isinstance(attributes, str) or not all(isinstance(a, str) for a in attributes)
        ):
            raise TypeError("attributes must be a list of attribute names (or None for all)")
        listed = check_records(records, action="fetching attributes", table=self.table)
        await self._session._backend.load_definitions([self.table])
        steps = reads.export_steps(
            self._session._backend.context,
            listed,
            attributes=list(attributes) if attributes is not None else None,
            include_binary_data=include_binary_data,
            include_links=False,
            options=BatchOptions(batch_size=batch_size, progress=progress),
        )
        await self._session._backend.run(steps)

    async def search_for_records_by_name(self, name: str) -> list[Record]:
        """Records of this table named ``name`` (exact, case-insensitive).

        Args:
            name: The record name or short name.

        Returns:
            The records found.
        """
        steps = listings.search_steps(
            self._session._backend.context,
            self.table.database,
            mode="name",
            query=name,
            table=self.table,
        )
        return await self._session._backend.run(steps)

    def __repr__(self) -> str:
        return f"<AsyncTable {self.db_key}/{self.name}>"
