"""Attribute definitions: the schema of a table, one class per attribute kind.

Built from the server's definitions in the database's current unit system: ``unit`` is the
unit values come back in, ``database_unit`` the unit the database stores them in. Read-only;
``Table.attributes`` holds them by name.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, ClassVar

from generated.types import Unset

from .._core.strict import StrictAttributes
from .criteria import SearchCriterion, criterion_from_keywords, operators_for_type
from .history import ObjectHistory, object_history

if TYPE_CHECKING:  # annotations only: the table imports this module
    from generated.models.attribute_definition import AttributeDefinition as DefinitionModel
    from generated.models.attribute_parameter import AttributeParameter as ParameterModel
    from generated.models.tabular_column import TabularColumn

    from .table import Table

__all__ = [
    "TYPE_CODES",
    "AttributeDefinition",
    "AttributeDefinitionDate",
    "AttributeDefinitionDiscrete",
    "AttributeDefinitionFile",
    "AttributeDefinitionFloatFunctional",
    "AttributeDefinitionHyperlink",
    "AttributeDefinitionInteger",
    "AttributeDefinitionLogical",
    "AttributeDefinitionLongText",
    "AttributeDefinitionMultiValue",
    "AttributeDefinitionPicture",
    "AttributeDefinitionPoint",
    "AttributeDefinitionRange",
    "AttributeDefinitionShortText",
    "AttributeDefinitionTabular",
    "AttributeDefinitionUnsupported",
    "AttributeParameter",
    "definition_from_model",
    "lookup_definition",
]

TYPE_CODES = (
    "DISC",
    "DTTM",
    "FILE",
    "FUNC",
    "HLNK",
    "INPT",
    "LOGI",
    "LTXT",
    "PICT",
    "POIN",
    "RNGE",
    "STXT",
    "TABL",
)


def _opt(value: Any) -> Any:
    return None if isinstance(value, Unset) else value


class AttributeParameter(StrictAttributes):
    """A parameter of a multi-valued point or functional attribute (e.g. Temperature).

    ``data_type`` is 'Numeric' or 'Discrete'; ``values`` and ``default_value`` are in ``unit``
    (the database's current unit system) for numeric parameters. ``history`` says who created
    and last changed the parameter (None when the server keeps no history).
    """

    def __init__(self, model: ParameterModel, parent_attribute: AttributeDefinition) -> None:
        self.name: str = model.name
        self.data_type: str = str(model.data_type).capitalize()
        self.order: int = model.order
        self.unit: str | None = model.unit
        self.database_unit: str | None = model.database_unit
        self.restricted: bool = bool(_opt(model.restricted))
        self.values: list[float | str] = list(_opt(model.values) or [])
        self.default_value: float | str | None = _opt(model.default_value)
        self.interpolation_type: str | None = _opt(model.interpolation_type)
        self.axis_scale_type: str | None = _opt(model.scale_type)
        self.parent_attribute = parent_attribute
        self.history: ObjectHistory | None = object_history(model.history)

    def __repr__(self) -> str:
        unit = f" [{self.unit}]" if self.unit else ""
        return f"<AttributeParameter {self.name!r}{unit}>"


class AttributeDefinition(StrictAttributes):
    """The definition of one attribute of a table: ``name``, 4-letter ``type``, ``order``.

    A meta-attribute (``is_meta`` true) is an attribute attached to a parent attribute
    (``is_meta_for`` names it), e.g. the "Source" of a Density value; the parent lists its
    meta-attributes in ``meta_attributes``. ``history`` says who created and last changed
    the definition.
    """

    type: ClassVar[str] = "????"
    kind: ClassVar[str] = ""

    def __init__(self, model: DefinitionModel, table: Table) -> None:
        self._model = model
        self.name: str = model.name
        self.id: str = model.guid
        self.order: int = model.order
        self.table = table
        self.is_meta_for: str | None = _opt(model.is_meta_for)
        self.is_meta: bool = self.is_meta_for is not None
        self._meta_attributes: dict[str, AttributeDefinition] = {}
        self._history = object_history(model.history)

    @property
    def meta_attributes(self) -> dict[str, AttributeDefinition]:
        """The meta-attributes of this attribute by name, in order (empty for a meta-attribute)."""
        return dict(self._meta_attributes)

    def _adopt_meta_attribute(self, meta: AttributeDefinition) -> None:
        """Add ``meta`` (a meta-attribute whose parent is this attribute)."""
        self._meta_attributes[meta.name] = meta

    @property
    def history(self) -> ObjectHistory | None:
        """Who created this definition and who changed it last, and when (None if the server keeps no history)."""
        return self._history

    unit: str | None = None  # attributes of kinds with units override this

    @property
    def guid(self) -> str:
        """The attribute GUID (same as ``id``)."""
        return self.id

    def search_operators(self, column_name: str | None = None) -> tuple[tuple[str, ...], str]:
        """The search operators that suit this attribute, and the type they apply to.

        Args:
            column_name: Must be None: only tabular attributes have columns.

        Returns:
            The operator names allowed and the attribute's type code.

        Raises:
            ValueError: ``column_name`` is given: only tabular attributes have columns.
        """
        if column_name is not None:
            raise ValueError(f"column_name is for tabular attributes; {self.name!r} is {self.type}")
        return operators_for_type(self.type), self.type

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
        """A search criterion on this attribute; the first keyword given (in this order) wins.

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
            in_column: A column of a tabular attribute.

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

    def check_unit(self, unit: str) -> None:
        """Raise ValueError: values of this kind carry no unit.

        Args:
            unit: The unit a value would be written in.

        Raises:
            ValueError: Always, naming the attribute.
        """
        raise ValueError(f"attribute {self.name!r} ({self.type}) has no unit; got {unit!r}")

    def __repr__(self) -> str:
        unit = getattr(self, "unit", None)
        meta = f" (meta-attribute of {self.is_meta_for!r})" if self.is_meta_for else ""
        return f"<{type(self).__name__} {self.name!r}{f' [{unit}]' if unit else ''}{meta}>"


class _WithUnit(AttributeDefinition):
    def __init__(self, model: DefinitionModel, table: Table) -> None:
        super().__init__(model, table)
        self.unit: str | None = model.unit
        self.database_unit: str | None = model.database_unit
        self.default_unit: str | None = model.unit

    def _show_in(self, display_unit: str | None) -> None:
        """Report ``display_unit`` as ``unit`` (None: the unit system's, ``default_unit``)."""
        self.unit = display_unit or self.default_unit

    def check_unit(self, unit: str) -> None:
        """Raise ValueError unless values may be written in ``unit`` (an equivalent unit).

        Args:
            unit: The unit a value would be written in.

        Raises:
            ValueError: ``unit`` is not dimensionally equivalent to the attribute's unit; the
                message names the attribute, the unit and the units allowed.
        """
        if unit == self.unit or unit == self.database_unit:
            return
        if self.unit is None:
            raise ValueError(
                f"attribute {self.name!r} is dimensionless: unit {unit!r} is not allowed"
            )
        allowed = self.table.database.dimensionally_equivalent_units(self.unit)
        if unit not in allowed:
            raise ValueError(
                f"unit {unit!r} is not allowed for attribute {self.name!r}; "
                f"units allowed: {', '.join(allowed)}"
            )


class _WithExtrema(AttributeDefinition):
    def __init__(self, model: DefinitionModel, table: Table) -> None:
        super().__init__(model, table)
        self.min: float | None = _opt(model.min_)
        self.max: float | None = _opt(model.max_)


class AttributeDefinitionMultiValue(_WithUnit):
    """Common parent of point and functional definitions: they have ``parameters``."""

    def __init__(self, model: DefinitionModel, table: Table) -> None:
        super().__init__(model, table)
        parameters = sorted(_opt(model.parameters) or [], key=lambda p: p.order)
        self.parameters: Mapping[str, AttributeParameter] = MappingProxyType(
            {p.name: AttributeParameter(p, self) for p in parameters}
        )


class AttributeDefinitionPoint(AttributeDefinitionMultiValue, _WithExtrema):
    """A point attribute (POIN): ``unit``, ``is_multivalued``, ``parameters``, ``min``/``max``."""

    type = "POIN"
    kind = "point"

    def __init__(self, model: DefinitionModel, table: Table) -> None:
        super().__init__(model, table)
        self.is_multivalued: bool = bool(_opt(model.is_multivalued))


class AttributeDefinitionRange(_WithUnit, _WithExtrema):
    """A range attribute (RNGE): ``unit``, ``min``/``max``."""

    type = "RNGE"
    kind = "range"


class AttributeDefinitionFloatFunctional(AttributeDefinitionMultiValue):
    """A float functional attribute (FUNC): y ``unit``, ``axis_name`` and x ``parameters``."""

    type = "FUNC"
    kind = "functional"

    def __init__(self, model: DefinitionModel, table: Table) -> None:
        super().__init__(model, table)
        self.axis_name: str | None = _opt(model.axis_name)


class AttributeDefinitionInteger(_WithExtrema):
    """An integer attribute (INPT): ``min``/``max``."""

    type = "INPT"
    kind = "integer"
    is_unique = False


class AttributeDefinitionShortText(AttributeDefinition):
    """A short text attribute (STXT)."""

    type = "STXT"
    kind = "shortText"
    is_unique = False


class AttributeDefinitionLongText(AttributeDefinition):
    """A long text attribute (LTXT)."""

    type = "LTXT"
    kind = "longText"


class AttributeDefinitionDate(AttributeDefinition):
    """A date attribute (DTTM)."""

    type = "DTTM"
    kind = "date"
    min = None
    max = None


class AttributeDefinitionLogical(AttributeDefinition):
    """A logical attribute (LOGI)."""

    type = "LOGI"
    kind = "logical"


class AttributeDefinitionHyperlink(AttributeDefinition):
    """A hyperlink attribute (HLNK)."""

    type = "HLNK"
    kind = "hyperlink"


class AttributeDefinitionFile(AttributeDefinition):
    """A file attribute (FILE)."""

    type = "FILE"
    kind = "file"


class AttributeDefinitionPicture(AttributeDefinition):
    """A picture attribute (PICT)."""

    type = "PICT"
    kind = "picture"


class AttributeDefinitionDiscrete(AttributeDefinition):
    """A discrete attribute (DISC): the ordered ``discrete_values`` allowed."""

    type = "DISC"
    kind = "discrete"
    is_ordered = True

    def __init__(self, model: DefinitionModel, table: Table) -> None:
        super().__init__(model, table)
        self.discrete_values: list[str] = list(_opt(model.discrete_values) or [])
        self.is_multivalued: bool = bool(_opt(model.is_multivalued))


class AttributeDefinitionTabular(AttributeDefinition):
    """A tabular attribute (TABL): its columns, their types, units and histories, and linking.

    ``column_histories`` has one ``ObjectHistory`` (or None when the server keeps none) per
    column, in column order.
    """

    type = "TABL"
    kind = "tabular"

    def __init__(self, model: DefinitionModel, table: Table) -> None:
        super().__init__(model, table)
        columns: list[TabularColumn] = list(_opt(model.columns) or [])
        self.columns: list[str] = [c.name for c in columns]
        self.column_types: list[str] = ["" if c.is_linked else str(c.type_code) for c in columns]
        self.column_units: list[str | None] = [c.unit for c in columns]
        self.column_database_units: list[str | None] = [c.database_unit for c in columns]
        self.discrete_values: dict[str, list[str]] = {
            c.name: list(c.discrete_values)
            for c in columns
            if not isinstance(c.discrete_values, Unset)
        }
        self.linking_attribute: str | None = _opt(model.linking_attribute)
        self.linking_table: str | None = _opt(model.linking_table)
        self.column_histories: list[ObjectHistory | None] = [
            object_history(c.history) for c in columns
        ]

    def search_operators(self, column_name: str | None = None) -> tuple[tuple[str, ...], str]:
        """Operators for the whole value (presence), or for the cells of ``column_name``.

        Args:
            column_name: A column of this attribute, or None for the whole value.

        Returns:
            The operator names allowed and the type code they apply to (the column's).

        Raises:
            ValueError: No column of that name.
        """
        if column_name is None:
            return operators_for_type(self.type), self.type
        if column_name not in self.columns:
            raise ValueError(
                f"no column {column_name!r} in {self.name!r}; columns: {', '.join(self.columns)}"
            )
        code = self.column_types[self.columns.index(column_name)]
        return (*operators_for_type(code), "EQUAL"), code


class AttributeDefinitionUnsupported(AttributeDefinition):
    """An attribute of a kind this SDK cannot read (name and type only)."""

    def __init__(self, model: DefinitionModel, table: Table) -> None:
        super().__init__(model, table)
        self.unsupported_type = str(model.type_code)
        self.unit = model.unit

    @property
    def type(self) -> str:  # type: ignore[override]
        """The attribute's type code as the server sent it."""
        return self.unsupported_type


_CLASSES: dict[str, type[AttributeDefinition]] = {
    cls.type: cls
    for cls in (
        AttributeDefinitionPoint,
        AttributeDefinitionRange,
        AttributeDefinitionFloatFunctional,
        AttributeDefinitionInteger,
        AttributeDefinitionShortText,
        AttributeDefinitionLongText,
        AttributeDefinitionDate,
        AttributeDefinitionLogical,
        AttributeDefinitionHyperlink,
        AttributeDefinitionFile,
        AttributeDefinitionPicture,
        AttributeDefinitionDiscrete,
        AttributeDefinitionTabular,
    )
}


def lookup_definition(
    definitions: Mapping[str, AttributeDefinition], name: str, *, table: str
) -> AttributeDefinition:
    """The definition named ``name`` (exact, then case-insensitive).

    Raises:
        KeyError: No such attribute; the message lists close matches.
    """
    found = definitions.get(name)
    if found is not None:
        return found
    folded = {n.casefold(): d for n, d in definitions.items()}
    if name.casefold() in folded:
        return folded[name.casefold()]
    close = difflib.get_close_matches(name, list(definitions), n=3, cutoff=0.5)
    hint = f"; did you mean {', '.join(repr(c) for c in close)}?" if close else ""
    raise KeyError(f"no attribute {name!r} in table {table!r}{hint}")


def definition_from_model(model: DefinitionModel, table: Table) -> AttributeDefinition:
    """The definition class for the server's definition of one attribute."""
    cls = _CLASSES.get(str(model.type_code), AttributeDefinitionUnsupported)
    return cls(model, table)
