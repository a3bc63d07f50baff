"""SHACL validation of a vankien Dataset: the union of its named graphs against ``ontology/shapes.ttl``.

The shapes run on the union of every graph plus the ontology, without RDFS inference: the ontology's
rdfs:subClassOf triples are enough for ``sh:targetClass vk:Document`` to reach a ``vk:Conclusion``, while
inferring from rdfs:domain/range would turn a wrongly linked Organisation into a "Document" hiding the error.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import lru_cache

from pyshacl import validate as shacl_validate
from rdflib import BNode, Dataset, Graph, Literal, Node
from rdflib.namespace import RDF, SH

from graph.store import union_graph
from ontology.namespace import ONTOLOGY_FILE, SHAPES_FILE

log = logging.getLogger(__name__)

# Prefixes used to print paths the way docs/rdf.md writes them ("vk:dateIssued").
PREFIXES: tuple[tuple[str, str], ...] = (
    ("vk", "https://w3id.org/vankien/ontology#"),
    ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
    ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
    ("prov", "http://www.w3.org/ns/prov#"),
    ("org", "http://www.w3.org/ns/org#"),
    ("schema", "https://schema.org/"),
    ("skos", "http://www.w3.org/2004/02/skos/core#"),
    ("eli", "http://data.europa.eu/eli/ontology#"),
)
TARGET_PREDICATES = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf)
SEVERITY_MARK = {"Violation": "✗", "Warning": "⚠", "Info": "ℹ"}


class ValidationSetupError(RuntimeError):
    """The ontology or the shapes file cannot be read: the installation is broken, not the data."""


@dataclass(frozen=True)
class Violation:
    """One SHACL result: which node, which property, what is wrong, how bad."""

    focus: str  # IRI of the node that fails (or a blank node id "_:...")
    path: str | None  # IRI of the property, None for a node-level rule (e.g. "non-central needs a province")
    message: str
    severity: str  # "Violation" | "Warning" | "Info"
    value: str | None = None  # the offending value, when the rule is about one

    def line(self) -> str:
        """``✗ <focus> vk:dateIssued: Document has more than one issue date``."""
        mark = SEVERITY_MARK.get(self.severity, "✗")
        where = f"{self.focus} {compact(self.path)}" if self.path else self.focus
        return f"{mark} {where}: {self.message}"


@dataclass(frozen=True)
class ValidationReport:
    """The outcome of validating a dataset; ``violations`` is sorted (focus, path, message)."""

    conforms: bool
    violations: tuple[Violation, ...]
    triples: int  # distinct triples in the union of the dataset's graphs (ontology not counted)

    def summary(self, limit: int | None = None) -> str:
        """Readable lines: ``valid: N triples``, or one line per violation and a count."""
        if self.conforms and not self.violations:
            return f"valid: {self.triples} triples"
        shown = self.violations if limit is None else self.violations[:limit]
        lines = [violation.line() for violation in shown]
        hidden = len(self.violations) - len(shown)
        if hidden:
            lines.append(f"... and {hidden} more")
        verdict = "does not conform" if not self.conforms else "conforms with warnings"
        lines.append(f"{len(self.violations)} problem(s) in {self.triples} triples: {verdict}")
        return "\n".join(lines)


def compact(iri: str) -> str:
    """``https://w3id.org/vankien/ontology#level`` → ``vk:level``; other IRIs unchanged."""
    for prefix, namespace in PREFIXES:
        if iri.startswith(namespace):
            return f"{prefix}:{iri[len(namespace) :]}"
    return iri


@lru_cache(maxsize=4)
def _parsed(path: str) -> Graph:
    try:
        return Graph().parse(path, format="turtle")
    except (OSError, SyntaxError, ValueError) as error:
        raise ValidationSetupError(f"cannot read {path}: {error}") from error


def shapes_graph() -> Graph:
    """The parsed ``ontology/shapes.ttl`` (cached: pySHACL does not modify it)."""
    return _parsed(str(SHAPES_FILE))


@lru_cache(maxsize=1)
def runnable_shapes() -> Graph:
    """The shapes with every ``sh:property`` of a targeted node shape turned into a targeted property shape.

    Same results, about 3x faster: pySHACL checks an ``sh:property`` once per focus node (building its
    constraint objects each time), but a property shape with its own targets once for all focus nodes.
    """
    shapes = Graph()
    shapes += shapes_graph()
    for node_shape, property_shape in list(shapes.subject_objects(SH.property)):
        targets = [(p, o) for p in TARGET_PREDICATES for o in shapes.objects(node_shape, p)]
        if targets:
            for predicate, target in targets:
                shapes.add((property_shape, predicate, target))
            shapes.remove((node_shape, SH.property, property_shape))
    return shapes


def ontology_graph() -> Graph:
    """The parsed ``ontology/vankien.ttl`` (cached; callers must not modify it)."""
    return _parsed(str(ONTOLOGY_FILE))


def _union_copy(ds: Graph) -> Graph:
    """A private copy of every triple of ``ds``: all named graphs of a Dataset, or a plain Graph's triples."""
    if isinstance(ds, Dataset):
        return union_graph(ds)
    copy = Graph()
    copy += ds
    return copy


def validate_dataset(ds: Dataset | Graph) -> ValidationReport:
    """Validate the union of ``ds``'s graphs against the shapes; warnings alone do not break conformance."""
    data = _union_copy(ds)
    triples = len(data)
    data += ontology_graph()  # subclass triples for sh:targetClass / sh:class, added to our own copy
    conforms, results, _text = shacl_validate(
        data,
        shacl_graph=runnable_shapes(),
        inference="none",
        allow_warnings=True,
        inplace=True,  # `data` is already a private copy: spare pySHACL another clone
    )
    violations = tuple(sorted(_violations(results), key=lambda v: (v.focus, v.path or "", v.message)))
    log.info("validated %d triples: %d result(s)", triples, len(violations))
    return ValidationReport(conforms=bool(conforms), violations=violations, triples=triples)


def _violations(results: Graph) -> list[Violation]:
    found = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        path = results.value(result, SH.resultPath)
        value = results.value(result, SH.value)
        severity = results.value(result, SH.resultSeverity)
        found.append(
            Violation(
                focus=_node_text(results.value(result, SH.focusNode)),
                path=str(path) if path is not None and not isinstance(path, Literal) else None,
                message=_message(results, result),
                severity=str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation",
                value=_node_text(value) if value is not None else None,
            )
        )
    return found


def _message(results: Graph, result: Node) -> str:
    messages = list(results.objects(result, SH.resultMessage))
    # shapes.ttl writes one English message per constraint; prefer it over any pySHACL default.
    english = [m for m in messages if isinstance(m, Literal) and m.language == "en"]
    return str((english or messages or ["constraint not met"])[0])


def _node_text(node: Node | None) -> str:
    if node is None:
        return "?"
    if isinstance(node, Literal):
        return repr(str(node))
    return node.n3() if isinstance(node, BNode) else str(node)
