"""Picture and file cells of local tabular columns: bytes set directly or loaded from disk.

Exported without binary data a cell holds the ``url`` of its bytes; read ``binary_data`` of a
cell fetched with ``include_binary_data=True``. A cell kept as exported is written back by
reference (``binaryId``), so an update never re-sends bytes it did not change.
"""

from __future__ import annotations

import base64
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generated import models
from generated.types import UNSET, Unset

from .binary_objects import guess_mime_type, read_file
from .tabular_cells import LocalCell, TabularColumn, local_cell_class

if TYPE_CHECKING:  # annotations only: the models load at first use (generated.models)
    from generated.models.tabular_file_cell import TabularFileCell
    from generated.models.tabular_picture_cell import TabularPictureCell

__all__ = [
    "BINARY_CELLS",
    "LocalFileValue",
    "LocalPictureValue",
    "binary_cell_from_model",
    "cell_class",
]


def _opt(value: Any) -> Any:
    return None if isinstance(value, Unset) else value


class LocalPictureValue(LocalCell):
    """A picture cell: ``value`` / ``binary_data`` are the bytes; ``load(path)`` reads a file.

    Args:
        column: The cell's column.
        value: The bytes (None: empty).
        mime_file_type: Their MIME type (None: the server decides).
    """

    kind = "picture"

    def __init__(
        self, column: TabularColumn, value: bytes | None = None, mime_file_type: str | None = None
    ) -> None:
        self._url: str | None = None
        self._binary_id: str | None = None
        super().__init__(column, value)
        self.mime_file_type = mime_file_type

    def _check(self, value: Any) -> Any:
        if not isinstance(value, bytes | bytearray):
            raise TypeError(f"{self._what()} takes bytes, not {type(value).__name__}")
        self._url = self._binary_id = None  # new bytes replace what the server holds
        return bytes(value)

    @property
    def value(self) -> Any:
        """The bytes, as ``binary_data``; set bytes, or None to empty the cell."""
        return self.binary_data

    @value.setter
    def value(self, value: Any) -> None:
        if value is None:
            self.clear()
        else:
            self._value = self._check(value)

    def is_empty(self) -> bool:
        """Whether the cell holds no bytes and refers to none on the server.

        Returns:
            True when there is nothing to send or download.
        """
        return self._value is None and self._binary_id is None and self._url is None

    def clear(self) -> None:
        """Empty the cell."""
        self._value = self._url = self._binary_id = None
        self.mime_file_type = None

    @property
    def url(self) -> str | None:
        """Where the server serves the bytes (None when they were fetched, or are new)."""
        return self._url if self._value is None else None

    @property
    def binary_data(self) -> bytes | None:
        """The bytes (None: empty).

        Raises:
            ValueError: The cell was exported by URL only.
        """
        if self._value is None and self._url is not None:
            raise ValueError(
                f"binary data of {self._what()} was not fetched: use "
                "bulk_fetch(..., include_binary_data=True)"
            )
        data: bytes | None = self._value
        return data

    @binary_data.setter
    def binary_data(self, data: bytes | None) -> None:
        self.value = data

    def load(self, path: str | os.PathLike[str]) -> None:
        """Set the cell to the bytes of a file; its extension gives ``mime_file_type``.

        Args:
            path: The file.

        Raises:
            TypeError: ``path`` is not a path.
            FileNotFoundError: There is no file at ``path``.
        """
        source, data = read_file(path, type(self).__name__)
        self.value = data
        self.mime_file_type = guess_mime_type(source)

    def save(self, path: str | os.PathLike[str]) -> Path:
        """Write the bytes to ``path`` and return it.

        Args:
            path: The file to write.

        Returns:
            The path written.

        Raises:
            ValueError: The cell is empty, or was exported by URL only.
        """
        data = self.binary_data
        if data is None:
            raise ValueError(f"{self._what()} is empty: nothing to save")
        target = Path(path)
        target.write_bytes(data)
        return target

    def _content(self) -> dict[str, Any]:
        if self._value is not None:
            return {"data": base64.b64encode(self._value).decode("ascii")}
        return {"binary_id": self._binary_id}

    def _load(self, model: TabularPictureCell | TabularFileCell) -> None:
        data = _opt(model.data)
        self._value = base64.b64decode(data) if data is not None else None
        self._url = _opt(model.url)
        self._binary_id = _opt(model.binary_id)
        self.mime_file_type = _opt(model.mime_type)

    def _to_model(self) -> TabularPictureCell | TabularFileCell:
        return models.TabularPictureCell(
            type_="picture", mime_type=self.mime_file_type, **self._content()
        )

    def __repr__(self) -> str:
        if self._value is not None:
            shown = f"{len(self._value):,} bytes"
        elif self._url is not None:
            shown = f"exported as URL: {self._url}"
        else:
            shown = "empty"
        return f"<{type(self).__name__} {self.column.name!r}: {shown}>"


class LocalFileValue(LocalPictureValue):
    """A file cell: a picture cell's bytes with a ``file_name`` and a ``description``.

    Args:
        column: The cell's column.
        value: The bytes (None: empty).
        mime_file_type: Their MIME type.
        file_name: The file's name (None: the column's name).
        description: A description of the file.
    """

    kind = "file"

    def __init__(
        self,
        column: TabularColumn,
        value: bytes | None = None,
        mime_file_type: str | None = None,
        *,
        file_name: str | None = None,
        description: str | None = None,
    ) -> None:
        super().__init__(column, value, mime_file_type)
        self.file_name = file_name
        self.description = description

    def load(self, path: str | os.PathLike[str]) -> None:
        """Set the cell to the bytes of a file; its name becomes ``file_name`` when none is set.

        Args:
            path: The file.

        Raises:
            TypeError: ``path`` is not a path.
            FileNotFoundError: There is no file at ``path``.
        """
        super().load(path)
        if self.file_name is None:
            self.file_name = Path(path).name

    def clear(self) -> None:
        """Empty the cell, its file name and its description."""
        super().clear()
        self.file_name = self.description = None

    def _load(self, model: TabularPictureCell | TabularFileCell) -> None:
        super()._load(model)
        if isinstance(model, models.TabularFileCell):
            self.file_name = model.file_name
            self.description = _opt(model.description)

    def _to_model(self) -> TabularFileCell:
        return models.TabularFileCell(
            type_="file",
            file_name=self.file_name or self.column.name,
            description=self.description if self.description is not None else UNSET,
            mime_type=self.mime_file_type,
            **self._content(),
        )


BINARY_CELLS: dict[str, type[LocalPictureValue]] = {
    "PICT": LocalPictureValue,
    "FILE": LocalFileValue,
}


def binary_cell_from_model(
    column: TabularColumn, model: TabularPictureCell | TabularFileCell
) -> LocalPictureValue:
    """The cell of an exported picture or file cell model."""
    cell = BINARY_CELLS[column.type_code](column)
    cell._load(model)
    return cell


def cell_class(column: TabularColumn) -> type[LocalCell]:
    """The cell class of any local column (ValueError for a kind cells cannot hold)."""
    return BINARY_CELLS.get(column.type_code) or local_cell_class(column)
