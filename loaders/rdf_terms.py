"""RDF terms as text, in N-Triples syntax or with Turtle's short forms for TriG, from plain values.

:func:`term` formats an rdflib term (the reference); :class:`Terms` writes the same text from plain strings and
numbers (``loaders.rdf_text`` uses it to write a corpus's statements without making rdflib objects). IRIs must
stay valid: each IRI is checked once, refusing what rdflib refuses to write (``<>" {}|\\^```) and, more
strictly, control characters, which would break a line-based file.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rdflib import RDF, RDFS, XSD, BNode, Literal, URIRef
from rdflib.namespace import PROV, SKOS

from ontology.namespace import ELI, ORG, SCHEMA, VK

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
_NAMESPACE = dict(PREFIXES)
_RDF_TYPE = str(RDF.type)
_LOCAL_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")
_BARE = {str(XSD.integer): re.compile(r"[+-]?[0-9]+"), str(XSD.boolean): re.compile(r"true|false")}
_UNSAFE_IRI = re.compile(r'[<>"{}|\\^`\x00-\x20\x7f]')
_FULL_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATE_TYPES = (
    (_FULL_DATE, str(XSD.date)),
    (re.compile(r"\d{4}-\d{2}"), str(XSD.gYearMonth)),
    (re.compile(r"\d{4}"), str(XSD.gYear)),
)


class InvalidIRIError(ValueError):
    """An IRI that cannot be written (it holds characters no IRI may hold)."""


def checked_iri(iri: str) -> str:
    if _UNSAFE_IRI.search(iri):
        raise InvalidIRIError(f"not a valid IRI: {iri!r}")
    return iri


def escape(lexical: str) -> str:
    """The body of a quoted literal: what N-Triples requires escaping, and nothing else."""
    if '"' in lexical or "\\" in lexical or "\n" in lexical or "\r" in lexical:
        return lexical.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return lexical


def _iri(iri: str, compact: bool) -> str:
    if compact:
        if iri == _RDF_TYPE:
            return "a"
        for name, namespace in PREFIXES:
            if iri.startswith(namespace) and _LOCAL_NAME.fullmatch(iri, len(namespace)):
                return f"{name}:{iri[len(namespace) :]}"
    return f"<{iri}>"


def term(node: object, compact: bool = False) -> str:
    """N-Triples syntax of an rdflib term (valid in TriG and N-Quads); ``compact``: Turtle short forms for TriG
    (``vk:Plan``, ``a``, ``1960``, ``"2021-10-25"^^xsd:date``)."""
    if isinstance(node, Literal):
        lexical = escape(str.__str__(node))
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
        return _iri(checked_iri(str.__str__(node)), compact)
    if isinstance(node, BNode):
        return f"_:{node}"
    raise TypeError(f"not an RDF term: {node!r}")


@lru_cache(maxsize=1 << 16)
def _date_lexical(value: str, datatype: str) -> str:
    """The lexical form rdflib gives a date (it rewrites those it can parse): dates repeat, so this is cheap."""
    return str(Literal(value, datatype=URIRef(datatype)))


def date_value(value: str | None) -> tuple[str, str] | None:
    """(lexical form, datatype) of ``loaders.to_rdf._date``: xsd:date, xsd:gYearMonth or xsd:gYear."""
    if not value:
        return None
    for pattern, datatype in _DATE_TYPES:
        if pattern.fullmatch(value):
            return _date_lexical(value, datatype), datatype
    return None


def full_date_value(value: str) -> tuple[str, str] | None:
    """An xsd:date, only for a whole ISO date (``loaders.to_rdf._fact_object``)."""
    return (
        (_date_lexical(value, _DATE_TYPES[0][1]), _DATE_TYPES[0][1]) if _FULL_DATE.fullmatch(value) else None
    )


def catalogue_date(value: str) -> tuple[str, str]:
    """An xsd:date as the catalogue gives it (no check: to_rdf makes the Literal as is)."""
    return _date_lexical(value, _DATE_TYPES[0][1]), _DATE_TYPES[0][1]


class Terms:
    """Formats terms from plain values, in one syntax; each IRI is checked and formatted once.

    ``vocab["vk:rule"]`` (any of :data:`PREFIXES`) is the text of a vocabulary term, ``a`` the one of rdf:type.
    """

    def __init__(self, compact: bool) -> None:
        self.compact = compact
        self._iris: dict[str, str] = {}
        self.vocab = _VocabularyTexts(self)
        self.a = self.iri(_RDF_TYPE)
        self.boolean_true = "true" if compact else f'"true"^^{_iri(str(XSD.boolean), compact)}'
        self._integer_type = _iri(str(XSD.integer), compact)

    def iri(self, iri: str) -> str:
        text = self._iris.get(iri)
        if text is None:
            text = self._iris[iri] = _iri(checked_iri(iri), self.compact)
        return text

    def plain(self, lexical: str) -> str:
        return f'"{escape(lexical)}"'

    def lang(self, lexical: str, tag: str) -> str:
        return f'"{escape(lexical)}"@{tag}'

    def integer(self, value: int) -> str:
        return str(value) if self.compact else f'"{value}"^^{self._integer_type}'

    def typed(self, lexical: str, datatype: str) -> str:
        return f'"{escape(lexical)}"^^{self.iri(datatype)}'


class _VocabularyTexts(dict[str, str]):
    """``"vk:rule"`` -> its text in the syntax of ``terms``, made on first use."""

    def __init__(self, terms: Terms) -> None:
        super().__init__()
        self._terms = terms

    def __missing__(self, name: str) -> str:
        prefix, _, local = name.partition(":")
        text = self[name] = self._terms.iri(_NAMESPACE[prefix] + local)
        return text
