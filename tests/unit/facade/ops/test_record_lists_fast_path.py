"""The column-at-once path of parse_record_list reads exactly what the line-by-line path reads,
and hands every irregular list (blank or short lines, spaces, huge cells) to it."""

from __future__ import annotations

import csv
import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st

from facade._ops import record_lists
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


_LINE_BREAKS = ["\n", "\r\n", "\r", "\x0b", "\x0c", "\x1c", "\x85", "\u2028"]


@given(
    st.lists(
        st.tuples(st.text(alphabet="ab\t ", max_size=6), st.sampled_from(_LINE_BREAKS)),
        max_size=30,
    ),
    st.integers(min_value=1, max_value=12),
)
def test_pieces_hold_exactly_the_lines_of_the_whole_text(
    parts: list[tuple[str, str]], piece_chars: int
) -> None:
    text = "".join(cell + brk for cell, brk in parts) + "tail"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(record_lists, "_PIECE_CHARS", piece_chars)
        pieces = list(record_lists._line_pieces(text))
    assert [line for piece in pieces for line in piece.lines] == text.splitlines()
    assert all(text[p.start : p.stop].splitlines() == p.lines for p in pieces)


@pytest.mark.parametrize("strict", [True, False])
@pytest.mark.parametrize(
    "text",
    [
        REGULAR,
        REGULAR.replace("\n", "\r\n"),
        REGULAR.replace("\n", "\r"),  # old Mac line ends: one "\n"-piece, many lines
        "\n" * 40 + REGULAR,  # the header after the first piece
        REGULAR.replace("Metals", "Alloys", 7),
        REGULAR.replace("DEMO_MATERIALS", "OTHER_DB", 9),
    ],
)
def test_many_pieces_read_the_same_rows_as_one(
    text: str, strict: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = _line_by_line(text.lstrip("\n"), strict).rows
    first_line = len(text) - len(text.lstrip("\n"))
    monkeypatch.setattr(record_lists, "_PIECE_CHARS", 300)  # a few lines per piece
    rows = parse_record_list(text, strict).rows
    assert [r._replace(line=r.line - first_line) for r in rows] == expected


def test_the_other_guid_column_may_be_empty_in_some_pieces_only(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = REGULAR
    for n in range(10):
        text = text.replace(str(uuid.UUID(int=2 * n + 1)), "")  # no RecordHistoryGuid
    expected = _line_by_line(text, True).rows
    monkeypatch.setattr(record_lists, "_PIECE_CHARS", 300)
    assert parse_record_list(text, True).rows == expected
    assert expected[0].history_guid is None and expected[-1].history_guid is not None


def test_an_error_in_a_later_piece_names_its_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(record_lists, "_PIECE_CHARS", 200)
    text = REGULAR.replace(_line(40), _line(40).replace("-", "x", 1))
    with pytest.raises(ValueError, match=r"line 42, column 1 \(RecordHistoryGuid\): not a GUID"):
        parse_record_list(text)


def test_repeated_table_and_key_cells_share_one_string(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(record_lists, "_PIECE_CHARS", 300)
    text = REGULAR.replace("Metals", "Alloys", 7)
    parsed = parse_record_list(text)
    assert len({id(t) for t in parsed.tables}) == 2  # "Alloys" and "Metals", once each
    assert len({id(k) for k in parsed.db_keys}) == 1
    assert parsed.tables[:8] == ["Alloys"] * 7 + ["Metals"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (REGULAR.replace("Steel 40", "Ste\x00el 40"), "line 42: NUL character"),
        (REGULAR.replace("Steel 1\n", "Steel 1\x00\n"), "line 3: NUL character"),
        ("\x00" + REGULAR, "line 1: NUL character"),
        # a short line before it sends the list to the line-by-line path, which still says NUL
        (
            REGULAR.replace("\tSteel 2\n", "\n").replace("Steel 40", "Ste\x00el 40"),
            "line 42: NUL character",
        ),
    ],
)
def test_a_nul_character_in_any_piece_names_its_line(
    text: str, message: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(record_lists, "_PIECE_CHARS", 300)  # a few lines per piece
    with pytest.raises(ValueError, match=message):
        parse_record_list(text)
