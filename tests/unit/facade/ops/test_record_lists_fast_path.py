"""The column-at-once path of parse_record_list reads exactly what the line-by-line path reads,
and hands every irregular list (blank or short lines, spaces, huge cells) to it."""

from __future__ import annotations

import csv
import uuid

import pytest

from facade._ops.record_lists import (
    RecordList,
    _Columns,
    _Dialect,
    _header_positions,
    _parse_each,
    parse_record_list,
)

HEADER = "RecordHistoryGuid\tRecordGuid\tTable\tDatabaseKey\tRecordFullName"


def _line(n: int, name: str | None = None) -> str:
    h, v = uuid.UUID(int=2 * n + 1), uuid.UUID(int=2 * n + 2)
    return f"{h}\t{v}\tMetals\tDEMO_MATERIALS\t{name if name is not None else f'Steel {n}'}"


def _line_by_line(text: str, strict: bool) -> RecordList:
    lines = text.splitlines()
    rows = list(csv.reader(lines, _Dialect))
    header = rows[0]
    columns = _Columns(
        _header_positions(header, 1, use_strict_version=strict),
        len(header),
        use_strict_version=strict,
    )
    return _parse_each(rows[1:], 2, c=columns)


REGULAR = "\n".join([HEADER, *(_line(n) for n in range(50))]) + "\n"


@pytest.mark.parametrize("strict", [True, False])
@pytest.mark.parametrize(
    "text",
    [
        REGULAR,
        REGULAR.replace("\n", "\r\n"),
        REGULAR.replace("\tSteel 7\n", "\t\n"),  # empty name
        REGULAR.replace("Metals", "", 1),  # one empty table
        REGULAR + "\n\n",
        REGULAR.replace(_line(3) + "\n", _line(3) + "\n\n"),  # blank line inside
        REGULAR.replace(_line(4), _line(4) + "\t"),  # trailing empty cell
        REGULAR.replace(_line(5), " " + _line(5)),  # leading space
    ],
)
def test_same_rows_as_line_by_line(text: str, strict: bool) -> None:
    assert parse_record_list(text, strict).rows == _line_by_line(text, strict).rows


def test_a_short_line_is_reported_by_line() -> None:
    text = REGULAR.replace(_line(9), _line(9).rsplit("\t", 1)[0])
    with pytest.raises(ValueError, match="line 11: expected 5 tab-separated columns, found 4"):
        parse_record_list(text)


def test_a_cell_over_the_csv_field_limit_is_still_refused() -> None:
    text = "\n".join([HEADER, _line(0, "x" * (csv.field_size_limit() + 1))])
    with pytest.raises(ValueError, match="line 2: field larger than field limit"):
        parse_record_list(text)
