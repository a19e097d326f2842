"""Table layouts, subsets and ``Record.copy_to`` as the Toolkit documents them, against the reference server.

Layouts group attributes and link groups under headings, in order; subsets filter the lists a
table returns (the default subset applied automatically, ValueError with several applied and
no ``subset_name``); a record's subsets are edited and pushed by ``Session.update``;
``copy_to`` makes a new record at once with the same values and subsets.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import facade as mpy
from server._demo_layouts import LAYOUTS, SUBSETS
from tests.conftest import RunningServer
from tests.integration.facade_data.conftest import log_requests

EVERYTHING, SELECTION, FOLDERS = SUBSETS["Metals"]


@pytest.fixture(scope="module")
def own_server() -> Iterator[RunningServer]:
    """A server of its own: these tests write records, copies and subset memberships."""
    server = RunningServer(("--demo", "--records", "120"))
    yield server
    server.stop()


@pytest.fixture
def writer(own_server: RunningServer) -> Iterator[mpy.Session]:
    with mpy.SessionBuilder(own_server.url).with_credentials("writer", "writer-password") as s:
        yield s


def _metals(session: mpy.Session) -> mpy.Table:
    return session.get_db(db_key="DEMO_MATERIALS").get_table("Metals")


# --- layouts (stk-surface §3, §15) -----------------------------------------------------------


def test_layouts_by_name_with_categories_and_attributes_in_order(writer: mpy.Session) -> None:
    table = _metals(writer)
    log = log_requests(writer)
    layouts = table.layouts
    assert list(layouts) == [name for name, _ in LAYOUTS["Metals"]]
    assert all(isinstance(layout, mpy.TableLayout) for layout in layouts.values())
    assert table.default_layout == "Full datasheet"
    assert table.layouts.keys() == layouts.keys()
    assert log.count("/layouts") == 1  # read once, then cached
    full = layouts["Full datasheet"]
    expected = dict(LAYOUTS["Metals"])["Full datasheet"]
    assert full.name == "Full datasheet"
    assert full.categories == [heading for heading, _, _ in expected]
    assert full.attributes_by_category["Mechanical properties"] == [
        "Young's modulus",
        "Yield strength",
        "Stress-strain",
        "Fatigue strength",
    ]
    assert full.link_groups_by_category["Related records"] == ["Similar metals"]
    assert full.attributes_by_category["Related records"] == []
    shown = [name for names in full.attributes_by_category.values() for name in names]
    assert sorted(shown) == sorted(table.attributes)  # the full datasheet shows every attribute
    density = table.attributes["Density"]
    assert full.meta_attributes_on("Density") == list(density.meta_attributes) != []
    assert set(full.meta_attributes_by_attribute) == set(shown)
    assert layouts["Design summary"].meta_attributes_on("Density") == []
    with pytest.raises(KeyError, match="Fatigue"):
        layouts["Design summary"].meta_attributes_on("Fatigue strength")
    assert full.layout[0] == {
        "category": "General",
        "attributes": list(expected[0][1]),
        "link_groups": [],
        "meta_attributes": {
            name: list(table.attributes[name].meta_attributes) for name in expected[0][1]
        },
    }
    with pytest.raises(AttributeError, match="categories"):
        full.categorie = ["typo"]  # type: ignore[attr-defined]


def test_a_layout_drives_what_bulk_fetch_reads(writer: mpy.Session) -> None:
    table = _metals(writer)
    layout = table.layouts["Design summary"]
    wanted = [name for names in layout.attributes_by_category.values() for name in names]
    records = table.all_records()[:5]
    table.bulk_fetch(records, attributes=wanted)
    for record in records:
        assert set(record.attributes) == set(wanted)  # only what the layout shows


# --- subsets of a table ----------------------------------------------------------------------


def test_the_default_subset_is_applied_and_filters_every_list(writer: mpy.Session) -> None:
    table = _metals(writer)
    assert table.subsets_available == {EVERYTHING, SELECTION}
    assert table.default_subset == EVERYTHING
    assert table.subsets == {EVERYTHING}
    everything = table.all_records(include_folders=True)
    assert {
        r.history_guid for r in table.all_records(include_folders=True, filter_by_subset=False)
    } == {r.history_guid for r in everything}
    chosen = table.all_records(include_folders=True, subset_name=SELECTION)
    folder_names = {r.name for r in chosen if r.type == "Folder"}
    assert folder_names == set(FOLDERS)
    assert 0 < len(chosen) < len(everything)
    assert all(r.parent.name in FOLDERS for r in chosen if r.type != "Folder")
    table.refetch_children(subset_name=SELECTION)
    assert {r.name for r in table.children} == set(FOLDERS)
    table.refetch_children()
    assert len(table.children) > len(FOLDERS)
    member = next(r for r in chosen if r.type == "Record")
    outsider = next(r for r in everything if r.type == "Record" and r.parent.name not in FOLDERS)
    for record, inside in ((member, True), (outsider, False)):
        by_name = table.search_for_records_by_name(record.name, subset_name=SELECTION)
        assert (record in by_name) is inside
        assert record in table.search_for_records_by_name(record.name)
        criterion = mpy.RecordProperties.name.search_criterion(equal_to=record.name)
        where = table.search_for_records_where([criterion], subset_name=SELECTION)
        assert (record in where) is inside
    by_text = table.search_for_records_by_text("alloy", subset_name=SELECTION)
    assert by_text and set(by_text) <= set(chosen)


def test_several_applied_subsets_need_a_subset_name(writer: mpy.Session) -> None:
    table = _metals(writer)
    table.add_subsets(SELECTION)
    assert table.subsets == {EVERYTHING, SELECTION}
    for call in (
        table.all_records,
        lambda: table.search_for_records_by_name("x"),
        lambda: table.search_for_records_by_text("x"),
        table.refetch_children,
        lambda: table.all_records()[0].get_descendants(),
    ):
        with pytest.raises(ValueError, match="subset_name"):
            call()
    assert table.all_records(subset_name=SELECTION)
    assert table.all_records(filter_by_subset=False)
    table.remove_subsets([EVERYTHING])
    assert table.subsets == {SELECTION}
    assert {r.type for r in table.all_records(include_folders=True)} >= {"Folder", "Record"}
    assert {r.parent.name for r in table.all_records()} <= set(FOLDERS)
    with pytest.raises(ValueError, match="did you mean 'Aerospace alloys'"):
        table.add_subsets("Aerospace alloy")
    with pytest.raises(ValueError, match="no subset"):
        table.all_records(subset_name="Nope")
    table.remove_subsets(SELECTION)
    assert table.subsets == set()
    assert len(table.all_records()) == len(table.all_records(filter_by_subset=False))


def test_record_children_and_descendants_follow_the_subset(writer: mpy.Session) -> None:
    table = _metals(writer)
    folders = table.all_records(include_folders=True, filter_by_subset=False)
    folder = next(f for f in folders if f.type == "Folder" and f.name == FOLDERS[0])
    outside = next(f for f in folders if f.type == "Folder" and f.name not in FOLDERS)
    assert folder.get_descendants(subset_name=SELECTION)
    assert outside.get_descendants(subset_name=SELECTION) == []
    assert outside.get_descendants()  # the default subset holds every record
    outside.refetch_children(subset_name=SELECTION)
    assert outside.children == []
    outside.refetch_children(filter_by_subset=False)
    assert outside.children


# --- subsets of a record ---------------------------------------------------------------------


def test_record_subsets_are_read_edited_and_pushed_by_update(writer: mpy.Session) -> None:
    table = _metals(writer)
    everything = table.all_records(filter_by_subset=False)
    outsider = next(r for r in everything if r.parent.name not in FOLDERS)
    assert outsider.subsets == {EVERYTHING}
    outsider.subsets.add(SELECTION)
    assert writer.update([outsider])[0] is outsider
    again = writer.get_record_by_id("DEMO_MATERIALS", hguid=outsider.history_guid)
    assert again is not None and again.subsets == {EVERYTHING, SELECTION}
    # Its folder joined too: it lists under the selection now.
    assert outsider in table.all_records(subset_name=SELECTION)
    assert outsider.parent in table.all_records(include_folders=True, subset_name=SELECTION)
    outsider.subsets = {EVERYTHING}
    writer.update([outsider])
    assert outsider not in table.all_records(subset_name=SELECTION)
    with pytest.raises(TypeError):
        outsider.subsets = "All metals"  # type: ignore[assignment]
    bad = next(r for r in everything if r is not outsider)
    bad.subsets = {"Nope"}
    with pytest.raises(mpy.FailedItemError, match="subset"):
        writer.update([bad])[0]


def test_new_records_join_the_applied_or_the_given_subsets(writer: mpy.Session) -> None:
    table = _metals(writer)
    table.add_subsets(SELECTION)
    applied = table.create_record("Joins both", release_record=False)
    assert applied.subsets == {EVERYTHING, SELECTION}
    chosen = table.create_record("Joins one", subsets={SELECTION})
    assert chosen.subsets == {SELECTION}
    writer.update([applied, chosen])
    fresh = _metals(writer)
    found = {
        r.name: r
        for r in fresh.all_records(filter_by_subset=False)
        if r.name in ("Joins both", "Joins one")
    }
    assert found["Joins both"].subsets == {EVERYTHING, SELECTION}
    assert found["Joins one"].subsets == {SELECTION}
    table.remove_subsets(SELECTION)
    assert found["Joins one"] not in table.all_records()  # not in the default subset
    assert found["Joins both"] in table.all_records()


# --- copy_to (stk-surface §4) ----------------------------------------------------------------


def test_copy_to_makes_a_record_with_the_same_values_and_subsets_at_once(
    writer: mpy.Session,
) -> None:
    table = _metals(writer)
    source = next(
        r
        for r in table.all_records(subset_name=SELECTION)
        if r.release_state == "Released" and r.type == "Record"
    )
    destination = next(
        f
        for f in table.all_records(include_folders=True)
        if f.type == "Folder" and f != source.parent
    )
    log = log_requests(writer)
    copy = source.copy_to(destination, record_name="Copied grade")
    assert log.count("/records/copy") == 1
    assert copy.exists_on_server and copy.history_guid != source.history_guid
    assert (copy.name, copy.short_name, copy.parent) == (
        "Copied grade",
        "Copied grade",
        destination,
    )
    assert copy.release_state == "Unreleased" and copy.version_number == 1
    assert copy.table is table
    assert copy.subsets == source.subsets == {EVERYTHING, SELECTION}
    values = {n: v.value for n, v in source.attributes.items() if not v.is_empty()}
    assert values
    assert {n: v.value for n, v in copy.attributes.items() if not v.is_empty()} == values
    assert copy in destination.get_descendants()
    released = source.copy_to(table, release=True)
    assert released.name == source.name and released.parent is table
    assert released.release_state == "Released"


def test_copy_to_refuses_what_the_toolkit_refuses(writer: mpy.Session) -> None:
    table = _metals(writer)
    source = next(r for r in table.all_records() if r.type == "Record")
    with pytest.raises(mpy.APIError, match="name"):
        source.copy_to(source.parent)  # the source's own name is taken there
    polymers = writer.get_db(db_key="DEMO_MATERIALS").get_table("Polymers")
    with pytest.raises(ValueError, match="own table"):
        source.copy_to(polymers)
    with pytest.raises(ValueError, match="own table"):
        source.copy_to(polymers.all_records(include_folders=True)[0])
    staged = table.create_record("Not pushed")
    with pytest.raises(mpy.InvalidRecordStateError):
        staged.copy_to(table)
    with pytest.raises(mpy.InvalidRecordStateError):
        source.copy_to(staged)
    with pytest.raises(TypeError):
        source.copy_to(table, record_name=5)  # type: ignore[arg-type]
