"""Handler of ``GET /api/v1/status``: API version, viewer URL and limits."""

from __future__ import annotations

from starlette.responses import Response

from .._problems import json_response
from ._call import Call, Handler

__all__ = ["HANDLERS", "SERVER_VERSION"]

SERVER_VERSION = "1.0.0"


async def get_status(call: Call) -> Response:
    config = call.config
    version = (
        config.api_version if config.api_version.count(".") >= 2 else f"{config.api_version}.0"
    )
    return json_response(
        {
            "apiVersion": version,
            "serverVersion": SERVER_VERSION,
            "viewerBaseUrl": config.viewer_base_url,
            "limits": {"maxBatchSize": config.max_batch, "maxPageSize": config.max_page_size},
        }
    )


HANDLERS: dict[str, Handler] = {"get_status": get_status}
