"""Request bodies are read as a stream with a cap, after the permission check.

The app is driven through ASGI with a counting ``receive``, so each test sees how many bytes
the server pulled: an oversized chunked body must be refused after at most the cap plus one
chunk, and a reader's upload before any byte.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from starlette.applications import Starlette

from server._app import build_app
from server._config import ServerConfig
from server._db import open_database
from server._demo import load_demo
from server._request_parsing import MAX_JSON_DEPTH, _nesting_depth

from ._asgi import basic, call

JSON_LIMIT = 64 * 1024
UPLOAD_LIMIT = 128 * 1024
CHUNK = 16 * 1024
JSON = (b"content-type", b"application/json")
UPLOAD = "/api/v1/databases/DEMO_MATERIALS/binary-data"


@pytest.fixture(scope="module")
def app() -> Iterator[Starlette]:
    db = open_database(":memory:")
    config = ServerConfig(
        demo=True, records=10, max_json_body=JSON_LIMIT, max_upload_body=UPLOAD_LIMIT
    )
    built = build_app(config, db, validate_responses=False)
    load_demo(db, 10, 42)
    yield built
    db.close()


def _chunks(total: int) -> Iterator[bytes]:
    for _ in range(total // CHUNK):
        yield b" " * CHUNK


def test_an_oversized_chunked_json_body_is_refused_without_reading_it_all(app: Starlette) -> None:
    answer = call(
        app,
        "POST",
        "/api/v1/records/resolve",
        headers=[basic("reader"), JSON],
        chunks=_chunks(JSON_LIMIT * 16),
    )
    assert answer.status == 413
    assert str(JSON_LIMIT) in json.loads(answer.body)["detail"]
    assert answer.bytes_pulled <= JSON_LIMIT + CHUNK


def test_an_oversized_chunked_upload_is_refused_without_reading_it_all(app: Starlette) -> None:
    answer = call(
        app,
        "POST",
        UPLOAD,
        headers=[basic("writer"), (b"content-type", b"application/octet-stream")],
        chunks=_chunks(UPLOAD_LIMIT * 16),
        query=b"fileName=big.bin",
    )
    assert answer.status == 413
    assert answer.bytes_pulled <= UPLOAD_LIMIT + CHUNK


def test_a_declared_length_over_the_cap_is_refused_before_any_byte(app: Starlette) -> None:
    answer = call(
        app,
        "POST",
        UPLOAD,
        headers=[
            basic("writer"),
            (b"content-type", b"application/octet-stream"),
            (b"content-length", str(UPLOAD_LIMIT + 1).encode()),
        ],
        chunks=_chunks(UPLOAD_LIMIT * 2),
    )
    assert answer.status == 413
    assert answer.bytes_pulled == 0


def test_a_readers_upload_is_refused_before_its_body_is_read(app: Starlette) -> None:
    answer = call(
        app,
        "POST",
        UPLOAD,
        headers=[basic("reader"), (b"content-type", b"application/octet-stream")],
        chunks=_chunks(UPLOAD_LIMIT // 2),
    )
    assert answer.status == 403
    assert json.loads(answer.body)["detail"] == 'The account "reader" may not write.'
    assert answer.bytes_pulled == 0


def test_a_body_within_the_cap_is_accepted(app: Starlette) -> None:
    answer = call(
        app,
        "POST",
        UPLOAD,
        headers=[basic("writer"), (b"content-type", b"application/octet-stream")],
        chunks=_chunks(UPLOAD_LIMIT // 2),
        query=b"fileName=small.bin",
    )
    assert answer.status == 201, answer.body
    assert json.loads(answer.body)["size"] == UPLOAD_LIMIT // 2


@pytest.mark.parametrize("depth", [MAX_JSON_DEPTH + 1, 5000, 30_000])
def test_deeply_nested_json_is_a_400_naming_the_limit(app: Starlette, depth: int) -> None:
    document = b'{"references": ' + b"[" * depth + b"]" * depth + b"}"
    answer = call(
        app,
        "POST",
        "/api/v1/records/resolve",
        headers=[basic("reader"), JSON],
        chunks=[document[i : i + CHUNK] for i in range(0, len(document), CHUNK)],
    )
    assert answer.status == 400, answer.body
    assert f"deeper than {MAX_JSON_DEPTH} levels" in json.loads(answer.body)["detail"]


def test_json_nested_up_to_the_limit_reaches_schema_validation(app: Starlette) -> None:
    depth = MAX_JSON_DEPTH - 1
    document = b'{"references": ' + b"[" * depth + b"]" * depth + b"}"
    answer = call(
        app, "POST", "/api/v1/records/resolve", headers=[basic("reader"), JSON], chunks=[document]
    )
    assert answer.status == 422, answer.body


def test_a_zero_byte_upload_is_a_zero_byte_file(app: Starlette) -> None:
    """The contract's octet-stream body is any string of bytes, the empty one included."""
    answer = call(
        app,
        "POST",
        UPLOAD,
        headers=[basic("writer"), (b"content-type", b"application/octet-stream")],
        chunks=[],
        query=b"fileName=empty.txt",
    )
    assert answer.status == 201, answer.body
    assert json.loads(answer.body)["size"] == 0


def test_an_upload_without_any_body_is_a_400(app: Starlette) -> None:
    answer = call(app, "POST", UPLOAD, headers=[basic("writer")], query=b"fileName=none.txt")
    assert answer.status == 400, answer.body
    assert json.loads(answer.body)["detail"] == "A request body is required."


@pytest.mark.parametrize(
    ("document", "depth"),
    [
        (7, 0),
        ("text", 0),
        ([], 1),
        ({}, 1),
        ({"records": [{"databaseKey": "DB", "versionGuid": "g"}] * 3}, 3),
        ([1, [2, [3, {"a": [4]}]], {"b": {}}], 5),
        ({"a": 1, "b": [[[]]], "c": {"d": {"e": {"f": {}}}}}, 5),
    ],
)
def test_nesting_depth_counts_arrays_and_objects(document: object, depth: int) -> None:
    assert _nesting_depth(document) == depth
