"""The enums of a record: its type, its colour in the viewer's tree and its release state.

Each maps the contract's wire spelling both ways; values this SDK does not know read as a
safe default, so a newer server never breaks record loading.
"""

from __future__ import annotations

import enum
from typing import TypeVar

__all__ = ["RecordColor", "RecordType", "ReleaseState"]

_E = TypeVar("_E", bound=enum.Enum)


class RecordType(enum.Enum):
    """What a tree node is: a record with data, a folder, or a generic (folder with data)."""

    Record = "record"
    Folder = "folder"
    Generic = "generic"


class RecordColor(enum.IntEnum):
    """Record colour in the viewer's tree; ``InheritFromParent`` follows the parent."""

    Red = 0
    Maroon = 1
    Fuchsia = 2
    Purple = 3
    Lime = 4
    Green = 5
    Olive = 6
    Yellow = 7
    Navy = 8
    Blue = 9
    Teal = 10
    Aqua = 11
    Black = 12
    Gray = 13
    Silver = 14
    White = 15
    InheritFromParent = 16

    def __str__(self) -> str:
        """The colour's name (``print(record.color)`` shows ``Red``, not ``0``)."""
        return self.name

    def __format__(self, format_spec: str) -> str:
        """The name in f-strings; a numeric format (``:d``) gives the number."""
        if format_spec and format_spec[-1] in "bcdoxXn":
            return format(int(self), format_spec)
        return format(self.name, format_spec)

    @property
    def wire(self) -> str:
        """The contract's spelling (``inheritFromParent``, ``red`` …)."""
        return self.name[0].lower() + self.name[1:]

    @classmethod
    def from_wire(cls, value: object) -> RecordColor:
        """The colour for a contract value; unknown values read as InheritFromParent."""
        return _from_wire(_COLORS_BY_WIRE, value, default=cls.InheritFromParent)


class ReleaseState(enum.Enum):
    """Release state of a record version (``Unknown`` for values this SDK does not know)."""

    Released = "released"
    Superseded = "superseded"
    Withdrawn = "withdrawn"
    Unreleased = "unreleased"
    Unversioned = "unversioned"
    Unknown = "unknown"

    @classmethod
    def from_wire(cls, value: object) -> ReleaseState:
        """The state for a contract value; unknown values read as ``Unknown``."""
        return _from_wire(_STATES_BY_WIRE, value, default=cls.Unknown)


# Look-up tables built once: records are built by the thousand and the generated models
# hand over str enums (whose hash and equality are those of their wire string).
_COLORS_BY_WIRE: dict[str, RecordColor] = {color.wire: color for color in RecordColor}
_STATES_BY_WIRE: dict[str, ReleaseState] = {state.value: state for state in ReleaseState}
_TYPES_BY_WIRE: dict[str, RecordType] = {kind.value: kind for kind in RecordType}


def _from_wire(table: dict[str, _E], value: object, *, default: _E) -> _E:
    found = table.get(value if isinstance(value, str) else str(value))
    return default if found is None else found


def _record_type(value: object) -> RecordType:
    """The record type for a contract value; unknown values read as ``Record``."""
    return _from_wire(_TYPES_BY_WIRE, value, default=RecordType.Record)
