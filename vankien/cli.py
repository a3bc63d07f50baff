"""Entry point: imports every command module so that each registers its commands on the shared app."""

from __future__ import annotations

from vankien import (
    cmd_cypher,  # noqa: F401  (registers `push`, `query`, `cypher`, `export`)
    cmd_extract,  # noqa: F401  (registers `extract`)
    cmd_graph,  # noqa: F401  (registers `build`, `trace`, `explain`, `stats`)
    cmd_validate,  # noqa: F401  (registers `validate`)
    cmd_view,  # noqa: F401  (registers `view`)
)
from vankien.app import app

__all__ = ["app"]
