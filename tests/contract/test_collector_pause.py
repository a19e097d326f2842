"""The generated client builds a request body and parses an answer with the cyclic garbage
collector paused, and restores it afterwards.

The pause comes from the custom templates (``types.py.jinja`` and ``endpoint_module.py.jinja``);
the facade's own pause is the same one, so nested pauses share one count.
"""

from __future__ import annotations

import asyncio
import gc
import json
from typing import Any

import httpx
import pytest

from facade._core.gc_pause import gc_paused
from generated import Client
from generated.api.batch import resolve_records
from generated.models.record_reference import RecordReference
from generated.models.resolve_request import ResolveRequest
from generated.models.resolve_response import ResolveResponse
from generated.types import collector_paused

_RECORD = {
    "historyGuid": "00000000-0000-0000-0000-000000000001",
    "versionGuid": "00000000-0000-0000-0000-000000000002",
    "historyIdentity": 1,
    "versionNumber": 1,
    "name": "Ti-6Al-4V",
    "shortName": "Ti64",
    "type": "record",
    "color": "blue",
    "parentHistoryGuid": None,
    "tableGuid": "00000000-0000-0000-0000-000000000003",
    "tableName": "Metals",
    "databaseKey": "MI_Demo",
    "releaseState": "released",
    "createdAt": "2026-01-01T00:00:00+00:00",
    "createdBy": "admin",
    "lastModifiedAt": "2026-01-01T00:00:00+00:00",
    "lastModifiedBy": "admin",
}


def _answer(results: list[Any]) -> httpx.Response:
    return httpx.Response(200, content=json.dumps({"results": results}).encode())


def test_an_answer_is_parsed_with_the_collector_paused(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[bool] = []
    parse = ResolveResponse.from_dict.__func__  # type: ignore[attr-defined]

    def watching(cls: type[ResolveResponse], src: Any) -> ResolveResponse:
        seen.append(gc.isenabled())
        return parse(cls, src)  # type: ignore[no-any-return]

    monkeypatch.setattr(ResolveResponse, "from_dict", classmethod(watching))
    assert gc.isenabled()
    built = resolve_records._build_response(
        client=Client(base_url="http://localhost"), response=_answer([_RECORD, None])
    )
    assert seen == [False]
    assert gc.isenabled()
    assert isinstance(built.parsed, ResolveResponse)
    assert built.parsed.results[0] is not None and built.parsed.results[0].name == "Ti-6Al-4V"


def test_the_collector_restarts_after_a_parse_error() -> None:
    with pytest.raises(KeyError):  # an answer without its required "results"
        resolve_records._build_response(
            client=Client(base_url="http://localhost"), response=httpx.Response(200, json={})
        )
    assert gc.isenabled()


def test_the_facade_and_the_client_share_one_pause() -> None:
    assert gc_paused is collector_paused
    with gc_paused():
        resolve_records._build_response(
            client=Client(base_url="http://localhost"), response=_answer([_RECORD])
        )
        assert not gc.isenabled()  # the client's pause ended; the facade's still holds
    assert gc.isenabled()


def _client_answering(results: list[Any]) -> Client:
    def answer(request: httpx.Request) -> httpx.Response:
        return _answer(results)

    client = Client(base_url="http://localhost")
    client.set_httpx_client(
        httpx.Client(base_url="http://localhost", transport=httpx.MockTransport(answer))
    )
    client.set_async_httpx_client(
        httpx.AsyncClient(base_url="http://localhost", transport=httpx.MockTransport(answer))
    )
    return client


def _watch_request_body(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    seen: list[bool] = []
    to_dict = ResolveRequest.to_dict

    def watching(self: ResolveRequest) -> dict[str, Any]:
        seen.append(gc.isenabled())
        return to_dict(self)

    monkeypatch.setattr(ResolveRequest, "to_dict", watching)
    return seen


_BODY = ResolveRequest(
    references=[RecordReference(database_key="MI_Demo", version_guid=_RECORD["versionGuid"])]
)


def test_a_request_body_is_built_with_the_collector_paused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen = _watch_request_body(monkeypatch)
    answer = resolve_records.sync_detailed(client=_client_answering([_RECORD]), body=_BODY)
    assert seen == [False]
    assert gc.isenabled()
    assert isinstance(answer.parsed, ResolveResponse)


def test_the_async_client_pauses_the_same_way(monkeypatch: pytest.MonkeyPatch) -> None:
    seen = _watch_request_body(monkeypatch)
    answer = asyncio.run(
        resolve_records.asyncio_detailed(client=_client_answering([None]), body=_BODY)
    )
    assert seen == [False]
    assert gc.isenabled()
    assert isinstance(answer.parsed, ResolveResponse) and answer.parsed.results == [None]
