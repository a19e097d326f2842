"""GuidColumn, CellColumn and SharedColumn read exactly like the lists of cells they replace."""

from __future__ import annotations

import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st

from facade._ops import record_lists
from facade._ops.piece_columns import (
    CellColumn,
    GuidColumn,
    PieceColumn,
    SharedColumn,
    TextPieces,
)
from facade._ops.record_lists import RecordList, parse_record_list


def _guids(start: int, count: int) -> list[str]:
    return [str(uuid.UUID(int=start + n)) for n in range(count)]


def _column(pieces: list[list[str] | int]) -> tuple[GuidColumn, list[str | None]]:
    """A column from pieces (a list of GUIDs, or a count of empty cells) and the plain list."""
    column, plain = GuidColumn(), []
    for piece in pieces:
        if isinstance(piece, int):
            column.add(None, piece)
            plain.extend([None] * piece)
        else:
            column.add("|".join(piece), len(piece))
            plain.extend(piece)
    return column, plain


_PIECES = st.lists(
    st.one_of(
        st.integers(min_value=0, max_value=4),
        st.builds(_guids, st.integers(0, 1000), st.integers(1, 5)),
    ),
    max_size=6,
)


@given(_PIECES, st.integers(-30, 30), st.integers(-30, 30), st.sampled_from([None, 1, 2, -1, 3]))
def test_slices_read_like_the_list(
    pieces: list[list[str] | int], start: int, stop: int, step: int | None
) -> None:
    column, plain = _column(pieces)
    assert column[start:stop:step] == plain[start:stop:step]


@given(_PIECES)
def test_indexes_length_and_iteration_read_like_the_list(pieces: list[list[str] | int]) -> None:
    column, plain = _column(pieces)
    assert len(column) == len(plain)
    assert list(column) == plain
    assert [column[i] for i in range(-len(plain), len(plain))] == plain + plain
    with pytest.raises(IndexError):
        column[len(plain)]
    with pytest.raises(IndexError):
        column[-len(plain) - 1]


def test_a_piece_of_the_wrong_length_is_refused() -> None:
    with pytest.raises(ValueError, match="a piece of 2 GUIDs must be 73 long"):
        GuidColumn().add("|".join(_guids(0, 3)), 2)


def _parsed_in_pieces(names: list[str], monkeypatch: pytest.MonkeyPatch) -> RecordList:
    """A record list of one row per name (GUIDs 0... and 100...), parsed in pieces of a few rows."""
    monkeypatch.setattr(record_lists, "_PIECE_CHARS", 500)
    header = "RecordHistoryGuid\tRecordGuid\tTable\tDatabaseKey\tRecordFullName\n"
    guids = zip(_guids(0, len(names)), _guids(100, len(names)), strict=True)
    lines = [f"{h}\t{v}\tMetals\tDB\t{name}\n" for name, (h, v) in zip(names, guids, strict=True)]
    return parse_record_list(header + "".join(lines))


def test_a_parsed_list_keeps_its_guids_as_a_few_strings(monkeypatch: pytest.MonkeyPatch) -> None:
    parsed = _parsed_in_pieces([f"Steel {n}" for n in range(40)], monkeypatch)
    assert isinstance(parsed.version_guids, GuidColumn)
    assert list(parsed.version_guids) == _guids(100, 40)
    assert list(parsed.history_guids) == _guids(0, 40)
    assert parsed.rows[7].version_guid == str(uuid.UUID(int=107))
    assert "pieces" in repr(parsed.version_guids)


_TEXT_PIECES = st.lists(
    st.lists(st.text(alphabet="ab |\u00e9\n", max_size=4), max_size=5), max_size=6
)
_CELL = st.text(alphabet="ab |\u00e9", max_size=4)
_ROW_PIECES = st.lists(st.lists(st.tuples(_CELL, _CELL, _CELL), max_size=5), max_size=6)


def _cell_columns(
    pieces: list[list[tuple[str, str, str]]], *, line_break: str, skip: int
) -> tuple[list[CellColumn], list[list[str | None]]]:
    """Each column of a text made of ``pieces`` (three cells a row; ``skip`` lines before the
    first piece's rows), and the plain lists of the cells."""
    head = "".join(f"line {n}{line_break}" for n in range(skip))
    bodies = ["".join("\t".join(row) + line_break for row in piece) for piece in pieces]
    source = TextPieces(head + "".join(bodies), width=3)
    columns = [CellColumn(source, index=index) for index in range(3)]
    plain: list[list[str | None]] = [[], [], []]
    start, stop = 0, len(head)  # the first piece starts with the lines it skips
    for number, (piece, body) in enumerate(zip(pieces, bodies, strict=True)):
        stop += len(body)
        at = source.add(start, stop, skip=skip if number == 0 else 0)
        start = stop
        for index, column in enumerate(columns):
            column.add(at, len(piece))
            plain[index].extend(row[index] or None for row in piece)
    return columns, plain


def _shared_column(
    pieces: list[list[str]], *, empty_as_none: bool
) -> tuple[SharedColumn[str | None], list[str | None]]:
    column, plain = SharedColumn[str | None](empty_as_none=empty_as_none), []
    for piece in pieces:
        column.add(piece, set(piece))
        plain.extend((cell or None) if empty_as_none else cell for cell in piece)
    return column, plain


def _reads_like(column: PieceColumn[str | None], plain: list[str | None]) -> None:
    assert len(column) == len(plain)
    assert list(column) == plain
    assert [column[i] for i in range(-len(plain), len(plain))] == plain + plain
    for start in range(-len(plain) - 1, len(plain) + 2):
        for stop in (None, start + 1, start + 3, -1):
            assert column[start:stop] == plain[start:stop]
    assert column[::2] == plain[::2]
    with pytest.raises(IndexError):
        column[len(plain)]


@given(_ROW_PIECES, st.sampled_from(["\n", "\r\n", "\r"]), st.integers(0, 2))
def test_a_cell_column_reads_like_the_list_with_empty_cells_as_none(
    pieces: list[list[tuple[str, str, str]]], line_break: str, skip: int
) -> None:
    columns, plain = _cell_columns(pieces, line_break=line_break, skip=skip)
    for column, cells in zip(columns, plain, strict=True):
        _reads_like(column, cells)
        _reads_like(column, cells)  # again, from the pieces copied out by the first reads


def test_a_cell_column_copies_nothing_until_read() -> None:
    columns, plain = _cell_columns(
        [[("a", "b", "c")], [("d", "", "f"), ("g", "h", "i")]], line_break="\n", skip=1
    )
    name = columns[1]
    assert name._pieces == [0, 1]  # where the pieces are, no cells
    assert name[2] == "h"
    assert name._pieces[0] == 0  # only the piece read was copied out
    assert name._pieces[1] == [None, "h"]
    assert list(name) == plain[1] == ["b", None, "h"]


@given(_TEXT_PIECES, st.booleans())
def test_a_shared_column_reads_like_the_list(pieces: list[list[str]], empty_as_none: bool) -> None:
    column, plain = _shared_column(pieces, empty_as_none=empty_as_none)
    _reads_like(column, plain)


def test_a_shared_column_keeps_one_string_per_value_and_one_value_per_equal_piece() -> None:
    column = SharedColumn[str | None](empty_as_none=True)
    metals = ["".join(["Met", "als"]) for _ in range(3)]  # three equal strings, not one
    column.add(metals, set(metals))
    column.add(["Alloys", "".join(["Met", "als"]), ""], {"Alloys", "Metals", ""})
    assert list(column) == ["Metals"] * 3 + ["Alloys", "Metals", None]
    assert len({id(value) for value in column if value == "Metals"}) == 1
    assert "2 pieces" in repr(column)
    assert list(SharedColumn[str | None].repeating(None, 3)) == [None] * 3


def test_a_parsed_list_keeps_its_names_tables_and_keys_as_a_few_objects(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    parsed = _parsed_in_pieces(["" if n == 5 else f"Steel {n}" for n in range(40)], monkeypatch)
    assert isinstance(parsed.full_names, CellColumn)
    assert isinstance(parsed.history_guids, CellColumn)
    assert isinstance(parsed.tables, SharedColumn)
    assert isinstance(parsed.db_keys, SharedColumn)
    pieces = len(parsed.full_names._pieces)
    assert 1 < pieces < 40
    assert len(parsed.tables._pieces) == len(parsed.db_keys._pieces) == pieces
    assert all(type(piece) is int for piece in parsed.full_names._pieces)  # nothing copied yet
    assert parsed.rows[5].full_name is None
    assert parsed.rows[6].full_name == "Steel 6"
    assert parsed.rows[39] == (
        41,
        _guids(0, 40)[39],
        _guids(100, 40)[39],
        "Metals",
        "DB",
        "Steel 39",
    )
