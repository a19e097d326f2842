"""How much of the Toolkit API that the Scripting Toolkit's own v5 sample scripts use exists here.

``toolkit_sample_uses.json`` lists every Toolkit name the public v5 sample pages use
(streamlined and data-analytics), with its owner classes and its number of uses per page.
This module checks each name against ``import facade as mpy``, prints the measured share
(names and uses) with the missing names, most-used first, and fails when less than 95% of the
uses are covered. The Toolkit's semantics behind the names are checked by the behaviour tests
next to this module, against the reference server.

A name is present when every owner class the samples use it on has it: a method, a property,
a class attribute, a slot, an annotated field or an attribute its methods assign; where the
samples assign the name (``assigned_on``), it must also be writable there. ``mpy.X``
names must be importable from the package, ``Owner.member`` names must be members of the
package-level class or enum ``Owner``. Excluded names and pages carry their reason in the data.
"""

from __future__ import annotations

import ast
import dataclasses
import functools
import inspect
import json
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import facade as mpy

INVENTORY = Path(__file__).with_name("toolkit_sample_uses.json")
TARGET_SHARE = 0.95


def _inventory() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(INVENTORY.read_text(encoding="utf-8"))
    return data


@functools.cache
def _assigned_in_methods(cls: type) -> frozenset[str]:
    """Names a class's own methods assign on ``self`` (``self.x = ...``, ``self.x: T = ...``)."""
    try:
        source = textwrap.dedent(inspect.getsource(cls))
    except (OSError, TypeError):
        return frozenset()
    names: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign):
            targets = list(node.targets)
        elif isinstance(node, ast.AnnAssign):
            targets = [node.target]
        for target in targets:
            if (
                isinstance(target, ast.Attribute)
                and isinstance(target.value, ast.Name)
                and target.value.id == "self"
            ):
                names.add(target.attr)
    return frozenset(names)


def has_member(cls: type, name: str) -> bool:
    """Whether instances of ``cls`` have ``name``, without making an instance."""
    if hasattr(cls, name):
        return True
    for klass in cls.__mro__:
        if klass is object:
            continue
        slots = vars(klass).get("__slots__", ())
        if name in ((slots,) if isinstance(slots, str) else slots):
            return True
        if name in vars(klass).get("__annotations__", {}):
            return True
        if name in _assigned_in_methods(klass):
            return True
    if dataclasses.is_dataclass(cls):
        return name in {f.name for f in dataclasses.fields(cls)}
    return False


def is_writable(cls: type, name: str) -> bool:
    """Whether a script can assign ``name`` on instances of ``cls`` (no read-only property)."""
    if not has_member(cls, name):
        return False
    found = inspect.getattr_static(cls, name, None)
    if isinstance(found, property):
        return found.fset is not None
    return not callable(found) or hasattr(type(found), "__set__")


def owner_class(owner: str, aliases: dict[str, str]) -> type | None:
    """The SDK class standing for a Toolkit owner class (same name unless the data aliases it)."""
    found = getattr(mpy, aliases.get(owner, owner), None)
    return found if isinstance(found, type) else None


def missing_owners(key: str, entry: dict[str, Any], aliases: dict[str, str]) -> list[str]:
    """The owner classes lacking the name ``key`` (empty when the SDK has it everywhere)."""
    member = key.rsplit(".", 1)[-1]
    if entry["owners"] == ["mpy"]:
        return [] if hasattr(mpy, member) else ["mpy"]
    missing = []
    for owner in entry["owners"]:
        cls = owner_class(owner, aliases)
        if cls is None or not has_member(cls, member):
            missing.append(owner)
        elif owner in entry.get("assigned_on", ()) and not is_writable(cls, member):
            missing.append(f"{owner} (read-only)")
    return missing


@dataclasses.dataclass(frozen=True)
class Coverage:
    """The measured coverage: counted names and uses, and what is missing."""

    names: int
    names_present: int
    uses: int
    uses_present: int
    missing: tuple[tuple[str, int, tuple[str, ...]], ...]
    excluded_uses: int

    @property
    def share(self) -> float:
        return self.uses_present / self.uses

    def report(self) -> str:
        lines = [
            f"Toolkit sample coverage: {self.names_present}/{self.names} names, "
            f"{self.uses_present}/{self.uses} uses ({self.share:.1%}); "
            f"{self.excluded_uses} excluded uses not counted",
        ]
        lines += [
            f"  missing {key} ({uses} uses) on {', '.join(on)}" for key, uses, on in self.missing
        ]
        return "\n".join(lines)


def measure(data: dict[str, Any]) -> Coverage:
    """Checks every counted name against the SDK."""
    excluded_pages = {page for page, about in data["samples"].items() if "excluded" in about}
    aliases: dict[str, str] = data.get("sdk_classes", {})
    names = names_present = uses = uses_present = excluded_uses = 0
    missing: list[tuple[str, int, tuple[str, ...]]] = []
    for key, entry in data["names"].items():
        counted = sum(
            n for page, n in entry["uses_by_sample"].items() if page not in excluded_pages
        )
        if "excluded" in entry or counted == 0:
            excluded_uses += entry["uses"]
            continue
        excluded_uses += entry["uses"] - counted
        names += 1
        uses += counted
        lacking = missing_owners(key, entry, aliases)
        if lacking:
            missing.append((key, counted, tuple(lacking)))
        else:
            names_present += 1
            uses_present += counted
    missing.sort(key=lambda item: (-item[1], item[0]))
    return Coverage(names, names_present, uses, uses_present, tuple(missing), excluded_uses)


# --- the inventory itself ------------------------------------------------------------------------


def _entries() -> Iterator[tuple[str, dict[str, Any]]]:
    yield from _inventory()["names"].items()


def test_inventory_counts_are_consistent() -> None:
    data = _inventory()
    pages = set(data["samples"])
    for key, entry in _entries():
        assert entry["owners"], key
        assert entry["uses"] == sum(entry["uses_by_sample"].values()) > 0, key
        assert set(entry["uses_by_sample"]) <= pages, key
        assert set(entry.get("assigned_on", ())) <= set(entry["owners"]) | {"AttributeValue"}, key
    used_pages = {page for _, entry in _entries() for page in entry["uses_by_sample"]}
    assert used_pages == pages


def test_every_exclusion_gives_its_reason() -> None:
    data = _inventory()
    excluded = [about["excluded"] for about in data["samples"].values() if "excluded" in about]
    excluded += [entry["excluded"] for _, entry in _entries() if "excluded" in entry]
    assert excluded and all(isinstance(reason, str) and len(reason) > 20 for reason in excluded)
    assert set(data["excluded_areas"]) == {
        "FEA exporters",
        "job queue",
        "record-list interoperability",
    }


def test_owner_aliases_name_sdk_classes() -> None:
    for owner, sdk_name in _inventory().get("sdk_classes", {}).items():
        assert isinstance(getattr(mpy, sdk_name, None), type), (owner, sdk_name)


# --- the member check ----------------------------------------------------------------------------


class _Probe:
    declared: int
    __slots__ = ("declared", "slotted")

    def __init__(self) -> None:
        self.slotted = 1

    @property
    def computed(self) -> int:
        return 2


class _Plain:
    def __init__(self) -> None:
        self.assigned = 1
        self.annotated: int = 2


def test_member_check_sees_properties_slots_annotations_and_assignments() -> None:
    assert has_member(_Probe, "computed") and has_member(_Probe, "slotted")
    assert has_member(_Probe, "declared")
    assert has_member(_Plain, "assigned") and has_member(_Plain, "annotated")
    assert not has_member(_Plain, "computed") and not has_member(_Probe, "assigned")


def test_writable_check_refuses_read_only_properties_and_methods() -> None:
    assert is_writable(_Probe, "slotted") and is_writable(_Plain, "annotated")
    assert not is_writable(_Probe, "computed") and not is_writable(_Probe, "__init__")
    assert is_writable(mpy.Database, "unit_system")
    assert not is_writable(mpy.Table, "unit_system")


# --- the yardstick -------------------------------------------------------------------------------


def test_the_samples_toolkit_uses_exist_in_the_sdk(capsys: pytest.CaptureFixture[str]) -> None:
    coverage = measure(_inventory())
    with capsys.disabled():
        print("\n" + coverage.report())
    assert coverage.share >= TARGET_SHARE, coverage.report()
