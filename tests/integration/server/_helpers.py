"""Plain httpx clients of the reference server, one per demo account."""

from __future__ import annotations

from typing import Any

import httpx

PASSWORDS = {"admin": "admin-password", "writer": "writer-password", "reader": "reader-password"}
API = "/api/v1"


def client(url: str, user: str | None = None) -> httpx.Client:
    """A client of the server at ``url``, signed in with Basic as ``user`` (anonymous if None)."""
    auth = httpx.BasicAuth(user, PASSWORDS[user]) if user else None
    return httpx.Client(base_url=url, auth=auth, timeout=30.0)


def table_guid(http: httpx.Client, database: str, name: str) -> str:
    tables = http.get(f"{API}/databases/{database}/tables").json()["tables"]
    return str(next(t["guid"] for t in tables if t["name"] == name))


def all_records(http: httpx.Client, database: str, table: str) -> list[dict[str, Any]]:
    """Every record below the folders at the root of a table (the demo tree is two levels)."""
    guid = table_guid(http, database, table)
    root = http.get(f"{API}/databases/{database}/tables/{guid}/children", params={"pageSize": 1000})
    records: list[dict[str, Any]] = []
    for folder in root.json()["records"]:
        page: int | None = 1
        while page is not None:
            answer = http.get(
                f"{API}/databases/{database}/record-histories/{folder['historyGuid']}/children",
                params={"page": page, "pageSize": 1000},
            ).json()
            records += answer["records"]
            page = answer["nextPage"]
    return records
