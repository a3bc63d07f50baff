"""The networkx view saved next to the graph file, so that tracing a large graph does not reparse its RDF.

`vankien build` writes `graph.network.json` (node-link JSON) beside `graph.trig`, stamped with the SHA-256 of
the graph file it was computed from. `load_network` returns it only when that stamp matches the graph file on
disk; anything else (missing, stale, unreadable) returns None and the caller rebuilds the view from the RDF.
Parsing 100 MB of TriG with rdflib takes minutes; this file loads in seconds.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import secrets
from pathlib import Path
from typing import Any

import networkx as nx
import orjson
from networkx.readwrite import json_graph
from rdflib import Dataset

from graph.network import to_networkx
from graph.triple_index import GraphFile, network_from_index

log = logging.getLogger(__name__)

NETWORK_FILE = "graph.network.json"
GRAPH_FILES = ("graph.trig", "graph.nq", "graph.ttl", "graph.jsonld")
_FORMAT = 1


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as data:
        for block in iter(lambda: data.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def save_network(g: nx.MultiDiGraph, path: Path, source_digest: str) -> Path:
    """Write the view atomically (temporary file in the same directory, then os.replace)."""
    payload = {
        "format": _FORMAT,
        "source_sha256": source_digest,
        "graph": json_graph.node_link_data(g, edges="edges"),
    }
    temp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    try:
        with temp.open("xb") as out:
            out.write(_json_bytes(payload))
        os.replace(temp, path)
    finally:
        temp.unlink(missing_ok=True)
    return path


def _json_bytes(payload: dict[str, Any]) -> bytes:
    """UTF-8 JSON: orjson (tens of MB in a fraction of a second; ``json.dump`` took 3 s at 100 MB), or the
    standard library for what orjson refuses (an integer beyond 64 bits, from an odd literal)."""
    try:
        return orjson.dumps(payload)
    except orjson.JSONEncodeError:
        return json.dumps(payload, ensure_ascii=False).encode("utf-8")


def load_network(graph_path: Path) -> nx.MultiDiGraph | None:
    """The saved view of ``graph_path`` if it was computed from exactly that file, else None."""
    saved = graph_path.with_name(NETWORK_FILE)
    if not saved.is_file() or not graph_path.is_file():
        return None
    try:
        payload = orjson.loads(saved.read_bytes())
        if payload.get("format") != _FORMAT or payload.get("source_sha256") != file_digest(graph_path):
            return None
        g = json_graph.node_link_graph(payload["graph"], directed=True, multigraph=True, edges="edges")
    except (OSError, ValueError, KeyError, TypeError, nx.NetworkXError) as error:
        log.warning("ignoring %s (%s); rebuilding the view from %s", saved, error, graph_path)
        return None
    return g


def write_network_view(source: Dataset | GraphFile, out_dir: Path) -> Path | None:
    """A build sink: save the networkx view beside the graph file already written in ``out_dir``.

    The build hands it the graph file it has just written (a ``GraphFile``: the view comes from one pass over
    the file, ``graph.triple_index``); a Dataset is read through rdflib (``to_networkx``)."""
    if isinstance(source, GraphFile):
        return save_network(
            network_from_index(source.index), out_dir / NETWORK_FILE, file_digest(source.path)
        )
    graph_file = next((out_dir / name for name in GRAPH_FILES if (out_dir / name).is_file()), None)
    if graph_file is None:
        return None
    return save_network(to_networkx(source), out_dir / NETWORK_FILE, file_digest(graph_file))
