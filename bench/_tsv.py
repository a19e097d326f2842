"""P3: ``records_from_string`` on a 100,000-row record list against stdlib csv, and at 1,000,000.

Only parsing and validation are measured: the session's network is an ``httpx.MockTransport``
that answers each resolve batch with "not found" (null) for every reference.
"""

from __future__ import annotations

import csv
import functools
import io
import random
import time
import uuid

import httpx

from ._clients import facade_session, replace_network
from ._report import Figure, Report, paired_medians
from ._server import BenchServer

__all__ = ["run_tsv"]

SMALL = 100_000
LARGE = 1_000_000
HEADER = "RecordHistoryGuid\tRecordGuid\tTable\tDatabaseKey\tRecordFullName\n"


def record_list(rows: int, seed: int = 7) -> str:
    """A record list as a viewer copies it: two GUIDs, table, database key, full name."""
    rng = random.Random(seed)

    def guid() -> str:
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))

    lines = [
        f"{guid()}\t{guid()}\tMetals\tDEMO_MATERIALS\tAluminium 6061-T6 lot {n}\n"
        for n in range(rows)
    ]
    return HEADER + "".join(lines)


@functools.cache
def _null_results(count: int) -> bytes:
    return b'{"results":[' + b",".join([b"null"] * count) + b"]}"


def _resolve_stub(request: httpx.Request) -> httpx.Response:
    """Answers a resolve batch with null for each reference (counted without parsing)."""
    if request.url.path != "/api/v1/records/resolve":
        raise AssertionError(f"unexpected request {request.method} {request.url.path}")
    count = request.content.count(b'"databaseKey"')
    return httpx.Response(
        200, headers={"Content-Type": "application/json"}, content=_null_results(count)
    )


def _stdlib(text: str) -> None:
    list(csv.reader(io.StringIO(text), delimiter="\t"))


def run_tsv(report: Report) -> None:
    large = record_list(LARGE)
    small = large[: _offset_of_line(large, SMALL + 1)]
    with BenchServer("--records", "10") as server, facade_session(server.url) as session:
        # The databases load once, before the network is replaced (for the not-found reasons).
        if not session.dbs:
            raise RuntimeError("the bench server has no databases")
        replace_network(session, httpx.MockTransport(_resolve_stub))
        if len(session.records_from_string(small)) != SMALL:
            raise RuntimeError("records_from_string lost rows")
        times = paired_medians(
            {"facade": lambda: session.records_from_string(small), "csv": lambda: _stdlib(small)},
            repeats=3,
        )
        start = time.perf_counter()
        session.records_from_string(large)
        large_time = time.perf_counter() - start
    ratio = times["facade"] / times["csv"]
    report.add(
        Figure(
            f"P3 records_from_string {SMALL:,} rows facade/stdlib csv",
            ratio,
            "x",
            target="<= 2x",
            ok=ratio <= 2.0,
            details={"facade s": times["facade"], "stdlib csv s": times["csv"]},
        )
    )
    scale = large_time / times["facade"]
    report.add(
        Figure(
            f"P3 records_from_string {LARGE:,} rows / {SMALL:,} rows time",
            scale,
            "x",
            target="<= 11x",
            ok=scale <= 11.0,
            details={f"{LARGE:,} rows s": large_time},
        )
    )


def _offset_of_line(text: str, lines: int) -> int:
    """Character offset just after the first ``lines`` lines of ``text``."""
    offset = 0
    for _ in range(lines):
        offset = text.index("\n", offset) + 1
    return offset
