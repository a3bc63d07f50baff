"""The views' index in shares, one per part of a graph file written in parts: made in parallel, kept, merged.

The build writes its TriG or N-Quads file in parts (``vankien/build_rdf.py``: each part whole graph blocks or
whole lines, the file their concatenation). The worker that writes a part also parses it
(``graph.triple_index.index_text``: the same ``pyoxigraph`` pass and the same terms as ``read_index``) and
saves that part's share of the index (``write_share``); the part cache keeps it beside the part, so an
incremental build reads the shares of the parts it reuses instead of parsing them again. The main process
merges the shares in file order (``merge_shares``, ``CompactIndex.merge``): the very index ``read_index`` makes
of the whole file, insertion orders included (tests/test_index_share.py), in its compact form.

A share is a pickle of its two indexes in the compact form the sinks read (``CompactIndex``: a row of a shared
shape per subject, made by the worker, so the main process takes the rows as they come and unpickles a tuple
where it unpickled a dict). rdflib terms do not pickle cheaply (a ``Literal`` is built again through its
constructor, which parses and normalises its text), so a share stores each term's final state and unpickling
sets it back (``str.__new__`` and the ``Literal`` slots): what rdflib's constructor made in the worker, without
making it again. Shares are an optimisation: a file with blank nodes (labels are scoped to the whole file, so a
part cannot be parsed alone) gives no share, and a share that cannot be read makes the sinks read the whole
file (``GraphFile.index``).
"""

from __future__ import annotations

import copyreg
import io
import logging
import os
import pickle
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from rdflib import Literal, URIRef
from rdflib.term import Node

from graph.provenance import ProvenanceRecords, merged
from graph.triple_index import (
    SHORT_LITERAL,
    VIEW_PREDICATES,
    CompactIndex,
    GraphFileError,
    Shape,
    TripleIndex,
    ViewIndex,
    compact_rows,
    paused_gc,
    shape_of,
)

log = logging.getLogger(__name__)

SHARE_VERSION = 4  # bump when the layout of a share changes (the part cache's key also covers this module)
_MAGIC = f"vankien-view-share {SHARE_VERSION}\n".encode()


class ShareError(GraphFileError):
    """A share cannot be made or read; the sinks read the whole graph file instead."""


def write_share(index: ViewIndex, path: Path, durable: bool = False) -> None:
    """Save a share at ``path`` (a new file; ``durable``: synced before returning). Raises ``ShareError``."""
    buffer = io.BytesIO()
    buffer.write(_MAGIC)
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = _REDUCERS
    try:
        pickler.dump((index.quads, _state(index.union), _state(index.entities), index.provenance))
    except (pickle.PicklingError, TypeError, AttributeError) as exc:  # a literal value pickle cannot take
        raise ShareError(f"cannot save the share: {exc}") from exc
    with path.open("xb") as out:
        out.write(buffer.getbuffer())
        if durable:
            out.flush()
            os.fsync(out.fileno())


def read_share(path: Path) -> ViewIndex:
    """The share saved at ``path``. Raises ``ShareError``."""
    try:
        with path.open("rb") as data, paused_gc():
            if data.read(len(_MAGIC)) != _MAGIC:
                raise ShareError(f"{path.name} is not a share of this version")
            quads, union, entities, provenance = pickle.load(data)
    except (OSError, EOFError, pickle.UnpicklingError, ValueError, TypeError) as exc:
        raise ShareError(f"cannot read the share {path.name}: {exc}") from exc
    return ViewIndex(CompactIndex(*union), CompactIndex(*entities), quads, provenance)


def merge_shares(paths: Sequence[Path]) -> ViewIndex:
    """The index of the file made of the parts whose shares are ``paths``, in that order, compact (as the
    shares are: the whole index is never held as dicts). Raises ``ShareError``."""
    union, entities, quads = CompactIndex(), CompactIndex(), 0
    records: list[ProvenanceRecords] = []
    seen_again: list[Node] = []  # subjects described by several parts
    _interning.append(True)
    # the predicates as the objects the views ask with (a dict lookup that finds the very key skips __eq__)
    _iris.update((hash(str(predicate)), predicate) for predicate in VIEW_PREDICATES)
    try:
        with paused_gc():  # for the whole merge: re-enabled after each share, it collected all it made so far
            for path in paths:
                share = read_share(path)
                union.merge(share.union, seen_again)
                entities.merge(share.entities)
                quads += share.quads
                if share.provenance is not None:
                    records.append(share.provenance)
            provenance = merged(records) if records else None
    finally:
        _interning.pop()
        if not _interning:
            for found in (_interned, _iris, _iris_colliding):
                found.clear()
    if provenance is not None and len(records) != len(paths):
        raise ShareError("some shares have their evidence read ahead and others not")
    split = [str(s) for s in seen_again if provenance is not None and str(s) in provenance.origins]
    if split:  # its evidence was read in one part without what another part says of it
        raise ShareError(f"an article cited by evidence read ahead is described in several parts: {split[0]}")
    union.seal()
    entities.seal()
    return ViewIndex(union, entities, quads, provenance)


def _state(index: TripleIndex | CompactIndex) -> tuple[dict[Any, Any], ...]:
    """What a share keeps of an index: its compact rows and its lists of subjects, as dicts (they merge as
    ``TripleIndex``'s). The index is left as it is."""
    if isinstance(index, CompactIndex):  # not what the workers make: as a ``TripleIndex`` again
        index = index.expanded()
    return (compact_rows(index.by_subject), index.by_predicate, index.by_object)


# --- terms as their state ----------------------------------------------------------------------------------------


# While shares are merged, the terms of every share, by their state: equal terms from different parts become one
# object, as in one pass over the file (``_Terms``). It matters for speed: the views look terms up in dicts,
# and a lookup that does not find the very object calls rdflib's ``__eq__``, in Python.
_interned: dict[Any, Any] = {}  # short literals by (text, language, datatype)
# IRIs by the hash of their text, checked against it: keyed by the text itself, each IRI's text was held twice
# while merging (40 MB at 100 MB of articles); rdflib's ``__eq__`` makes a URIRef key slow to find.
_iris: dict[int, URIRef] = {}
_iris_colliding: dict[str, URIRef] = {}  # an IRI whose text hashes as another's that came first (seldom)
_interning: list[bool] = []  # not empty while merging


def _reduce_shape(shape: Shape) -> tuple[Callable[..., Any], tuple[Any, ...]]:
    return shape_of, (shape.predicates(),)  # one object per shape, in each process


def _reduce_iri(iri: URIRef) -> tuple[Callable[..., Any], tuple[Any, ...]]:
    return _iri, (str(iri),)


def _iri(text: str) -> URIRef:
    if not _interning:
        return str.__new__(URIRef, text)
    key = hash(text)
    found = _iris.get(key)
    if found is None:
        found = _iris[key] = str.__new__(URIRef, text)
    elif not str.__eq__(found, text):
        found = _iris_colliding.get(text)
        if found is None:
            found = _iris_colliding[text] = str.__new__(URIRef, text)
    return found


def _reduce_literal(literal: Literal) -> tuple[Callable[..., Any], tuple[Any, ...]]:
    text, value = str(literal), literal._value
    state = (text, literal._language, literal._datatype, literal._ill_typed)
    if type(value) is str and value == text:  # plain literals: their value is their text, stored once
        return _text_literal, state
    return _literal, (*state, value)


def _text_literal(
    text: str, language: str | None, datatype: URIRef | None, ill_typed: bool | None
) -> Literal:
    return _literal(text, language, datatype, ill_typed, text)


def _literal(
    text: str, language: str | None, datatype: URIRef | None, ill_typed: bool | None, value: Any
) -> Literal:
    """The ``Literal`` rdflib's constructor made, from its state (the constructor would parse ``text`` again)."""
    key = (text, language, datatype)
    if _interning and len(text) <= SHORT_LITERAL:  # long ones (sentences) seldom repeat: not worth a lookup
        found = _interned.get(key)
        if found is not None:
            return found  # type: ignore[no-any-return]
    made = str.__new__(Literal, text)
    made._language = language
    made._datatype = datatype
    made._value = value
    made._ill_typed = ill_typed
    if _interning and len(text) <= SHORT_LITERAL:
        _interned[key] = made
    return made


_REDUCERS = copyreg.dispatch_table.copy()
_REDUCERS.update({URIRef: _reduce_iri, Literal: _reduce_literal, Shape: _reduce_shape})
