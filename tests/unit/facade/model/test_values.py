"""Attribute value classes: validation, conversion to and from the contract's models, save()."""

from __future__ import annotations

import base64
import datetime
import os
from pathlib import Path
from typing import BinaryIO

import pytest

from facade import (
    AttributeDate,
    AttributeDiscrete,
    AttributeDiscreteMulti,
    AttributeDiscreteSingle,
    AttributeFile,
    AttributeHyperlink,
    AttributeInteger,
    AttributeLogical,
    AttributeLongText,
    AttributePicture,
    AttributePoint,
    AttributePointMulti,
    AttributePointSingle,
    AttributeRange,
    AttributeShortText,
    ParameterizedPointValue,
    PointParameterValue,
    Range,
)
from facade._model.values import safe_file_name, value_from_model, value_of_kind
from generated.models.export_result import ExportResult

EXPORTED = [
    {
        "type": "point",
        "attribute": "Density",
        "values": [{"value": 2700.0, "parameters": []}],
        "unit": "kg/m^3",
        "estimated": False,
    },
    {
        "type": "point",
        "attribute": "Conductivity",
        "values": [
            {
                "value": 167.0,
                "parameters": [{"name": "Temperature", "value": 20.0, "unit": "degC"}],
            },
            {
                "value": 180.0,
                "parameters": [{"name": "Temperature", "value": 200.0, "unit": "degC"}],
            },
        ],
        "unit": "W/m.K",
        "estimated": True,
    },
    {
        "type": "range",
        "attribute": "Yield",
        "low": 240.0,
        "high": None,
        "lowInclusive": True,
        "highInclusive": False,
        "unit": "MPa",
    },
    {"type": "discrete", "attribute": "Form", "values": ["Bar", "Sheet"]},
    {"type": "discrete", "attribute": "Grade", "values": ["A"]},
    {"type": "integer", "attribute": "Batch", "value": 12},
    {"type": "logical", "attribute": "RoHS", "value": True},
    {"type": "date", "attribute": "Tested", "value": "2025-06-30"},
    {"type": "shortText", "attribute": "Designation", "value": "AA6061"},
    {"type": "longText", "attribute": "Notes", "value": "long " * 100},
    {
        "type": "hyperlink",
        "attribute": "Supplier",
        "url": "https://example.com",
        "description": "S",
        "display": "newWindow",
    },
    {
        "type": "file",
        "attribute": "Datasheet",
        "fileName": "a.pdf",
        "mimeType": "application/pdf",
        "description": "D",
        "size": 8,
        "url": None,
        "data": base64.b64encode(b"%PDF-1.7").decode(),
        "binaryId": None,
    },
    {
        "type": "picture",
        "attribute": "Micrograph",
        "mimeType": "image/png",
        "size": 3,
        "url": None,
        "data": base64.b64encode(b"PNG").decode(),
        "binaryId": None,
    },
]


def _models() -> list:  # type: ignore[type-arg]
    return ExportResult.from_dict(
        {"status": "ok", "record": None, "attributes": EXPORTED, "links": [], "error": None}
    ).attributes


def test_every_exported_kind_maps_to_its_class() -> None:
    values = [value_from_model(m) for m in _models()]
    assert [type(v) for v in values] == [
        AttributePointSingle,
        AttributePointMulti,
        AttributeRange,
        AttributeDiscreteMulti,
        AttributeDiscreteSingle,
        AttributeInteger,
        AttributeLogical,
        AttributeDate,
        AttributeShortText,
        AttributeLongText,
        AttributeHyperlink,
        AttributeFile,
        AttributePicture,
    ]
    density, conductivity, rng, form, grade, *_ = values
    assert density.value == 2700.0 and density.unit == "kg/m^3"
    assert conductivity.value[1] == ParameterizedPointValue(
        180.0, (PointParameterValue("Temperature", 200.0, "degC"),)
    )
    assert conductivity.is_estimated
    assert rng.value == Range(240.0, None, True, False) and rng.low == 240.0 and rng.high is None
    assert form.value == ("Bar", "Sheet") and grade.value == "A"
    assert values[7].value == datetime.date(2025, 6, 30)
    assert values[11].binary_data == b"%PDF-1.7" and values[11].url is None
    assert values[12].binary_data == b"PNG"


def test_every_kind_round_trips_through_the_contract() -> None:
    for model, raw in zip(_models(), EXPORTED, strict=True):
        sent = value_from_model(model).to_model().to_dict()
        for key, expected in raw.items():
            if key in ("size", "url", "binaryId") or (key == "parameters"):
                continue
            assert sent.get(key, expected) == expected, (raw["attribute"], key)


def test_url_only_binary_refuses_bytes_without_a_loader() -> None:
    model = _models()[11]
    model.data, model.url = None, "http://x/api/v1/databases/D/binary-data/abc12345"
    value = value_from_model(model)
    assert value.url == model.url
    with pytest.raises(ValueError, match="was not fetched"):
        _ = value.binary_data


def test_url_only_binary_downloads_on_demand_with_a_warning() -> None:
    model = _models()[11]
    model.data, model.url = None, "http://x/data"
    seen: list[str] = []
    value = value_from_model(model, lambda url: FakeDownload(url, seen))
    with pytest.warns(UserWarning, match="on demand"):
        assert value.binary_data == b"bytes"
    assert seen == ["read http://x/data"]


class FakeDownload:
    """A download that records how it was used."""

    def __init__(self, url: str, seen: list[str]) -> None:
        self.url, self.seen = url, seen

    def read(self) -> bytes:
        self.seen.append(f"read {self.url}")
        return b"bytes"

    def write_to(self, file: BinaryIO) -> int:
        self.seen.append(f"stream {self.url}")
        for part in (b"by", b"tes"):
            file.write(part)
        return 5


def test_save_streams_url_only_binary_into_place_without_reading_it(tmp_path: Path) -> None:
    model = _models()[11]
    model.data, model.url = None, "http://x/data"
    seen: list[str] = []
    value = value_from_model(model, lambda url: FakeDownload(url, seen))
    assert isinstance(value, AttributeFile | AttributePicture)
    written = value.save(tmp_path / "copy.bin")
    assert written.read_bytes() == b"bytes"
    assert seen == ["stream http://x/data"]
    assert [p.name for p in tmp_path.iterdir()] == ["copy.bin"]


def test_a_failed_stream_leaves_no_file(tmp_path: Path) -> None:
    class Broken(FakeDownload):
        def write_to(self, file: BinaryIO) -> int:
            file.write(b"half")
            raise ConnectionError("dropped")

    model = _models()[11]
    model.data, model.url = None, "http://x/data"
    value = value_from_model(model, lambda url: Broken(url, []))
    assert isinstance(value, AttributeFile | AttributePicture)
    with pytest.raises(ConnectionError):
        value.save(tmp_path / "copy.bin")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("make", "error", "message"),
    [
        (lambda: AttributePoint("P", "12"), TypeError, "must be a number, not str"),
        (lambda: AttributePoint("P", float("nan")), ValueError, "finite"),
        (lambda: AttributePoint("P", True), TypeError, "number, not bool"),
        (lambda: AttributeInteger("I", 2**31), ValueError, "32 bits"),
        (lambda: AttributeInteger("I", 1.5), TypeError, "int, not float"),
        (lambda: AttributeLogical("L", 1), TypeError, "bool, not int"),
        (lambda: AttributeDate("D", datetime.datetime(2020, 1, 1)), TypeError, "datetime.date"),
        (lambda: AttributeDate("D", datetime.date(1700, 1, 1)), ValueError, "1753-01-01"),
        (lambda: AttributeShortText("S", "x" * 256), ValueError, "limit is 255"),
        (lambda: AttributeDiscrete("M", "Bar", is_multivalued=True), TypeError, "tuple of str"),
        (lambda: AttributeDiscrete("S", 3), TypeError, "must be a str"),
        (lambda: AttributeRange("R", (1, 2)), TypeError, "must be a Range"),
        (lambda: Range(5, 1), ValueError, "above high"),
        (lambda: AttributeFile("F", "text"), TypeError, "must be bytes"),
        (lambda: AttributeLongText("", "x"), TypeError, "attribute name"),
    ],
)
def test_wrong_values_fail_at_assignment(make, error, message) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(error, match=message):
        make()


def test_empty_value_cannot_be_sent() -> None:
    with pytest.raises(ValueError, match="clear_attributes"):
        AttributeInteger("I").to_model()
    assert value_of_kind("integer", "I").is_empty()
    with pytest.raises(ValueError, match="does not know"):
        value_of_kind("tabular", "T")


# --- save() ------------------------------------------------------------------------------------

HOSTILE_NAMES = [
    "../../escape.txt",
    "..\\..\\escape.txt",
    "/etc/passwd",
    "C:\\Windows\\evil.dll",
    "..",
    ".",
    "",
    "sub/../../x",
    "a\x00b",
    "name\nwith\rcontrols",
    "\\\\server\\share\\x",
]


@pytest.mark.parametrize("server_name", HOSTILE_NAMES)
def test_save_into_a_directory_never_leaves_it(tmp_path: Path, server_name: str) -> None:
    target = tmp_path / "out"
    target.mkdir()
    value = AttributeFile("Datasheet", b"data", file_name=server_name)
    written = value.save(target)
    assert written.resolve().parent == target.resolve()
    assert written.read_bytes() == b"data"
    assert sorted(p.name for p in tmp_path.rglob("*")) == sorted(["out", written.name])


def test_save_refuses_a_symlink_that_points_outside(tmp_path: Path) -> None:
    target = tmp_path / "out"
    target.mkdir()
    outside = tmp_path / "secret"
    os.symlink(outside, target / "a.pdf")
    with pytest.raises(ValueError, match="outside"):
        AttributeFile("Datasheet", b"data", file_name="a.pdf").save(target)
    assert not outside.exists()


def test_save_to_a_file_path_writes_exactly_there(tmp_path: Path) -> None:
    path = tmp_path / "chosen.bin"
    assert AttributePicture("Micrograph", b"PNG").save(path) == path
    assert path.read_bytes() == b"PNG"


@pytest.mark.parametrize("server_name", HOSTILE_NAMES)
def test_safe_file_name_is_a_bare_name(server_name: str) -> None:
    name = safe_file_name(server_name, "Datasheet")
    assert name and "/" not in name and "\\" not in name and name not in (".", "..")
    assert not any(ord(c) < 32 for c in name)


@pytest.mark.parametrize(
    ("server_name", "expected"),
    [
        ("invoice\u202efdp.exe", "invoicefdp.exe"),
        ("\u2066a\u2069\u200e\u200f\u061c.txt", "a.txt"),
        ("\u202a\u202b\u202c\u202d\u2067\u2068x", "x"),
        ("\u202e", "Datasheet"),
        ("bell\x07\x9b.txt", "bell__.txt"),
    ],
)
def test_safe_file_name_drops_bidirectional_controls(server_name: str, expected: str) -> None:
    assert safe_file_name(server_name, "Datasheet") == expected


def test_save_into_a_directory_strips_bidirectional_controls(tmp_path: Path) -> None:
    written = AttributeFile("Datasheet", b"%PDF", file_name="invoice\u202efdp.exe").save(tmp_path)
    assert written.name == "invoicefdp.exe"
    assert [p.name for p in tmp_path.iterdir()] == ["invoicefdp.exe"]
