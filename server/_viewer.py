"""The record viewer: ``GET /viewer/datasheet?dbKey=&recordHistoryGuid=`` as an HTML datasheet.

Every attribute of the table in layout order, with its type code and unit (values in the unit
system named by ``unitSystem``, absolute temperatures with ``absoluteTemperatures=true``),
parameters of multi-valued points, meta-attributes under their parent, empty attributes
marked, pictures inline (data URIs), the record's properties, its lifecycle history (create,
modify, release, supersede, withdraw with time, user and notes) and links to linked records'
datasheets. The caller authenticates like
on the API (a browser gets the Basic challenge).
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
from ._viewer_meta import meta_rows
from ._viewer_plots import functional_svg, tabular_html
from .auth import Authenticator
from .store import (
    DATABASE_UNIT_SYSTEM,
    TYPE_CODES,
    UNIT_SYSTEMS,
    UnitSelection,
    attribute_defs,
    events_by_history,
    export_value,
    latest_record,
    links_of,
    record_version,
    shown_in,
    version_values,
)
from .store._functional import shown_functional
from .store._tabular_export import LinkedTables

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


def _shown(
    db: sqlite3.Connection,
    row: Any,
    value: dict[str, Any],
    *,
    drafts: bool,
    selection: UnitSelection,
) -> str:
    """The datasheet cell of one exported value (plots and tables for structured values)."""
    definition = attribute_defs(db, row["table_guid"]).get(value["attribute"])
    if value["type"].startswith("functional") and definition is not None:
        scales = {p["name"]: p.get("scaleType") for p in definition.details.get("parameters", ())}
        return functional_svg(
            shown_functional(value, selection),
            axis_name=definition.details.get("axisName"),
            scale_types=scales,
        )
    if value["type"] == "tabular" and definition is not None:
        linked = LinkedTables(db, selection=selection, drafts=drafts)
        exported = linked.export(value, definition, row["database_key"])
        return tabular_html(exported, _datasheet_url(row["database_key"]))
    return _format(value)


def _definition_cell(definition: Any, selection: UnitSelection) -> str:
    code = TYPE_CODES.get(definition.type, definition.type)
    unit = selection.unit(definition.unit)
    parameters = ", ".join(
        escape(p["name"])
        + (f" [{escape(selection.unit(p.get('unit')) or '')}]" if p.get("unit") else "")
        for p in definition.details.get("parameters", ())
    )
    columns = ", ".join(escape(c["name"]) for c in definition.details.get("columns", ()))
    extra = f"; parameters: {parameters}" if parameters else ""
    extra += f"; columns: {columns}" if columns else ""
    return f"{code}{f' · {escape(unit)}' if unit else ''}{extra}"


def _history(db: sqlite3.Connection, row: Any, drafts: bool) -> str:
    events = events_by_history(db, [row["history_guid"]], drafts).get(row["history_guid"], [])
    lines = "".join(
        "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>".format(
            escape(e["kind"]),
            "" if e["versionNumber"] is None else f"v{e['versionNumber']}",
            escape(e["at"]),
            escape(e["user"]),
            escape(e["notes"] or ""),
        )
        for e in events
    )
    return (
        "<h2>History</h2><table class='history'><tr><th>Event</th><th>Version</th>"
        f"<th>At</th><th>By</th><th>Notes</th></tr>{lines}</table>"
    )


def _page(
    db: sqlite3.Connection, row: Any, *, root_url: str, drafts: bool, selection: UnitSelection
) -> str:
    values = {}
    for v in version_values(db, row["value_set"]):
        include = v["value"].find('"type":"picture"') >= 0
        exported = export_value(db, v["name"], v["value"], root_url, row["database_key"], include)
        values[v["name"]] = shown_in(exported, selection)
    metas = meta_rows(
        db,
        row,
        root_url=root_url,
        selection=selection,
        definition_cell=_definition_cell,
        value_cell=_format,
    )
    rows = "".join(
        f"<tr id='{escape(d.name, quote=True)}'><th>{escape(d.name)}</th><td class='kind'>{_definition_cell(d, selection)}</td>"
        + (
            f"<td>{_shown(db, row, values[d.name], drafts=drafts, selection=selection)}</td>"
            if d.name in values
            else "<td class='empty'>(empty)</td>"
        )
        + "</tr>"
        + metas.get(d.name, "")
        for d in attribute_defs(db, row["table_guid"]).values()
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
    absolute = " (absolute temperatures)" if selection.absolute_temperatures else ""
    properties = (
        f"<p class='properties'>Created {escape(row['created_at'])} by {escape(row['created_by'])}"
        f" · last modified {escape(row['modified_at'])} by {escape(row['modified_by'])}"
        + (f" · released {escape(row['released_at'])}" if row["released_at"] else "")
        + "</p>"
    )
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{title}</title></head><body>"
        f"<h1>{title}</h1><p>{escape(row['table_name'])} · {escape(row['database_key'])} · "
        f"{'v' + str(version) if version is not None else 'unversioned'} · "
        f"{escape(row['release_state'])}</p>{properties}"
        f"<p class='units'>Units: {escape(selection.system)}{absolute}</p>"
        f"<table><tr><th>Attribute</th><th>Type · unit</th><th>Value</th></tr>{rows}</table>"
        f"{links}{_history(db, row, drafts)}</body></html>"
    )


def _selection(request: Request) -> UnitSelection | None:
    system = request.query_params.get("unitSystem", DATABASE_UNIT_SYSTEM)
    if system not in UNIT_SYSTEMS:
        return None
    absolute = request.query_params.get("absoluteTemperatures", "").lower() in ("true", "1")
    return UnitSelection(system, absolute)


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
        selection = _selection(request)
        if selection is None:
            systems = escape(", ".join(UNIT_SYSTEMS))
            return HTMLResponse(
                f"<!doctype html><h1>No such unit system</h1><p>Available: {systems}</p>",
                status_code=404,
            )
        return HTMLResponse(_page(db, row, root_url=root_url, drafts=drafts, selection=selection))

    return [
        Route("/viewer/datasheet", datasheet, methods=["GET"]),
        Route("/viewer/datasheet.aspx", datasheet, methods=["GET"]),
    ]
