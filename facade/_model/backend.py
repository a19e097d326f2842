"""The backend: everything Database, Table and Record need from the server, as one protocol.

Model objects fetch lazily (``record.attributes``, ``table.children``), so they keep a
reference to a backend. They know it only through this protocol; the operations layer
implements it on top of the generated client. Model code never imports that layer.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from .._core.batching import BatchOptions, BulkResult, LookupResult

if TYPE_CHECKING:  # the protocol names the model classes it serves; they import this module
    from generated.models.attribute_definition import (
        AttributeDefinition as AttributeDefinitionModel,
    )
    from generated.models.record import Record as RecordModel
    from generated.models.subset_list import SubsetList
    from generated.models.table_layout_list import TableLayoutList

    from .criteria import SearchCriterion
    from .database import Database
    from .record import Record
    from .table import Table

__all__ = ["Backend"]


class Backend(Protocol):
    """What model objects ask of the server."""

    @property
    def viewer_base_url(self) -> str:
        """The viewer's root URL, for record datasheet links."""
        ...

    @property
    def raise_on_failure(self) -> bool:
        """Whether bulk operations raise on any failed item unless a call says otherwise."""
        ...

    def list_tables(self, database: Database) -> list[Table]:
        """Every table of ``database`` (one request)."""
        ...

    def attribute_types(self, table: Table) -> dict[str, str]:
        """Attribute names of ``table`` and their kinds (one request)."""
        ...

    def attribute_units(self, table: Table) -> dict[str, str | None]:
        """Attribute names of ``table`` and the units values are stored in (one request)."""
        ...

    def record_pages(self, table: Table) -> Iterator[list[Record]]:
        """Every record of ``table`` (not folders), a page at a time, walking its tree."""
        ...

    def search(
        self,
        database: Database,
        *,
        mode: str,
        query: str,
        table: Table | None = None,
        subset: str | None = None,
    ) -> list[Record]:
        """Records of ``database`` (or of ``table`` only, or of its ``subset``) that a name or text search finds."""
        ...

    def table_children(self, table: Table, *, subset: str | None = None) -> list[Record]:
        """Records and folders at the root of ``table`` (only members of ``subset``, if given)."""
        ...

    def record_children(self, record: Record, *, subset: str | None = None) -> list[Record]:
        """Child records and folders of ``record`` (only members of ``subset``, if given)."""
        ...

    def table_layouts(self, table: Table) -> TableLayoutList:
        """The layouts of ``table`` and its default layout (one request)."""
        ...

    def table_subsets(self, table: Table) -> SubsetList:
        """The subsets of ``table`` and its default subset (one request)."""
        ...

    def fetch_subsets(
        self, records: Sequence[Record], *, options: BatchOptions
    ) -> BulkResult[Record]:
        """Load the subsets each of ``records`` belongs to (one request per batch)."""
        ...

    def copy_record(
        self, record: Record, *, parent: Record | Table, name: str | None, release: bool
    ) -> RecordModel:
        """Copy ``record`` (values and subsets) below ``parent``; the new record as stored."""
        ...

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
        ...

    def records_by_ids(
        self,
        record_identifiers: Sequence[dict[str, Any]],
        *,
        default_db_key: str | None = None,
        options: BatchOptions,
    ) -> LookupResult[Record]:
        """One record (or None, with its reason) per identifier dict."""
        ...

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
        """Create or update ``records`` (parents before children); the successes."""
        ...

    def search_where(
        self,
        database: Database,
        *,
        table: Table | None,
        criteria: Sequence[SearchCriterion],
        subset: str | None = None,
    ) -> list[Record]:
        """Records of ``table`` (None: every table of ``database``; ``subset``: only its members) meeting every criterion.

        Numeric values are read in the database's unit settings; one paginated request.
        """
        ...

    def table_records(
        self, table: Table, *, under: Record | None = None, subset: str | None = None
    ) -> list[Record]:
        """Every record and folder of ``table`` (or below ``under``; only members of ``subset``, if given): one paged listing."""
        ...

    def move_record(self, record: Record, parent: Record | Table) -> RecordModel:
        """Move ``record`` below ``parent`` (no new version); its version as now stored."""
        ...

    def fetch_link_groups(
        self, records: Sequence[Record], *, link_groups: list[str] | None, options: BatchOptions
    ) -> None:
        """Load the links of ``records`` in batches (``link_groups``: only these groups)."""
        ...

    def attribute_definitions(self, table: Table) -> list[AttributeDefinitionModel]:
        """The attribute definitions of ``table`` in its database's unit settings (one request)."""
        ...

    def unit_systems(self, database: Database) -> tuple[str, list[str]]:
        """The database's own unit system and every system it can be read in (one request)."""
        ...

    def equivalent_units(self, database: Database, unit: str) -> dict[str, dict[str, float]]:
        """Units equivalent to ``unit`` with their ``factor`` and ``offset`` (one request)."""
        ...

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
        """Load attribute values (``attributes``: None for all) into ``records``; with ``include_properties`` also their properties (writability, parent names); ``meta_attributes``: (parent, meta-attribute) names, None for all of them when ``attributes`` is None and none otherwise."""
        ...

    def fetch_links(self, records: Sequence[Record]) -> None:
        """Load the links of ``records``."""
        ...

    def fetch_versions(self, records: Sequence[Record], *, options: BatchOptions) -> None:
        """Load every version, the release state and the version history of ``records``."""
        ...

    def fetch_release_states(
        self, records: Sequence[Record], *, options: BatchOptions
    ) -> BulkResult[Record]:
        """Load the release state of each record's version."""
        ...

    def fetch_data_revisions(self, records: Sequence[Record], *, options: BatchOptions) -> None:
        """Load the data revision history of ``records``."""
        ...

    def delete_or_withdraw(
        self,
        records: Sequence[Record],
        *,
        options: BatchOptions,
        update_release_states: bool,
        withdrawal_notes: str | None,
    ) -> BulkResult[Record]:
        """Delete (never released) or withdraw (released) the version each record holds."""
        ...
