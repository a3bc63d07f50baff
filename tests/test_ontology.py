"""ontology/vankien.ttl and ontology/shapes.ttl: they parse, agree with the closed namespace VK, and align."""

from __future__ import annotations

import pytest
from rdflib import OWL, RDF, RDFS, SKOS, XSD, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import PROV, SH

from loaders.model import DOC_TYPES, LEVELS
from ontology.namespace import (
    CLASS_OF_TYPE,
    ELI,
    LEVEL_CONCEPT,
    ONTOLOGY_FILE,
    ORG,
    SCHEMA,
    SHAPES_FILE,
    TYPE_NAME_VI,
    VK,
)

VK_NS = str(VK._NS)
VK_TERMS = sorted(VK.__annotations__)


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ONTOLOGY_FILE, format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SHAPES_FILE, format="turtle")


def labels(graph: Graph, term: URIRef, predicate: URIRef = RDFS.label) -> dict[str | None, str]:
    return {lit.language: str(lit) for lit in graph.objects(term, predicate) if isinstance(lit, Literal)}


@pytest.mark.parametrize("name", [pytest.param(n, id=n) for n in VK_TERMS])
def test_every_vk_term_is_declared_with_labels_and_comment(onto: Graph, name: str) -> None:
    term = VK[name]
    assert set(onto.objects(term, RDF.type)), f"vk:{name} has no rdf:type in vankien.ttl"
    names = labels(onto, term)
    assert names.get("vi"), f"vk:{name} has no Vietnamese rdfs:label"
    assert names.get("en"), f"vk:{name} has no English rdfs:label"
    assert labels(onto, term, RDFS.comment).get("en"), f"vk:{name} has no English rdfs:comment"


def test_no_term_in_the_ttl_is_missing_from_vk(onto: Graph) -> None:
    used = {str(node)[len(VK_NS) :] for triple in onto for node in triple if str(node).startswith(VK_NS)}
    assert used - set(VK_TERMS) == set()


def test_ontology_header(onto: Graph) -> None:
    header = URIRef("https://w3id.org/vankien/ontology")
    assert (header, RDF.type, OWL.Ontology) in onto
    assert onto.value(header, OWL.versionInfo) is not None
    assert labels(onto, header, URIRef("http://purl.org/dc/terms/title")).keys() >= {"en", "vi"}
    assert onto.value(header, URIRef("http://purl.org/dc/terms/description")) is not None


@pytest.mark.parametrize(("doc_type", "label"), [pytest.param(t, v, id=t) for t, v in TYPE_NAME_VI.items()])
def test_each_document_class_is_a_document_with_its_vietnamese_name(  # the TTL agrees with TYPE_NAME_VI
    onto: Graph, doc_type: str, label: str
) -> None:
    cls = CLASS_OF_TYPE[doc_type]
    assert (cls, RDF.type, OWL.Class) in onto
    assert (cls, RDFS.subClassOf, VK.Document) in onto
    assert labels(onto, cls)["vi"] == label


def test_document_classes_cover_exactly_the_document_types() -> None:
    assert set(CLASS_OF_TYPE) == set(DOC_TYPES) == set(TYPE_NAME_VI)
    assert set(LEVEL_CONCEPT) == set(LEVELS)


ALIGNMENTS = [
    (VK.Document, RDFS.subClassOf, ELI.LegalResource),
    (VK.Document, RDFS.subClassOf, SCHEMA.Legislation),
    (VK.Organisation, RDFS.subClassOf, ORG.Organization),
    (VK.Article, RDFS.subClassOf, SCHEMA.NewsArticle),
    (VK.Article, RDFS.subClassOf, PROV.Entity),
    (VK.Mention, RDFS.subClassOf, PROV.Entity),
    (VK.Evidence, RDFS.subClassOf, PROV.Entity),
    (VK.Evidence, RDFS.subClassOf, RDF.Statement),
    (VK.Level, RDFS.subClassOf, SKOS.Concept),
    (VK.implements, RDFS.subPropertyOf, ELI.applies),
    (VK.basedOn, RDFS.subPropertyOf, ELI.based_on),
    (VK.issuedBy, RDFS.subPropertyOf, ELI.passed_by),
    (VK.issuedBy, RDFS.subPropertyOf, SCHEMA.legislationPassedBy),
    (VK.dateIssued, RDFS.subPropertyOf, ELI.date_document),
    (VK.dateIssued, RDFS.subPropertyOf, SCHEMA.legislationDate),
    (VK.symbol, RDFS.subPropertyOf, ELI.id_local),
    (VK.symbol, RDFS.subPropertyOf, SCHEMA.legislationIdentifier),
    (VK.mentionedIn, OWL.inverseOf, SCHEMA.mentions),
    (VK.LevelScheme, RDF.type, SKOS.ConceptScheme),
]


@pytest.mark.parametrize("triple", [pytest.param(t, id=f"{t[0].fragment}-{t[2].n3()}") for t in ALIGNMENTS])
def test_alignment(onto: Graph, triple: tuple[URIRef, URIRef, URIRef]) -> None:
    assert triple in onto


PROPERTIES = [
    # (property, kind, domain or None for a union, range)
    (VK.implements, OWL.ObjectProperty, VK.Document, VK.Document),
    (VK.basedOn, OWL.ObjectProperty, VK.Document, VK.Document),
    (VK.issuedBy, OWL.ObjectProperty, VK.Document, VK.Organisation),
    (VK.mentionedIn, OWL.ObjectProperty, VK.Document, VK.Article),
    (VK.mentionOf, OWL.ObjectProperty, VK.Mention, VK.Document),
    (VK.level, OWL.ObjectProperty, None, VK.Level),
    (VK.docType, OWL.DatatypeProperty, VK.Document, XSD.string),
    (VK.number, OWL.DatatypeProperty, VK.Document, XSD.string),
    (VK.symbol, OWL.DatatypeProperty, VK.Document, XSD.string),
    (VK.organCode, OWL.DatatypeProperty, VK.Document, XSD.string),
    (VK.dateIssued, OWL.DatatypeProperty, VK.Document, XSD.date),
    (VK.year, OWL.DatatypeProperty, VK.Document, XSD.integer),
    (VK.subject, OWL.DatatypeProperty, VK.Document, XSD.string),
    (VK.term, OWL.DatatypeProperty, VK.Document, XSD.string),
    (VK.congress, OWL.DatatypeProperty, VK.Document, XSD.string),
    (VK.plenum, OWL.DatatypeProperty, VK.Document, XSD.integer),
    (VK.isSet, OWL.DatatypeProperty, VK.Document, XSD.boolean),
    (VK.province, OWL.DatatypeProperty, None, XSD.string),
    (VK.sourceId, OWL.DatatypeProperty, VK.Article, XSD.string),
    (VK.source, OWL.DatatypeProperty, VK.Article, XSD.string),
    (VK.start, OWL.DatatypeProperty, None, XSD.integer),
    (VK.end, OWL.DatatypeProperty, None, XSD.integer),
    (VK.surface, OWL.DatatypeProperty, VK.Mention, XSD.string),
    (VK.sentence, OWL.DatatypeProperty, VK.Evidence, XSD.string),
    (VK.rule, OWL.DatatypeProperty, None, XSD.string),
]


@pytest.mark.parametrize(
    ("prop", "kind", "domain", "range_"), [pytest.param(*p, id=p[0].fragment) for p in PROPERTIES]
)
def test_property_kind_domain_and_range(
    onto: Graph, prop: URIRef, kind: URIRef, domain: URIRef | None, range_: URIRef
) -> None:
    kinds = set(onto.objects(prop, RDF.type)) & {OWL.ObjectProperty, OWL.DatatypeProperty}
    assert kinds == {kind}
    declared_domain = onto.value(prop, RDFS.domain)
    if domain is None:  # a union of classes: an owl:Class with owl:unionOf
        assert onto.value(declared_domain, OWL.unionOf) is not None
    else:
        assert declared_domain == domain
    assert onto.value(prop, RDFS.range) == range_


def test_every_property_in_vk_is_in_the_table() -> None:
    declared = {p for p, *_ in PROPERTIES}
    lower = {VK[n] for n in VK_TERMS if n[0].islower() and VK[n] not in LEVEL_CONCEPT.values()}
    assert lower == declared


@pytest.mark.parametrize(("name", "concept"), [pytest.param(n, c, id=n) for n, c in LEVEL_CONCEPT.items()])
def test_level_concepts_are_in_the_scheme(onto: Graph, name: str, concept: URIRef) -> None:
    assert (concept, RDF.type, VK.Level) in onto
    assert (concept, SKOS.inScheme, VK.LevelScheme) in onto
    assert (VK.LevelScheme, SKOS.hasTopConcept, concept) in onto
    assert labels(onto, concept, SKOS.prefLabel).keys() == {"vi", "en"}
    assert labels(onto, concept, SKOS.prefLabel)["en"] == name


def test_every_shape_constraint_has_a_readable_message(shapes: Graph) -> None:
    property_shapes = set(shapes.objects(None, SH.property))
    node_rules = set(shapes.subjects(SH["or"], None))
    assert property_shapes and node_rules
    silent = [s for s in property_shapes | node_rules if labels(shapes, s, SH.message).get("en") is None]
    assert silent == []


def test_shapes_match_class_of_type(shapes: Graph) -> None:
    closed_list = None
    for prop_shape in shapes.objects(None, SH.property):
        values = shapes.value(prop_shape, SH["in"])
        if shapes.value(prop_shape, SH.path) != VK.docType or values is None:
            continue
        allowed = [str(v) for v in Collection(shapes, values)]
        owner = next(shapes.subjects(SH.property, prop_shape))
        target = shapes.value(owner, SH.targetClass)
        if target == VK.Document:
            closed_list = allowed
        else:
            assert [CLASS_OF_TYPE[t] for t in allowed] == [target]
    assert closed_list == list(CLASS_OF_TYPE)
