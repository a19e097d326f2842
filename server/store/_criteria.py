"""Criteria search: a list of criteria compiled to one SQL condition over record versions.

Each criterion on an attribute becomes ``v.value_set [NOT] IN (subquery)`` where the subquery
reads the search index (``sl_search``, ``sl_search_text``) through its indexes: SQLite builds
each subquery's set once, so no criterion scans the records. Criteria on record properties
test the version, history and table columns directly. Criteria on one tabular column are
joined on the row number, so a single row must meet them all. Numeric operands arrive in the
caller's unit system and are converted to the attribute's database unit first. A criterion
on a meta-attribute names its parent in ``metaAttributeOf``; meta values are indexed like
attribute values.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ._criteria_operands import (
    CriterionError,
    fail,
    iso_date,
    number,
    pair,
    string,
    strings,
)
from ._criteria_properties import property_condition
from ._definitions import TYPE_CODES
from ._meta import MetaDefs, meta_defs
from ._read import AttributeDef, attribute_defs
from ._unit_values import UnitSelection
from ._units import UnitError, conversion

__all__ = ["CriterionError", "criteria_condition"]

_NUMERIC = frozenset({"lessThan", "greaterThan", "between"})
_PRESENCE = frozenset({"exists", "notExists"})
OPERATORS_BY_KIND: dict[str, frozenset[str]] = {
    "point": _NUMERIC | _PRESENCE,
    "range": _NUMERIC | _PRESENCE,
    "integer": _NUMERIC | _PRESENCE | {"equal"},
    "date": _PRESENCE | {"between", "equal"},
    "logical": _PRESENCE | {"contains", "equal"},
    "shortText": _PRESENCE | {"contains", "notContains", "equal"},
    "longText": _PRESENCE | {"contains", "notContains"},
    "hyperlink": _PRESENCE | {"contains", "notContains"},
    "discrete": _PRESENCE | {"contains", "containsAny", "containsAll", "notContains", "equal"},
}
_KINDS_BY_CODE = {code: kind for kind, code in TYPE_CODES.items()}


@dataclass(slots=True)
class _Condition:
    """One positive condition on an index row ``{a}``, with its parameters."""

    sql: str
    params: list[Any] = field(default_factory=list)
    text: str | None = None  # a substring to find with the full-text index instead


class _Compiler:
    def __init__(
        self,
        db: sqlite3.Connection,
        definitions: dict[str, AttributeDef],
        units: UnitSelection,
        drafts: bool,
        metas: MetaDefs | None = None,
    ) -> None:
        self.db = db
        self.definitions = definitions
        self.metas: MetaDefs = metas or {}
        self.units = units
        self.drafts = drafts
        self.where: list[str] = []
        self.params: list[Any] = []

    # --- attributes ---------------------------------------------------------------------

    def attribute(self, criterion: dict[str, Any], index: int) -> tuple[str, str, str, str | None]:
        """Definition GUID, column ('' for none), the kind operated on and its unit."""
        name = criterion["attribute"]
        parent = criterion.get("metaAttributeOf")
        if parent is not None:
            definition = self.metas.get(parent, {}).get(name)
            if definition is None:
                raise fail(index, "/attribute", f"no meta-attribute {name!r} of {parent!r}")
        else:
            definition = self.definitions.get(name)
        if definition is None:
            raise fail(index, "/attribute", f"no attribute {name!r} in the table")
        column = criterion.get("column")
        if column is None:
            return definition.guid, "", definition.type, definition.unit
        if definition.type != "tabular":
            raise fail(index, "/column", f"{name!r} is not tabular; it has no columns")
        for spec in definition.details.get("columns", ()):
            if spec.get("name") == column:
                kind = _KINDS_BY_CODE.get(str(spec.get("typeCode")), "file")
                return definition.guid, column, kind, spec.get("unit")
        raise fail(index, "/column", f"no column {column!r} in {name!r}")

    def numeric(self, value: Any, unit: str | None, index: int, what: str) -> float:
        given = number(value, index, what)
        shown = self.units.unit(unit)
        if unit is None or shown is None or shown == unit:
            return given
        try:
            return conversion(shown, unit)(given)
        except UnitError as error:  # pragma: no cover - units come from our definitions
            raise fail(index, what, str(error)) from error

    def conditions(
        self, criterion: dict[str, Any], index: int, kind: str, unit: str | None, column: bool
    ) -> list[_Condition]:
        """The positive conditions of a criterion on index rows (several for containsAll)."""
        operator = criterion["operator"]
        allowed = OPERATORS_BY_KIND.get(kind, _PRESENCE)
        if column:
            allowed = allowed | {"equal"}
        if operator not in allowed:
            raise fail(
                index,
                "/operator",
                f"{operator} does not apply to {kind} values; use one of {sorted(allowed)}",
            )
        value = criterion.get("value")
        if operator in ("exists", "notExists"):
            return [_Condition("1")]
        if operator == "lessThan":
            return [_Condition("{a}.low < ?", [self.numeric(value, unit, index, "/value")])]
        if operator == "greaterThan":
            return [_Condition("{a}.high > ?", [self.numeric(value, unit, index, "/value")])]
        if operator == "between":
            low, high = pair(criterion, index)
            if kind == "date":
                first, last = iso_date(low, index, "/values/0"), iso_date(high, index, "/values/1")
                if first > last:
                    raise fail(index, "/values", "the first date is after the second")
                return [_Condition("{a}.word BETWEEN ? AND ?", [first, last])]
            lo = self.numeric(low, unit, index, "/values/0")
            hi = self.numeric(high, unit, index, "/values/1")
            if lo > hi:
                raise fail(index, "/values", "low is above high")
            return [_Condition("{a}.low <= ? AND {a}.high >= ?", [hi, lo])]
        if kind == "logical":
            if not isinstance(value, bool):
                raise fail(index, "/value", "must be true or false")
            return [_Condition("{a}.low = ?", [int(value)])]
        if kind in ("point", "range", "integer"):  # equal
            return [_Condition("{a}.low = ?", [self.numeric(value, unit, index, "/value")])]
        if kind == "date":  # equal
            return [_Condition("{a}.word = ?", [iso_date(value, index, "/value")])]
        if operator == "containsAny":
            words = strings(criterion, index)
            marks = ", ".join("?" * len(words))
            return [_Condition(f"{{a}}.word IN ({marks})", list(words))]
        if operator == "containsAll":
            return [_Condition("{a}.word = ?", [w]) for w in strings(criterion, index)]
        text = string(value, index)
        if operator == "equal" or kind == "discrete":
            return [_Condition("{a}.word = ?", [text])]
        if column:  # tabular text cells keep their text in the row itself
            return [_Condition("instr(lower({a}.word), ?) > 0", [text.lower()])]
        return [_Condition("{a}.is_text = 1", text=text)]

    def subquery(self, guid: str, column: str, conditions: Sequence[_Condition]) -> str:
        """Value sets with index rows meeting every condition (one row each; same table row)."""
        joins, tests = [], ["s0.attribute_guid = ?", "s0.column_name = ?"]
        params: list[Any] = [guid, column]
        sources = "sl_search s0"
        for position, condition in enumerate(conditions):
            alias = f"s{position}"
            if position:
                joins.append(
                    f" JOIN sl_search {alias} INDEXED BY sl_search_owner ON {alias}.value_set = s0.value_set AND "
                    f"{alias}.attribute_guid = s0.attribute_guid AND {alias}.column_name = "
                    f"s0.column_name AND {alias}.row_number = s0.row_number"
                )
            tests.append(condition.sql.format(a=alias))
            params += condition.params
            if condition.text is not None:
                needle = condition.text
                if len(needle) >= 3 and len(conditions) == 1:
                    # the full-text index drives: only rows holding the substring are read
                    sources = "sl_search_text f CROSS JOIN sl_search s0 ON s0.id = f.rowid"
                    tests.append("f.text MATCH ?")
                    params.append('"' + needle.replace('"', '""') + '"')
                else:
                    tests.append(
                        f"instr(lower((SELECT text FROM sl_search_text WHERE rowid = {alias}.id)),"
                        " ?) > 0"
                    )
                    params.append(needle.lower())
        self.params += params
        return f"SELECT s0.value_set FROM {sources}{''.join(joins)} WHERE {' AND '.join(tests)}"

    def add_attribute_criteria(self, criteria: list[tuple[int, dict[str, Any]]]) -> None:
        groups: dict[tuple[str, str], list[_Condition]] = {}
        for index, criterion in criteria:
            guid, column, kind, unit = self.attribute(criterion, index)
            conditions = self.conditions(criterion, index, kind, unit, bool(column))
            negative = criterion["operator"] in ("notExists", "notContains")
            if column and not negative:  # one row must meet every criterion on the column
                groups.setdefault((guid, column), []).extend(conditions)
                continue
            for condition in conditions:
                query = self.subquery(guid, column, [condition])
                self.where.append(f"v.value_set {'NOT IN' if negative else 'IN'} ({query})")
        for (guid, column), conditions in groups.items():
            self.where.append(f"v.value_set IN ({self.subquery(guid, column, conditions)})")


def criteria_condition(
    db: sqlite3.Connection,
    *,
    table_guid: str | None,
    criteria: list[dict[str, Any]],
    units: UnitSelection,
    drafts: bool,
) -> tuple[str, list[Any]]:
    """The SQL condition (over ``v``, ``h``, ``t``) that a record version meets every criterion.

    Raises:
        CriterionError: a criterion names no or two targets, an unknown attribute or column,
            an operator its kind does not support, or an operand of the wrong form.
    """
    definitions = attribute_defs(db, table_guid) if table_guid is not None else {}
    metas = meta_defs(db, table_guid) if table_guid is not None else {}
    compiler = _Compiler(db, definitions, units, drafts, metas)
    on_attributes: list[tuple[int, dict[str, Any]]] = []
    for index, criterion in enumerate(criteria):
        has_attribute, has_property = "attribute" in criterion, "property" in criterion
        if has_attribute == has_property:
            raise fail(index, "", "name exactly one of attribute or property")
        if has_property:
            if "column" in criterion:
                raise fail(index, "/column", "record properties have no columns")
            condition, params = property_condition(criterion, index, drafts=drafts)
            compiler.where.append(condition)
            compiler.params += params
        elif table_guid is None:
            raise fail(index, "/attribute", "criteria on attributes need tableGuid")
        else:
            on_attributes.append((index, criterion))
    compiler.add_attribute_criteria(on_attributes)
    return " AND ".join(compiler.where), compiler.params
