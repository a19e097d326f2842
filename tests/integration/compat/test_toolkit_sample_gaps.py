"""Toolkit names the v5 sample scripts use that this SDK gained, exercised as the samples do.

Each test follows a sample page's steps against the reference server: a file attached with
the detached ``File`` helper and ``value.object``, a picture loaded from disk with ``load``,
both read back after ``session.update([record])[0]``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import facade as mpy

PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c63f8cfc0f01f0005000201e2266e4f0000000049454e44ae426082"
)


def _metals(session: mpy.Session) -> mpy.Table:
    return session.get_db(db_key="DEMO_MATERIALS").get_table("Metals")


def test_a_file_built_with_the_file_helper_is_written_and_read_back(
    writer: mpy.Session, tmp_path: Path
) -> None:
    record = _metals(writer).create_record("Files, pictures and hyperlinks")
    datasheet = record.attributes["Datasheet"]
    assert isinstance(datasheet, mpy.AttributeFile)
    file_object = mpy.File()
    source = tmp_path / "09_example_file_for_import.txt"
    source.write_bytes(b"tensile test, specimen 12\n")
    with open(source, "rb") as file_buffer:
        file_object.binary_data = file_buffer.read()
    file_object.file_name = source.name
    file_object.description = "This is an example file"
    datasheet.object = file_object
    record.set_attributes([datasheet])

    record = writer.update([record], include_binary_data_in_refresh=True)[0]

    read = record.attributes["Datasheet"]
    assert isinstance(read, mpy.AttributeFile)
    assert read.binary_data == b"tensile test, specimen 12\n"
    assert read.file_name == "09_example_file_for_import.txt"
    assert read.description == "This is an example file"
    back = read.object
    assert isinstance(back, mpy.File) and back.binary_data == read.binary_data
    assert back.file_name == read.file_name and back.description == read.description


def test_a_picture_loaded_from_disk_is_written_and_saved_back(
    writer: mpy.Session, tmp_path: Path
) -> None:
    record = _metals(writer).create_record("Picture loaded from disk")
    micrograph = record.attributes["Micrograph"]
    assert isinstance(micrograph, mpy.AttributePicture)
    image = tmp_path / "09_example_image_for_import.png"
    image.write_bytes(PNG)
    micrograph.load(image)
    assert micrograph.mime_file_type == "image/png"
    record.set_attributes([micrograph])

    record = writer.update([record], include_binary_data_in_refresh=True)[0]

    picture = record.attributes["Micrograph"]
    assert isinstance(picture, mpy.AttributePicture) and picture.value == PNG
    saved = picture.save(path=tmp_path / "09_exported_picture.png")
    assert saved.read_bytes() == PNG
    assert isinstance(picture.object, mpy.Picture) and picture.object.binary_data == PNG


def test_a_file_loaded_into_a_value_takes_the_files_name(
    writer: mpy.Session, tmp_path: Path
) -> None:
    record = _metals(writer).create_record("File loaded from disk")
    datasheet = record.attributes["Datasheet"]
    assert isinstance(datasheet, mpy.AttributeFile)
    source = tmp_path / "report.csv"
    source.write_text("a,b\n1,2\n")
    datasheet.load(source)
    record.set_attributes([datasheet])
    record = writer.update([record], include_binary_data_in_refresh=True)[0]
    read = record.attributes["Datasheet"]
    assert isinstance(read, mpy.AttributeFile)
    assert read.file_name == "report.csv" and read.binary_data == b"a,b\n1,2\n"


def test_the_helpers_refuse_what_the_toolkit_refuses(tmp_path: Path) -> None:
    with pytest.raises(TypeError, match="bytes"):
        mpy.File().binary_data = "text"  # type: ignore[assignment]
    with pytest.raises(TypeError, match="str"):
        mpy.File().description = 12  # type: ignore[assignment]
    with pytest.raises(FileNotFoundError, match="no file"):
        mpy.Picture(path=tmp_path / "missing.png")
    with pytest.raises(TypeError, match="takes a Picture"):
        mpy.AttributePicture("Micrograph").object = mpy.File()
    with pytest.raises(ValueError, match="empty"):
        mpy.Picture().save(tmp_path / "nothing.png")
    assert mpy.AttributeFile("Datasheet").object is None
