"""Compiles the extraction hot path with mypyc; everything else is declared in pyproject.toml.

The modules below are plain, fully typed Python; mypyc turns them into C extensions that run 1.4-1.8x faster
(docs/extraction.md, "Speed"). The Python sources stay the reference: ``loaders/native.py`` falls back to them when the
compiled copies are missing, out of date, or ``VANKIEN_PURE_PYTHON=1`` is set, and tests/test_native.py checks that
both give the same output. ``VANKIEN_PURE_PYTHON=1`` at install time skips compilation (no C compiler needed).
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from setuptools import setup

# The extraction pipeline of loaders/extract.py, module by module. loaders/model.py stays interpreted: its frozen
# dataclasses are pickled between build workers, and compiled they pickle badly and construct no faster.
COMPILED = (
    "anchors",
    "attributes",
    "corefer",
    "extract",
    "find",
    "headers",
    "issuers",
    "lexicon",
    "normalize",
    "relate",
    "sentences",
    "symbols",
)
HERE = Path(__file__).resolve().parent
MANIFEST = HERE / "loaders" / "native_sources.json"


def source_digests() -> dict[str, str]:
    """Each compiled module's source sha256; loaders/native.py compares them before it uses the compiled copy."""
    return {
        name: hashlib.sha256((HERE / "loaders" / f"{name}.py").read_bytes()).hexdigest() for name in COMPILED
    }


def extensions() -> list:
    if os.environ.get("VANKIEN_PURE_PYTHON") == "1":
        MANIFEST.unlink(missing_ok=True)
        return []
    from mypyc.build import mypycify  # a build requirement (pyproject.toml), imported only when compiling

    MANIFEST.write_text(json.dumps(source_digests(), indent=1, sort_keys=True) + "\n", encoding="utf-8")
    # Third-party imports (numpy, rdflib) are not installed in pip's isolated build environment; mypyc treats them as
    # Any, which is how the compiled code uses them anyway.
    paths = [f"loaders/{name}.py" for name in COMPILED]
    # group_name: the shared library all of them load is the top-level module vankien_loaders__mypyc
    return mypycify(["--ignore-missing-imports", *paths], opt_level="3", group_name="vankien_loaders")


setup(ext_modules=extensions())
