"""Criteria search: a list of criteria compiled to one SQL condition over record versions.

Each criterion on an attribute becomes ``v.value_set [NOT] IN (subquery)`` where the subquery
reads the search index (``sl_search``, ``sl_search_text``) through its indexes: SQLite builds
each subquery's set once, so no criterion scans the records. Criteria on record properties
test the version, history and table columns directly. Criteria on one tabular column are
joined on the row number, so a single row must meet them all. Numeric operands arrive in the
caller's unit system and are converted to the attribute's database unit first.
"""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from ._definitions import TYPE_CODES
from ._read import AttributeDef, attribute_defs, latest_column
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
_TEXT_PROPERTY = _PRESENCE | {"contains", "notContains", "equal"}
_DATE_PROPERTY = _PRESENCE | _NUMERIC
PROPERTIES: dict[str, tuple[str, frozenset[str]]] = {
    "name": ("v.name", _TEXT_PROPERTY),
    "shortName": ("v.short_name", _TEXT_PROPERTY),
    "tableName": ("t.name", _TEXT_PROPERTY),
    "creator": ("v.created_by", _TEXT_PROPERTY),
    "lastModifier": ("v.modified_by", _TEXT_PROPERTY),
    "parentName": ("{parent}.name", _TEXT_PROPERTY),
    "parentShortName": ("{parent}.short_name", _TEXT_PROPERTY),
    "recordType": ("v.type", frozenset({"equal", "containsAny"})),
    "recordColor": ("v.color", frozenset({"equal", "containsAny"})),
    "historyIdentity": ("h.identity", _NUMERIC | {"equal"}),
    "versionNumber": ("v.version_number", _NUMERIC | _PRESENCE | {"equal"}),
    "createdDate": ("v.created_at", _DATE_PROPERTY),
    "modifiedDate": ("v.modified_at", _DATE_PROPERTY),
    "releasedDate": ("v.released_at", _DATE_PROPERTY),
}
_PROPERTY_KINDS = {
    "recordType": ("record", "folder", "generic"),
    "recordColor": [
        "red",
        "maroon",
        "fuchsia",
        "purple",
        "lime",
        "green",
        "olive",
        "yellow",
        "navy",
        "blue",
        "teal",
        "aqua",
        "black",
        "gray",
        "silver",
        "white",
        "inheritFromParent",
    ],
}
_STAMP = "%Y-%m-%dT%H:%M:%SZ"


@dataclass(slots=True)
class CriterionError(Exception):
    """A criterion the server cannot apply: the JSON pointer and the reason."""

    pointer: str
    message: str


@dataclass(slots=True)
class _Condition:
    """One positive condition on an index row ``{a}``, with its parameters."""

    sql: str
    params: list[Any] = field(default_factory=list)
    text: str | None = None  # a substring to find with the full-text index instead


def _fail(index: int, what: str, message: str) -> CriterionError:
    return CriterionError(f"/criteria/{index}{what}", message)


def _number(value: Any, index: int, what: str = "/value") -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise _fail(index, what, "must be a number")
    return float(value)


def _string(value: Any, index: int, what: str = "/value") -> str:
    if not isinstance(value, str) or not value:
        raise _fail(index, what, "must be a non-empty string")
    return value


def _pair(criterion: dict[str, Any], index: int) -> list[Any]:
    values = criterion.get("values")
    if not isinstance(values, list) or len(values) != 2:
        raise _fail(index, "/values", "between needs values [low, high]")
    return values


def _strings(criterion: dict[str, Any], index: int) -> list[str]:
    values = criterion.get("values")
    if not isinstance(values, list) or not values:
        raise _fail(index, "/values", "needs at least one value")
    return [_string(v, index, f"/values/{i}") for i, v in enumerate(values)]


def _date(value: Any, index: int, what: str) -> str:
    try:
        return datetime.strptime(_string(value, index, what), "%Y-%m-%d").strftime("%Y-%m-%d")
    except ValueError as error:
        raise _fail(index, what, "must be a date (YYYY-MM-DD)") from error


def _moment(value: Any, index: int, what: str) -> datetime:
    try:
        moment = datetime.fromisoformat(_string(value, index, what))
    except ValueError as error:
        raise _fail(index, what, "must be an ISO 8601 date-time") from error
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _stamp(moment: datetime, *, up: bool) -> str:
    """A stored time stamp (whole seconds) bounding ``moment``: rounded up or down."""
    whole = moment.replace(microsecond=0)
    if up and whole != moment:
        whole += timedelta(seconds=1)
    return whole.strftime(_STAMP)


class _Compiler:
    def __init__(
        self,
        db: sqlite3.Connection,
        definitions: dict[str, AttributeDef],
        units: UnitSelection,
        drafts: bool,
    ) -> None:
        self.db = db
        self.definitions = definitions
        self.units = units
        self.drafts = drafts
        self.where: list[str] = []
        self.params: list[Any] = []

    # --- attributes ---------------------------------------------------------------------

    def attribute(self, criterion: dict[str, Any], index: int) -> tuple[str, str, str, str | None]:
        """Definition GUID, column ('' for none), the kind operated on and its unit."""
        name = criterion["attribute"]
        definition = self.definitions.get(name)
        if definition is None:
            raise _fail(index, "/attribute", f"no attribute {name!r} in the table")
        column = criterion.get("column")
        if column is None:
            return definition.guid, "", definition.type, definition.unit
        if definition.type != "tabular":
            raise _fail(index, "/column", f"{name!r} is not tabular; it has no columns")
        for spec in definition.details.get("columns", ()):
            if spec.get("name") == column:
                kind = _KINDS_BY_CODE.get(str(spec.get("typeCode")), "file")
                return definition.guid, column, kind, spec.get("unit")
        raise _fail(index, "/column", f"no column {column!r} in {name!r}")

    def numeric(self, value: Any, unit: str | None, index: int, what: str) -> float:
        number = _number(value, index, what)
        shown = self.units.unit(unit)
        if unit is None or shown is None or shown == unit:
            return number
        try:
            return conversion(shown, unit)(number)
        except UnitError as error:  # pragma: no cover - units come from our definitions
            raise _fail(index, what, str(error)) from error

    def conditions(
        self, criterion: dict[str, Any], index: int, kind: str, unit: str | None, column: bool
    ) -> list[_Condition]:
        """The positive conditions of a criterion on index rows (several for containsAll)."""
        operator = criterion["operator"]
        allowed = OPERATORS_BY_KIND.get(kind, _PRESENCE)
        if column:
            allowed = allowed | {"equal"}
        if operator not in allowed:
            raise _fail(
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
            low, high = _pair(criterion, index)
            if kind == "date":
                first, last = _date(low, index, "/values/0"), _date(high, index, "/values/1")
                if first > last:
                    raise _fail(index, "/values", "the first date is after the second")
                return [_Condition("{a}.word BETWEEN ? AND ?", [first, last])]
            lo = self.numeric(low, unit, index, "/values/0")
            hi = self.numeric(high, unit, index, "/values/1")
            if lo > hi:
                raise _fail(index, "/values", "low is above high")
            return [_Condition("{a}.low <= ? AND {a}.high >= ?", [hi, lo])]
        if kind == "logical":
            if not isinstance(value, bool):
                raise _fail(index, "/value", "must be true or false")
            return [_Condition("{a}.low = ?", [int(value)])]
        if kind in ("point", "range", "integer"):  # equal
            return [_Condition("{a}.low = ?", [self.numeric(value, unit, index, "/value")])]
        if kind == "date":  # equal
            return [_Condition("{a}.word = ?", [_date(value, index, "/value")])]
        if operator == "containsAny":
            words = _strings(criterion, index)
            marks = ", ".join("?" * len(words))
            return [_Condition(f"{{a}}.word IN ({marks})", list(words))]
        if operator == "containsAll":
            return [_Condition("{a}.word = ?", [w]) for w in _strings(criterion, index)]
        text = _string(value, index)
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

    # --- record properties --------------------------------------------------------------

    def add_property(self, criterion: dict[str, Any], index: int) -> None:
        name, operator = criterion["property"], criterion["operator"]
        expression, allowed = PROPERTIES[name]
        if operator not in allowed:
            raise _fail(
                index,
                "/operator",
                f"{operator} does not apply to the record property {name}; "
                f"use one of {sorted(allowed)}",
            )
        if "{parent}" in expression:
            column = expression.split(".", 1)[1]
            expression = (
                f"(SELECT pv.{column} FROM sl_histories ph JOIN sl_versions pv ON pv.guid = "
                f"ph.{latest_column(self.drafts).split('.', 1)[1]} WHERE ph.guid = h.parent_guid)"
            )
        value = criterion.get("value")
        if operator in ("exists", "notExists"):
            test = "IS NOT NULL" if operator == "exists" else "IS NULL"
            self.where.append(f"{expression} {test}")
            return
        if name in _PROPERTY_KINDS:
            words = _strings(criterion, index) if operator == "containsAny" else [value]
            known = _PROPERTY_KINDS[name]
            for i, word in enumerate(words):
                if word not in known:
                    where = f"/values/{i}" if operator == "containsAny" else "/value"
                    raise _fail(index, where, f"must be one of {list(known)}")
            self.where.append(f"{expression} IN ({', '.join('?' * len(words))})")
            self.params += words
            return
        if name.endswith("Date"):
            self._dates(expression, criterion, index)
            return
        if name in ("historyIdentity", "versionNumber"):
            self._numbers(expression, criterion, index)
            return
        text = _string(value, index)
        if operator == "equal":
            self.where.append(f"{expression} = ? COLLATE NOCASE")
            self.params.append(text)
            return
        escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        test = f"{expression} LIKE ? ESCAPE '\\'"
        self.where.append(test if operator == "contains" else f"coalesce(NOT ({test}), 1)")
        self.params.append(f"%{escaped}%")

    def _dates(self, expression: str, criterion: dict[str, Any], index: int) -> None:
        operator = criterion["operator"]
        if operator == "between":
            low, high = _pair(criterion, index)
            first, last = _moment(low, index, "/values/0"), _moment(high, index, "/values/1")
            if first > last:
                raise _fail(index, "/values", "the first date-time is after the second")
            self.where.append(f"{expression} BETWEEN ? AND ?")
            self.params += [_stamp(first, up=True), _stamp(last, up=False)]
            return
        moment = _moment(criterion.get("value"), index, "/value")
        if operator == "lessThan":  # stamps are whole seconds
            self.where.append(f"{expression} < ?")
            self.params.append(_stamp(moment, up=True))
        else:
            self.where.append(f"{expression} > ?")
            self.params.append(_stamp(moment, up=False))

    def _numbers(self, expression: str, criterion: dict[str, Any], index: int) -> None:
        operator = criterion["operator"]
        if operator == "between":
            low, high = _pair(criterion, index)
            lo, hi = _number(low, index, "/values/0"), _number(high, index, "/values/1")
            self.where.append(f"{expression} BETWEEN ? AND ?")
            self.params += [lo, hi]
            return
        symbol = {"lessThan": "<", "greaterThan": ">", "equal": "="}[operator]
        self.where.append(f"{expression} {symbol} ?")
        self.params.append(_number(criterion.get("value"), index))


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
    compiler = _Compiler(db, definitions, units, drafts)
    on_attributes: list[tuple[int, dict[str, Any]]] = []
    for index, criterion in enumerate(criteria):
        has_attribute, has_property = "attribute" in criterion, "property" in criterion
        if has_attribute == has_property:
            raise _fail(index, "", "name exactly one of attribute or property")
        if has_property:
            if "column" in criterion:
                raise _fail(index, "/column", "record properties have no columns")
            compiler.add_property(criterion, index)
        elif table_guid is None:
            raise _fail(index, "/attribute", "criteria on attributes need tableGuid")
        else:
            on_attributes.append((index, criterion))
    compiler.add_attribute_criteria(on_attributes)
    return " AND ".join(compiler.where), compiler.params
