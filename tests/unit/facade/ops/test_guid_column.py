"""GuidColumn reads exactly like the list of cells it replaces."""

from __future__ import annotations

import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st

from facade._ops import record_lists
from facade._ops.guid_column import GuidColumn
from facade._ops.record_lists import parse_record_list


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


def test_a_parsed_list_keeps_its_guids_as_a_few_strings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(record_lists, "_PIECE_CHARS", 500)
    header = "RecordHistoryGuid\tRecordGuid\tTable\tDatabaseKey\tRecordFullName\n"
    lines = [
        f"{h}\t{v}\tMetals\tDB\tSteel {n}\n"
        for n, (h, v) in enumerate(zip(_guids(0, 40), _guids(100, 40), strict=True))
    ]
    parsed = parse_record_list(header + "".join(lines))
    assert isinstance(parsed.version_guids, GuidColumn)
    assert list(parsed.version_guids) == _guids(100, 40)
    assert list(parsed.history_guids) == _guids(0, 40)
    assert parsed.rows[7].version_guid == str(uuid.UUID(int=107))
    assert "pieces" in repr(parsed.version_guids)
