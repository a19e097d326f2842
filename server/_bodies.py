"""Request bodies read as a stream with a cap, so an oversized body is refused early.

A declared ``Content-Length`` above the cap is refused before any byte is read; a chunked
body (or one that lies about its length) is refused as soon as the bytes read pass the cap.
Memory per request stays at the cap plus one chunk.
"""

from __future__ import annotations

from starlette.requests import Request

__all__ = ["BodyTooLarge", "read_capped_body"]


class BodyTooLarge(Exception):
    """The request body is over ``limit`` bytes."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"The body is over the limit of {limit} bytes.")
        self.limit = limit


async def read_capped_body(request: Request, limit: int) -> bytes:
    """The whole body of ``request``, read chunk by chunk.

    Args:
        request: The incoming request; its body stream is consumed.
        limit: The largest body accepted, in bytes.

    Returns:
        The body.

    Raises:
        BodyTooLarge: When the declared length or the bytes received pass ``limit``.
    """
    declared = request.headers.get("content-length")
    if declared is not None and declared.strip().isdigit() and int(declared) > limit:
        raise BodyTooLarge(limit)
    received = bytearray()
    async for chunk in request.stream():
        received += chunk
        if len(received) > limit:
            raise BodyTooLarge(limit)
    return bytes(received)
