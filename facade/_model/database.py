"""Database: one database of the Service Layer and its tables (loaded once, on first use)."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from generated.models.database import Database as DatabaseModel
from generated.types import Unset

from .._core.checks import require_str
from .record_search import checked_criteria, criteria_table
from .units import UnitSettings

if TYPE_CHECKING:  # the table and record types appear in annotations only
    from .backend import Backend
    from .criteria import SearchCriterion
    from .record import Record
    from .table import Table

__all__ = ["Database"]


class Database:
    """A database: its key, GUIDs, name and tables (loaded once, on first use)."""

    def __init__(self, model: DatabaseModel, backend: Backend) -> None:
        self._model = model
        self._backend = backend
        self._tables: list[Table] | None = None
        self._tables_by_guid: dict[str, Table] = {}
        self._tables_lock = threading.Lock()
        self._units = UnitSettings(self, backend)

    @property
    def db_key(self) -> str:
        """The database key (e.g. ``DEMO_MATERIALS``)."""
        return self._model.key

    key = db_key

    @property
    def guid(self) -> str:
        """The database GUID."""
        return self._model.guid

    @property
    def version_guid(self) -> str:
        """The GUID of this version of the database."""
        return self._model.version_guid

    @property
    def name(self) -> str:
        """The database name."""
        return self._model.name

    @property
    def currency(self) -> str | None:
        """Currency code of the database's prices, if any."""
        value = self._model.currency_code
        return None if isinstance(value, Unset) else value

    # --- units ------------------------------------------------------------------------------

    @property
    def unit_system(self) -> str:
        """The unit system attribute and parameter values are read in (default: the
        database's own). Setting an unknown name raises ValueError listing the available ones.
        """
        return self._units.system

    @unit_system.setter
    def unit_system(self, name: str) -> None:
        self._units.system = name

    @property
    def absolute_temperatures(self) -> bool:
        """True: temperatures in K or degR; False (default): degC or degF."""
        return self._units.absolute_temperatures

    @absolute_temperatures.setter
    def absolute_temperatures(self, value: bool) -> None:
        self._units.absolute_temperatures = value

    @property
    def unit_systems_available(self) -> list[str]:
        """Names of the unit systems (one request, cached)."""
        return self._units.available

    def refetch_unit_systems(self) -> None:
        """Read the unit systems again on next use."""
        self._units.refetch()

    def dimensionally_equivalent_units(self, unit: str) -> dict[str, dict[str, float]]:
        """Units equivalent to ``unit`` with ``factor`` and ``offset`` (value * factor + offset).

        Args:
            unit: A unit symbol, e.g. ``"kg/m^3"``.

        Returns:
            ``{symbol: {"factor": float, "offset": float}}``, ``unit`` itself included.

        Raises:
            NotFoundError: The server does not know ``unit``.
        """
        return self._units.equivalent_units(unit)

    def _unit_request(self) -> tuple[str | None, bool]:
        """What reads ask the server for: the unit system (None: own) and absolute flag."""
        return self._units.requested_system, self._units.absolute_temperatures

    # --- tables -----------------------------------------------------------------------------

    @property
    def tables(self) -> list[Table]:
        """Every table (one request, then cached; ``refresh_tables()`` reloads)."""
        return list(self._loaded_tables())

    @property
    def tables_by_name(self) -> dict[str, Table]:
        """Tables by name."""
        return {t.name: t for t in self.tables}

    @property
    def tables_by_guid(self) -> dict[str, Table]:
        """Tables by GUID."""
        return {t.guid: t for t in self.tables}

    def refresh_tables(self) -> None:
        """Reload the tables (one request)."""
        tables = self._backend.list_tables(self)
        # Keyed case-insensitively; the first table wins if two share a GUID.
        self._tables_by_guid = {table.guid.casefold(): table for table in reversed(tables)}
        self._tables = tables

    def _loaded_tables(self) -> list[Table]:
        if self._tables is None:
            with self._tables_lock:  # batches read in threads load the tables once
                if self._tables is None:
                    self.refresh_tables()
        return self._tables or []

    def find_table_by_guid(self, guid: str) -> Table | None:
        """The table with GUID ``guid`` (case-insensitive), or None; tables load on first use."""
        self._loaded_tables()
        return self._tables_by_guid.get(guid.casefold())

    def get_table(self, name: str) -> Table:
        """The table called ``name`` (case-insensitive).

        Raises:
            TypeError: ``name`` is not a str.
            KeyError: No table has that name.
        """
        wanted = require_str(name, "name").casefold()
        for table in self.tables:
            if table.name.casefold() == wanted:
                return table
        raise KeyError(f"no table named {name!r} in database {self.db_key!r}")

    def get_table_by_guid(self, guid: str) -> Table:
        """The table with GUID ``guid`` (case-insensitive).

        Raises:
            TypeError: ``guid`` is not a str.
            KeyError: No table has that GUID.
        """
        table = self.find_table_by_guid(require_str(guid, "guid"))
        if table is None:
            raise KeyError(f"no table with GUID {guid!r} in database {self.db_key!r}")
        return table

    # --- records ----------------------------------------------------------------------------

    def get_record_by_id(
        self,
        hguid: str | None = None,
        vguid: str | None = None,
        history_identity: int | None = None,
        version_number: int | None = None,
    ) -> Record | None:
        """The record these identifiers name in this database (see ``Session.get_record_by_id``)."""
        return self._backend.record_by_id(
            self.db_key,
            hguid=hguid,
            vguid=vguid,
            history_identity=history_identity,
            version_number=version_number,
        )

    def get_records_by_ids(
        self, record_identifiers: Sequence[dict[str, Any]]
    ) -> list[Record | None]:
        """One record (or None) per identifier dict; ``db_key`` defaults to this database's."""
        return self._backend.records_by_ids(record_identifiers, default_db_key=self.db_key)

    def search_for_records_by_name(self, name: str) -> list[Record]:
        """Records whose name or short name is ``name`` (exact, case-insensitive)."""
        return self._backend.search(self, mode="name", query=name)

    def search_for_records_by_text(self, text: str) -> list[Record]:
        """Records whose names or text attributes contain ``text``."""
        return self._backend.search(self, mode="text", query=text)

    def search_for_records_where(
        self, list_of_criteria: Sequence[SearchCriterion], silent: bool = True
    ) -> list[Record]:
        """Records meeting every criterion (AND), in one paginated request.

        Criteria on attributes search their table; criteria on record properties alone
        search every table of the database (the results may mix tables).

        Args:
            list_of_criteria: Criteria on one table's attributes and/or record properties.
            silent: Leave out criteria on attributes their table does not have (default),
                instead of raising KeyError.

        Raises:
            TypeError: Not a list of SearchCriterion.
            ValueError: The list is empty, or the criteria are on two tables' attributes.
            KeyError: An attribute is not in its table (only when ``silent`` is False).
        """
        criteria = checked_criteria(list_of_criteria)
        table = criteria_table(self, criteria)
        if table is not None:
            return table.search_for_records_where(criteria, silent=silent)
        return self._backend.search_where(self, table=None, criteria=criteria)

    def __repr__(self) -> str:
        return f"<Database {self.db_key}: {self.name!r}>"
