"""``import facade`` leaves the heavy optional libraries for the first call that needs them."""

from __future__ import annotations

import json
import math
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


# Request and answer models of operations a program may never call (writes, copies, exports,
# links, schema reads, sign-in): loaded by the operation that sends or reads them.
OPERATION_MODELS = [
    "generated.models.copy_request",
    "generated.models.delete_or_withdraw_request",
    "generated.models.export_request",
    "generated.models.import_request",
    "generated.models.link_update_request",
    "generated.models.release_states_request",
    "generated.models.version_histories_request",
    "generated.models.create_session_request",
    "generated.models.status",
]


def test_import_facade_leaves_the_operation_models_for_their_first_use() -> None:
    loaded = _generated_models_after("import facade")
    assert sorted(loaded & set(OPERATION_MODELS)) == []
    assert len(loaded) < 70


def test_an_operation_loads_its_models_when_called() -> None:
    """The check above can fail: a facade operation that reads an answer loads its model."""
    call = (
        "import facade, httpx\n"
        "from generated import Client\n"
        "from facade._ops.status import read_status\n"
        "limits = {'maxBatchSize': 100, 'maxPageSize': 1000}\n"
        "status = {'apiVersion': '1.1', 'serverVersion': '1', 'viewerBaseUrl': '/', 'limits': limits}\n"
        "mock = httpx.MockTransport(lambda request: httpx.Response(200, json=status))\n"
        "client = Client('http://x', httpx_args={'transport': mock})\n"
        "assert read_status(client, 'http://x').limits.max_batch_size == 100"
    )
    assert "generated.models.status" in _generated_models_after(call)


# The asyncio API and the retry layer (httpx-retries imports asyncio): loaded at first use.
ASYNC_MODULES = [
    "asyncio",
    "httpx_retries",
    "facade._async_session",
    "facade._async_builders",
    "facade._core.async_transport",
    "facade._core.retries",
]


def test_import_facade_loads_neither_asyncio_nor_the_retry_layer() -> None:
    loaded = _module_names_after("import facade")
    assert "facade._session" in loaded
    assert sorted(loaded & set(ASYNC_MODULES)) == []


# Each lazily loaded part, with a statement that uses it: the checks that ``import facade``
# leaves them alone can fail, since the same probe sees them once they are used.
FIRST_USES = [
    ("facade.AsyncSession", ["asyncio", "facade._async_session"]),
    ("from facade import AsyncSessionBuilder", ["asyncio", "facade._async_builders"]),
    (
        "facade._core.transport.build_httpx_client(facade.SessionConfiguration())",
        ["asyncio", "httpx_retries", "facade._core.retries"],
    ),
    (
        "facade._core.network.build_network(facade.SessionConfiguration(), httpx.Limits())",
        ["httpcore", "h11", "facade._core.deadline_pool"],
    ),
    ("generated.types.decode_json(b'[1]')", ["msgspec"]),
    ("facade.validate_contract", ["facade._core.contract_validation"]),
    ("facade.ContractViolation", ["facade._core.contract_validation"]),
    (
        "facade.SessionBuilder('http://127.0.0.1:1').with_api_key('k')",  # fails to connect
        ["facade.auth._server_session", "facade._ops.auth_endpoints"],
    ),
]


@pytest.mark.parametrize(("statement", "modules"), FIRST_USES)
def test_each_lazy_part_loads_at_first_use(statement: str, modules: list[str]) -> None:
    probe = (
        "import facade, facade._core.network, facade._core.transport, generated.types, httpx\n"
        f"try:\n    {statement}\nexcept facade.ServiceLayerError:\n    pass"
    )
    loaded = _module_names_after(probe)
    assert sorted(set(modules) - loaded) == []


def test_the_async_names_are_public_attributes() -> None:
    for name in ("AsyncDatabase", "AsyncOIDCSessionBuilder", "AsyncSession", "AsyncSessionBuilder"):
        assert name in facade.__all__
        assert name in dir(facade)
        assert getattr(facade, name).__name__ == name
    with pytest.raises(AttributeError, match="NoSuchName"):
        facade.NoSuchName  # type: ignore[attr-defined]  # noqa: B018


def test_import_facade_loads_no_generated_model() -> None:
    """Values, cells, records and look-ups reach the models through ``generated.models``."""
    loaded = _module_names_after("import facade")
    assert "generated.models" in loaded
    assert sorted(name for name in loaded if name.startswith("generated.models.")) == []


@pytest.mark.parametrize(
    ("statement", "model"),
    [
        ("facade.AttributeInteger('Batch size', 12).to_model()", "generated.models.integer_value"),
        (
            "from facade._model.values import value_from_model\n"
            "from generated.models import ShortTextValue\n"
            "wire = {'type': 'shortText', 'attribute': 'Name', 'value': 'x'}\n"
            "assert value_from_model(ShortTextValue.from_dict(wire)).value == 'x'",
            "generated.models.functional_series_point_value",  # the reader's own dispatch
        ),
        (
            "from facade._ops.criteria_search import criterion_model\n"
            "criterion_model(facade.RecordProperties.name.search_criterion(contains='Al'))",
            "generated.models.search_operator",
        ),
    ],
)
def test_the_facade_loads_a_model_when_it_first_uses_it(statement: str, model: str) -> None:
    """The check above can fail: the same probe sees the model once the facade uses it."""
    assert model in _generated_models_after(f"import facade\n{statement}")


# The OIDC builder and its flows (discovery, tokens, device code, the browser's loopback
# HTTP server): loaded when OIDC is chosen.
OIDC_MODULES = [
    "facade._builders.oidc",
    "facade.auth.oidc._authorization_code",
    "facade.auth.oidc._device_code",
    "facade.auth.oidc._discovery",
    "facade.auth.oidc._tokens",
    "http.server",
]


def test_import_facade_leaves_the_oidc_flows_for_their_first_use() -> None:
    loaded = _module_names_after("import facade")
    assert "facade.auth.oidc._errors" in loaded
    assert sorted(loaded & set(OIDC_MODULES)) == []


@pytest.mark.parametrize(
    "statement",
    [
        "facade.OIDCSessionBuilder",
        "facade.SessionBuilder('http://127.0.0.1:1').with_oidc(issuer='http://127.0.0.1:2')",
    ],
)
def test_the_oidc_flows_load_when_oidc_is_chosen(statement: str) -> None:
    """The check above can fail: the same probe sees them once OIDC is chosen."""
    loaded = _module_names_after(f"import facade\n{statement}")
    assert sorted(set(OIDC_MODULES) - loaded) == []


# httpcore (and h11) build the connection pool, msgspec decodes the first answer, and sign-in
# creates the server session; contract validation is asked for by configuration. None of them
# is needed until a session signs in.
SIGN_IN_MODULES = [
    "httpcore",
    "h11",
    "msgspec",
    "facade._core.deadline_pool",
    "facade._core.contract_validation",
    "facade.auth._server_session",
    "facade._ops.auth_endpoints",
]


def test_import_facade_leaves_the_connection_pool_and_the_decoder_for_sign_in() -> None:
    loaded = _module_names_after("import facade")
    assert "httpx" in loaded
    assert sorted(loaded & set(SIGN_IN_MODULES)) == []


def test_decode_json_reads_what_json_reads() -> None:
    from generated.types import decode_json

    assert decode_json(b'{"a": [1, 2.5, "x"]}') == {"a": [1, 2.5, "x"]}
    assert math.isnan(decode_json(b"NaN"))  # msgspec refuses NaN; json.loads reads it
    with pytest.raises(json.JSONDecodeError):
        decode_json(b"{not json")
