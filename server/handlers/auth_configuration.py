"""Handler of ``GET /api/v1/auth/configuration``: the enabled schemes and the identity provider."""

from __future__ import annotations

from starlette.responses import JSONResponse, Response

from ..auth import auth_configuration
from ._call import Call, Handler

__all__ = ["HANDLERS"]


async def get_auth_configuration(call: Call) -> Response:
    return JSONResponse(auth_configuration(call.config))


HANDLERS: dict[str, Handler] = {"get_auth_configuration": get_auth_configuration}
