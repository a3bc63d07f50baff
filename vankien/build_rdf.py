"""Write the RDF of a large corpus in parts, in parallel, without ever holding the whole graph in memory.

``loaders.to_rdf.to_dataset`` is compositional: the entities graph depends only on the documents, flags and
organisations; an article's graph only on that article, the occurrences of documents in it and its relations.
So the resolution is cut into parts (entities in slices of documents; articles in slices of articles, each with
the documents' occurrences in those articles only), each part becomes a small Dataset in a worker, and its
statements are written sorted to a part file; the parts are then concatenated in a fixed order. The result is
the same graph as ``to_dataset(resolution)`` (tests/test_build_scale.py checks it), byte-identical for any
number of workers, and about 10x cheaper than rdflib's TriG serialiser, which pretty-prints the whole graph.

TriG: ``@prefix`` lines, then graph blocks (a graph may appear in several) of statements grouped by subject
(``<s> a vk:Plan ; vk:year 2022 .``), like rdflib's own TriG; N-Quads: one row per quad.
"""

from __future__ import annotations

import gc
import os
import re
import shutil
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from rdflib import RDF, RDFS, XSD, BNode, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import PROV, SKOS

from loaders.resolve import Occurrence, Resolution, ResolvedDocument
from loaders.to_rdf import CATALOGUE_GRAPH, ENTITIES_GRAPH, to_dataset
from ontology.namespace import ELI, ORG, SCHEMA, VK

STREAMED_FORMATS = ("trig", "nq")
# Prefixes of the vocabularies' terms in TriG (entity IRIs stay whole: their paths have "/").
PREFIXES = (
    ("vk", str(VK._NS)),
    ("rdf", str(RDF)),
    ("rdfs", str(RDFS)),
    ("xsd", str(XSD)),
    ("prov", str(PROV)),
    ("skos", str(SKOS)),
    ("org", str(ORG)),
    ("schema", str(SCHEMA)),
    ("eli", str(ELI)),
)
_RDF_TYPE = str(RDF.type)
DOCUMENTS_PER_PART = 4000
ARTICLES_PER_PART = 250
ProgressHook = Callable[[str, int, int], None]
_NON_ARTICLE_GRAPHS = frozenset({str(ENTITIES_GRAPH), str(CATALOGUE_GRAPH)})


@dataclass(frozen=True)
class Part:
    """A slice of the resolution; ``articles_only``: write only its article graphs (entities come elsewhere)."""

    resolution: Resolution
    articles_only: bool


@dataclass(frozen=True)
class StreamedGraph:
    path: Path
    quads: int


def write_streamed(
    resolution: Resolution, path: Path, fmt: str, workers: int, report: ProgressHook | None = None
) -> StreamedGraph:
    """Write ``resolution`` as TriG or N-Quads at ``path`` (a fresh file in a staging folder)."""
    parts = split(resolution)
    folder = path.with_name(f".{path.name}.parts")
    folder.mkdir()
    jobs = [(part, fmt, folder / f"{n:06d}") for n, part in enumerate(parts)]
    quads = 0
    for done, count in enumerate(_run(jobs, workers), 1):
        quads += count
        if report:
            report("writing RDF", done, len(jobs))
    with path.open("xb") as out:
        if fmt == "trig":
            out.write("".join(f"@prefix {name}: <{iri}> .\n" for name, iri in PREFIXES).encode() + b"\n")
        for _, _, part_path in jobs:
            with part_path.open("rb") as part_file:
                shutil.copyfileobj(part_file, out, 1 << 20)
        out.flush()
        os.fsync(out.fileno())
    shutil.rmtree(folder)
    return StreamedGraph(path, quads)


def _run(jobs: list[tuple[Part, str, Path]], workers: int) -> Iterable[int]:
    if workers <= 1 or len(jobs) <= 1:
        yield from (write_part(*job) for job in jobs)
        return
    from vankien.build_inputs import worker_pool

    with worker_pool(min(workers, len(jobs))) as pool:
        yield from pool.map(write_part, *zip(*jobs, strict=True))


def write_part(part: Part, fmt: str, path: Path) -> int:
    """Statements of one part, sorted per graph (the bytes never depend on hashing or scheduling); how many.

    TriG groups a subject's statements (``s p o ; p o .``) and writes vocabulary terms with their prefix,
    as rdflib's own TriG does: the file is smaller and loads faster. N-Quads is one full row per quad.
    """
    collecting = gc.isenabled()
    gc.disable()  # rdflib makes millions of short-lived, acyclic objects: collecting them is wasted time
    try:
        statements = _statements(part, compact=fmt == "trig")
    finally:
        if collecting:
            gc.enable()
    count = 0
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for name in sorted(statements):
            rows = sorted(set(statements[name]))
            count += len(rows)
            graph = f"<{name}>"
            if fmt == "nq":
                out.writelines(f"{s} {p} {o} {graph} .\n" for s, p, o in rows)
            else:
                out.write(f"{graph} {{\n")
                out.writelines(_grouped(rows))
                out.write("}\n")
    return count


def _grouped(rows: list[tuple[str, str, str]]) -> Iterator[str]:
    """``s p o ;`` continued by ``    p o ;`` while the subject stays the same, ``.`` at its end."""
    for n, (subject, predicate, obj) in enumerate(rows):
        first = n == 0 or rows[n - 1][0] != subject
        last = n + 1 == len(rows) or rows[n + 1][0] != subject
        head = f"{subject} " if first else "    "
        yield f"{head}{predicate} {obj} {'.' if last else ';'}\n"


def _statements(part: Part, compact: bool) -> dict[str, list[tuple[str, str, str]]]:
    """``(s, p, o)`` texts of each graph of the part (article graphs only for an article part)."""
    ds = to_dataset(part.resolution)
    statements: dict[str, list[tuple[str, str, str]]] = {}
    iris: dict[str, str] = {}  # IRIs repeat (predicates, classes, documents): format each once

    def text(node: object) -> str:
        if type(node) is URIRef:
            found = iris.get(node)
            if found is None:
                found = iris[node] = term(node, compact)
            return found
        return term(node, compact)

    for graph in ds.graphs():
        name = str(graph.identifier)
        if (part.articles_only and name in _NON_ARTICLE_GRAPHS) or name == str(DATASET_DEFAULT_GRAPH_ID):
            continue
        statements[name] = [(text(s), text(p), text(o)) for s, p, o in graph.triples((None, None, None))]
    return statements


_LOCAL_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")
_BARE = {str(XSD.integer): re.compile(r"[+-]?[0-9]+"), str(XSD.boolean): re.compile(r"true|false")}


def term(node: object, compact: bool = False) -> str:
    """N-Triples syntax of a term (valid in TriG and N-Quads); ``compact``: Turtle short forms for TriG
    (``vk:Plan``, ``a``, ``1960``, ``"2021-10-25"^^xsd:date``)."""
    if isinstance(node, Literal):
        lexical = str.__str__(node)
        if '"' in lexical or "\\" in lexical or "\n" in lexical or "\r" in lexical:
            lexical = (
                lexical.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
            )
        if node.language:
            return f'"{lexical}"@{node.language}'
        if node.datatype is None:
            return f'"{lexical}"'
        datatype = str.__str__(
            node.datatype
        )  # kept even for xsd:string: rdflib tells "s" and "s"^^xsd:string apart
        bare = _BARE.get(datatype) if compact else None
        if bare is not None and bare.fullmatch(lexical):
            return lexical
        return f'"{lexical}"^^{_iri(datatype, compact)}'
    if isinstance(node, URIRef):
        node.n3()  # rdflib refuses an IRI that cannot be written: so do we
        return _iri(str.__str__(node), compact)
    if isinstance(node, BNode):
        return f"_:{node}"
    raise TypeError(f"not an RDF term: {node!r}")


def _iri(iri: str, compact: bool) -> str:
    if compact:
        if iri == _RDF_TYPE:
            return "a"
        for name, namespace in PREFIXES:
            if iri.startswith(namespace) and _LOCAL_NAME.fullmatch(iri, len(namespace)):
                return f"{name}:{iri[len(namespace) :]}"
    return f"<{iri}>"


# --- cutting the resolution --------------------------------------------------------------------------------------


def split(resolution: Resolution) -> list[Part]:
    """Entities in slices of documents (flags and organisations with the first), then slices of articles."""
    docs = resolution.documents
    parts = []
    for start in range(0, max(len(docs), 1), DOCUMENTS_PER_PART):
        first = start == 0
        entities = Resolution(
            articles=(),
            documents=tuple(replace(d, occurrences=()) for d in docs[start : start + DOCUMENTS_PER_PART]),
            organisations=resolution.organisations if first else (),
            relations=(),
            ambiguous=resolution.ambiguous if first else (),
            unresolved=resolution.unresolved if first else (),
        )
        parts.append(Part(entities, articles_only=False))
    ids = [a.id for a in resolution.articles]
    index = _OccurrenceIndex(resolution)
    for start in range(0, len(ids), ARTICLES_PER_PART):
        parts.append(Part(index.subset(ids[start : start + ARTICLES_PER_PART]), articles_only=True))
    return parts


class _OccurrenceIndex:
    """Which documents occur in which article, and each article's relations, for cutting by articles."""

    def __init__(self, resolution: Resolution) -> None:
        self.resolution = resolution
        self.occurrences: dict[str, list[tuple[int, Occurrence]]] = defaultdict(list)
        for position, doc in enumerate(resolution.documents):
            for occ in doc.occurrences:
                self.occurrences[occ.article_id].append((position, occ))
        self.relations = defaultdict(list)
        for rel in resolution.relations:
            self.relations[rel.article_id].append(rel)
        self.articles = {a.id: a for a in resolution.articles}

    def subset(self, ids: list[str], with_targets: bool = False) -> Resolution:
        """The articles ``ids`` with their occurrences and relations (and the documents their relations
        point to, with ``with_targets``: a self-contained sample to validate)."""
        kept: dict[int, list[Occurrence]] = defaultdict(list)
        for article_id in ids:
            for position, occ in self.occurrences[article_id]:
                kept[position].append(occ)
        relations = tuple(rel for article_id in ids for rel in self.relations[article_id])
        docs = self.resolution.documents
        if with_targets:
            position_of = {d.iri: n for n, d in enumerate(docs)}
            for rel in relations:
                for iri in (rel.subject, rel.object):
                    kept.setdefault(position_of[iri], [])
        documents = tuple(_with(docs[n], kept[n], light=not with_targets) for n in sorted(kept))
        iris = {d.iri for d in documents}
        return Resolution(
            articles=tuple(self.articles[i] for i in ids),
            documents=documents,
            organisations=self.resolution.organisations if with_targets else (),
            relations=relations,
            ambiguous=tuple(f for f in self.resolution.ambiguous if with_targets and f.iri in iris),
            unresolved=tuple(f for f in self.resolution.unresolved if with_targets and f.iri in iris),
        )


def _with(doc: ResolvedDocument, occurrences: list[Occurrence], light: bool) -> ResolvedDocument:
    """The document with only these occurrences; ``light``: without the attributes that only feed the
    entities and catalogue graphs (written by the entity parts), so an article part does not make them."""
    if not light:
        return replace(doc, occurrences=tuple(occurrences))
    return replace(
        doc,
        occurrences=tuple(occurrences),
        **dict.fromkeys(("number", "symbol", "organ", "date", "year", "subject", "term", "congress"), None),
        **dict.fromkeys(("plenum", "level", "province", "catalogue"), None),
        is_set=False,
        issuers=(),
    )


def sample_resolution(resolution: Resolution, size: int) -> Resolution:
    """``size`` articles spread evenly over the corpus, with everything their graphs refer to: validating it
    checks the shapes of those articles, their documents and the documents they implement."""
    articles = resolution.articles
    step = max(1, len(articles) // max(size, 1))
    ids = [a.id for a in articles[::step][:size]]
    return _OccurrenceIndex(resolution).subset(ids, with_targets=True)
