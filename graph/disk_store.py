"""The knowledge graph in an on-disk Oxigraph store, read through rdflib, for graphs too big for memory.

An rdflib ``Dataset`` in memory takes about 2 KB a quad (4.5 GB for the 2.5 million quads of a 100 MB
corpus). Above a size, the build instead bulk-loads the graph file it has just written into a pyoxigraph
store (RocksDB, on disk, in its staging folder) and hands its sinks a ``ReadOnlyDataset`` over it: the
memory is then that of the views the sinks build (``graph.network.to_networkx``,
``graph.property.to_property_graph``), not of the graph.

``ReadOnlyOxigraphStore`` is that rdflib store. It answers rdflib's triple patterns from pyoxigraph, returns
a triple held by several graphs once when asked about the union (``context=None``, as rdflib's own Memory
store does), and gives back the terms rdflib's parser would have made (``"x"``, not ``"x"^^xsd:string``): the
views built over it equal the views built over the in-memory Dataset (tested). It refuses writes: it mirrors
a graph file. Why not ``oxrdflib``'s store: it builds an rdflib ``Graph`` and validated ``URIRef``s for every
triple it returns and returns a triple once per graph holding it; this one is about 1.5x faster on the
views' access pattern, and exact. Each lookup still costs a disk seek and decoding its strings (~20 µs),
where rdflib's Memory store takes a few: see docs/scale.md for when each is worth it.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from itertools import islice
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import XSD
from rdflib.store import Store
from rdflib.term import Node

from graph.store import ReadOnlyDataset, StoreError, new_dataset, rdf_format

log = logging.getLogger(__name__)

# Formats the bulk loader reads with their named graphs (the build's streamed formats).
_OX_FORMATS: dict[str, ox.RdfFormat] = {"trig": ox.RdfFormat.TRIG, "nq": ox.RdfFormat.N_QUADS}
DISK_STORE_FORMATS = frozenset(_OX_FORMATS)
_XSD_STRING = str(XSD.string)
_LOAD_BATCH_QUADS = 200_000  # quads bulk-loaded at once: ~0.3 GB of memory at most
_IRI_CACHE_LIMIT = 200_000  # predicates, classes and hub IRIs repeat; the cache is emptied past this size

Triple = tuple[Node, Node, Node]
Match = tuple[Triple, Iterator[Graph | None]]


class DiskStoreError(StoreError):
    """The on-disk store cannot be built, or something tried to change it."""


class ReadOnlyOxigraphStore(Store):
    """An rdflib store answering from a pyoxigraph ``Store``; read-only. ``context=None`` is the union."""

    context_aware = True
    graph_aware = True
    formula_aware = False
    transaction_aware = False

    def __init__(self, store: ox.Store) -> None:
        super().__init__()
        self._store: ox.Store | None = store
        self._iris: dict[str, URIRef] = {}
        self._namespaces: dict[str, URIRef] = {}

    def close(self, commit_pending_transaction: bool = False) -> None:
        """Let go of the pyoxigraph store (it closes when nothing refers to it any more)."""
        self._store = None

    @property
    def _oxigraph(self) -> ox.Store:
        if self._store is None:
            raise DiskStoreError("the on-disk graph store is closed")
        return self._store

    def triples(  # type: ignore[override]
        self, triple_pattern: tuple[Any, Any, Any], context: Graph | None = None
    ) -> Iterator[Match]:
        pattern = _ox_pattern(triple_pattern)
        if pattern is None:
            return iter(())
        identifier = getattr(context, "identifier", context)
        if identifier is None:  # the union: a triple held by several graphs is returned once
            return self._distinct(self._oxigraph.quads_for_pattern(*pattern, None))
        return self._each(self._oxigraph.quads_for_pattern(*pattern, _ox_graph_name(identifier)))

    # The graphs of each triple are given lazily (read only if asked, as ``Dataset.quads`` does): building
    # an rdflib Graph per returned triple is what makes oxrdflib's store slow.

    def _each(self, quads: Iterator[ox.Quad]) -> Iterator[Match]:
        term = self._term
        for quad in quads:
            yield (
                (term(quad.subject), term(quad.predicate), term(quad.object)),
                self._graphs((quad.graph_name,)),
            )

    def _distinct(self, quads: Iterator[ox.Quad]) -> Iterator[Match]:
        seen: set[tuple[Any, Any, Any]] = set()
        term = self._term
        for quad in quads:
            key = (quad.subject, quad.predicate, quad.object)
            if key in seen:
                continue
            seen.add(key)
            yield (term(key[0]), term(key[1]), term(key[2])), self._graphs_holding(key)

    def _graphs_holding(self, triple: tuple[Any, Any, Any]) -> Iterator[Graph]:
        yield from self._graphs(quad.graph_name for quad in self._oxigraph.quads_for_pattern(*triple, None))

    def _graphs(self, names: Iterable[Any]) -> Iterator[Graph]:
        for name in names:
            identifier = DATASET_DEFAULT_GRAPH_ID if type(name) is ox.DefaultGraph else self._term(name)
            yield Graph(store=self, identifier=identifier)

    def _term(self, term: Any) -> Node:
        """pyoxigraph term -> the rdflib term rdflib's parser makes for the same text."""
        if type(term) is ox.NamedNode:
            return self._iri(term.value)
        if type(term) is ox.Literal:
            if term.language:
                return Literal(term.value, lang=term.language)
            datatype = term.datatype.value
            if datatype == _XSD_STRING:  # the parser leaves "x" without a datatype
                return Literal(term.value)
            return Literal(term.value, datatype=self._iri(datatype))
        if type(term) is ox.BlankNode:
            return BNode(term.value)
        raise DiskStoreError(f"unsupported term in the store: {term!r}")

    def _iri(self, value: str) -> URIRef:
        found = self._iris.get(value)
        if found is None:
            if len(self._iris) >= _IRI_CACHE_LIMIT:
                self._iris.clear()
            # the store only holds IRIs it has validated: skip URIRef's own (slow) check
            found = self._iris[value] = str.__new__(URIRef, value)
        return found

    def __len__(self, context: Graph | None = None) -> int:  # type: ignore[override]
        return sum(1 for _ in self.triples((None, None, None), context))

    def contexts(self, triple: Any = None) -> Iterator[Graph]:  # type: ignore[override]
        if triple is None:
            names = set(self._oxigraph.named_graphs())
        else:
            pattern = _ox_pattern(triple)
            quads = () if pattern is None else self._oxigraph.quads_for_pattern(*pattern, None)
            names = {quad.graph_name for quad in quads}
        yield from self._graphs(sorted((n for n in names if type(n) is not ox.DefaultGraph), key=str))

    # prefixes only serve serialisation: kept in memory

    def bind(self, prefix: str, namespace: URIRef, override: bool = True) -> None:
        if override or prefix not in self._namespaces:
            self._namespaces[prefix] = namespace

    def namespace(self, prefix: str) -> URIRef | None:
        return self._namespaces.get(prefix)

    def prefix(self, namespace: URIRef) -> str | None:
        return next((p for p, ns in self._namespaces.items() if ns == namespace), None)

    def namespaces(self) -> Iterator[tuple[str, URIRef]]:
        yield from self._namespaces.items()

    def add_graph(self, graph: Graph) -> None:
        """Allowed and changes nothing: ``Dataset.graph(name)`` calls it to read one graph."""

    def add(self, triple: Any, context: Any, quoted: bool = False) -> None:
        raise DiskStoreError("the on-disk graph store is read-only")

    def addN(self, quads: Any) -> None:
        raise DiskStoreError("the on-disk graph store is read-only")

    def remove(self, triple: Any, context: Any = None) -> None:
        raise DiskStoreError("the on-disk graph store is read-only")

    def remove_graph(self, graph: Graph) -> None:
        raise DiskStoreError("the on-disk graph store is read-only")


def _ox_pattern(triple: tuple[Any, Any, Any]) -> tuple[Any, Any, Any] | None:
    """rdflib's pattern in pyoxigraph terms; None when no stored triple can match it (a literal subject or
    predicate, an rdflib property path)."""
    subject, predicate, obj = (_ox_term(term) for term in triple)
    if _NO_MATCH in (subject, obj) or type(subject) is ox.Literal:
        return None
    if predicate is not None and type(predicate) is not ox.NamedNode:
        return None
    return subject, predicate, obj


class _NoMatch:
    """A pattern term no stored term equals."""


_NO_MATCH = _NoMatch()


def _ox_term(term: Node | None) -> Any:
    if term is None:
        return None
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        datatype = ox.NamedNode(str(term.datatype)) if term.datatype else None
        return ox.Literal(str(term), datatype=datatype)
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    return _NO_MATCH


def _ox_graph_name(identifier: Node) -> ox.NamedNode | ox.BlankNode | ox.DefaultGraph:
    if identifier == DATASET_DEFAULT_GRAPH_ID:
        return ox.DefaultGraph()
    if isinstance(identifier, BNode):
        return ox.BlankNode(str(identifier))
    return ox.NamedNode(str(identifier))


def bulk_load(graph_file: Path, store_dir: Path) -> ox.Store:
    """A new on-disk store at ``store_dir`` (which must not exist) holding the quads of ``graph_file``."""
    chosen = rdf_format(graph_file)
    if chosen.name not in _OX_FORMATS:
        raise DiskStoreError(f"cannot bulk-load {graph_file.name}: only TriG and N-Quads keep the graphs")
    if store_dir.exists():
        raise DiskStoreError(f"{store_dir} already exists")
    try:
        store = ox.Store(str(store_dir))
        quads = ox.parse(path=str(graph_file), format=_OX_FORMATS[chosen.name])
        # in batches: one bulk load of the whole file holds ~0.6 KB a quad in memory (1.6 GB at 2.5 million
        # quads); each batch leaves its own sorted files, which the compaction then merges (lookups ~3x faster)
        while batch := list(islice(quads, _LOAD_BATCH_QUADS)):
            store.bulk_extend(batch)
        store.optimize()
    except (OSError, SyntaxError, ValueError) as exc:
        raise DiskStoreError(f"cannot load {graph_file} into {store_dir}: {exc}") from exc
    log.info("loaded %s into the on-disk store %s", graph_file, store_dir)
    return store


def read_only_dataset(store: ox.Store) -> ReadOnlyDataset:
    """A Dataset (default graph = union, our prefixes bound) reading from ``store``."""
    ds = ReadOnlyDataset(store=ReadOnlyOxigraphStore(store), default_union=True)
    for prefix, namespace in new_dataset().namespaces():
        ds.bind(prefix, namespace)
    return ds


@contextmanager
def on_disk_dataset(graph_file: Path, store_dir: Path) -> Iterator[ReadOnlyDataset]:
    """``graph_file`` bulk-loaded into a new store at ``store_dir``, as a read-only Dataset. Afterwards the
    store is closed (the Dataset cannot be read any more) and its folder removed, whatever happened."""
    try:
        ds = read_only_dataset(bulk_load(graph_file, store_dir))
        try:
            yield ds
        finally:
            ds.store.close()  # drops the last reference to the pyoxigraph store, which closes RocksDB
    finally:
        shutil.rmtree(store_dir, ignore_errors=True)
