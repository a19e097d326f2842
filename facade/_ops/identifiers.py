"""Record identifiers given by users (dicts, keyword arguments) → the contract's RecordReference.

Validation happens here, before any request, so garbage never reaches the server and every
error names the element (index) and the key at fault. Priority when several identifiers are
given: ``vguid`` > ``history_identity`` (+ ``version_number``) > ``hguid``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from generated import models

from .._core.checks import require_str
from .wire_references import WireReference

if TYPE_CHECKING:  # annotations only: the models load at first use (generated.models)
    from generated.models.record_reference import RecordReference

__all__ = [
    "IDENTIFIER_KEYS",
    "check_db_key",
    "check_guid",
    "reference_from_ids",
    "references_from_identifiers",
    "wire_references_from_identifiers",
]

IDENTIFIER_KEYS = frozenset({"db_key", "hguid", "vguid", "history_identity", "version_number"})
_GUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_DB_KEY = re.compile(r"[A-Za-z0-9_.-]{1,64}")
_INT32_MAX = 2_147_483_647


def check_guid(value: object, what: str) -> str:
    """Return ``value`` if it is a GUID string; TypeError/ValueError naming ``what`` otherwise."""
    if not isinstance(value, str):
        raise TypeError(f"{what} must be a GUID string, not {type(value).__name__}")
    if not _GUID.fullmatch(value):
        raise ValueError(f"{what} is not a GUID: {_preview(value)}")
    return value


def check_db_key(value: object, what: str = "db_key") -> str:
    """Return ``value`` if it is a database key as the contract allows."""
    key = require_str(value, what)
    if not _DB_KEY.fullmatch(key):
        raise ValueError(
            f"{what} must be 1-64 characters of letters, digits, '_', '.' or '-': {_preview(key)}"
        )
    return key


def _check_int(value: object, what: str, *, minimum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{what} must be an int, not {type(value).__name__}")
    if not minimum <= value <= _INT32_MAX:
        raise ValueError(f"{what} must be between {minimum} and {_INT32_MAX}, got {value}")
    return value


def _preview(value: str) -> str:
    return repr(value if len(value) <= 60 else value[:57] + "...")


def reference_from_ids(
    db_key: object,
    *,
    hguid: object = None,
    vguid: object = None,
    history_identity: object = None,
    version_number: object = None,
    where: str = "",
) -> RecordReference:
    """Build the one RecordReference the priority rules select; ``where`` prefixes messages."""
    key = check_db_key(db_key, f"{where}db_key")
    if vguid is not None:
        return models.RecordReference(
            database_key=key, version_guid=check_guid(vguid, f"{where}vguid")
        )
    if history_identity is not None:
        identity = _check_int(history_identity, f"{where}history_identity", minimum=1)
        if version_number is None:
            return models.RecordReference(database_key=key, history_identity=identity)
        number = _check_int(version_number, f"{where}version_number", minimum=0)
        return models.RecordReference(
            database_key=key, history_identity=identity, version_number=number
        )
    if version_number is not None:
        raise ValueError(f"{where}version_number is only meaningful with history_identity")
    if hguid is not None:
        return models.RecordReference(
            database_key=key, history_guid=check_guid(hguid, f"{where}hguid")
        )
    raise ValueError(f"{where}one of vguid, history_identity or hguid is required")


def references_from_identifiers(
    record_identifiers: Sequence[Mapping[str, Any]], db_key: str | None = None
) -> list[RecordReference]:
    """Validate every identifier dict and return one reference per element, in order.

    ``db_key`` fills in elements without one (for ``Database.get_records_by_ids``).
    """
    return cast(list[models.RecordReference], _references(record_identifiers, db_key, wire=False))


def wire_references_from_identifiers(
    record_identifiers: Sequence[Mapping[str, Any]], db_key: str | None = None
) -> list[WireReference]:
    """``references_from_identifiers`` in the contract's wire form, checked the same way.

    The usual element (a key and a version or history GUID) goes straight to its dict:
    ``get_records_by_ids`` of 10,000 identifiers need not build 10,000 models only to turn
    each back into the dict the request sends.
    """
    return cast(list[WireReference], _references(record_identifiers, db_key, wire=True))


def _references(
    record_identifiers: Sequence[Mapping[str, Any]],
    db_key: str | None,
    *,
    wire: bool,
) -> list[RecordReference] | list[WireReference]:
    if isinstance(record_identifiers, str | bytes | Mapping) or not isinstance(
        record_identifiers, Sequence
    ):
        raise TypeError(
            "record_identifiers must be a sequence of dicts, not "
            f"{type(record_identifiers).__name__}"
        )
    references: list[Any] = []
    good_keys: set[str] = set()
    for index, identifier in enumerate(record_identifiers):
        fast = _plain_reference(identifier, db_key, good_keys=good_keys)
        if fast is not None:
            references.append(fast if wire else models.RecordReference.from_dict(fast))
            continue
        where = f"record_identifiers[{index}]"
        if not isinstance(identifier, Mapping):
            raise TypeError(f"{where} must be a dict, not {type(identifier).__name__}")
        unknown = sorted(str(k) for k in identifier if k not in IDENTIFIER_KEYS)
        if unknown:
            raise ValueError(
                f"{where} has unknown key(s) {unknown}; expected {sorted(IDENTIFIER_KEYS)}"
            )
        key = identifier.get("db_key", db_key)
        if key is None:
            raise ValueError(f"{where} is missing the key 'db_key'")
        model = reference_from_ids(
            key,
            hguid=identifier.get("hguid"),
            vguid=identifier.get("vguid"),
            history_identity=identifier.get("history_identity"),
            version_number=identifier.get("version_number"),
            where=f"{where}: ",
        )
        references.append(model.to_dict() if wire else model)
    return references


def _plain_reference(
    identifier: object, default_key: str | None, *, good_keys: set[str]
) -> WireReference | None:
    """The usual element (a dict of known keys, a valid db_key and a valid vguid, or an hguid alone) checked with a few C-level operations, in wire form.

    None sends it through the full checks, which name what is wrong. ``good_keys`` remembers
    database keys already checked.
    """
    # issuperset iterates the dict's keys: no keys view made per identifier (~400 machine
    # instructions less than ``identifier.keys() <= IDENTIFIER_KEYS``).
    if type(identifier) is not dict or not IDENTIFIER_KEYS.issuperset(identifier):
        return None
    key = identifier.get("db_key", default_key)
    if key not in good_keys:
        if type(key) is not str or not _DB_KEY.fullmatch(key):
            return None
        good_keys.add(key)
    vguid = identifier.get("vguid")
    if vguid is not None:
        if type(vguid) is str and _GUID.fullmatch(vguid):
            return {"databaseKey": key, "versionGuid": vguid}
        return None
    hguid = identifier.get("hguid")
    if (
        type(hguid) is str
        and identifier.get("history_identity") is None
        and identifier.get("version_number") is None
        and _GUID.fullmatch(hguid)
    ):
        return {"databaseKey": key, "historyGuid": hguid}
    return None
