"""The same checks as tests/test_ladybug.py and tests/test_queries.py, against a real Neo4j 5.

Runs only when NEO4J_URI is set (with NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE as needed) and the database
holds no Document, Organisation or Article node: the tests load the fixture corpus and delete those labels'
nodes afterwards, so point them at a throwaway database (docs/cypher.md shows the docker command).
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from property_corpus import HOSTILE, ID

from graph.cypher import BatchFailed, count_statement
from graph.ladybug_sink import LadybugReader, load_into_ladybug
from graph.neo4j_sink import Neo4jReader, Neo4jSettings, connect, load_into_neo4j
from graph.property import KEY, NODE_KINDS, REL_KINDS, PropertyGraph
from queries.runner import load_queries, run_cypher

LABELS = tuple(NODE_KINDS)

pytestmark = [
    pytest.mark.neo4j,
    pytest.mark.skipif(
        not os.environ.get("NEO4J_URI"),
        reason="NEO4J_URI is not set: start a throwaway Neo4j 5 to run these (see docs/cypher.md)",
    ),
]

# The named queries with the parameters they are run with here (the same corpus as tests/test_queries.py).
PARAMS = {
    "implementers": {"doc": "21-KL/TW"},
    "chain_up": {"doc": "45-KH/HU"},
    "coverage": {"doc": "21-KL/TW"},
    "issued_by": {"org": "Bộ Chính trị"},
    "province_profile": {"province": "Bến Tre"},
}


def _wipe(settings: Neo4jSettings) -> None:
    driver = connect(settings)
    try:
        with driver.session(database=settings.database) as session:
            session.execute_write(
                lambda tx: tx.run(
                    "MATCH (n) WHERE n:Document OR n:Organisation OR n:Article DETACH DELETE n"
                ).consume()
            )
    finally:
        driver.close()


@pytest.fixture(scope="module")
def settings() -> Iterator[Neo4jSettings]:
    chosen = Neo4jSettings.from_env()
    with Neo4jReader(chosen) as db:
        present = sum(db.run(count_statement(label)).rows[0][0] for label in LABELS)
    if present:
        pytest.skip(f"the Neo4j database already holds {present} vankien nodes; use a throwaway database")
    yield chosen
    _wipe(chosen)


@pytest.fixture(scope="module")
def first_load(settings: Neo4jSettings, pg: PropertyGraph):
    return load_into_neo4j(pg, settings, batch_size=4)


@pytest.fixture(scope="module")
def embedded(pg: PropertyGraph, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LadybugReader]:
    path = tmp_path_factory.mktemp("neo4j-compare") / "graph.lbug"
    load_into_ladybug(pg, path)
    with LadybugReader(path) as reader:
        yield reader


def counts(settings: Neo4jSettings) -> dict[str, int]:
    with Neo4jReader(settings) as db:
        return {t: db.run(count_statement(t)).rows[0][0] for t in (*NODE_KINDS, *REL_KINDS)}


def dump(engine) -> dict[str, set]:
    found: dict[str, set] = {}
    for label, kind in NODE_KINDS.items():
        columns = ", ".join(f"n.{p}" for p in (KEY, *(p.name for p in kind.properties)))
        found[label] = {_hashable(r) for r in engine.run(f"MATCH (n:{label}) RETURN {columns}").rows}
    for rel_type, rel in REL_KINDS.items():
        columns = ", ".join(["a.iri", "b.iri", *(f"r.{p.name}" for p in rel.properties)])
        text = f"MATCH (a:{rel.source})-[r:{rel_type}]->(b:{rel.target}) RETURN {columns}"
        found[rel_type] = {_hashable(r) for r in engine.run(text).rows}
    return found


def _hashable(row: tuple) -> tuple:
    return tuple(tuple(v) if isinstance(v, list) else v for v in row)


def test_first_load_creates_every_node_and_relationship(first_load, settings: Neo4jSettings, pg) -> None:
    assert (first_load.nodes_created, first_load.relationships_created) == (26, 38)
    assert counts(settings) == {t: len(rows) for t, rows in {**pg.nodes, **pg.relationships}.items()}


def test_loading_again_changes_nothing(first_load, settings: Neo4jSettings, pg: PropertyGraph) -> None:
    with Neo4jReader(settings) as db:
        before = dump(db)
    again = load_into_neo4j(pg, settings, batch_size=7)
    assert (again.nodes_created, again.relationships_created) == (0, 0)
    assert (again.nodes_matched, again.relationships_matched) == (26, 38)
    with Neo4jReader(settings) as db:
        assert dump(db) == before


def test_both_engines_store_the_same_values(first_load, settings: Neo4jSettings, embedded) -> None:
    with Neo4jReader(settings) as db:
        assert dump(db) == dump(embedded)


@pytest.mark.parametrize("name", sorted(load_queries()))
def test_named_queries_answer_as_on_the_embedded_engine(first_load, settings, embedded, name: str) -> None:
    query = load_queries()[name]
    with Neo4jReader(settings) as db:
        on_neo4j = run_cypher(query, PARAMS.get(name, {}), db)
    on_ladybug = run_cypher(query, PARAMS.get(name, {}), embedded)
    assert on_neo4j.columns == on_ladybug.columns

    def canonical(rows: tuple) -> list:
        return sorted((tuple(sorted(v) if isinstance(v, list) else v for v in row) for row in rows), key=repr)

    assert canonical(on_neo4j.rows) == canonical(on_ladybug.rows)
    assert on_neo4j.rows


def test_hostile_text_is_verbatim_and_deletes_nothing(first_load, settings: Neo4jSettings) -> None:
    before = counts(settings)
    with Neo4jReader(settings) as db:
        stored = db.run(
            "MATCH (d:Document {iri: $iri}) RETURN d.subject", {"iri": ID + "doc/an-giang/kh-99-tu-2023"}
        )
        assert stored.rows == ((HOSTILE,),)
        for query in load_queries().values():
            if query.params:
                db.run(query.text, dict.fromkeys(query.params, HOSTILE))
    assert counts(settings) == before


def _document(iri: str | None, **values: object) -> dict:
    return {KEY: iri, **dict.fromkeys(p.name for p in NODE_KINDS["Document"].properties), **values}


def test_a_failed_batch_leaves_the_database_as_before_it(first_load, settings: Neo4jSettings, pg) -> None:
    with Neo4jReader(settings) as db:
        before = dump(db)
    existing = ID + "doc/tw/kl-21-tw-2021"
    committed = tuple(_document(ID + f"doc/new/kh-{n}-tu-2024", type="plan") for n in (1, 2, 4))
    failing = (
        _document(existing, type="plan", subject="changed"),
        _document(ID + "doc/new/kh-3-tu-2024", type="plan"),
        _document(None, type="plan"),  # MERGE on a null key fails
    )
    try:
        with pytest.raises(BatchFailed, match="Document rows 3-5"):
            load_into_neo4j(PropertyGraph({"Document": committed + failing}, {}), settings, batch_size=3)
        with Neo4jReader(settings) as db:
            after = dump(db)
        assert after["Document"] - before["Document"] == {_hashable(tuple(r.values())) for r in committed}
        assert {k: v for k, v in after.items() if k != "Document"} == {
            k: v for k, v in before.items() if k != "Document"
        }
    finally:  # leave the corpus as the other tests expect it
        driver = connect(settings)
        try:
            with driver.session(database=settings.database) as session:
                session.execute_write(
                    lambda tx: tx.run(
                        "UNWIND $iris AS iri MATCH (d:Document {iri: iri}) DETACH DELETE d",
                        {"iris": [r[KEY] for r in committed]},
                    ).consume()
                )
        finally:
            driver.close()
