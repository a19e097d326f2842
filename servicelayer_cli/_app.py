"""The ``servicelayer`` command group: options, commands and how errors become exit codes.

Exit codes: 0 success, 1 usage error, 2 authentication, 3 not found, 4 server error
(see :class:`ExitCode`). An error prints one line to stderr; ``--debug`` adds the traceback.
"""

from __future__ import annotations

import sys
import traceback
from pathlib import Path
from typing import Any, NoReturn

import click

from ._connect import Settings, connection_options, open_session, url_options
from ._errors import ExitCode, NotFound, describe, exit_code_for
from ._output import json_option, print_json, print_table

__all__ = ["ServiceLayerGroup", "cli", "main"]


class ServiceLayerGroup(click.Group):
    """A click group that maps every exception to one error line and an exit code."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.debug = False

    def request_debug(self) -> None:
        """Show tracebacks for errors of this run (``--debug``)."""
        self.debug = True

    def main(  # type: ignore[override]
        self, args: list[str] | None = None, prog_name: str | None = None, **extra: Any
    ) -> NoReturn:
        self.debug = False
        try:
            code = super().main(args, prog_name, standalone_mode=False, **extra)
        except click.Abort:
            click.echo("error: aborted", err=True)
            sys.exit(ExitCode.USAGE)
        except click.UsageError as error:
            hint = f" (see '{error.ctx.command_path} --help')" if error.ctx is not None else ""
            self._fail(error, hint)
        except Exception as error:
            self._fail(error)
        sys.exit(code if isinstance(code, int) else ExitCode.OK)

    def _fail(self, error: BaseException, hint: str = "") -> NoReturn:
        if self.debug:
            traceback.print_exception(error, file=sys.stderr)
        click.echo(f"error: {describe(error)}{hint}", err=True)
        sys.exit(exit_code_for(error))


def _debug_option(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    root = ctx.find_root().command
    if value and isinstance(root, ServiceLayerGroup):
        root.request_debug()


debug_option = click.option(
    "--debug",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_debug_option,
    help="Print the traceback of an error.",
)


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("servicelayer-sdk")
    except PackageNotFoundError:
        return "unknown"


def _print_version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if not value or ctx.resilient_parsing:
        return
    click.echo(f"servicelayer {_version()}")
    ctx.exit()


# The version is read when --version is given: importlib.metadata (with email and zipfile)
# was 40 % of the command line's import time, paid by every command and by --help.
version_option = click.option(
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_print_version,
    help="Show the version and exit.",
)


@click.group(cls=ServiceLayerGroup, context_settings={"help_option_names": ["-h", "--help"]})
@version_option
@debug_option
def cli() -> None:
    """Work with a materials-data Service Layer from the shell.

    Connection settings come from options or from SERVICELAYER_URL, SERVICELAYER_API_KEY,
    SERVICELAYER_USERNAME and SERVICELAYER_PASSWORD; without credentials, the token stored by
    'servicelayer login' is used. Exit codes: 0 ok, 1 usage, 2 authentication, 3 not found,
    4 server error.
    """


# --- signing in ---------------------------------------------------------------------------------


@cli.command()
@url_options
@click.option(
    "--browser", is_flag=True, help="Sign in in a web browser instead of with a device code."
)
@debug_option
def login(settings: Settings, browser: bool) -> None:
    """Sign in with OIDC and store the refresh token in the keyring.

    Without --browser, prints a code and an address to open on any device (device code
    flow); with --browser, opens the sign-in page in a browser on this machine.
    """
    import facade

    url = settings.require_url()
    builder = facade.SessionBuilder(url, settings.configuration()).with_oidc()
    sign_in = builder.with_authorization_code_flow if browser else builder.with_device_code_flow
    session = sign_in()
    with session:
        session.persist_oidc_token()
        click.echo(f"Signed in to {url} as {session.username}; the token is in the keyring.")


@cli.command()
@url_options
@debug_option
def logout(settings: Settings) -> None:
    """Forget the refresh token stored for this Service Layer."""
    import facade

    url = settings.require_url()
    builder = facade.SessionBuilder(url, settings.configuration()).with_oidc()
    if builder.forget_stored_token():
        click.echo(f"Signed out of {url}.")
    else:
        click.echo(f"No token was stored for {url}.")


# --- reading --------------------------------------------------------------------------------


@cli.command()
@connection_options
@json_option
@debug_option
def dbs(settings: Settings, as_json: bool) -> None:
    """List the databases."""
    with open_session(settings) as session:
        databases = session.dbs
        rows = [
            {"db_key": db.db_key, "name": db.name, "guid": db.guid, "tables": len(db.tables)}
            for db in databases
        ]
    if as_json:
        print_json(rows)
    else:
        print_table(
            ["key", "name", "tables", "guid"],
            [_cells(row, "db_key", "name", "tables", "guid") for row in rows],
        )


@cli.command()
@click.argument("db")
@connection_options
@json_option
@debug_option
def tables(db: str, settings: Settings, as_json: bool) -> None:
    """List the tables of database DB (its key)."""
    with open_session(settings) as session:
        found = session.get_db(db_key=db).tables
        rows = [
            {"name": t.name, "guid": t.guid, "version_controlled": t.version_controlled}
            for t in found
        ]
    if as_json:
        print_json(rows)
    else:
        print_table(
            ["name", "version controlled", "guid"],
            [
                [row["name"], "yes" if row["version_controlled"] else "no", row["guid"]]
                for row in rows
            ],
        )


@cli.command()
@click.argument("text")
@click.option("--db", "db_key", metavar="KEY", help="Search only this database.")
@click.option("--name", "by_name", is_flag=True, help="Match record names exactly (ignoring case).")
@connection_options
@json_option
@debug_option
def search(text: str, db_key: str | None, by_name: bool, settings: Settings, as_json: bool) -> None:
    """Find records whose names or text attributes contain TEXT."""
    from ._records import search_records
    from ._values import record_json

    with open_session(settings) as session:
        found = [
            record_json(r) for r in search_records(session, text, db_key=db_key, by_name=by_name)
        ]
    if as_json:
        print_json(found)
    else:
        print_table(_RECORD_HEADERS, [_record_row(r) for r in found], title=f"{len(found)} records")


@cli.command()
@click.argument("ids", nargs=-1, required=True, metavar="ID...")
@connection_options
@json_option
@debug_option
def get(ids: tuple[str, ...], settings: Settings, as_json: bool) -> None:
    """Show records with their attribute values.

    Each ID is a history GUID, a version GUID, or DB:identity (a record's history identity
    in database DB, e.g. MAT:42); DB:GUID looks in that database only.
    """
    from ._records import fetch_attributes, find_records, parse_record_id
    from ._values import attribute_json, record_json

    wanted = [parse_record_id(text) for text in ids]
    with open_session(settings) as session:
        pairs = find_records(session, wanted)
        found = [record for _, record in pairs if record is not None]
        fetch_attributes(found)
        shown = [
            {
                **record_json(r),
                "attributes": {n: attribute_json(v) for n, v in r.attributes.items()},
            }
            for r in found
        ]
    if as_json:
        print_json(shown)
    else:
        for record in shown:
            _print_record(record)
    missing = [record_id.text for record_id, record in pairs if record is None]
    if missing:
        raise NotFound(f"no record found for {', '.join(missing)}")


@cli.command()
@click.argument("db")
@click.argument("table")
@click.option(
    "--attributes",
    metavar="A,B",
    help="Comma-separated attribute names to export (default: every attribute).",
)
@click.option(
    "--format",
    "file_format",
    type=click.Choice(["csv", "json", "parquet"]),
    help="File format (default: from the file name, else csv). Parquet needs pyarrow.",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="The file to write.",
)
@connection_options
@json_option
@debug_option
def export(
    db: str,
    table: str,
    attributes: str | None,
    file_format: str | None,
    output: Path,
    settings: Settings,
    as_json: bool,
) -> None:
    """Export every record of TABLE in database DB with its attribute values to a file."""
    from ._export import choose_format, export_table, stream_parquet, write_export

    chosen = (
        [name.strip() for name in attributes.split(",") if name.strip()] if attributes else None
    )
    if attributes is not None and not chosen:
        raise click.BadParameter("no attribute names given", param_hint="--attributes")
    resolved_format = choose_format(file_format, output)
    with open_session(settings) as session:
        if resolved_format == "parquet":
            count, table_name, names = stream_parquet(
                session, db_key=db, table_name=table, attributes=chosen, output=output
            )
        else:
            exported = export_table(session, db_key=db, table_name=table, attributes=chosen)
            write_export(exported, output, file_format=resolved_format)
            count, table_name, names = (
                len(exported.records),
                exported.table.name,
                exported.attributes,
            )
    summary = {
        "file": str(output),
        "format": resolved_format,
        "records": count,
        "attributes": names,
    }
    if as_json:
        print_json(summary)
    else:
        click.echo(
            f"Exported {count} records of {db}/{table_name} "
            f"({len(names)} attributes) to {output} ({resolved_format})."
        )


# --- the reference server ---------------------------------------------------------------------


@cli.command(
    context_settings={"ignore_unknown_options": True, "allow_extra_args": True},
    add_help_option=False,
)
@click.argument("server_args", nargs=-1, type=click.UNPROCESSED)
def serve(server_args: tuple[str, ...]) -> None:
    """Start the reference server (the flags of 'python -m server'; see 'serve --help')."""
    try:
        from server.__main__ import main as run_server
    except ImportError as error:
        raise click.UsageError(
            f"the reference server is not installed ({error.name} is missing): "
            "pip install 'servicelayer-sdk[server]'"
        ) from None
    try:
        code = run_server(list(server_args))
    except SystemExit as stop:  # argparse: --help (0) or a bad flag (2)
        code = 0 if stop.code in (0, None) else ExitCode.USAGE
    sys.exit(code)


# --- helpers --------------------------------------------------------------------------------

_RECORD_HEADERS = ["database", "table", "name", "version", "state", "history GUID"]


def _record_row(record: dict[str, Any]) -> list[object]:
    version = record["version_number"]
    return [
        record["db_key"],
        record["table"],
        record["name"],
        f"v{version}" if version else "",
        record["release_state"],
        record["history_guid"],
    ]


def _cells(row: dict[str, Any], *keys: str) -> list[object]:
    return [row[key] for key in keys]


def _print_record(record: dict[str, Any]) -> None:
    from ._values import cell_text

    version = f" v{record['version_number']}" if record["version_number"] else ""
    title = (
        f"{record['name']} ({record['db_key']}/{record['table']}{version}, "
        f"{record['release_state']}) history {record['history_guid']} "
        f"version {record['record_guid']}"
    )
    rows = [
        [name, cell_text(data["value"]), data.get("unit") or ""]
        for name, data in record["attributes"].items()
    ]
    print_table(["attribute", "value", "unit"], rows, title=title)


def main() -> NoReturn:
    """The ``servicelayer`` console script."""
    cli.main(prog_name="servicelayer")
