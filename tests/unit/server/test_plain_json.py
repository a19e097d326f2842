"""The orjson-encoded answers are byte for byte the json-encoded ones, or fall back to them."""

from __future__ import annotations

from typing import Any

import pytest

from server._problems import json_response, plain_json_response

BODIES: list[Any] = [
    {"results": []},
    {
        "results": [
            {
                "status": "ok",
                "historyGuid": "bdd640fb-0667-4ad1-9c80-000000000005",
                "versionGuid": "23b8c1e9-3924-46de-beb1-000000000005",
                "versionNumber": 1,
                "releaseState": "released",
            },
            {"status": "notFound"},
            {"status": "ok", "versionNumber": None, "releaseState": "unversioned"},
        ]
    },
    {"text": 'Ünïcödé "quoted" \\ back\nslash \t\u2028 \U0001f600 \x00 \x7f', "flag": True},
    {"nested": [[1, -2, [3, [4, {"deep": [False, None]}]]], {}, []], "big": 2**63 - 1},
    ["top", "level", "list", -(2**63)],
]


@pytest.mark.parametrize("body", BODIES)
def test_same_bytes_as_json_response(body: Any) -> None:
    fast, plain = plain_json_response(body), json_response(body)
    assert fast.body == plain.body
    assert fast.status_code == plain.status_code == 200
    assert fast.headers["content-type"] == plain.headers["content-type"]


@pytest.mark.parametrize(
    "body",
    [{"huge": 2**64}, {1: "an integer key"}, {"nested": [{"huge": -(2**70)}]}],
)
def test_what_orjson_refuses_goes_the_json_response_way(body: Any) -> None:
    assert plain_json_response(body, 207).body == json_response(body, 207).body
    assert plain_json_response(body, 207).status_code == 207
