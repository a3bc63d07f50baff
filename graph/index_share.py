"""The views' index in shares, one per part of a graph file written in parts: made in parallel, kept, merged.

The build writes its TriG or N-Quads file in parts (``vankien/build_rdf.py``: each part whole graph blocks or
whole lines, the file their concatenation). The worker that writes a part also parses it
(``graph.triple_index.index_text``: the same ``pyoxigraph`` pass and the same terms as ``read_index``) and
saves that part's share of the index (``write_share``); the part cache keeps it beside the part, so an
incremental build reads the shares of the parts it reuses instead of parsing them again. The main process
merges the shares in file order (``merge_shares``, ``TripleIndex.merge``): the very index ``read_index`` makes
of the whole file, insertion orders included (tests/test_index_share.py).

A share is a pickle of its two ``TripleIndex``es. rdflib terms do not pickle cheaply (a ``Literal`` is built
again through its constructor, which parses and normalises its text), so a share stores each term's final state
and unpickling sets it back (``str.__new__`` and the ``Literal`` slots): what rdflib's constructor made in the
worker, without making it again. Shares are an optimisation: a file with blank nodes (labels are scoped to the
whole file, so a part cannot be parsed alone) gives no share, and a share that cannot be read makes the sinks
read the whole file (``GraphFile.index``).
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

from graph.triple_index import (
    SHORT_LITERAL,
    VIEW_PREDICATES,
    GraphFileError,
    TripleIndex,
    ViewIndex,
    paused_gc,
)

log = logging.getLogger(__name__)

SHARE_VERSION = 2  # bump when the layout of a share changes (the part cache's key also covers this module)
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
        pickler.dump((index.quads, _dicts(index.union), _dicts(index.entities)))
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
            quads, union, entities = pickle.load(data)
    except (OSError, EOFError, pickle.UnpicklingError, ValueError, TypeError) as exc:
        raise ShareError(f"cannot read the share {path.name}: {exc}") from exc
    return ViewIndex(TripleIndex(*union), TripleIndex(*entities), quads)


def merge_shares(paths: Sequence[Path]) -> ViewIndex:
    """The index of the file made of the parts whose shares are ``paths``, in that order. Raises ``ShareError``."""
    union, entities, quads = TripleIndex(), TripleIndex(), 0
    _interning.append(True)
    # the predicates as the objects the views ask with (a dict lookup that finds the very key skips __eq__)
    _interned.update((str(predicate), predicate) for predicate in VIEW_PREDICATES)
    try:
        for path in paths:
            share = read_share(path)
            with paused_gc():
                union.merge(share.union)
                entities.merge(share.entities)
            quads += share.quads
    finally:
        _interning.pop()
        if not _interning:
            _interned.clear()
    return ViewIndex(union, entities, quads)


def _dicts(index: TripleIndex) -> tuple[dict[Any, Any], ...]:
    return (index.by_subject, index.by_predicate, index.by_object)


# --- terms as their state ----------------------------------------------------------------------------------------


# While shares are merged, the terms of every share, by their state: equal terms from different parts become one
# object, as in one pass over the file (``_Terms``). It matters for speed: the views look terms up in dicts,
# and a lookup that does not find the very object calls rdflib's ``__eq__``, in Python.
_interned: dict[Any, Any] = {}
_interning: list[bool] = []  # not empty while merging


def _reduce_iri(iri: URIRef) -> tuple[Callable[..., Any], tuple[Any, ...]]:
    return _iri, (str(iri),)


def _iri(text: str) -> URIRef:
    if not _interning:
        return str.__new__(URIRef, text)
    found = _interned.get(text)
    if found is None:
        found = _interned[text] = str.__new__(URIRef, text)
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
_REDUCERS.update({URIRef: _reduce_iri, Literal: _reduce_literal})
