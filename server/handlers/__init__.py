"""Handlers of every operation of the contract, by operationId."""

from __future__ import annotations

from ._call import Handler

__all__ = ["all_handlers"]


def all_handlers() -> dict[str, Handler]:
    """Every operation's handler: the data operations here and server-auth's session ones."""
    from . import (
        auth_configuration,
        batch_read,
        batch_write,
        binary,
        databases,
        history,
        records,
        search,
        sessions,
        status,
        units,
    )

    handlers: dict[str, Handler] = {}
    for module in (
        status,
        databases,
        units,
        records,
        history,
        search,
        batch_read,
        batch_write,
        binary,
        sessions,
        auth_configuration,
    ):
        handlers.update(module.HANDLERS)
    return handlers
