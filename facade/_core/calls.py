"""Which public method the user called, so errors name it (``update``, not the wire operation).

``names_errors("update")`` wraps a public method: while it runs, errors built from answers
name ``update``, and the outermost public call wins (``update`` refreshing attributes through
``bulk_fetch`` still reports ``update``). Worker threads of a batch run see the same name,
because ``run_in_context`` carries the caller's context into them.
"""

from __future__ import annotations

import contextvars
import functools
from collections.abc import Awaitable, Callable
from typing import ParamSpec, TypeVar

from .errors import _CALL, TransportError, current_call

__all__ = ["current_call", "names_errors", "run_in_context"]

P = ParamSpec("P")
R = TypeVar("R")


def names_errors(name: str) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Decorate a public method so that errors raised while it runs name ``name``."""

    def decorate(method: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(method)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
            if _CALL.get() is not None:
                return method(*args, **kwargs)
            token = _CALL.set(name)
            try:
                return method(*args, **kwargs)
            except TransportError as error:
                # No answer from the server: the SDK's frames beneath this call add nothing.
                raise error.with_traceback(None) from error.__cause__
            finally:
                _CALL.reset(token)

        return wrapper

    return decorate


def names_errors_async(
    name: str,
) -> Callable[[Callable[P, Awaitable[R]]], Callable[P, Awaitable[R]]]:
    """``names_errors`` for a coroutine method (an AsyncSession's)."""

    def decorate(method: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[R]]:
        @functools.wraps(method)
        async def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
            if _CALL.get() is not None:
                return await method(*args, **kwargs)
            token = _CALL.set(name)
            try:
                return await method(*args, **kwargs)
            finally:
                _CALL.reset(token)

        return wrapper

    return decorate


def run_in_context(function: Callable[P, R]) -> Callable[P, R]:
    """``function`` bound to a copy of the caller's context (for a worker thread)."""
    context = contextvars.copy_context()

    @functools.wraps(function)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        return context.copy().run(function, *args, **kwargs)

    return wrapper
