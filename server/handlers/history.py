"""Handlers of record histories: lifecycle events of one record, versions and events of many."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from .._problems import Problem, json_response, problem_body
from ..store import (
    events_by_history,
    latest_record,
    record_json,
    resolve_many,
    versions_by_history,
)
from ._call import Call, Handler
from ._common import database_key, sees_drafts

__all__ = ["HANDLERS"]


async def list_record_history_events(call: Call) -> Response:
    key = database_key(call)
    history = str(call.path["historyGuid"]).lower()
    drafts = sees_drafts(call)
    if latest_record(call.db, key, history, drafts) is None:
        raise Problem(404, f"No record {history} visible in database {key!r}.")
    return json_response({"events": events_by_history(call.db, [history], drafts)[history]})


async def fetch_version_histories(call: Call) -> Response:
    drafts = sees_drafts(call)
    rows = resolve_many(call.db, call.body["records"], drafts)
    histories = [row["history_guid"] for row in rows if row is not None]
    versions = versions_by_history(call.db, histories, drafts)
    events = events_by_history(call.db, histories, drafts)
    results: list[dict[str, Any]] = []
    for row in rows:
        if row is None:
            results.append(
                {
                    "status": "notFound",
                    "historyGuid": None,
                    "versions": [],
                    "events": [],
                    "error": problem_body(404, "No record with that reference.", call.request_id),
                }
            )
            continue
        history = row["history_guid"]
        results.append(
            {
                "status": "ok",
                "historyGuid": history,
                "versions": [record_json(v) for v in versions.get(history, [])],
                "events": events.get(history, []),
                "error": None,
            }
        )
    return json_response({"results": results})


HANDLERS: dict[str, Handler] = {
    "list_record_history_events": list_record_history_events,
    "fetch_version_histories": fetch_version_histories,
}
