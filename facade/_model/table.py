"""Table: a table of a database, with its attribute kinds, record tree, searches and bulk fetches."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from .._core.batching import BatchOptions, LookupResult, Progress
from .._core.calls import names_errors
from .._core.strict import StrictAttributes
from .definitions import AttributeDefinition, definition_from_model, lookup_definition
from .display_units import DisplayUnits
from .enums import RecordColor
from .properties import FETCHED_PROPERTIES, PseudoAttributeDefinition
from .record import Record, check_records
from .table_subsets import TableSubsetsMixin
from .table_tree import TableTreeMixin
from .values import AttributeValue, value_for_definition

if TYPE_CHECKING:  # a table's database is created before it, and imports this module
    from generated.models.table import Table as TableModel

    from .backend import Backend
    from .database import Database

__all__ = ["Table"]


class Table(StrictAttributes, TableTreeMixin, TableSubsetsMixin):
    """A table of a database: its records, searches and bulk fetches.

    Get tables from ``Database.tables`` or ``Database.get_table`` rather than building them.

    Args:
        model: What the server sent about the table.
        database: The table's database.
    """

    def __init__(self, model: TableModel, database: Database) -> None:
        self._model = model
        self.database = database
        self._attribute_types: dict[str, str] | None = None
        self._definitions: dict[tuple[str | None, bool], dict[str, AttributeDefinition]] = {}
        self._display_units = DisplayUnits(self)

    @property
    def _backend(self) -> Backend:
        return self.database._backend

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
    def attribute_types(self) -> dict[str, str]:
        """Attribute names and their kinds (``point``, ``file`` …); one request, cached.

        Deprecated: use ``attributes`` (definitions with ``type`` codes, units, parameters).
        """
        if self._attribute_types is None:
            self._attribute_types = self._backend.attribute_types(self)
        return dict(self._attribute_types)

    # --- schema -----------------------------------------------------------------------------

    @property
    def unit_system(self) -> str:
        """The unit system of the table's values (the database's)."""
        return self.database.unit_system

    @property
    def attributes(self) -> dict[str, AttributeDefinition]:
        """Attribute definitions by name, in layout order, in the database's current unit settings (one request per unit system, cached); meta-attributes are in their parent's ``meta_attributes``."""
        return dict(self._current_definitions())

    def _current_definitions(self) -> dict[str, AttributeDefinition]:
        key = self.database._unit_request()
        found = self._definitions.get(key)
        if found is None:
            found = {}
            metas: list[AttributeDefinition] = []
            for model in self._backend.attribute_definitions(self):
                definition = definition_from_model(model, self)
                if definition.is_meta:
                    metas.append(definition)
                else:
                    found[definition.name] = definition
            for meta in metas:
                parent = found.get(meta.is_meta_for or "")
                if parent is not None:
                    parent._adopt_meta_attribute(meta)
            self._definitions[key] = found
        self._display_units.apply_to(found)
        return found

    def set_display_unit(self, attribute: str | AttributeDefinition, unit_symbol: str) -> None:
        """Read a point or range attribute's values in ``unit_symbol`` from now on.

        The definition's ``unit`` becomes ``unit_symbol`` (``default_unit`` keeps the unit
        system's); values read afterwards are converted. Writing values is not affected.

        Args:
            attribute: The attribute, by name or definition.
            unit_symbol: A unit equivalent to the attribute's, e.g. ``"ksi"``.

        Raises:
            KeyError: The table has no such attribute.
            TypeError: ``unit_symbol`` is not a str.
            ValueError: The attribute is not a point or range, or the unit is not equivalent.
        """
        definition = self.get_attribute_definition(name=_attribute_name(attribute))
        self._display_units.set(definition, unit_symbol)
        self._display_units.apply_to(self._current_definitions())

    def reset_display_unit(self, attribute: str | AttributeDefinition) -> None:
        """Read the attribute's values in the unit system's unit again.

        Args:
            attribute: The attribute, by name or definition.
        """
        self._display_units.reset(_attribute_name(attribute))
        self._display_units.apply_to(self._current_definitions())

    def _show_in_display_units(self, values: dict[str, AttributeValue]) -> None:
        """Convert freshly read values of attributes that have a display unit."""
        self._display_units.convert(values)

    def _definitions_for_values(self) -> dict[str, AttributeDefinition]:
        """The current definitions, for building a record's values."""
        return self._current_definitions()

    def refresh_attributes(self) -> None:
        """Forget the definitions (read again on next use)."""
        self._definitions.clear()
        self._attribute_types = None

    def get_attribute_definition(
        self, name: str | None = None, identity: str | None = None
    ) -> AttributeDefinition:
        """One definition, by name or by its GUID (``identity``, which also finds meta-attributes).

        Args:
            name: The attribute's name.
            identity: The attribute's GUID.

        Returns:
            The attribute's definition in this table.

        Raises:
            KeyError: No such attribute; the message lists close matches.
            TypeError: Neither (or a non-str) name nor identity was given.
        """
        definitions = self._current_definitions()
        if identity is not None:
            if not isinstance(identity, str):
                raise TypeError("identity must be the attribute GUID (a str)")
            for definition in definitions.values():
                for candidate in (definition, *definition.meta_attributes.values()):
                    if candidate.id.lower() == identity.lower():
                        return candidate
            raise KeyError(f"no attribute with GUID {identity!r} in table {self.name!r}")
        if not isinstance(name, str):
            raise TypeError("get_attribute_definition needs a name or an identity (a str)")
        return lookup_definition(definitions, name, table=self.name)

    def create_empty_attribute_value(self, definition: AttributeDefinition) -> AttributeValue:
        """An empty value of the right class for ``definition``.

        Args:
            definition: An attribute definition of this table.

        Returns:
            An empty attribute value to fill and stage with ``Record.set_attributes``.

        Raises:
            TypeError: ``definition`` is not an attribute definition.
        """
        if not isinstance(definition, AttributeDefinition):
            raise TypeError("definition must be an AttributeDefinition of this table")
        return value_for_definition(definition)

    def _empty_values(self) -> dict[str, AttributeValue]:
        """An empty value for every attribute of the table (a new record's values)."""
        return {n: value_for_definition(d) for n, d in self._current_definitions().items()}

    def create_record(
        self,
        name: str,
        parent: Record | Table | None = None,
        short_name: str | None = None,
        attributes: dict[str, AttributeValue] | None = None,
        folder: bool = False,
        subsets: set[str] | None = None,
        release_record: bool = False,
        color: RecordColor = RecordColor.InheritFromParent,
    ) -> Record:
        """A new record, local until ``Session.update`` pushes it.

        Unlike records read from the server, a new record is not released by ``update``
        unless ``release_record=True`` (or ``record.flag_for_release = True``).

        Args:
            name: The record's name.
            parent: The parent record or folder (None or the table: the table's root).
            short_name: The short name shown in the tree (default: the name).
            attributes: Values to write with the record, by attribute name.
            folder: Make a folder rather than a record.
            subsets: The subsets the record joins (default: those applied to the table,
                ``Table.subsets``).
            release_record: Release the record when ``update`` creates it (default False).
            color: Its colour in the viewer's tree.

        Returns:
            The new record (not yet on the server).

        Raises:
            TypeError: ``name`` is not a non-empty str, or another argument has a wrong type.
            ValueError: ``parent`` is a record of another table.
        """
        if not isinstance(name, str) or not name:
            raise TypeError("a new record needs a name (a non-empty str)")
        if isinstance(parent, Record) and parent.table is not self:
            raise ValueError("the parent of a record must be in the same table")
        return Record(
            name,
            self,
            parent=parent,
            short_name=short_name,
            attributes=attributes,
            subsets=subsets,
            folder=folder,
            record_color=color,
            release_record=release_record,
        )

    @names_errors("get_records_by_ids")
    def get_records_by_ids(
        self,
        record_identifiers: Sequence[dict[str, Any]],
        *,
        raise_on_failure: bool | None = None,
        progress: Progress = None,
    ) -> LookupResult[Record]:
        """Look up many records of this table's database by their identifiers.

        As ``Database.get_records_by_ids``: ``db_key`` defaults to this table's database. A
        record found in another table of the database is returned too (as the Toolkit does).

        Args:
            record_identifiers: One dict per record wanted (``hguid``, ``vguid`` or
                ``history_identity`` with an optional ``version_number``).
            raise_on_failure: Raise when any identifier is not resolved; None follows
                ``SessionConfiguration.raise_on_failure``.
            progress: A callback ``progress(done, total)``, or True for a progress bar.

        Returns:
            One Record, or None, per identifier; ``reason(index)`` says why one is None.

        Raises:
            TypeError: An identifier is not a dict, or a value has the wrong type.
            ValueError: An identifier is malformed.
            BulkOperationError: ``raise_on_failure`` is on and some identifiers failed.
        """
        return self.database.get_records_by_ids(
            record_identifiers, raise_on_failure=raise_on_failure, progress=progress
        )

    # --- bulk -------------------------------------------------------------------------------

    @names_errors("bulk_fetch")
    def bulk_fetch(
        self,
        records: Sequence[Record],
        attributes: Sequence[str | AttributeDefinition | PseudoAttributeDefinition] | None = None,
        batch_size: int = 100,
        parallelize: bool = False,
        max_num_threads: int = 6,
        include_binary_data: bool = False,
        *,
        progress: Progress = None,
        show_progress: bool = False,
    ) -> None:
        """Fetch the attribute values of many records of this table, in batches.

        Failures: this fills the records in place and returns nothing, so any record that
        could not be fetched raises ``BulkOperationError`` after the others were filled;
        its ``failures`` say which and why.

        Args:
            records: Records of this table that exist on the server.
            attributes: The attributes to fetch, by name or ``AttributeDefinition``; None
                fetches every attribute and meta-attribute. Meta-attributes are fetched only
                when their definitions (from a parent's ``meta_attributes``) are listed, and
                bring their parent; otherwise the values' ``meta_attributes`` are empty.
                ``RecordProperties`` definitions also fetch the records' properties
                (writability, parent names).
            batch_size: Records per request (capped at the server's limit).
            parallelize: Send batches on several threads.
            max_num_threads: Most threads when parallel.
            include_binary_data: Fetch the bytes of files and pictures too (else a URL).
            progress: A callback ``progress(done, total)``, or True for a progress bar.
            show_progress: Same as ``progress=True``.

        Raises:
            TypeError: An argument has the wrong type.
            ValueError: A record is in another table, or a bulk option is out of range.
            KeyError: An attribute name is not in the table (close matches are named).
            InvalidRecordStateError: A record is not on the server.
            BulkOperationError: Some records could not be fetched.
        """
        options = BatchOptions(
            batch_size=batch_size,
            parallelize=parallelize,
            max_num_threads=max_num_threads,
            progress=progress,
            show_progress=show_progress,
        )
        names, properties, metas = self._requested(attributes)
        self._backend.fetch_attributes(
            check_records(records, action="fetching attributes", table=self),
            attributes=names,
            include_binary_data=include_binary_data,
            options=options,
            include_properties=properties,
            meta_attributes=metas,
        )

    def _requested(
        self, attributes: Sequence[str | AttributeDefinition | PseudoAttributeDefinition] | None
    ) -> tuple[list[str] | None, bool, list[tuple[str, str]] | None]:
        """Attribute names, whether properties are asked for, and meta-attributes to export.

        Meta-attributes are (parent, meta-attribute) names; a meta-attribute brings its parent.
        """
        if attributes is None:
            return None, False, None
        if isinstance(attributes, str) or not isinstance(attributes, Sequence | set):
            raise TypeError(
                "attributes must be a list of attribute names or definitions (or None for all)"
            )
        names: list[str] = []
        metas: list[tuple[str, str]] = []
        properties = False
        definitions: dict[str, AttributeDefinition] | None = None
        for item in attributes:
            if isinstance(item, PseudoAttributeDefinition):
                properties = properties or item.name in FETCHED_PROPERTIES
            elif isinstance(item, AttributeDefinition):
                if item.table is not self:
                    raise ValueError(f"{item!r} is an attribute of table {item.table.name!r}")
                if item.is_meta_for is not None:
                    metas.append((item.is_meta_for, item.name))
                    names.append(item.is_meta_for)
                else:
                    names.append(item.name)
            elif isinstance(item, str):
                definitions = definitions or self._current_definitions()
                names.append(lookup_definition(definitions, item, table=self.name).name)
            else:
                raise TypeError(
                    "attributes must be names, AttributeDefinition or PseudoAttributeDefinition, "
                    f"not {type(item).__name__}"
                )
        return list(dict.fromkeys(names)), properties, metas

    @names_errors("bulk_fetch_all_record_versions")
    def bulk_fetch_all_record_versions(
        self,
        records: Sequence[Record],
        batch_size: int = 100,
        parallelize: bool = False,
        max_num_threads: int = 6,
        *,
        progress: Progress = None,
    ) -> None:
        """Fill ``all_versions``, ``release_state`` and ``record_history`` of records (one request per batch).

        Failures: the records are filled in place; when any could not be read, the first
        error is raised after the others were filled.

        Args:
            records: Records of this table that exist on the server.
            batch_size: Records per request.
            parallelize: Send requests on several threads.
            max_num_threads: Most threads when parallel.
            progress: A callback ``progress(done, total)``, or True for a progress bar.

        Raises:
            TypeError: An argument has the wrong type.
            ValueError: A record is in another table, or a bulk option is out of range.
            InvalidRecordStateError: A record is not on the server.
            APIError: A record's versions could not be read.
        """
        options = BatchOptions(
            batch_size=batch_size,
            parallelize=parallelize,
            max_num_threads=max_num_threads,
            progress=progress,
        )
        self._backend.fetch_versions(
            check_records(records, action="listing versions", table=self), options=options
        )

    def bulk_fetch_data_revision_history(
        self,
        records: Sequence[Record],
        batch_size: int = 100,
        parallelize: bool = False,
        max_num_threads: int = 6,
        *,
        progress: Progress = None,
    ) -> None:
        """Fill ``data_revision_history`` of records: how each attribute's data came to be.

        Failures: the records are filled in place; when any could not be read,
        ``BulkOperationError`` is raised after the others were filled.

        Args:
            records: Records of this table that exist on the server.
            batch_size: Records per request.
            parallelize: Send requests on several threads.
            max_num_threads: Most threads when parallel.
            progress: A callback ``progress(done, total)``, or True for a progress bar.

        Raises:
            TypeError: An argument has the wrong type.
            ValueError: A record is in another table, or a bulk option is out of range.
            InvalidRecordStateError: A record is not on the server.
            BulkOperationError: Some records could not be read.
        """
        options = BatchOptions(
            batch_size=batch_size,
            parallelize=parallelize,
            max_num_threads=max_num_threads,
            progress=progress,
        )
        self._backend.fetch_data_revisions(
            check_records(records, action="reading data revisions", table=self), options=options
        )

    # --- dataframes -------------------------------------------------------------------------

    def to_dataframe(
        self, records: Sequence[Record] | None = None, attributes: Sequence[str] | None = None
    ) -> Any:
        """Records of this table as a ``pandas.DataFrame``, one row per record.

        See ``records_to_dataframe`` for the columns (units in the names and in
        ``df.attrs["units"]``). For tables too large for memory use ``export_table``.

        Args:
            records: Records of this table; None for every record (one flat listing).
            attributes: Attribute names to include, in order; None for all.

        Returns:
            A ``pandas.DataFrame``.

        Raises:
            ImportError: pandas is not installed (``servicelayer-sdk[dataframe]``).
            ValueError: A record is not in this table.
        """
        from .dataframes import records_to_dataframe

        if records is None:
            listed = [r for page in self._backend.record_pages(self) for r in page]
        else:
            listed = check_records(records, table=self)
        return records_to_dataframe(listed, attributes)

    @property
    def _known_attribute_types(self) -> dict[str, str] | None:
        """The attribute kinds when already read (never a request)."""
        return None if self._attribute_types is None else dict(self._attribute_types)

    def _repr_html_(self) -> str:
        """The table's summary for notebooks."""
        from .display import table_html

        return table_html(self)

    def __repr__(self) -> str:
        return f"<Table {self.db_key}/{self.name}>"


def _attribute_name(attribute: str | AttributeDefinition) -> str:
    return attribute.name if isinstance(attribute, AttributeDefinition) else attribute
