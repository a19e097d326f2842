"""Check the docstrings of the public facade: every class, method and property users reach
from ``import facade`` has one, in Google style, naming each parameter (``Args:``) and what it
returns (``Returns:``), without private module names or internal jargon.

Ruff's pydocstyle rules (``make lint``) check the form of every docstring in ``facade/``; this
checks that the public surface is complete, which ruff cannot see because the classes live in
private modules. Run ``python scripts/check_public_docstrings.py``; exit status 1 lists what is
missing.
"""

from __future__ import annotations

import dataclasses
import enum
import inspect
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import facade

_JARGON = re.compile(
    r"seed 0\d\d|\b_tsv\b|\b_bulk\b|\bfacade\._\w+|\b_ops\b|\b_core\b|\b_model\b|"
    r"\bgenerated\.models\b"
)
_SKIPPED_METHODS = {"__init__"}  # checked on the class: a class documents its constructor


def _public_members(cls: type) -> Iterator[tuple[str, Any]]:
    for name, member in vars(cls).items():
        if name.startswith("_") and name != "__init__":
            continue
        yield name, member


def _function_of(member: Any) -> Callable[..., Any] | None:
    if isinstance(member, staticmethod | classmethod):
        return member.__func__  # type: ignore[no-any-return]
    if inspect.isfunction(member):
        return member
    return None


def _parameters(function: Callable[..., Any]) -> list[str]:
    signature = inspect.signature(function)
    return [
        name
        for name, parameter in signature.parameters.items()
        if name not in ("self", "cls")
        and parameter.kind not in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD)
    ]


_SDK_INPUTS = re.compile(r"\b(\w*Model|Backend|Connection)\b")


def _built_by_the_sdk(init: Callable[..., Any]) -> bool:
    """A constructor that takes what the server sent (a contract model) or the session's
    backend: the SDK builds these objects, users get them from the session."""
    return any(
        _SDK_INPUTS.search(str(parameter.annotation))
        for parameter in inspect.signature(init).parameters.values()
    )


def _returns_something(function: Callable[..., Any]) -> bool:
    annotation = inspect.signature(function).return_annotation
    return annotation not in (None, "None", inspect.Signature.empty)


def _check_function(qualname: str, function: Callable[..., Any], doc: str) -> list[str]:
    problems = []
    parameters = _parameters(function)
    if parameters:
        if "Args:" not in doc:
            problems.append(f"{qualname}: no Args section for {parameters}")
        else:
            section = doc.split("Args:", 1)[1]
            for name in parameters:
                if not re.search(rf"^\s+{re.escape(name)}( \(.*\))?:", section, re.MULTILINE):
                    problems.append(f"{qualname}: Args does not describe {name!r}")
    if _returns_something(function) and "Returns:" not in doc and "Yields:" not in doc:
        problems.append(f"{qualname}: no Returns section")
    return problems


def _check_doc(qualname: str, doc: str | None) -> list[str]:
    if not doc or not doc.strip():
        return [f"{qualname}: no docstring"]
    jargon = _JARGON.search(doc)
    return [f"{qualname}: mentions {jargon.group(0)!r}"] if jargon else []


def _check_class(name: str, cls: type) -> list[str]:
    problems = _check_doc(name, cls.__doc__)
    if issubclass(cls, BaseException | enum.Enum) or dataclasses.is_dataclass(cls):
        return problems
    init = vars(cls).get("__init__")
    if inspect.isfunction(init) and not _built_by_the_sdk(init):
        docs = [init.__doc__ or ""] + [klass.__doc__ or "" for klass in cls.__mro__]
        problems += _check_function(f"{name}()", init, "\n".join(docs))
    for member_name, member in _public_members(cls):
        if member_name in _SKIPPED_METHODS:
            continue
        qualname = f"{name}.{member_name}"
        if isinstance(member, property):
            problems += _check_doc(qualname, member.__doc__)
            continue
        function = _function_of(member)
        if function is None:
            continue
        doc = inspect.getdoc(function)
        found = _check_doc(qualname, doc)
        problems += found or _check_function(qualname, function, doc or "")
    return problems


def problems() -> list[str]:
    """Every gap in the public surface's docstrings."""
    found = _check_doc("facade", facade.__doc__)
    for name in facade.__all__:
        obj = getattr(facade, name)
        if inspect.isclass(obj):
            found += _check_class(name, obj)
        elif inspect.isfunction(obj):
            doc = inspect.getdoc(obj)
            found += _check_doc(name, doc) or _check_function(name, obj, doc or "")
    return found


def main() -> int:
    """Print each gap; exit 1 when there is one."""
    found = problems()
    for problem in found:
        print(problem)
    if found:
        print(f"{len(found)} public docstring gap(s)", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
