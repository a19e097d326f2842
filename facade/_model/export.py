"""``export_table``: every record of a table to a Parquet (or CSV) file, a batch at a time.

The table's tree is read a page at a time; records are gathered into batches of
``batch_size``, their values fetched, turned into one Arrow record batch and written; the
next batch is fetched while one is written. At most three batches of records are in memory
at once, so tables larger than memory export. The Arrow schema comes from the attribute
definitions before the first record is read: point and range columns are named with their
unit, and each column's unit is in the schema metadata (the ``units`` key, JSON) and in the
field's own metadata (``unit``). The file is written under a temporary name beside the
target and renamed when complete.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .._core.calls import run_in_context
from .dataframes import _check_attributes
from .frames import record_cells, value_cells

if TYPE_CHECKING:  # annotations only: the table and record modules are not needed to run
    from .record import Record
    from .table import Table

__all__ = ["FORMATS", "export_table"]

FORMATS = ("parquet", "csv")

_RECORD_TYPES = {
    "db_key": "string",
    "table": "string",
    "history_guid": "string",
    "record_guid": "string",
    "history_identity": "int64",
    "version_number": "int64",
    "name": "string",
    "release_state": "string",
}
_KIND_TYPES = {
    "point": "float64",
    "range": "float64",
    "integer": "int64",
    "logical": "bool_",
    "date": "date32",
}


def _import_pyarrow() -> Any:
    try:
        import pyarrow
    except ImportError:
        raise ImportError(
            "export_table needs pyarrow: pip install 'servicelayer-sdk[parquet]'"
        ) from None
    return pyarrow


class _Layout:
    """The columns of the export: record columns, then attribute columns from definitions."""

    def __init__(
        self, kinds: dict[str, str], units: dict[str, str | None], *, chosen: list[str]
    ) -> None:
        self.types: dict[str, str] = dict(_RECORD_TYPES)
        self.units: dict[str, str] = {}
        self.attribute_of: dict[str, str] = {}
        for name in chosen:
            kind, unit = kinds[name], units.get(name)
            parts: Sequence[str | None] = ("low", "high") if kind == "range" else (None,)
            for part in parts:
                numeric = kind in ("point", "range")
                column = f"{name} {part}" if part else name
                if numeric and unit:
                    column = f"{column} [{unit}]"
                    self.units[column] = unit
                self.types[column] = _KIND_TYPES.get(kind, "string")
                self.attribute_of[column] = name
        self.chosen = chosen

    def schema(self, pa: Any) -> Any:
        fields = [
            pa.field(
                column,
                getattr(pa, kind)(),
                metadata={"unit": self.units[column]} if column in self.units else None,
            )
            for column, kind in self.types.items()
        ]
        return pa.schema(fields, metadata={"units": json.dumps(self.units)})

    def columns(self, records: Sequence[Record]) -> dict[str, list[Any]]:
        data: dict[str, list[Any]] = {column: [] for column in self.types}
        for record in records:
            row = record_cells(record)
            values = record.attributes
            for name in self.chosen:
                value = values.get(name)
                for cell in value_cells(value) if value is not None else []:
                    if cell.column not in self.types:
                        raise ValueError(
                            f"{record!r}: attribute {name!r} has unit {cell.unit!r}, but its "
                            f"definition says {self._unit_of(name)!r}; the export needs one "
                            "unit per attribute"
                        )
                    row[cell.column] = cell.value
            for column, cells in data.items():
                cells.append(row.get(column))
        return data

    def _unit_of(self, attribute: str) -> str | None:
        for column, name in self.attribute_of.items():
            if name == attribute:
                return self.units.get(column)
        return None


def export_table(
    table: Table,
    path: str | os.PathLike[str],
    *,
    attributes: Sequence[str] | None = None,
    format: str = "parquet",
    batch_size: int = 1000,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Write every record of ``table`` with its attribute values to a Parquet or CSV file.

    Records are read, fetched and written ``batch_size`` at a time, never all at once, so
    tables larger than memory export; the next batch's values are fetched while a batch is
    written. One row per record, with the columns of ``records_to_dataframe``; point and
    range columns are named with their unit, and the Parquet schema's ``units`` metadata
    (JSON) maps each such column to its unit. A point with several values or parameters
    leaves its cell empty (see ``functional_to_dataframe``); files and pictures give their
    file name or URL.

    Args:
        table: The table to export.
        path: The file to write (replaced when complete; no partial file is left).
        attributes: Attribute names to export, in this order; None for every attribute.
        format: ``"parquet"`` or ``"csv"``.
        batch_size: Records fetched and written per batch.
        progress: Called with the number of records written after each batch.

    Returns:
        The number of records written.

    Raises:
        ImportError: pyarrow is not installed (``servicelayer-sdk[parquet]``).
        ValueError: An unknown format or attribute name (before any record is read), or a
            value whose unit differs from its definition's.
        TypeError: ``attributes`` is not a list of names, or ``batch_size`` not an int.
        BulkOperationError: Some records' values could not be fetched.
    """
    pa = _import_pyarrow()
    if format not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {format!r}")
    if isinstance(batch_size, bool) or not isinstance(batch_size, int):
        raise TypeError(f"batch_size must be an int, not {type(batch_size).__name__}")
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, got {batch_size}")
    kinds = table.attribute_types
    chosen = _check_attributes(attributes)
    if chosen is None:
        chosen = list(kinds)
    unknown = [name for name in chosen if name not in kinds]
    if unknown:
        raise ValueError(
            f"table {table.name!r} has no attribute {', '.join(map(repr, unknown))}; "
            f"it has: {', '.join(kinds)}"
        )
    layout = _Layout(kinds, table._backend.attribute_units(table), chosen=chosen)
    schema = layout.schema(pa)
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    os.close(handle)
    written = 0
    try:
        with _writer(format, temporary, schema=schema) as writer:
            pages = table._backend.record_pages(table)
            fetched = _fetched_batches(table, pages, batch_size=batch_size, layout=layout)
            with closing(fetched):  # on an error here, the fetch under way ends first
                for batch in fetched:
                    data = layout.columns(batch)
                    writer.write_batch(pa.RecordBatch.from_pydict(data, schema=schema))
                    written += len(batch)
                    if progress is not None:
                        progress(written)
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return written


def _batches(pages: Iterable[list[Record]], size: int) -> Iterator[list[Record]]:
    """The records of ``pages`` in lists of ``size`` (the last one shorter)."""
    pending: list[Record] = []
    for page in pages:
        pending.extend(page)
        while len(pending) >= size:
            yield pending[:size]
            del pending[:size]
    if pending:
        yield pending


def _fetched_batches(
    table: Table, pages: Iterable[list[Record]], *, batch_size: int, layout: _Layout
) -> Generator[list[Record], None, None]:
    """Batches of records with their values fetched, the next batch fetched meanwhile.

    One worker thread fetches batch *k + 1* while the caller turns batch *k* into columns and
    writes it, so the server's time on a batch and the client's on the one before overlap
    (the worker waits on the network with the GIL free). Beside the page being listed, at most
    three batches are held: the one the caller is writing, the next one, fetched, and the one
    after, being fetched. An error fetching a batch is raised when that batch is due, after
    the batches before it were handed out; a batch not yet started is then never fetched.
    """

    def fetch(batch: list[Record]) -> list[Record]:
        table.bulk_fetch(batch, attributes=layout.chosen, batch_size=len(batch))
        return batch

    fetcher = ThreadPoolExecutor(max_workers=1, thread_name_prefix="export-fetch")
    try:
        due: Future[list[Record]] | None = None
        for batch in _batches(pages, batch_size):
            following = fetcher.submit(run_in_context(fetch), batch)
            if due is not None:
                yield due.result()
            due = following
        if due is not None:
            yield due.result()
    finally:
        fetcher.shutdown(wait=True, cancel_futures=True)


def _writer(format: str, path: str, *, schema: Any) -> Any:
    if format == "parquet":
        import pyarrow.parquet as pq

        return pq.ParquetWriter(path, schema)
    import pyarrow.csv as pacsv

    return pacsv.CSVWriter(path, schema)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
