"""Load, save and merge the knowledge graph (an rdflib Dataset of named graphs, see docs/rdf.md).

Formats: TriG (default, keeps the named graphs), Turtle (the union graph: named graphs are flattened),
N-Quads and JSON-LD (both keep the named graphs). A format is chosen by name or by the file suffix. Saving is
atomic: the graph is written to a temporary file in the target directory and moved over the old file only once
it is complete, so an interrupted or failing write never corrupts an existing graph.
"""

from __future__ import annotations

import logging
import os
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import product
from pathlib import Path
from typing import Any, Protocol

from rdflib import Dataset, Graph, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.paths import Path as PropertyPath
from rdflib.store import Store
from rdflib.term import Node

from ontology.namespace import ELI, ORG, SCHEMA, VK, VKID

log = logging.getLogger(__name__)


class StoreError(ValueError):
    """The graph file cannot be read or written (unknown format, missing or malformed file)."""


@dataclass(frozen=True)
class RdfFormat:
    """A serialisation: the name users type, rdflib plugin, file suffix, whether named graphs survive."""

    name: str
    rdflib_name: str
    suffix: str
    keeps_named_graphs: bool


FORMATS: dict[str, RdfFormat] = {
    "trig": RdfFormat("trig", "trig", ".trig", True),
    "ttl": RdfFormat("ttl", "turtle", ".ttl", False),
    "nq": RdfFormat("nq", "nquads", ".nq", True),
    "jsonld": RdfFormat("jsonld", "json-ld", ".jsonld", True),
}
DEFAULT_FORMAT = "trig"
# Other spellings people type for the same formats.
_ALIASES: dict[str, str] = {
    "turtle": "ttl",
    "nquads": "nq",
    "n-quads": "nq",
    "json-ld": "jsonld",
    "json": "jsonld",
}
UNION_VIEW = URIRef("urn:x-vankien:union")  # the identifier of a UnionView: no graph of the data has it
_PREFIXES = {
    "vk": VK._NS,
    "vkid": VKID,
    "eli": ELI,
    "schema": SCHEMA,
    "org": ORG,
}


def rdf_format(path: Path | None = None, name: str | None = None) -> RdfFormat:
    """The format named ``name``, else the one of ``path``'s suffix, else TriG."""
    if name:
        key = _ALIASES.get(name.lower(), name.lower())
        if key not in FORMATS:
            raise StoreError(f"unknown RDF format {name!r}: use one of {', '.join(FORMATS)}")
        return FORMATS[key]
    if path is not None:
        suffix = path.suffix.lower().lstrip(".")
        key = _ALIASES.get(suffix, suffix)
        if key in FORMATS:
            return FORMATS[key]
    return FORMATS[DEFAULT_FORMAT]


def new_dataset() -> Dataset:
    """An empty Dataset whose default graph is the union of its named graphs, with our prefixes bound."""
    ds = Dataset(default_union=True)
    for prefix, namespace in _PREFIXES.items():
        ds.bind(prefix, namespace)
    return ds


def load_dataset(path: Path, fmt: str | None = None) -> Dataset:
    """Read a graph file; Turtle (which has no named graphs) lands in the Dataset's default graph."""
    chosen = rdf_format(path, fmt)
    if not path.is_file():
        raise StoreError(f"no graph at {path}: run `vankien build` first or pass --graph")
    ds = new_dataset()
    try:
        ds.parse(path, format=chosen.rdflib_name)
    except Exception as exc:  # rdflib raises many unrelated types for malformed input
        raise StoreError(f"cannot read {path} as {chosen.name}: {exc}") from exc
    log.info("loaded %d quads from %s", len(list(ds.quads())), path)
    return ds


def save_dataset(ds: Dataset, path: Path, fmt: str | None = None) -> Path:
    """Write ``ds`` to ``path`` atomically (the old file stays intact if anything fails); return ``path``."""
    chosen = rdf_format(path, fmt)
    path.parent.mkdir(parents=True, exist_ok=True)
    source: Graph = ds if chosen.keeps_named_graphs else union_graph(ds)
    # same directory, so os.replace is an atomic rename; opened with "x" (not mkstemp, which makes the file
    # 0600) so the graph gets the usual permissions from the umask
    temp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    try:
        with temp.open("xb") as out:
            source.serialize(destination=out, format=chosen.rdflib_name, encoding="utf-8")
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    log.info("wrote %s (%s)", path, chosen.name)
    return path


def union_graph(ds: Dataset) -> Graph:
    """A plain Graph with every triple of every graph of ``ds`` (a copy), for queries over the whole graph.

    A ``ReadOnlyDataset`` gives a read-only view of its union instead (nothing copied): copying takes as
    long as building the views themselves.
    """
    if isinstance(ds, ReadOnlyDataset):
        return UnionView(ds.store)
    union = Graph()
    for prefix, namespace in ds.namespaces():
        union.bind(prefix, namespace, override=False)
    for s, p, o, _ in ds.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


class ReadOnlyDataset(Dataset):
    """A Dataset for readers that do not change it (the build's sinks): ``union_graph`` gives a view of its
    union instead of a copy. ``ReadOnlyDataset(store=ds.store, default_union=True)`` shares ``ds``'s store.
    Its own add and remove raise (a Graph taken from it with ``.graph(name)`` writes to the shared store)."""

    def add(self, triple_or_quad: Any) -> ReadOnlyDataset:  # type: ignore[override]
        raise StoreError("this graph is read-only")

    def addN(self, quads: Any) -> ReadOnlyDataset:  # type: ignore[override]
        raise StoreError("this graph is read-only")

    def remove(self, triple_or_quad: Any) -> ReadOnlyDataset:  # type: ignore[override]
        raise StoreError("this graph is read-only")


class UnionView(Graph):
    """Every distinct triple of every graph of a context-aware store, read from the store when asked."""

    def __init__(self, store: Store) -> None:
        super().__init__(store=store, identifier=UNION_VIEW)

    def triples(self, triple: Any) -> Iterator[Any]:  # type: ignore[override]
        s, p, o = triple
        if isinstance(p, PropertyPath):
            yield from ((s_, p, o_) for s_, o_ in p.eval(self, s, o))
            return
        for found, _contexts in self.store.triples((s, p, o), context=None):  # None: every graph
            yield found

    def triples_choices(self, triple: Any, context: Any = None) -> Iterator[Any]:  # type: ignore[override]
        s, p, o = triple
        for choice_s, choice_p, choice_o in product(*(_choices(term) for term in (s, p, o))):
            yield from self.triples((choice_s, choice_p, choice_o))

    def __len__(self) -> int:
        return self.store.__len__(context=None)  # type: ignore[arg-type]

    def add(self, triple: Any) -> UnionView:  # type: ignore[override]
        raise StoreError("the union view is read-only")

    def addN(self, quads: Any) -> UnionView:  # type: ignore[override]
        raise StoreError("the union view is read-only")

    def remove(self, triple: Any) -> UnionView:  # type: ignore[override]
        raise StoreError("the union view is read-only")


def _choices(term: Any) -> list[Any]:
    return list(term) if isinstance(term, list) else [term]


def merge_datasets(*datasets: Dataset) -> Dataset:
    """A new Dataset with every named graph of every input; graphs with the same name are unioned."""
    merged = new_dataset()
    for ds in datasets:
        for s, p, o, context in ds.quads((None, None, None, None)):
            # Dataset.quads yields graph names; other rdflib stores yield Graphs
            name = getattr(context, "identifier", context) or DATASET_DEFAULT_GRAPH_ID
            merged.graph(name).add((s, p, o))
    return merged


def graph_names(ds: Dataset) -> set[str]:
    """The names of the non-empty graphs of ``ds`` (the default graph included when it holds triples)."""
    return {str(g.identifier) for g in ds.graphs() if len(g)}


class TripleSource(Protocol):
    """The triple lookups the views make (``graph.network``, ``graph.property``): an rdflib Graph has them,
    and so has ``graph.triple_index.TripleIndex``, the index the build's sinks read from the graph file."""

    def objects(self, subject: Node, predicate: URIRef) -> Iterator[Node]: ...

    def subjects(self, predicate: URIRef, object: Node | None = None) -> Iterator[Node]: ...

    def subject_objects(self, predicate: URIRef) -> Iterator[tuple[Node, Node]]: ...

    def value(self, subject: Node, predicate: URIRef) -> Node | None: ...

    def __contains__(self, triple: tuple[Node, Node, Node]) -> bool: ...


class AttributeReader:
    """One value per attribute: the entities graph's, else the smallest of the union's (deterministic)."""

    def __init__(self, union: TripleSource, entities: TripleSource) -> None:
        self.union = union
        self.entities = entities

    def value(self, subject: Node, predicate: URIRef) -> Node | None:
        for source in (self.entities, self.union):
            found = sorted(source.objects(subject, predicate))
            if found:
                return found[0]
        return None

    def text(self, subject: Node, predicate: URIRef) -> str | None:
        found = self.value(subject, predicate)
        return None if found is None else str(found)
