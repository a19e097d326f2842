"""What a table adds for its layouts and subsets; mixed into ``Table``.

Layouts and the subsets a table has are read once (one request each) and cached. The
subsets *applied* to a table are local state: the default subset is applied on first use,
``add_subsets``/``remove_subsets`` change the selection, and listings and searches that
filter by subset use it.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from typing import TYPE_CHECKING, cast

from .layouts import TableLayout

if TYPE_CHECKING:  # annotations only: tables import this module
    from .backend import Backend
    from .table import Table

__all__ = ["TableSubsetsMixin"]


class TableSubsetsMixin:
    """Layouts, available and applied subsets, and the subset filter of a table's listings."""

    _layouts: dict[str, TableLayout] | None = None
    _default_layout: str | None = None
    _available_subsets: list[str] | None = None
    _default_subset: str | None = None
    _applied_subsets: set[str] | None = None

    if TYPE_CHECKING:

        @property
        def _backend(self) -> Backend: ...

        @property
        def name(self) -> str: ...

    # --- layouts ------------------------------------------------------------------------------

    def _load_layouts(self) -> dict[str, TableLayout]:
        if self._layouts is None:
            listed = self._backend.table_layouts(cast("Table", self))
            self._layouts = {model.name: TableLayout(model) for model in listed.layouts}
            self._default_layout = listed.default_layout
        return self._layouts

    @property
    def layouts(self) -> dict[str, TableLayout]:
        """The table's layouts by name, in order (one request, then cached)."""
        return dict(self._load_layouts())

    @property
    def default_layout(self) -> str | None:
        """Name of the table's default layout (None when it has none)."""
        self._load_layouts()
        return self._default_layout

    # --- subsets ------------------------------------------------------------------------------

    def _load_subsets(self) -> list[str]:
        if self._available_subsets is None:
            listed = self._backend.table_subsets(cast("Table", self))
            self._available_subsets = [subset.name for subset in listed.subsets]
            self._default_subset = listed.default_subset
        return self._available_subsets

    def _applied(self) -> set[str]:
        if self._applied_subsets is None:
            self._load_subsets()
            default = self._default_subset
            self._applied_subsets = {default} if default is not None else set()
        return self._applied_subsets

    @property
    def subsets_available(self) -> set[str]:
        """Every subset of the table (one request, then cached)."""
        return set(self._load_subsets())

    @property
    def default_subset(self) -> str | None:
        """The subset applied when none was chosen (None when the table has none)."""
        self._load_subsets()
        return self._default_subset

    @property
    def subsets(self) -> set[str]:
        """Subsets applied to this table: listings, searches and new records use them.

        The default subset is applied until ``add_subsets``/``remove_subsets`` change the
        selection. Methods returning records raise ValueError while more than one subset is
        applied, unless they are given a ``subset_name``.
        """
        return set(self._applied())

    def refresh_subsets(self) -> None:
        """Read the table's subsets again (one request); applied ones that are gone are dropped."""
        self._available_subsets = None
        available = set(self._load_subsets())
        if self._applied_subsets is not None:
            self._applied_subsets &= available

    def add_subsets(self, values: str | Iterable[str]) -> None:
        """Apply more subsets to this table.

        Args:
            values: A subset name, or several.

        Raises:
            TypeError: A name is not a str.
            ValueError: The table has no subset of that name (close matches are named).
        """
        names = self._subset_names(values)
        self._applied().update(names)

    def remove_subsets(self, values: str | Iterable[str]) -> None:
        """Stop applying subsets to this table (names not applied are ignored).

        Args:
            values: A subset name, or several.

        Raises:
            TypeError: A name is not a str.
            ValueError: The table has no subset of that name (close matches are named).
        """
        names = self._subset_names(values)
        self._applied().difference_update(names)

    def _subset_names(self, values: str | Iterable[str]) -> list[str]:
        listed = [values] if isinstance(values, str) else list(values)
        available = self._load_subsets()
        for name in listed:
            if not isinstance(name, str):
                raise TypeError(f"subset names are str, not {type(name).__name__}")
            if name not in available:
                close = difflib.get_close_matches(name, available, n=3, cutoff=0.6)
                hint = f"; did you mean {' or '.join(repr(c) for c in close)}?" if close else ""
                raise ValueError(
                    f"table {self.name!r} has no subset {name!r} "
                    f"(subsets: {', '.join(map(repr, available)) or 'none'}){hint}"
                )
        return listed

    def _subset_filter(self, filter_by_subset: bool, subset_name: str | None) -> str | None:
        """The subset a listing keeps, as the Toolkit chooses it (None: no filtering).

        Raises:
            TypeError: ``filter_by_subset`` is not a bool or ``subset_name`` not a str.
            ValueError: ``subset_name`` is not a subset of the table, or several subsets are
                applied and no ``subset_name`` says which one to use.
        """
        if not isinstance(filter_by_subset, bool):
            raise TypeError("filter_by_subset must be True or False")
        if not filter_by_subset:
            return None
        if subset_name is not None:
            if not isinstance(subset_name, str):
                raise TypeError("subset_name must be a str (or None for the applied subset)")
            return self._subset_names([subset_name])[0]
        applied = self._applied()
        if len(applied) > 1:
            raise ValueError(
                f"{len(applied)} subsets are applied to table {self.name!r} "
                f"({', '.join(sorted(map(repr, applied)))}): pass subset_name= to choose one, "
                "filter_by_subset=False for all records, or remove_subsets() first"
            )
        return next(iter(applied), None)

    @property
    def _subsets_if_applied(self) -> set[str] | None:
        """The applied subsets when already known (never a request), for new records."""
        return None if self._applied_subsets is None else set(self._applied_subsets)
