"""Table: a table of a database, with its attribute kinds, record tree, searches and bulk fetches."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from generated.models.table import Table as TableModel

from .._core.batching import BatchOptions, ProgressCallback
from .definitions import AttributeDefinition, definition_from_model, lookup_definition
from .enums import RecordColor
from .properties import FETCHED_PROPERTIES, PseudoAttributeDefinition
from .record import Record, check_records
from .table_tree import TableTreeMixin
from .values import AttributeValue, value_for_definition

if TYPE_CHECKING:  # a table's database is created before it, and imports this module
    from .backend import Backend
    from .database import Database

__all__ = ["Table"]


class Table(TableTreeMixin):
    """A table of a database: its records, searches and bulk fetches."""

    def __init__(self, model: TableModel, database: Database) -> None:
        self._model = model
        self.database = database
        self._attribute_types: dict[str, str] | None = None
        self._definitions: dict[tuple[str | None, bool], dict[str, AttributeDefinition]] = {}

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
        """Attribute definitions by name, in layout order, in the database's current unit
        settings (one request per unit system, cached)."""
        return dict(self._current_definitions())

    def _current_definitions(self) -> dict[str, AttributeDefinition]:
        key = self.database._unit_request()
        found = self._definitions.get(key)
        if found is None:
            models = self._backend.attribute_definitions(self)
            found = {m.name: definition_from_model(m, self) for m in models}
            self._definitions[key] = found
        return found

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
        """One definition, by name or by its GUID (``identity``).

        Raises:
            KeyError: No such attribute; the message lists close matches.
            TypeError: Neither (or a non-str) name nor identity was given.
        """
        definitions = self._current_definitions()
        if identity is not None:
            if not isinstance(identity, str):
                raise TypeError("identity must be the attribute GUID (a str)")
            for definition in definitions.values():
                if definition.id.lower() == identity.lower():
                    return definition
            raise KeyError(f"no attribute with GUID {identity!r} in table {self.name!r}")
        if not isinstance(name, str):
            raise TypeError("get_attribute_definition needs a name or an identity (a str)")
        return lookup_definition(definitions, name, table=self.name)

    def create_empty_attribute_value(self, definition: AttributeDefinition) -> AttributeValue:
        """An empty value of the right class for ``definition``."""
        if not isinstance(definition, AttributeDefinition):
            raise TypeError("definition must be an AttributeDefinition of this table")
        return value_for_definition(definition)

    def _empty_values(self) -> dict[str, AttributeValue]:
        """An empty value for every attribute of the table (a new record's values)."""
        return {n: value_for_definition(d) for n, d in self._current_definitions().items()}

    @property
    def children(self) -> list[Record]:
        """Records and folders at the root of the table."""
        return self._backend.table_children(self)

    def search_for_records_by_name(self, name: str) -> list[Record]:
        """Records of this table named ``name`` (exact, case-insensitive, name or short name)."""
        return self._backend.search(self.database, mode="name", query=name, table=self)

    def search_for_records_by_text(self, text: str) -> list[Record]:
        """Records of this table whose names or text attributes contain ``text``."""
        return self._backend.search(self.database, mode="text", query=text, table=self)

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
        """A new record, local until ``Session.update`` pushes it.

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
            folder=folder,
            record_color=color,
            release_record=release_record,
        )

    # --- bulk -------------------------------------------------------------------------------

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
        options = BatchOptions(
            batch_size=batch_size,
            parallelize=parallelize,
            max_num_threads=max_num_threads,
            progress=progress,
            show_progress=show_progress,
        )
        names, properties = self._requested(attributes)
        self._backend.fetch_attributes(
            check_records(records, action="fetching attributes", table=self),
            attributes=names,
            include_binary_data=include_binary_data,
            options=options,
            include_properties=properties,
        )

    def _requested(
        self, attributes: Sequence[str | AttributeDefinition | PseudoAttributeDefinition] | None
    ) -> tuple[list[str] | None, bool]:
        """Attribute names to export and whether record properties are asked for."""
        if attributes is None:
            return None, False
        if isinstance(attributes, str) or not isinstance(attributes, Sequence | set):
            raise TypeError(
                "attributes must be a list of attribute names or definitions (or None for all)"
            )
        names: list[str] = []
        properties = False
        definitions: dict[str, AttributeDefinition] | None = None
        for item in attributes:
            if isinstance(item, PseudoAttributeDefinition):
                properties = properties or item.name in FETCHED_PROPERTIES
            elif isinstance(item, AttributeDefinition):
                if item.table is not self:
                    raise ValueError(f"{item!r} is an attribute of table {item.table.name!r}")
                names.append(item.name)
            elif isinstance(item, str):
                definitions = definitions or self._current_definitions()
                names.append(lookup_definition(definitions, item, table=self.name).name)
            else:
                raise TypeError(
                    "attributes must be names, AttributeDefinition or PseudoAttributeDefinition, "
                    f"not {type(item).__name__}"
                )
        return names, properties

    def bulk_fetch_all_record_versions(
        self,
        records: Sequence[Record],
        batch_size: int = 100,
        parallelize: bool = False,
        max_num_threads: int = 6,
    ) -> None:
        """Fill ``all_versions``, ``release_state`` and ``record_history`` of ``records``
        (one request per batch)."""
        options = BatchOptions(
            batch_size=batch_size, parallelize=parallelize, max_num_threads=max_num_threads
        )
        self._backend.fetch_versions(
            check_records(records, action="listing versions", table=self), options=options
        )

    def __repr__(self) -> str:
        return f"<Table {self.db_key}/{self.name}>"
