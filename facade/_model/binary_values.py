"""File and picture values: ``url`` when exported without data, bytes and ``save()`` when fetched.

``save()`` never writes outside the path it is given, whatever file name the server sent.
"""

from __future__ import annotations

import base64
import builtins
import mimetypes
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, Protocol

from generated import models
from generated.types import UNSET

from .._core.warn import warn_caller
from .binary_objects import File, Picture, guess_mime_type, read_file
from .value_base import AttributeValue, _opt

if TYPE_CHECKING:  # annotations only: the models load at first use (generated.models)
    from generated.models.file_value import FileValue
    from generated.models.picture_value import PictureValue

__all__ = ["AttributeFile", "AttributePicture", "BinaryDownload", "BinaryType", "safe_file_name"]

_UNSAFE_NAME = re.compile(r"[\x00-\x1f\x7f-\x9f<>:\"|?*]")
# Unicode bidirectional controls: "invoice" + U+202E + "fdp.exe" displays as "invoiceexe.pdf".
_BIDI_CONTROLS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def safe_file_name(name: str | None, fallback: str) -> str:
    """A bare file name from whatever the server sent.

    No directories, no '..', no control characters and no Unicode bidirectional controls
    (which would show the name differently from what it is).
    """
    name = _BIDI_CONTROLS.sub("", name or "")
    fallback = _BIDI_CONTROLS.sub("", fallback)
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    base = _UNSAFE_NAME.sub("_", base).strip(" .")
    if not base:
        base = _UNSAFE_NAME.sub("_", fallback.replace("/", "_").replace("\\", "_")).strip(" .")
    return base[:255] or "attribute-data"


class BinaryDownload(Protocol):
    """The data of a value exported by URL, fetched when needed (one request each call)."""

    def read(self) -> bytes:
        """The bytes, in memory (within ``SessionConfiguration.max_response_bytes``)."""
        ...

    def write_to(self, file: BinaryIO) -> int:
        """Stream the bytes into ``file`` without holding them in memory; returns the count."""
        ...


@dataclass(slots=True)
class _Binary:
    data: bytes | None = None
    url: str | None = None
    binary_id: str | None = None
    download: BinaryDownload | None = field(default=None, repr=False)


class BinaryType(AttributeValue):
    """Shared behaviour of files and pictures: ``url``, ``binary_data``, ``save(path)``.

    Args:
        name: The attribute's name.
        value: The bytes (None for an empty value).
        mime_file_type: The MIME type of the bytes (e.g. ``"image/png"``).
    """

    __slots__ = ("_binary", "mime_file_type")

    def __init__(self, name: str, value: bytes | None = None, mime_file_type: str | None = None):
        self._binary = _Binary()
        super().__init__(name, value)
        self.mime_file_type = mime_file_type

    def _check(self, value: Any) -> Any:
        if not isinstance(value, bytes | bytearray):
            raise TypeError(f"data of {self.name!r} must be bytes, not {type(value).__name__}")
        self._binary = _Binary(data=bytes(value))
        return self._binary.data

    def is_empty(self) -> bool:
        """Whether the value holds no data, no URL and no stored binary.

        Returns:
            True when there is nothing to send or download.
        """
        b = self._binary
        return b.data is None and b.url is None and b.binary_id is None

    @property
    def value(self) -> Any:
        """The bytes (same as ``binary_data``)."""
        return self.binary_data if not self.is_empty() else None

    @value.setter
    def value(self, value: Any) -> None:
        if value is None:
            self._binary = _Binary()
            self._value = None
        else:
            self._value = self._check(value)

    @property
    def url(self) -> str | None:
        """Where to download the data; None when the bytes were fetched with the value."""
        return self._binary.url if self._binary.data is None else None

    @property
    def _data_in_memory(self) -> bytes | None:
        """The bytes when they are already here (never downloads)."""
        return self._binary.data

    @property
    def binary_data(self) -> bytes:
        """The bytes; downloaded now (with a warning) when only the URL was exported."""
        b = self._binary
        if b.data is None:
            if b.download is None:
                raise ValueError(
                    f"binary data of {self.name!r} was not fetched: use "
                    "bulk_fetch(..., include_binary_data=True)"
                )
            warn_caller(
                f"downloading binary data of {self.name!r} on demand; pass "
                "include_binary_data=True to fetch it with the records"
            )
            b.data = b.download.read()
        return b.data

    def _default_file_name(self) -> str:
        return self.name

    def _file_name_with_extension(self) -> str:
        """The safe file name, with an extension from the MIME type when it has none."""
        name = safe_file_name(self._default_file_name(), self.name)
        mime = (self.mime_file_type or "").split(";")[0].strip().lower()
        if Path(name).suffix or not mime or mime == "application/octet-stream":
            return name  # bytes of no known type get no invented extension
        extension = mimetypes.guess_extension(mime)
        return name + extension if extension else name

    def __repr__(self) -> str:
        b = self._binary
        kind = f" {self.mime_file_type}" if self.mime_file_type else ""
        if b.data is not None:
            shown = f"{len(b.data):,} bytes{kind}"
        elif b.url is not None:
            shown = f"exported as URL{kind}, not downloaded: {b.url}"
        elif b.binary_id is not None:
            shown = f"stored on the server{kind} (binary id {b.binary_id})"
        else:
            shown = "empty"
        return f"<{type(self).__name__} {self.name!r}: {shown}>"

    def load(self, path: str | os.PathLike[str]) -> None:
        """Set the value to the bytes of a file; its extension gives ``mime_file_type``.

        Flag the value with ``Record.set_attributes`` to write it with the next update.

        Args:
            path: The file.

        Raises:
            TypeError: ``path`` is not a path.
            FileNotFoundError: There is no file at ``path``.
        """
        source, data = read_file(path, type(self).__name__)
        self.value = data
        self.mime_file_type = guess_mime_type(source)

    @property
    def object(self) -> File | Picture | None:
        """The value as a detached ``File`` / ``Picture`` (None when empty); set one to copy it in.

        Reading downloads bytes exported only as a URL (with a warning), as ``binary_data``.
        """
        if self.is_empty():
            return None
        detached = self._detached_class()()
        detached.binary_data = self.binary_data
        detached.mime_file_type = self.mime_file_type
        return detached

    @object.setter
    def object(self, detached: File | Picture | None) -> None:
        expected = self._detached_class()
        if detached is None:
            self.value = None
            return
        if not isinstance(detached, expected):
            raise TypeError(
                f"{type(self).__name__}.object takes a {expected.__name__}, "
                f"not {type(detached).__name__}"
            )
        self.value = detached.binary_data
        self.mime_file_type = detached.mime_file_type

    def _detached_class(self) -> builtins.type[File | Picture]:
        return Picture

    def save(self, path: str | os.PathLike[str]) -> Path:
        """Write the bytes to ``path`` and return where they went.

        When ``path`` is an existing directory the file goes inside it, under the server's
        file name (a picture: the attribute's name) reduced to a bare, safe name, with an
        extension from the MIME type when the name has none (``Micrograph.png``): nothing is
        ever written outside ``path``. A file path is used exactly as given.
        Data exported by URL is streamed from the server into a temporary file beside the
        target, then renamed: it is never held in memory, and an interrupted download leaves
        no partial file.

        Args:
            path: A file path, or an existing directory.

        Returns:
            The path of the written file.

        Raises:
            ValueError: The data was not fetched and cannot be downloaded, or the server's file
                name would lead outside ``path``.
        """
        target = Path(path)
        if target.is_dir():
            directory = target.resolve()
            target = directory / self._file_name_with_extension()
            if target.resolve().parent != directory:
                raise ValueError(f"refusing to write {self.name!r} outside {directory}")
        b = self._binary
        if b.data is None and b.download is not None:
            _stream_into(target, b.download)
        else:
            target.write_bytes(self.binary_data)
        return target

    def _content(self) -> dict[str, Any]:
        b = self._binary
        if b.data is not None:
            return {"data": base64.b64encode(b.data).decode("ascii")}
        if b.binary_id is not None:
            return {"binary_id": b.binary_id}
        raise ValueError(f"attribute {self.name!r} has no data to send")

    def _load(self, model: FileValue | PictureValue, download: BinaryDownload | None) -> None:
        data = _opt(model.data)
        self._binary = _Binary(
            data=base64.b64decode(data) if data is not None else None,
            url=_opt(model.url),
            binary_id=_opt(model.binary_id),
            download=download,
        )
        self.mime_file_type = _opt(model.mime_type)


def _stream_into(target: Path, download: BinaryDownload) -> None:
    """Download into a temporary file in ``target``'s folder, then rename it to ``target``."""
    descriptor, temporary = tempfile.mkstemp(prefix=".download-", dir=target.parent)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            download.write_to(handle)
        os.chmod(temporary, 0o644)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


class AttributeFile(BinaryType):
    """A file (FILE): bytes with a ``file_name`` and a ``description``.

    Args:
        name: The attribute's name.
        value: The bytes (None for an empty value).
        file_name: The file's name, as stored on the server.
        description: A description of the file.
        mime_file_type: The MIME type of the bytes.
    """

    __slots__ = ("description", "file_name")

    type = "FILE"
    kind = "file"

    def __init__(
        self,
        name: str,
        value: bytes | None = None,
        file_name: str | None = None,
        description: str | None = None,
        mime_file_type: str | None = None,
    ) -> None:
        super().__init__(name, value, mime_file_type)
        self.file_name = file_name
        self.description = description

    def _default_file_name(self) -> str:
        return self.file_name or self.name

    def load(self, path: str | os.PathLike[str]) -> None:
        """Set the value to the bytes of a file; its name becomes ``file_name`` when none is set.

        Args:
            path: The file.

        Raises:
            TypeError: ``path`` is not a path.
            FileNotFoundError: There is no file at ``path``.
        """
        super().load(path)
        if self.file_name is None:
            self.file_name = Path(path).name

    @property
    def object(self) -> File | Picture | None:
        """The value as a detached ``File`` (None when empty); set a ``File`` to copy it in."""
        detached = super().object
        if isinstance(detached, File):
            detached.file_name = self.file_name
            detached.description = self.description
        return detached

    @object.setter
    def object(self, detached: File | Picture | None) -> None:
        BinaryType.object.fset(self, detached)  # type: ignore[attr-defined]
        if isinstance(detached, File):
            self.file_name = detached.file_name
            self.description = detached.description

    def _detached_class(self) -> builtins.type[File | Picture]:
        return File

    def _to_model(self) -> FileValue:
        return models.FileValue(
            type_="file",
            attribute=self.name,
            file_name=safe_file_name(self.file_name, self.name),
            mime_type=self.mime_file_type,
            description=self.description if self.description is not None else UNSET,
            **self._content(),
        )


class AttributePicture(BinaryType):
    """A picture (PICT): image bytes."""

    __slots__ = ()

    type = "PICT"
    kind = "picture"

    def _to_model(self) -> PictureValue:
        return models.PictureValue(
            type_="picture",
            attribute=self.name,
            mime_type=self.mime_file_type,
            **self._content(),
        )
