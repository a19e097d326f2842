"""AsyncServiceLayerBackend: the operations run with awaited requests, for an AsyncSession.

It runs the same operation steps as ``ServiceLayerBackend`` (see ``steps``) with the
generated ``asyncio_detailed`` functions; the session's client lets at most
``max_concurrency`` requests onto the network at once.
The catalogue (databases and their tables) is loaded by awaited calls before any record is
read, so every record the server sends becomes a ``Record`` of its ``Table`` without a
request. Model objects hold this backend too, but never wait on it: what would need a
request there (``record.attributes`` not fetched yet, ``table.children`` …) raises
``ServiceLayerError`` naming the awaitable to use instead.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator, Sequence
from typing import Any, NoReturn, TypeVar

from generated import Client
from generated.models.attribute_definition import AttributeDefinition as AttributeDefinitionModel
from generated.models.record import Record as RecordModel
from generated.models.subset_list import SubsetList
from generated.models.table import Table as TableModel
from generated.models.table_layout_list import TableLayoutList

from .._core.batching import BatchOptions, BulkResult, LookupResult
from .._core.errors import ServiceLayerError
from .._model.criteria import SearchCriterion
from .._model.database import Database
from .._model.record import Record
from .._model.table import Table
from . import catalog, schema
from .context import OperationContext
from .steps import Steps, run_steps_async

__all__ = ["AsyncServiceLayerBackend"]

R = TypeVar("R")


def _definitions_key(table: Table) -> tuple[str, str, str | None, bool]:
    unit_system, absolute = table.database._unit_request()
    return table.db_key, table.guid, unit_system, absolute


def _needs_await(what: str, instead: str) -> NoReturn:
    raise ServiceLayerError(
        f"{what} needs a request, and objects of an AsyncSession never block: {instead}"
    )


BATCHES_PER_REQUEST_SLOT = 2
"""Batches under way per request the client lets onto the network (one sent, one ready)."""


class AsyncServiceLayerBackend:
    """Awaited operations over one connection's generated client (async httpx client set)."""

    def __init__(
        self,
        client: Client,
        *,
        max_batch_size: int,
        max_page_size: int,
        max_pages: int,
        viewer_base_url: str,
        raise_on_failure: bool = False,
        max_concurrency: int = 6,
    ) -> None:
        self.context = OperationContext(
            client=client,
            max_batch_size=max_batch_size,
            max_page_size=max_page_size,
            max_pages=max_pages,
            record_from_model=self.record_from_model,
            records_from_models=self.records_from_models,
            download_on_demand=False,
        )
        self._viewer_base_url = viewer_base_url
        self._raise_on_failure = raise_on_failure
        # Twice the requests the client lets onto the network: each slot has a built
        # request waiting for it, and no batch is started far ahead of its turn.
        self._max_batches_under_way = BATCHES_PER_REQUEST_SLOT * max_concurrency
        self._catalog_lock = asyncio.Lock()
        self._databases: list[Database] | None = None
        self._databases_by_key: dict[str, Database] = {}
        self._tables: dict[str, list[TableModel]] = {}
        self._definitions: dict[
            tuple[str, str, str | None, bool], list[AttributeDefinitionModel]
        ] = {}

    async def run(self, steps: Steps[R]) -> R:
        """Run operation steps with awaited requests (the client bounds those in flight)."""
        return await run_steps_async(
            steps,
            client=self.context.client,
            max_batch_size=self.context.max_batch_size,
            max_under_way=self._max_batches_under_way,
        )

    # --- catalogue --------------------------------------------------------------------------

    async def databases(self) -> list[Database]:
        """The databases, each with its tables (loaded once: one request, then one per database)."""
        async with self._catalog_lock:
            if self._databases is None:
                await self._load_catalogue()
            return list(self._databases or [])

    async def refetch_databases(self) -> None:
        """Load the databases and their tables again."""
        async with self._catalog_lock:
            await self._load_catalogue()

    async def _load_catalogue(self) -> None:
        models = await self.run(catalog.databases_steps())
        tables = await asyncio.gather(*(self.run(catalog.tables_steps(m.key)) for m in models))
        self._tables = {model.key: listed for model, listed in zip(models, tables, strict=True)}
        loaded = [Database(model, self) for model in models]
        self._databases_by_key = {db.db_key: db for db in loaded}
        self._databases = loaded

    def database_keys(self) -> set[str]:
        """The keys of the loaded databases (no request)."""
        return set(self._databases_by_key)

    def record_from_model(self, model: RecordModel) -> Record:
        """A record the server sent, as a ``Record`` of its table (no request)."""
        return Record._from_model(model, self._table_of(model))

    def records_from_models(self, found: Sequence[RecordModel | None]) -> list[Record | None]:
        """``record_from_model`` of each (None stays None), each table found once."""
        return Record._from_models(found, self._table_of)

    def _table_of(self, model: RecordModel) -> Table:
        database = self._databases_by_key.get(model.database_key)
        if database is None:
            raise ServiceLayerError(
                f"the server sent a record of database {model.database_key!r}, which was not "
                "listed; call await session.refetch_dbs()"
            )
        table = database.find_table_by_guid(model.table_guid)
        if table is None:  # a table created since the tables were listed
            versioned = model.version_number is not None
            stub = TableModel(model.table_guid, model.table_name, model.database_key, versioned)
            table = Table(stub, database)
        return table

    # --- the model's Backend protocol: what needs no request ----------------------------------

    @property
    def viewer_base_url(self) -> str:
        """The viewer's root URL."""
        return self._viewer_base_url

    @property
    def raise_on_failure(self) -> bool:
        """The session's failure policy for bulk operations."""
        return self._raise_on_failure

    def list_tables(self, database: Database) -> list[Table]:
        """The tables of ``database``, as listed when the catalogue was loaded (no request)."""
        models = self._tables.get(database.db_key)
        if models is None:
            _needs_await("listing tables", "call await session.get_dbs() first")
        return [Table(model, database) for model in models]

    # --- the model's Backend protocol: what would need a request ----------------------------

    def attribute_types(self, table: Table) -> dict[str, str]:
        _needs_await("table.attribute_types", "use await async_table.attribute_types()")

    def attribute_units(self, table: Table) -> dict[str, str | None]:
        _needs_await("attribute units", "use await async_table.attribute_types()")

    def record_pages(self, table: Table) -> Iterator[list[Record]]:
        _needs_await("listing a table", "use await async_table.all_records()")

    def search(
        self,
        database: Database,
        *,
        mode: str,
        query: str,
        table: Table | None = None,
        subset: str | None = None,
    ) -> list[Record]:
        _needs_await("a search", "use await session.search_for_records_by_name/_by_text()")

    def table_children(self, table: Table, *, subset: str | None = None) -> list[Record]:
        _needs_await("table.children", "use await async_table.all_records()")

    def record_children(self, record: Record, *, subset: str | None = None) -> list[Record]:
        _needs_await("record.children", "use await async_table.all_records()")

    def table_layouts(self, table: Table) -> TableLayoutList:
        _needs_await("table layouts", "read them with a Session")

    def table_subsets(self, table: Table) -> SubsetList:
        _needs_await(
            "the table's subsets (and what they filter, such as table.children)",
            "use await async_table.all_records(), or read subsets with a Session",
        )

    def fetch_subsets(
        self, records: Sequence[Record], *, options: BatchOptions
    ) -> BulkResult[Record]:
        _needs_await("record subsets", "read them with a Session")

    def copy_record(
        self, record: Record, *, parent: Record | Table, name: str | None, release: bool
    ) -> RecordModel:
        _needs_await("copying a record", "copy it with a Session")

    def record_by_id(
        self,
        db_key: str,
        *,
        hguid: str | None = None,
        vguid: str | None = None,
        history_identity: int | None = None,
        version_number: int | None = None,
    ) -> Record | None:
        _needs_await("a look-up (e.g. record.parent)", "use await session.get_record_by_id()")

    def records_by_ids(
        self,
        record_identifiers: Sequence[dict[str, Any]],
        *,
        default_db_key: str | None = None,
        options: BatchOptions,
    ) -> LookupResult[Record]:
        _needs_await("a look-up", "use await session.get_records_by_ids()")

    def attribute_definitions(self, table: Table) -> list[AttributeDefinitionModel]:
        """The definitions loaded by ``load_definitions`` (no request)."""
        models = self._definitions.get(_definitions_key(table))
        if models is None:
            _needs_await("attribute definitions", "use await async_table.bulk_fetch() first")
        return models

    async def load_definitions(self, tables: Sequence[Table]) -> None:
        """Read the attribute definitions of ``tables`` not read yet (one request each)."""
        wanted = {_definitions_key(t): t for t in tables}
        missing = [(key, t) for key, t in wanted.items() if key not in self._definitions]
        loaded = await asyncio.gather(
            *(
                self.run(
                    schema.attribute_definitions_steps(
                        db_key=table.db_key,
                        table_guid=table.guid,
                        unit_system=key[2],
                        absolute_temperatures=key[3],
                    )
                )
                for key, table in missing
            )
        )
        for (key, _), models in zip(missing, loaded, strict=True):
            self._definitions[key] = models

    def unit_systems(self, database: Database) -> tuple[str, list[str]]:
        _needs_await("unit systems", "read them with a Session")

    def equivalent_units(self, database: Database, unit: str) -> dict[str, dict[str, float]]:
        _needs_await("equivalent units", "read them with a Session")

    def fetch_attributes(
        self,
        records: Sequence[Record],
        *,
        attributes: list[str] | None,
        include_binary_data: bool,
        options: BatchOptions,
        include_properties: bool = False,
        meta_attributes: list[tuple[str, str]] | None = None,
    ) -> None:
        _needs_await("reading attributes not fetched yet", "use await async_table.bulk_fetch()")

    def fetch_links(self, records: Sequence[Record]) -> None:
        _needs_await("reading links", "read them with a Session")

    def fetch_link_groups(
        self, records: Sequence[Record], *, link_groups: list[str] | None, options: BatchOptions
    ) -> None:
        _needs_await("reading links", "read them with a Session")

    def search_where(
        self,
        database: Database,
        *,
        table: Table | None,
        criteria: Sequence[SearchCriterion],
        subset: str | None = None,
    ) -> list[Record]:
        _needs_await("a criteria search", "search with a Session")

    def table_records(
        self, table: Table, *, under: Record | None = None, subset: str | None = None
    ) -> list[Record]:
        _needs_await("listing a table", "use await async_table.all_records()")

    def move_record(self, record: Record, parent: Record | Table) -> RecordModel:
        _needs_await("moving a record", "move it with a Session")

    def import_records(
        self,
        records: list[Record],
        *,
        update_attributes: bool,
        update_links: bool,
        refresh_attributes: bool,
        include_binary_data_in_refresh: bool,
        notes: str | None,
        release_notes: str | None,
        options: BatchOptions,
    ) -> BulkResult[Record]:
        _needs_await("creating folders", "use await session.update()")

    def fetch_versions(self, records: Sequence[Record], *, options: BatchOptions) -> None:
        _needs_await("listing versions", "fetch them with a Session")

    def fetch_data_revisions(self, records: Sequence[Record], *, options: BatchOptions) -> None:
        _needs_await("data revision histories", "fetch them with a Session")

    def fetch_release_states(
        self, records: Sequence[Record], *, options: BatchOptions
    ) -> BulkResult[Record]:
        _needs_await("a release state", "use await session.bulk_fetch_release_states()")

    def delete_or_withdraw(
        self,
        records: Sequence[Record],
        *,
        options: BatchOptions,
        update_release_states: bool,
        withdrawal_notes: str | None,
    ) -> BulkResult[Record]:
        _needs_await("deleting", "use await session.bulk_delete_or_withdraw_records()")
