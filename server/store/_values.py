"""Attribute values: checking imported values against definitions, storing and exporting them.

A stored value is the contract's AttributeValue without ``attribute`` (the row names the
attribute) and, for files and pictures, with the content kept as a ``binaryId`` only.
"""

from __future__ import annotations

import base64
import binascii
import json
import secrets
import sqlite3
from dataclasses import dataclass
from typing import Any

from ._functional import FUNCTIONAL_TYPES, FunctionalError, prepare_functional
from ._read import PUBLIC_STATES, AttributeDef
from ._tabular import BinaryCells, TabularError, prepare_tabular
from ._unit_values import UnitValueError, to_database_units

TEXT_TYPES = ("shortText", "longText")
BINARY_TYPES = ("file", "picture")


@dataclass(slots=True)
class ValueError422(Exception):
    """An imported value that does not fit its attribute: the pointer suffix and the reason."""

    pointer: str
    message: str


def new_binary_id() -> str:
    """A random id for stored bytes (128 bits): it cannot be guessed or derived from content."""
    return secrets.token_hex(16)


def store_binary(
    db: sqlite3.Connection,
    database_key: str,
    data: bytes,
    file_name: str | None,
    mime_type: str | None,
) -> str:
    """Keep bytes for a database; returns their new, random binaryId."""
    binary_id = new_binary_id()
    db.execute(
        "INSERT INTO sl_binaries (id, database_key, file_name, mime_type, size, data) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (binary_id, database_key, file_name, mime_type, len(data), data),
    )
    return binary_id


def binary_visible(
    db: sqlite3.Connection, database_key: str, *, binary_id: str, drafts: bool
) -> bool:
    """Whether a caller may download the binary: one that sees drafts always may; a reader only
    when a released, superseded, withdrawn or unversioned version refers to it.

    Args:
        db: The store.
        database_key: The database the binary belongs to.
        binary_id: The binary's id.
        drafts: Whether the caller sees unreleased versions.

    Returns:
        True when the binary may be served to the caller.
    """
    if drafts:
        return True
    marks = ", ".join("?" for _ in PUBLIC_STATES)
    row = db.execute(
        "SELECT 1 FROM sl_values v JOIN sl_versions ver ON ver.value_set = v.value_set"
        " JOIN sl_histories h ON h.guid = ver.history_guid"
        f" WHERE h.database_key = ? AND ver.release_state IN ({marks})"
        " AND instr(v.value, ?) > 0 LIMIT 1",
        (database_key, *PUBLIC_STATES, f'"binaryId":"{binary_id}"'),
    ).fetchone()
    return row is not None


def _check_binary(
    db: sqlite3.Connection, database_key: str, value: dict[str, Any], stored: dict[str, Any]
) -> None:
    if value.get("binaryId"):
        found = db.execute(
            "SELECT mime_type, size FROM sl_binaries WHERE id = ? AND database_key = ?",
            (value["binaryId"], database_key),
        ).fetchone()
        if found is None:
            raise ValueError422("/binaryId", "no uploaded binary data with this id")
        stored["binaryId"] = value["binaryId"]
        stored.setdefault("mimeType", found["mime_type"])
        return
    if value.get("data") is not None:
        try:
            data = base64.b64decode(value["data"], validate=True)
        except (binascii.Error, ValueError) as error:
            raise ValueError422("/data", "not valid base64") from error
        mime = value.get("mimeType") or (
            "application/octet-stream" if value["type"] == "file" else "image/png"
        )
        stored["binaryId"] = store_binary(db, database_key, data, value.get("fileName"), mime)
        stored["mimeType"] = mime
        return
    raise ValueError422("/data", "a file or picture value needs data or binaryId")


def _structured(
    definition: AttributeDef,
    value: dict[str, Any],
    previous: dict[str, Any] | None,
    keep_binary: BinaryCells,
) -> str:
    try:
        if value["type"] == "tabular":
            stored = prepare_tabular(definition, value, previous, keep_binary)
        else:
            stored = prepare_functional(definition, value)
    except (FunctionalError, TabularError) as error:
        raise ValueError422(error.pointer, error.message) from error
    return json.dumps(stored, separators=(",", ":"))


def prepare_value(
    db: sqlite3.Connection,
    database_key: str,
    definition: AttributeDef,
    value: dict[str, Any],
    previous: dict[str, Any] | None = None,
) -> tuple[str, str | None]:
    """Check an imported value against its definition; the JSON to store and its searchable text.

    ``previous`` is the value stored so far (a tabular import is applied to it cell by cell).
    """
    kind = value["type"]
    fits = kind in FUNCTIONAL_TYPES if definition.type == "functional" else kind == definition.type
    if not fits:
        raise ValueError422("/type", f"attribute {definition.name!r} is of type {definition.type}")
    if kind in (*FUNCTIONAL_TYPES, "tabular"):

        def keep_binary(cell: dict[str, Any], stored: dict[str, Any], pointer: str) -> None:
            try:
                _check_binary(db, database_key, cell, stored)
            except ValueError422 as error:
                raise TabularError(pointer + error.pointer, error.message) from error

        return _structured(definition, value, previous, keep_binary), None
    # A file or picture's url, data and size are derived from the stored bytes; a hyperlink's
    # url is its value and is kept.
    derived = (
        ("attribute", "url", "data", "size") if kind in ("file", "picture") else ("attribute",)
    )
    stored = {k: v for k, v in value.items() if k not in derived}
    if kind in ("point", "range"):
        try:
            stored = to_database_units(
                stored,
                attribute=definition.name,
                database_unit=definition.unit,
                parameter_units=definition.parameter_units(),
            )
        except UnitValueError as error:
            raise ValueError422(error.pointer, error.message) from error
        if kind == "range":
            low, high = value.get("low"), value.get("high")
            if low is not None and high is not None and low > high:
                raise ValueError422("/low", "low is above high")
    elif kind == "discrete":
        allowed = definition.discrete_values or ()
        for index, item in enumerate(value["values"]):
            if item not in allowed:
                raise ValueError422(f"/values/{index}", f"not one of {list(allowed)}")
    elif kind in BINARY_TYPES:
        _check_binary(db, database_key, value, stored)
    text = value["value"].lower() if kind in TEXT_TYPES else None
    return json.dumps(stored, separators=(",", ":")), text


def export_value(
    db: sqlite3.Connection,
    name: str,
    stored_json: str,
    root_url: str,
    database_key: str,
    include_binary: bool,
) -> dict[str, Any]:
    """The contract's AttributeValue for a stored value."""
    stored: dict[str, Any] = json.loads(stored_json)
    binary = None
    if stored["type"] in BINARY_TYPES:
        binary = db.execute(
            "SELECT size, mime_type, data FROM sl_binaries WHERE id = ?", (stored.get("binaryId"),)
        ).fetchone()
    return export_stored(name, stored, root_url, database_key, include_binary, binary)


def export_stored(
    name: str,
    stored: dict[str, Any],
    root_url: str,
    database_key: str,
    include_binary: bool,
    binary: sqlite3.Row | None,
) -> dict[str, Any]:
    """``export_value`` of a parsed stored value whose binary row (if any) was read already."""
    out: dict[str, Any] = {"type": stored["type"], "attribute": name}
    out.update(stored)  # "type" keeps its place; stored values never carry "attribute"
    if stored["type"] in BINARY_TYPES:
        show_binary(out, root_url, database_key, include_binary, binary)
    return out


def show_binary(
    out: dict[str, Any],
    root_url: str,
    database_key: str,
    include_binary: bool,
    binary: sqlite3.Row | None,
) -> None:
    """Give an exported file or picture (a value or a tabular cell) its size, type and content."""
    binary_id = out.get("binaryId")
    out["size"] = binary["size"] if binary else None
    out["mimeType"] = out.get("mimeType") or (binary["mime_type"] if binary else None)
    if include_binary and binary is not None:
        out["data"] = base64.b64encode(binary["data"]).decode("ascii")
        out["url"] = None
    else:
        out["data"] = None
        out["url"] = f"{root_url}/api/v1/databases/{database_key}/binary-data/{binary_id}"


def version_values(db: sqlite3.Connection, value_set: str) -> list[sqlite3.Row]:
    """Stored values of a version's value set with their attribute names, in display order."""
    return db.execute(
        "SELECT a.name, a.guid, x.value FROM sl_values x JOIN sl_attributes a "
        "ON a.guid = x.attribute_guid WHERE x.value_set = ? ORDER BY a.position",
        (value_set,),
    ).fetchall()
