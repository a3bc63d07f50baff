"""The compiled extraction (mypyc, setup.py) is what runs, gives what the Python sources give, and is never stale.

loaders/native.py picks the copy: the C extensions when they were built from the sources on disk, else the sources.
"""

from __future__ import annotations

import importlib.machinery
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import loaders
import loaders.extract

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
compiled_build = pytest.mark.skipif(
    not loaders.NATIVE.modules, reason=f"installed without compiling ({loaders.NATIVE.reason})"
)
PROBE = (
    "import loaders, loaders.extract, loaders.find\n"
    "from loaders.model import Article\n"
    "found = loaders.extract.extract(Article(id='a', text='Kế hoạch số 7-KH/TU thực hiện Nghị quyết số 57-NQ/TW.'))\n"
    "print(loaders.NATIVE.compiled, loaders.find.__file__, len(found.documents))\n"
)


def is_extension(path: str) -> bool:
    return path.endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES))


def python(code: str, cwd: Path, pure: bool = False) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "VANKIEN_PURE_PYTHON"}
    if pure:
        env["VANKIEN_PURE_PYTHON"] = "1"
    # cwd first on sys.path: a copy of the package there is imported instead of the installed one
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=cwd, env=env, check=True
    )


@compiled_build
def test_the_compiled_extensions_are_what_runs() -> None:
    assert loaders.NATIVE.compiled, loaders.NATIVE.reason
    assert is_extension(loaders.extract.__file__ or "")
    assert set(loaders.NATIVE.modules) >= {"extract", "find", "attributes", "relate", "normalize"}


@compiled_build
def test_compiled_and_pure_extraction_print_the_same_lines(tmp_path: Path) -> None:
    records = [{"id": p.stem, "text": p.read_text(encoding="utf-8")} for p in SEEDS]
    records.append(
        {"id": "made-up", "text": "NQ số 18, 19 của BCH TƯ; KH 12/KH-TU ngày 3-2-2023 quán triệt NQ 21."}
    )
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    command = f"from vankien.cli import app; app(['extract', '--format', 'jsonl', {str(corpus)!r}])"
    compiled, pure = python(command, ROOT), python(command, ROOT, pure=True)
    assert compiled.stdout == pure.stdout
    assert len(compiled.stdout.splitlines()) == len(records) and '"implements"' in compiled.stdout


def test_forcing_the_python_sources(tmp_path: Path) -> None:
    done = python(PROBE, tmp_path, pure=True)
    compiled, path, documents = done.stdout.split()
    assert (compiled, documents) == ("False", "2") and path.endswith("loaders/find.py")
    assert done.stderr == ""  # asked for: no warning


@compiled_build
def test_an_edited_source_is_run_from_source_with_a_warning(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "loaders", tmp_path / "loaders", ignore=shutil.ignore_patterns("__pycache__"))
    for group in ROOT.glob("*__mypyc*"):  # the shared library every compiled module of the group loads
        shutil.copy(group, tmp_path)
    assert python(PROBE, tmp_path).stdout.split()[0] == "True"  # the untouched copy runs compiled
    edited = tmp_path / "loaders" / "find.py"
    edited.write_text(edited.read_text(encoding="utf-8") + "\n# an edit after compiling\n", encoding="utf-8")
    done = python(PROBE, tmp_path)
    compiled, path, documents = done.stdout.split()
    assert (compiled, documents) == ("False", "2") and path == str(edited)
    assert "sources edited since compiled: loaders/find.py" in done.stderr and "make setup" in done.stderr
