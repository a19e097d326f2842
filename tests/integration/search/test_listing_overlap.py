"""Paged listings keep the next page's request under way while the page before is built.

The reference server sits behind a loopback proxy that notes each page requested (and fails
one when a test asks). Building a page's records waits, inside the SDK, until the proxy has
received the request of the page after it: a listing that read its pages one after another
would never get there, so the wait failing ends the test with an error instead of hanging.
No test measures time.
"""

from __future__ import annotations

import asyncio
import math
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx
import pytest

import facade
from facade import InvalidResponseError, NotFoundError, Record, SessionConfiguration, Table
from facade._ops import listings
from tests.conftest import RunningServer
from tests.loopback_proxy import Exchange, LoopbackProxy, Reply, forward_unchanged, running

from .conftest import MAX_PAGE

DB = "DEMO_MATERIALS"
MISSING_TABLE = "00000000-0000-4000-8000-000000000000"
LISTINGS = ("/records", "/search", "/children")
"""How the paths of paged listings end (flat listing, search, children)."""
WAIT = 30.0
"""Seconds a page's build waits for the next page's request before the test fails."""


class PagesSeen:
    """The listing pages the proxy received; the one that ``failing`` names gets a 404.

    The page that ``holding`` names is answered only once ``release`` is set.
    """

    def __init__(self, proxy: LoopbackProxy) -> None:
        self.requested: list[int] = []
        self.failing: int | None = None
        self.holding: int | None = None
        self.release = threading.Event()
        self._arrived: dict[int, threading.Event] = {}
        self._lock = threading.Lock()
        proxy.rule = self.rule

    def _event(self, page: int) -> threading.Event:
        with self._lock:
            return self._arrived.setdefault(page, threading.Event())

    def rule(self, exchange: Exchange) -> Reply:
        path, query = urlsplit(exchange.path)[2:4]
        if exchange.method != "GET" or not path.endswith(LISTINGS):
            return forward_unchanged(exchange)
        page = int(dict(parse_qsl(query)).get("page", "1"))
        with self._lock:
            self.requested.append(page)
        self._event(page).set()
        if page == self.failing:  # the server's own 404: the same page of a table it lacks
            table = path.split("/tables/", 1)[1].split("/", 1)[0]
            exchange.path = exchange.path.replace(table, MISSING_TABLE, 1)
        if page == self.holding:
            self.release.wait(WAIT)
        return forward_unchanged(exchange)

    def wait_for(self, page: int) -> bool:
        return self._event(page).wait(WAIT)


@pytest.fixture
def proxy(search_server: RunningServer) -> Iterator[LoopbackProxy]:
    server = LoopbackProxy(search_server.url)
    with running(server):
        yield server


def _server_order(url: str, table_guid: str) -> list[str]:
    """The history GUIDs of the flat listing, paged by hand with a bare httpx client."""
    found: list[str] = []
    page: int | None = 1
    with httpx.Client(base_url=url, headers={"X-API-Key": "demo-reader-api-key"}) as client:
        while page is not None:
            body = client.get(
                f"/api/v1/databases/{DB}/tables/{table_guid}/records",
                params={"page": page, "pageSize": MAX_PAGE},
            ).json()
            found += [record["historyGuid"] for record in body["records"]]
            page = body["nextPage"]
    return found


Build = Callable[[Any, Any], list[Record]]


def _build_after_next_request(pages: PagesSeen, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Make each page's build wait for the next page's request; the pages built, in order."""
    built: list[int] = []
    build: Build = listings._records_of

    def after_next_request(context: Any, answer: Any) -> list[Record]:
        if answer.next_page is not None and not pages.wait_for(answer.next_page):
            raise AssertionError(
                f"page {answer.next_page} was not requested while page {answer.page} was built"
            )
        built.append(answer.page)
        return build(context, answer)

    monkeypatch.setattr(listings, "_records_of", after_next_request)
    return built


def _reader(url: str, **configuration: Any) -> facade.Session:
    return facade.SessionBuilder(url, SessionConfiguration(**configuration)).with_credentials(
        "reader", "reader-password"
    )


@contextmanager
def _metals(proxy: LoopbackProxy, **configuration: Any) -> Iterator[tuple[PagesSeen, Table]]:
    """The pages the proxy sees, and the Metals table of a reader's session through it."""
    pages = PagesSeen(proxy)
    with _reader(proxy.url, **configuration) as reader:
        yield pages, reader.get_db(db_key=DB).get_table("Metals")


@asynccontextmanager
async def _async_metals(proxy: LoopbackProxy) -> AsyncIterator[facade.AsyncTable]:
    """The Metals table of a reader's AsyncSession through the proxy."""
    builder = facade.AsyncSessionBuilder(proxy.url)
    async with await builder.with_credentials("reader", "reader-password") as session:
        yield (await session.get_db(db_key=DB)).get_table("Metals")


def test_the_next_page_is_requested_while_the_page_before_is_built(
    proxy: LoopbackProxy, search_server: RunningServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    with _metals(proxy) as (pages, table):
        expected = _server_order(search_server.url, table.guid)
        built = _build_after_next_request(pages, monkeypatch)
        records = table.all_records(include_folders=True)
    count = math.ceil(len(expected) / MAX_PAGE)
    assert count > 3
    assert pages.requested == list(range(1, count + 1))  # one request per page, none after
    assert built == pages.requested
    assert [r.history_guid for r in records] == expected  # the server's order


def test_a_text_search_requests_its_next_page_while_the_page_before_is_built(
    proxy: LoopbackProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    with _metals(proxy) as (pages, table):
        everything = {r.history_guid for r in table.all_records(include_folders=True)}
        pages.requested.clear()
        built = _build_after_next_request(pages, monkeypatch)
        found = table.search_for_records_by_text("a")
    assert len(pages.requested) > 2
    assert pages.requested == list(range(1, len(pages.requested) + 1))
    assert built == pages.requested
    assert len(found) > 2 * MAX_PAGE and {r.history_guid for r in found} <= everything


def test_an_error_in_a_page_requested_ahead_is_raised_and_ends_the_listing(
    proxy: LoopbackProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    with _metals(proxy) as (pages, table):
        built = _build_after_next_request(pages, monkeypatch)
        pages.failing = 3
        threads = threading.active_count()
        with pytest.raises(NotFoundError, match="404"):
            table.all_records()
        assert threading.active_count() == threads  # nothing left running
        assert pages.requested == [1, 2, 3]
        assert built == [1, 2]  # page 2 was built while page 3 was under way
        pages.failing = None  # the session goes on as before
        assert len(table.all_records(include_folders=True)) > 3 * MAX_PAGE


def _break_the_build_of_page_2(monkeypatch: pytest.MonkeyPatch) -> None:
    build: Build = listings._records_of

    def broken_second_page(context: Any, answer: Any) -> list[Record]:
        if answer.page == 2:
            raise RuntimeError("cannot build page 2")
        return build(context, answer)

    monkeypatch.setattr(listings, "_records_of", broken_second_page)


def test_an_error_while_building_a_page_is_raised_after_the_next_request_ends(
    proxy: LoopbackProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    _break_the_build_of_page_2(monkeypatch)
    with _metals(proxy) as (pages, table):
        pages.failing = 3  # the request under way fails too: the earlier page's error wins
        threads = threading.active_count()
        with pytest.raises(RuntimeError, match="cannot build page 2"):
            table.all_records()
        assert threading.active_count() == threads
        assert pages.requested == [1, 2, 3]


def test_an_async_listing_raises_the_earlier_pages_error_too(
    proxy: LoopbackProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    _break_the_build_of_page_2(monkeypatch)
    pages = PagesSeen(proxy)
    pages.failing = 3

    async def scenario() -> None:
        async with _async_metals(proxy) as table:
            with pytest.raises(RuntimeError, match="cannot build page 2"):
                await table.all_records()

    asyncio.run(scenario())
    assert pages.requested == [1, 2, 3]


def test_max_pages_stops_before_requesting_a_page_beyond_it(proxy: LoopbackProxy) -> None:
    with (
        _metals(proxy, max_pages=2) as (pages, table),
        pytest.raises(InvalidResponseError, match=r"more than 2 pages .*max_pages"),
    ):
        table.all_records()
    assert pages.requested == [1, 2]


def test_async_listings_request_the_next_page_while_the_page_before_is_built(
    proxy: LoopbackProxy, search_server: RunningServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    pages = PagesSeen(proxy)
    with _reader(search_server.url) as reader:
        expected = _server_order(
            search_server.url, reader.get_db(db_key=DB).get_table("Metals").guid
        )
    built = _build_after_next_request(pages, monkeypatch)

    async def scenario() -> list[Record]:
        async with _async_metals(proxy) as table:
            listed = await table.all_records(include_folders=True)
            pages.failing = 2
            with pytest.raises(NotFoundError, match="404"):
                await table.all_records()
            return listed

    records = asyncio.run(scenario())
    count = math.ceil(len(expected) / MAX_PAGE)
    assert pages.requested == [*range(1, count + 1), 1, 2]
    assert built == [*range(1, count + 1), 1]
    assert [r.history_guid for r in records] == expected


def test_a_cancelled_async_listing_leaves_no_request_behind(proxy: LoopbackProxy) -> None:
    pages = PagesSeen(proxy)
    pages.holding = 2

    async def scenario() -> list[Record]:
        async with _async_metals(proxy) as table:
            listing = asyncio.ensure_future(table.all_records())
            assert await asyncio.to_thread(pages.wait_for, 2)  # page 2 is under way
            listing.cancel()
            with pytest.raises(asyncio.CancelledError):
                await listing
            assert pages.requested == [1, 2]  # the listing ended: it asks for nothing more
            pages.holding = None
            pages.release.set()
            return await table.all_records(include_folders=True)

    records = asyncio.run(scenario())
    count = math.ceil(len(records) / MAX_PAGE)
    assert pages.requested == [1, 2, *range(1, count + 1)]
