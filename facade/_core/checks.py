"""Argument checks shared by the whole facade: a wrong type or an empty value fails at once, before any request, with an error that names the parameter."""

from __future__ import annotations

__all__ = ["optional_str", "require_bool", "require_str"]


def require_str(value: object, what: str, *, allow_empty: bool = True) -> str:
    """``value`` if it is a str (and, unless ``allow_empty``, not blank).

    Args:
        value: The argument to check.
        what: Its name, for the error message.
        allow_empty: Accept ``""`` and whitespace-only strings.

    Returns:
        ``value`` unchanged.

    Raises:
        TypeError: ``value`` is not a str.
        ValueError: ``value`` is blank and ``allow_empty`` is False.
    """
    if not isinstance(value, str):
        raise TypeError(f"{what} must be a str, not {type(value).__name__}")
    if not allow_empty and not value.strip():
        raise ValueError(f"{what} must not be empty")
    return value


def optional_str(value: object, what: str, *, allow_empty: bool = True) -> str | None:
    """``value`` if it is None or a str (see :func:`require_str`)."""
    return None if value is None else require_str(value, what, allow_empty=allow_empty)


def require_bool(value: object, what: str) -> bool:
    """``value`` if it is a bool; TypeError naming ``what`` otherwise."""
    if not isinstance(value, bool):
        raise TypeError(f"{what} must be a bool, not {type(value).__name__}")
    return value
