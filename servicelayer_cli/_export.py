"""``export``: every record of a table with chosen attribute values, to CSV, JSON or Parquet.

The table's tree is walked (folders and generic records are opened, folders are not
exported), then the attribute values are fetched in batches with a progress bar on stderr.
The file is written to a temporary name beside the target and renamed when complete, so a
failed export never leaves half a file. A record that cannot be fetched fails the export
with the facade's BulkOperationError, which says how many and why.
"""

from __future__ import annotations

import csv
import json
import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from ._output import stderr_console
from ._values import attribute_json, cell_text, plain_value, record_json

if TYPE_CHECKING:
    import facade

__all__ = [
    "FORMATS",
    "ExportedTable",
    "choose_format",
    "export_table",
    "stream_parquet",
    "write_export",
]

FORMATS = ("csv", "json", "parquet")
_RECORD_COLUMNS = ("history_guid", "record_guid", "name", "version_number", "release_state")


def choose_format(requested: str | None, output: Path) -> str:
    """The export format: ``--format``, else the output file's suffix, else CSV.

    Args:
        requested: The ``--format`` option, or None.
        output: The file to write.

    Returns:
        One of :data:`FORMATS`.
    """
    if requested is not None:
        return requested
    suffix = output.suffix.lower().lstrip(".")
    return suffix if suffix in FORMATS else "csv"


@dataclass
class ExportedTable:
    """The records of one table with the attribute values that were asked for."""

    table: facade.Table
    attributes: list[str]
    records: list[facade.Record]

    def values(self, record: facade.Record) -> dict[str, facade.AttributeValue]:
        """The fetched values of ``record`` among the exported attributes."""
        fetched = record.attributes
        return {name: fetched[name] for name in self.attributes if name in fetched}

    def units(self) -> dict[str, bool]:
        """For each exported attribute, whether any record's value has a unit."""
        has_unit = dict.fromkeys(self.attributes, False)
        for record in self.records:
            for name, value in self.values(record).items():
                if getattr(value, "unit", None) is not None:
                    has_unit[name] = True
        return has_unit


def export_table(
    session: facade.Session,
    *,
    db_key: str,
    table_name: str,
    attributes: Sequence[str] | None,
) -> ExportedTable:
    """Walk the table, check the attribute names, fetch the values (progress on stderr).

    Args:
        session: A connected session.
        db_key: The database key.
        table_name: The table name (case-insensitive).
        attributes: Attribute names to fetch; None or empty for every attribute.

    Returns:
        The table's records (folders left out) with the values fetched.

    Raises:
        KeyError: No such database or table.
        click.BadParameter: An attribute name the table does not have (before any value is
            fetched).
        facade.BulkOperationError: Some records' values could not be fetched.
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    table, chosen = _checked_table(
        session, db_key=db_key, table_name=table_name, attributes=attributes
    )
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn())
    with Progress(*columns, console=stderr_console(), transient=True) as progress:
        listing = progress.add_task(f"listing records of {table.name}", total=None)
        records = _records_of(table, on_found=lambda n: progress.update(listing, completed=n))
        progress.update(listing, total=len(records), completed=len(records))
        fetching = progress.add_task("fetching attribute values", total=len(records))

        def advance(done: int, total: int) -> None:
            progress.update(fetching, completed=done, total=total)

        if records:
            table.bulk_fetch(records, attributes=chosen, parallelize=True, progress=advance)
    return ExportedTable(table=table, attributes=chosen, records=records)


def _checked_table(
    session: facade.Session, *, db_key: str, table_name: str, attributes: Sequence[str] | None
) -> tuple[facade.Table, list[str]]:
    """The table and the attribute names to export; click.BadParameter for unknown names."""
    table = session.get_db(db_key=db_key).get_table(table_name)
    known = list(table.attribute_types)
    chosen = list(attributes) if attributes else known
    unknown = [name for name in chosen if name not in table.attribute_types]
    if unknown:
        raise click.BadParameter(
            f"table {table.name!r} has no attribute {', '.join(map(repr, unknown))}; "
            f"it has: {', '.join(known)}",
            param_hint="--attributes",
        )
    return table, chosen


def stream_parquet(
    session: facade.Session,
    *,
    db_key: str,
    table_name: str,
    attributes: Sequence[str] | None,
    output: Path,
) -> tuple[int, str, list[str]]:
    """Stream the table to a Parquet file with ``facade.export_table`` (progress on stderr).

    Args:
        session: A connected session.
        db_key: The database key.
        table_name: The table name (case-insensitive).
        attributes: Attribute names to export; None or empty for every attribute.
        output: The file to write.

    Returns:
        The number of records written, the table's name and the attribute names.

    Raises:
        KeyError: No such database or table.
        click.BadParameter: An attribute name the table does not have (nothing is written).
        click.UsageError: pyarrow is not installed.
        facade.BulkOperationError: Some records' values could not be fetched.
    """
    from rich.progress import Progress, TextColumn

    import facade

    table, chosen = _checked_table(
        session, db_key=db_key, table_name=table_name, attributes=attributes
    )
    column = TextColumn("{task.description} {task.completed}")
    with Progress(column, console=stderr_console(), transient=True) as progress:
        task = progress.add_task("records written:", total=None)
        try:
            count = facade.export_table(
                table,
                output,
                attributes=chosen,
                format="parquet",
                progress=lambda done: progress.update(task, completed=done),
            )
        except ImportError as error:
            raise click.UsageError(str(error)) from None
    return count, table.name, chosen


def _records_of(table: facade.Table, on_found: Callable[[int], None]) -> list[facade.Record]:
    import facade

    records: list[facade.Record] = []
    pending = list(table.children)
    while pending:
        node = pending.pop(0)
        if node.type is not facade.RecordType.Record:
            pending.extend(node.children)  # folders and generic records can hold records
        if node.type is not facade.RecordType.Folder:
            records.append(node)
            on_found(len(records))
    return records


def write_export(exported: ExportedTable, output: Path, *, file_format: str) -> None:
    """Write ``exported`` to ``output`` atomically (a temporary file renamed at the end).

    Args:
        exported: What :func:`export_table` fetched.
        output: The file to write; its folder is created when missing.
        file_format: ``csv`` or ``json`` (Parquet is streamed by :func:`stream_parquet`).

    Raises:
        OSError: The file cannot be written (no partial file is left behind).
    """
    writers: dict[str, Callable[[ExportedTable, Path], None]] = {
        "csv": _write_csv,
        "json": _write_json,
    }
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{output.name}.", dir=output.parent)
    os.close(handle)
    try:
        writers[file_format](exported, Path(temporary))
        os.chmod(temporary, 0o666 & ~_umask())  # mkstemp made it private; give it the usual mode
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _columns(exported: ExportedTable) -> list[tuple[str, Callable[[facade.Record], Any]]]:
    """Column names with how to read each from a record: record fields, values and units."""

    def field(name: str) -> Callable[[facade.Record], Any]:
        return lambda record: record_json(record)[name]

    def value_of(name: str) -> Callable[[facade.Record], Any]:
        def read(record: facade.Record) -> Any:
            value = exported.values(record).get(name)
            return None if value is None else plain_value(value)

        return read

    def unit_of(name: str) -> Callable[[facade.Record], Any]:
        return lambda record: getattr(exported.values(record).get(name), "unit", None)

    def bound_of(name: str, bound: str) -> Callable[[facade.Record], Any]:
        def read(record: facade.Record) -> Any:
            data = value_of(name)(record)
            return data.get(bound) if isinstance(data, dict) else None

        return read

    kinds = exported.table.attribute_types
    columns = [(name, field(name)) for name in _RECORD_COLUMNS]
    for name, has_unit in exported.units().items():
        if kinds.get(name) == "range":  # two numeric columns rather than "low..high" text
            columns += [
                (f"{name} low", bound_of(name, "low")),
                (f"{name} high", bound_of(name, "high")),
            ]
        else:
            columns.append((name, value_of(name)))
        if has_unit:
            columns.append((f"{name} [unit]", unit_of(name)))
    return columns


def _write_csv(exported: ExportedTable, path: Path) -> None:
    columns = _columns(exported)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow([name for name, _ in columns])
        for record in exported.records:
            writer.writerow([cell_text(read(record)) for _, read in columns])


def _write_json(exported: ExportedTable, path: Path) -> None:
    rows = [
        {
            **record_json(record),
            "attributes": {
                name: attribute_json(value) for name, value in exported.values(record).items()
            },
        }
        for record in exported.records
    ]
    with path.open("w", encoding="utf-8") as handle:
        json.dump(rows, handle, indent=2, ensure_ascii=False)
        handle.write("\n")


def _uniform(cells: list[Any]) -> bool:
    """True when every non-empty cell is one scalar type that Parquet stores natively."""
    kinds = {type(cell) for cell in cells if cell is not None}
    return len(kinds) <= 1 and kinds <= {bool, int, float, str}


def _text_or_none(cell: Any) -> str | None:
    return None if cell is None else cell_text(cell)
