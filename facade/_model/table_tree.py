"""What a table adds for finding records; mixed into ``Table``.

Criteria search, its tree read from one flat listing (all records, paths, folders made on
demand), look-ups by value and link fetches.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, cast

from .._core.batching import BatchOptions
from .criteria import SearchCriterion
from .enums import RecordColor
from .record import Record, check_records
from .record_search import checked_criteria, known_criteria
from .tree import Tree, check_path, kept

if TYPE_CHECKING:  # annotations only: tables import this module
    from .backend import Backend
    from .database import Database
    from .definitions import AttributeDefinition
    from .table import Table
    from .values import AttributeValue

__all__ = ["TableTreeMixin"]


class TableTreeMixin:
    """Criteria search, tree navigation, look-ups and link fetches of a table."""

    @property
    def _this_table(self) -> Table:
        return cast("Table", self)  # mixed into Table only

    if TYPE_CHECKING:
        database: Database

        @property
        def _backend(self) -> Backend: ...

        @property
        def name(self) -> str: ...

        @property
        def attributes(self) -> dict[str, AttributeDefinition]: ...

        def get_attribute_definition(
            self, name: str | None = None, identity: str | None = None
        ) -> AttributeDefinition: ...

        @property
        def default_subset(self) -> str | None: ...

        def create_record(
            self,
            name: str,
            parent: Record | Table | None = None,
            *,
            short_name: str | None = None,
            attributes: dict[str, AttributeValue] | None = None,
            folder: bool = False,
            subsets: set[str] | None = None,
            release_record: bool = False,
            color: RecordColor = RecordColor.InheritFromParent,
        ) -> Record: ...

        def _subset_filter(self, filter_by_subset: bool, subset_name: str | None) -> str | None: ...

    _root_children: list[Record] | None = None

    @property
    def children(self) -> list[Record]:
        """Records and folders at the root of the table (cached).

        When not cached yet (by ``refetch_children`` or ``all_records``) they are read as
        ``refetch_children()`` does: only those in the subset applied to the table.

        Raises:
            ValueError: Several subsets are applied to the table.
        """
        if self._root_children is None:
            self.refetch_children()
        return list(self._root_children or ())

    def refetch_children(
        self, filter_by_subset: bool = True, subset_name: str | None = None
    ) -> None:
        """Read the records and folders at the root of the table again (one request per page).

        Args:
            filter_by_subset: Keep only those in a subset: ``subset_name``, or the one
                applied to the table. False: those in every subset.
            subset_name: The subset to keep (default: the one applied to the table).

        Raises:
            ValueError: Several subsets are applied and no ``subset_name`` was given, or the
                table has no such subset.
        """
        subset = self._subset_filter(filter_by_subset, subset_name)
        self._root_children = self._backend.table_children(self._this_table, subset=subset)

    def search_for_records_by_name(
        self, name: str, filter_by_subset: bool = True, subset_name: str | None = None
    ) -> list[Record]:
        """Find the records of this table whose name or short name is ``name``.

        Args:
            name: The exact name (case-insensitive).
            filter_by_subset: Keep only records in a subset: ``subset_name``, or the one
                applied to the table. False: records in every subset.
            subset_name: The subset to keep (default: the one applied to the table).

        Returns:
            The records found.

        Raises:
            TypeError: ``name`` is not a str.
            ValueError: ``name`` is empty or longer than 1000 characters; several subsets
                are applied and no ``subset_name`` was given; no such subset.
        """
        subset = self._subset_filter(filter_by_subset, subset_name)
        return self._backend.search(
            self.database, mode="name", query=name, table=self._this_table, subset=subset
        )

    def search_for_records_by_text(
        self, text: str, filter_by_subset: bool = True, subset_name: str | None = None
    ) -> list[Record]:
        """Find the records of this table whose names or text attributes contain ``text``.

        Args:
            text: The text to look for.
            filter_by_subset: Keep only records in a subset: ``subset_name``, or the one
                applied to the table. False: records in every subset.
            subset_name: The subset to keep (default: the one applied to the table).

        Returns:
            The records found.

        Raises:
            TypeError: ``text`` is not a str.
            ValueError: ``text`` is empty or longer than 1000 characters; several subsets
                are applied and no ``subset_name`` was given; no such subset.
        """
        subset = self._subset_filter(filter_by_subset, subset_name)
        return self._backend.search(
            self.database, mode="text", query=text, table=self._this_table, subset=subset
        )

    def search_for_records_where(
        self,
        list_of_criteria: Sequence[SearchCriterion],
        silent: bool = False,
        filter_by_subset: bool = True,
        subset_name: str | None = None,
    ) -> list[Record]:
        """Records of this table meeting every criterion (AND), in one paginated request.

        Numeric values are read in the database's active unit system; criteria on one
        tabular column must all be met by a single row.

        Args:
            list_of_criteria: Criteria on this table's attributes and/or record properties.
            silent: Leave out criteria on attributes the table does not have, instead of
                raising KeyError.
            filter_by_subset: Keep only records in a subset: ``subset_name``, or the one
                applied to the table. False: records in every subset.
            subset_name: The subset to keep (default: the one applied to the table).

        Returns:
            The records found (an empty list when none).

        Raises:
            TypeError: Not a list of SearchCriterion.
            ValueError: The list is empty, a criterion is on another table's attribute,
                several subsets are applied and no ``subset_name`` was given, or no such subset.
            KeyError: A criterion's attribute is not in the table (unless ``silent``).
        """
        criteria = known_criteria(
            self._this_table, checked_criteria(list_of_criteria), silent=silent
        )
        subset = self._subset_filter(filter_by_subset, subset_name)
        if not criteria:
            return []
        return self._backend.search_where(
            self.database, table=self._this_table, criteria=criteria, subset=subset
        )

    def all_records(
        self,
        include_folders: bool = False,
        include_generics: bool = True,
        filter_by_subset: bool = True,
        subset_name: str | None = None,
    ) -> list[Record]:
        """Every record of the table, flattened, from one paged listing (no walk of the tree).

        Each record comes with its parent and children filled in, so ``path`` and
        ``children`` need no further request; the table's ``children`` are cached too.

        Args:
            include_folders: Also return folders.
            include_generics: Also return generic records (folders holding data).
            filter_by_subset: Keep only records in a subset: ``subset_name``, or the one
                applied to the table. False: records in every subset.
            subset_name: The subset to keep (default: the one applied to the table).

        Raises:
            ValueError: Several subsets are applied and no ``subset_name`` was given, or the
                table has no such subset.
        """
        subset = self._subset_filter(filter_by_subset, subset_name)
        listed = self._backend.table_records(self._this_table, subset=subset)
        tree = Tree(self._this_table, listed)
        self._root_children = tree.children_of(None)
        return kept(
            tree.records, include_folders=include_folders, include_generics=include_generics
        )

    def _tree_below(self, starting_node: Record | Table | None) -> Tree:
        if starting_node is None or starting_node is self:
            return Tree(self._this_table, self._backend.table_records(self._this_table))
        if not isinstance(starting_node, Record):
            raise TypeError("starting_node must be a Record of this table, the table or None")
        if starting_node.table is not self:
            raise ValueError("starting_node is a record of another table")
        starting_node._require_server("following a path from it")
        records = self._backend.table_records(self._this_table, under=starting_node)
        return Tree(self._this_table, records, top=starting_node)

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
        """The folder at the end of ``tree_path`` below ``starting_node``, made if missing.

        Folders missing on the way are created; existing ones, matched by name, are reused.

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
            folder = self.create_record(
                name, parent=node or self._this_table, folder=True, color=color
            )
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
        found = self._backend.search_where(
            self.database,
            table=self._this_table,
            criteria=[criterion],
            subset=self.default_subset,  # the Toolkit looks in the default subset
        )
        return found[0] if len(found) == 1 else None

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
            check_records(records, action="fetching links", table=self._this_table),
            link_groups=list(link_groups) if link_groups is not None else None,
            options=options,
        )
