"""What a handler receives: one validated call of one operation of the spec."""

from __future__ import annotations

import sqlite3
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from .._config import ServerConfig
from .._principal import Principal


@dataclass(slots=True)
class Call:
    """One request after routing, authentication and validation against the spec.

    ``principal`` is None only for operations whose spec says ``security: []``.
    ``path`` and ``query`` hold parameters already converted to their schema types;
    ``body`` is the parsed, validated JSON body (or raw bytes for octet-stream bodies).
    """

    operation_id: str
    request: Request
    principal: Principal | None
    path: dict[str, Any]
    query: dict[str, Any]
    headers: dict[str, str]
    body: Any
    db: sqlite3.Connection
    config: ServerConfig
    request_id: str
    remember_answer: Callable[[bytes], None] | None = None
    """For a batch with an Idempotency-Key: stores the answer for replay. A handler that
    writes calls it inside its transaction, so the answer and the changes commit together."""
    answer_remembered: bool = False

    def remember_inside_transaction(self, body: bytes) -> None:
        if self.remember_answer is not None:
            self.remember_answer(body)
            self.answer_remembered = True


Handler = Callable[[Call], Awaitable[Response]]
