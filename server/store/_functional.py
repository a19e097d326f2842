"""Functional values (series and grids of points or ranges): checks, database units, export units.

A stored functional value is the contract's value without ``attribute``, in database units:
the y values in the attribute's unit, x and parameter values in each parameter's unit. Its
``parameters`` list every parameter of the definition (name, database unit, data type) with
the datum's own settings, so an export needs no look-up of the definition.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ._read import AttributeDef
from ._unit_values import UnitSelection, UnitValueError, _import_conversion
from ._units import Conversion

__all__ = [
    "FUNCTIONAL_TYPES",
    "FunctionalError",
    "prepare_functional",
    "shown_functional",
]

FUNCTIONAL_TYPES = (
    "functionalSeriesPoint",
    "functionalSeriesRange",
    "functionalGridPoint",
    "functionalGridRange",
)
_SETTINGS = ("defaultValue", "defaultText", "interpolationType", "scaleType")


class FunctionalError(Exception):
    """A functional value that does not fit its attribute: the pointer suffix and the reason."""

    def __init__(self, pointer: str, message: str) -> None:
        super().__init__(message)
        self.pointer = pointer
        self.message = message


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _y_keys(kind: str) -> tuple[str, ...]:
    return ("yLow", "yHigh") if kind.endswith("Range") else ("y",)


class _Checker:
    """Checks one imported value against its definition and converts it to database units."""

    def __init__(self, definition: AttributeDef, value: dict[str, Any]) -> None:
        self.definition = definition
        self.value = value
        self.kind: str = value["type"]
        self.known = {p["name"]: p for p in definition.details.get("parameters", ())}
        self.conversions: dict[str, Conversion | None] = {}

    def known_names(self) -> str:
        return ", ".join(repr(name) for name in self.known) or "none"

    def parameter(self, name: str, pointer: str) -> dict[str, Any]:
        found: dict[str, Any] | None = self.known.get(name)
        if found is None:
            raise FunctionalError(
                pointer,
                f'unknown parameter "{name}" of attribute "{self.definition.name}"; '
                f"known parameters: {self.known_names()}",
            )
        return found

    def numeric(self, name: str) -> bool:
        return bool(self.known[name].get("dataType", "numeric") == "numeric")

    def check_values(self, name: str, values: list[Any], pointer: str) -> list[Any]:
        """Values of parameter ``name``: numbers converted to the database unit, or strs."""
        if self.numeric(name):
            convert = self.conversions.get(name)
            out = []
            for index, item in enumerate(values):
                if not _is_number(item):
                    raise FunctionalError(
                        f"{pointer}/{index}", f'parameter "{name}" is numeric: {item!r} is not'
                    )
                out.append(convert(item) if convert is not None else item)
            return out
        allowed = self.known[name].get("values") or []
        for index, item in enumerate(values):
            if not isinstance(item, str):
                raise FunctionalError(
                    f"{pointer}/{index}", f'parameter "{name}" is discrete: give strs, not {item!r}'
                )
            if self.known[name].get("restricted") and item not in allowed:
                raise FunctionalError(f"{pointer}/{index}", f"not one of {allowed}")
        return list(values)

    def settings(self) -> list[dict[str, Any]]:
        given: dict[str, dict[str, Any]] = {}
        for index, setting in enumerate(self.value.get("parameters") or ()):
            name = setting["name"]
            definition = self.parameter(name, f"/parameters/{index}/name")
            database_unit = definition.get("unit")
            try:
                self.conversions[name] = _import_conversion(
                    setting.get("unit"),
                    database_unit,
                    f'attribute "{self.definition.name}", parameter "{name}"',
                    f"/parameters/{index}/unit",
                )
            except UnitValueError as error:
                raise FunctionalError(error.pointer, error.message) from error
            given[name] = setting
        out = []
        for name, definition in self.known.items():
            setting = given.get(name, {})
            stored = {"name": name, "dataType": definition.get("dataType", "numeric")}
            if definition.get("unit") is not None:
                stored["unit"] = definition["unit"]
            for key in _SETTINGS:
                if setting.get(key) is not None:
                    stored[key] = setting[key]
            default = stored.get("defaultValue")
            convert = self.conversions.get(name)
            if convert is not None and isinstance(default, int | float):
                stored["defaultValue"] = convert(default)
            out.append(stored)
        return out

    def y_conversion(self) -> Conversion | None:
        try:
            return _import_conversion(
                self.value.get("unit"),
                self.definition.unit,
                f'attribute "{self.definition.name}"',
                "/unit",
            )
        except UnitValueError as error:
            raise FunctionalError(error.pointer, error.message) from error

    def x_values(self, curve: dict[str, Any], pointer: str) -> tuple[str, list[Any]]:
        """The key (``x`` or ``xText``) and values of a curve's x, checked against the x axis."""
        x_axis = self.value["xAxis"]
        key = "x" if self.numeric(x_axis) else "xText"
        other = "xText" if key == "x" else "x"
        if curve.get(other) is not None or curve.get(key) is None:
            kind = "numeric" if key == "x" else "discrete"
            raise FunctionalError(
                f"{pointer}/{other if curve.get(other) is not None else key}",
                f'x parameter "{x_axis}" is {kind}: give its values as "{key}"',
            )
        return key, self.check_values(x_axis, list(curve[key]), f"{pointer}/{key}")

    def points(
        self, curve: dict[str, Any], pointer: str, y_convert: Conversion | None
    ) -> dict[str, Any]:
        """x, y (or yLow/yHigh) and estimated flags of a curve or grid, checked and converted."""
        key, xs = self.x_values(curve, pointer)
        out: dict[str, Any] = {key: xs}
        for y_key in _y_keys(self.kind):
            ys = curve[y_key]
            if len(ys) != len(xs):
                raise FunctionalError(
                    f"{pointer}/{y_key}",
                    f"{len(xs)} x values but {len(ys)} {y_key} values: give one per x",
                )
            out[y_key] = [y_convert(y) for y in ys] if y_convert is not None else list(ys)
        if "yLow" in out:
            for index, (low, high) in enumerate(zip(out["yLow"], out["yHigh"], strict=True)):
                if low > high:
                    raise FunctionalError(f"{pointer}/yLow/{index}", "yLow is above yHigh")
        estimated = curve.get("estimated")
        if estimated is not None and len(estimated) != len(xs):
            raise FunctionalError(
                f"{pointer}/estimated", f"{len(xs)} x values but {len(estimated)} estimated flags"
            )
        if estimated is not None:
            out["estimated"] = list(estimated)
        return out

    def check(self) -> dict[str, Any]:
        x_axis = self.value["xAxis"]
        self.parameter(x_axis, "/xAxis")
        stored = {k: v for k, v in self.value.items() if k != "attribute"}
        stored["parameters"] = self.settings()
        y_convert = self.y_conversion()
        stored.pop("unit", None)
        if self.definition.unit is not None:
            stored["unit"] = self.definition.unit
        if self.kind.startswith("functionalSeries"):
            stored["series"] = [
                self.series(curve, f"/series/{index}", y_convert)
                for index, curve in enumerate(self.value["series"])
            ]
        else:
            stored.pop("x", None)
            stored.pop("xText", None)
            points = self.points(self.value, "", y_convert)
            stored.update(points)
            stored["parameterValues"] = self.grid_parameters(
                len(points.get("x", points.get("xText", [])))
            )
        return stored

    def series(
        self, curve: dict[str, Any], pointer: str, y_convert: Conversion | None
    ) -> dict[str, Any]:
        out = {**curve, **self.points(curve, pointer, y_convert)}
        parameters = []
        for index, item in enumerate(curve.get("parameters") or ()):
            at = f"{pointer}/parameters/{index}"
            self.parameter(item["name"], f"{at}/name")
            if item["name"] == self.value["xAxis"]:
                raise FunctionalError(f"{at}/name", "the x-axis parameter varies along a series")
            key = "value" if self.numeric(item["name"]) else "textValue"
            if key not in item:
                raise FunctionalError(
                    at, f'give the value of parameter "{item["name"]}" as "{key}"'
                )
            (value,) = self.check_values(item["name"], [item[key]], f"{at}/{key}")
            parameters.append({"name": item["name"], key: value})
        out["parameters"] = parameters
        return out

    def grid_parameters(self, count: int) -> list[dict[str, Any]]:
        out = []
        for index, item in enumerate(self.value.get("parameterValues") or ()):
            at = f"/parameterValues/{index}"
            name = item["name"]
            self.parameter(name, f"{at}/name")
            key = "values" if self.numeric(name) else "textValues"
            values = item.get(key)
            if values is None or item.get("textValues" if key == "values" else "values"):
                raise FunctionalError(f"{at}", f'give the values of parameter "{name}" as "{key}"')
            if len(values) != count:
                raise FunctionalError(
                    f"{at}/{key}",
                    f'parameter "{name}" has {len(values)} values '
                    f"for {count} points: give one per point",
                )
            out.append({"name": name, key: self.check_values(name, list(values), f"{at}/{key}")})
        return out


def prepare_functional(definition: AttributeDef, value: dict[str, Any]) -> dict[str, Any]:
    """An imported functional value checked against ``definition``, in database units.

    Raises:
        FunctionalError: unknown parameter or unit, mismatched lengths, wrong value kinds.
    """
    return _Checker(definition, value).check()


def _mapped(values: list[Any], convert: Callable[[float], float] | None) -> list[Any]:
    """Numbers converted (to 12 significant digits: no conversion noise), strs as they are."""
    if convert is None:
        return values
    return [float(f"{convert(v):.12g}") if _is_number(v) else v for v in values]


def shown_functional(stored: dict[str, Any], selection: UnitSelection) -> dict[str, Any]:
    """A stored functional value in the units of ``selection``."""
    if selection.is_database:
        return stored
    out = dict(stored)
    y_unit, y_convert = selection.conversion(stored.get("unit"))
    if y_unit is not None:
        out["unit"] = y_unit
    converts: dict[str, Conversion | None] = {}
    settings = []
    for setting in stored.get("parameters", ()):
        shown_unit, convert = selection.conversion(setting.get("unit"))
        converts[setting["name"]] = convert
        shown = dict(setting)
        if shown_unit is not None:
            shown["unit"] = shown_unit
        if convert is not None and _is_number(setting.get("defaultValue")):
            shown["defaultValue"] = convert(setting["defaultValue"])
        settings.append(shown)
    out["parameters"] = settings
    x_convert = converts.get(stored["xAxis"])

    def curve(item: dict[str, Any]) -> dict[str, Any]:
        shown = {"x": _mapped(item["x"], x_convert)} if "x" in item else {}
        for key in _y_keys(stored["type"]):
            shown[key] = _mapped(item[key], y_convert)
        return shown

    if "series" in stored:
        series = []
        for item in stored["series"]:
            shown = {**item, **curve(item)}
            shown["parameters"] = [
                {**p, "value": _mapped([p["value"]], converts.get(p["name"]))[0]}
                if "value" in p
                else p
                for p in item.get("parameters", ())
            ]
            series.append(shown)
        out["series"] = series
    else:
        out.update(curve(stored))
        out["parameterValues"] = [
            {**p, "values": _mapped(p["values"], converts.get(p["name"]))} if "values" in p else p
            for p in stored.get("parameterValues", ())
        ]
    return out
