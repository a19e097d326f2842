"""The SDK's own limits against a server that misbehaves.

The reference server sits behind a real loopback proxy (``tests/loopback_proxy.py``) whose rule
plays the misbehaving part: pages that never end, answers too large or compressed into bombs,
answers that drip one byte at a time.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterator
from urllib.parse import parse_qsl, urlencode, urlsplit

import pytest

from facade import InvalidResponseError, RequestTimeoutError, ResponseTooLargeError
from facade._core.configuration import DEFAULT_MAX_RESPONSE_BYTES
from tests.conftest import RunningServer
from tests.loopback_proxy import Exchange, LoopbackProxy, Reply, forward_unchanged, running

from ._support import sign_in

DB = "DEMO_MATERIALS"


@pytest.fixture
def proxy(reference_server: RunningServer) -> Iterator[LoopbackProxy]:
    server = LoopbackProxy(reference_server.url)
    with running(server):
        yield server


def _is_search(exchange: Exchange) -> bool:
    return exchange.method == "GET" and urlsplit(exchange.path).path.endswith("/search")


def _first_page_as(exchange: Exchange, next_page: int | None) -> Reply:
    """The reference server's first page, with ``nextPage`` replaced."""
    parts = urlsplit(exchange.path)
    query = dict(parse_qsl(parts.query))
    page = int(query.get("page", "1"))
    query["page"] = "1"
    exchange.path = f"{parts.path}?{urlencode(query)}"
    reply = Reply.of(exchange.forward())
    document = json.loads(reply.body)
    assert document["records"], "the search must find something"
    document.update(page=page, nextPage=next_page)
    reply.body = json.dumps(document).encode()
    return reply


def test_a_looping_next_page_is_detected(proxy: LoopbackProxy) -> None:
    def loop_back(exchange: Exchange) -> Reply:
        if not _is_search(exchange):
            return forward_unchanged(exchange)
        pages = len([e for e in proxy.seen if _is_search(e)])
        return _first_page_as(exchange, 1 if pages < 50 else None)  # old SDKs: 50 copies

    with sign_in(proxy.url, "reader", validate_contract=True) as reader:
        proxy.rule = loop_back
        with pytest.raises(InvalidResponseError, match="names page 1 as the next one"):
            reader.get_db(db_key=DB).search_for_records_by_text("a")
    assert len([e for e in proxy.seen if _is_search(e)]) == 1


def test_pages_are_capped(proxy: LoopbackProxy) -> None:
    def endless(exchange: Exchange) -> Reply:
        if not _is_search(exchange):
            return forward_unchanged(exchange)
        page = int(dict(parse_qsl(urlsplit(exchange.path).query)).get("page", "1"))
        return _first_page_as(exchange, page + 1 if page < 50 else None)

    with sign_in(proxy.url, "reader", validate_contract=True, max_pages=7) as reader:
        proxy.rule = endless
        with pytest.raises(InvalidResponseError, match=r"more than 7 pages .*max_pages"):
            reader.get_db(db_key=DB).search_for_records_by_text("a")
    assert len([e for e in proxy.seen if _is_search(e)]) == 7


def test_an_empty_page_that_promises_more_ends_the_listing(proxy: LoopbackProxy) -> None:
    def empty(exchange: Exchange) -> Reply:
        if not _is_search(exchange):
            return forward_unchanged(exchange)
        page = int(dict(parse_qsl(urlsplit(exchange.path).query)).get("page", "1"))
        reply = Reply.of(exchange.forward())
        document = json.loads(reply.body)
        document.update(records=[], nextPage=page + 1 if page < 50 else None)
        reply.body = json.dumps(document).encode()
        return reply

    with sign_in(proxy.url, "reader", validate_contract=True) as reader:
        proxy.rule = empty
        with pytest.raises(InvalidResponseError, match="holds no records"):
            reader.get_db(db_key=DB).search_for_records_by_text("a")


def _databases_request(exchange: Exchange) -> bool:
    return exchange.method == "GET" and exchange.path.startswith("/api/v1/databases")


def test_the_timeout_bounds_the_whole_answer_not_each_read(proxy: LoopbackProxy) -> None:
    def drip(exchange: Exchange) -> Reply:
        reply = forward_unchanged(exchange)
        if _databases_request(exchange):
            reply.drip = 0.1  # a byte every 0.1 s: each read is quick, the whole is not
        return reply

    with sign_in(proxy.url, "reader", validate_contract=True, timeout=2000) as reader:
        proxy.rule = drip
        with pytest.raises(RequestTimeoutError, match="2000 ms"):
            reader.dbs  # noqa: B018
    assert len(proxy.paths("GET")) >= 1


def _gzip_bomb(decoded_size: int) -> bytes:
    """A JSON document of ``decoded_size`` bytes (mostly spaces), gzip-compressed."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    parts = [packer.compress(b'{"databases": []')]
    block = b" " * (1 << 20)
    for _ in range(decoded_size >> 20):
        parts.append(packer.compress(block))
    parts.append(packer.compress(b"}") + packer.flush())
    return b"".join(parts)


@pytest.mark.parametrize(
    ("configured", "decoded_size"),
    [({"max_response_bytes": 1 << 20}, 64 << 20), ({}, DEFAULT_MAX_RESPONSE_BYTES + (8 << 20))],
    ids=["configured", "default"],
)
def test_a_decompression_bomb_is_stopped_at_the_cap(
    proxy: LoopbackProxy, configured: dict[str, int], decoded_size: int
) -> None:
    bomb = _gzip_bomb(decoded_size)
    assert len(bomb) < decoded_size // 500

    def explode(exchange: Exchange) -> Reply:
        if not _databases_request(exchange):
            return forward_unchanged(exchange)
        headers = {"Content-Type": "application/json", "Content-Encoding": "gzip"}
        return Reply(200, headers, bomb)

    with sign_in(proxy.url, "reader", validate_contract=True, **configured) as reader:
        proxy.rule = explode
        with pytest.raises(ResponseTooLargeError, match="max_response_bytes"):
            reader.dbs  # noqa: B018


def test_an_announced_oversized_answer_is_not_read(proxy: LoopbackProxy) -> None:
    def large(exchange: Exchange) -> Reply:
        if not _databases_request(exchange):
            return forward_unchanged(exchange)
        body = b'{"databases": [], "pad": "' + b"x" * (2 << 20) + b'"}'
        return Reply(200, {"Content-Type": "application/json"}, body)

    with sign_in(proxy.url, "reader", validate_contract=True, max_response_bytes=1 << 20) as reader:
        proxy.rule = large
        with pytest.raises(ResponseTooLargeError, match=r"announces \d+ bytes"):
            reader.dbs  # noqa: B018


def test_answers_under_the_cap_are_read_as_before(proxy: LoopbackProxy) -> None:
    with sign_in(
        proxy.url, "reader", validate_contract=True, max_response_bytes=64 << 10
    ) as reader:
        assert [db.db_key for db in reader.dbs]
