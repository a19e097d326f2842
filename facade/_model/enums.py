"""The enums of a record: its type, its colour in the viewer's tree and its release state.

Each maps the contract's wire spelling both ways; values this SDK does not know read as a
safe default, so a newer server never breaks record loading.
"""

from __future__ import annotations

import enum

__all__ = ["RecordColor", "RecordType", "ReleaseState"]


class RecordType(enum.StrEnum):
    """What a tree node is: a record with data, a folder, or a generic (folder with data).

    The values are the Scripting Toolkit's (``"Record"``, ``"Folder"``, ``"Generic"``) and, as a
    ``str`` enum, a member equals its value: ``record.type == "Folder"``.
    """

    Record = "Record"
    Folder = "Folder"
    Generic = "Generic"

    @property
    def wire(self) -> str:
        """The contract's spelling (``record``, ``folder``, ``generic``)."""
        return self.value.lower()


class RecordColor(enum.IntEnum):
    """Record colour in the viewer's tree; ``InheritFromParent`` follows the parent.

    Names and integer values are the Scripting Toolkit's (``RecordColor.Aqua == 6``); the wire
    spelling is the name, so the numbers never reach the server.
    """

    Red = 0
    Maroon = 1
    Fuchsia = 2
    Yellow = 3
    Black = 4
    Gray = 5
    Aqua = 6
    Green = 7
    Navy = 8
    Purple = 9
    Blue = 10
    Silver = 11
    Lime = 12
    Olive = 13
    Teal = 14
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
    def safe_name(self) -> str:
        """The name, as the Toolkit's ``safe_name`` (``InheritFromParent``, ``Red`` …)."""
        return self.name

    @property
    def wire(self) -> str:
        """The contract's spelling (``inheritFromParent``, ``red`` …)."""
        return self.name[0].lower() + self.name[1:]

    @classmethod
    def from_wire(cls, value: object) -> RecordColor:
        """The colour for a contract value; unknown values read as InheritFromParent."""
        return COLORS_BY_WIRE.get(
            value if isinstance(value, str) else str(value), cls.InheritFromParent
        )


class ReleaseState(enum.StrEnum):
    """Release state of a record version (``Unknown`` for values this SDK does not know).

    The Scripting Toolkit's release states are plain strings; as a ``str`` enum with exactly
    those values, ``record.release_state == "Released"`` and
    ``record.release_state is ReleaseState.Released`` both hold.
    """

    Released = "Released"
    Superseded = "Superseded"
    Withdrawn = "Withdrawn"
    Unreleased = "Unreleased"
    Unversioned = "Unversioned"
    Unknown = "Unknown"

    @property
    def wire(self) -> str:
        """The contract's spelling (``released``, ``unversioned`` …)."""
        return self.value.lower()

    @classmethod
    def from_wire(cls, value: object) -> ReleaseState:
        """The state for a contract value; unknown values read as ``Unknown``."""
        return STATES_BY_WIRE.get(value if isinstance(value, str) else str(value), cls.Unknown)


# Look-up tables built once: records are built by the thousand and the generated models
# hand over str enums (whose hash and equality are those of their wire string).
COLORS_BY_WIRE: dict[str, RecordColor] = {color.wire: color for color in RecordColor}
STATES_BY_WIRE: dict[str, ReleaseState] = {state.wire: state for state in ReleaseState}
TYPES_BY_WIRE: dict[str, RecordType] = {kind.wire: kind for kind in RecordType}


def _record_type(value: object) -> RecordType:
    """The record type for a contract value; unknown values read as ``Record``."""
    return TYPES_BY_WIRE.get(value if isinstance(value, str) else str(value), RecordType.Record)
