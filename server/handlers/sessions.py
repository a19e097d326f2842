"""Handlers of the server-session operations: create, get, refresh and revoke.

A caller may only read, refresh or revoke its own sessions (403 otherwise); an unknown,
expired or revoked session id is 404.
"""

from __future__ import annotations

from starlette.responses import JSONResponse, Response

from ..auth import SESSION_HEADER, ServerSession, SessionStore
from ._call import Call, Handler

__all__ = ["HANDLERS"]


def _problem(call: Call, status: int, title: str, detail: str) -> Response:
    body = {
        "type": "about:blank",
        "title": title,
        "status": status,
        "detail": detail,
        "requestId": call.request_id,
    }
    return JSONResponse(body, status_code=status, media_type="application/problem+json")


def _store(call: Call) -> SessionStore:
    config = call.config
    return SessionStore(
        call.db, config.session_ttl, max_lifetime_seconds=config.session_max_lifetime
    )


def _own_session(call: Call, store: SessionStore) -> ServerSession | Response:
    """The caller's active session named in the path, or the 404/403 answer."""
    session_id = str(call.path["sessionId"])
    session = store.active(session_id)
    if session is None:
        return _problem(call, 404, "Not Found", "No active server session with this id.")
    if call.principal is None or call.principal.username != session.username:
        return _problem(call, 403, "Forbidden", "A caller may only use its own server sessions.")
    return session


async def create_session(call: Call) -> Response:
    """A new server session for the authenticated caller."""
    assert call.principal is not None  # the spec requires authentication
    scheme = call.principal.scheme
    store = _store(call)
    parent_id = None
    if scheme == "session":  # a session made from a session: the original scheme, a parent
        parent_id = call.request.headers.get(SESSION_HEADER, "")
        current = store.active(parent_id)
        scheme = current.scheme if current is not None else scheme
    session = store.create(call.principal.username, scheme, parent_id=parent_id)
    return JSONResponse(session.as_json())


async def get_session(call: Call) -> Response:
    found = _own_session(call, _store(call))
    if isinstance(found, Response):
        return found
    return JSONResponse(found.as_json())


async def refresh_session(call: Call) -> Response:
    store = _store(call)
    found = _own_session(call, store)
    if isinstance(found, Response):
        return found
    refreshed = store.refresh(found.id)
    if refreshed is None:
        return _problem(call, 404, "Not Found", "No active server session with this id.")
    return JSONResponse(refreshed.as_json())


async def revoke_session(call: Call) -> Response:
    store = _store(call)
    found = _own_session(call, store)
    if isinstance(found, Response):
        return found
    store.revoke(found.id)
    return Response(status_code=204)


HANDLERS: dict[str, Handler] = {
    "create_session": create_session,
    "get_session": get_session,
    "refresh_session": refresh_session,
    "revoke_session": revoke_session,
}
