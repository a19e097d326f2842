"""records_from_string parsing: the record-list format, its tolerances and its errors."""

from __future__ import annotations

import re
import uuid

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facade._ops.record_lists import COLUMNS, parse_record_list

HEADER = "\t".join(COLUMNS)
H1, V1 = "11111111-1111-4111-8111-111111111111", "22222222-2222-4222-8222-222222222222"
H2, V2 = "33333333-3333-4333-8333-333333333333", "44444444-4444-4444-8444-444444444444"


def line(h: str, v: str, table: str = "Metals", key: str = "DEMO", name: str = "Al") -> str:
    return f"{h}\t{v}\t{table}\t{key}\t{name}"


def test_reads_every_column_of_each_line() -> None:
    rows = parse_record_list("\n".join([HEADER, line(H1, V1), line(H2, V2, name="Steel")])).rows
    assert [
        (r.line, r.history_guid, r.version_guid, r.table, r.db_key, r.full_name) for r in rows
    ] == [
        (2, H1, V1, "Metals", "DEMO", "Al"),
        (3, H2, V2, "Metals", "DEMO", "Steel"),
    ]


def test_columns_in_any_order_with_extra_columns_and_star_prefixes() -> None:
    text = f"Extra\t*DatabaseKey\tRecordFullName\t*RecordGuid\tRecordHistoryGuid\tTable\nx\tDB\tN\t{V1}\t{H1}\tT\n"
    (row,) = parse_record_list(text).rows
    assert (row.db_key, row.version_guid, row.history_guid, row.table, row.full_name) == (
        "DB",
        V1,
        H1,
        "T",
        "N",
    )


def test_bom_crlf_and_blank_lines_are_tolerated() -> None:
    text = (
        "\ufeff\r\n"
        + HEADER
        + "\r\n\r\n"
        + line(H1, V1)
        + "\r\n\t\t\t\t\r\n"
        + line(H2, V2)
        + "\r\n"
    )
    rows = parse_record_list(text).rows
    assert [(r.line, r.history_guid) for r in rows] == [(4, H1), (6, H2)]


def test_bytes_are_decoded_as_utf8() -> None:
    rows = parse_record_list((HEADER + "\n" + line(H1, V1, name="Äl")).encode()).rows
    assert rows[0].full_name == "Äl"


def test_header_only_gives_no_rows() -> None:
    assert len(parse_record_list(HEADER + "\n")) == 0


def test_non_strict_needs_only_the_history_guid() -> None:
    rows = parse_record_list(
        f"RecordHistoryGuid\tDatabaseKey\n{H1}\tDB\n", use_strict_version=False
    ).rows
    assert (rows[0].history_guid, rows[0].version_guid) == (H1, None)


MALFORMED = [
    ("", r"line 1: the record list is empty"),
    ("\n\n  \n", r"line 1: the record list is empty"),
    ("RecordHistoryGuid\tTable\n", r"line 1: missing header\(s\) DatabaseKey, RecordGuid"),
    ("Foo\tBar\nx\ty\n", r"line 1: missing header"),
    (
        HEADER + "\tRecordGuid\n",
        r"line 1, column 6: duplicate header 'RecordGuid' \(first in column 2\)",
    ),
    (HEADER + "\n" + f"{H1}\t{V1}\tMetals\n", r"line 2: expected 5 tab-separated columns, found 3"),
    (HEADER + "\n" + line(H1, V1) + "\tx\n", r"line 2: expected 5 tab-separated columns, found 6"),
    (
        HEADER + "\n" + line(H1, "not-a-guid"),
        r"line 2, column 2 \(RecordGuid\): not a GUID: 'not-a-guid'",
    ),
    (
        HEADER + "\n" + line(H1, V1) + "\n" + line(H1, ""),
        r"line 3, column 2 \(RecordGuid\): missing GUID",
    ),
    (HEADER + "\n" + line("zz", V1), r"line 2, column 1 \(RecordHistoryGuid\): not a GUID"),
    (
        HEADER + "\n" + line(H1, V1, key="bad key!"),
        r"line 2, column 4 \(DatabaseKey\): not a database key",
    ),
    (HEADER + "\n" + line(H1, V1, key=""), r"line 2, column 4 \(DatabaseKey\)"),
    (HEADER + "\n" + line(H1, V1, name="x" * 200_000), r"line 2: field larger than field limit"),
    (HEADER + "\n" + line(H1, V1, name="a\x00b"), r"line 2: NUL character"),
    (
        HEADER.encode() + b"\n" + line(H1, V1).encode() + b"\xff\xfe\n",
        r"not UTF-8 text: line 2, byte 89",
    ),
]


@pytest.mark.parametrize(("text", "message"), MALFORMED)
def test_malformed_record_lists_name_line_and_column(text: str | bytes, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_record_list(text)


def test_non_text_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="text must be a str"):
        parse_record_list(42)  # type: ignore[arg-type]


def test_large_list_uses_fast_path_and_matches_line_by_line_parse() -> None:
    guids = [(str(uuid.uuid4()), str(uuid.uuid4())) for _ in range(2000)]
    text = HEADER + "\n" + "\n".join(line(h, v, name=f"R{i}") for i, (h, v) in enumerate(guids))
    fast = parse_record_list(text)
    slow = parse_record_list(text + "\n\n")  # a trailing blank line: same rows
    assert fast.rows == slow.rows
    assert [r.version_guid for r in fast.rows] == [v for _, v in guids]
    assert fast.rows[-1].line == 2001


# --- properties --------------------------------------------------------------------------------

guid = st.uuids().map(str)
cell = st.text(
    alphabet=st.characters(
        blacklist_categories=("Cc", "Cs", "Zl", "Zp"),
        blacklist_characters="\t\r\n\x0b\x0c\x1c\x1d\x1e\x85",
    ),
    max_size=20,
)
row = st.tuples(guid, guid, cell, st.from_regex(r"[A-Za-z0-9_.-]{1,16}", fullmatch=True), cell)


@settings(max_examples=60, deadline=None)
@given(st.lists(row, max_size=30), st.permutations(range(5)))
def test_round_trip_of_any_valid_list(rows: list[tuple[str, ...]], order: list[int]) -> None:
    header = [COLUMNS[i] for i in order]
    lines = ["\t".join(header)] + ["\t".join(r[i] for i in order) for r in rows]
    parsed = parse_record_list("\n".join(lines)).rows
    assert [(p.history_guid, p.version_guid, p.db_key) for p in parsed] == [
        (r[0], r[1], r[3]) for r in rows
    ]
    assert [p.table for p in parsed] == [r[2] or None for r in rows]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_text_parses_or_raises_a_located_value_error(text: str) -> None:
    try:
        parse_record_list(HEADER + "\n" + text)
    except ValueError as error:
        assert re.match(r"line \d+", str(error)), str(error)
