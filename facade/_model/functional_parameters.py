"""``FunctionalValueParameter``: one parameter of a functional value, with datum-level settings."""

from __future__ import annotations

from typing import Any

__all__ = ["FunctionalValueParameter"]

INTERPOLATION_TYPES = ("None", "Linear", "Cubic Spline")
AXIS_SCALE_TYPES = ("Linear", "Log")
DATA_TYPES = ("numeric", "discrete")


def _choice(value: Any, *, allowed: tuple[str, ...], what: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError(f"{what} must be a str or None, not {type(value).__name__}")
    if value not in allowed:
        raise ValueError(f"{what} must be one of {', '.join(allowed)}, got {value!r}")
    return value


class FunctionalValueParameter:
    """A parameter of a functional value: its ``unit`` and settings that override the attribute's.

    ``default_value``, ``interpolation_type`` and ``axis_scale_type`` are None to inherit the
    attribute parameter's setting; the ``effective_*`` properties resolve them.

    Args:
        name: The parameter's name.
        unit: The unit of this parameter's values (None: dimensionless or the database unit).
        data_type: 'numeric' or 'discrete' (from the definition).
        default_value: The datum's default value, or None.
        interpolation_type: 'None', 'Linear' or 'Cubic Spline', or None to inherit.
        axis_scale_type: 'Linear' or 'Log', or None to inherit.
        inherited: The attribute parameter's settings, by the names above.
    """

    def __init__(
        self,
        name: str,
        unit: str | None = None,
        *,
        data_type: str = "numeric",
        default_value: float | str | None = None,
        interpolation_type: str | None = None,
        axis_scale_type: str | None = None,
        inherited: dict[str, Any] | None = None,
    ) -> None:
        if not isinstance(name, str) or not name:
            raise TypeError("a parameter needs its name (a non-empty str)")
        if data_type not in DATA_TYPES:
            raise ValueError(f"data_type must be one of {', '.join(DATA_TYPES)}, got {data_type!r}")
        self.name = name
        self.unit = unit
        self.data_type = data_type
        self._default_value: float | str | None = None
        self._interpolation_type: str | None = None
        self._axis_scale_type: str | None = None
        self._inherited = dict(inherited or {})
        self.default_value = default_value
        self.interpolation_type = interpolation_type
        self.axis_scale_type = axis_scale_type

    @property
    def default_value(self) -> float | str | None:
        """The datum's default value (None: inherit)."""
        return self._default_value

    @default_value.setter
    def default_value(self, value: float | str | None) -> None:
        if value is not None and (
            isinstance(value, bool) or not isinstance(value, int | float | str)
        ):
            raise TypeError(
                f"default_value must be a number, a str or None, not {type(value).__name__}"
            )
        if self.data_type == "numeric" and isinstance(value, str):
            raise ValueError(
                f"parameter {self.name!r} is numeric: default_value cannot be {value!r}"
            )
        self._default_value = float(value) if isinstance(value, int | float) else value

    @property
    def interpolation_type(self) -> str | None:
        """'None', 'Linear' or 'Cubic Spline' (None: inherit)."""
        return self._interpolation_type

    @interpolation_type.setter
    def interpolation_type(self, value: str | None) -> None:
        self._interpolation_type = _choice(
            value, allowed=INTERPOLATION_TYPES, what="interpolation_type"
        )

    @property
    def axis_scale_type(self) -> str | None:
        """'Linear' or 'Log' (None: inherit)."""
        return self._axis_scale_type

    @axis_scale_type.setter
    def axis_scale_type(self, value: str | None) -> None:
        self._axis_scale_type = _choice(value, allowed=AXIS_SCALE_TYPES, what="axis_scale_type")

    @property
    def effective_default_value(self) -> float | str | None:
        """The default value in force (the datum's, else the attribute parameter's)."""
        return (
            self._default_value
            if self._default_value is not None
            else self._inherited.get("default_value")
        )

    @property
    def effective_interpolation_type(self) -> str | None:
        """The interpolation in force."""
        return self._interpolation_type or self._inherited.get("interpolation_type")

    @property
    def effective_axis_scale_type(self) -> str | None:
        """The axis scale in force."""
        return self._axis_scale_type or self._inherited.get("axis_scale_type")

    @classmethod
    def _trusted(
        cls,
        *,
        name: str,
        unit: str | None,
        data_type: str,
        default_value: float | str | None,
        interpolation_type: str | None,
        axis_scale_type: str | None,
    ) -> FunctionalValueParameter:
        """A parameter from settings the server already checked (no checks: cheap to read)."""
        made = cls.__new__(cls)
        made._fill(
            name=name,
            unit=unit,
            data_type=data_type,
            settings=(default_value, interpolation_type, axis_scale_type),
        )
        return made

    def _fill(
        self,
        *,
        name: str,
        unit: str | None,
        data_type: str,
        settings: tuple[float | str | None, str | None, str | None],
    ) -> None:
        self.name, self.unit, self.data_type = name, unit, data_type
        self._default_value, self._interpolation_type, self._axis_scale_type = settings
        self._inherited = {}

    def copy(self) -> FunctionalValueParameter:
        """An independent copy.

        Returns:
            A parameter with the same name, unit and settings.
        """
        return FunctionalValueParameter(
            self.name,
            self.unit,
            data_type=self.data_type,
            default_value=self._default_value,
            interpolation_type=self._interpolation_type,
            axis_scale_type=self._axis_scale_type,
            inherited=self._inherited,
        )

    def __eq__(self, other: object) -> bool:
        return isinstance(other, FunctionalValueParameter) and vars(self) == vars(other)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        unit = f" [{self.unit}]" if self.unit else ""
        return f"<FunctionalValueParameter {self.name!r}{unit} {self.data_type}>"
