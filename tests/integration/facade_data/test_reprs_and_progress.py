"""Reprs and files say what a new user needs (a colour's name, a picture exported as a URL, a
saved picture with its extension), and every bulk method reports progress when asked, and
prints nothing when not."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from facade import AttributePicture, RecordColor
from facade._core.batching import _progress_bar
from facade._model.record import Record
from facade._session import Session

from .conftest import MAX_BATCH, records_of


def _with_micrograph(session: Session) -> Record:
    for record in records_of(session, "DEMO_MATERIALS", "Metals"):
        if not record.attributes["Micrograph"].is_empty():
            return record
    raise AssertionError("the demo data has a Metals record with a Micrograph")


def test_a_colour_prints_as_its_name() -> None:
    assert str(RecordColor.Red) == "Red" and f"{RecordColor.Navy}" == "Navy"
    assert f"{RecordColor.Navy:d}" == "8" and int(RecordColor.InheritFromParent) == 16


def test_a_records_colour_prints_as_a_name(
    reader: Session, capsys: pytest.CaptureFixture[str]
) -> None:
    record = records_of(reader, "DEMO_MATERIALS", "Metals")[0]
    print(record.color)
    assert capsys.readouterr().out.strip() == record.color.name


def test_a_picture_exported_as_a_url_says_so_and_is_saved_with_its_extension(
    reader: Session, tmp_path: Path
) -> None:
    record = _with_micrograph(reader)
    record.table.bulk_fetch([record], attributes=["Micrograph"], include_binary_data=False)
    picture = record.attributes["Micrograph"]
    assert isinstance(picture, AttributePicture) and picture.url
    shown = repr(picture)
    assert "exported as URL" in shown and "image/png" in shown and picture.url in shown
    assert "None" not in shown
    with pytest.warns(UserWarning, match="on demand") as warned:
        data = picture.binary_data  # downloads now: the warning points at this line
    assert data.startswith(b"\x89PNG")
    assert [w.filename for w in warned] == [__file__]
    record.table.bulk_fetch([record], attributes=["Micrograph"], include_binary_data=False)
    picture = record.attributes["Micrograph"]
    saved = picture.save(tmp_path)
    assert saved.name == "Micrograph.png"
    assert saved.read_bytes().startswith(b"\x89PNG")
    record.table.bulk_fetch([record], attributes=["Micrograph"], include_binary_data=True)
    fetched = record.attributes["Micrograph"]
    assert f"{len(fetched.binary_data):,} bytes image/png" in repr(fetched)
    named = fetched.save(tmp_path / "my-picture")
    assert named.name == "my-picture"  # a file path is used as given


def test_every_bulk_method_reports_progress(writer: Session) -> None:
    records = records_of(writer, "DEMO_MATERIALS", "Metals")[: MAX_BATCH + 5]
    table = records[0].table
    calls: dict[str, list[tuple[int, int]]] = {}

    def recorder(name: str):  # type: ignore[no-untyped-def]
        calls[name] = []
        return lambda done, total: calls[name].append((done, total))

    identifiers: list[dict[str, str | int]] = [
        {"db_key": r.db_key, "vguid": r.record_guid or ""} for r in records
    ]
    writer.get_records_by_ids(identifiers, progress=recorder("get_records_by_ids"))
    text = "RecordGuid\tDatabaseKey\n" + "\n".join(f"{r.record_guid}\t{r.db_key}" for r in records)
    writer.records_from_string(text, progress=recorder("records_from_string"))
    table.bulk_fetch(records, attributes=["Density"], progress=recorder("bulk_fetch"))
    writer.bulk_fetch_release_states(records, progress=recorder("bulk_fetch_release_states"))
    table.bulk_fetch_all_record_versions(records[:3], progress=recorder("versions"))
    writer.update(records[:2], refresh_attributes=False, progress=recorder("update"))
    total = len(records)
    for name in ("get_records_by_ids", "records_from_string", "bulk_fetch"):
        assert calls[name][-1] == (total, total), name
        assert len(calls[name]) >= 2, name  # one call per batch
    assert calls["bulk_fetch_release_states"][-1] == (total, total)
    assert calls["versions"][-1] == (3, 3) and calls["update"][-1] == (2, 2)


def test_nothing_is_printed_unless_asked(
    reader: Session, capsys: pytest.CaptureFixture[str]
) -> None:
    records = records_of(reader, "DEMO_MATERIALS", "Metals")[:10]
    reader.bulk_fetch_release_states(records)
    records[0].table.bulk_fetch(records, attributes=["Density"])
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err == ""
    reader.bulk_fetch_release_states(records, progress=True)
    assert "10/10" in capsys.readouterr().err


def test_the_progress_bar_stays_on_screen_when_done() -> None:
    screen = io.StringIO()
    bar = _progress_bar(3, "records", file=screen)
    bar.update(3)
    bar.close()
    last = screen.getvalue().rsplit("\r", 1)[-1]
    assert "3/3" in last and last.endswith("\n")  # left on its own line, not erased
