"""TableLayout: how a table's attributes and link groups are grouped under headings."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._core.strict import StrictAttributes

if TYPE_CHECKING:  # annotations only: the models load at first use (generated.models)
    from generated.models.table_layout import TableLayout as TableLayoutModel

__all__ = ["TableLayout"]


class TableLayout(StrictAttributes):
    """A layout of a table: categories (headings) and the attributes and link groups under each.

    Get layouts from ``Table.layouts`` (by name) rather than building them. Everything is
    listed in display order.

    Example:
        >>> layout = table.layouts[table.default_layout]  # doctest: +SKIP
        >>> layout.attributes_by_category["Mechanical properties"]  # doctest: +SKIP
        ["Young's modulus", 'Yield strength', 'Stress-strain', 'Fatigue strength']

    Args:
        model: What the server sent about the layout.
    """

    def __init__(self, model: TableLayoutModel) -> None:
        self._name = model.name
        self._categories = [
            (
                category.name,
                [(a.name, list(a.meta_attributes)) for a in category.attributes],
                list(category.link_groups),
            )
            for category in model.categories
        ]

    @property
    def name(self) -> str:
        """The layout's name."""
        return self._name

    @property
    def categories(self) -> list[str]:
        """The headings of the layout, in order."""
        return [name for name, _, _ in self._categories]

    @property
    def attributes_by_category(self) -> dict[str, list[str]]:
        """Attribute names under each heading, in order."""
        return {name: [a for a, _ in attributes] for name, attributes, _ in self._categories}

    @property
    def link_groups_by_category(self) -> dict[str, list[str]]:
        """Link group names under each heading, in order."""
        return {name: list(groups) for name, _, groups in self._categories}

    @property
    def meta_attributes_by_attribute(self) -> dict[str, list[str]]:
        """Meta-attribute names shown with each attribute of the layout."""
        return {a: list(metas) for _, attributes, _ in self._categories for a, metas in attributes}

    def meta_attributes_on(self, attribute_name: str) -> list[str]:
        """The meta-attributes the layout shows with ``attribute_name``.

        Args:
            attribute_name: An attribute of the layout.

        Returns:
            Meta-attribute names, in order.

        Raises:
            KeyError: The layout does not show that attribute.
        """
        found = self.meta_attributes_by_attribute
        if attribute_name not in found:
            raise KeyError(f"layout {self._name!r} does not show attribute {attribute_name!r}")
        return found[attribute_name]

    @property
    def layout(self) -> list[dict[str, Any]]:
        """The whole layout as plain data: one dict per category (name, attributes, link groups, meta-attributes)."""
        return [
            {
                "category": name,
                "attributes": [a for a, _ in attributes],
                "link_groups": list(groups),
                "meta_attributes": {a: list(metas) for a, metas in attributes},
            }
            for name, attributes, groups in self._categories
        ]

    def __repr__(self) -> str:
        return f"<TableLayout {self._name!r}: {len(self._categories)} categories>"
