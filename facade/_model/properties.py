"""Record properties as pseudo-attributes: definitions usable in bulk fetches, and their values.

``RecordProperties.created_by`` and the others name a property of every record; pass them to
``Table.bulk_fetch`` (with attribute names or definitions) to fetch the properties that need a
request (writability and parent names) for many records at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from .._core.strict import StrictAttributes
from .criteria import SearchCriterion, criterion_from_keywords, operators_for_property

if TYPE_CHECKING:  # annotations only: records import this module
    from .record import Record

__all__ = ["PseudoAttributeDefinition", "PseudoAttributeValue", "RecordProperties"]

# property name -> (server name, type code)
_PROPERTIES: dict[str, tuple[str, str]] = {
    "name": ("name", "STXT"),
    "short_name": ("shortName", "STXT"),
    "type": ("recordType", "STXT"),
    "color": ("recordColor", "STXT"),
    "history_identity": ("recordHistoryIdentity", "INPT"),
    "version_number": ("recordVersionNumber", "INPT"),
    "table_name": ("tableName", "STXT"),
    "is_writable": ("writable", "LOGI"),
    "parent_record_name": ("parentName", "STXT"),
    "parent_record_short_name": ("parentShortName", "STXT"),
    "parent_record_history_identity": ("parentRecordHistoryIdentity", "INPT"),
    "created_on": ("createdDate", "TIDT"),
    "last_modified_on": ("modifiedDate", "TIDT"),
    "released_on": ("releasedDate", "TIDT"),
    "created_by": ("creator", "STXT"),
    "last_modified_by": ("lastModifier", "STXT"),
}
# Properties the record list does not carry: one export with properties fills them.
FETCHED_PROPERTIES = frozenset(
    {
        "is_writable",
        "parent_record_name",
        "parent_record_short_name",
        "parent_record_history_identity",
    }
)


class PseudoAttributeDefinition(StrictAttributes):
    """A record property used like an attribute definition (read-only, ``id`` 0).

    Args:
        name: The property's name (``created_by``, ``parent_record_name`` …).

    Raises:
        ValueError: ``name`` is not a record property; the message lists them.
    """

    id: ClassVar[int] = 0
    read_only: ClassVar[bool] = True

    def __init__(self, name: str) -> None:
        if name not in _PROPERTIES:
            raise ValueError(
                f"{name!r} is not a record property; known: {', '.join(sorted(_PROPERTIES))}"
            )
        self.name = name
        self.server_name, self.type = _PROPERTIES[name]

    def search_operators(self, column_name: str | None = None) -> tuple[tuple[str, ...], str]:
        """The search operators that suit this property.

        Args:
            column_name: Must be None: record properties have no columns.

        Returns:
            The operator names allowed and ``PROP:<name>``.

        Raises:
            ValueError: ``column_name`` is given, or the property cannot be searched.
        """
        if column_name is not None:
            raise ValueError("record properties have no columns (column_name must be None)")
        return operators_for_property(self.name), f"PROP:{self.name}"

    def search_criterion(
        self,
        *,
        less_than: Any = None,
        greater_than: Any = None,
        contains: Any = None,
        contains_any: Any = None,
        contains_all: Any = None,
        does_not_contain: Any = None,
        exists: bool | None = None,
        equal_to: Any = None,
        between_dates: Any = None,
        in_column: str | None = None,
    ) -> SearchCriterion:
        """A search criterion on this record property; the first keyword given (in this order) wins.

        Args:
            less_than: Values below this number (or datetime).
            greater_than: Values above this number (or datetime).
            contains: Text containing this str; a discrete value; True/False for logicals.
            contains_any: Discrete values: any of these (a list, even for one value).
            contains_all: Discrete values: all of these.
            does_not_contain: Text or discrete values without this str.
            exists: True: has a value; False: has none.
            equal_to: Exactly this int or str (tabular columns, short text, integers).
            between_dates: A (first, last) pair, in order (dates, or datetimes for
                record dates).
            in_column: Must be None (record properties have no columns).

        Returns:
            The criterion, for ``search_for_records_where``.

        Raises:
            ValueError: No keyword given, an operator that does not suit the type (the
                message lists those allowed), or a pair out of order.
            TypeError: A value of the wrong type.
        """
        keywords = {
            "less_than": less_than,
            "greater_than": greater_than,
            "contains": contains,
            "contains_any": contains_any,
            "contains_all": contains_all,
            "does_not_contain": does_not_contain,
            "exists": exists,
            "equal_to": equal_to,
            "between_dates": between_dates,
        }
        return criterion_from_keywords(self, keywords, in_column=in_column)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, PseudoAttributeDefinition) and other.name == self.name

    def __hash__(self) -> int:
        return hash(("pseudo", self.name))

    def __repr__(self) -> str:
        return f"<PseudoAttributeDefinition {self.name!r}>"


class PseudoAttributeValue(StrictAttributes):
    """The value of one record property of one record (read-only).

    Args:
        definition: Which record property.
        record: The record it is read from.
    """

    id: ClassVar[int] = 0

    def __init__(self, definition: PseudoAttributeDefinition, record: Record) -> None:
        self.definition = definition
        self.name = definition.name
        self.type = definition.type
        self.record = record

    @property
    def value(self) -> Any:
        """The property's value (read from the record)."""
        return getattr(self.record, self.name)

    def is_empty(self) -> bool:
        """Whether the property has no value.

        Returns:
            True for e.g. ``released_on`` of an unreleased version.
        """
        return self.value is None

    def __repr__(self) -> str:
        return f"<PseudoAttributeValue {self.name!r}: {self.value!r}>"


class RecordProperties:
    """One ``PseudoAttributeDefinition`` per record property; ``all()`` lists them."""

    name = PseudoAttributeDefinition("name")
    short_name = PseudoAttributeDefinition("short_name")
    type = PseudoAttributeDefinition("type")
    color = PseudoAttributeDefinition("color")
    history_identity = PseudoAttributeDefinition("history_identity")
    version_number = PseudoAttributeDefinition("version_number")
    table_name = PseudoAttributeDefinition("table_name")
    is_writable = PseudoAttributeDefinition("is_writable")
    parent_record_name = PseudoAttributeDefinition("parent_record_name")
    parent_record_short_name = PseudoAttributeDefinition("parent_record_short_name")
    parent_record_history_identity = PseudoAttributeDefinition("parent_record_history_identity")
    created_on = PseudoAttributeDefinition("created_on")
    last_modified_on = PseudoAttributeDefinition("last_modified_on")
    released_on = PseudoAttributeDefinition("released_on")
    created_by = PseudoAttributeDefinition("created_by")
    last_modified_by = PseudoAttributeDefinition("last_modified_by")

    @classmethod
    def all(cls) -> list[PseudoAttributeDefinition]:
        """Every record property.

        Returns:
            One definition per record property, in a fixed order.
        """
        return [PseudoAttributeDefinition(name) for name in _PROPERTIES]
