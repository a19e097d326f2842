"""API versions the reference server can serve: 1.0 (the default) and the additive 1.1.

``--api-version 1.1`` serves ``openapi/servicelayer-1.1.yaml``: the 1.0 handlers run
unchanged and a response transformer adds what 1.1 has on top of 1.0 (so 1.0 clients see
exactly what a real newer server would send them):

- ``Record.revisionNote``: the revision notes stored with the version (null when none);
- ``Database.description``;
- release state ``archived``: a superseded version with two or more later releases;
- hyperlink display ``download``: hyperlinks to a file (a URL path with a file extension);
- link group type ``tabular``: a cross-database link group out of a table without version
  control;
- the operation ``get_database_statistics`` (``GET /api/v1/databases/{databaseKey}/statistics``).

Hook for the app (``ServiceLayerApp.__init__``)::

    spec, self.handlers = versioned_contract(config, all_handlers())
    self.operations = compile_operations(spec)
    # and ResponseValidator(api_spec_path(config)) when validating responses
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from starlette.responses import Response

from ._config import ServerConfig
from ._problems import json_response
from ._spec import contract_file
from .handlers._call import Call, Handler
from .handlers._common import database_key, sees_drafts

__all__ = [
    "SUPPORTED_API_VERSIONS",
    "api_spec_path",
    "full_api_version",
    "versioned_contract",
]

SUPPORTED_API_VERSIONS: dict[str, Path] = {
    "1.0": contract_file("servicelayer.yaml"),
    "1.1": contract_file("servicelayer-1.1.yaml"),
}
_FILE_SUFFIXES = (".pdf", ".csv", ".zip", ".xlsx", ".txt", ".json", ".xml", ".png", ".jpg")


def _minor(api_version: str) -> str:
    return ".".join(api_version.split(".")[:2])


def full_api_version(api_version: str) -> str:
    """``1.1`` → ``1.1.0`` (what ``GET /api/v1/status`` reports)."""
    return api_version if api_version.count(".") >= 2 else f"{api_version}.0"


def api_spec_path(config: ServerConfig) -> Path:
    """The contract file of the configured API version."""
    try:
        return SUPPORTED_API_VERSIONS[_minor(config.api_version)]
    except KeyError:
        known = ", ".join(SUPPORTED_API_VERSIONS)
        raise ValueError(
            f"unsupported --api-version {config.api_version!r}; known: {known}"
        ) from None


@cache
def _load(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as handle:
        spec: dict[str, Any] = yaml.safe_load(handle)
    return spec


def versioned_contract(
    config: ServerConfig, handlers: dict[str, Handler]
) -> tuple[dict[str, Any], dict[str, Handler]]:
    """The spec to route by and the handlers to call, for the configured API version."""
    spec = _load(api_spec_path(config))
    if _minor(config.api_version) == "1.0":
        return spec, handlers
    upgraded: dict[str, Handler] = {name: _upgrading(h) for name, h in handlers.items()}
    upgraded["get_database_statistics"] = get_database_statistics
    return spec, upgraded


# --- 1.1: the new operation ------------------------------------------------------------------


async def get_database_statistics(call: Call) -> Response:
    """Counts of the histories and of the visible versions per release state of a database."""
    key = database_key(call)
    db = call.db
    tables = db.execute("SELECT COUNT(*) FROM sl_tables WHERE database_key = ?", (key,))
    latest = "latest_guid" if sees_drafts(call) else "public_guid"
    records = db.execute(
        f"SELECT COUNT(*) FROM sl_histories WHERE database_key = ? AND {latest} IS NOT NULL",
        (key,),
    )
    states: dict[str, int] = {}
    rows = db.execute(
        "SELECT v.release_state, COUNT(*) FROM sl_versions v "
        "JOIN sl_histories h ON h.guid = v.history_guid "
        "WHERE h.database_key = ? GROUP BY v.release_state ORDER BY v.release_state",
        (key,),
    )
    for state, count in rows:
        if sees_drafts(call) or state != "unreleased":
            states[str(state)] = int(count)
    return json_response(
        {
            "databaseKey": key,
            "tableCount": int(tables.fetchone()[0]),
            "recordCount": int(records.fetchone()[0]),
            "releaseStates": states,
        }
    )


# --- 1.1: what responses gain --------------------------------------------------------------


def _upgrading(handler: Handler) -> Handler:
    """Wrap a 1.0 handler so its JSON answer carries the 1.1 additions."""

    async def upgraded(call: Call) -> Response:
        response = await handler(call)
        if response.status_code != 200 or response.media_type != "application/json":
            return response
        body = json.loads(bytes(response.body))
        _Upgrade(call.db).apply(body)
        new = json_response(body, response.status_code)
        for name, value in response.headers.items():
            if name.lower() not in {"content-length", "content-type"}:
                new.headers[name] = value
        return new

    upgraded.__name__ = getattr(handler, "__name__", "handler")
    return upgraded


def _objects(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _objects(value)
    elif isinstance(node, list):
        for item in node:
            yield from _objects(item)


class _Upgrade:
    """Adds the 1.1 fields and enum values to a 1.0 response body, in place."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def apply(self, body: Any) -> None:
        for obj in _objects(body):
            if {"historyGuid", "versionGuid", "historyIdentity"} <= obj.keys():
                obj["revisionNote"] = self._notes(str(obj["versionGuid"]))
            if (
                obj.get("releaseState") == "superseded"
                and "versionGuid" in obj
                and self._later_releases(str(obj["versionGuid"])) >= 2
            ):
                obj["releaseState"] = "archived"
            if {"key", "guid", "versionGuid", "name"} <= obj.keys():
                obj["description"] = (
                    f"{obj['name']}: materials data served by the reference server."
                )
            if obj.get("type") == "hyperlink" and _is_file_url(obj.get("url")):
                obj["display"] = "download"
            if (
                obj.get("type") == "crossDatabase"
                and "sourceTableGuid" in obj
                and not self._version_controlled(str(obj["sourceTableGuid"]))
            ):
                obj["type"] = "tabular"

    def _notes(self, version_guid: str) -> str | None:
        row = self.db.execute("SELECT notes FROM sl_versions WHERE guid = ?", (version_guid,))
        found = row.fetchone()
        return None if found is None or found[0] is None else str(found[0])

    def _later_releases(self, version_guid: str) -> int:
        row = self.db.execute(
            "SELECT COUNT(*) FROM sl_versions later JOIN sl_versions this "
            "ON later.history_guid = this.history_guid "
            "WHERE this.guid = ? AND later.version_number > this.version_number "
            "AND later.release_state IN ('released', 'superseded')",
            (version_guid,),
        ).fetchone()
        return int(row[0])

    def _version_controlled(self, table_guid: str) -> bool:
        row = self.db.execute(
            "SELECT version_controlled FROM sl_tables WHERE guid = ?", (table_guid,)
        ).fetchone()
        return bool(row[0]) if row else True


def _is_file_url(url: Any) -> bool:
    return isinstance(url, str) and url.split("?", 1)[0].lower().endswith(_FILE_SUFFIXES)
