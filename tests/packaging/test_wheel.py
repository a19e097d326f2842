"""The built wheel works on its own: imports, server, quickstart, contract validation, typing."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from server.launch import REPO, ServerProcess

from .conftest import InstalledWheel, clean_env

# Building the wheel and installing it with its dependencies (on a cold pip cache) can take
# longer than the suite's per-test limit; the first test pays for the session fixture.
pytestmark = pytest.mark.timeout(900)


def test_the_wheel_imports_from_site_packages_not_the_checkout(
    installed_wheel: InstalledWheel,
) -> None:
    script = (
        "import facade, generated, server, importlib.metadata as m; "
        "print(facade.__file__); print(generated.__file__); print(server.__file__); "
        "print(m.version('servicelayer-sdk'))"
    )
    result = installed_wheel.run("python", "-c", script)
    assert result.returncode == 0, result.stderr
    *paths, version = result.stdout.split()
    for path in paths:
        assert "site-packages" in path, path
        assert not Path(path).is_relative_to(REPO), path
    assert version == _pyproject_version()


def test_the_installed_server_serves_the_quickstart(
    installed_wheel: InstalledWheel, installed_server: ServerProcess
) -> None:
    quickstart = shutil.copy(REPO / "examples" / "quickstart.py", installed_wheel.root)
    result = installed_wheel.run("python", str(quickstart), installed_server.url)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"Connected to {installed_server.url} as writer" in result.stdout
    assert "Databases" in result.stdout


def test_the_console_script_reads_from_the_installed_server(
    installed_wheel: InstalledWheel, installed_server: ServerProcess
) -> None:
    env = {"SERVICELAYER_URL": installed_server.url, "SERVICELAYER_API_KEY": "demo-reader-api-key"}
    result = installed_wheel.run("servicelayer", "dbs", "--json", env=env)
    assert result.returncode == 0, result.stderr
    assert "DEMO_MATERIALS" in {row["db_key"] for row in json.loads(result.stdout)}
    assert installed_wheel.run("servicelayer", "--version").stdout.split() == [
        "servicelayer",
        _pyproject_version(),
    ]


def test_contract_validation_finds_the_packaged_spec(
    installed_wheel: InstalledWheel, installed_server: ServerProcess
) -> None:
    script = textwrap.dedent(
        f"""
        from facade import SessionBuilder, SessionConfiguration, validate_contract
        config = SessionConfiguration(validate_contract=True)
        session = SessionBuilder({installed_server.url!r}, config).with_credentials(
            "reader", "reader-password"
        )
        with validate_contract(session) as validator:
            found = session.search_for_records_by_text("Aluminium")
        print(len(found) > 0, validator.checked > 0)
        """
    )
    result = installed_wheel.run("python", "-c", script)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "True"]


def test_the_installed_server_serves_api_version_1_1(installed_wheel: InstalledWheel) -> None:
    with ServerProcess(
        "--api-version", "1.1", python=installed_wheel.python, cwd=installed_wheel.root
    ) as server:
        result = installed_wheel.run(
            "python",
            "-c",
            "import sys, json, urllib.request; "
            f"print(json.load(urllib.request.urlopen({server.url!r} + '/api/v1/status'))"
            "['apiVersion'])",
        )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "1.1.0"


def test_mypy_reads_the_types_of_the_installed_generated_client(
    installed_wheel: InstalledWheel,
) -> None:
    user_code = installed_wheel.root / "user_code.py"
    user_code.write_text(
        textwrap.dedent(
            """
            from generated import AuthenticatedClient
            from generated.api.databases import list_databases
            from generated.models import DatabaseList

            def database_keys(client: AuthenticatedClient) -> list[str]:
                listed = list_databases.sync(client=client)
                if not isinstance(listed, DatabaseList):
                    return []
                return [db.key for db in listed.databases]
            """
        )
    )
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--python-executable",
            installed_wheel.python,
            str(user_code),
        ],
        cwd=installed_wheel.root,
        env=clean_env(),
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success" in result.stdout


def _pyproject_version() -> str:
    import tomllib

    with (REPO / "pyproject.toml").open("rb") as handle:
        return str(tomllib.load(handle)["project"]["version"])
