"""Pausing Python's cyclic garbage collector around work that only makes acyclic objects."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_collector() -> Iterator[None]:
    """No collection inside the block. Each collection of the young generations walks every container made
    since the last one, so a phase that makes millions of tuples, dataclasses and sets that all survive (the
    corpus resolution) pays for passes that free nothing. Cycles made inside are collected after it."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()
