"""Records built from server models carry the same state as records built by hand, and the
wire values of colours, release states and record types map as the contract spells them."""

from __future__ import annotations

import datetime

import pytest

from facade import Record, RecordColor, RecordType, ReleaseState
from facade._core.strict import instance_state
from facade._model.enums import _record_type
from generated.models.record import Record as RecordModel
from generated.models.record_color_known import RecordColorKnown
from generated.models.record_type_known import RecordTypeKnown
from generated.models.release_state_known import ReleaseStateKnown


def _model(
    color: object = "navy", state: object = "released", kind: object = "folder"
) -> RecordModel:
    now = datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)
    return RecordModel(
        history_guid="0" * 8 + "-0000-4000-8000-" + "0" * 12,
        version_guid="1" * 8 + "-0000-4000-8000-" + "0" * 12,
        history_identity=7,
        version_number=1,
        name="Steel",
        short_name="Steel",
        type_=kind,  # type: ignore[arg-type]
        color=color,  # type: ignore[arg-type]
        parent_history_guid=None,
        table_guid="2" * 8 + "-0000-4000-8000-" + "0" * 12,
        table_name="Metals",
        database_key="DEMO_MATERIALS",
        release_state=state,  # type: ignore[arg-type]
        created_at=now,
        created_by="admin",
        last_modified_at=now,
        last_modified_by="admin",
    )


def test_from_model_sets_every_attribute_init_sets() -> None:
    table = object()
    by_hand = Record("Steel", table)  # type: ignore[arg-type]
    from_server = Record._from_model(_model(), table)  # type: ignore[arg-type]
    assert set(instance_state(from_server)) == set(instance_state(by_hand))
    assert set(instance_state(by_hand)) == set(Record.__slots__)  # every slot is set
    assert from_server.exists_on_server and not by_hand.exists_on_server
    assert from_server.name == "Steel" and from_server.flag_for_release is True
    assert from_server.color is RecordColor.Navy
    assert from_server.type is RecordType.Folder
    assert from_server.release_state is ReleaseState.Released


@pytest.mark.parametrize("known", list(RecordColorKnown))
def test_every_contract_colour_maps(known: RecordColorKnown) -> None:
    color = RecordColor.from_wire(known)
    assert color.wire == known.value
    assert RecordColor.from_wire(known.value) is color


@pytest.mark.parametrize("known", list(ReleaseStateKnown))
def test_every_contract_release_state_maps(known: ReleaseStateKnown) -> None:
    assert ReleaseState.from_wire(known).wire == known.value


@pytest.mark.parametrize("known", list(RecordTypeKnown))
def test_every_contract_record_type_maps(known: RecordTypeKnown) -> None:
    assert _record_type(known).wire == known.value


def test_unknown_wire_values_fall_back() -> None:
    assert RecordColor.from_wire("ultraviolet") is RecordColor.InheritFromParent
    assert RecordColor.from_wire(None) is RecordColor.InheritFromParent
    assert ReleaseState.from_wire("archived") is ReleaseState.Unknown
    assert _record_type("shortcut") is RecordType.Record
