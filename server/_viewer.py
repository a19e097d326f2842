"""The record viewer: ``GET /viewer/datasheet?dbKey=&recordHistoryGuid=`` as an HTML datasheet.

Attributes with units, pictures inline (data URIs), links to linked records' datasheets.
The caller authenticates like on the API (a browser gets the Basic challenge).
"""

from __future__ import annotations

import sqlite3
from html import escape
from typing import Any
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import BaseRoute, Route

from ._problems import Problem, problem_response
from ._viewer_plots import functional_svg, tabular_html
from .auth import Authenticator
from .store import export_value, latest_record, links_of, record_version, version_values
from .store._read import attribute_defs
from .store._tabular_export import LinkedTables
from .store._unit_values import UnitSelection

__all__ = ["viewer_routes"]


SAFE_LINK_SCHEMES = frozenset({"http", "https", "mailto"})


def _is_safe_link(url: str) -> bool:
    """Whether ``url`` may become a hyperlink: http, https and mailto only.

    Browsers drop tabs and newlines and ignore leading control characters and spaces
    before they read the scheme, so those are stripped here too before comparing.
    """
    cleaned = "".join(c for c in url if c not in "\t\n\r").lstrip("".join(map(chr, range(33))))
    scheme, colon, _ = cleaned.partition(":")
    return bool(colon) and scheme.lower() in SAFE_LINK_SCHEMES


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
        text = escape(value.get("description") or value["url"])
        if not _is_safe_link(value["url"]):
            return f"{text} ({escape(value['url'])})"  # shown, never followed
        return f'<a href="{escape(value["url"], quote=True)}" rel="noopener noreferrer">{text}</a>'
    if kind == "picture":
        mime = escape(value.get("mimeType") or "image/png", quote=True)
        return f'<img alt="{escape(value["attribute"])}" src="data:{mime};base64,{value["data"]}">'
    if kind == "file":
        url = value.get("url") or ""
        if not _is_safe_link(url):
            return str(escape(value["fileName"]))
        return f'<a href="{escape(url, quote=True)}">{escape(value["fileName"])}</a>'
    return escape(str(value.get("value")))


def _datasheet_url(database_key: str) -> Any:
    def url(history_guid: str) -> str:
        return "datasheet?" + urlencode({"dbKey": database_key, "recordHistoryGuid": history_guid})

    return url


def _shown(db: sqlite3.Connection, row: Any, value: dict[str, Any], drafts: bool) -> str:
    """The datasheet cell of one exported value (plots and tables for structured values)."""
    definition = attribute_defs(db, row["table_guid"]).get(value["attribute"])
    if value["type"].startswith("functional") and definition is not None:
        scales = {p["name"]: p.get("scaleType") for p in definition.details.get("parameters", ())}
        return functional_svg(
            value, axis_name=definition.details.get("axisName"), scale_types=scales
        )
    if value["type"] == "tabular" and definition is not None:
        linked = LinkedTables(db, selection=UnitSelection(), drafts=drafts)
        exported = linked.export(value, definition, row["database_key"])
        return tabular_html(exported, _datasheet_url(row["database_key"]))
    return _format(value)


def _page(db: sqlite3.Connection, row: Any, *, root_url: str, drafts: bool) -> str:
    values = []
    for v in version_values(db, row["value_set"]):
        include = v["value"].find('"type":"picture"') >= 0
        values.append(
            export_value(db, v["name"], v["value"], root_url, row["database_key"], include)
        )
    rows = "".join(
        f"<tr><th>{escape(v['attribute'])}</th><td>{_shown(db, row, v, drafts)}</td></tr>"
        for v in values
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


def viewer_routes(
    *, db: sqlite3.Connection, root_url: str, authenticator: Authenticator
) -> list[BaseRoute]:
    """The datasheet routes over ``db``; callers authenticate through ``authenticator``.

    Args:
        db: The store's connection.
        root_url: The server's public root, for the URLs of binary data.
        authenticator: Checks the caller's credentials like on the API.

    Returns:
        The routes of ``/viewer/datasheet`` and its ``.aspx`` alias.
    """

    async def datasheet(request: Request) -> Response:
        outcome = await authenticator.authenticate(request)
        if outcome.retry_after is not None:
            problem = Problem(
                429, outcome.detail or "", headers={"Retry-After": str(outcome.retry_after)}
            )
            return problem_response(problem, "viewer")
        if outcome.principal is None:
            return problem_response(Problem(401, "Authentication required."), "viewer")
        drafts = outcome.principal.sees_drafts
        key = request.query_params.get("dbKey", "")
        history = request.query_params.get("recordHistoryGuid", "").lower()
        version = request.query_params.get("recordGuid", "").lower()
        if version:
            row = record_version(db, key, version, drafts)
        else:
            row = latest_record(db, key, history, drafts)
        if row is None:
            return HTMLResponse("<!doctype html><h1>No such record</h1>", status_code=404)
        return HTMLResponse(_page(db, row, root_url=root_url, drafts=drafts))

    return [
        Route("/viewer/datasheet", datasheet, methods=["GET"]),
        Route("/viewer/datasheet.aspx", datasheet, methods=["GET"]),
    ]
