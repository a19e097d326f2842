"""Numbers with their precision: ``ValueWithPrecision`` to write, ``TrailingZeroInformation`` read back.

The server keeps the precision a point or range bound was written with (the number as
entered, its unit and its significant figures) and exports it unchanged, whatever unit system
the value is read in.
"""

from __future__ import annotations

import decimal
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from generated import models
from generated.types import Unset

from .value_base import _number

if TYPE_CHECKING:  # annotations only: the models load at first use (generated.models)
    from generated.models.trailing_zero_information import (
        TrailingZeroInformation as TrailingZeroModel,
    )

__all__ = [
    "TrailingZeroInformation",
    "ValueWithPrecision",
    "plain_decimal",
    "trailing_zeros_from_model",
    "trailing_zeros_to_model",
]

_MAX_SIGNIFICANT_FIGURES = 15


@dataclass(frozen=True)
class ValueWithPrecision:
    """A number and how many digits after the decimal point it was measured to.

    ``ValueWithPrecision(12.3, 2)`` is ``12.30``: four significant figures. Single-valued
    point values accept it as ``value`` (the number is written; the server stores numbers
    without their precision, so a value read back is a float).

    Args:
        value: The number.
        number_of_digits: Digits after the decimal point (negative: rounded to tens, hundreds …).

    Raises:
        TypeError: ``value`` is not a number or ``number_of_digits`` not an int.
        ValueError: The value would have fewer than 1 or more than 15 significant figures.
    """

    value: float
    number_of_digits: int

    def __post_init__(self) -> None:
        object.__setattr__(self, "value", _number(self.value, "ValueWithPrecision.value"))
        if isinstance(self.number_of_digits, bool) or not isinstance(self.number_of_digits, int):
            raise TypeError(
                "ValueWithPrecision.number_of_digits must be an int, "
                f"not {type(self.number_of_digits).__name__}"
            )
        figures = self.significant_figures
        if not 1 <= figures <= _MAX_SIGNIFICANT_FIGURES:
            raise ValueError(
                f"{self.value!r} with {self.number_of_digits} digits after the decimal point has "
                f"{figures} significant figures; between 1 and {_MAX_SIGNIFICANT_FIGURES} are "
                "allowed"
            )

    @property
    def as_decimal(self) -> decimal.Decimal:
        """The number rounded to ``number_of_digits``, as a ``Decimal`` (``Decimal('12.30')``)."""
        exact = decimal.Decimal(repr(self.value))
        context = decimal.Context(prec=64, rounding=decimal.ROUND_HALF_EVEN)
        return exact.quantize(decimal.Decimal(1).scaleb(-self.number_of_digits), context=context)

    @property
    def significant_figures(self) -> int:
        """How many significant figures the number has when written to ``number_of_digits``."""
        digits = self.as_decimal.as_tuple().digits
        leading_zeros = len(digits) - len("".join(map(str, digits)).lstrip("0"))
        return max(1, len(digits) - leading_zeros)

    @property
    def entered_value(self) -> str:
        """The number in plain decimal notation without trailing zeros (``12.30`` → ``"12.3"``)."""
        return plain_decimal(self.as_decimal)

    def __float__(self) -> float:
        """The number."""
        return self.value

    def __str__(self) -> str:
        """The number written to its precision (``12.30``)."""
        return str(self.as_decimal)


def plain_decimal(number: decimal.Decimal) -> str:
    """``number`` in plain notation, without trailing zeros after the point (``"90"``, ``"0.05"``)."""
    text = format(number, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


@dataclass(frozen=True)
class TrailingZeroInformation:
    """The precision a stored number was written with (read back from the server).

    ``TrailingZeroInformation("90", "degC", 3)`` is 90 written as ``90.0 degC``:
    ``as_decimal`` is ``Decimal('90.0')`` and ``number_of_digits`` is 1.

    Args:
        entered_value: The number as entered, without trailing zeros.
        entered_unit: The unit it was entered in (None: dimensionless or not given).
        significant_figures: Its significant figures, trailing zeros included.
    """

    entered_value: str
    entered_unit: str | None
    significant_figures: int

    @property
    def number_of_digits(self) -> int:
        """Digits after the decimal point the number was written to (negative: tens, hundreds …)."""
        return self.significant_figures - (decimal.Decimal(self.entered_value).adjusted() + 1)

    @property
    def as_decimal(self) -> decimal.Decimal:
        """The number with its trailing zeros, as a ``Decimal`` (``Decimal('90.0')``)."""
        return decimal.Decimal(self.entered_value).quantize(
            decimal.Decimal(1).scaleb(-self.number_of_digits),
            context=decimal.Context(prec=64),
        )


def trailing_zeros_to_model(value: Any, unit: str | None) -> TrailingZeroModel | None:
    """The contract's precision of a number written in ``unit`` (None unless it has one)."""
    if not isinstance(value, ValueWithPrecision):
        return None
    return models.TrailingZeroInformation(
        entered_value=value.entered_value,
        significant_figures=value.significant_figures,
        entered_unit=unit,
    )


def trailing_zeros_from_model(model: Any) -> TrailingZeroInformation | None:
    """The precision the server exported with a number (None when it kept none)."""
    if model is None or isinstance(model, Unset):
        return None
    unit = model.entered_unit
    return TrailingZeroInformation(
        model.entered_value, None if isinstance(unit, Unset) else unit, model.significant_figures
    )
