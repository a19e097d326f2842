"""``import facade`` leaves the heavy optional libraries for the first call that needs them."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import facade

# Libraries that only one sign-in method, one export or the command line uses.
HEAVY_MODULES = [
    "spnego",
    "gssapi",
    "krb5",
    "cryptography",
    "keyring",
    "openapi_core",
    "yaml",
    "tqdm",
    "pandas",
    "pyarrow",
    "numpy",
    "rich",
    "click",
    "pygments",
    "webbrowser",
    "servicelayer_cli",
]


def _modules_after(statement: str) -> set[str]:
    """The top-level module names loaded by a fresh interpreter after ``statement``."""
    script = f"import sys, json\n{statement}\nprint(json.dumps(sorted(sys.modules)))"
    output = subprocess.run(
        [sys.executable, "-c", script], check=True, capture_output=True, text=True
    ).stdout
    return {name.split(".")[0] for name in json.loads(output)}


def test_import_facade_loads_none_of_the_heavy_modules() -> None:
    loaded = _modules_after("import facade")
    assert "facade" in loaded
    assert sorted(loaded & set(HEAVY_MODULES)) == []


def test_every_public_name_still_imports() -> None:
    loaded = _modules_after("from facade import *")
    assert sorted(loaded & set(HEAVY_MODULES)) == []
    for name in facade.__all__:
        assert getattr(facade, name) is not None, name


@pytest.mark.parametrize(
    ("statement", "module"),
    [
        (
            "from facade.auth._negotiate import SpnegoAuth; "
            "SpnegoAuth('u', 'p', protocol='ntlm')._context('localhost')",
            "spnego",
        ),
        ("import facade.auth.oidc._token_store as s; s._plain_text_backend()", "keyring"),
    ],
)
def test_the_heavy_module_loads_at_first_use(statement: str, module: str) -> None:
    """The check above can fail: the same probe sees a module once it is used."""
    assert module not in _modules_after(statement.split(";")[0])
    assert module in _modules_after(statement.replace("; ", "\n"))


def test_httpx_console_command_is_still_reachable() -> None:
    script = "import facade, httpx\nfrom httpx._main import main\nprint(callable(httpx.main))"
    output = subprocess.run(
        [sys.executable, "-c", script], check=True, capture_output=True, text=True
    ).stdout
    assert output.strip() == "True"


def _module_names_after(statement: str) -> set[str]:
    """Every module name (dotted) loaded by a fresh interpreter after ``statement``."""
    script = f"import sys, json\n{statement}\nprint(json.dumps(sorted(sys.modules)))"
    output = subprocess.run(
        [sys.executable, "-c", script], check=True, capture_output=True, text=True
    ).stdout
    return set(json.loads(output))


def test_import_facade_does_not_read_package_metadata() -> None:
    """importlib.metadata (zipfile, email, csv) is read for the User-Agent, when a client is built."""
    assert "importlib.metadata" not in _module_names_after("import facade")
    assert "importlib.metadata" in _module_names_after(
        "import facade._core.transport as t\nt.default_user_agent()"
    )


def test_one_generated_model_imports_only_what_it_needs() -> None:
    every = {
        name
        for name in _module_names_after(
            "import generated.models as m\nfor n in m.__all__: getattr(m, n)"
        )
        if name.startswith("generated.models.")
    }
    one = {
        name
        for name in _module_names_after("from generated.models import Status")
        if name.startswith("generated.models.")
    }
    assert "generated.models.status" in one
    assert len(every) > 100 and len(one) < 10


def _generated_models_after(statement: str) -> set[str]:
    return {n for n in _module_names_after(statement) if n.startswith("generated.models.")}


EVERY_ENDPOINT = (
    "import importlib, pkgutil, generated.api as api\n"
    "for group in pkgutil.iter_modules(api.__path__):\n"
    "    package = importlib.import_module(f'generated.api.{group.name}')\n"
    "    for endpoint in pkgutil.iter_modules(package.__path__):\n"
    "        importlib.import_module(f'generated.api.{group.name}.{endpoint.name}')"
)


def test_importing_every_endpoint_module_imports_no_model() -> None:
    loaded = _module_names_after(EVERY_ENDPOINT)
    assert sum(name.startswith("generated.api.") for name in loaded) > 30
    assert sorted(name for name in loaded if name.startswith("generated.models.")) == []


def test_an_endpoint_imports_its_models_when_it_parses_an_answer() -> None:
    """The check above can fail: the same probe sees the models once an answer is parsed."""
    parse = (
        "import httpx\n"
        "from generated import Client\n"
        "from generated.api.status import get_status\n"
        "problem = {'type': 'about:blank', 'title': 'Down', 'status': 503, 'requestId': 'r1'}\n"
        "answer = httpx.Response(503, json=problem)\n"
        "parsed = get_status._parse_response(client=Client('http://x'), response=answer)\n"
        "assert type(parsed).__name__ == 'Problem' and parsed.title == 'Down'"
    )
    assert "generated.models.problem" in _generated_models_after(parse)
