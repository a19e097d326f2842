"""The record viewer: ``GET /viewer/datasheet?dbKey=&recordHistoryGuid=`` as an HTML datasheet.

Attributes with units, pictures inline (data URIs), links to linked records' datasheets.
The caller authenticates like on the API (a browser gets the Basic challenge).
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import BaseRoute, Route

from ._problems import Problem, problem_response
from ._store_links import links_of
from ._store_read import latest_record, record_version
from ._store_values import export_value, version_values

if TYPE_CHECKING:
    from ._app import ServiceLayerApp

__all__ = ["viewer_routes"]


def _format(value: dict[str, Any]) -> str:
    kind = value["type"]
    unit = f" {escape(value['unit'])}" if value.get("unit") else ""
    if kind == "point":
        parts = []
        for entry in value["values"]:
            params = ", ".join(
                f"{escape(str(p['name']))} = {escape(str(p['value']))}"
                + (f" {escape(p['unit'])}" if p.get("unit") else "")
                for p in entry.get("parameters", [])
            )
            parts.append(f"{entry['value']:g}{unit}" + (f" ({params})" if params else ""))
        return "<br>".join(parts)
    if kind == "range":
        low = "" if value.get("low") is None else f"{value['low']:g}"
        high = "" if value.get("high") is None else f"{value['high']:g}"
        return f"{low} to {high}{unit}"
    if kind == "discrete":
        return escape(", ".join(value["values"]))
    if kind == "hyperlink":
        url = escape(value["url"], quote=True)
        return f'<a href="{url}">{escape(value.get("description") or value["url"])}</a>'
    if kind == "picture":
        mime = escape(value.get("mimeType") or "image/png", quote=True)
        return f'<img alt="{escape(value["attribute"])}" src="data:{mime};base64,{value["data"]}">'
    if kind == "file":
        return f'<a href="{escape(value.get("url") or "", quote=True)}">{escape(value["fileName"])}</a>'
    return escape(str(value.get("value")))


def _page(app: ServiceLayerApp, row: Any, drafts: bool) -> str:
    db = app.db
    root = app.config.root_url
    values = []
    for v in version_values(db, row["value_set"]):
        include = v["value"].find('"type":"picture"') >= 0
        values.append(export_value(db, v["name"], v["value"], root, row["database_key"], include))
    rows = "".join(
        f"<tr><th>{escape(v['attribute'])}</th><td>{_format(v)}</td></tr>" for v in values
    )
    links = ""
    for group in links_of(db, row, drafts):
        items = "".join(
            '<li><a href="{}">{}</a> ({})</li>'.format(
                escape(
                    "datasheet?"
                    + urlencode({"dbKey": t["databaseKey"], "recordHistoryGuid": t["historyGuid"]}),
                    quote=True,
                ),
                escape(t["name"]),
                escape(t["tableName"]),
            )
            for t in group["targets"]
        )
        links += f"<h3>{escape(group['group'])}</h3><ul>{items}</ul>"
    title = escape(row["name"])
    version = row["version_number"]
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{title}</title></head><body>"
        f"<h1>{title}</h1><p>{escape(row['table_name'])} · {escape(row['database_key'])} · "
        f"{'v' + str(version) if version is not None else 'unversioned'} · "
        f"{escape(row['release_state'])}</p><table>{rows}</table>{links}</body></html>"
    )


def viewer_routes(app: ServiceLayerApp) -> list[BaseRoute]:
    async def datasheet(request: Request) -> Response:
        outcome = await app.auth.authenticate(request)
        if outcome.principal is None:
            return problem_response(Problem(401, "Authentication required."), "viewer")
        drafts = outcome.principal.sees_drafts
        key = request.query_params.get("dbKey", "")
        history = request.query_params.get("recordHistoryGuid", "").lower()
        version = request.query_params.get("recordGuid", "").lower()
        if version:
            row = record_version(app.db, key, version, drafts)
        else:
            row = latest_record(app.db, key, history, drafts)
        if row is None:
            return HTMLResponse("<!doctype html><h1>No such record</h1>", status_code=404)
        return HTMLResponse(_page(app, row, drafts))

    return [
        Route("/viewer/datasheet", datasheet, methods=["GET"]),
        Route("/viewer/datasheet.aspx", datasheet, methods=["GET"]),
    ]
