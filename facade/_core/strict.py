"""Public classes refuse attributes they do not have, naming the close matches.

A typo such as ``database.unit_systm = "SI"`` would otherwise create a new attribute that
nothing reads: the script runs and silently does nothing. ``StrictAttributes`` makes it an
``AttributeError`` that names what was probably meant.

A class may create public attributes while one of its ``__init__`` methods runs; afterwards
only names the class defines (properties, methods, class attributes, annotated instance
attributes), names the instance already has, and private names (leading underscore, the
SDK's own state) can be set.

Classes built by the hundred thousand (records, attribute values) declare ``__slots__`` and
have no instance ``__dict__``: their slots and properties are all they can set, and any other
name gets the same error naming close matches.
"""

from __future__ import annotations

import difflib
import functools
from collections.abc import Callable
from typing import Any

__all__ = ["StrictAttributes", "instance_state", "unknown_attribute_error"]


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


def instance_state(owner: object) -> dict[str, Any]:
    """Every attribute ``owner`` holds: its set slots (of every class) and its ``__dict__``."""
    state: dict[str, Any] = {}
    for klass in type(owner).__mro__:
        for name in klass.__dict__.get("__slots__", ()):
            if name in ("__dict__", "__weakref__"):
                continue
            try:
                state[name] = object.__getattribute__(owner, name)
            except AttributeError:
                continue  # a slot not set yet
    state.update(getattr(owner, "__dict__", {}))
    return state


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


def _names(cls: type) -> _Names:
    names = _NAMES.get(cls)
    if names is None:
        names = _NAMES[cls] = _Names(cls)
    return names


def _set_slotted(self: object, name: str, value: Any) -> None:
    """``__setattr__`` of slotted strict classes: their slots and properties, nothing else.

    Such a class has no instance ``__dict__``, so ``object.__setattr__`` already refuses any
    other name; only its error is replaced by one naming close matches. Values and records
    are built by the hundred thousand, several attributes each, so this path is kept short.
    """
    try:
        object.__setattr__(self, name, value)
    except AttributeError:
        if name in _names(type(self)).descriptors:
            raise  # a read-only property, or a setter's own error
        raise unknown_attribute_error(self, name) from None


class StrictAttributes:
    """Mixin: setting an attribute the object does not have raises ``AttributeError``."""

    __slots__ = ()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        init = cls.__dict__.get("__init__")
        if init is not None and cls.__dictoffset__:  # slotted classes need no tracking
            setattr(cls, "__init__", _tracking_init(init))  # noqa: B010 (mypy: no assignment to a method)
        inherited = cls.__setattr__
        if "__setattr__" not in cls.__dict__ and inherited in _STRICT_SETTERS:
            # A class with its own __setattr__, or inheriting one, keeps it.
            setter = _set_slotted if not cls.__dictoffset__ else StrictAttributes.__setattr__
            setattr(cls, "__setattr__", setter)  # noqa: B010 (as above)

    def __setattr__(self, name: str, value: Any) -> None:
        cls = type(self)
        names = _names(cls)
        if name in names.descriptors:  # properties, and the slots of slotted classes
            object.__setattr__(self, name, value)
            return
        if not cls.__dictoffset__:
            raise unknown_attribute_error(self, name)
        state = self.__dict__
        if name[0] == "_" or name in names.known or name in state or state.get("_initializing"):
            state[name] = value
            return
        raise unknown_attribute_error(self, name)


_STRICT_SETTERS = (StrictAttributes.__setattr__, _set_slotted)
