"""Handlers of the binary tag: upload and download file and picture content."""

from __future__ import annotations

from urllib.parse import quote

from starlette.responses import Response

from .._problems import Problem, json_response
from ..store import binary_visible, store_binary
from ._call import Call, Handler
from ._common import database_key, sees_drafts

__all__ = ["HANDLERS", "content_disposition"]


def content_disposition(file_name: str | None) -> str:
    """``attachment`` with an ASCII fallback name and the exact name as RFC 5987 ``filename*``."""
    if not file_name:
        return "attachment"
    fallback = "".join(c if 32 <= ord(c) < 127 and c not in '"\\' else "_" for c in file_name)
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(file_name, safe='')}"


async def upload_binary_data(call: Call) -> Response:
    key = database_key(call)
    data: bytes = call.body
    file_name = call.query.get("fileName")
    mime_type = call.query.get("mimeType") or call.request.headers.get("content-type")
    if mime_type in ("", None):
        mime_type = "application/octet-stream"
    binary_id = store_binary(call.db, key, data, file_name, mime_type)
    url = f"{call.config.root_url}/api/v1/databases/{key}/binary-data/{binary_id}"
    body = {
        "binaryId": binary_id,
        "url": url,
        "size": len(data),
        "mimeType": mime_type,
        "fileName": file_name,
    }
    return json_response(body, status=201)


async def download_binary_data(call: Call) -> Response:
    key = database_key(call)
    binary_id = str(call.path["binaryId"])
    row = call.db.execute(
        "SELECT file_name, mime_type, data FROM sl_binaries WHERE id = ? AND database_key = ?",
        (binary_id, key),
    ).fetchone()
    if row is None or not binary_visible(
        call.db, key, binary_id=binary_id, drafts=sees_drafts(call)
    ):
        raise Problem(404, f"No binary data {binary_id} in database {key!r}.")
    return Response(
        bytes(row["data"]),
        media_type="application/octet-stream",
        headers={
            "Content-Disposition": content_disposition(row["file_name"]),
            "X-Content-Type": row["mime_type"] or "application/octet-stream",
        },
    )


HANDLERS: dict[str, Handler] = {
    "upload_binary_data": upload_binary_data,
    "download_binary_data": download_binary_data,
}
