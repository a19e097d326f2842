"""Paged record listings: searches (in a database or one table) and the children of tree nodes.

Every listing follows ``nextPage`` to the end with the server's largest page size, and turns
each record the server sends into a ``Record`` of its table, while the server is already
answering the next page (see ``_all_pages``). A ``nextPage``
that does not move forward (a loop), a page without records that promises more, or more than
``SessionConfiguration.max_pages`` pages end the listing with ``InvalidResponseError``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, cast

from generated import models
from generated.api.records import list_record_children, list_table_children
from generated.api.search import search_records
from generated.types import UNSET

from .._core.checks import require_str
from .._core.errors import InvalidResponseError
from .._core.gc_pause import gc_paused
from .._core.responses import checked
from .._model.database import Database
from .._model.record import Record
from .._model.table import Table
from .context import OperationContext
from .steps import Call, Overlap, Steps

if TYPE_CHECKING:  # annotations only: the models load at first use (generated.models)
    from generated.models.record_page import RecordPage

__all__ = [
    "PageSteps",
    "next_page",
    "record_children",
    "search",
    "search_steps",
    "table_children",
]


PageSteps = Callable[[int, int], "Steps[RecordPage]"]
"""Reads page ``number`` of ``size`` records of one listing."""


def search(
    context: OperationContext,
    database: Database,
    *,
    mode: str,
    query: str,
    table: Table | None = None,
    subset: str | None = None,
) -> list[Record]:
    """Records of ``database`` (or only of ``table``, or of its ``subset``) that a ``name`` or ``text`` search finds.

    Raises:
        TypeError: ``query`` is not a str.
        ValueError: ``query`` is empty or longer than 1000 characters.
    """
    return context.run(
        search_steps(context, database, mode=mode, query=query, table=table, subset=subset)
    )


def search_steps(
    context: OperationContext,
    database: Database,
    *,
    mode: str,
    query: str,
    table: Table | None = None,
    subset: str | None = None,
) -> Steps[list[Record]]:
    """``search`` as steps (the query is checked before the first step)."""
    require_str(query, "search text")
    if not query or len(query) > 1000:
        raise ValueError("search text must be 1 to 1000 characters")
    table_guid = table.guid if table is not None else UNSET

    def page(number: int, size: int) -> Steps[RecordPage]:
        response = yield Call(
            search_records,
            (database.db_key,),
            {
                "mode": models.SearchMode(mode),
                "query": query,
                "table_guid": table_guid,
                "subset": subset if subset is not None else UNSET,
                "page": number,
                "page_size": size,
            },
        )
        return checked(response, "search_records", expected=models.RecordPage)

    return _all_pages(context, page)


def table_children(
    context: OperationContext, table: Table, *, subset: str | None = None
) -> list[Record]:
    """Records and folders at the root of ``table`` (only members of ``subset``, if given)."""
    return context.run(_all_pages(context, _table_children_page(table, subset=subset)))


def _table_children_page(table: Table, *, subset: str | None = None) -> PageSteps:
    def page(number: int, size: int) -> Steps[RecordPage]:
        response = yield Call(
            list_table_children,
            (table.db_key, table.guid),
            {"page": number, "page_size": size, "subset": subset if subset else UNSET},
        )
        return checked(response, "list_table_children", expected=models.RecordPage)

    return page


def record_children(
    context: OperationContext, record: Record, *, subset: str | None = None
) -> list[Record]:
    """Child records and folders of ``record`` (only members of ``subset``, if given)."""
    return context.run(_all_pages(context, _record_children_page(record, subset=subset)))


def _record_children_page(record: Record, *, subset: str | None = None) -> PageSteps:
    guid = record.history_guid or ""

    def page(number: int, size: int) -> Steps[RecordPage]:
        response = yield Call(
            list_record_children,
            (record.db_key, guid),
            {"page": number, "page_size": size, "subset": subset if subset else UNSET},
        )
        return checked(response, "list_record_children", expected=models.RecordPage)

    return page


def _all_pages(context: OperationContext, page: PageSteps) -> Steps[list[Record]]:
    """Every record of a listing, in the server's order, one request per page.

    The next page's request is under way while the records of the page just read are built
    (``Overlap``): its number is known as soon as that page is parsed, and the server answers
    meanwhile. No page is asked for beyond the last one, nor after an error.
    """
    size = context.max_page_size
    records: list[Record] = []
    number = 1
    answer = yield from page(number, size)
    read = 1
    while True:
        following = next_page(answer, number, read=read, max_pages=context.max_pages)
        build = partial(_records_of, context, answer)
        if following is None:
            records += build()
            return records
        answer, built = yield Overlap(page(following, size), build)
        records += built
        number = following
        read += 1


def _records_of(context: OperationContext, answer: RecordPage) -> list[Record]:
    with gc_paused():  # thousands of objects per page, no cycles among them
        built = context.records_from_models(answer.records)  # each table found once a page
    return cast(list[Record], built)  # a page's records are models, none is None


def next_page(answer: RecordPage, number: int, *, read: int, max_pages: int) -> int | None:
    """The page to read after ``number``, or None; raise when the pages cannot end."""
    following = answer.next_page
    if following is None:
        return None
    if following <= number:
        raise InvalidResponseError(
            f"the server's page {number} names page {following} as the next one: the "
            "listing would never end, so it was stopped"
        )
    if not answer.records:
        raise InvalidResponseError(
            f"the server's page {number} holds no records but names a next page; stopped"
        )
    if read >= max_pages:
        raise InvalidResponseError(
            f"the listing has more than {max_pages} pages (SessionConfiguration.max_pages); "
            "stopped. Narrow the search, or raise max_pages"
        )
    return following
