"""The statements of ``loaders.to_rdf.to_dataset`` as text, straight from a Resolution: no rdflib terms, no store.

``to_dataset`` is the contract; this module writes the very same triples (same IRIs, literals, datatypes,
language tags, mention and evidence IRIs) as ``(subject, predicate, object)`` texts, in N-Triples syntax or with
Turtle's short forms for TriG (``loaders.rdf_terms``), per graph name. Building an rdflib Dataset only to print
it back costs about fifteen times as much (millions of term objects, three store indexes a quad).
tests/test_rdf_text.py checks the text against ``to_dataset`` and ``rdf_terms.term``, byte for byte.

Every IRI taken from the resolution is checked (``rdf_terms.checked_iri``); mention and evidence IRIs are
hashes, valid by construction.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable

from loaders.identity import article_iri, article_province
from loaders.model import Article, Fact
from loaders.organisations import Organisation
from loaders.rdf_terms import Terms, catalogue_date, date_value, full_date_value
from loaders.resolve import Occurrence, Resolution, ResolvedDocument, ResolvedRelation, Unsettled
from loaders.to_rdf import CATALOGUE_GRAPH, ENTITIES_GRAPH, FACT_PREDICATE, RELATION_PREDICATE
from ontology.namespace import CLASS_OF_TYPE, LEVEL_CONCEPT, VK, VKID

Statement = tuple[str, str, str]
Value = tuple[str, str]  # (its text, what str() of the rdflib term gives: the IRI or the lexical form)
ENTITIES = str(ENTITIES_GRAPH)
CATALOGUE = str(CATALOGUE_GRAPH)
_MINTED = str(VKID)
_VK = str(VK._NS)
# to_rdf's tables, as strings (imported, not copied: they stay the same as the contract's).
_FACT_PREDICATES = {attribute: str(predicate) for attribute, predicate in FACT_PREDICATE.items()}
_RELATION_PREDICATES = {name: str(predicate) for name, predicate in RELATION_PREDICATE.items()}
_HTTP_SOURCE = re.compile(r"https?://\S+$")  # a catalogue source cited by IRI (else as a literal)
_LEVELS = {level: str(concept) for level, concept in LEVEL_CONCEPT.items()}
_DATE_ISSUED, _YEAR, _PLENUM, _LEVEL, _ISSUED_BY = (
    _VK + n for n in ("dateIssued", "year", "plenum", "level", "issuedBy")
)


def _hash16(*parts: str) -> str:
    """``loaders.identity.short_hash`` of these strings (mention and evidence IRIs), without its str() calls."""
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def dataset_statements(
    resolution: Resolution, compact: bool = False, articles_only: bool = False
) -> dict[str, list[Statement]]:
    """The statements of ``to_dataset(resolution)`` per graph name, as text (duplicates possible, unsorted);
    ``articles_only``: the article graphs alone. Empty graphs are left out."""
    terms = Terms(compact)
    graphs: dict[str, list[Statement]] = {}
    if not articles_only:
        entities = entity_statements(terms, resolution)
        catalogue = [row for doc in resolution.documents for row in catalogue_statements(terms, doc)]
        graphs.update((name, rows) for name, rows in ((ENTITIES, entities), (CATALOGUE, catalogue)) if rows)
    occurrences: dict[str, list[tuple[str, Occurrence]]] = defaultdict(list)
    for doc in resolution.documents:
        for occ in doc.occurrences:
            occurrences[occ.article_id].append((doc.iri, occ))
    relations: dict[str, list[ResolvedRelation]] = defaultdict(list)
    for rel in resolution.relations:
        relations[rel.article_id].append(rel)
    for article in resolution.articles:
        rows = article_statements(terms, article, occurrences[article.id], relations[article.id])
        graphs.setdefault(str(article_iri(article.id)), []).extend(rows)
    return graphs


# --- the entities graph --------------------------------------------------------------------------------------


def entity_statements(terms: Terms, resolution: Resolution) -> list[Statement]:
    """Every document's attributes, the flags of what resolution left open, the organisations."""
    rows = [row for doc in resolution.documents for row in _document(terms, doc)]
    for kind, flags in (("ambiguous", resolution.ambiguous), ("unresolved", resolution.unresolved)):
        for flag in flags:
            rows += _flag(terms, flag, kind)
    for org in resolution.organisations:
        rows += _organisation(terms, org)
    return rows


def _document(t: Terms, doc: ResolvedDocument) -> list[Statement]:
    date = date_value(doc.date) if doc.date and len(doc.date) == 10 else None
    values = (
        ("vk:docType", t.plain(doc.type)),
        ("vk:number", t.plain(doc.number) if doc.number else None),
        ("vk:symbol", t.plain(doc.symbol) if doc.symbol else None),
        ("vk:organCode", t.plain(doc.organ) if doc.organ else None),
        ("vk:dateIssued", t.typed(*date) if date else None),
        ("vk:year", t.integer(doc.year) if doc.year is not None else None),
        ("vk:subject", t.plain(doc.subject) if doc.subject else None),
        ("vk:term", t.plain(doc.term) if doc.term else None),
        ("vk:congress", t.plain(doc.congress) if doc.congress else None),
        ("vk:plenum", t.integer(doc.plenum) if doc.plenum is not None else None),
        ("vk:isSet", t.boolean_true if doc.is_set else None),
        ("vk:level", t.iri(_LEVELS[doc.level]) if doc.level else None),
        ("vk:province", t.plain(doc.province) if doc.province and not doc.key.is_central else None),
    )
    s, v = t.iri(doc.iri), t.vocab
    rows = [(s, t.a, t.iri(CLASS_OF_TYPE[doc.type])), (s, v["rdfs:label"], t.lang(doc.label, "vi"))]
    rows += [(s, v[name], value) for name, value in values if value is not None]
    rows += [(s, v["vk:issuedBy"], t.iri(iri)) for iri in doc.issuers]
    return rows


def _flag(t: Terms, flag: Unsettled, kind: str) -> list[Statement]:
    s = t.iri(flag.iri)
    rows = [(s, t.vocab["skos:editorialNote"], t.lang(f"{kind}: {flag.reason}", "en"))]
    return rows + [(s, t.vocab["rdfs:seeAlso"], t.iri(c)) for c in flag.candidates]


def _organisation(t: Terms, org: Organisation) -> list[Statement]:
    s, v = t.iri(org.iri), t.vocab
    rows = [(s, t.a, v["vk:Organisation"]), (s, v["rdfs:label"], t.lang(org.label, "vi"))]
    if org.level:
        rows.append((s, v["vk:level"], t.iri(_LEVELS[org.level])))
    if org.province:
        rows.append((s, v["vk:province"], t.plain(org.province)))
    if org.parent:
        rows.append((s, v["org:subOrganizationOf"], t.iri(org.parent)))
    return rows


# --- article graphs ------------------------------------------------------------------------------------------


def article_statements(
    t: Terms,
    article: Article,
    occurrences: Iterable[tuple[str, Occurrence]],
    relations: Iterable[ResolvedRelation],
) -> list[Statement]:
    """One article's graph: the article, each document it mentions (``(IRI, occurrence)``), its relations."""
    v = t.vocab
    node_iri = str(article_iri(article.id))
    node = (t.iri(node_iri), node_iri)
    rows = [(node[0], t.a, v["vk:Article"]), (node[0], v["vk:sourceId"], t.plain(article.id))]
    if article.source:
        rows.append((node[0], v["vk:source"], t.plain(article.source)))
    province = article_province(article)
    if province:
        rows.append((node[0], v["vk:province"], t.plain(province)))
    published = date_value(article.published)
    if published is not None:
        rows.append((node[0], v["schema:datePublished"], t.typed(*published)))
    if article.outlet:
        rows.append((node[0], v["schema:publisher"], t.plain(article.outlet)))
    for doc_iri, occ in occurrences:
        rows += _occurrence(t, article, node, doc_iri, occ)
    for rel in relations:
        predicate = _RELATION_PREDICATES[rel.predicate]
        target = (t.iri(rel.object), rel.object)
        rows.append((t.iri(rel.subject), t.iri(predicate), target[0]))
        span = (rel.evidence.span.start, rel.evidence.span.end)
        sentence = rel.evidence.sentence
        rows += _evidence(t, (rel.subject, predicate, target), node, rel.evidence.rule, span, sentence)
    return rows


def _occurrence(t: Terms, article: Article, node: Value, doc_iri: str, occ: Occurrence) -> list[Statement]:
    s, v = t.iri(doc_iri), t.vocab
    rows = [(s, v["vk:mentionedIn"], node[0])]
    rows += [(s, v["vk:issuedBy"], t.iri(issuer)) for issuer in occ.issuers]
    a, mention_class, mention_of, derived = t.a, v["vk:Mention"], v["vk:mentionOf"], v["prov:wasDerivedFrom"]
    start, end, surface, rule = v["vk:start"], v["vk:end"], v["vk:surface"], v["vk:rule"]
    for mention in occ.document.mentions:
        first, last = mention.span.start, mention.span.end
        m = f"<{_MINTED}mention/{_hash16('mention', article.id, str(first), str(last), doc_iri)}>"
        rows += (
            (m, a, mention_class),
            (m, mention_of, s),
            (m, derived, node[0]),
            (m, start, t.integer(first)),
            (m, end, t.integer(last)),
            (m, surface, t.plain(mention.surface)),
            (m, rule, t.plain(mention.rule)),
        )
    for fact in occ.document.facts:
        predicate = _FACT_PREDICATES.get(fact.attribute)
        obj = _fact_object(t, fact, occ, predicate) if predicate is not None else None
        if predicate is None or obj is None:
            continue  # to_dataset leaves it out too (and logs it at debug level)
        text = article.text[fact.span.start : fact.span.end]
        span = (fact.span.start, fact.span.end)
        rows += _evidence(t, (doc_iri, predicate, obj), node, fact.rule, span, text)
    return rows


def _fact_object(t: Terms, fact: Fact, occurrence: Occurrence, predicate: str) -> Value | None:
    """``to_rdf._fact_object``: the value a fact supports, typed as in the entities graph, or None."""
    value = fact.value
    if predicate == _DATE_ISSUED:
        date = full_date_value(value)
        return (t.typed(*date), date[0]) if date else None
    if predicate in (_YEAR, _PLENUM):
        return (t.integer(int(value)), str(int(value))) if value.strip().isdigit() else None
    if predicate == _LEVEL:
        concept = _LEVELS.get(value)
        return (t.iri(concept), concept) if concept is not None else None
    if predicate == _ISSUED_BY:
        names = occurrence.document.issuer
        if value not in names:
            return None
        issuer = occurrence.issuers[names.index(value)]
        return t.iri(issuer), issuer
    return t.plain(value), value


def _evidence(
    t: Terms,
    statement: tuple[str, str, Value],
    origin: Value,
    rule: str,
    span: tuple[int, int] | None = None,
    sentence: str | None = None,
) -> list[Statement]:
    """``to_rdf._add_evidence``: a vk:Evidence node, its IRI a hash of the statement and where it comes from."""
    subject, predicate, (obj, obj_lexical) = statement
    hashed_span = "None" if span is None else f"({span[0]}, {span[1]})"  # str(span), as short_hash makes it
    node = (
        f"<{_MINTED}evidence/{_hash16('evidence', origin[1], hashed_span, subject, predicate, obj_lexical)}>"
    )
    v = t.vocab
    rows = [
        (node, t.a, v["vk:Evidence"]),
        (node, v["rdf:subject"], t.iri(subject)),
        (node, v["rdf:predicate"], t.iri(predicate)),
        (node, v["rdf:object"], obj),
        (node, v["prov:wasDerivedFrom"], origin[0]),
        (node, v["vk:rule"], t.plain(rule)),
    ]
    if span is not None:
        rows += ((node, v["vk:start"], t.integer(span[0])), (node, v["vk:end"], t.integer(span[1])))
    if sentence:
        rows.append((node, v["vk:sentence"], t.plain(sentence)))
    return rows


# --- the catalogue graph -------------------------------------------------------------------------------------


def catalogue_statements(t: Terms, doc: ResolvedDocument) -> list[Statement]:
    """The evidence of each fact the catalogue gives about a document, citing the entry's source."""
    entry = doc.catalogue
    if entry is None:
        return []
    date = catalogue_date(entry.date)
    values: list[tuple[str, Value | None]] = [
        ("symbol", (t.plain(entry.symbol), entry.symbol)),
        ("number", (t.plain(entry.number), entry.number)),
        ("organCode", (t.plain(entry.organ), entry.organ)),
        ("dateIssued", (t.typed(*date), date[0])),
        ("year", (t.integer(entry.year), str(entry.year))),
        ("term", (t.plain(entry.term), entry.term) if entry.term else None),
        ("plenum", (t.integer(entry.plenum), str(entry.plenum)) if entry.plenum is not None else None),
        ("subject", (t.plain(entry.subject), entry.subject) if entry.subject else None),
    ]
    statements = [(_VK + name, value) for name, value in values if value is not None]
    statements += [(_ISSUED_BY, (t.iri(iri), iri)) for iri in doc.issuers]
    source = entry.source
    origin = (t.iri(source), source) if _HTTP_SOURCE.match(source) else (t.plain(source), source)
    rows: list[Statement] = []
    for predicate, value in statements:
        rows += _evidence(t, (doc.iri, predicate, value), origin, "catalogue")
    return rows
