"""Contains some shared types for properties"""

import functools
import gc
import json
import threading
from collections.abc import Callable, Iterator, Mapping, MutableMapping
from contextlib import contextmanager
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


_collector_lock = threading.Lock()
_collector_pauses = 0
_collector_was_enabled = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for the block (nested and threaded uses are counted).

    The models parsed from one answer form a tree, so the collector has no cycles to find
    among them; left running, it walks them (and, as they survive, every live object) again
    and again while thousands are built. Reference counting frees everything as usual.
    """
    global _collector_pauses, _collector_was_enabled
    with _collector_lock:
        if _collector_pauses == 0:
            _collector_was_enabled = gc.isenabled()
            gc.disable()
        _collector_pauses += 1
    try:
        yield
    finally:
        with _collector_lock:
            _collector_pauses -= 1
            if _collector_pauses == 0 and _collector_was_enabled:
                gc.enable()


_encode_json = json.JSONEncoder(
    ensure_ascii=False, separators=(",", ":"), allow_nan=False
).encode


def encode_json_body(kwargs: dict[str, Any]) -> dict[str, Any]:
    """The request ``kwargs`` with a ``json`` body turned into the bytes httpx would send.

    The bytes (and so the Content-Length) are what ``httpx.Client.request(json=...)`` makes:
    compact UTF-8 JSON without NaN. Called while the collector is paused, so the body's dicts
    are built and freed within the pause instead of counting towards a collection after it.
    """
    body = kwargs.pop("json", None)
    if body is not None:
        kwargs["content"] = _encode_json(body).encode("utf-8")
    return kwargs


_json_loads = json.loads


@functools.cache
def _fast_decoder() -> tuple[Callable[[bytes], Any], type[Exception]]:
    """msgspec's JSON decoder and its error type; msgspec loads with the first answer."""
    import msgspec

    return msgspec.json.Decoder().decode, msgspec.DecodeError


def decode_json(content: bytes) -> Any:
    """An answer's JSON body as Python values: what ``httpx.Response.json()`` returns, faster.

    msgspec reads UTF-8 JSON into the same values as the standard library (objects as dicts,
    the last of repeated keys winning, integers as ints of any size, numbers with a fraction
    or exponent as the nearest float) in about half the CPU time. What msgspec refuses and
    ``json`` reads (NaN and Infinity, numbers beyond the floats' range, a byte-order mark or
    UTF-16/32, lone surrogates in escapes, deep nesting) is read by ``json.loads``, which also
    raises the usual ``json.JSONDecodeError`` for a body that is not JSON at all.
    """
    fast_decode, fast_decode_error = _fast_decoder()
    try:
        return fast_decode(content)
    except (fast_decode_error, RecursionError):
        return _json_loads(content)


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "collector_paused",
    "decode_json",
    "encode_json_body",
]
