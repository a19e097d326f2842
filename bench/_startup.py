"""Start-up: ``import facade`` and the command line's ``--help``, each in a fresh interpreter.

``import facade`` is read from ``python -X importtime`` (the cumulative time of the ``facade``
line) and ``--help`` is the wall-clock time of ``python -m servicelayer_cli --help``, each the
median of ``RUNS`` fresh interpreters per benchmark run (bench._runs reports the median of 3
runs); the detail names the packages that took the most of it (their own import time summed per
top-level package). One interpreter per run was too few on a shared machine: a full
``make bench`` read 0.246 s (runs 0.246, 0.139, 0.289 s) where ``startup`` run alone on the
same commit minutes later read 0.129-0.161 s three times.

The interpreters keep compiled bytecode (in a temporary ``PYTHONPYCACHEPREFIX``, warmed by one
unmeasured run) as an installed package does: without it every start would also compile the
sources, which ``PYTHONDONTWRITEBYTECODE`` in a development shell forces.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Mapping

from ._report import Figure, Report

__all__ = ["import_times", "run_startup"]

RUNS = 5
"""Fresh interpreters per figure and benchmark run; bench._runs then takes the median of 3 runs."""
TOP = 5
IMPORT_TARGET_S = 0.2
HELP_TARGET_S = 0.3


def with_bytecode_cache(cache_dir: str) -> dict[str, str]:
    """This process's environment, writing and reading compiled bytecode under ``cache_dir``."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = cache_dir
    return env


def import_times(module: str, env: Mapping[str, str] | None = None) -> tuple[float, Counter[str]]:
    """Seconds to import ``module`` in a fresh interpreter, and own time per top package."""
    stderr = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", f"import {module}"],
        check=True,
        capture_output=True,
        text=True,
        env=env,
    ).stderr
    total = 0.0
    by_package: Counter[str] = Counter()
    for line in stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        own, cumulative, name = line.removeprefix("import time:").split("|")
        by_package[name.strip().split(".")[0]] += int(own) / 1e6
        if name.strip() == module:
            total = int(cumulative) / 1e6
    return total, by_package


def _modules_loaded(module: str, env: Mapping[str, str]) -> str:
    """How many modules ``import module`` loads, and how many of them are generated models."""
    script = (
        f"import sys, {module}\n"
        "names = list(sys.modules)\n"
        "print(len(names), sum(n.startswith('generated.models.') for n in names))"
    )
    output = subprocess.run(
        [sys.executable, "-c", script], check=True, capture_output=True, text=True, env=env
    ).stdout
    total, models = output.split()
    return f"{total} ({models} generated model modules)"


def _help_seconds(env: Mapping[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "servicelayer_cli", "--help"],
        check=True,
        capture_output=True,
        env=env,
    )
    return time.perf_counter() - start


def run_startup(report: Report) -> None:
    with tempfile.TemporaryDirectory(prefix="bench-pycache-") as cache_dir:
        env = with_bytecode_cache(cache_dir)
        import_times("facade", env)  # compiles and caches the bytecode
        _help_seconds(env)
        _measure(report, env)


def _measure(report: Report, env: Mapping[str, str]) -> None:
    runs = [import_times("facade", env) for _ in range(RUNS)]
    seconds = [total for total, _ in runs]
    median = statistics.median(seconds)
    _, packages = runs[seconds.index(median)]
    top = ", ".join(f"{name} {own * 1000:.0f} ms" for name, own in packages.most_common(TOP))
    report.add(
        Figure(
            "Start-up: import facade (python -X importtime)",
            median,
            " s",
            target=f"<= {IMPORT_TARGET_S} s",
            ok=median <= IMPORT_TARGET_S,
            details={"top importers": top, "modules loaded": _modules_loaded("facade", env)},
        )
    )
    helps = [_help_seconds(env) for _ in range(RUNS)]
    help_median = statistics.median(helps)
    cli_import, cli_packages = import_times("servicelayer_cli", env)
    cli_top = ", ".join(
        f"{name} {own * 1000:.0f} ms" for name, own in cli_packages.most_common(TOP)
    )
    report.add(
        Figure(
            "Start-up: servicelayer --help",
            help_median,
            " s",
            target=f"<= {HELP_TARGET_S} s",
            ok=help_median <= HELP_TARGET_S,
            details={
                "import servicelayer_cli s (importtime)": cli_import,
                "top importers": cli_top,
            },
        )
    )
