"""``servicelayer`` help, dbs, tables, search and get against the reference server."""

from __future__ import annotations

import json
import subprocess
import sys

from facade import Session, SessionBuilder
from tests.conftest import RunningServer

from .conftest import Invoke, clean_process_env, reader_env

COMMANDS = ("login", "logout", "dbs", "tables", "search", "get", "export", "serve")


def _reader(server: RunningServer) -> Session:
    return SessionBuilder(server.url).with_credentials("reader", "reader-password")


def test_help_lists_every_command(invoke: Invoke) -> None:
    result = invoke("--help")
    assert result.exit_code == 0
    listed = result.stdout.split("Commands:")[1]
    for command in COMMANDS:
        assert f"\n  {command} " in listed, command


def test_help_imports_neither_the_facade_nor_rich() -> None:
    probe = (
        "import atexit, sys\n"
        "atexit.register(lambda: print(sorted(m for m in ('facade', 'rich', 'httpx', 'server')"
        " if m in sys.modules), file=sys.stderr))\n"
        "from servicelayer_cli import main\n"
        "sys.argv = ['servicelayer', '--help']\n"
        "main()\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        env=clean_process_env(),
        check=False,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "dbs" in result.stdout
    assert result.stderr.strip() == "[]"


def test_dbs_as_a_table_and_as_json(invoke: Invoke, reference_server: RunningServer) -> None:
    env = reader_env(reference_server.url)
    table = invoke("dbs", **env)
    assert table.exit_code == 0, table.output
    assert "DEMO_MATERIALS" in table.stdout and "Demo Materials" in table.stdout
    as_json = invoke("dbs", "--json", **env)
    assert as_json.exit_code == 0, as_json.output
    listed = json.loads(as_json.stdout)  # nothing but JSON on stdout
    with _reader(reference_server) as session:
        expected = {db.db_key: (db.name, len(db.tables)) for db in session.dbs}
    assert {row["db_key"]: (row["name"], row["tables"]) for row in listed} == expected


def test_settings_from_options(invoke: Invoke, reference_server: RunningServer) -> None:
    result = invoke(
        "dbs", "--json", "--url", reference_server.url, "--api-key", "demo-reader-api-key"
    )
    assert result.exit_code == 0, result.output
    assert "DEMO_PROCESSES" in {row["db_key"] for row in json.loads(result.stdout)}


def test_tables_of_a_database(invoke: Invoke, reference_server: RunningServer) -> None:
    result = invoke("tables", "DEMO_MATERIALS", "--json", **reader_env(reference_server.url))
    assert result.exit_code == 0, result.output
    with _reader(reference_server) as session:
        tables = session.get_db(db_key="DEMO_MATERIALS").tables
        expected = [(t.name, t.guid, t.version_controlled) for t in tables]
    assert [(t["name"], t["guid"], t["version_controlled"]) for t in json.loads(result.stdout)] == (
        expected
    )
    human = invoke("tables", "DEMO_MATERIALS", **reader_env(reference_server.url))
    assert "Metals" in human.stdout and "version controlled" in human.stdout


def test_search_by_text_name_and_database(invoke: Invoke, reference_server: RunningServer) -> None:
    env = reader_env(reference_server.url)
    with _reader(reference_server) as session:
        by_text = {r.record_guid for r in session.search_for_records_by_text("Aluminium")}
        by_name = session.search_for_records_by_name("Aluminium 1050-O")
        in_processes = session.get_db(db_key="DEMO_PROCESSES").search_for_records_by_text("a")
    result = invoke("search", "Aluminium", "--json", **env)
    assert result.exit_code == 0, result.output
    assert {r["record_guid"] for r in json.loads(result.stdout)} == by_text
    named = json.loads(invoke("search", "aluminium 1050-o", "--name", "--json", **env).stdout)
    assert [r["history_guid"] for r in named] == [r.history_guid for r in by_name]
    scoped = json.loads(invoke("search", "a", "--db", "DEMO_PROCESSES", "--json", **env).stdout)
    assert {r["db_key"] for r in scoped} == {"DEMO_PROCESSES"}
    assert len(scoped) == len(in_processes)
    human = invoke("search", "Aluminium", **env)
    assert human.stdout.startswith(f"{len(by_text)} records")
    assert "Aluminium 1050-O" in human.stdout


def test_get_by_history_guid_version_guid_and_identity(
    invoke: Invoke, reference_server: RunningServer
) -> None:
    with _reader(reference_server) as session:
        first, second, third = session.search_for_records_by_text("Aluminium")[:3]
        first_density = first.attributes["Density"]
    ids = (
        first.history_guid or "",
        second.record_guid or "",
        f"{third.db_key}:{third.history_identity}",
    )
    result = invoke("get", *ids, "--json", **reader_env(reference_server.url))
    assert result.exit_code == 0, result.output
    shown = json.loads(result.stdout)
    assert [r["history_guid"] for r in shown] == [
        first.history_guid,
        second.history_guid,
        third.history_guid,
    ]
    density = shown[0]["attributes"]["Density"]
    assert density["value"] == first_density.value
    assert density["unit"] == first_density.unit  # type: ignore[attr-defined]
    human = invoke("get", ids[0], **reader_env(reference_server.url))
    assert human.exit_code == 0 and "Density" in human.stdout and first.name in human.stdout


def test_get_reports_the_ids_it_cannot_find(
    invoke: Invoke, reference_server: RunningServer
) -> None:
    with _reader(reference_server) as session:
        known = session.search_for_records_by_text("Aluminium")[0]
    unknown = "00000000-0000-4000-8000-000000000000"
    result = invoke(
        "get", known.history_guid or "", unknown, "--json", **reader_env(reference_server.url)
    )
    assert result.exit_code == 3
    assert [r["history_guid"] for r in json.loads(result.stdout)] == [known.history_guid]
    assert result.stderr.strip() == f"error: no record found for {unknown}"
