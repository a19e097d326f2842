"""Warnings that point at the user's line, not at the SDK's own modules."""

from __future__ import annotations

import sys
import warnings
from pathlib import Path

__all__ = ["warn_caller"]

_FACADE = str(Path(__file__).resolve().parents[1])
_GENERATED = str(Path(__file__).resolve().parents[2] / "generated")


def _inside_sdk(filename: str) -> bool:
    return filename.startswith((_FACADE, _GENERATED)) or filename.startswith("<frozen")


def warn_caller(message: str, category: type[Warning] = UserWarning) -> None:
    """Issue a warning attributed to the first frame outside the SDK (the user's code)."""
    level = 2  # 1 would be this function; 2 is its caller
    frame = sys._getframe(1)
    while frame is not None and _inside_sdk(str(Path(frame.f_code.co_filename).resolve())):
        frame = frame.f_back  # type: ignore[assignment]
        level += 1
    warnings.warn(message, category, stacklevel=level)
