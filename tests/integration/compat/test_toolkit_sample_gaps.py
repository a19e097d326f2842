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


# --- numbers with their precision (the "Data with Precision" page) ------------------------------


def test_points_and_ranges_keep_the_precision_they_were_written_with(writer: mpy.Session) -> None:
    metals = _metals(writer)
    record = metals.create_record("Data with precision")
    density = record.attributes["Density"]
    assert isinstance(density, mpy.AttributePointSingle)
    density.value = mpy.ValueWithPrecision(value=2700, number_of_digits=1)
    density.unit = "kg/m^3"
    modulus = record.attributes["Young's modulus"]
    assert isinstance(modulus, mpy.AttributePointMulti)
    modulus.unit = "GPa"
    modulus.value = (
        mpy.ParameterizedPointValue(
            value=mpy.ValueWithPrecision(value=70.7, number_of_digits=2),
            parameters=(mpy.PointParameterValue("Temperature", 20.0, "degC"),),
        ),
        mpy.ParameterizedPointValue(
            value=68.5, parameters=(mpy.PointParameterValue("Temperature", 200.0, "degC"),)
        ),
    )
    strength = record.attributes["Yield strength"]
    assert isinstance(strength, mpy.AttributeRange)
    strength.value = mpy.Range(
        low=None, high=mpy.ValueWithPrecision(62.0, 1), high_value_is_inclusive=False
    )
    strength.unit = "MPa"
    record.set_attributes([density, modulus, strength])

    record = writer.update([record])[0]

    density = record.attributes["Density"]
    assert isinstance(density, mpy.AttributePointSingle)
    assert density.value == pytest.approx(2700.0) and isinstance(density.value, float)
    info = density.trailing_zero_information
    assert info == mpy.TrailingZeroInformation("2700", "kg/m^3", 5)
    assert str(info.as_decimal) == "2700.0" and info.number_of_digits == 1
    modulus = record.attributes["Young's modulus"]
    assert isinstance(modulus, mpy.AttributePointMulti)
    by_temperature = dict(
        zip(
            (p.parameters_by_name["Temperature"] for p in modulus.value),
            modulus.trailing_zero_information,
            strict=True,
        )
    )
    assert [round(float(t)) for t in sorted(by_temperature)] == [20, 200]
    measured = by_temperature[min(by_temperature)]
    assert measured is not None and str(measured.as_decimal) == "70.70"
    assert measured.entered_unit == "GPa" and by_temperature[max(by_temperature)] is None
    strength = record.attributes["Yield strength"]
    assert isinstance(strength, mpy.AttributeRange)
    assert strength.low_value_trailing_zero_information is None
    high = strength.high_value_trailing_zero_information
    assert high is not None and str(high.as_decimal) == "62.0"
    assert strength.high == pytest.approx(62.0) and strength.high_value_is_inclusive is False


def test_precision_is_the_entered_one_in_any_unit_system(writer: mpy.Session) -> None:
    database = writer.get_db(db_key="DEMO_MATERIALS")
    record = database.get_table("Metals").create_record("Precision in another unit system")
    density = record.attributes["Density"]
    density.value = mpy.ValueWithPrecision(2.70, 2)
    density.unit = "g/cm^3"
    record.set_attributes([density])
    record = writer.update([record])[0]
    other = next(s for s in database.unit_systems_available if s != database.unit_system)
    database.unit_system = other
    record.refresh_attributes()
    read = record.attributes["Density"]
    assert isinstance(read, mpy.AttributePointSingle)
    assert read.trailing_zero_information == mpy.TrailingZeroInformation("2.7", "g/cm^3", 3)


def test_setting_a_value_drops_the_precision_read_with_the_old_one(writer: mpy.Session) -> None:
    record = _metals(writer).create_record("Precision replaced")
    density = record.attributes["Density"]
    density.value = mpy.ValueWithPrecision(2650.0, 0)
    record.set_attributes([density])
    record = writer.update([record])[0]
    read = record.attributes["Density"]
    assert isinstance(read, mpy.AttributePointSingle)
    assert read.trailing_zero_information is not None
    read.value = 2651.5
    assert read.trailing_zero_information is None


# --- local tabular cells of every kind (the "Local Tabular Data" page) ---------------------------


def test_every_local_cell_kind_is_written_and_read_back(
    writer: mpy.Session, tmp_path: Path
) -> None:
    import datetime

    record = _metals(writer).create_record("Local tabular data")
    tabular_attribute = record.attributes["Characterization"]
    assert isinstance(tabular_attribute, mpy.AttributeTabular)
    tabular_attribute.load()
    assert tabular_attribute.value == () and tabular_attribute.linking_table is None
    tabular_attribute.append_row()
    row = tabular_attribute.rows[0]
    cells = row.cells_by_column
    cells["Notes"].value = "How to import tabular data"
    cells["Technique (other)"].value = "Example"
    cells["Order"].value = 1
    cells["Date"].value = datetime.date(2025, 10, 23)
    cells["Non-destructive?"].value = True
    technique = cells["Technique"]
    assert isinstance(technique, mpy.LocalDiscreteValue)
    assert technique.possible_discrete_values == {
        "Electron microscopy",
        "Light microscopy",
        "Other",
    }
    technique.value = "Other"
    temperature = cells["Temperature"]
    temperature.value = 250.0
    temperature.unit = "degC"  # type: ignore[union-attr]
    grain = cells["Grain size"]
    assert isinstance(grain, mpy.LocalRangeValue)
    grain.low = 1.0
    grain.high = 2.0
    grain.unit = "in"
    grain.high_value_is_inclusive = False
    image_path = tmp_path / "09_example_image_for_import.png"
    image_path.write_bytes(PNG)
    image = cells["Image"]
    assert isinstance(image, mpy.LocalPictureValue)
    image.load(image_path)
    raw = cells["Raw data"]
    assert isinstance(raw, mpy.LocalFileValue)
    raw_path = tmp_path / "09_example_file_for_import.txt"
    raw_path.write_bytes(b"raw data\n")
    raw.load(raw_path)
    raw.file_name = "Raw data file.txt"
    raw.description = "Plain text file containing raw data"
    link = cells["Data on server"]
    assert isinstance(link, mpy.LocalHyperlinkValue)
    link.value = "http://example.org/test_data_12345"
    link.hyperlink_display = "New"
    link.hyperlink_description = "Test data #12345"
    record.set_attributes([tabular_attribute])

    record = writer.update([record], include_binary_data_in_refresh=True)[0]

    read = record.attributes["Characterization"]
    assert isinstance(read, mpy.AttributeTabular) and len(read.rows) == 1
    back = read.rows[0].cells_by_column
    assert back["Order"].value == 1 and back["Technique"].value == "Other"
    assert back["Date"].value == datetime.date(2025, 10, 23)
    assert back["Non-destructive?"].value is True
    assert back["Temperature"].value == pytest.approx(250.0 + 273.15) or back[
        "Temperature"
    ].value == pytest.approx(250.0)
    grain_back = back["Grain size"]
    assert isinstance(grain_back, mpy.LocalRangeValue)
    assert grain_back.high_value_is_inclusive is False
    image_back = back["Image"]
    assert isinstance(image_back, mpy.LocalPictureValue)
    assert image_back.binary_data == PNG and image_back.mime_file_type == "image/png"
    raw_back = back["Raw data"]
    assert isinstance(raw_back, mpy.LocalFileValue)
    assert raw_back.binary_data == b"raw data\n" and raw_back.file_name == "Raw data file.txt"
    assert raw_back.description == "Plain text file containing raw data"
    saved = raw_back.save(tmp_path / "copy.txt")
    assert saved.read_bytes() == b"raw data\n"


def test_binary_cells_exported_by_url_are_kept_by_reference(
    writer: mpy.Session, tmp_path: Path
) -> None:
    record = _metals(writer).create_record("Tabular pictures kept")
    tabular = record.attributes["Characterization"]
    assert isinstance(tabular, mpy.AttributeTabular)
    row = tabular.append_row()
    image = row.cells_by_column["Image"]
    assert isinstance(image, mpy.LocalPictureValue)
    image.value = PNG
    record.set_attributes([tabular])
    record = writer.update([record])[0]

    tabular = record.attributes["Characterization"]
    assert isinstance(tabular, mpy.AttributeTabular)
    kept = tabular.rows[0].cells_by_column["Image"]
    assert isinstance(kept, mpy.LocalPictureValue) and not kept.is_empty()
    assert kept.url is not None and "/binary-data/" in kept.url
    with pytest.raises(ValueError, match="include_binary_data=True"):
        _ = kept.binary_data
    tabular.rows[0].cells_by_column["Notes"].value = "only the notes change"
    record.set_attributes([tabular])
    record = writer.update([record], include_binary_data_in_refresh=True)[0]
    again = record.attributes["Characterization"]
    assert isinstance(again, mpy.AttributeTabular)
    cells = again.rows[0].cells_by_column
    assert cells["Image"].value == PNG and cells["Notes"].value == "only the notes change"


# --- data revision histories (the "Preparing data for Power BI" page) -----------------------------


def test_data_revision_history_follows_each_attributes_data_across_versions(
    writer: mpy.Session,
) -> None:
    metals = _metals(writer)
    record = metals.create_record("Data revisions", release_record=True)
    density, notes = record.attributes["Density"], record.attributes["Notes"]
    density.value = 2700.0
    notes.value = "first version"
    record.set_attributes([density, notes])
    record = writer.update([record])[0]
    changed = record.attributes["Density"]
    changed.value = 2710.0
    record.set_attributes([changed])
    record = writer.update([record])[0]
    assert record.version_number == 2

    metals.bulk_fetch_data_revision_history([record])
    revisions = record.data_revision_history
    assert set(revisions) >= {"Density", "Notes", "Batch size"}
    density_revision = revisions["Density"]
    assert isinstance(density_revision, mpy.DataRevisionHistory)
    assert density_revision.is_populated and density_revision.data_version_number == 2
    assert (
        density_revision.created_in_record_version,
        density_revision.retired_in_record_version,
    ) == (2, None)
    history = density_revision.history
    assert isinstance(history, mpy.ObjectHistory) and history.update_count == 1
    assert history.created_at <= history.last_modified_at
    notes_revision = revisions["Notes"]
    assert (notes_revision.data_version_number, notes_revision.created_in_record_version) == (1, 1)
    empty = revisions["Batch size"]
    assert not empty.is_populated and empty.data_version_number == 0 and empty.history is None

    first = record.all_versions["v1"]
    old = first.data_revision_history["Density"]  # fetched on first access
    assert (
        old.data_version_number,
        old.created_in_record_version,
        old.retired_in_record_version,
    ) == (1, 1, 2)


def test_data_revisions_of_an_unversioned_table_count_versions_as_zero(reader: mpy.Session) -> None:
    polymers = reader.get_db(db_key="DEMO_MATERIALS").get_table("Polymers")
    records = [r for folder in polymers.children for r in folder.children][:3]
    polymers.bulk_fetch_data_revision_history(records)
    for record in records:
        populated = [r for r in record.data_revision_history.values() if r.is_populated]
        assert populated
        assert all(r.created_in_record_version == 0 for r in populated)
        assert all(r.history is not None and r.history.update_count == 0 for r in populated)


# --- display units (the "Fetch Attribute Data in Bulk" page) --------------------------------------


def test_a_display_unit_converts_the_values_read_and_the_definitions_unit(
    reader: mpy.Session,
) -> None:
    database = reader.get_db(db_key="DEMO_MATERIALS")
    table = database.get_table("Metals")
    records = [r for folder in table.children for r in folder.children][:4]
    table.bulk_fetch(records, attributes=["Young's modulus", "Yield strength"])
    in_gpa = {
        r.name: [float(p.value) for p in r.attributes["Young's modulus"].points] for r in records
    }
    in_mpa = {r.name: r.attributes["Yield strength"].value for r in records}
    factor = database.dimensionally_equivalent_units("GPa")["ksi"]["factor"]

    table.set_display_unit("Young's modulus", "ksi")
    table.set_display_unit(table.attributes["Yield strength"], "ksi")
    table.bulk_fetch(records=records, attributes=["Young's modulus", "Yield strength"])

    definition = table.attributes["Young's modulus"]
    assert isinstance(definition, mpy.AttributeDefinitionPoint)
    assert definition.unit == "ksi" and definition.default_unit == "GPa"
    for record in records:
        modulus = record.attributes["Young's modulus"]
        assert modulus.unit == "ksi"
        assert [float(p.value) for p in modulus.points] == pytest.approx(
            [v * factor for v in in_gpa[record.name]]
        )
        strength = record.attributes["Yield strength"]
        assert isinstance(strength, mpy.AttributeRange) and strength.unit == "ksi"
        if in_mpa[record.name] is not None and strength.high is not None:
            assert strength.high == pytest.approx(in_mpa[record.name].high * factor / 1000)

    table.reset_display_unit("Young's modulus")
    table.bulk_fetch(records, attributes=["Young's modulus"])
    assert table.attributes["Young's modulus"].unit == "GPa"
    assert records[0].attributes["Young's modulus"].unit == "GPa"


def test_display_units_are_for_points_and_ranges_in_an_equivalent_unit(reader: mpy.Session) -> None:
    table = reader.get_db(db_key="DEMO_MATERIALS").get_table("Metals")
    with pytest.raises(ValueError, match="point and range"):
        table.set_display_unit("Form", "kg")
    with pytest.raises(ValueError, match="kg"):
        table.set_display_unit("Density", "kg")
    with pytest.raises(KeyError):
        table.set_display_unit("Densty", "g/cm^3")


# --- associated records (the "Link Records" page) -------------------------------------------------


def _linked_metal(session: mpy.Session) -> tuple[mpy.Record, list[mpy.Record]]:
    """A metal whose "Compatible polymers" rows link to polymers, and those polymers."""
    metals = _metals(session)
    candidates = [r for folder in metals.children for r in folder.children]
    metals.bulk_fetch(candidates, attributes=["Compatible polymers"])
    for metal in candidates:
        value = metal.attributes["Compatible polymers"]
        assert isinstance(value, mpy.AttributeTabular)
        linked = [r for records in value.linked_records.values() for r in records]
        if linked:
            return metal, linked
    raise AssertionError("no metal links to a polymer in the demo")


def test_associated_records_follow_tabular_links_forward_and_in_reverse(
    reader: mpy.Session,
) -> None:
    database = reader.get_db(db_key="DEMO_MATERIALS")
    metals, polymers = database.get_table("Metals"), database.get_table("Polymers")
    metal, linked = _linked_metal(reader)
    step = metals.attributes["Compatible polymers"]

    forward = metal.get_associated_records(
        target_table=polymers, link_direction="Forward", attribute_path=[step]
    )
    assert {r.history_guid for r in forward} == {r.history_guid for r in linked}
    assert all(r.table.name == "Polymers" for r in forward)
    assert (
        metal.get_associated_records(polymers, link_direction="Reverse", attribute_path=[step])
        == []
    )

    polymer = forward[0]
    back = polymer.get_associated_records(
        target_table=metals, link_direction="Reverse", attribute_path=[step]
    )
    assert metal.history_guid in {r.history_guid for r in back}
    by_default = polymer.get_associated_records(metals)
    assert {r.history_guid for r in by_default} == {r.history_guid for r in back}

    round_trip = metal.get_associated_records(
        target_table=metals, link_direction="Both", attribute_path=[step, step]
    )
    assert metal.history_guid in {r.history_guid for r in round_trip}


def test_associated_records_refuse_what_is_not_a_link(reader: mpy.Session) -> None:
    metals = _metals(reader)
    metal = metals.children[0].children[0]
    with pytest.raises(ValueError, match="link_direction"):
        metal.get_associated_records(metals, link_direction="Sideways")
    with pytest.raises(ValueError, match="linked tabular"):
        metal.get_associated_records(metals, attribute_path=[metals.attributes["Composition"]])
