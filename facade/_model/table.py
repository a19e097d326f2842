"""Table: a table of a database, with its attribute kinds, record tree, searches and bulk fetches."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from generated.models.table import Table as TableModel

from .._core.batching import BatchOptions, ProgressCallback
from .criteria import SearchCriterion
from .definitions import AttributeDefinition, definition_from_model, lookup_definition
from .enums import RecordColor
from .properties import FETCHED_PROPERTIES, PseudoAttributeDefinition
from .record import Record, check_records
from .record_search import checked_criteria, known_criteria
from .tree import Tree, check_path, kept
from .values import AttributeValue, value_for_definition

if TYPE_CHECKING:  # a table's database is created before it, and imports this module
    from .backend import Backend
    from .database import Database

__all__ = ["Table"]


class Table:
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

    # --- criteria search, tree --------------------------------------------------------------

    def search_for_records_where(
        self, list_of_criteria: Sequence[SearchCriterion], silent: bool = False
    ) -> list[Record]:
        """Records of this table meeting every criterion (AND), in one paginated request.

        Numeric values are read in the database's active unit system; criteria on one
        tabular column must all be met by a single row.

        Args:
            list_of_criteria: Criteria on this table's attributes and/or record properties.
            silent: Leave out criteria on attributes the table does not have, instead of
                raising KeyError.

        Returns:
            The records found (an empty list when none).

        Raises:
            TypeError: Not a list of SearchCriterion.
            ValueError: The list is empty, or a criterion is on another table's attribute.
            KeyError: A criterion's attribute is not in the table (unless ``silent``).
        """
        criteria = known_criteria(self, checked_criteria(list_of_criteria), silent=silent)
        if not criteria:
            return []
        return self._backend.search_where(self.database, table=self, criteria=criteria)

    def all_records(
        self, include_folders: bool = False, include_generics: bool = True
    ) -> list[Record]:
        """Every record of the table, flattened, from one paged listing (no walk of the tree).

        Each record comes with its parent and children filled in, so ``path`` and
        ``children`` need no further request.

        Args:
            include_folders: Also return folders.
            include_generics: Also return generic records (folders holding data).
        """
        tree = Tree(self, self._backend.table_records(self))
        return kept(
            tree.records, include_folders=include_folders, include_generics=include_generics
        )

    def _tree_below(self, starting_node: Record | Table | None) -> Tree:
        if starting_node is None or starting_node is self:
            return Tree(self, self._backend.table_records(self))
        if not isinstance(starting_node, Record):
            raise TypeError("starting_node must be a Record of this table, the table or None")
        if starting_node.table is not self:
            raise ValueError("starting_node is a record of another table")
        starting_node._require_server("following a path from it")
        records = self._backend.table_records(self, under=starting_node)
        return Tree(self, records, top=starting_node)

    def get_records_from_path(
        self,
        starting_node: Record | Table | None,
        tree_path: Sequence[str | None],
        *,
        use_short_names: bool = False,
    ) -> list[Record]:
        """The records at the end of ``tree_path`` below ``starting_node`` (one listing).

        Args:
            starting_node: A folder or record of this table; None (or the table) for the root.
            tree_path: Names of the nodes to follow, one per level; None matches any node.
            use_short_names: Match short names instead of names.

        Raises:
            TypeError: ``tree_path`` is not a list of str and None.
            ValueError: ``starting_node`` is in another table.
            InvalidRecordStateError: ``starting_node`` is not on the server.
        """
        names = check_path(tree_path, wildcards=True)
        tree = self._tree_below(starting_node)
        top = starting_node if isinstance(starting_node, Record) else None
        return tree.follow(top, names, use_short_names=use_short_names)

    def path_from(
        self,
        starting_node: Record | Table | None,
        tree_path: Sequence[str],
        *,
        color: RecordColor = RecordColor.InheritFromParent,
    ) -> Record:
        """The folder at the end of ``tree_path`` below ``starting_node``, creating the
        folders missing on the way (existing ones, matched by name, are reused).

        Args:
            starting_node: A folder or record of this table; None (or the table) for the root.
            tree_path: Folder names, one per level.
            color: Colour of the folders created.

        Returns:
            The last folder of the path (the starting node for an empty path).

        Raises:
            TypeError: ``tree_path`` is not a list of str.
            ValueError: A name is None or empty, or ``starting_node`` is in another table.
            InvalidRecordStateError: ``starting_node`` is not on the server.
            APIError: The server refused to create a folder.
        """
        names = [n for n in check_path(tree_path, wildcards=False) if n is not None]
        tree = self._tree_below(starting_node)
        top = starting_node if isinstance(starting_node, Record) else None
        node, depth = tree.deepest(top, names)
        created: list[Record] = []
        for name in names[depth:]:
            folder = self.create_record(name, parent=node or self, folder=True, color=color)
            created.append(folder)
            node = folder
        if created:
            result = self._backend.import_records(
                created,
                update_attributes=False,
                update_links=False,
                refresh_attributes=False,
                include_binary_data_in_refresh=False,
                notes=None,
                release_notes=None,
                options=BatchOptions(),
            )
            if result.failures:
                raise result.failures[0].error
        if node is None:
            raise ValueError("tree_path is empty and starting_node is None: no folder to return")
        return node

    def get_record_by_lookup_value(self, attribute_name: str, lookup_value: str) -> Record | None:
        """The record whose short-text attribute ``attribute_name`` is exactly ``lookup_value``.

        Returns:
            The record, or None when no record or several records have that value.

        Raises:
            KeyError: No attribute of that name.
            ValueError: The attribute is not short text.
            TypeError: ``lookup_value`` is not a non-empty str.
        """
        definition = self.get_attribute_definition(attribute_name)
        if definition.type != "STXT":
            raise ValueError(
                f"look-ups need a short-text attribute; {attribute_name!r} is {definition.type}"
            )
        criterion = SearchCriterion(definition, "EQUAL", lookup_value)
        found = self._backend.search_where(self.database, table=self, criteria=[criterion])
        return found[0] if len(found) == 1 else None

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

    def bulk_link_fetch(
        self,
        records: Sequence[Record],
        link_groups: Sequence[str] | None = None,
        *,
        batch_size: int = 100,
        parallelize: bool = False,
        max_num_threads: int = 6,
    ) -> None:
        """Fill ``Record.links`` of ``records`` in batches (one request per batch).

        Args:
            records: Records of this table, on the server.
            link_groups: Only these link groups (None: every group).
            batch_size: Records per request (capped at the server's limit).
            parallelize: Send batches on a thread pool.
            max_num_threads: Threads of that pool.

        Raises:
            TypeError: ``link_groups`` is not a list of str.
            BulkOperationError: Some records' links could not be read; the others are filled.
        """
        if link_groups is not None and (
            isinstance(link_groups, str) or not all(isinstance(g, str) for g in link_groups)
        ):
            raise TypeError("link_groups must be a list of link group names (or None for all)")
        options = BatchOptions(
            batch_size=batch_size, parallelize=parallelize, max_num_threads=max_num_threads
        )
        self._backend.fetch_link_groups(
            check_records(records, action="fetching links", table=self),
            link_groups=list(link_groups) if link_groups is not None else None,
            options=options,
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
