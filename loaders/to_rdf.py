"""Write a Resolution as the RDF dataset of docs/rdf.md: the contract everything downstream reads.

Graphs: ``vkid:graph/entities`` (one value per attribute of every document and organisation), one graph
per article (the article, its mentions, the relations it asserts and their PROV-O evidence),
``vkid:graph/catalogue`` (the facts the catalogue of central documents supplied, each citing its source).
Every node has an IRI (no blank nodes; mention and evidence IRIs hash what they stand for), so the same input
always gives the same triples and the datasets of two corpora merge by plain union.
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict

from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, URIRef
from rdflib.namespace import PROV, SKOS

from loaders.identity import article_iri, article_province, evidence_iri, mention_iri
from loaders.model import Article, Fact
from loaders.organisations import Organisation
from loaders.resolve import Occurrence, Resolution, ResolvedDocument, ResolvedRelation, Unsettled
from ontology.namespace import CLASS_OF_TYPE, ELI, LEVEL_CONCEPT, ORG, SCHEMA, VK, VKID

log = logging.getLogger(__name__)

ENTITIES_GRAPH = VKID["graph/entities"]
CATALOGUE_GRAPH = VKID["graph/catalogue"]
RELATION_PREDICATE = {"implements": VK.implements, "based_on": VK.basedOn}


def _date(value: str | None) -> Literal | None:
    """xsd:date for a full ISO date; a month or a year keeps its own precision (xsd:gYearMonth, xsd:gYear)."""
    if not value:
        return None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return Literal(value, datatype=XSD.date)
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return Literal(value, datatype=XSD.gYearMonth)
    if re.fullmatch(r"\d{4}", value):
        return Literal(value, datatype=XSD.gYear)
    return None


def _attribute_triples(doc: ResolvedDocument) -> list[tuple[URIRef, object]]:
    """(predicate, object) of every known attribute, in the shape of docs/rdf.md "Triples"."""
    values: list[tuple[URIRef, object]] = [
        (RDF.type, CLASS_OF_TYPE[doc.type]),
        (RDFS.label, Literal(doc.label, lang="vi")),
        (VK.docType, Literal(doc.type)),
        (VK.number, Literal(doc.number) if doc.number else None),
        (VK.symbol, Literal(doc.symbol) if doc.symbol else None),
        (VK.organCode, Literal(doc.organ) if doc.organ else None),
        (VK.dateIssued, _date(doc.date) if doc.date and len(doc.date) == 10 else None),
        (VK.year, Literal(doc.year) if doc.year is not None else None),
        (VK.subject, Literal(doc.subject) if doc.subject else None),
        (VK.term, Literal(doc.term) if doc.term else None),
        (VK.congress, Literal(doc.congress) if doc.congress else None),
        (VK.plenum, Literal(doc.plenum) if doc.plenum is not None else None),
        (VK.isSet, Literal(True) if doc.is_set else None),
        (VK.level, LEVEL_CONCEPT[doc.level] if doc.level else None),
        (VK.province, Literal(doc.province) if doc.province and not doc.key.is_central else None),
        *((VK.issuedBy, URIRef(iri)) for iri in doc.issuers),
    ]
    return [(p, o) for p, o in values if o is not None]


def _add_document(g: Graph, doc: ResolvedDocument) -> None:
    subject = URIRef(doc.iri)
    for predicate, obj in _attribute_triples(doc):
        g.add((subject, predicate, obj))  # type: ignore[arg-type]


def _add_flag(g: Graph, flag: Unsettled, kind: str) -> None:
    """An ambiguous or unresolved mention keeps its own node; say why, and which documents it may be."""
    subject = URIRef(flag.iri)
    g.add((subject, SKOS.editorialNote, Literal(f"{kind}: {flag.reason}", lang="en")))
    for candidate in flag.candidates:
        g.add((subject, RDFS.seeAlso, URIRef(candidate)))


def _add_organisation(g: Graph, org: Organisation) -> None:
    subject = URIRef(org.iri)
    g.add((subject, RDF.type, VK.Organisation))
    g.add((subject, RDFS.label, Literal(org.label, lang="vi")))
    if org.level:
        g.add((subject, VK.level, LEVEL_CONCEPT[org.level]))
    if org.province:
        g.add((subject, VK.province, Literal(org.province)))
    if org.parent:
        g.add((subject, ORG.subOrganizationOf, URIRef(org.parent)))


def _add_article(g: Graph, article: Article) -> URIRef:
    node = article_iri(article.id)
    g.add((node, RDF.type, VK.Article))
    g.add((node, VK.sourceId, Literal(article.id)))
    if article.source:
        g.add((node, VK.source, Literal(article.source)))
    province = article_province(article)
    if province:
        g.add((node, VK.province, Literal(province)))
    published = _date(article.published)
    if published is not None:
        g.add((node, SCHEMA.datePublished, published))
    if article.outlet:
        g.add((node, SCHEMA.publisher, Literal(article.outlet)))
    return node


def _add_evidence(
    g: Graph,
    statement: tuple[URIRef, URIRef, object],
    origin: URIRef | Literal,
    rule: str,
    span: tuple[int, int] | None = None,
    sentence: str | None = None,
) -> None:
    """A vk:Evidence node (a reified statement and where it comes from), IRI hashed from both."""
    subject, predicate, obj = statement
    node = evidence_iri(str(origin), span, subject, predicate, obj)
    g.add((node, RDF.type, VK.Evidence))
    g.add((node, RDF.subject, subject))
    g.add((node, RDF.predicate, predicate))
    g.add((node, RDF.object, obj))  # type: ignore[arg-type]
    g.add((node, PROV.wasDerivedFrom, origin))
    g.add((node, VK.rule, Literal(rule)))
    if span is not None:
        g.add((node, VK.start, Literal(span[0])))
        g.add((node, VK.end, Literal(span[1])))
    if sentence:
        g.add((node, VK.sentence, Literal(sentence)))


# Fact.attribute (the extractor's names, and the vocabulary's) -> predicate of the attribute it supports.
FACT_PREDICATE: dict[str, URIRef] = {
    "type": VK.docType,
    "number": VK.number,
    "symbol": VK.symbol,
    "organ": VK.organCode,
    "date": VK.dateIssued,
    "year": VK.year,
    "subject": VK.subject,
    "term": VK.term,
    "congress": VK.congress,
    "plenum": VK.plenum,
    "level": VK.level,
    "issuer": VK.issuedBy,
    "issuer_province": VK.province,
    "province": VK.province,
}
FACT_PREDICATE |= {str(p).rsplit("#", 1)[1]: p for p in FACT_PREDICATE.values()}


def _fact_object(fact: Fact, occurrence: Occurrence, predicate: URIRef) -> object | None:
    """The value a fact supports, typed as in the entities graph (None when it cannot be)."""
    value = fact.value
    if predicate == VK.dateIssued:
        return _date(value) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) else None
    if predicate in (VK.year, VK.plenum):
        return Literal(int(value)) if value.strip().isdigit() else None
    if predicate == VK.level:
        return LEVEL_CONCEPT.get(value)
    if predicate == VK.issuedBy:
        names = occurrence.document.issuer
        return URIRef(occurrence.issuers[names.index(value)]) if value in names else None
    return Literal(value)


def _add_occurrence(g: Graph, article: Article, node: URIRef, doc: ResolvedDocument, occ: Occurrence) -> None:
    subject = URIRef(doc.iri)
    g.add((subject, VK.mentionedIn, node))
    for issuer in occ.issuers:
        g.add((subject, VK.issuedBy, URIRef(issuer)))
    for mention in occ.document.mentions:
        m = mention_iri(article.id, mention.span.start, mention.span.end, doc.iri)
        g.add((m, RDF.type, VK.Mention))
        g.add((m, VK.mentionOf, subject))
        g.add((m, PROV.wasDerivedFrom, node))
        g.add((m, VK.start, Literal(mention.span.start)))
        g.add((m, VK.end, Literal(mention.span.end)))
        g.add((m, VK.surface, Literal(mention.surface)))
        g.add((m, VK.rule, Literal(mention.rule)))
    for fact in occ.document.facts:
        predicate = FACT_PREDICATE.get(fact.attribute)
        obj = _fact_object(fact, occ, predicate) if predicate is not None else None
        if predicate is None or obj is None:
            log.debug("%s: fact %s=%r not written", article.id, fact.attribute, fact.value)
            continue
        span = (fact.span.start, fact.span.end)
        text = article.text[fact.span.start : fact.span.end]
        _add_evidence(g, (subject, predicate, obj), node, fact.rule, span, text)


def _add_relation(g: Graph, node: URIRef, rel: ResolvedRelation) -> None:
    statement = (URIRef(rel.subject), RELATION_PREDICATE[rel.predicate], URIRef(rel.object))
    g.add(statement)
    span = (rel.evidence.span.start, rel.evidence.span.end)
    _add_evidence(g, statement, node, rel.evidence.rule, span, rel.evidence.sentence)


def _catalogue_statements(doc: ResolvedDocument) -> list[tuple[URIRef, object]]:
    entry = doc.catalogue
    assert entry is not None
    values: list[tuple[URIRef, object]] = [
        (VK.symbol, Literal(entry.symbol)),
        (VK.number, Literal(entry.number)),
        (VK.organCode, Literal(entry.organ)),
        (VK.dateIssued, Literal(entry.date, datatype=XSD.date)),
        (VK.year, Literal(entry.year)),
        (VK.term, Literal(entry.term) if entry.term else None),
        (VK.plenum, Literal(entry.plenum) if entry.plenum is not None else None),
        (VK.subject, Literal(entry.subject) if entry.subject else None),
        *((VK.issuedBy, URIRef(iri)) for iri in doc.issuers),
    ]
    return [(p, o) for p, o in values if o is not None]


def _add_catalogue_facts(g: Graph, doc: ResolvedDocument) -> None:
    """Each fact the catalogue gives about a document, as evidence citing the entry's source."""
    assert doc.catalogue is not None
    source = doc.catalogue.source
    origin = URIRef(source) if re.match(r"https?://\S+$", source) else Literal(source)
    for predicate, obj in _catalogue_statements(doc):
        _add_evidence(g, (URIRef(doc.iri), predicate, obj), origin, "catalogue")


def new_dataset() -> Dataset:
    ds = Dataset(default_union=True)
    for prefix, namespace in (
        ("vk", VK._NS),
        ("vkid", VKID),
        ("eli", ELI),
        ("schema", SCHEMA),
        ("org", ORG),
        ("prov", PROV),
        ("skos", SKOS),
    ):
        ds.bind(prefix, namespace)
    return ds


def to_dataset(resolution: Resolution) -> Dataset:
    """The RDF dataset of a resolved corpus (docs/rdf.md): entities, one graph per article, catalogue."""
    ds = new_dataset()
    entities = ds.graph(ENTITIES_GRAPH)
    for doc in resolution.documents:
        _add_document(entities, doc)
    for flag in resolution.ambiguous:
        _add_flag(entities, flag, "ambiguous")
    for flag in resolution.unresolved:
        _add_flag(entities, flag, "unresolved")
    for org in resolution.organisations:
        _add_organisation(entities, org)
    occurrences: dict[str, list[tuple[ResolvedDocument, Occurrence]]] = defaultdict(list)
    for doc in resolution.documents:
        for occ in doc.occurrences:
            occurrences[occ.article_id].append((doc, occ))
    relations: dict[str, list[ResolvedRelation]] = defaultdict(list)
    for rel in resolution.relations:
        relations[rel.article_id].append(rel)
    for article in resolution.articles:
        g = ds.graph(article_iri(article.id))
        node = _add_article(g, article)
        for doc, occ in occurrences[article.id]:
            _add_occurrence(g, article, node, doc, occ)
        for rel in relations[article.id]:
            _add_relation(g, node, rel)
    catalogue = ds.graph(CATALOGUE_GRAPH)
    for doc in resolution.documents:
        if doc.catalogue is not None:
            _add_catalogue_facts(catalogue, doc)
    return ds
