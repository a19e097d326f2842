"""Quickstart: connect, look around, find records, change one, release it, withdraw another.

It also shows the two release defaults (a record read from the server is released by a
plain ``update``; a new record from ``create_record`` stays unreleased) and how a bulk call
reports the records that failed.

Run it against a running server: ``python examples/quickstart.py http://127.0.0.1:8765``
(``make demo`` starts the embedded reference server and runs this for you).
"""

from __future__ import annotations

import logging
import sys
import uuid
from collections.abc import Sequence

from facade import AttributeInteger, Record, ReleaseState, SessionBuilder


def print_table(title: str, headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    """A short, aligned text table."""
    cells = [[str(h) for h in headers]] + [
        ["" if c is None else str(c) for c in row] for row in rows
    ]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    print(f"\n{title}")
    for n, row in enumerate(cells):
        print("  " + "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))
        if n == 0:
            print("  " + "  ".join("-" * width for width in widths))


def describe(records: Sequence[Record | None]) -> list[list[object]]:
    return [
        [
            r.name,
            r.table_name,
            f"v{r.version_number}" if r.version_number else "-",
            r.release_state.value,
        ]
        if r is not None
        else ["(not found)", "", "", ""]
        for r in records
    ]


def main(url: str) -> None:
    # Bulk failures that are not raised are summed up in one WARNING on "facade.bulk".
    logging.basicConfig(format="%(levelname)s %(name)s: %(message)s")
    session = SessionBuilder(url).with_credentials("writer", "writer-password")
    with session:
        print(f"Connected to {session.service_layer_url} as {session.username}")
        print_table(
            "Databases",
            ["key", "name", "tables"],
            [[db.db_key, db.name, ", ".join(t.name for t in db.tables)] for db in session.dbs],
        )

        found = session.search_for_records_by_text("Aluminium")
        print_table(
            f"Search 'Aluminium': {len(found)} records (first 5)",
            ["name", "table", "version", "state"],
            describe(found[:5]),
        )

        picked = [r for r in found if r.release_state is ReleaseState.Released][:3]
        identifiers: list[dict[str, str | int]] = [
            {"db_key": r.db_key, "hguid": r.history_guid or ""} for r in picked
        ]
        identifiers.append(
            {"db_key": picked[0].db_key, "hguid": "00000000-0000-4000-8000-000000000000"}
        )
        by_ids = session.get_records_by_ids(identifiers)
        print_table(
            "get_records_by_ids (the last one does not exist)",
            ["name", "table", "version", "state"],
            describe(by_ids),
        )
        for index in by_ids.unresolved:
            print(f"  entry {index} is None because: {by_ids.reason(index)}")

        record_list = (
            "RecordHistoryGuid\tRecordGuid\tTable\tDatabaseKey\tRecordFullName\n"
            + "\n".join(
                f"{r.history_guid}\t{r.record_guid}\t{r.table_name}\t{r.db_key}\t{r.name}"
                for r in picked
            )
        )
        from_text = session.records_from_string(record_list)
        print_table(
            "records_from_string", ["name", "table", "version", "state"], describe(from_text)
        )

        target = picked[0]
        before = (f"v{target.version_number}", target.release_state.value)
        old = target.attributes.get("Batch size")
        target.set_attributes([AttributeInteger("Batch size", 250)])
        # Records read from the server have flag_for_release=True: a plain update releases.
        print(f"\nflag_for_release of a record read from the server: {target.flag_for_release}")
        session.update(
            [target], notes="Batch size re-measured", release_notes="Approved by the quickstart"
        )
        print_table(
            f"Updated 'Batch size' of {target.name} (released by default)",
            ["", "version", "state", "Batch size"],
            [
                ["before", *before, old.value if old else None],
                [
                    "after",
                    f"v{target.version_number}",
                    target.release_state.value,
                    target.attributes["Batch size"].value,
                ],
            ],
        )

        # A new record from create_record has release_record=False: it stays unreleased.
        table = target.table
        draft = table.create_record(f"Quickstart alloy {uuid.uuid4().hex[:6]}")
        draft.set_attributes([AttributeInteger("Batch size", 5)])
        print(f"\nflag_for_release of a new record: {draft.flag_for_release}")

        # One bad value fails that record only; the others are written and the failure says why.
        wrong = picked[2]
        wrong.set_attributes([AttributeInteger("No such attribute", 1)])
        result = session.update([draft, wrong], notes="Quickstart batch")
        print_table(
            f"update of 2 records: {len(result)} written, {len(result.failures)} failed",
            ["name", "table", "version", "state"],
            describe(result),
        )
        for failure in result.failures:
            print(f"  failed: {failure.item.name}: {failure.reason}")
        wrong.decache_attributes()  # drop the bad staged value

        victim = picked[1]
        session.bulk_delete_or_withdraw_records(
            [victim], update_release_states=True, withdrawal_notes="Replaced"
        )
        print(f"\nWithdrew {victim.name}: now {victim.release_state.value}")

        states = session.bulk_fetch_release_states(picked)
        print_table(
            "Release states (bulk_fetch_release_states)",
            ["name", "table", "version", "state"],
            describe(states),
        )


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8765")
