"""Deterministic demo data: DEMO_MATERIALS (Metals, Polymers) and DEMO_PROCESSES (Processes).

Folders per material family; two layouts and two subsets per table (``_demo_layouts``); ``records`` records per database; in version-controlled tables
a fixed mix of released, superseded, withdrawn and unreleased versions; links within and
across databases; files and pictures; every attribute kind, with units. Rows are generated
in GUID order and inserted in bulk, so 100,000 records per database build in seconds.
"""

from __future__ import annotations

import itertools
import json
import random
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import Any

from ._demo_catalogue import TABLES, Family, TableSpec, png_swatch, value_pool
from ._demo_layouts import load_layouts_and_subsets
from ._demo_meta import add_definition_histories, add_meta_attributes, meta_value_rows
from .store import create_schema, drop_secondary_indexes, store_binary

__all__ = ["DATABASES", "load_demo"]

DATABASES = (
    ("DEMO_MATERIALS", "Demo Materials", "EUR"),
    ("DEMO_PROCESSES", "Demo Processes", "USD"),
)
# Release pattern of version-controlled records, by record index modulo its length:
# each entry lists the states of v1, v2, ...
VERSION_PATTERN: tuple[tuple[str, ...], ...] = (
    *[("released",)] * 12,
    ("superseded", "released"),
    ("superseded", "released"),
    ("released", "unreleased"),
    ("released", "unreleased"),
    ("unreleased",),
    ("withdrawn",),
    ("superseded", "superseded", "released"),
    ("superseded", "withdrawn"),
)
USERS = ("admin", "writer")
EVENT_NOTES = {
    "create": "Imported from the supplier data sheets.",
    "revise": "Revised values from the latest test campaign.",
    "modify": "Values checked against the test reports.",
    "release": "Reviewed by the materials board.",
    "withdraw": "Withdrawn: the supplier discontinued this grade.",
}
VALUE_SETS_PER_FAMILY = 120  # records of a family share these value sets (fast bulk loads)
EPOCH = datetime(2025, 1, 6, 8, 0, tzinfo=UTC)


class GuidMaker:
    """Deterministic GUIDs: a random prefix per kind, then a counter (inserts stay in order)."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.makers: dict[str, Callable[[], str]] = {}

    def maker(self, kind: str) -> Callable[[], str]:
        """A fast GUID source for one kind (used in the hot loops)."""
        if kind not in self.makers:
            prefix = str(uuid.UUID(int=self.rng.getrandbits(128), version=4))[:24]
            counter = itertools.count()
            self.makers[kind] = lambda: f"{prefix}{next(counter):012x}"
        return self.makers[kind]

    def __call__(self, kind: str) -> str:
        return self.maker(kind)()


@dataclass(slots=True)
class Rows:
    """Rows to insert, collected per table of the store."""

    histories: list[tuple[Any, ...]] = field(default_factory=list)
    versions: list[tuple[Any, ...]] = field(default_factory=list)
    values: list[tuple[Any, ...]] = field(default_factory=list)
    links: list[tuple[Any, ...]] = field(default_factory=list)
    events: list[tuple[Any, ...]] = field(default_factory=list)


@cache
def _stamp(minutes: int) -> str:
    return (EPOCH + timedelta(minutes=minutes)).strftime("%Y-%m-%dT%H:%M:%SZ")


def _binaries(db: sqlite3.Connection) -> dict[str, dict[str, str]]:
    """Shared files and pictures per database: ids by label."""
    colours = ((176, 180, 186), (120, 90, 60), (40, 110, 160), (200, 60, 50))
    out: dict[str, dict[str, str]] = {}
    for key, _, _ in DATABASES:
        ids: dict[str, str] = {}
        for k, colour in enumerate(colours):
            pdf = f"%PDF-1.4\n% {key} demo datasheet {k}\n%%EOF\n".encode()
            ids[f"file{k}"] = store_binary(db, key, pdf, f"datasheet-{k}.pdf", "application/pdf")
            ids[f"picture{k}"] = store_binary(
                db, key, png_swatch(*colour), f"micrograph-{k}.png", "image/png"
            )
        out[key] = ids
    return out


def _table_counts(records: int) -> dict[str, int]:
    counts: dict[str, int] = {}
    for key, _, _ in DATABASES:
        specs = [t for t in TABLES if t.database_key == key]
        remaining = records
        for index, spec in enumerate(specs):
            n = remaining if index == len(specs) - 1 else round(records * spec.share)
            counts[spec.name] = n
            remaining -= n
    return counts


def _names(family: Family, count: int) -> Iterator[tuple[str, str]]:
    base = family.names()
    for i in range(count):
        name, short = base[i % len(base)]
        lot = i // len(base)
        yield (f"{name} lot {lot}", f"{short} lot {lot}") if lot else (name, short)


class _Builder:
    def __init__(self, db: sqlite3.Connection, seed: int) -> None:
        self.db = db
        self.rng = random.Random(seed)
        self.guid = GuidMaker(self.rng)
        self.new_history = self.guid.maker("history")
        self.new_version = self.guid.maker("version")
        self.rows = Rows()
        self.identity = 0
        self.table_guids: dict[str, str] = {}
        self.record_guids: dict[str, list[str]] = {}

    def _history(
        self,
        key: str,
        table: str,
        parent: str | None,
        states: tuple[str, ...],
        fields: tuple[str, str, str, str],
        minute: int,
        value_set: str,
    ) -> str:
        self.identity += 1
        history = self.new_history()
        latest = public = None
        for number, state in enumerate(states, start=1):
            version = self.new_version()
            released = (
                _stamp(minute + number * 60)
                if state in ("released", "superseded", "withdrawn")
                else None
            )
            user = USERS[(self.identity + number) % 2]
            self.rows.versions.append(
                (
                    version,
                    history,
                    number if state != "unversioned" else None,
                    *fields,
                    state,
                    _stamp(minute + (number - 1) * 60),
                    user,
                    _stamp(minute + number * 60),
                    user,
                    released,
                    value_set or version,
                )
            )
            self._events(history, version, number, states, minute, user)
            latest = version
            if state != "unreleased":
                public = version
        self.rows.histories.append((self.identity, history, key, table, parent, latest, public))
        return history

    def _events(
        self,
        history: str,
        version: str,
        number: int,
        states: tuple[str, ...],
        minute: int,
        user: str,
    ) -> None:
        """Lifecycle events of one demo version: created, then modified or released, and later
        superseded by the next release or withdrawn."""
        events = self.rows.events
        state = states[number - 1]
        first = number == 1
        notes = EVENT_NOTES["create" if first else "revise"]
        seq = len(events)  # increasing within a history: its versions are added in order
        events.append(
            (history, seq, version, "create", _stamp(minute + (number - 1) * 60), user, notes)
        )
        done = _stamp(minute + number * 60)
        if state in ("unreleased", "unversioned"):
            events.append((history, seq + 1, version, "modify", done, user, EVENT_NOTES["modify"]))
            return
        events.append((history, seq + 1, version, "release", done, user, EVENT_NOTES["release"]))
        if state == "superseded":
            later = USERS[(self.identity + number + 1) % 2]
            at = _stamp(minute + (number + 1) * 60)
            events.append((history, seq + 2, version, "supersede", at, later, None))
        elif state == "withdrawn":
            at = _stamp(minute + number * 60 + 30)
            events.append(
                (history, seq + 2, version, "withdraw", at, "admin", EVENT_NOTES["withdraw"])
            )

    def schema(self) -> None:
        for key, name, currency in DATABASES:
            self.db.execute(
                "INSERT INTO sl_databases VALUES (?, ?, ?, ?, ?)",
                (key, self.guid("database"), self.guid("database"), name, currency),
            )
        for position, spec in enumerate(TABLES):
            guid = self.guid("table")
            self.table_guids[spec.name] = guid
            self.db.execute(
                "INSERT INTO sl_tables VALUES (?, ?, ?, ?, ?)",
                (guid, spec.database_key, spec.name, int(spec.versioned), position),
            )
            for index, attribute in enumerate(spec.attributes):
                discrete = (
                    None if attribute.discrete is None else json.dumps(list(attribute.discrete))
                )
                self.db.execute(
                    "INSERT INTO sl_attributes (guid, table_guid, name, type, unit, "
                    "discrete_values, position, details) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        self.guid("attribute"),
                        guid,
                        attribute.name,
                        attribute.type,
                        attribute.unit,
                        discrete,
                        index,
                        json.dumps(attribute.details) if attribute.details else None,
                    ),
                )
        groups = (
            ("DEMO_MATERIALS", "Similar metals", "static", "Metals", "DEMO_MATERIALS", "Metals"),
            (
                "DEMO_MATERIALS",
                "Heat treatments",
                "crossDatabase",
                "Metals",
                "DEMO_PROCESSES",
                "Processes",
            ),
            (
                "DEMO_MATERIALS",
                "Processing routes",
                "crossDatabase",
                "Polymers",
                "DEMO_PROCESSES",
                "Processes",
            ),
            (
                "DEMO_PROCESSES",
                "Suitable metals",
                "crossDatabase",
                "Processes",
                "DEMO_MATERIALS",
                "Metals",
            ),
        )
        for key, name, kind, source, target_key, target in groups:
            self.db.execute(
                "INSERT INTO sl_link_groups VALUES (?, ?, ?, ?, ?, ?)",
                (key, name, kind, self.table_guids[source], target_key, self.table_guids[target]),
            )

    def table(self, spec: TableSpec, count: int, binaries: dict[str, str]) -> None:
        table = self.table_guids[spec.name]
        attribute_guids = [
            row[0]
            for row in self.db.execute(
                "SELECT guid FROM sl_attributes WHERE table_guid = ? ORDER BY position", (table,)
            )
        ]
        metas = add_meta_attributes(self.db, spec.name, table)
        folder_state = ("released",) if spec.versioned else ("unversioned",)
        records: list[str] = []
        per_family = [
            count // len(spec.families) + (1 if i < count % len(spec.families) else 0)
            for i in range(len(spec.families))
        ]
        for family, n in zip(spec.families, per_family, strict=True):
            folder = self._history(
                spec.database_key,
                table,
                None,
                folder_state,
                (family.folder, family.folder, "folder", "inheritFromParent"),
                0,
                "",
            )
            pools = [value_pool(a, family, binaries) for a in spec.attributes]
            sets: dict[int, str] = {}
            for i, (name, short) in enumerate(_names(family, n)):
                k = len(records)
                states = (
                    VERSION_PATTERN[k % len(VERSION_PATTERN)]
                    if spec.versioned
                    else ("unversioned",)
                )
                variant = i % VALUE_SETS_PER_FAMILY
                if variant not in sets:
                    sets[variant] = self.guid("value-set")
                    for j, (guid, pool, attribute) in enumerate(
                        zip(attribute_guids, pools, spec.attributes, strict=True)
                    ):
                        if not pool:
                            continue  # functional and tabular: definitions only
                        if attribute.type not in ("file", "picture") or variant % 10 == j % 10:
                            self.rows.values.append(
                                (sets[variant], guid, *pool[(variant + j * 5) % len(pool)])
                            )
                    self.rows.values += meta_value_rows(sets[variant], metas, family, variant)
                records.append(
                    self._history(
                        spec.database_key,
                        table,
                        folder,
                        states,
                        (name, short, "record", "inheritFromParent"),
                        5 * (k % 20_000),
                        sets[variant],
                    )
                )
        self.record_guids[spec.name] = records

    def links(self) -> None:
        metals, polymers, processes = (
            self.record_guids.get(n, []) for n in ("Metals", "Polymers", "Processes")
        )
        for i, source in enumerate(metals):
            if i % 5 == 0 and len(metals) > 2:
                for position, offset in enumerate((1, 2)):
                    self.rows.links.append(
                        (source, "Similar metals", position, metals[(i + offset) % len(metals)])
                    )
            if i % 3 == 0 and processes:
                self.rows.links.append(
                    (source, "Heat treatments", 0, processes[(i * 7) % len(processes)])
                )
        for i, source in enumerate(polymers):
            if i % 4 == 0 and processes:
                self.rows.links.append(
                    (source, "Processing routes", 0, processes[(i * 11) % len(processes)])
                )
        for i, source in enumerate(processes):
            if i % 6 == 0 and metals:
                self.rows.links.append(
                    (source, "Suitable metals", 0, metals[(i * 13) % len(metals)])
                )

    def flush(self) -> None:
        rows = self.rows
        self.db.executemany(
            "INSERT INTO sl_histories (identity, guid, database_key, table_guid, parent_guid, latest_guid, public_guid) VALUES (?, ?, ?, ?, ?, ?, ?)",
            rows.histories,
        )
        self.db.executemany(
            "INSERT INTO sl_versions (guid, history_guid, version_number, name, short_name, type, color, release_state, created_at, created_by, modified_at, modified_by, released_at, value_set) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows.versions,
        )
        self.db.executemany(
            "INSERT INTO sl_values (value_set, attribute_guid, value, text) VALUES (?, ?, ?, ?)",
            rows.values,
        )
        self.db.executemany(
            "INSERT INTO sl_links (source_guid, group_name, position, target_guid) VALUES (?, ?, ?, ?)",
            rows.links,
        )
        self.db.executemany(
            "INSERT INTO sl_events (history_guid, seq, version_guid, kind, at, user, notes) VALUES (?, ?, ?, ?, ?, ?, ?)",
            rows.events,
        )


def load_demo(db: sqlite3.Connection, records: int = 1000, seed: int = 42) -> int:
    """Fill an empty store with the demo data; returns the number of records (not folders)."""
    builder = _Builder(db, seed)
    db.execute("BEGIN")
    try:
        drop_secondary_indexes(db)
        builder.schema()
        binaries = _binaries(db)
        counts = _table_counts(records)
        for spec in TABLES:
            builder.table(spec, counts[spec.name], binaries[spec.database_key])
        builder.links()
        builder.flush()
        add_definition_histories(db)
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")
    create_schema(db)  # builds the secondary indexes dropped above
    db.execute("BEGIN")
    try:
        load_layouts_and_subsets(db, builder.table_guids)
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")
    return sum(counts.values())
