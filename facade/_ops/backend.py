"""ServiceLayerBackend: the backend model objects talk to, built on the operations here.

It also keeps the catalogue of databases and tables, so every record the server sends
becomes a ``Record`` of the one ``Table`` object that stands for its table.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from generated import Client, models

from .._core.batching import BatchOptions, BulkResult, LookupResult
from .._model.criteria import SearchCriterion
from .._model.database import Database
from .._model.record import Record
from .._model.table import Table
from . import (
    catalog,
    criteria_search,
    data_revisions,
    listings,
    lookups,
    reads,
    schema,
    table_config,
    tree,
    writes,
)
from .context import OperationContext

if TYPE_CHECKING:  # annotations only: the models load at first use (generated.models)
    from generated.models.attribute_definition import (
        AttributeDefinition as AttributeDefinitionModel,
    )
    from generated.models.record import Record as RecordModel
    from generated.models.subset_list import SubsetList
    from generated.models.table_layout_list import TableLayoutList

__all__ = ["ServiceLayerBackend"]


class ServiceLayerBackend:
    """Implements the model's ``Backend`` protocol over one connection's generated client."""

    def __init__(
        self,
        client: Client,
        *,
        max_batch_size: int,
        max_page_size: int,
        max_pages: int,
        viewer_base_url: str,
        raise_on_failure: bool = False,
    ) -> None:
        self.context = OperationContext(
            client=client,
            max_batch_size=max_batch_size,
            max_page_size=max_page_size,
            max_pages=max_pages,
            record_from_model=self.record_from_model,
            records_from_models=self.records_from_models,
        )
        self._viewer_base_url = viewer_base_url
        self._raise_on_failure = raise_on_failure
        self._databases: list[Database] | None = None
        self._databases_by_key: dict[str, Database] = {}
        self._lock = threading.Lock()

    @property
    def viewer_base_url(self) -> str:
        """The viewer's root URL."""
        return self._viewer_base_url

    @property
    def raise_on_failure(self) -> bool:
        """Whether bulk operations raise on any failed item unless a call says otherwise."""
        return self._raise_on_failure

    # --- catalogue --------------------------------------------------------------------------

    def databases(self) -> list[Database]:
        """The databases on the server (loaded once; ``refetch_databases()`` reloads)."""
        with self._lock:
            if self._databases is None:
                self._load_databases()
            return list(self._databases or [])

    def refetch_databases(self) -> None:
        """Load the list of databases again (one request)."""
        with self._lock:
            self._load_databases()

    def _load_databases(self) -> None:
        loaded = [Database(model, self) for model in catalog.databases(self.context)]
        self._databases_by_key = {db.db_key: db for db in loaded}
        self._databases = loaded

    def list_tables(self, database: Database) -> list[Table]:
        """Every table of ``database`` (one request)."""
        return [Table(model, database) for model in catalog.tables(self.context, database.db_key)]

    def attribute_types(self, table: Table) -> dict[str, str]:
        """Attribute names of ``table`` and their kinds (one request)."""
        return catalog.attribute_types(self.context, db_key=table.db_key, table_guid=table.guid)

    def attribute_units(self, table: Table) -> dict[str, str | None]:
        """Attribute names of ``table`` and their units (one request)."""
        return catalog.attribute_units(self.context, db_key=table.db_key, table_guid=table.guid)

    def record_from_model(self, model: RecordModel) -> Record:
        """A record the server sent, as a ``Record`` of its table (runs once per record)."""
        database = self._databases_by_key.get(model.database_key)
        if database is not None:  # the usual case, in as few calls as possible
            table = database.find_table_by_guid(model.table_guid)
            if table is not None:
                return Record._from_model(model, table)
        return Record._from_model(model, self._table_of(model))

    def records_from_models(self, found: Sequence[RecordModel | None]) -> list[Record | None]:
        """``record_from_model`` of each (None stays None), each table found once."""
        return Record._from_models(found, self._table_of)

    def _table_of(self, model: RecordModel) -> Table:
        database = self._databases_by_key.get(model.database_key)
        if database is None:
            self.refetch_databases()
            database = self._databases_by_key[model.database_key]
        table = database.find_table_by_guid(model.table_guid)
        if table is None:  # a table created since the tables were listed
            database.refresh_tables()
            table = database.find_table_by_guid(model.table_guid)
        if table is None:  # still not listed: a table object from what the record says
            versioned = model.version_number is not None
            stub = models.Table(model.table_guid, model.table_name, model.database_key, versioned)
            table = Table(stub, database)
        return table

    # --- look-ups, listings -----------------------------------------------------------------

    def record_by_id(
        self,
        db_key: str,
        *,
        hguid: str | None = None,
        vguid: str | None = None,
        history_identity: int | None = None,
        version_number: int | None = None,
    ) -> Record | None:
        """The record these identifiers name, or None."""
        return lookups.get_record_by_id(
            self.context,
            db_key,
            hguid=hguid,
            vguid=vguid,
            history_identity=history_identity,
            version_number=version_number,
        )

    def records_by_ids(
        self,
        record_identifiers: Sequence[dict[str, Any]],
        *,
        default_db_key: str | None = None,
        options: BatchOptions,
    ) -> LookupResult[Record]:
        """One record (or None, with its reason) per identifier dict."""
        return lookups.records_by_ids(
            self.context,
            record_identifiers,
            default_db_key=default_db_key,
            known_db_keys=self._database_keys,
            options=options,
        )

    def records_from_string(
        self, text: str, *, use_strict_version: bool, options: BatchOptions
    ) -> LookupResult[Record]:
        """The records of a tab-separated record list (None, with its reason, where not found)."""
        return lookups.records_from_string(
            self.context,
            text,
            use_strict_version=use_strict_version,
            known_db_keys=self._database_keys,
            options=options,
        )

    def _database_keys(self) -> set[str]:
        return {database.db_key for database in self.databases()}

    def search(
        self,
        database: Database,
        *,
        mode: str,
        query: str,
        table: Table | None = None,
        subset: str | None = None,
    ) -> list[Record]:
        """Records of ``database`` (or of ``table`` only, or of its ``subset``) that a search finds."""
        return listings.search(
            self.context, database, mode=mode, query=query, table=table, subset=subset
        )

    def table_children(self, table: Table, *, subset: str | None = None) -> list[Record]:
        """Records and folders at the root of ``table`` (only members of ``subset``, if given)."""
        return listings.table_children(self.context, table, subset=subset)

    def record_children(self, record: Record, *, subset: str | None = None) -> list[Record]:
        """Child records and folders of ``record`` (only members of ``subset``, if given)."""
        return listings.record_children(self.context, record, subset=subset)

    def table_layouts(self, table: Table) -> TableLayoutList:
        """The layouts of ``table`` and its default layout (one request)."""
        return table_config.table_layouts(self.context, table)

    def table_subsets(self, table: Table) -> SubsetList:
        """The subsets of ``table`` and its default subset (one request)."""
        return table_config.table_subsets(self.context, table)

    def fetch_subsets(
        self, records: Sequence[Record], *, options: BatchOptions
    ) -> BulkResult[Record]:
        """Load the subsets each of ``records`` belongs to (one request per batch)."""
        return table_config.record_subsets(self.context, records, options=options)

    def copy_record(
        self, record: Record, *, parent: Record | Table, name: str | None, release: bool
    ) -> RecordModel:
        """Copy ``record`` (values and subsets) below ``parent``; the new record as stored."""
        return table_config.copy_record(
            self.context, record, parent=parent, name=name, release=release
        )

    def search_where(
        self,
        database: Database,
        *,
        table: Table | None,
        criteria: Sequence[SearchCriterion],
        subset: str | None = None,
    ) -> list[Record]:
        """Records meeting every criterion, in the database's unit settings (``subset``: only its members)."""
        unit_system, absolute = database._unit_request()
        return criteria_search.search_where(
            self.context,
            database,
            table=table,
            criteria=criteria,
            unit_system=unit_system,
            absolute_temperatures=absolute,
            subset=subset,
        )

    def table_records(
        self, table: Table, *, under: Record | None = None, subset: str | None = None
    ) -> list[Record]:
        """Every record and folder of ``table`` (or below ``under``; only members of ``subset``)."""
        return tree.table_records(self.context, table, under=under, subset=subset)

    def move_record(self, record: Record, parent: Record | Table) -> RecordModel:
        """Move ``record`` below ``parent``."""
        return tree.move_record(self.context, record, parent=parent)

    def record_pages(self, table: Table) -> Iterator[list[Record]]:
        """Every record of ``table`` (not folders), a page at a time."""
        return tree.record_pages(self.context, table)

    # --- reads ------------------------------------------------------------------------------

    def attribute_definitions(self, table: Table) -> list[AttributeDefinitionModel]:
        """The attribute definitions of ``table`` in its database's unit settings."""
        unit_system, absolute = table.database._unit_request()
        return schema.attribute_definitions(
            self.context,
            db_key=table.db_key,
            table_guid=table.guid,
            unit_system=unit_system,
            absolute_temperatures=absolute,
        )

    def unit_systems(self, database: Database) -> tuple[str, list[str]]:
        """The database's own unit system and every system it can be read in."""
        return schema.unit_systems(self.context, database.db_key)

    def equivalent_units(self, database: Database, unit: str) -> dict[str, dict[str, float]]:
        """Units equivalent to ``unit`` with their factor and offset."""
        return schema.equivalent_units(self.context, database.db_key, unit=unit)

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
        """Load attribute values (and optionally properties) into ``records``."""
        reads.export(
            self.context,
            records,
            attributes=attributes,
            include_binary_data=include_binary_data,
            include_links=False,
            include_properties=include_properties,
            options=options,
            meta_attributes=meta_attributes,
        )

    def fetch_links(self, records: Sequence[Record]) -> None:
        """Load the links of ``records``."""
        reads.fetch_links(self.context, records)

    def fetch_link_groups(
        self, records: Sequence[Record], *, link_groups: list[str] | None, options: BatchOptions
    ) -> None:
        """Load the links of ``records`` in batches, only ``link_groups`` if given."""
        reads.fetch_links(self.context, records, link_groups=link_groups, options=options)

    def fetch_versions(self, records: Sequence[Record], *, options: BatchOptions) -> None:
        """Load every version and the release state of ``records``."""
        reads.fetch_versions(self.context, records, options=options)

    def fetch_release_states(
        self, records: Sequence[Record], *, options: BatchOptions
    ) -> BulkResult[Record]:
        """Load the release state of each record's version."""
        return reads.release_states(self.context, records, options=options)

    def fetch_data_revisions(self, records: Sequence[Record], *, options: BatchOptions) -> None:
        """Load the data revision history of ``records``."""
        data_revisions.fetch_data_revisions(self.context, records, options=options)

    # --- writes -----------------------------------------------------------------------------

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
        """Create or update ``records``; returns those that succeeded."""
        return writes.import_items(
            self.context,
            records,
            update_attributes=update_attributes,
            update_links_too=update_links,
            refresh_attributes=refresh_attributes,
            include_binary_data_in_refresh=include_binary_data_in_refresh,
            notes=notes,
            release_notes=release_notes,
            options=options,
        )

    def update_links(self, records: list[Record], *, options: BatchOptions) -> BulkResult[Record]:
        """Push the link groups set on ``records``."""
        return writes.link_items(self.context, records, options=options)

    def delete_or_withdraw(
        self,
        records: Sequence[Record],
        *,
        options: BatchOptions,
        update_release_states: bool,
        withdrawal_notes: str | None,
    ) -> BulkResult[Record]:
        """Delete or withdraw the version each record holds."""
        return writes.delete_items(
            self.context,
            records,
            options=options,
            update_release_states=update_release_states,
            withdrawal_notes=withdrawal_notes,
        )
