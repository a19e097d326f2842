"""Records and attribute values keep their state in ``__slots__`` (no per-instance dict, which
bulk fetches of 100,000 records paid for once per record and once per value) and still refuse
attributes they do not have, naming the close matches."""

from __future__ import annotations

import datetime
import sys

import pytest

from facade import (
    AttributeDate,
    AttributeDiscrete,
    AttributeFile,
    AttributeHyperlink,
    AttributeInteger,
    AttributeLogical,
    AttributeLongText,
    AttributePicture,
    AttributePoint,
    AttributeRange,
    AttributeShortText,
    ParameterizedPointValue,
    PointParameterValue,
    Range,
    Record,
)
from facade._core.strict import instance_state
from facade._model.values import AttributeUnsupported

VALUES = [
    AttributePoint("Density", 2700.0, "kg/m^3"),
    AttributePoint("Young's modulus", [ParameterizedPointValue(70.0)]),
    AttributeRange("Yield strength", Range(200.0, 300.0), "MPa"),
    AttributeDiscrete("Form", "Sheet"),
    AttributeDiscrete("Forms", ("Sheet", "Bar"), is_multivalued=True),
    AttributeInteger("Batch size", 10),
    AttributeLogical("RoHS compliant", True),
    AttributeDate("Test date", datetime.date(2024, 1, 2)),
    AttributeShortText("Designation", "Al-1"),
    AttributeLongText("Notes", "Light."),
    AttributeHyperlink("Supplier page", "https://example.com", "Supplier", "New"),
    AttributeFile("Datasheet", b"%PDF", "a.pdf"),
    AttributePicture("Micrograph", b"\x89PNG"),
    AttributeUnsupported("Odd"),
]


@pytest.mark.parametrize("value", VALUES, ids=lambda v: type(v).__name__)
def test_values_have_no_instance_dict(value: object) -> None:
    assert not hasattr(value, "__dict__")


def test_records_have_no_instance_dict() -> None:
    record = Record("Steel", object())  # type: ignore[arg-type]
    assert not hasattr(record, "__dict__")
    assert "_edits" in instance_state(record)


def test_point_parts_and_ranges_have_no_instance_dict() -> None:
    for part in (PointParameterValue("Temperature", 20.0, "degC"), ParameterizedPointValue(1.0)):
        assert not hasattr(part, "__dict__")
    assert not hasattr(Range(1.0, 2.0), "__dict__")


@pytest.mark.parametrize("value", VALUES, ids=lambda v: type(v).__name__)
def test_a_slotted_value_refuses_an_unknown_attribute_naming_close_matches(value: object) -> None:
    with pytest.raises(AttributeError, match=r"has no attribute 'nmae'; did you mean 'name'\?"):
        value.nmae = "x"  # type: ignore[attr-defined]
    with pytest.raises(AttributeError, match=r"has no attribute 'colour'$"):
        value.colour = "red"  # type: ignore[attr-defined]


def test_a_record_refuses_an_unknown_attribute_naming_close_matches() -> None:
    record = Record("Steel", object())  # type: ignore[arg-type]
    with pytest.raises(AttributeError, match=r"'flag_for_releas'; did you mean 'flag_for_release'"):
        record.flag_for_releas = False  # type: ignore[attr-defined]
    with pytest.raises(AttributeError, match="'_scratch'"):
        record._scratch = 1  # type: ignore[attr-defined]  # private names too: slots only
    record.flag_for_release = False
    assert record.flag_for_release is False


def test_property_setters_still_check_their_values() -> None:
    value = AttributeInteger("Batch size", 1)
    with pytest.raises(TypeError, match="must be an int"):
        value.value = "ten"
    value.value = 12
    assert value.value == 12


def test_equal_values_compare_by_their_slots() -> None:
    assert AttributePoint("Density", 1.0, "kg/m^3") == AttributePoint("Density", 1.0, "kg/m^3")
    assert AttributePoint("Density", 1.0, "kg/m^3") != AttributePoint("Density", 1.0, "g/cm^3")
    assert AttributeFile("Datasheet", b"a", "a.pdf") != AttributeFile("Datasheet", b"a", "b.pdf")


def test_a_slotted_value_is_smaller_than_its_dict_was() -> None:
    value = AttributePoint("Density", 2700.0, "kg/m^3")
    # the whole object takes less than a __dict__ of the same names alone did
    assert sys.getsizeof(value) < sys.getsizeof(dict.fromkeys(instance_state(value)))


def test_slotted_strict_classes_set_through_the_short_path_with_the_same_errors() -> None:
    from facade._core.strict import StrictAttributes, _set_slotted

    class Slotted(StrictAttributes):
        __slots__ = ("_hidden", "height")

        @property
        def area(self) -> int:
            return 1

        @property
        def width(self) -> int:
            return self._hidden

        @width.setter
        def width(self, width: int) -> None:
            if width < 0:
                raise AttributeError("width must not be negative")
            self._hidden = width

    class WithDict(Slotted):
        pass

    class OwnSetter(Slotted):
        __slots__ = ("seen",)

        def __setattr__(self, name: str, value: object) -> None:
            object.__setattr__(self, "seen", name)
            super().__setattr__(name, value)

    class BelowOwnSetter(OwnSetter):
        __slots__ = ()

    assert Slotted.__setattr__ is _set_slotted
    assert WithDict.__setattr__ is StrictAttributes.__setattr__
    assert BelowOwnSetter.__setattr__ is OwnSetter.__dict__["__setattr__"]
    item = Slotted()
    item.height = 3
    item.width = 2
    assert (item.height, item.width) == (3, 2)
    with pytest.raises(AttributeError, match=r"has no attribute 'hieght'; did you mean 'height'\?"):
        item.hieght = 1  # type: ignore[attr-defined]
    with pytest.raises(AttributeError, match="has no setter"):
        item.area = 2  # type: ignore[misc]
    with pytest.raises(AttributeError, match="must not be negative"):
        item.width = -1
    loose = WithDict()
    loose.height = 4
    with pytest.raises(AttributeError, match=r"did you mean 'height'"):
        loose.hieght = 1  # type: ignore[attr-defined]
    own = BelowOwnSetter()
    own.height = 5
    assert own.seen == "height"
