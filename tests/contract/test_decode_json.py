"""``generated.types.decode_json``: every answer's JSON body, read as ``response.json()`` reads it.

The generated endpoints read JSON answers with msgspec and fall back to the standard library
for what orjson refuses. These tests hold the result to ``json.loads`` on the same bytes:
for any JSON value (hypothesis), for the inputs only the standard library accepts, and for
bodies that are not JSON at all, which must raise ``json.JSONDecodeError`` as before.
"""

from __future__ import annotations

import json
import math
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generated import Client
from generated.api.batch import resolve_records
from generated.models.record import Record
from generated.models.record_reference import RecordReference
from generated.models.resolve_request import ResolveRequest
from generated.models.resolve_response import ResolveResponse
from generated.types import decode_json

from .test_generated_fast_paths import RECORD

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=8), children, max_size=5)
    ),
    max_leaves=30,
)


def _same(left: Any, right: Any) -> bool:
    """Equal, and of the same types all the way down (1 == 1.0 == True would hide a change)."""
    if type(left) is not type(right):
        return False
    if isinstance(left, dict):
        return list(left) == list(right) and all(_same(left[k], right[k]) for k in left)
    if isinstance(left, list):
        return len(left) == len(right) and all(map(_same, left, right))
    if isinstance(left, float):
        if math.isnan(left):
            return math.isnan(right)
        return left == right and math.copysign(1, left) == math.copysign(1, right)
    return bool(left == right)


@settings(max_examples=300)
@given(value=json_values, ensure_ascii=st.booleans())
def test_any_json_value_reads_as_json_loads_reads_it(value: Any, ensure_ascii: bool) -> None:
    body = json.dumps(value, ensure_ascii=ensure_ascii).encode("utf-8")

    assert _same(decode_json(body), json.loads(body))


@settings(max_examples=300)
@given(number=st.floats(allow_nan=False, allow_infinity=False), style=st.sampled_from("gen"))
def test_a_number_reads_as_the_nearest_float_whatever_its_spelling(
    number: float, style: str
) -> None:
    body = f'{{"value":{number:{style}}}}'.encode()

    assert _same(decode_json(body), json.loads(body))


@pytest.mark.parametrize(
    "body",
    [
        b'{"big":123456789012345678901234567890}',  # beyond 64 bits
        b'{"low":-18446744073709551617}',
        b'{"value":NaN,"other":-Infinity}',
        b'\xef\xbb\xbf{"bom":true}',  # UTF-8 byte-order mark
        '{"utf16":"Ø"}'.encode("utf-16"),
        '{"utf32":[1,2]}'.encode("utf-32-le"),
        b'{"lone":"\\ud800 surrogate"}',
        b"[" * 300 + b"]" * 300,
        b'{"repeated":1,"repeated":2}',
        b'{"zero":-0,"float_zero":-0.0,"exp":1E400}',
    ],
)
def test_what_orjson_refuses_or_reads_differently_is_read_by_json(body: bytes) -> None:
    assert _same(decode_json(body), json.loads(body))


@pytest.mark.parametrize(
    "body",
    [b"", b"{", b'{"a":1,}', b"nul", b"[1] [2]", b"\xff\xfe\x00", b"[" * 100_000 + b"]" * 100_000],
)
def test_a_body_json_refuses_is_refused_alike(body: bytes) -> None:
    with pytest.raises(Exception) as expected:
        json.loads(body)

    with pytest.raises(type(expected.value)) as raised:
        decode_json(body)

    if isinstance(expected.value, json.JSONDecodeError):
        assert isinstance(raised.value, json.JSONDecodeError)
        assert (raised.value.msg, raised.value.pos) == (expected.value.msg, expected.value.pos)


def test_an_endpoint_reads_its_answer_with_decode_json() -> None:
    # an answer only the standard library reads: orjson refuses the 80-bit integer
    record = {**RECORD, "serial": 2**80, "limit": math.inf}
    body = json.dumps({"results": [record, None]}).encode()

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers={"Content-Type": "application/json"})

    client = Client(base_url="http://service.test").set_httpx_client(
        httpx.Client(base_url="http://service.test", transport=httpx.MockTransport(handler))
    )
    references = [RecordReference(database_key="DEMO_MATERIALS", version_guid="v")] * 2
    response = resolve_records.sync_detailed(
        client=client, body=ResolveRequest(references=references, strict_version=True)
    )

    assert isinstance(response.parsed, ResolveResponse)
    found, missing = response.parsed.results
    assert isinstance(found, Record) and missing is None
    assert found.name == RECORD["name"]
    assert found["serial"] == 2**80 and found["limit"] == math.inf
    assert found.additional_properties == {"serial": 2**80, "limit": math.inf}
