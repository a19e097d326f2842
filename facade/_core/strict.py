"""Public classes refuse attributes they do not have, naming the close matches.

A typo such as ``database.unit_systm = "SI"`` would otherwise create a new attribute that
nothing reads: the script runs and silently does nothing. ``StrictAttributes`` makes it an
``AttributeError`` that names what was probably meant.

A class may create public attributes while one of its ``__init__`` methods runs; afterwards
only names the class defines (properties, methods, class attributes, annotated instance
attributes), names the instance already has, and private names (leading underscore, the
SDK's own state) can be set.
"""

from __future__ import annotations

import difflib
import functools
from collections.abc import Callable
from typing import Any

__all__ = ["StrictAttributes", "unknown_attribute_error"]


def unknown_attribute_error(owner: object, name: str) -> AttributeError:
    """The error for setting ``name`` on ``owner``, naming close matches among its public names."""
    known = sorted(n for n in dir(owner) if not n.startswith("_"))
    close = difflib.get_close_matches(name, known, n=3, cutoff=0.6)
    kind = type(owner).__name__
    hint = f"; did you mean {' or '.join(repr(c) for c in close)}?" if close else ""
    return AttributeError(f"{kind!r} object has no attribute {name!r}{hint}", name=name, obj=owner)


def _tracking_init(init: Callable[..., None]) -> Callable[..., None]:
    @functools.wraps(init)
    def __init__(self: StrictAttributes, *args: Any, **kwargs: Any) -> None:
        depth = self.__dict__.get("_initializing", 0)
        self.__dict__["_initializing"] = depth + 1
        try:
            init(self, *args, **kwargs)
        finally:
            if depth:
                self.__dict__["_initializing"] = depth
            else:
                del self.__dict__["_initializing"]

    return __init__


class _Names:
    """What a class lets instances set: data descriptors (properties) and other known names."""

    __slots__ = ("descriptors", "known")

    def __init__(self, cls: type) -> None:
        names = set(dir(cls))
        for klass in cls.__mro__:
            names.update(vars(klass).get("__annotations__", {}))
        self.descriptors = frozenset(
            n for n in dir(cls) if hasattr(type(getattr(cls, n, None)), "__set__")
        )
        self.known = frozenset(names)


_NAMES: dict[type, _Names] = {}


class StrictAttributes:
    """Mixin: setting an attribute the object does not have raises ``AttributeError``."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        init = cls.__dict__.get("__init__")
        if init is not None:
            setattr(cls, "__init__", _tracking_init(init))  # noqa: B010 (mypy: no assignment to a method)

    def __setattr__(self, name: str, value: Any) -> None:
        cls = type(self)
        names = _NAMES.get(cls)
        if names is None:
            names = _NAMES[cls] = _Names(cls)
        if name in names.descriptors:
            object.__setattr__(self, name, value)
            return
        state = self.__dict__
        if name[0] == "_" or name in names.known or name in state or state.get("_initializing"):
            state[name] = value
            return
        raise unknown_attribute_error(self, name)
