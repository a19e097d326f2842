"""Handlers of read-only batch operations: resolve, export, release states."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from .._problems import json_response, plain_json_response, problem_body
from ..store import (
    STATE_COLUMNS,
    data_revisions,
    export_many,
    meta_requested,
    meta_values_by_set,
    properties_of,
    record_json,
    record_subsets,
    resolve_many,
)
from ._call import Call, Handler
from ._common import sees_drafts
from .units import unit_selection

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
    selection = unit_selection(
        body.get("unitSystem"),
        body.get("absoluteTemperatures", False),
        pointer="/unitSystem",
    )
    rows = resolve_many(call.db, body["records"], drafts)
    found = [row for row in rows if row is not None]
    properties = (
        iter(
            properties_of(
                call.db,
                found,
                drafts=drafts,
                writable=call.principal is not None and call.principal.can_write,
            )
        )
        if body.get("includeProperties")
        else None
    )
    exported = iter(
        export_many(
            call.db,
            found,
            wanted=set(wanted) if wanted is not None else None,
            include_binary=bool(body.get("includeBinaryData", False)),
            include_links=bool(body.get("includeLinks", False)),
            drafts=drafts,
            root_url=call.config.root_url,
            selection=selection,
        )
    )
    revisions = (
        iter(data_revisions(call.db, found, drafts=drafts))
        if body.get("includeDataRevisions")
        else None
    )
    metas_wanted = meta_requested(body)
    metas = (
        {}
        if metas_wanted is False
        else meta_values_by_set(
            call.db,
            found,
            wanted=metas_wanted,
            selection=selection,
            root_url=call.config.root_url,
            include_binary=bool(body.get("includeBinaryData", False)),
        )
    )
    results: list[dict[str, Any]] = []
    for row in rows:
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
        item = next(exported)
        result = {
            "status": "ok",
            "record": record_json(row),
            "attributes": item.attributes,
            "metaAttributes": metas.get(row["value_set"], []),
            "links": item.links,
            "error": None,
        }
        if properties is not None:
            result["properties"] = next(properties)
        if revisions is not None:
            result["dataRevisions"] = next(revisions)
        results.append(result)
    return json_response({"results": results})


async def fetch_release_states(call: Call) -> Response:
    drafts = sees_drafts(call)
    results: list[dict[str, Any]] = []
    for row in resolve_many(call.db, call.body["records"], drafts, columns=STATE_COLUMNS):
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
    return plain_json_response({"results": results})


async def fetch_record_subsets(call: Call) -> Response:
    rows = resolve_many(call.db, call.body["records"], sees_drafts(call))
    found = record_subsets(call.db, [row["identity"] for row in rows if row is not None])
    results: list[dict[str, Any]] = [
        {"status": "notFound", "subsets": []}
        if row is None
        else {"status": "ok", "historyGuid": row["history_guid"], "subsets": found[row["identity"]]}
        for row in rows
    ]
    return json_response({"results": results})


HANDLERS: dict[str, Handler] = {
    "resolve_records": resolve_records,
    "export_records": export_records,
    "fetch_release_states": fetch_release_states,
    "fetch_record_subsets": fetch_record_subsets,
}
