"""Handlers of read-only batch operations: resolve, export, release states."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from .._problems import json_response, problem_body
from .._store_links import links_of
from .._store_read import record_json, resolve_many
from .._store_values import export_value, version_values
from ._call import Call, Handler
from ._common import sees_drafts

__all__ = ["HANDLERS"]


async def resolve_records(call: Call) -> Response:
    drafts = sees_drafts(call)
    strict = bool(call.body.get("strictVersion", True))
    rows = resolve_many(call.db, call.body["references"], drafts, strict)
    results: list[Any] = [record_json(row) if row is not None else None for row in rows]
    return json_response({"results": results})


def _not_found(call: Call) -> dict[str, Any]:
    return problem_body(404, "No record with that reference.", call.request_id)


async def export_records(call: Call) -> Response:
    drafts = sees_drafts(call)
    body = call.body
    wanted = body.get("attributes")
    wanted_names = set(wanted) if wanted is not None else None
    include_binary = bool(body.get("includeBinaryData", False))
    include_links = bool(body.get("includeLinks", False))
    root = call.config.root_url
    results: list[dict[str, Any]] = []
    for row in resolve_many(call.db, body["records"], drafts):
        if row is None:
            results.append(
                {
                    "status": "notFound",
                    "record": None,
                    "attributes": [],
                    "links": [],
                    "error": _not_found(call),
                }
            )
            continue
        values = [
            export_value(call.db, v["name"], v["value"], root, row["database_key"], include_binary)
            for v in version_values(call.db, row["value_set"])
            if wanted_names is None or v["name"] in wanted_names
        ]
        results.append(
            {
                "status": "ok",
                "record": record_json(row),
                "attributes": values,
                "links": links_of(call.db, row, drafts) if include_links else [],
                "error": None,
            }
        )
    return json_response({"results": results})


async def fetch_release_states(call: Call) -> Response:
    drafts = sees_drafts(call)
    results: list[dict[str, Any]] = []
    for row in resolve_many(call.db, call.body["records"], drafts):
        if row is None:
            results.append({"status": "notFound"})
            continue
        results.append(
            {
                "status": "ok",
                "historyGuid": row["history_guid"],
                "versionGuid": row["version_guid"],
                "versionNumber": row["version_number"],
                "releaseState": row["release_state"],
            }
        )
    return json_response({"results": results})


HANDLERS: dict[str, Handler] = {
    "resolve_records": resolve_records,
    "export_records": export_records,
    "fetch_release_states": fetch_release_states,
}
