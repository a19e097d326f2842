"""Identifier dicts → RecordReference: priority rules and validation before any request."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facade._ops.identifiers import reference_from_ids, references_from_identifiers
from generated.types import UNSET

H = "11111111-1111-4111-8111-111111111111"
V = "22222222-2222-4222-8222-222222222222"


def test_vguid_wins_over_everything() -> None:
    (ref,) = references_from_identifiers(
        [{"db_key": "DB", "vguid": V, "hguid": H, "history_identity": 3, "version_number": 1}]
    )
    assert ref.to_dict() == {"databaseKey": "DB", "versionGuid": V}


def test_history_identity_with_version_number_wins_over_hguid() -> None:
    (ref,) = references_from_identifiers(
        [{"db_key": "DB", "hguid": H, "history_identity": 3, "version_number": 2}]
    )
    assert ref.to_dict() == {"databaseKey": "DB", "historyIdentity": 3, "versionNumber": 2}


def test_hguid_alone_names_the_latest_visible_version() -> None:
    ref = reference_from_ids("DB", hguid=H)
    assert ref.history_guid == H and ref.version_guid is UNSET and ref.version_number is UNSET


def test_default_db_key_fills_missing_keys() -> None:
    (ref,) = references_from_identifiers([{"hguid": H}], db_key="OTHER")
    assert ref.database_key == "OTHER"


BAD: list[tuple[Any, type[Exception], str]] = [
    ([{"hguid": H}], ValueError, r"record_identifiers\[0\] is missing the key 'db_key'"),
    (
        [{"db_key": "DB", "hguid": H}, {"db_key": "DB"}],
        ValueError,
        r"record_identifiers\[1\]: one of vguid, history_identity or hguid",
    ),
    (
        [{"db_key": "DB", "hguid": "nope"}],
        ValueError,
        r"record_identifiers\[0\]: hguid is not a GUID: 'nope'",
    ),
    (
        [{"db_key": "DB", "vguid": 12}],
        TypeError,
        r"record_identifiers\[0\]: vguid must be a GUID string, not int",
    ),
    (
        [{"db_key": "DB", "history_identity": "3"}],
        TypeError,
        r"record_identifiers\[0\]: history_identity must be an int, not str",
    ),
    (
        [{"db_key": "DB", "history_identity": True}],
        TypeError,
        r"history_identity must be an int, not bool",
    ),
    (
        [{"db_key": "DB", "history_identity": 0}],
        ValueError,
        r"history_identity must be between 1 and 2147483647",
    ),
    (
        [{"db_key": "DB", "history_identity": 2**31}],
        ValueError,
        r"history_identity must be between",
    ),
    (
        [{"db_key": "DB", "history_identity": 1, "version_number": -1}],
        ValueError,
        r"version_number must be between 0",
    ),
    (
        [{"db_key": "DB", "hguid": H, "version_number": 1}],
        ValueError,
        r"version_number is only meaningful with history_identity",
    ),
    (
        [{"db_key": "no spaces", "hguid": H}],
        ValueError,
        r"record_identifiers\[0\]: db_key must be 1-64 characters",
    ),
    ([{"db_key": 5, "hguid": H}], TypeError, r"record_identifiers\[0\]: db_key must be a str"),
    (
        [{"db_key": "DB", "guid": H}],
        ValueError,
        r"record_identifiers\[0\] has unknown key\(s\) \['guid'\]",
    ),
    ([["DB", H]], TypeError, r"record_identifiers\[0\] must be a dict, not list"),
    (
        {"db_key": "DB", "hguid": H},
        TypeError,
        r"record_identifiers must be a sequence of dicts, not dict",
    ),
    ("DB", TypeError, r"must be a sequence of dicts, not str"),
    (None, TypeError, r"must be a sequence of dicts, not NoneType"),
]


@pytest.mark.parametrize(("identifiers", "error", "message"), BAD)
def test_malformed_identifiers_name_index_and_key(
    identifiers: Any, error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        references_from_identifiers(identifiers)


identifier = st.fixed_dictionaries(
    {"db_key": st.from_regex(r"[A-Za-z0-9_.-]{1,64}", fullmatch=True)},
    optional={
        "vguid": st.uuids().map(str),
        "hguid": st.uuids().map(str),
        "history_identity": st.integers(1, 2**31 - 1),
    },
)


@settings(max_examples=150, deadline=None)
@given(st.lists(identifier, max_size=20))
def test_valid_identifiers_map_one_to_one_by_priority(ids: list[dict[str, Any]]) -> None:
    ids = [i for i in ids if {"vguid", "hguid", "history_identity"} & i.keys()]
    refs = references_from_identifiers(ids)
    assert len(refs) == len(ids)
    for given_id, ref in zip(ids, refs, strict=True):
        body = ref.to_dict()
        assert body["databaseKey"] == given_id["db_key"]
        if "vguid" in given_id:
            assert set(body) == {"databaseKey", "versionGuid"}
        elif "history_identity" in given_id:
            assert set(body) == {"databaseKey", "historyIdentity"}
        else:
            assert set(body) == {"databaseKey", "historyGuid"}


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.dictionaries(
            st.sampled_from(
                ["db_key", "vguid", "hguid", "history_identity", "version_number", "x"]
            ),
            st.one_of(st.none(), st.integers(), st.text(max_size=40), st.booleans()),
        ),
        max_size=5,
    )
)
def test_any_garbage_raises_type_or_value_error_with_an_index(ids: list[dict[str, Any]]) -> None:
    try:
        references_from_identifiers(ids)
    except (TypeError, ValueError) as error:
        assert "record_identifiers[" in str(error)
