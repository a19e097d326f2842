"""StagedEdits: the local edits of one record that the next update pushes.

A record read from the server has none: it holds no ``StagedEdits`` until its first
``set_attributes``, ``clear_attributes`` or ``set_links`` (records are read by the thousand
and most are never edited, so each would otherwise carry five empty containers).
"""

from __future__ import annotations

from collections.abc import KeysView, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # annotations only: values and records import the model modules
    from .record import Record
    from .values import AttributeValue

__all__ = [
    "NO_LINK_GROUPS",
    "NO_META_NAMES",
    "NO_META_VALUES",
    "NO_NAMES",
    "NO_VALUES",
    "StagedEdits",
]

NO_VALUES: Mapping[str, AttributeValue] = MappingProxyType({})
"""What a record without staged edits reports as values set."""
NO_META_VALUES: Mapping[tuple[str, str], AttributeValue] = MappingProxyType({})
"""What a record without staged edits reports as meta-attribute values set."""
NO_NAMES: KeysView[str] = MappingProxyType[str, None]({}).keys()
"""What a record without staged edits reports as names cleared."""
NO_META_NAMES: KeysView[tuple[str, str]] = MappingProxyType[tuple[str, str], None]({}).keys()
"""What a record without staged edits reports as meta-attributes cleared."""
NO_LINK_GROUPS: Mapping[str, set[Record]] = MappingProxyType({})
"""What a record without staged edits reports as link groups set."""


class StagedEdits:
    """Values set, names cleared and link groups set on a record since it was last pushed.

    Attribute edits: a value set for an attribute replaces an earlier value or removal of it,
    and a removal replaces an earlier value; likewise for meta-attributes, keyed by
    (parent attribute, meta-attribute). Link groups: each group set replaces the group.
    The readers get read-only views; only the methods below change the edits.
    """

    __slots__ = ("_cleared", "_cleared_meta", "_link_groups", "_meta_values", "_values")

    def __init__(self) -> None:
        self._values: dict[str, AttributeValue] = {}
        # Names cleared are dict keys: in the order they were cleared, as a set view.
        self._cleared: dict[str, None] = {}
        self._meta_values: dict[tuple[str, str], AttributeValue] = {}
        self._cleared_meta: dict[tuple[str, str], None] = {}
        self._link_groups: dict[str, set[Record]] = {}

    # --- what the record and the operations read --------------------------------------------

    @property
    def values(self) -> Mapping[str, AttributeValue]:
        """Attribute values set, by attribute name."""
        return MappingProxyType(self._values)

    @property
    def cleared(self) -> KeysView[str]:
        """Names of the attributes to remove on the server."""
        return self._cleared.keys()

    @property
    def meta_values(self) -> Mapping[tuple[str, str], AttributeValue]:
        """Meta-attribute values set, by (parent attribute, meta-attribute) name."""
        return MappingProxyType(self._meta_values)

    @property
    def cleared_meta(self) -> KeysView[tuple[str, str]]:
        """(parent attribute, meta-attribute) names of the meta-attributes to remove."""
        return self._cleared_meta.keys()

    @property
    def link_groups(self) -> Mapping[str, set[Record]]:
        """Link groups set, by group name: every record each group should link to."""
        return MappingProxyType(self._link_groups)

    # --- changes ------------------------------------------------------------------------------

    def set_value(self, value: AttributeValue) -> None:
        """Stage ``value`` for its attribute (no longer to be removed)."""
        self._values[value.name] = value
        self._cleared.pop(value.name, None)

    def set_meta_value(self, parent: str, value: AttributeValue) -> None:
        """Stage ``value`` for its meta-attribute of ``parent`` (no longer to be removed)."""
        key = (parent, value.name)
        self._meta_values[key] = value
        self._cleared_meta.pop(key, None)

    def clear(self, name: str) -> None:
        """Stage the removal of attribute ``name`` (dropping a value set for it)."""
        self._values.pop(name, None)
        self._cleared[name] = None

    def clear_meta(self, parent: str, name: str) -> None:
        """Stage the removal of meta-attribute ``name`` of ``parent`` (dropping a value set)."""
        key = (parent, name)
        self._meta_values.pop(key, None)
        self._cleared_meta[key] = None

    def drop_attribute_edits(self) -> None:
        """Forget every value set and removal staged (pushed, or discarded); links stay."""
        self._values.clear()
        self._cleared.clear()
        self._meta_values.clear()
        self._cleared_meta.clear()

    def set_link_group(self, group: str, targets: set[Record]) -> None:
        """Stage link group ``group`` to link to exactly ``targets`` (the set is kept)."""
        self._link_groups[group] = targets

    def drop_link_groups(self) -> None:
        """Forget the link groups staged (discarded); attribute edits stay."""
        self._link_groups.clear()

    def take_link_groups(self) -> dict[str, set[Record]]:
        """The link groups staged, which are no longer staged (pushed).

        The dict handed out is not reused: views of it read earlier keep what was pushed.
        """
        taken, self._link_groups = self._link_groups, {}
        return taken
