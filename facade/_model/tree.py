"""The tree of a table, built from one flat listing: parents, children, paths and filters.

``Table.all_records``, ``Table.get_records_from_path``, ``Table.path_from`` and
``Record.get_descendants`` read one paged listing of the table (or of one node's
descendants) and work on it here, in memory, instead of asking for each folder's children.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .._core.gc_pause import gc_paused
from .enums import RecordType

if TYPE_CHECKING:  # annotations only: records and tables import this module
    from .record import Record
    from .table import Table

__all__ = ["Tree", "check_path", "kept"]


def kept(
    records: Sequence[Record], *, include_folders: bool, include_generics: bool
) -> list[Record]:
    """``records`` without folders and/or generic records, as asked."""
    dropped: set[RecordType] = set()
    if not include_folders:
        dropped.add(RecordType.Folder)
    if not include_generics:
        dropped.add(RecordType.Generic)
    return [r for r in records if r.type not in dropped]


def check_path(tree_path: object, *, wildcards: bool) -> list[str | None]:
    """``tree_path`` as a list of names (None as a wildcard where allowed).

    Raises:
        TypeError: Not a list of str (and None).
        ValueError: A wildcard where a name is needed, or an empty name.
    """
    if isinstance(tree_path, str) or not isinstance(tree_path, Sequence):
        raise TypeError(f"tree_path must be a list of names, not {type(tree_path).__name__}")
    names = list(tree_path)
    for position, name in enumerate(names):
        if name is None:
            if not wildcards:
                raise ValueError(f"tree_path[{position}] is None: every folder needs a name")
            continue
        if not isinstance(name, str):
            raise TypeError(f"tree_path[{position}] must be a str, not {type(name).__name__}")
        if not name:
            raise ValueError(f"tree_path[{position}] is empty")
    return names


class Tree:
    """The nodes of one listing, linked to their parents and children.

    Args:
        table: The table listed.
        records: Every node of the table, or every descendant of ``top``.
        top: The node the listing started below, or None for the whole table.
    """

    def __init__(self, table: Table, records: list[Record], *, top: Record | None = None) -> None:
        self.table = table
        self.records = records
        self.top = top
        self._children: dict[str | None, list[Record]] = defaultdict(list)
        # Linking makes a list per node: the garbage collector's passes over every record
        # already built would cost more than the linking (and the links make no cycle it
        # must break: records and their parents are freed together).
        with gc_paused():
            self._link(table, records, top=top)

    def _link(self, table: Table, records: list[Record], *, top: Record | None) -> None:
        by_guid = {r.history_guid: r for r in records}
        if top is not None:
            by_guid[top.history_guid] = top
        parents: list[str | None] = []
        for record in records:
            model = record._server_model
            parent_guid = model.parent_history_guid if model is not None else None
            parents.append(parent_guid)
            self._children[parent_guid].append(record)
        no_children: list[Record] = []
        for record, parent_guid in zip(records, parents, strict=True):
            parent = table if parent_guid is None else by_guid.get(parent_guid)
            record._place_in_tree(parent, self._children.get(record.history_guid, no_children))

    def children_of(self, node: Record | None) -> list[Record]:
        """Children of ``node`` (None: the table root) within the listing."""
        return list(self._children.get(node.history_guid if node is not None else None, []))

    def follow(
        self, start: Record | None, tree_path: list[str | None], *, use_short_names: bool
    ) -> list[Record]:
        """The nodes at the end of ``tree_path`` below ``start`` (None: the root)."""
        level: list[Record | None] = [start]
        for name in tree_path:
            level = [
                child
                for node in level
                for child in self.children_of(node)
                if name is None or (child.short_name if use_short_names else child.name) == name
            ]
        return [node for node in level if node is not None]

    def deepest(self, start: Record | None, tree_path: list[str]) -> tuple[Record | None, int]:
        """The deepest existing node along ``tree_path`` (by name) and how many names matched."""
        node = start
        for depth, name in enumerate(tree_path):
            found = next((c for c in self.children_of(node) if c.name == name), None)
            if found is None:
                return node, depth
            node = found
        return node, len(tree_path)
