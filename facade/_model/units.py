"""Unit settings of a database: the unit system values are read in, absolute temperatures, and dimensionally equivalent units (with conversion factors) for client-side conversion."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # annotations only: the database imports this module
    from .backend import Backend
    from .database import Database

__all__ = ["DATABASE_UNIT_SYSTEM", "UnitSettings"]

DATABASE_UNIT_SYSTEM = "Database"
"""Stands for the database's own unit system (the units values are stored in)."""


class UnitSettings:
    """The unit system and temperature scale a database's values are read in."""

    def __init__(self, database: Database, backend: Backend) -> None:
        self._database = database
        self._backend = backend
        self._system: str | None = None  # None: the database's own
        self._absolute = False
        self._available: tuple[str, list[str]] | None = None
        self._equivalents: dict[str, dict[str, dict[str, float]]] = {}
        self._lock = threading.Lock()

    def _listed(self) -> tuple[str, list[str]]:
        with self._lock:
            if self._available is None:
                self._available = self._backend.unit_systems(self._database)
            return self._available

    def refetch(self) -> None:
        """Forget the listed unit systems (read again on next use)."""
        with self._lock:
            self._available = None

    @property
    def available(self) -> list[str]:
        """Names of the unit systems, the database's own first."""
        own, systems = self._listed()
        return [own, *[s for s in systems if s != own]]

    @property
    def system(self) -> str:
        """The unit system in use (the database's own by default)."""
        return self._system if self._system is not None else self._listed()[0]

    @system.setter
    def system(self, name: str) -> None:
        if not isinstance(name, str):
            raise TypeError(f"unit_system must be a str, not {type(name).__name__}")
        if name == DATABASE_UNIT_SYSTEM:
            self._system = None
            return
        if name not in self.available:
            raise ValueError(
                f"unknown unit system {name!r}; available: {', '.join(self.available)}"
            )
        self._system = None if name == self._listed()[0] else name

    @property
    def requested_system(self) -> str | None:
        """The system to ask the server for (None: the database's own, nothing to ask)."""
        return self._system

    @property
    def absolute_temperatures(self) -> bool:
        """True: temperatures in K or degR; False (default): degC or degF."""
        return self._absolute

    @absolute_temperatures.setter
    def absolute_temperatures(self, value: bool) -> None:
        if not isinstance(value, bool):
            raise TypeError(f"absolute_temperatures must be a bool, not {type(value).__name__}")
        self._absolute = value

    def equivalent_units(self, unit: str) -> dict[str, dict[str, float]]:
        """Units equivalent to ``unit``: ``{symbol: {"factor": f, "offset": o}}`` (cached)."""
        if not isinstance(unit, str) or not unit:
            raise TypeError("unit must be a non-empty str")
        found = self._equivalents.get(unit)
        if found is None:
            found = self._equivalents[unit] = self._backend.equivalent_units(self._database, unit)
        return {symbol: dict(factors) for symbol, factors in found.items()}
