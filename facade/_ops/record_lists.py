"""Parse a tab-separated record list (as copied from a viewer's record list) into identifiers.

The header line names the columns ``RecordHistoryGuid``, ``RecordGuid``, ``Table``,
``DatabaseKey`` and ``RecordFullName`` in any order; a leading ``*`` (a viewer's match-column
marker) is ignored and extra columns are skipped. Errors name the line and column (1-based).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import chain, repeat
from typing import TYPE_CHECKING, NamedTuple, cast

from .._core.checks import require_str
from .piece_columns import GUID_STRIDE, CellColumn, GuidColumn, SharedColumn, TextPieces

if TYPE_CHECKING:  # annotations only: _csv.Reader is a type, csv.reader() makes them
    from _csv import Reader as _Reader

__all__ = ["COLUMNS", "RecordList", "RecordListRow", "parse_record_list"]

COLUMNS = ("RecordHistoryGuid", "RecordGuid", "Table", "DatabaseKey", "RecordFullName")
_GUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_HEX_DIGITS = str.maketrans("", "", "0123456789abcdefABCDEF")
_DB_KEY = re.compile(r"[A-Za-z0-9_.-]{1,64}")


class RecordListRow(NamedTuple):
    """One data line of a record list; ``line`` is its 1-based line number in the text."""

    line: int
    history_guid: str | None
    version_guid: str | None
    table: str | None
    db_key: str
    full_name: str | None


class _Dialect(csv.Dialect):
    delimiter = "\t"
    quotechar = None
    escapechar = None
    doublequote = False
    skipinitialspace = False
    lineterminator = "\n"
    quoting = csv.QUOTE_NONE
    strict = True


@dataclass
class RecordList:
    """The parsed data lines, column by column (cheap for 100k lines); ``rows`` for one by one."""

    lines: Sequence[int]
    history_guids: Sequence[str | None]
    version_guids: Sequence[str | None]
    tables: Sequence[str | None]
    db_keys: Sequence[str]
    full_names: Sequence[str | None]

    def __len__(self) -> int:
        return len(self.db_keys)

    @classmethod
    def growing(cls) -> RecordList:
        """An empty list whose columns are lists, for ``append``."""
        return cls([], [], [], [], [], [])

    def append(
        self,
        line: int,
        history_guid: str | None,
        *,
        version_guid: str | None,
        table: str | None,
        db_key: str,
        full_name: str | None,
    ) -> None:
        """Add one row (used by the line-by-line parser, on a list made by ``growing``)."""
        cast(list[int], self.lines).append(line)
        cast(list[str | None], self.history_guids).append(history_guid)
        cast(list[str | None], self.version_guids).append(version_guid)
        cast(list[str | None], self.tables).append(table)
        cast(list[str], self.db_keys).append(db_key)
        cast(list[str | None], self.full_names).append(full_name)

    @property
    def rows(self) -> list[RecordListRow]:
        """One named tuple per data line."""
        return list(
            map(
                RecordListRow._make,
                zip(
                    self.lines,
                    self.history_guids,
                    self.version_guids,
                    self.tables,
                    self.db_keys,
                    self.full_names,
                    strict=True,
                ),
            )
        )


def _decode(text: str | bytes) -> str:
    if isinstance(text, bytes):
        try:
            return text.decode("utf-8")
        except UnicodeDecodeError as error:
            line = text.count(b"\n", 0, error.start) + 1
            column = error.start - (text.rfind(b"\n", 0, error.start) + 1) + 1
            raise ValueError(
                f"record list is not UTF-8 text: line {line}, byte {column}: {error.reason}"
            ) from None
    return require_str(text, "text")


def _header_positions(header: list[str], line: int, *, use_strict_version: bool) -> dict[str, int]:
    positions: dict[str, int] = {}
    for index, raw in enumerate(header):
        name = raw.strip().lstrip("*").strip()
        if name in COLUMNS:
            if name in positions:
                raise ValueError(
                    f"line {line}, column {index + 1}: duplicate header {name!r} "
                    f"(first in column {positions[name] + 1})"
                )
            positions[name] = index
    needed = ["DatabaseKey", "RecordGuid" if use_strict_version else "RecordHistoryGuid"]
    missing = [name for name in needed if name not in positions]
    if missing:
        hint = ""
        if use_strict_version and missing == ["RecordGuid"] and "RecordHistoryGuid" in positions:
            hint = (
                "; this list names records by RecordHistoryGuid only: pass "
                "use_strict_version=False to get the current version of each"
            )
        raise ValueError(
            f"line {line}: missing header(s) {', '.join(missing)}; a record list has the tab-separated "
            f"headers {', '.join(COLUMNS)} (found {[h.strip() for h in header]!r:.200}){hint}"
        )
    return positions


def _bad(line: int, column: int, *, name: str, message: str, value: str) -> ValueError:
    shown = value if len(value) <= 60 else value[:57] + "..."
    return ValueError(f"line {line}, column {column} ({name}): {message}: {shown!r}")


def parse_record_list(text: str | bytes, use_strict_version: bool = True) -> RecordList:
    """Return one row per non-blank data line; ValueError naming line and column if malformed.

    With ``use_strict_version`` every row needs a valid ``RecordGuid``; otherwise a valid
    ``RecordHistoryGuid``. The other GUID column may be empty but, when given, must be a GUID.
    """
    text = _decode(text)
    if text.startswith("\ufeff"):
        text = text[1:]
    pieces = _line_pieces(text)  # each piece is checked for NUL before it is read
    first = next(pieces, _Piece(0, 0, []))
    reader = csv.reader(first.lines, _Dialect)
    header, line = _header(reader)
    if header is not None:  # found in the first piece: the common case takes the fast path
        columns = _columns(header, line, use_strict_version=use_strict_version)
        rows = chain([first._replace(lines=first.lines[line:], skip=line)], pieces)
        fast = _parse_regular(text, rows, first_line=line + 1, c=columns)
        if fast is not None:
            return fast
    _refuse_nul(text, start=0, stop=len(text))  # the fast path stopped before it saw every piece
    reader = csv.reader(text.splitlines(), _Dialect)
    header, line = _header(reader)
    if header is None:
        raise ValueError("line 1: the record list is empty; expected a header line")
    columns = _columns(header, line, use_strict_version=use_strict_version)
    try:
        data = list(reader)
    except csv.Error as error:
        raise ValueError(f"line {reader.line_num}: {error}") from None
    return _parse_each(data, line + 1, c=columns)


_PIECE_CHARS = 1 << 18
"""About how much text the fast path splits at a time. Its temporary copies (the piece, its
lines, their cells) stay around a megabyte, which the allocator reuses from piece to piece;
copies of the whole text (hundreds of megabytes at a million rows) were mapped, and faulted in
page by page, afresh on every call, which made a 1,000,000-row list cost more than ten
100,000-row ones. A megabyte a piece still left each piece's copies several megabytes, past
the core's own cache; at a quarter of that, a 1,000,000-row call took about a fifth less CPU
time in the same process (medians of 4-5 alternated calls), with the 100,000-row call
unchanged."""


class _Piece(NamedTuple):
    """Lines of the text: ``text[start:stop].splitlines()[skip:]``."""

    start: int
    stop: int
    lines: list[str]
    skip: int = 0


def _line_pieces(text: str) -> Iterator[_Piece]:
    r"""``text.splitlines()``, a piece of about ``_PIECE_CHARS`` characters at a time.

    Each piece ends just after a ``"\n"``, which never splits a line break (``"\r\n"`` ends
    with it), so the pieces' lines are exactly the whole text's lines, in order.

    Raises:
        ValueError: A piece holds a NUL character (the message names its line).
    """
    start, end = 0, len(text)
    while start < end:
        cut = text.find("\n", start + _PIECE_CHARS)
        stop = end if cut < 0 else cut + 1
        _refuse_nul(text, start=start, stop=stop)
        yield _Piece(start, stop, text[start:stop].splitlines())
        start = stop


def _refuse_nul(text: str, *, start: int, stop: int) -> None:
    """ValueError naming the line of the first NUL character in ``text[start:stop]``.

    Checked a piece at a time, just before the piece is copied and split: a separate pass over
    the whole text first read a million-row list (over 100 MB, far more than the cache holds)
    from memory once more, while a 100,000-row list was still in the cache for the next pass.
    """
    at = text.find("\x00", start, stop)
    if at >= 0:
        raise ValueError(f"line {text.count(chr(10), 0, at) + 1}: NUL character in record list")


def _header(reader: _Reader) -> tuple[list[str] | None, int]:
    """The first non-blank line's cells and its line number (None if there is none)."""
    try:
        for cells in reader:
            if any(cell.strip() for cell in cells):
                return cells, reader.line_num
    except csv.Error as error:
        raise ValueError(f"line {reader.line_num}: {error}") from None
    return None, reader.line_num


def _columns(header: list[str], line: int, *, use_strict_version: bool) -> _Columns:
    positions = _header_positions(header, line, use_strict_version=use_strict_version)
    return _Columns(positions, len(header), use_strict_version=use_strict_version)


class _Columns:
    """Where each known column sits, and which GUID column identifies the record."""

    def __init__(self, positions: dict[str, int], width: int, *, use_strict_version: bool) -> None:
        self.width = width
        self.hguid = positions.get("RecordHistoryGuid", -1)
        self.vguid = positions.get("RecordGuid", -1)
        self.table = positions.get("Table", -1)
        self.key = positions["DatabaseKey"]
        self.name = positions.get("RecordFullName", -1)
        self.strict = use_strict_version
        self.required = self.vguid if use_strict_version else self.hguid
        self.required_name = "RecordGuid" if use_strict_version else "RecordHistoryGuid"


def _split_regular(lines: list[str], width: int) -> list[list[str]] | None:
    """The cells of ``lines`` column by column when every line has exactly ``width`` cells (what csv would read with this dialect), with no Python code per line.

    None otherwise.
    """
    if not lines or set(map(str.count, lines, repeat("\t"))) != {width - 1}:
        return None
    if max(map(len, lines)) > csv.field_size_limit():
        return None  # csv's field limit applies: the line-by-line reader reports it
    cells = "\t".join(lines).split("\t")
    return [cells[index::width] for index in range(width)]


def _joined_guids(column: list[str]) -> str | None:
    """The cells joined by ``"|"`` if every one is a GUID, else None.

    One pass of C-level string operations, no regex per cell.
    """
    count = len(column)
    if count == 0:
        return None
    joined = "|".join(column)
    valid = (
        len(joined) == GUID_STRIDE * count - 1
        and joined[36::GUID_STRIDE] == "|" * (count - 1)
        and joined.translate(_HEX_DIGITS) == "----|" * (count - 1) + "----"
        and all(not joined[i::GUID_STRIDE].strip("-") for i in (8, 13, 18, 23))
    )
    return joined if valid else None


def _parse_regular(
    text: str, pieces: Iterable[_Piece], *, first_line: int, c: _Columns
) -> RecordList | None:
    """The common case at C speed: every line full width, every value clean. None otherwise.

    Works through the lines a piece at a time (see ``_PIECE_CHARS``). Only the GUIDs the
    records are looked up by are copied out of the text (as ``GuidColumn``); the other GUID and
    the full name, which only a failure or a check reads, are read from the text again when
    first needed (``CellColumn``): at a million rows they were about 66 MB more of fresh memory
    on every call.
    """
    source = TextPieces(text, width=c.width)
    required_guids = GuidColumn()
    optional_guid = c.hguid if c.strict else c.vguid
    optional_guids = CellColumn(source, index=optional_guid) if optional_guid >= 0 else None
    names = CellColumn(source, index=c.name) if c.name >= 0 else None
    read_later = [column for column in (optional_guids, names) if column is not None]
    tables = SharedColumn[str | None](empty_as_none=True)
    keys = SharedColumn[str](empty_as_none=False)
    count = 0
    for piece in pieces:
        lines = piece.lines
        chunk = _split_regular(lines, c.width)
        required = _joined_guids(chunk[c.required]) if chunk is not None else None
        if chunk is None or required is None:
            return None
        distinct_keys = set(chunk[c.key])
        if not all(_DB_KEY.fullmatch(k) for k in distinct_keys):
            return None
        required_guids.add(required, len(lines))
        if optional_guid >= 0:
            other = chunk[optional_guid]
            if _joined_guids(other) is None and any(other):
                return None  # some GUIDs and some empty cells: the line-by-line path reads it
        at = source.add(piece.start, piece.stop, skip=piece.skip)
        for column in read_later:
            column.add(at, len(lines))
        keys.add(chunk[c.key], distinct_keys)
        if c.table >= 0:
            tables.add(chunk[c.table], set(chunk[c.table]))
        count += len(lines)
    if count == 0:
        return None
    absent = SharedColumn[str | None].repeating(None, count)
    optional = absent if optional_guids is None else optional_guids
    return RecordList(
        lines=range(first_line, first_line + count),
        history_guids=optional if c.strict else required_guids,
        version_guids=required_guids if c.strict else optional,
        tables=tables if c.table >= 0 else absent,
        db_keys=keys,
        full_names=absent if names is None else names,
    )


def _parse_each(data: list[list[str]], first_line: int, *, c: _Columns) -> RecordList:
    """Line by line: skips blank lines, tolerates spaces, and names the first bad cell."""
    guid_match = _GUID.fullmatch
    width = c.width
    rows = RecordList.growing()
    for offset, cells in enumerate(data):
        line = first_line + offset
        count = len(cells)
        if count != width:
            if count == 0 or not any(cells):
                continue  # blank line (or only tabs)
            if count > width and not any(cells[width:]):
                cells = cells[:width]
            else:
                raise ValueError(
                    f"line {line}: expected {width} tab-separated columns, found {count}"
                )
        elif not any(cell.strip() for cell in cells):
            continue
        required = cells[c.required].strip()
        if not guid_match(required):
            message = "missing GUID" if not required else "not a GUID"
            raise _bad(line, c.required + 1, name=c.required_name, message=message, value=required)
        key = cells[c.key].strip()
        if not _DB_KEY.fullmatch(key):
            raise _bad(line, c.key + 1, name="DatabaseKey", message="not a database key", value=key)
        hguid = cells[c.hguid].strip() if c.hguid >= 0 else ""
        vguid = cells[c.vguid].strip() if c.vguid >= 0 else ""
        if c.strict:
            if hguid and not guid_match(hguid):
                raise _bad(
                    line, c.hguid + 1, name="RecordHistoryGuid", message="not a GUID", value=hguid
                )
        elif vguid and not guid_match(vguid):
            raise _bad(line, c.vguid + 1, name="RecordGuid", message="not a GUID", value=vguid)
        rows.append(
            line,
            hguid or None,
            version_guid=vguid or None,
            table=(cells[c.table] or None) if c.table >= 0 else None,
            db_key=key,
            full_name=(cells[c.name] or None) if c.name >= 0 else None,
        )
    return rows
