"""The networkx view saved next to the graph file, so that tracing a large graph does not reparse its RDF.

`vankien build` writes `graph.network.json` beside `graph.trig`, stamped with the digest of the graph file
it was computed from (SHA-256 in format 1, XXH3-128 in format 2). `load_network` returns it only when that
stamp matches the graph file on disk; anything else returns None (missing or stale; unreadable, or of a layout
this version does not read: with a logged warning), and the caller rebuilds the view from the RDF. Parsing
600 MB of TriG with rdflib takes many minutes; the view of that graph (102,924 nodes, 205,511 edges) loads in
about 3 s (7 s as node-link JSON).

The layout, by ``format`` (any other is not read; a new layout takes a new number):
- 1: networkx node-link JSON. Still read; still written for a view the columnar layout cannot hold (a node that
  is not a string, an attribute value that is a list or a dict other than the edges' evidence).
- 2: columnar. Every distinct attribute value (node and edge attributes, each field of each evidence record)
  is written once in ``values``; nodes, edges and evidence records refer to values by position, column by
  column. Loading it makes each distinct string once instead of once per use (2.1 million evidence strings are
  0.4 million distinct ones at 100,000 documents) and builds the records with C loops (``map(dict, ...)``).
  Also holds tracing's number index (``graph.trace.number_index``), so a `vankien trace` run does not scan
  every node to find one document.

Data only, no pickle: the output folder may be shared, and a swapped file must not run code.
"""

from __future__ import annotations

import gc
import hashlib
import json
import logging
import os
import secrets
from collections.abc import Iterable, Iterator
from itertools import repeat
from pathlib import Path
from typing import Any

import networkx as nx
import orjson
import xxhash
from networkx.readwrite import json_graph
from rdflib import Dataset

from graph.network import to_networkx
from graph.trace import NUMBER_INDEX_VERSION, adopt_number_index, number_index
from graph.triple_index import GraphFile, network_from_index, paused_gc

log = logging.getLogger(__name__)

NETWORK_FILE = "graph.network.json"
GRAPH_FILES = ("graph.trig", "graph.nq", "graph.ttl", "graph.jsonld")
NODE_LINK_FORMAT = 1
COLUMNAR_FORMAT = 2
_STAMPS = {NODE_LINK_FORMAT: "source_sha256", COLUMNAR_FORMAT: "source_xxh3_128"}  # the graph file's digest
_SCALARS = frozenset({str, int, float, bool, type(None)})  # exactly these types: JSON gives them back
# what a damaged or hand-made file raises while read (a wrong type or length anywhere, a missing key)
_UNREADABLE = (
    OSError,
    ValueError,
    KeyError,
    TypeError,
    AttributeError,
    IndexError,
    StopIteration,
    nx.NetworkXError,
)
_FREEZE_NODES = 50_000  # a view worth keeping out of the collector's sight (load_network)


class NotColumnar(ValueError):
    """The view holds something the columnar layout does not (it is saved as node-link JSON instead)."""


def file_digest(path: Path, algorithm: str = "sha256") -> str:
    """The hex digest of a file: ``sha256`` (format 1's stamp) or ``xxh3_128`` (format 2's: 0.25 s instead of
    0.7 s for a 600 MB graph; it detects a changed file, and nobody can forge a stamp anyway: whoever can
    write the graph file can write the view beside it)."""
    digest = xxhash.xxh3_128() if algorithm == "xxh3_128" else hashlib.new(algorithm)
    with path.open("rb") as data:
        for block in iter(lambda: data.read(1 << 22), b""):
            digest.update(block)
    return digest.hexdigest()


def save_network(g: nx.MultiDiGraph, path: Path, source: Path) -> Path:
    """Write the view of the graph file ``source`` atomically (a temporary file in the same directory, then
    os.replace), stamped with ``source``'s digest."""
    try:
        payload: dict[str, Any] = {"format": COLUMNAR_FORMAT, _STAMPS[COLUMNAR_FORMAT]: ""}
        payload |= columnar(g)
        payload["trace"] = {"version": NUMBER_INDEX_VERSION, "by_number": _number_positions(g)}
    except NotColumnar as reason:
        log.info("saving %s as node-link JSON: %s", path, reason)
        payload = {"format": NODE_LINK_FORMAT, _STAMPS[NODE_LINK_FORMAT]: ""}
        payload["graph"] = json_graph.node_link_data(g, edges="edges")
    stamp = _STAMPS[payload["format"]]
    payload[stamp] = file_digest(source, stamp.removeprefix("source_"))
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
    """The saved view of ``graph_path`` if it was computed from exactly that file, else None.

    The collector is paused while the view is built, and a large view is then moved to its permanent
    generation (``gc.freeze``): at 100,000 documents the view is a million containers that live as long as the
    command, and scanning them again and again cost a third of the load and then 0.3 s more at the first
    query. The price: such a view, once dropped, is freed only if nothing made it part of a reference cycle.
    """
    saved = graph_path.with_name(NETWORK_FILE)
    if not saved.is_file() or not graph_path.is_file():
        return None
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        g = _read_network(saved, graph_path)
        if g is not None and len(g) >= _FREEZE_NODES:
            gc.freeze()
        return g
    except _UNREADABLE as error:
        log.warning("ignoring %s (%s); rebuilding the view from %s", saved, error, graph_path)
        return None
    finally:
        if was_enabled:
            gc.enable()


def _read_network(saved: Path, graph_path: Path) -> nx.MultiDiGraph | None:
    payload = orjson.loads(saved.read_bytes())
    layout = payload.get("format")
    if layout not in _STAMPS:
        log.warning("%s has layout %r, this version reads 1 and 2: rebuilding the view", saved, layout)
        return None
    stamp = _STAMPS[layout]
    if payload.get(stamp) != file_digest(graph_path, stamp.removeprefix("source_")):
        return None
    return _view_of(payload)


def _view_of(payload: dict[str, Any]) -> nx.MultiDiGraph:
    if payload["format"] == NODE_LINK_FORMAT:
        return json_graph.node_link_graph(payload["graph"], directed=True, multigraph=True, edges="edges")
    g = from_columnar(payload)
    trace = payload.get("trace") or {}
    if trace.get("version") == NUMBER_INDEX_VERSION:
        nodes = payload["nodes"]
        adopt_number_index(
            g, {number: [nodes[n] for n in found] for number, found in trace["by_number"].items()}
        )
    return g


# --- the columnar layout ------------------------------------------------------------------------------------


class _Values(dict[Any, int]):
    """Distinct attribute values -> their positions, in order of first use: each is written once. A string is
    its own key; any other value is keyed with its type, as 1, 1.0 and True are equal keys of a dict."""

    def __missing__(self, key: Any) -> int:
        position = self[key] = len(self)
        return position

    def positions(self, column: list[Any]) -> list[int]:
        kinds = set(map(type, column))
        if not kinds <= _SCALARS:
            raise NotColumnar(f"an attribute value of type {min(kind.__name__ for kind in kinds - _SCALARS)}")
        if kinds != {str}:
            column = [value if type(value) is str else (type(value), value) for value in column]
        return list(map(self.__getitem__, column))  # a C loop: a call per value only for a new value

    def position(self, value: Any) -> int:
        return self[value if type(value) is str else _typed(value)]

    def values_in_order(self) -> list[Any]:
        return [key if type(key) is str else key[1] for key in self]


def _typed(value: Any) -> tuple[type, Any]:
    if type(value) not in _SCALARS:
        raise NotColumnar(f"an attribute value of type {type(value).__name__}")
    return (type(value), value)


def columnar(g: nx.MultiDiGraph) -> dict[str, Any]:
    """The view as format 2 (see the module's docstring), without stamp or index."""
    if not all(type(node) is str for node in g):
        raise NotColumnar("a node that is not a string")
    values = _Values()
    position = {node: n for n, node in enumerate(g)}
    sources, targets, keys, attributes, counts, evidence = [], [], [], [], [], []
    for source, target, key, data in g.edges(keys=True, data=True):
        sources.append(position[source])
        targets.append(position[target])
        keys.append(values.position(key))
        records = data.get("evidence")
        counts.append(-1 if "evidence" not in data else _evidence_count(records))
        if "evidence" in data:
            evidence.extend(records)
            data = {**data, "evidence": None}  # keeps the key's place among the attributes
        attributes.append(data)
    return {
        "graph": dict(g.graph),
        "nodes": list(g),
        "node_attributes": _record_block(g._node.values(), values),
        "edges": {
            "source": sources,
            "target": targets,
            "key": keys,
            "attributes": _record_block(attributes, values),
            "evidence": counts,
        },
        "evidence": _record_block(evidence, values),
        "values": values.values_in_order(),
    }


def _evidence_count(records: Any) -> int:
    if type(records) is not list or not all(type(record) is dict for record in records):
        raise NotColumnar("an edge whose evidence is not a list of records")
    return len(records)


def _record_block(records: Iterable[dict[str, Any]], values: _Values) -> dict[str, Any]:
    """Dictionaries column by column: one list of value positions per key, per distinct key sequence."""
    shapes: dict[tuple[str, ...], tuple[int, list[dict[str, Any]]]] = {}
    shape_of: list[int] = []
    for record in records:
        keys = tuple(record)
        found = shapes.get(keys)
        if found is None:
            if not all(type(key) is str for key in keys):
                raise NotColumnar("an attribute name that is not a string")
            found = shapes[keys] = (len(shapes), [])
        shape_of.append(found[0])
        found[1].append(record)
    groups = [group for _, group in shapes.values()]
    return {
        "keys": [list(keys) for keys in shapes],
        "sizes": [len(group) for group in groups],
        "columns": [
            [values.positions(list(column)) for column in zip(*map(dict.values, group), strict=True)]
            for group in groups
        ],
        "shape": shape_of if len(shapes) > 1 else None,  # one shape (the usual case): every record has it
    }


def from_columnar(payload: dict[str, Any]) -> nx.MultiDiGraph:
    """The view a format-2 payload holds: the same nodes, edges and attributes, in the same order."""
    values = payload["values"]
    nodes: list[Any] = payload["nodes"]
    node_attributes = _records(payload["node_attributes"], values)
    if len(node_attributes) != len(nodes):
        raise ValueError("node attributes do not match the nodes")
    edges = payload["edges"]
    attributes = _records(edges["attributes"], values)
    _attach_evidence(attributes, edges["evidence"], _records(payload["evidence"], values))
    g = nx.MultiDiGraph(**payload["graph"])
    _fill(g, nodes, node_attributes, _edges(nodes, edges, values, attributes))
    return g


def _records(block: dict[str, Any], values: list[Any]) -> list[dict[str, Any]]:
    value = values.__getitem__
    groups: list[list[dict[str, Any]]] = []
    for keys, columns, size in zip(block["keys"], block["columns"], block["sizes"], strict=True):
        rows = zip(*[map(value, column) for column in columns], strict=True) if keys else repeat((), size)
        group = list(map(dict, map(zip, repeat(keys), rows)))
        if len(group) != size:
            raise ValueError("a record block whose columns do not match its size")
        groups.append(group)
    if block["shape"] is None:
        return groups[0] if groups else []
    pending = [iter(group) for group in groups]
    return [next(pending[shape]) for shape in block["shape"]]


def _attach_evidence(attributes: list[dict[str, Any]], counts: list[int], evidence: list[dict]) -> None:
    start = 0
    for data, count in zip(attributes, counts, strict=True):
        if count >= 0:
            data["evidence"] = evidence[start : start + count]
            start += count
    if start != len(evidence):
        raise ValueError("evidence records that belong to no edge")


def _edges(
    nodes: list[Any], edges: dict[str, Any], values: list[Any], attributes: list[dict[str, Any]]
) -> Iterator[tuple[Any, Any, Any, dict[str, Any]]]:
    ends = zip(map(nodes.__getitem__, edges["source"]), map(nodes.__getitem__, edges["target"]), strict=True)
    keys = map(values.__getitem__, edges["key"])
    for (source, target), key, data in zip(ends, keys, attributes, strict=True):
        yield source, target, key, data


def _fill(
    g: nx.MultiDiGraph,
    nodes: list[Any],
    node_attributes: list[dict[str, Any]],
    edges: Iterable[tuple[Any, Any, Any, dict[str, Any]]],
) -> None:
    """Fill an empty graph's storage directly, as networkx documents it (node -> attributes; node -> neighbour
    -> edge key -> attributes, the same key dictionary seen from both ends). ``add_nodes_from`` and
    ``add_edges_from`` copy every attribute dictionary and check every node: 1.8 s of a 100,000-document load.
    """
    if len(set(nodes)) != len(nodes):
        raise ValueError("a node listed twice")
    g._node.update(zip(nodes, node_attributes, strict=True))
    succ, pred = g._succ, g._pred  # g._adj is g._succ
    succ.update((node, {}) for node in nodes)
    pred.update((node, {}) for node in nodes)
    for source, target, key, data in edges:
        keyed = succ[source].get(target)
        if keyed is None:
            keyed = succ[source][target] = pred[target][source] = {}
        keyed[key] = data


def _number_positions(g: nx.MultiDiGraph) -> dict[str, list[int]]:
    position = {node: n for n, node in enumerate(g)}
    return {number: [position[node] for node in found] for number, found in number_index(g).items()}


def write_network_view(source: Dataset | GraphFile, out_dir: Path) -> Path | None:
    """A build sink: save the networkx view beside the graph file already written in ``out_dir``.

    The build hands it the graph file it has just written (a ``GraphFile``: the view comes from one pass over
    the file, ``graph.triple_index``); a Dataset is read through rdflib (``to_networkx``)."""
    if isinstance(source, GraphFile):
        index = source.index
        # a million acyclic containers made, then written: collections would free nothing (100 MB: 8.5 -> 5.4 s)
        with paused_gc():
            return _save_once(network_from_index(index), out_dir / NETWORK_FILE, source.path)
    graph_file = next((out_dir / name for name in GRAPH_FILES if (out_dir / name).is_file()), None)
    if graph_file is None:
        return None
    return _save_once(to_networkx(source), out_dir / NETWORK_FILE, graph_file)


def _save_once(graph: nx.MultiDiGraph, path: Path, source: Path) -> Path:
    """``save_network``, then ``graph`` emptied: saving read its ``edges`` view, which networkx caches on the
    graph, so the graph is in a reference cycle and, merely dropped, would be freed only at some later full
    collection (at 100 MB of articles: in the middle of the next sink, 150 MB of nodes and evidence kept)."""
    try:
        return save_network(graph, path, source)
    finally:
        graph.clear()
