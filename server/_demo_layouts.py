"""Demo layouts and subsets: two layouts and two subsets per demo table.

Every table's first subset holds all its records and is the default; the second holds the
records of some of its folders (with the folders). Layouts group each table's attributes and
link groups under headings, the first layout being the default (and the one showing the
meta-attributes with their attributes).
"""

from __future__ import annotations

import sqlite3

from ._demo_meta import META_ATTRIBUTES
from .store import store_layout

__all__ = ["LAYOUTS", "SUBSETS", "load_layouts_and_subsets"]

Category = tuple[str, tuple[str, ...], tuple[str, ...]]

LAYOUTS: dict[str, tuple[tuple[str, tuple[Category, ...]], ...]] = {
    "Metals": (
        (
            "Full datasheet",
            (
                (
                    "General",
                    ("Designation", "Form", "Batch size", "Notes", "Supplier page", "Datasheet"),
                    (),
                ),
                (
                    "Physical properties",
                    ("Density", "Thermal conductivity", "Thermal expansion"),
                    (),
                ),
                (
                    "Mechanical properties",
                    ("Young's modulus", "Yield strength", "Stress-strain", "Fatigue strength"),
                    (),
                ),
                (
                    "Composition and processing",
                    ("Composition", "Heat treatment steps", "Compatible polymers"),
                    ("Heat treatments",),
                ),
                (
                    "Compliance and testing",
                    ("RoHS compliant", "Test date", "Micrograph", "Characterization"),
                    (),
                ),
                ("Related records", (), ("Similar metals",)),
            ),
        ),
        (
            "Design summary",
            (
                ("Key properties", ("Density", "Young's modulus", "Yield strength"), ()),
                ("Identification", ("Designation", "Form"), ("Similar metals",)),
            ),
        ),
    ),
    "Polymers": (
        (
            "Full datasheet",
            (
                ("General", ("Designation", "Polymer family", "Notes", "Safety data sheet"), ()),
                (
                    "Properties",
                    ("Density", "Glass transition temperature", "Tensile strength"),
                    (),
                ),
                (
                    "Environment",
                    ("Recyclable", "Restricted substances"),
                    ("Processing routes",),
                ),
            ),
        ),
        (
            "Screening",
            (
                ("Key properties", ("Density", "Tensile strength"), ()),
                ("End of life", ("Recyclable",), ()),
            ),
        ),
    ),
    "Processes": (
        (
            "Process sheet",
            (
                ("General", ("Process type", "Standard", "Description", "Work instruction"), ()),
                ("Parameters", ("Temperature", "Duration", "Steps"), ()),
                ("Quality", ("Last audit", "Process photo"), ("Suitable metals",)),
            ),
        ),
        (
            "Audit",
            (("Audit", ("Last audit", "Standard"), ()),),
        ),
    ),
}

# Per table: the default subset (every record) and a subset of the records of some folders.
SUBSETS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "Metals": (
        "All metals",
        "Aerospace alloys",
        ("Aluminium alloys", "Titanium alloys", "Nickel alloys"),
    ),
    "Polymers": ("All polymers", "Engineering polymers", ("Thermoplastics", "Thermosets")),
    "Processes": ("All processes", "Thermal processes", ("Heat treatments", "Joining")),
}


def load_layouts_and_subsets(db: sqlite3.Connection, table_guids: dict[str, str]) -> None:
    """Store the demo layouts and subsets of the tables in ``table_guids`` (name → GUID).

    Runs after the records are loaded: subset members are selected from the stored tree.
    """
    for table, layouts in LAYOUTS.items():
        guid = table_guids.get(table)
        if guid is None:
            continue
        metas = {
            parent: [spec.name for spec in specs]
            for (owner, parent), specs in META_ATTRIBUTES.items()
            if owner == table
        }
        for position, (name, categories) in enumerate(layouts):
            # The default layout shows the meta-attributes with their attributes; the others not.
            store_layout(
                db,
                guid,
                name,
                categories,
                default=position == 0,
                meta_attributes=metas if position == 0 else None,
            )
    for table, (everything, selection, folders) in SUBSETS.items():
        guid = table_guids.get(table)
        if guid is None:
            continue
        all_id = _new_subset(db, guid, everything, position=0, default=True)
        db.execute(
            "INSERT INTO sl_subset_members (subset_id, identity) "
            "SELECT ?, identity FROM sl_histories WHERE table_guid = ?",
            (all_id, guid),
        )
        some_id = _new_subset(db, guid, selection, position=1, default=False)
        marks = ",".join("?" * len(folders))
        db.execute(
            "INSERT INTO sl_subset_members (subset_id, identity) "
            "SELECT ?, h.identity FROM sl_histories h WHERE h.table_guid = ? AND ("
            f"h.guid IN (SELECT f.history_guid FROM sl_versions f WHERE f.name IN ({marks}) "
            "AND f.type = 'folder') OR h.parent_guid IN (SELECT f.history_guid FROM sl_versions f "
            f"WHERE f.name IN ({marks}) AND f.type = 'folder'))",
            (some_id, guid, *folders, *folders),
        )


def _new_subset(
    db: sqlite3.Connection, table_guid: str, name: str, *, position: int, default: bool
) -> int:
    cursor = db.execute(
        "INSERT INTO sl_subsets (table_guid, name, position, is_default) VALUES (?, ?, ?, ?)",
        (table_guid, name, position, int(default)),
    )
    assert cursor.lastrowid is not None
    return cursor.lastrowid
