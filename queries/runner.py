"""Named queries: ``queries/*.cypher`` (property graph, both engines), ``queries/*.rq`` (SPARQL over the RDF).

Each file starts with a header of comments: ``name:``, ``params:`` (comma-separated) and ``answers:`` (what
the query tells; may go on over several comment lines). Parameters arrive as text from the user and are
resolved here, before the query runs, into the exact values the queries match on:
- ``doc``: an IRI (also ``vkid:doc/...``) or a symbol (``21-KL/TW``, ``21-kl/tư``); a symbol several documents
  share (numbers restart each term) is refused with the candidates listed;
- ``org``: an IRI or an organisation's name (``Bộ Chính trị``), refused when several bodies share it;
- ``province``: a province the corpus knows, typed with or without diacritics (``ben tre``).
Values reach the engines only as query parameters (Cypher ``$doc``, SPARQL initial bindings).
"""

from __future__ import annotations

import re
import unicodedata
import warnings
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, Protocol

from rdflib import Dataset, Graph, URIRef
from rdflib import Literal as RdfLiteral
from rdflib.query import ResultRow

from graph.cypher import Table
from ontology.namespace import VKID

QUERIES_DIR = Path(__file__).parent
QueryKind = Literal["cypher", "sparql"]
_SUFFIX: dict[QueryKind, str] = {"cypher": ".cypher", "sparql": ".rq"}
_HEADER = re.compile(r"^\s*(?://|#)\s?(.*)$")
_FIELD = re.compile(r"^(name|params|answers):\s*(.*)$")
RESOLVED_PARAMETERS = ("doc", "org", "province")


class QueryError(ValueError):
    """A named query cannot run as asked (unknown name, missing or unknown parameter, value not found)."""


class AmbiguousValue(QueryError):
    """A parameter value names several things; the message lists them so that the user can pick an IRI."""


class WriteRefused(QueryError):
    """An ad-hoc query would change the database."""


@dataclass(frozen=True)
class NamedQuery:
    """One query file: its header and its text."""

    name: str
    kind: QueryKind
    params: tuple[str, ...]
    answers: str
    text: str
    path: Path


class CypherEngine(Protocol):
    """What the runner needs of an engine: run a read query with parameters."""

    def run(self, text: str, parameters: Mapping[str, Any] | None = None) -> Table: ...


def parse_query(path: Path, kind: QueryKind) -> NamedQuery:
    """Read a query file and its header; the name defaults to the file name."""
    text = path.read_text(encoding="utf-8")
    fields: dict[str, str] = {}
    current = None
    for line in text.splitlines():
        header = _HEADER.match(line)
        if header is None:
            break
        field = _FIELD.match(header.group(1).strip())
        if field:
            current = field.group(1)
            fields[current] = field.group(2).strip()
        elif current == "answers" and header.group(1).strip():
            fields["answers"] += " " + header.group(1).strip()
    params = tuple(p.strip() for p in fields.get("params", "").split(",") if p.strip())
    return NamedQuery(fields.get("name", path.stem), kind, params, fields.get("answers", ""), text, path)


def load_queries(kind: QueryKind = "cypher", directory: Path = QUERIES_DIR) -> dict[str, NamedQuery]:
    """Every named query of one kind, by name."""
    found = (parse_query(path, kind) for path in sorted(directory.glob(f"*{_SUFFIX[kind]}")))
    return {query.name: query for query in found}


def named_query(name: str, kind: QueryKind = "cypher", directory: Path = QUERIES_DIR) -> NamedQuery:
    queries = load_queries(kind, directory)
    if name not in queries:
        raise QueryError(f"no {kind} query named {name!r}; known: {', '.join(sorted(queries)) or 'none'}")
    return queries[name]


def check_parameters(query: NamedQuery, raw: Mapping[str, str]) -> None:
    missing = [p for p in query.params if p not in raw]
    unknown = [p for p in raw if p not in query.params]
    if missing:
        raise QueryError(f"query {query.name!r} needs --param {missing[0]}=...")
    if unknown:
        accepted = ", ".join(query.params) or "no parameters"
        raise QueryError(f"query {query.name!r} takes {accepted}, not {unknown[0]!r}")


# ----------------------------------------------------------------------------------------------------
# Resolving what the user typed
# ----------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Candidate:
    """Something a parameter may name: the value the query matches on, and a description for messages."""

    value: str
    key: str  # what the user's text is compared with: symbol, name, province
    description: str


# (parameter, text) -> what text names exactly (IRI or key); (parameter, None) -> all it may name
Lookup = Callable[[str, str | None], list[Candidate]]


def resolve_value(parameter: str, text: str, lookup: Lookup) -> str:
    """The single value ``text`` names for ``parameter``: an exact IRI or key, else a loosely equal key."""
    text = text.strip()
    if parameter not in RESOLVED_PARAMETERS:
        return text
    chosen = lookup(parameter, _expand_iri(text))
    if not chosen:
        wanted = _loose(text, parameter)
        chosen = [c for c in lookup(parameter, None) if c.key and _loose(c.key, parameter) == wanted]
    distinct = {c.value: c for c in chosen}
    if not distinct:
        raise QueryError(f"no {_NOUNS[parameter]} matches {text!r}")
    if len(distinct) > 1:
        listed = "; ".join(f"{c.value} ({c.description})" for c in distinct.values())
        raise AmbiguousValue(f"{text!r} names {len(distinct)} {_NOUNS[parameter]}s, pass one IRI: {listed}")
    return next(iter(distinct))


_NOUNS = {"doc": "document", "org": "organisation", "province": "province"}


def _expand_iri(text: str) -> str:
    return str(VKID) + text[len("vkid:") :] if text.startswith("vkid:") else text


def _loose(text: str, parameter: str) -> str:
    """A forgiving form: case, spacing, Ð/Đ; for symbols TƯ/T.Ư/TW and - for /; for provinces diacritics."""
    folded = unicodedata.normalize("NFC", text).replace("\u00d0", "\u0110").casefold()
    folded = re.sub(r"\s+", "" if parameter == "doc" else " ", folded).strip()
    if parameter == "doc":
        folded = folded.replace("t.ư", "tw").replace("tư", "tw").replace("/", "-")
    if parameter == "province":
        stripped = unicodedata.normalize("NFD", folded.replace("đ", "d"))
        folded = "".join(ch for ch in stripped if not unicodedata.combining(ch))
    return folded


def _describe(*parts: Any) -> str:
    return ", ".join(str(part) for part in parts if part not in (None, ""))


# (pattern, condition on $value, columns: value, key, then what describes the candidate). Two texts, one with
# the condition and one without, rather than "$value IS NULL OR ...": LadybugDB cannot type a null parameter.
_CYPHER_LOOKUPS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "doc": (
        (
            "MATCH (d:Document)",
            "d.iri = $value OR d.symbol = $value",
            "d.iri, d.symbol, d.label, d.date, d.province",
        ),
    ),
    "org": (
        (
            "MATCH (o:Organisation)",
            "o.iri = $value OR o.label = $value",
            "o.iri, o.label, o.province",
        ),
    ),
    "province": (
        (
            "MATCH (d:Document) WHERE d.province IS NOT NULL",
            "d.province = $value",
            "DISTINCT d.province AS value, d.province AS key",
        ),
        (
            "MATCH (a:Article) WHERE a.province IS NOT NULL",
            "a.province = $value",
            "DISTINCT a.province AS value, a.province AS key",
        ),
    ),
}


def _lookup_text(pattern: str, condition: str, columns: str, exact: bool) -> str:
    if not exact:
        return f"{pattern} RETURN {columns}"
    joiner = " AND " if " WHERE " in pattern else " WHERE "
    return f"{pattern}{joiner}({condition}) RETURN {columns}"


def cypher_lookup(engine: CypherEngine) -> Lookup:
    def lookup(parameter: str, value: str | None) -> list[Candidate]:
        rows: list[tuple[Any, ...]] = []
        for pattern, condition, columns in _CYPHER_LOOKUPS[parameter]:
            text = _lookup_text(pattern, condition, columns, exact=value is not None)
            rows += engine.run(text, {} if value is None else {"value": value}).rows
        return [Candidate(str(row[0]), str(row[1] or ""), _describe(*row[2:])) for row in rows]

    return lookup


_SPARQL_LOOKUPS = {
    "doc": """SELECT DISTINCT ?iri ?key ?label ?date WHERE { ?iri vk:docType ?type .
        OPTIONAL { ?iri vk:symbol ?key } OPTIONAL { ?iri rdfs:label ?label }
        OPTIONAL { ?iri vk:dateIssued ?date } }""",
    "org": """SELECT DISTINCT ?iri ?key ?province WHERE { ?iri a vk:Organisation ; rdfs:label ?key
        OPTIONAL { ?iri vk:province ?province } }""",
    "province": """SELECT DISTINCT ?key ?same WHERE { { ?x vk:docType ?type } UNION { ?x a vk:Article }
        ?x vk:province ?p BIND(STR(?p) AS ?key) BIND(?key AS ?same) }""",
}
_SPARQL_PREFIXES = (
    "PREFIX vk: <https://w3id.org/vankien/ontology#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
)


def sparql_lookup(ds: Dataset | Graph) -> Lookup:
    def lookup(parameter: str, value: str | None) -> list[Candidate]:
        rows = _query_rdf(ds, _SPARQL_PREFIXES + _SPARQL_LOOKUPS[parameter], {}).rows
        found = [Candidate(str(row[0]), str(row[1] or ""), _describe(*row[2:])) for row in rows]
        return found if value is None else [c for c in found if value in (c.value, c.key)]

    return lookup


# ----------------------------------------------------------------------------------------------------
# Running
# ----------------------------------------------------------------------------------------------------
def resolve_parameters(query: NamedQuery, raw: Mapping[str, str], lookup: Lookup) -> dict[str, str]:
    check_parameters(query, raw)
    return {name: resolve_value(name, value, lookup) for name, value in raw.items()}


def run_cypher(query: NamedQuery, raw: Mapping[str, str], engine: CypherEngine) -> Table:
    """Resolve the parameters of a named Cypher query against ``engine`` and run it there."""
    return engine.run(query.text, resolve_parameters(query, raw, cypher_lookup(engine)))


def run_sparql(query: NamedQuery, raw: Mapping[str, str], ds: Dataset | Graph) -> Table:
    """Resolve the parameters of a named SPARQL query against the RDF and run it with rdflib."""
    values = resolve_parameters(query, raw, sparql_lookup(ds))
    bindings = {k: URIRef(v) if k in ("doc", "org") else RdfLiteral(v) for k, v in values.items()}
    return _query_rdf(ds, query.text, bindings)


def _query_rdf(ds: Dataset | Graph, text: str, bindings: Mapping[str, Any]) -> Table:
    """Run a SPARQL query and return its rows as plain values."""
    with warnings.catch_warnings():  # rdflib warns about its own Dataset internals while evaluating
        warnings.simplefilter("ignore", DeprecationWarning)
        result = ds.query(text, initBindings=dict(bindings))
        rows = tuple(tuple(_plain(value) for value in row) for row in result if isinstance(row, ResultRow))
    return Table(tuple(str(v) for v in result.vars or ()), rows)


def _plain(value: Any) -> Any:
    """An rdflib term as the plain value a Cypher engine returns (dates as ISO strings, unbound as None)."""
    if not isinstance(value, URIRef | RdfLiteral):
        return None
    if isinstance(value, URIRef):
        return str(value)
    python = value.toPython()
    return python if isinstance(python, bool | int | float | str) else str(value)


# ----------------------------------------------------------------------------------------------------
# Ad-hoc queries
# ----------------------------------------------------------------------------------------------------
_WRITE_KEYWORDS = re.compile(
    r"\b(CREATE|MERGE|SET|DELETE|DETACH|REMOVE|DROP|COPY|ALTER|LOAD|INSTALL|ATTACH|IMPORT|EXPORT|"
    r"CHECKPOINT|BEGIN|COMMIT|ROLLBACK|FOREACH)\b",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|`[^`]*`|//[^\n]*|/\*.*?\*/", re.DOTALL)


def ensure_read_only(text: str) -> None:
    """Refuse a query that writes: a write keyword outside strings, quoted names and comments."""
    found = _WRITE_KEYWORDS.search(_QUOTED.sub(" ", text))
    if found:
        keyword = found.group(1).upper()
        raise WriteRefused(f"refusing a query that writes ({keyword}): ad-hoc queries are read-only")
