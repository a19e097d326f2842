"""Regenerate the client from a spec into a scratch copy, then type-check and test the facade.

    python scripts/regenerate_check.py [--spec openapi/servicelayer.yaml] [--no-tests]

Steps (each in a temporary folder, the checkout is never touched):
1. openapi-python-client generates ``generated/`` from the spec (pinned, ``--fail-on-warning``);
2. mypy --strict over ``facade/`` against the fresh ``generated/`` (a renamed or retyped
   field the facade uses fails here, naming the field);
3. the facade's unit tests (``tests/unit``) run against it.

Exit status 0 when all pass; the failing step's output is printed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
COPIED = ("facade", "server", "tests", "pyproject.toml", "openapi")
IGNORED = shutil.ignore_patterns("__pycache__", ".mypy_cache", ".ruff_cache", "node_modules")


def _run(step: str, command: list[str], cwd: Path, env: dict[str, str]) -> bool:
    print(f"== {step}: {' '.join(command)}", flush=True)
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        print(done.stdout + done.stderr, flush=True)
        print(f"== {step} FAILED (exit {done.returncode})", flush=True)
        return False
    tail = (done.stdout.strip().splitlines() or [""])[-1]
    print(f"   ok: {tail}", flush=True)
    return True


def _scratch_copy(scratch: Path) -> None:
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, scratch / name, ignore=IGNORED)
        else:
            shutil.copy2(source, scratch / name)


def check(spec: Path, *, run_tests: bool = True) -> bool:
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    with tempfile.TemporaryDirectory(prefix="regenerate-check-") as tmp:
        scratch = Path(tmp)
        _scratch_copy(scratch)
        generate = [
            str(BIN / "openapi-python-client"),
            "generate",
            "--path",
            str(spec.resolve()),
            "--meta",
            "none",
            "--config",
            str(ROOT / "openapi" / "generator.yml"),
            "--custom-template-path",
            str(ROOT / "openapi" / "templates"),
            "--fail-on-warning",
            "--output-path",
            str(scratch / "generated"),
        ]
        if not _run("generate", generate, scratch, env):
            return False
        shutil.rmtree(scratch / "generated" / ".ruff_cache", ignore_errors=True)
        # The scratch folder comes first on every path: its facade/ and fresh generated/.
        env["PYTHONPATH"] = str(scratch)
        env["MYPYPATH"] = str(scratch)
        mypy = [sys.executable, "-m", "mypy", "--config-file", "pyproject.toml"]
        mypy += ["--no-incremental", "-p", "facade"]
        if not _run("mypy facade/ against the fresh client", mypy, scratch, env):
            return False
        if run_tests:
            pytest = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/unit"]
            # The benchmark harness is not part of the scratch copy: only the code the client feeds.
            pytest.append("--ignore=tests/unit/bench")
            if not _run("facade unit tests", pytest, scratch, env):
                return False
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--spec", type=Path, default=ROOT / "openapi" / "servicelayer.yaml")
    parser.add_argument("--no-tests", action="store_true", help="stop after mypy")
    args = parser.parse_args(argv)
    ok = check(args.spec, run_tests=not args.no_tests)
    print("regenerate-check: OK" if ok else "regenerate-check: FAILED", flush=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
