"""A number written with a stated number of digits after the decimal point (the Toolkit's ``ValueWithPrecision``)."""

from __future__ import annotations

import decimal
from dataclasses import dataclass

from .value_base import _number

__all__ = ["ValueWithPrecision"]

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

    def __float__(self) -> float:
        """The number."""
        return self.value

    def __str__(self) -> str:
        """The number written to its precision (``12.30``)."""
        return str(self.as_decimal)
