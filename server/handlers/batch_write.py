"""Handlers of writing batch operations: import, links, delete-or-withdraw.

Each item is applied in its own savepoint inside one transaction per batch: an item that
fails leaves no trace and gets a result with its problem; the others still apply.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

from starlette.responses import Response

from .._problems import json_response, problem_body
from ..store import (
    ItemFailure,
    atomic_item,
    copy_item,
    delete_or_withdraw,
    import_item,
    record_json,
    update_links,
)
from ._call import Call, Handler

__all__ = ["HANDLERS"]

ItemAction = Callable[[dict[str, Any], str], tuple[str, sqlite3.Row]]


def _apply_each(
    call: Call, items: list[dict[str, Any]], prefix: str, action: ItemAction
) -> Response:
    db = call.db
    results: list[dict[str, Any]] = []
    db.execute("BEGIN")
    try:
        for index, item in enumerate(items):
            at = f"/{prefix}/{index}"
            try:
                with atomic_item(db):
                    status, row = action(item, at)
            except ItemFailure as failure:
                error = problem_body(
                    failure.http_status, failure.detail, call.request_id, failure.errors or None
                )
                results.append({"status": failure.status, "record": None, "error": error})
                continue
            results.append({"status": status, "record": record_json(row), "error": None})
        response = json_response({"results": results})
        call.remember_inside_transaction(bytes(response.body))
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")
    return response


def _user(call: Call) -> str:
    assert call.principal is not None
    return call.principal.username


async def import_records(call: Call) -> Response:
    body = call.body
    user = _user(call)

    def apply(item: dict[str, Any], at: str) -> tuple[str, sqlite3.Row]:
        row = import_item(
            call.db, item, at, user, body.get("revisionNotes"), body.get("releaseNotes")
        )
        return "ok", row

    return _apply_each(call, body["items"], "items", apply)


async def update_links_handler(call: Call) -> Response:
    def apply(item: dict[str, Any], at: str) -> tuple[str, sqlite3.Row]:
        return "ok", update_links(call.db, item, at)

    return _apply_each(call, call.body["items"], "items", apply)


async def delete_or_withdraw_records(call: Call) -> Response:
    notes = call.body.get("withdrawalNotes")
    user = _user(call)

    def apply(item: dict[str, Any], at: str) -> tuple[str, sqlite3.Row]:
        return delete_or_withdraw(call.db, item, at, user, notes)

    return _apply_each(call, call.body["records"], "records", apply)


async def copy_records(call: Call) -> Response:
    notes = call.body.get("revisionNotes")
    user = _user(call)

    def apply(item: dict[str, Any], at: str) -> tuple[str, sqlite3.Row]:
        return "ok", copy_item(call.db, item, at, user, notes)

    return _apply_each(call, call.body["items"], "items", apply)


HANDLERS: dict[str, Handler] = {
    "import_records": import_records,
    "update_links": update_links_handler,
    "delete_or_withdraw_records": delete_or_withdraw_records,
    "copy_records": copy_records,
}
