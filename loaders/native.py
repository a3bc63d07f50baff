"""Compiled or pure: chooses, once per process, which copy of the extraction modules Python imports.

setup.py compiles the extraction hot path with mypyc into C extensions that sit next to their sources
(``loaders/find.cpython-311-*.so`` beside ``loaders/find.py``), and records each source's sha256 in
``loaders/native_sources.json``. Python would import an extension in preference to its source even after the source
has been edited, silently running old code; so before any of them is imported, ``choose`` checks that every compiled
module was built from the source now on disk. If one was not, or ``VANKIEN_PURE_PYTHON=1`` is set, a finder placed
first on ``sys.meta_path`` makes Python import all of them from their sources: the same code, 1.4-1.8x slower.
All or none: compiled modules call each other directly, so a mix of compiled and pure copies would not see each other.
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import logging
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

log = logging.getLogger(__name__)

PACKAGE = "loaders"
HERE = Path(__file__).resolve().parent
MANIFEST = HERE / "native_sources.json"
PURE_VARIABLE = "VANKIEN_PURE_PYTHON"


@dataclass(frozen=True)
class Choice:
    """Which copy runs: ``compiled`` is True when the mypyc extensions are imported; ``reason`` says why not."""

    compiled: bool
    reason: str
    modules: tuple[str, ...] = ()


def _extension_path(name: str) -> Path | None:
    for suffix in importlib.machinery.EXTENSION_SUFFIXES:
        candidate = HERE / f"{name}{suffix}"
        if candidate.exists():
            return candidate
    return None


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def inspect(environ: dict[str, str] | os._Environ[str] = os.environ) -> Choice:
    """Decide without side effects whether the compiled extensions can be used."""
    recorded: dict[str, str] = json.loads(MANIFEST.read_text(encoding="utf-8")) if MANIFEST.exists() else {}
    if environ.get(PURE_VARIABLE) == "1":
        return Choice(False, f"{PURE_VARIABLE}=1", tuple(sorted(recorded)))
    if not recorded:
        leftovers = tuple(sorted(p.name for p in HERE.iterdir() if p.suffix in {".so", ".pyd"}))
        return Choice(
            False, "not compiled" + (f" (stray extensions {', '.join(leftovers)})" if leftovers else "")
        )
    missing = [name for name in sorted(recorded) if _extension_path(name) is None]
    if missing:
        return Choice(False, f"compiled extensions missing: {', '.join(missing)}", tuple(sorted(recorded)))
    changed = [name for name, digest in sorted(recorded.items()) if _digest(HERE / f"{name}.py") != digest]
    if changed:
        edited = ", ".join(f"{PACKAGE}/{name}.py" for name in changed)
        return Choice(False, f"sources edited since compiled: {edited}", tuple(sorted(recorded)))
    return Choice(True, "compiled extensions match their sources", tuple(sorted(recorded)))


class _PythonSources(importlib.abc.MetaPathFinder):
    """Imports ``loaders.<name>`` from ``<name>.py`` for the compiled names, ignoring their extensions."""

    def __init__(self, names: Sequence[str]) -> None:
        self.names = frozenset(names)

    def find_spec(
        self, fullname: str, path: Sequence[str] | None = None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        package, _, name = fullname.rpartition(".")
        if package != PACKAGE or name not in self.names:
            return None
        return importlib.util.spec_from_file_location(fullname, HERE / f"{name}.py")


def choose() -> Choice:
    """Make this process import the compiled copies if they are current, else the Python sources; say which."""
    choice = inspect()
    if not choice.compiled and choice.modules:
        sys.meta_path.insert(0, _PythonSources(choice.modules))
        if not choice.reason.startswith(PURE_VARIABLE):
            log.warning(
                "running the extraction from its Python sources (%s); `make setup` recompiles", choice.reason
            )
    return choice
