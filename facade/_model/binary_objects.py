"""``File`` and ``Picture``: bytes held apart from any record (the Toolkit's binary helpers).

A script builds one, fills it from bytes or from a file on disk, and hands it to a file or
picture attribute value with ``value.object = helper``; ``value.object`` gives one back.
"""

from __future__ import annotations

import mimetypes
import os
from pathlib import Path
from typing import Any

from .._core.strict import StrictAttributes

__all__ = ["DetachedBinary", "File", "Picture", "guess_mime_type", "read_file"]


def guess_mime_type(path: Path) -> str | None:
    """The MIME type the file's extension suggests (None: unknown; the server decides)."""
    return mimetypes.guess_type(path.name)[0]


def read_file(path: str | os.PathLike[str], what: str) -> tuple[Path, bytes]:
    """The path and the bytes of a file to load.

    Args:
        path: The file.
        what: What is being loaded, for the error message.

    Returns:
        The path and its bytes.

    Raises:
        TypeError: ``path`` is not a path.
        FileNotFoundError: There is no file at ``path``.
    """
    if not isinstance(path, str | os.PathLike):
        raise TypeError(f"{what}.load takes a path, not {type(path).__name__}")
    source = Path(path)
    if not source.is_file():
        raise FileNotFoundError(f"{what}.load: no file at {str(source)!r}")
    return source, source.read_bytes()


class DetachedBinary(StrictAttributes):
    """What ``File`` and ``Picture`` share: ``binary_data``, ``mime_file_type``, ``load``, ``save``.

    Args:
        path: A file to load at once.

    Raises:
        FileNotFoundError: ``path`` names no file.
    """

    def __init__(self, *, path: str | os.PathLike[str] | None = None) -> None:
        self._data: bytes | None = None
        self.mime_file_type: str | None = None
        if path is not None:
            self.load(path)

    @property
    def binary_data(self) -> bytes | None:
        """The bytes (None: empty); set it to bytes, or to None to empty the object."""
        return self._data

    @binary_data.setter
    def binary_data(self, data: bytes | bytearray | None) -> None:
        if data is not None and not isinstance(data, bytes | bytearray):
            raise TypeError(
                f"{type(self).__name__}.binary_data takes bytes, not {type(data).__name__}"
            )
        self._data = None if data is None else bytes(data)

    @property
    def value(self) -> bytes | None:
        """The bytes, as ``binary_data``."""
        return self._data

    @value.setter
    def value(self, data: bytes | bytearray | None) -> None:
        self.binary_data = data

    @property
    def url(self) -> None:
        """Always None: the bytes of a detached object are here, not on a server."""
        return None

    @property
    def is_empty(self) -> bool:
        """Whether there are no bytes."""
        return self._data is None

    def load(self, path: str | os.PathLike[str]) -> None:
        """Read the bytes of a file; its extension gives ``mime_file_type``.

        Args:
            path: The file.

        Raises:
            TypeError: ``path`` is not a path.
            FileNotFoundError: There is no file at ``path``.
        """
        source, self._data = read_file(path, type(self).__name__)
        self.mime_file_type = guess_mime_type(source)

    def save(self, path: str | os.PathLike[str]) -> Path:
        """Write the bytes to ``path`` and return it.

        Args:
            path: The file to write.

        Returns:
            The path written.

        Raises:
            ValueError: The object holds no bytes.
        """
        if self._data is None:
            raise ValueError(f"{type(self).__name__} is empty: nothing to save")
        target = Path(path)
        target.write_bytes(self._data)
        return target

    def _describe(self) -> str:
        size = "empty" if self._data is None else f"{len(self._data):,} bytes"
        kind = f" {self.mime_file_type}" if self.mime_file_type else ""
        return f"{size}{kind}"

    def __repr__(self) -> str:
        return f"<{type(self).__name__}: {self._describe()}>"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return bool(self._state() == other._state())

    __hash__ = None  # type: ignore[assignment]

    def _state(self) -> tuple[Any, ...]:
        return (self._data, self.mime_file_type)


class Picture(DetachedBinary):
    """Picture bytes not attached to a record (``Picture(path="micrograph.png")``).

    Args:
        path: A file to load at once.

    Raises:
        FileNotFoundError: ``path`` names no file.
    """


class File(DetachedBinary):
    """File bytes not attached to a record, with a ``file_name`` and a ``description``.

    Args:
        path: A file to load at once; its name becomes ``file_name``.

    Raises:
        FileNotFoundError: ``path`` names no file.
    """

    def __init__(self, *, path: str | os.PathLike[str] | None = None) -> None:
        self._file_name: str | None = None
        self._description: str | None = None
        super().__init__(path=path)

    @property
    def file_name(self) -> str | None:
        """The file's name as it will be stored (None: the attribute's name)."""
        return self._file_name

    @file_name.setter
    def file_name(self, name: str | None) -> None:
        self._file_name = _text_or_none(name, "File.file_name")

    @property
    def description(self) -> str | None:
        """A description stored with the file."""
        return self._description

    @description.setter
    def description(self, text: str | None) -> None:
        self._description = _text_or_none(text, "File.description")

    def load(self, path: str | os.PathLike[str]) -> None:
        """Read the bytes of a file; its name becomes ``file_name`` when none is set.

        Args:
            path: The file.

        Raises:
            TypeError: ``path`` is not a path.
            FileNotFoundError: There is no file at ``path``.
        """
        super().load(path)
        if self._file_name is None:
            self._file_name = Path(path).name

    def _describe(self) -> str:
        name = f"{self._file_name!r}, " if self._file_name else ""
        return name + super()._describe()

    def _state(self) -> tuple[Any, ...]:
        return (*super()._state(), self._file_name, self._description)


def _text_or_none(value: Any, what: str) -> str | None:
    if value is not None and not isinstance(value, str):
        raise TypeError(f"{what} takes a str, not {type(value).__name__}")
    return value
