"""Database: one database of the Service Layer and its tables (loaded once, on first use)."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from generated.types import Unset

from .._core.batching import BatchOptions, LookupResult, Progress, choose_raise_on_failure
from .._core.calls import names_errors
from .._core.checks import require_str
from .._core.strict import StrictAttributes
from .record_search import checked_criteria, criteria_table
from .units import UnitSettings

if TYPE_CHECKING:  # the table and record types appear in annotations only
    from generated.models.database import Database as DatabaseModel

    from .backend import Backend
    from .criteria import SearchCriterion
    from .record import Record
    from .table import Table

__all__ = ["Database", "select_database"]


class Database(StrictAttributes):
    """A database: its key, GUIDs, name and tables (loaded once, on first use).

    Get databases from ``Session.dbs`` or ``Session.get_db`` rather than building them.

    Args:
        model: What the server sent about the database.
        backend: How the database reaches the server (the session's).
    """

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
        """The unit system attribute and parameter values are read in (default: the database's own).

        Setting an unknown name raises ValueError listing the available ones.
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
        """Find a table by GUID (case-insensitive); the tables load on first use.

        Args:
            guid: The table GUID.

        Returns:
            The table, or None when there is none with that GUID.
        """
        if self._tables is None:
            self._loaded_tables()
        # The server's GUIDs are lower case already: casefold only when that misses.
        found = self._tables_by_guid.get(guid)
        return found if found is not None else self._tables_by_guid.get(guid.casefold())

    def get_table(self, name: str) -> Table:
        """The table called ``name`` (case-insensitive).

        Args:
            name: The table's name, e.g. ``"Metals"``.

        Returns:
            The table.

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

        Args:
            guid: The table GUID.

        Returns:
            The table.

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
        """The record these identifiers name in this database, or None.

        As ``Session.get_record_by_id``, with this database's key.

        Args:
            hguid: The record's history GUID (its current version).
            vguid: The GUID of one exact version.
            history_identity: The record's integer identity.
            version_number: The version wanted with ``history_identity``.

        Returns:
            The record, or None when no record visible to you matches.

        Raises:
            TypeError: An identifier has the wrong type.
            ValueError: An identifier is malformed, or none is given.
        """
        return self._backend.record_by_id(
            self.db_key,
            hguid=hguid,
            vguid=vguid,
            history_identity=history_identity,
            version_number=version_number,
        )

    @names_errors("get_records_by_ids")
    def get_records_by_ids(
        self,
        record_identifiers: Sequence[dict[str, Any]],
        *,
        raise_on_failure: bool | None = None,
        progress: Progress = None,
    ) -> LookupResult[Record]:
        """Look up many records of this database by their identifiers.

        As ``Session.get_records_by_ids``; ``db_key`` defaults to this database's.

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
        options = BatchOptions(
            progress=progress,
            raise_on_failure=choose_raise_on_failure(
                raise_on_failure, default=self._backend.raise_on_failure
            ),
        )
        return self._backend.records_by_ids(
            record_identifiers, default_db_key=self.db_key, options=options
        )

    def search_for_records_by_name(self, name: str) -> list[Record]:
        """Find the records of this database whose name or short name is ``name``.

        Args:
            name: The exact name (case-insensitive).

        Returns:
            The records found.

        Raises:
            TypeError: ``name`` is not a str.
            ValueError: ``name`` is empty or longer than 1000 characters.
        """
        return self._backend.search(self, mode="name", query=name)

    def search_for_records_by_text(self, text: str) -> list[Record]:
        """Find the records of this database whose names or text attributes contain ``text``.

        Args:
            text: The text to look for.

        Returns:
            The records found.

        Raises:
            TypeError: ``text`` is not a str.
            ValueError: ``text`` is empty or longer than 1000 characters.
        """
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

        Returns:
            The records found (an empty list when none).

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


def select_database(
    databases: Sequence[Database],
    *,
    name: str | None = None,
    db_key: str | None = None,
    guid: str | None = None,
    version_guid: str | None = None,
) -> Database:
    """The one database of ``databases`` matching every criterion given.

    Raises:
        KeyError: No criterion given, or none or several databases match.
        TypeError: A criterion is not a str.
    """
    criteria = {"name": name, "db_key": db_key, "guid": guid, "version_guid": version_guid}
    given = {k: v for k, v in criteria.items() if v is not None}
    if not given:
        raise KeyError("get_db needs at least one of name, db_key, guid or version_guid")
    for key, value in given.items():
        require_str(value, key)
    found = [db for db in databases if all(getattr(db, k) == v for k, v in given.items())]
    if not found:
        raise KeyError(f"no database matches {given}")
    if len(found) > 1:
        raise KeyError(f"{len(found)} databases match {given}: {[db.db_key for db in found]}")
    return found[0]
