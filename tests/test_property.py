"""The property-graph mapping (graph/property.py), the Cypher writer (graph/cypher.py) and the neo4j-admin
CSV export, on the hand-written fixture corpus tests/fixtures/property_corpus.trig (see its header)."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from property_corpus import HOSTILE, ID
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import RDF

from graph.cypher import (
    Statement,
    WriterError,
    node_statement,
    relationship_statement,
    schema_statements,
    statements,
    upsert_statements,
)
from graph.neo4j_sink import ARRAY_DELIMITER, Neo4jSettings, export_neo4j_import
from graph.property import NODE_KINDS, REL_KINDS, PropertyGraph, lag_in_days, to_property_graph
from ontology.namespace import ORG, VK


def by_iri(pg: PropertyGraph, label: str) -> dict[str, dict]:
    return {row["iri"]: row for row in pg.nodes[label]}


def pairs(pg: PropertyGraph, rel_type: str) -> set[tuple[str, str]]:
    return {(row["src"], row["dst"]) for row in pg.relationships[rel_type]}


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        pytest.param("Document", 13, id="documents"),
        pytest.param("Organisation", 8, id="organisations"),
        pytest.param("Article", 5, id="articles"),
        pytest.param("IMPLEMENTS", 8, id="implements"),
        pytest.param("ISSUED_BY", 11, id="issued-by"),
        pytest.param("SUB_ORGANIZATION_OF", 4, id="sub-organisation"),
        pytest.param("MENTIONED_IN", 14, id="mentioned-in"),
        pytest.param("BASED_ON", 1, id="based-on"),
    ],
)
def test_counts_match_the_corpus(pg: PropertyGraph, target: str, expected: int) -> None:
    rows = pg.nodes.get(target) or pg.relationships.get(target)
    assert rows is not None and len(rows) == expected


@pytest.mark.parametrize(
    ("rel_type", "predicate"),
    [pytest.param(t, k.predicate, id=t) for t, k in REL_KINDS.items() if t != "MENTIONED_IN"],
)
def test_one_relationship_per_distinct_rdf_statement(
    ds: Dataset, pg: PropertyGraph, rel_type: str, predicate: URIRef
) -> None:
    """The union of the named graphs counts once a statement several graphs assert (catalogue + article)."""
    in_rdf = {(str(s), str(o)) for s, _, o, _ in ds.quads((None, predicate, None, None))}
    assert pairs(pg, rel_type) == in_rdf


def test_every_typed_rdf_node_becomes_one_node(ds: Dataset, pg: PropertyGraph) -> None:
    typed = {str(s) for s, _, _, _ in ds.quads((None, VK.docType, None, None))}
    assert set(by_iri(pg, "Document")) == typed
    for label, cls in (("Organisation", VK.Organisation), ("Article", VK.Article)):
        assert set(by_iri(pg, label)) == {str(s) for s, _, _, _ in ds.quads((None, RDF.type, cls, None))}


@pytest.mark.parametrize(
    ("iri", "expected"),
    [
        pytest.param(
            "doc/tw/kl-21-tw-2021",
            {"type": "conclusion", "symbol": "21-KL/TW", "date": "2021-10-25", "year": 2021,
             "level": "central", "province": None, "term": "XIII", "label": "Kết luận 21-KL/TW",
             "issuer": "Ban Chấp hành Trung ương", "number": "21", "organ": "TW"},
            id="central-conclusion",
        ),
        pytest.param(
            "doc/ben-tre/kh-45-hu-2022",
            {"type": "plan", "level": "district", "province": "Bến Tre", "issuer": "Huyện ủy Chợ Lách",
             "date": "2022-01-10"},
            id="district-plan",
        ),
        pytest.param(
            "doc/ben-tre/nq-daihoi-x",
            {"symbol": None, "date": None, "year": None, "issuer": None,
             "label": "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ X"},
            id="unnumbered-undated",
        ),
        pytest.param("doc/an-giang/kh-99-tu-2023", {"subject": HOSTILE}, id="hostile-subject-verbatim"),
    ],
)  # fmt: skip
def test_document_properties(pg: PropertyGraph, iri: str, expected: dict) -> None:
    row = by_iri(pg, "Document")[ID + iri]
    assert {key: row[key] for key in expected} == expected
    assert set(row) == {"iri", *(p.name for p in NODE_KINDS["Document"].properties)}


@pytest.mark.parametrize(
    ("src", "dst", "lag"),
    [
        pytest.param("doc/ben-tre/kh-123-tu-2021", "doc/tw/kl-21-tw-2021", 56, id="dates-known"),
        pytest.param("doc/tw/kh-03-tw-2021", "doc/tw/kl-21-tw-2021", 37, id="central-plan"),
        pytest.param("doc/vinh-long/kh-07-tu-2022", "doc/tw/nq-15-tw-2022", None, id="implementer-undated"),
        pytest.param("doc/ben-tre/nq-02-tu-2016", "doc/ben-tre/nq-daihoi-x", None, id="both-undated"),
    ],
)
def test_lag_days_is_precomputed(pg: PropertyGraph, src: str, dst: str, lag: int | None) -> None:
    rows = {(r["src"], r["dst"]): r for r in pg.relationships["IMPLEMENTS"]}
    assert rows[(ID + src, ID + dst)]["lag_days"] == lag


@pytest.mark.parametrize(
    ("later", "earlier", "expected"),
    [
        pytest.param("2022-01-05", "2021-10-25", 72, id="across-years"),
        pytest.param("2021-10-25", "2022-01-05", -72, id="negative"),
        pytest.param("2022-01", "2021-10-25", None, id="partial-date"),
        pytest.param(None, "2021-10-25", None, id="missing"),
    ],
)
def test_lag_in_days(later: str | None, earlier: str | None, expected: int | None) -> None:
    assert lag_in_days(later, earlier) == expected


def test_evidence_lists_are_parallel_and_name_their_origin(pg: PropertyGraph) -> None:
    rows = {(r["src"], r["dst"]): r for r in pg.relationships["IMPLEMENTS"]}
    catalogue = rows[(ID + "doc/tw/kh-03-tw-2021", ID + "doc/tw/kl-21-tw-2021")]
    assert catalogue["rules"] == ["catalogue"]
    assert catalogue["sources"] == ["https://example.org/catalogue/03-kh-tw"]
    assert catalogue["articles"] == [""]  # no article: the catalogue is the origin
    article = rows[(ID + "doc/ben-tre/kh-45-hu-2022", ID + "doc/ben-tre/kh-123-tu-2021")]
    assert article["articles"] == [ID + "article/fx-bt-1"]
    assert article["sources"] == ["tests/fixtures/fx-bt-1.txt"]
    assert article["sentences"][0].startswith("Huyện ủy Chợ Lách cụ thể hóa")
    for rel_type in ("IMPLEMENTS", "ISSUED_BY", "SUB_ORGANIZATION_OF", "BASED_ON"):
        for row in pg.relationships[rel_type]:
            assert len({len(row[k]) for k in ("articles", "sources", "sentences", "rules")}) == 1


def test_mentions_keep_surfaces_in_text_order(pg: PropertyGraph) -> None:
    rows = {(r["src"], r["dst"]): r for r in pg.relationships["MENTIONED_IN"]}
    row = rows[(ID + "doc/ben-tre/kh-123-tu-2021", ID + "article/fx-bt-1")]
    assert row["surfaces"] == ["Kế hoạch số 123-KH/TU", "Kế hoạch 123"]
    assert row["rules"] == ["mention.symbol", "mention.type_number"]


def test_endpoint_nothing_describes_still_gets_a_node() -> None:
    ds = Dataset(default_union=True)
    graph = ds.graph(URIRef(ID + "article/a1"))
    known, unknown = URIRef(ID + "doc/x/kh-1-tu-2020"), URIRef(ID + "doc/tw/nq-9-tw-2019")
    graph.add((known, VK.docType, Literal("plan")))
    graph.add((known, VK.implements, unknown))
    graph.add((known, VK.year, Literal(99999999999999999999)))  # not a 64-bit integer
    graph.add((URIRef(ID + "org/x/a"), ORG.subOrganizationOf, URIRef(ID + "org/x/b")))
    pg = to_property_graph(ds)
    documents = by_iri(pg, "Document")
    assert set(documents) == {str(known), str(unknown)}
    assert documents[str(unknown)]["type"] == "other" and documents[str(known)]["year"] is None
    assert len(pg.nodes["Organisation"]) == 2 and len(pg.relationships["IMPLEMENTS"]) == 1


def test_networkx_view_agrees(ds: Dataset, pg: PropertyGraph) -> None:
    network = pytest.importorskip("graph.network")
    g = network.to_networkx(ds)
    documents = by_iri(pg, "Document")
    assert {n for n, d in g.nodes(data=True) if d["kind"] == "document"} == set(documents)
    for name, rel_type in [("implements", "IMPLEMENTS"), ("issued_by", "ISSUED_BY"), ("based_on", "BASED_ON"),
                           ("sub_organization_of", "SUB_ORGANIZATION_OF")]:  # fmt: skip
        assert {(u, v) for u, v, k in g.edges(keys=True) if k == name} == pairs(pg, rel_type)
    for u, v, data in g.edges(keys=False, data=True):
        if "lag_days" in data:
            row = next(r for r in pg.relationships["IMPLEMENTS"] if (r["src"], r["dst"]) == (u, v))
            assert row["lag_days"] == data["lag_days"]
    for iri, row in documents.items():
        shared = ("type", "symbol", "date", "year", "level", "province", "subject", "term", "issuer")
        assert {k: row[k] for k in shared} == {k: g.nodes[iri][k] for k in shared}


# --- the writer ---------------------------------------------------------------------------------------------

_NODE_SHAPE = re.compile(
    r"^UNWIND \$rows AS row MERGE \(n:(\w+) \{iri: row\.iri\}\) SET (n\.\w+ = (row\.\w+|NULL)(, )?)+$"
)
_REL_SHAPE = re.compile(
    r"^UNWIND \$rows AS row MATCH \(a:(\w+) \{iri: row\.src\}\) MATCH \(b:(\w+) \{iri: row\.dst\}\) "
    r"MERGE \(a\)-\[r:(\w+)\]->\(b\) SET (r\.\w+ = (row\.\w+|NULL)(, )?)+$"
)


def test_statements_have_fixed_shapes_and_values_only_in_parameters(pg: PropertyGraph) -> None:
    produced = list(statements(pg, batch_size=4))
    assert sum(s.rows for s in produced) == pg.node_count() + pg.relationship_count()
    for statement in produced:
        shape = _NODE_SHAPE if statement.kind == "node" else _REL_SHAPE
        match = shape.match(statement.text)
        assert match, statement.text
        assert statement.target in NODE_KINDS or statement.target in REL_KINDS
        assert set(statement.parameters) == {"rows"} and len(statement.parameters["rows"]) == statement.rows
        assert HOSTILE not in statement.text and "Bến Tre" not in statement.text


def test_nodes_are_written_before_relationships(pg: PropertyGraph) -> None:
    kinds = [s.kind for s in statements(pg, batch_size=5)]
    assert kinds == sorted(kinds, key=lambda k: k != "node")


def test_an_all_null_integer_column_is_written_as_literal_null() -> None:
    rows = ({"iri": "a", **dict.fromkeys(p.name for p in NODE_KINDS["Document"].properties)},)
    (statement,) = statements(PropertyGraph({"Document": rows}, {}), batch_size=10)
    assert "n.year = NULL" in statement.text and "n.symbol = row.symbol" in statement.text


@pytest.mark.parametrize(
    "call",
    [
        pytest.param(lambda: node_statement("Document) DETACH DELETE (n"), id="label-outside-the-set"),
        pytest.param(lambda: relationship_statement("KNOWS"), id="type-outside-the-set"),
        pytest.param(
            lambda: list(statements(PropertyGraph({"Person": ()}, {}))), id="graph-with-foreign-label"
        ),
        pytest.param(lambda: list(statements(PropertyGraph({}, {}), batch_size=0)), id="batch-size-zero"),
        pytest.param(lambda: schema_statements("sqlite"), id="unknown-engine"),  # type: ignore[arg-type]
    ],
)
def test_writer_refuses_what_is_outside_the_mapping(call) -> None:
    with pytest.raises(WriterError):
        call()


@pytest.mark.parametrize(
    ("engine", "expected"),
    [
        pytest.param("ladybug", "CREATE NODE TABLE IF NOT EXISTS Document(iri STRING PRIMARY KEY",
                     id="ladybug-node"),
        pytest.param("ladybug",
                     "CREATE REL TABLE IF NOT EXISTS IMPLEMENTS(FROM Document TO Document, lag_days INT64",
                     id="ladybug-rel"),
        pytest.param("neo4j",
                     "CREATE CONSTRAINT document_iri IF NOT EXISTS FOR (n:Document) REQUIRE n.iri IS UNIQUE",
                     id="neo4j-constraint"),
        pytest.param("neo4j", "CREATE INDEX document_symbol IF NOT EXISTS FOR (n:Document) ON (n.symbol)",
                     id="neo4j-index"),
    ],
)  # fmt: skip
def test_schema_statements(engine: str, expected: str) -> None:
    assert any(s.startswith(expected) for s in schema_statements(engine))  # type: ignore[arg-type]


# --- neo4j settings and import files -------------------------------------------------------------------


def test_settings_come_from_the_environment_and_hide_the_password() -> None:
    env = {"NEO4J_URI": "bolt://127.0.0.1:7687", "NEO4J_USERNAME": "u", "NEO4J_PASSWORD": "s3cr3t-pw"}
    settings = Neo4jSettings.from_env(env)
    assert (settings.uri, settings.username, settings.password, settings.database) == (
        "bolt://127.0.0.1:7687", "u", "s3cr3t-pw", None,
    )  # fmt: skip
    assert "s3cr3t-pw" not in repr(settings)


def read_import_csv(path: Path) -> tuple[list[str], list[list[str]]]:
    with path.open(encoding="utf-8", newline="") as handle:
        header, *rows = list(csv.reader(handle))
    return header, rows


def test_import_files_have_neo4j_admin_headers(pg: PropertyGraph, tmp_path: Path) -> None:
    files = export_neo4j_import(pg, tmp_path)
    header, rows = read_import_csv(tmp_path / "document.csv")
    assert header[0] == "iri:ID" and header[-1] == ":LABEL" and "year:long" in header
    assert len(rows) == 13 and {row[-1] for row in rows} == {"Document"}
    header, rows = read_import_csv(tmp_path / "implements.csv")
    assert header[:4] == [":START_ID", ":END_ID", ":TYPE", "lag_days:long"]
    assert "sentences:string[]" in header and len(rows) == 8
    command = files.command()
    assert command.startswith("neo4j-admin database import full")
    assert f"--nodes={(tmp_path / 'document.csv').resolve()}" in command
    assert "--array-delimiter=U+001F" in command and command.rstrip().endswith("neo4j")
    assert "CREATE CONSTRAINT document_iri" in files.schema.read_text(encoding="utf-8")


def test_import_files_round_trip_values(pg: PropertyGraph, tmp_path: Path) -> None:
    export_neo4j_import(pg, tmp_path)
    header, rows = read_import_csv(tmp_path / "document.csv")
    subjects = {row[0]: row[header.index("subject")] for row in rows}
    assert subjects[ID + "doc/an-giang/kh-99-tu-2023"] == HOSTILE
    header, rows = read_import_csv(tmp_path / "mentioned_in.csv")
    surfaces = {(r[0], r[1]): r[header.index("surfaces:string[]")].split(ARRAY_DELIMITER) for r in rows}
    assert surfaces[(ID + "doc/ben-tre/kh-123-tu-2021", ID + "article/fx-bt-1")] == [
        "Kế hoạch số 123-KH/TU",
        "Kế hoạch 123",
    ]


def test_upsert_splits_a_batch_and_types_each_part_on_its_own() -> None:
    blank = dict.fromkeys(p.name for p in NODE_KINDS["Document"].properties)
    rows = [
        {**blank, "iri": "a", "year": 2020},
        {**blank, "iri": "b"},
        {**blank, "iri": "b", "subject": "last"},
    ]
    batch = Statement("(merge)", {"rows": rows}, "Document", "node", 0, 3)
    update, create = upsert_statements(batch, existing={"a"})
    assert update.text.startswith("UNWIND $rows AS row MATCH (n:Document {iri: row.iri}) SET ")
    assert "n.year = row.year" in update.text and update.parameters["rows"] == [rows[0]]
    assert create.text.startswith("UNWIND $rows AS row CREATE (n:Document {iri: row.iri}) SET ")
    assert "n.year = NULL" in create.text and create.parameters["rows"] == [rows[2]]  # the last row of b
