"""Parse a tab-separated record list (as copied from a viewer's record list) into identifiers.

The header line names the columns ``RecordHistoryGuid``, ``RecordGuid``, ``Table``,
``DatabaseKey`` and ``RecordFullName`` in any order; a leading ``*`` (a viewer's match-column
marker) is ignored and extra columns are skipped. Errors name the line and column (1-based).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import repeat
from typing import NamedTuple, cast

from .._core.checks import require_str

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
    history_guids: list[str | None]
    version_guids: list[str | None]
    tables: list[str | None]
    db_keys: list[str]
    full_names: list[str | None]

    def __len__(self) -> int:
        return len(self.db_keys)

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
        """Add one row (used by the line-by-line parser)."""
        cast(list[int], self.lines).append(line)
        self.history_guids.append(history_guid)
        self.version_guids.append(version_guid)
        self.tables.append(table)
        self.db_keys.append(db_key)
        self.full_names.append(full_name)

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
    if "\x00" in text:
        at = text.index("\x00")
        raise ValueError(f"line {text.count(chr(10), 0, at) + 1}: NUL character in record list")
    lines = text.splitlines()
    reader = csv.reader(lines, _Dialect)
    line = 0
    header: list[str] | None = None
    try:
        for header_cells in reader:
            line = reader.line_num
            if any(cell.strip() for cell in header_cells):
                header = header_cells
                break
    except csv.Error as error:
        raise ValueError(f"line {reader.line_num}: {error}") from None
    if header is None:
        raise ValueError("line 1: the record list is empty; expected a header line")
    positions = _header_positions(header, line, use_strict_version=use_strict_version)
    columns = _Columns(positions, len(header), use_strict_version=use_strict_version)
    fast = _parse_regular(lines[line:], line + 1, c=columns)
    if fast is not None:
        return fast
    try:
        data = list(reader)
    except csv.Error as error:
        raise ValueError(f"line {reader.line_num}: {error}") from None
    return _parse_each(data, line + 1, c=columns)


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


def _column(columns: list[list[str]], index: int, *, count: int) -> list[str] | list[None]:
    return columns[index] if index >= 0 else [None] * count


def _all_guids(column: list[str] | list[None]) -> bool:
    """True if every cell is a GUID: one pass of C-level string operations, no regex per cell."""
    count = len(column)
    if count == 0 or column[0] is None:
        return False
    joined = "|".join(cast(list[str], column))
    return (
        len(joined) == 37 * count - 1
        and joined[36::37] == "|" * (count - 1)
        and joined.translate(_HEX_DIGITS) == "----|" * (count - 1) + "----"
        and all(not joined[i::37].strip("-") for i in (8, 13, 18, 23))
    )


def _parse_regular(lines: list[str], first_line: int, *, c: _Columns) -> RecordList | None:
    """The common case at C speed: every line full width, every value clean. None otherwise."""
    columns = _split_regular(lines, c.width)
    if columns is None:
        return None
    count = len(lines)
    if not _all_guids(_column(columns, c.required, count=count)):
        return None
    keys = _column(columns, c.key, count=count)
    if not all(k is not None and _DB_KEY.fullmatch(k) for k in set(keys)):
        return None
    other = _column(columns, c.hguid if c.strict else c.vguid, count=count)
    if other[0] is not None and not (_all_guids(other) or not any(other)):
        return None
    return RecordList(
        lines=range(first_line, first_line + count),
        history_guids=_or_none(_column(columns, c.hguid, count=count)),
        version_guids=_or_none(_column(columns, c.vguid, count=count)),
        tables=_or_none(_column(columns, c.table, count=count)),
        db_keys=keys,  # type: ignore[arg-type]
        full_names=_or_none(_column(columns, c.name, count=count)),
    )


def _or_none(column: list[str] | list[None]) -> list[str | None]:
    """Empty cells as None (the column itself when it has none: one C-level scan)."""
    if "" not in column:
        return column  # type: ignore[return-value]
    return [cell or None for cell in column]


def _parse_each(data: list[list[str]], first_line: int, *, c: _Columns) -> RecordList:
    """Line by line: skips blank lines, tolerates spaces, and names the first bad cell."""
    guid_match = _GUID.fullmatch
    width = c.width
    rows = RecordList([], [], [], [], [], [])
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
