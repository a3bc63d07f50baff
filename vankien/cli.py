"""Entry point: imports every command module so that each registers its commands on the shared app."""

from __future__ import annotations

from vankien import cmd_extract  # noqa: F401  (registers `extract`)
from vankien.app import app

__all__ = ["app"]
