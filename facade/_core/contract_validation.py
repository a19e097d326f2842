"""Contract validation: check the facade's HTTP traffic against the OpenAPI contract.

A :class:`ContractValidator` loads ``openapi/servicelayer.yaml`` once (openapi-core, OpenAPI
3.1) and validates every request sent and every response received through httpx event hooks.
Requests outside the contract (the identity provider's ``/oidc`` endpoints, anything not
below a spec path) are ignored. A violation names the operation and the JSON path of the
offending field; messages never quote values, so no secret can leak through them.

openapi-core and PyYAML are imported only when a validator is built (they are dev extras).
"""

from __future__ import annotations

import functools
import json
import os
import re
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import httpx

from .errors import ServiceLayerError
from .network import STREAM_EXTENSION
from .openapi_adapter import OperationMatch, describe_errors, openapi_request, openapi_response

__all__ = [
    "CONTRACT_ENV_VAR",
    "ContractValidator",
    "ContractViolation",
    "contract_validation_requested",
    "default_validator",
    "install_contract_validation",
    "uninstall_contract_validation",
    "validate_contract",
]

CONTRACT_ENV_VAR = "SERVICELAYER_VALIDATE_CONTRACT"
"""Set to ``1`` to validate every client the facade creates (the integration tests do)."""

SPEC_ENV_VAR = "SERVICELAYER_CONTRACT_SPEC"
"""Path of the spec to validate against, when not the one the facade was built with."""

_MAX_RECORDED = 1000


class ContractViolation(ServiceLayerError):
    """A request or response does not match the OpenAPI contract.

    ``errors`` holds ``(json_path, message)`` pairs, e.g. ``("$.records[0].releaseState",
    "expected type string, got integer")``; locations outside the body read ``query.pageSize``,
    ``header.X-Request-Id``, ``status`` or ``content-type``.
    """

    def __init__(
        self,
        *,
        direction: str,
        operation_id: str,
        method: str,
        path: str,
        errors: list[tuple[str, str]],
        status: int | None = None,
    ) -> None:
        self.direction = direction
        self.operation_id = operation_id
        self.method = method
        self.path = path
        self.errors = errors
        self.status = status
        where = f"{direction} of {operation_id} ({method} {path})"
        if status is not None:
            where += f" [status {status}]"
        details = "; ".join(f"{location}: {message}" for location, message in errors)
        super().__init__(f"contract violation in {where}: {details}")

    @property
    def json_paths(self) -> list[str]:
        """The locations of every offending field."""
        return [location for location, _ in self.errors]


@dataclass(frozen=True, slots=True)
class _PathTemplate:
    template: str
    pattern: re.Pattern[str]
    variables: int
    operations: dict[str, str]  # lower-case method -> operationId


class _LoadedSpec:
    """The parsed spec, its openapi-core validators and compiled path templates (built once)."""

    def __init__(self, spec_path: Path) -> None:
        try:
            import yaml
            from jsonschema_path import SchemaPath
            from openapi_core.validation.request.validators import (
                V31RequestBodyValidator,
                V31RequestParametersValidator,
            )
            from openapi_core.validation.response.validators import V31ResponseValidator
        except ImportError as exc:  # pragma: no cover - depends on the installation
            raise ImportError(
                "contract validation needs openapi-core and PyYAML: "
                "pip install 'openapi-core==0.23.1' pyyaml"
            ) from exc
        document: dict[str, Any] = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
        self.version = str(document.get("info", {}).get("version", "?"))
        # Our own matcher strips the service layer root; openapi-core sees only spec paths.
        document["servers"] = [{"url": "/"}]
        spec = SchemaPath.from_dict(document)
        deserializers: dict[str, Callable[[bytes], Any]] = {
            "application/problem+json": json.loads,
            # Binary bodies are `type: string, format: binary`: any bytes are valid.
            "application/octet-stream": lambda data: data.decode("latin-1"),
        }
        options: dict[str, Any] = {"extra_media_type_deserializers": deserializers}
        self.body_validator = V31RequestBodyValidator(spec, **options)
        self.parameters_validator = V31RequestParametersValidator(spec, **options)
        self.response_validator = V31ResponseValidator(spec, **options)
        self.templates = sorted(
            (_compile(template, item) for template, item in document["paths"].items()),
            key=lambda t: t.variables,
        )

    def match(self, request: httpx.Request) -> OperationMatch | None:
        """The spec operation a request is for, or None when its path is not in the spec."""
        path = request.url.path
        best: tuple[int, int, OperationMatch] | None = None
        for template in self.templates:
            found = template.pattern.match(path)
            if found is None:
                continue
            prefix = found.group("_root")
            method = request.method.lower()
            match = OperationMatch(
                operation_id=template.operations.get(method, f"<undocumented {method}>"),
                method=request.method.upper(),
                template=template.template,
                root=prefix,
                documented=method in template.operations,
            )
            rank = (template.variables, len(prefix))
            if best is None or rank < best[:2]:
                best = (*rank, match)
        return best[2] if best else None


_HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def _compile(template: str, item: dict[str, Any]) -> _PathTemplate:
    parts = re.split(r"(\{[^}]+\})", template)
    regex = "".join(
        f"(?P<{part[1:-1]}>[^/]+)" if part.startswith("{") else re.escape(part) for part in parts
    )
    operations = {
        method: str(op.get("operationId", f"{method} {template}"))
        for method, op in item.items()
        if method in _HTTP_METHODS and isinstance(op, dict)
    }
    return _PathTemplate(
        template=template,
        pattern=re.compile(f"^(?P<_root>(?:/[^/]+)*?){regex}/?$"),
        variables=template.count("{"),
        operations=operations,
    )


def _only_status(errors: list[tuple[str, str]]) -> bool:
    return all(location == "status" for location, _ in errors)


def _default_spec_path() -> Path:
    explicit = os.environ.get(SPEC_ENV_VAR)
    if explicit:
        return Path(explicit)
    # A built wheel carries the contract in facade/_openapi/; a checkout has it in openapi/.
    package_dir = Path(str(resources.files("facade")))
    for candidate in (
        package_dir / "_openapi" / "servicelayer.yaml",
        package_dir.parent / "openapi" / "servicelayer.yaml",
    ):
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(
        "cannot find the OpenAPI contract; pass spec_path or set " + SPEC_ENV_VAR
    )


@functools.lru_cache(maxsize=8)
def _load(spec_path: Path) -> _LoadedSpec:
    return _LoadedSpec(spec_path)


class ContractValidator:
    """Validates httpx requests and responses against one version of the contract.

    ``raise_on_violation`` (default) raises :class:`ContractViolation` from the event hook,
    so the call that broke the contract fails; violations are also recorded in
    ``violations`` (the last 1000) either way, for reports and for the pytest plugin.
    ``max_array_items`` bounds the cost of big batches: JSON arrays are checked on their first
    items only (25 by default; None checks every item).

    Args:
        spec_path: The contract file (default: the one this SDK was built from).
        raise_on_violation: Raise ``ContractViolation`` at the first breach.
        max_array_items: Items of each JSON array that are checked (None: all).
    """

    def __init__(
        self,
        spec_path: str | Path | None = None,
        *,
        raise_on_violation: bool = True,
        max_array_items: int | None = 25,
    ):
        path = Path(spec_path) if spec_path is not None else _default_spec_path()
        self.spec_path = path.resolve()
        self._spec = _load(self.spec_path)
        self.raise_on_violation = raise_on_violation
        self.max_array_items = max_array_items
        self.violations: deque[ContractViolation] = deque(maxlen=_MAX_RECORDED)
        self.checked = 0

    @property
    def api_version(self) -> str:
        """``info.version`` of the spec this validator checks against."""
        return self._spec.version

    def validate_request(self, request: httpx.Request) -> ContractViolation | None:
        """Check one outgoing request.

        Args:
            request: The request about to be sent.

        Returns:
            The violation, or None when it conforms or is outside the contract.
        """
        match = self._spec.match(request)
        if match is None:
            return None
        self.checked += 1
        if not match.documented:
            return self._report("request", match, errors=[("method", "not in the contract")])
        adapted = openapi_request(request, match, max_items=self.max_array_items)
        errors = [
            *self._spec.parameters_validator.iter_errors(adapted),
            *(
                error
                for error in self._spec.body_validator.iter_errors(adapted)
                if not _is_optional_body_absent(error)
            ),
        ]
        return self._report("request", match, errors=describe_errors(errors)) if errors else None

    def validate_response(self, response: httpx.Response) -> ContractViolation | None:
        """Check one response (its body must have been read).

        Args:
            response: The answer received.

        Returns:
            The violation, or None when it conforms.
        """
        match = self._spec.match(response.request)
        if match is None or not match.documented:
            return None
        self.checked += 1
        adapted = openapi_request(response.request, match)
        answer = openapi_response(response, self.max_array_items)
        errors = list(self._spec.response_validator.iter_errors(adapted, answer))
        described = describe_errors(errors)
        if not described or (response.status_code >= 500 and _only_status(described)):
            return None  # an undocumented 5xx is a server failure, not a contract change
        return self._report("response", match, errors=described, status=response.status_code)

    def _report(
        self,
        direction: str,
        match: OperationMatch,
        *,
        errors: list[tuple[str, str]],
        status: int | None = None,
    ) -> ContractViolation:
        violation = ContractViolation(
            direction=direction,
            operation_id=match.operation_id,
            method=match.method,
            path=match.template,
            errors=errors,
            status=status,
        )
        self.violations.append(violation)
        if self.raise_on_violation:
            raise violation
        return violation

    # httpx integration -------------------------------------------------------------------

    def _on_request(self, request: httpx.Request) -> None:
        if self._spec.match(request) is not None:
            request.read()  # a streamed upload becomes replayable bytes
        self.validate_request(request)

    def _on_response(self, response: httpx.Response) -> None:
        if response.request.extensions.get(STREAM_EXTENSION):
            return  # a download streamed to disk: its bytes are never held in memory
        if self._spec.match(response.request) is not None:
            response.read()
            self.validate_response(response)

    async def _on_request_async(self, request: httpx.Request) -> None:
        if self._spec.match(request) is not None:
            await request.aread()
        self.validate_request(request)

    async def _on_response_async(self, response: httpx.Response) -> None:
        if self._spec.match(response.request) is not None:
            await response.aread()
            self.validate_response(response)

    def event_hooks(self) -> dict[str, list[Callable[..., Any]]]:
        """Hooks that validate every exchange of an ``httpx.Client``.

        Returns:
            The mapping to pass as ``httpx.Client(event_hooks=...)``.
        """
        return {"request": [self._on_request], "response": [self._on_response]}

    def async_event_hooks(self) -> dict[str, list[Callable[..., Any]]]:
        """Hooks that validate every exchange of an ``httpx.AsyncClient``.

        Returns:
            The mapping to pass as ``httpx.AsyncClient(event_hooks=...)``.
        """
        return {"request": [self._on_request_async], "response": [self._on_response_async]}


@functools.lru_cache(maxsize=1)
def default_validator() -> ContractValidator:
    """The shared validator for the contract this facade was built against (loaded once)."""
    return ContractValidator()


def _is_optional_body_absent(error: BaseException) -> bool:
    """openapi-core reports an absent body even where the contract says it is optional."""
    from openapi_core.validation.request.exceptions import MissingRequestBody

    return isinstance(error, MissingRequestBody)


def contract_validation_requested(validate_contract: bool = False) -> bool:
    """True when a configuration asks for validation or ``SERVICELAYER_VALIDATE_CONTRACT=1``."""
    flag = os.environ.get(CONTRACT_ENV_VAR, "").strip().lower()
    return validate_contract or flag in {"1", "true", "yes", "on"}


def _is_ours(hook: Any, validator: ContractValidator | None) -> bool:
    owner = getattr(hook, "__self__", None)
    if not isinstance(owner, ContractValidator):
        return False
    return validator is None or owner is validator


def install_contract_validation(
    client: httpx.Client | httpx.AsyncClient, validator: ContractValidator | None = None
) -> ContractValidator:
    """Add the validator's event hooks to ``client`` (once); returns the validator used."""
    validator = validator or default_validator()
    hooks = client.event_hooks
    if any(_is_ours(hook, validator) for hook in hooks["request"]):
        return validator
    ours = (
        validator.async_event_hooks()
        if isinstance(client, httpx.AsyncClient)
        else validator.event_hooks()
    )
    client.event_hooks = {
        "request": [*hooks["request"], *ours["request"]],
        "response": [*hooks["response"], *ours["response"]],
    }
    return validator


def uninstall_contract_validation(
    client: httpx.Client | httpx.AsyncClient, validator: ContractValidator | None = None
) -> None:
    """Remove the hooks of ``validator`` (of every validator when None) from ``client``."""
    hooks = client.event_hooks
    client.event_hooks = {
        name: [hook for hook in hooks[name] if not _is_ours(hook, validator)]
        for name in ("request", "response")
    }


def _httpx_client_of(target: Any) -> httpx.Client | httpx.AsyncClient:
    """Find the httpx client behind a Session, Connection, generated Client or httpx client."""
    seen = 0
    while not isinstance(target, httpx.Client | httpx.AsyncClient):
        seen += 1
        if seen > 4:
            break
        if hasattr(target, "get_httpx_client"):
            target = target.get_httpx_client()
            continue
        for name in ("connection", "_connection", "client", "_client"):
            inner = getattr(target, name, None)
            if inner is not None:
                target = inner
                break
        else:
            break
    if not isinstance(target, httpx.Client | httpx.AsyncClient):
        raise TypeError("validate_contract() needs a Session, a Connection or an httpx client")
    return target


@contextmanager
def validate_contract(
    target: Any,
    *,
    spec_path: str | Path | None = None,
    raise_on_violation: bool = True,
) -> Iterator[ContractValidator]:
    """Validate every exchange of ``target`` (a Session or client) inside the ``with`` block.

    Example:
        With ``session`` signed in to a Service Layer:

        >>> from facade import validate_contract
        >>> with validate_contract(session) as validator:
        ...     found = session.search_for_records_by_text("Aluminium")
        >>> validator.checked > 0, list(validator.violations)
        (True, [])

    Args:
        target: A ``Session``, its ``generated_client``, or an ``httpx.Client``.
        spec_path: The contract to check against (default: the one this SDK was built from).
        raise_on_violation: Raise ``ContractViolation`` at the first breach; False records
            breaches in ``validator.violations`` instead.

    Returns:
        A context manager giving the ``ContractValidator``, which counts ``checked``
        exchanges and keeps ``violations``.

    Raises:
        ContractViolation: A request or answer breaks the contract (``raise_on_violation``).
        ImportError: The ``contract`` extra (openapi-core) is not installed.
    """
    validator = ContractValidator(spec_path, raise_on_violation=raise_on_violation)
    client = _httpx_client_of(target)
    install_contract_validation(client, validator)
    try:
        yield validator
    finally:
        uninstall_contract_validation(client, validator)
