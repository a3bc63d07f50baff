"""`write_embedded` bulk-loads the new database with COPY from CSV files (graph/ladybug_copy.py): the database
holds exactly what the UNWIND writer (`load_into_ladybug`) stores, every node and relationship with every
property, on the fixture corpus, the seeds, a generated corpus and rows of hostile text; tables COPY cannot
express go through the writer; a failure keeps the old database and no file is left behind."""

from __future__ import annotations

import itertools
import logging
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from property_corpus import HOSTILE, ID

from graph.cypher import BatchFailed
from graph.ladybug_copy import LIST_SEPARATOR
from graph.ladybug_sink import LadybugReader, bulk_load, load_into_ladybug, write_embedded
from graph.property import KEY, NODE_KINDS, REL_KINDS, PropertyGraph, Row
from graph.triple_index import property_graph_from_index, read_index
from vankien.build import BuildRequest, build_graph

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from generate import generate  # noqa: E402

Rows = dict[str, list[str]]


def every_row(path: Path) -> Rows:
    """Every node and relationship with all its properties, as sorted reprs: equal only if the values and
    their types are (``""`` is not None, ``1`` is not ``"1"``, list order counts), duplicates included."""
    found: Rows = {}
    with LadybugReader(path) as db:
        for label, kind in NODE_KINDS.items():
            columns = ", ".join(f"n.{name}" for name in (KEY, *(p.name for p in kind.properties)))
            found[label] = sorted(map(repr, db.run(f"MATCH (n:{label}) RETURN {columns}").rows))
        for rel_type, rel in REL_KINDS.items():
            columns = ", ".join(["a.iri", "b.iri", *(f"r.{p.name}" for p in rel.properties)])
            text = f"MATCH (a:{rel.source})-[r:{rel_type}]->(b:{rel.target}) RETURN {columns}"
            found[rel_type] = sorted(map(repr, db.run(text).rows))
    return found


def rows_of(graph: PropertyGraph) -> Rows:
    """What ``every_row`` reads back when every row of ``graph`` is stored as it is."""
    found: Rows = {}
    for label, kind in NODE_KINDS.items():
        names = (KEY, *(p.name for p in kind.properties))
        found[label] = sorted(
            repr(tuple(_listed(row[n]) for n in names)) for row in graph.nodes.get(label, ())
        )
    for rel_type, rel in REL_KINDS.items():
        names = ("src", "dst", *(p.name for p in rel.properties))
        rows = graph.relationships.get(rel_type, ())
        found[rel_type] = sorted(repr(tuple(_listed(row[n]) for n in names)) for row in rows)
    return found


def _listed(value: object) -> object:
    return list(value) if isinstance(value, tuple) else value


def both_ways(graph: PropertyGraph, folder: Path) -> tuple[Rows, Rows]:
    """(what the UNWIND writer stores, what write_embedded's COPY stores)."""
    load_into_ladybug(graph, folder / "unwind.lbug")
    return every_row(folder / "unwind.lbug"), every_row(write_embedded(graph, folder / "copy"))


def fallbacks(caplog: pytest.LogCaptureFixture) -> list[str]:
    """The tables the bulk load handed to the UNWIND writer."""
    return [
        r.args[0] for r in caplog.records if r.name == "graph.ladybug_copy" and r.levelno == logging.WARNING
    ]


# --- graphs --------------------------------------------------------------------------------------------------

TEXTS = (
    "",
    'he said "yes", then left',
    "line\nbreak\r\nand\rreturn",
    "tab\there",
    "back\\slash\\",
    '"',
    '""',
    ",",
    "~",
    "~~x",
    " padded ",
    "\\N",
    "NULL",
    "2021-1-1",
    "007",
    "[a, b]",
    "it's",
    "nul\x00inside",
    'Nghị quyết số 21-KL/TW của Bộ Chính trị về công tác cán bộ, "đợt 2"',
    "😀 Đà Nẵng",
    "\x1e",
    HOSTILE,
)


def _document(iri: str, **values: object) -> Row:
    return {KEY: iri, **dict.fromkeys(p.name for p in NODE_KINDS["Document"].properties), **values}


def _evidence(*lists: list[str] | None) -> Row:
    return dict(zip(("articles", "sources", "sentences", "rules"), lists, strict=True))


def hostile_graph() -> PropertyGraph:
    """Every kind of value in every property: hostile text, "" and None, extreme integers, empty lists,
    lists of empty strings, a null list; keys with quotes, newlines and commas."""
    docs = [ID + f"doc/x/{i}" for i in range(len(TEXTS))] + [ID + 'doc/"q",\n1', ID + "doc/it's"]
    strings = [p.name for p in NODE_KINDS["Document"].properties if p.kind == "string"]
    documents = [
        _document(iri, **dict.fromkeys(strings, TEXTS[i % len(TEXTS)])) for i, iri in enumerate(docs)
    ]
    for row, year in zip(documents, (2021, None, -(2**63), 2**63 - 1, 0), strict=False):
        row["year"] = year
    documents[-1]["subject"] = f"the list separator {LIST_SEPARATOR} is plain text outside lists"
    organisations = [
        {KEY: ID + f"org/{i}", "label": t, "level": t or None, "province": t} for i, t in enumerate(TEXTS)
    ]
    article_names = [p.name for p in NODE_KINDS["Article"].properties]
    articles = [{KEY: ID + f"article/{i}", **dict.fromkeys(article_names, t)} for i, t in enumerate(TEXTS)]
    lists: list[list[str] | None] = [list(TEXTS), [], [""], ["", ""], None, ["~", "~~", ","], [TEXTS[2]]]
    lags = (None, -5, 0, 2**63 - 1, -(2**63))
    implements = [
        {"src": docs[i], "dst": docs[i + 1], "lag_days": lags[i % len(lags)], **_evidence(*_rotate(lists, i))}
        for i in range(len(docs) - 1)
    ]
    return PropertyGraph(
        {"Document": tuple(documents), "Organisation": tuple(organisations), "Article": tuple(articles)},
        {
            "IMPLEMENTS": tuple(implements),
            "BASED_ON": tuple(
                {**row, "src": row["dst"], "dst": row["src"]} for row in _without_lag(implements)
            ),
            "ISSUED_BY": tuple(
                {"src": d, "dst": o[KEY], **_evidence(*_rotate(lists, i))}
                for i, (d, o) in enumerate(zip(docs, organisations, strict=False))
            ),
            "SUB_ORGANIZATION_OF": tuple(
                {"src": a[KEY], "dst": b[KEY], **_evidence(*_rotate(lists, i + 3))}
                for i, (a, b) in enumerate(itertools.pairwise(organisations))
            ),
            "MENTIONED_IN": tuple(
                {
                    "src": d,
                    "dst": a[KEY],
                    "surfaces": lists[i % len(lists)],
                    "rules": lists[(i + 1) % len(lists)],
                }
                for i, (d, a) in enumerate(zip(docs, articles, strict=False))
            ),
        },
    )


def _rotate(lists: list[list[str] | None], start: int) -> list[list[str] | None]:
    return [lists[(start + k) % len(lists)] for k in range(4)]


def _without_lag(rows: list[Row]) -> list[Row]:
    return [{k: v for k, v in row.items() if k != "lag_days"} for row in rows]


@pytest.fixture(scope="module")
def seeds_pg(tmp_path_factory: pytest.TempPathFactory) -> PropertyGraph:
    return _built(ROOT / "seeds", tmp_path_factory.mktemp("seeds") / "out")


@pytest.fixture(scope="module")
def generated_pg(tmp_path_factory: pytest.TempPathFactory) -> PropertyGraph:
    corpus = tmp_path_factory.mktemp("generated")
    generate(corpus, 0.25, seed=11)
    return _built(corpus / "articles", tmp_path_factory.mktemp("generated-build") / "out")


def _built(corpus: Path, out: Path) -> PropertyGraph:
    """The property graph as the build's sink computes it: from the graph file the build wrote."""
    build_graph(BuildRequest(paths=(corpus,), out=out, jobs=1, use_cache=False, validation="none", sinks=()))
    return property_graph_from_index(read_index(out / "graph.trig"))


@pytest.fixture(scope="module")
def hostile_pg() -> PropertyGraph:
    return hostile_graph()


# --- the same database both ways -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "graph_fixture",
    [
        pytest.param("pg", id="fixture-corpus"),
        pytest.param("seeds_pg", id="seeds"),
        pytest.param("generated_pg", id="generated-corpus"),
        pytest.param("hostile_pg", id="hostile-rows"),
    ],
)
def test_copy_stores_exactly_what_the_unwind_writer_stores(
    graph_fixture: str, request: pytest.FixtureRequest, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    graph: PropertyGraph = request.getfixturevalue(graph_fixture)
    caplog.set_level(logging.INFO)
    unwind, copied = both_ways(graph, tmp_path)
    assert copied == unwind
    assert copied == rows_of(graph)  # and both are the rows as given, value for value
    assert fallbacks(caplog) == []  # every table went through COPY
    assert copied["Document"] and copied["IMPLEMENTS"] and copied["MENTIONED_IN"]
    assert sorted(p.name for p in (tmp_path / "copy").iterdir()) == ["graph.lbug"]  # no CSV file left


def _repeat_a_document(graph: PropertyGraph) -> PropertyGraph:
    first = graph.nodes["Document"][0]
    return PropertyGraph(
        {**graph.nodes, "Document": (*graph.nodes["Document"], {**first, "label": "last"})},
        graph.relationships,
    )


def _dangling_implements(graph: PropertyGraph) -> PropertyGraph:
    row = {**graph.relationships["IMPLEMENTS"][0], "dst": ID + "doc/nowhere"}
    return _with_rows(graph, "IMPLEMENTS", (*graph.relationships["IMPLEMENTS"], row))


def _repeated_mention(graph: PropertyGraph) -> PropertyGraph:
    row = {**graph.relationships["MENTIONED_IN"][0], "surfaces": ["again"], "rules": ["r"]}
    return _with_rows(graph, "MENTIONED_IN", (*graph.relationships["MENTIONED_IN"], row))


def _separator_in_a_list(graph: PropertyGraph) -> PropertyGraph:
    row = {**graph.relationships["ISSUED_BY"][0]}
    row["sentences"] = [f"a{LIST_SEPARATOR}b", ""]
    row["articles"], row["sources"], row["rules"] = ["x", "y"], ["", ""], ["r1", "r2"]
    return _with_rows(graph, "ISSUED_BY", (row, *graph.relationships["ISSUED_BY"][1:]))


def _with_rows(graph: PropertyGraph, rel_type: str, rows: tuple[Row, ...]) -> PropertyGraph:
    return PropertyGraph(graph.nodes, {**graph.relationships, rel_type: rows})


FALLBACKS = [
    pytest.param(_repeat_a_document, "Document", id="repeated-key-last-row-wins"),
    pytest.param(_dangling_implements, "IMPLEMENTS", id="relationship-to-no-node-is-dropped"),
    pytest.param(_repeated_mention, "MENTIONED_IN", id="repeated-relationship"),
    pytest.param(_separator_in_a_list, "ISSUED_BY", id="list-element-with-the-separator"),
]


@pytest.mark.parametrize(("change", "table"), FALLBACKS)
def test_a_table_copy_cannot_express_goes_through_the_unwind_writer(
    change: Callable[[PropertyGraph], PropertyGraph],
    table: str,
    hostile_pg: PropertyGraph,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO)
    unwind, copied = both_ways(change(hostile_pg), tmp_path)
    assert copied == unwind
    assert fallbacks(caplog) == [table]  # that table alone; the others were copied


class Streamed:
    """``graph``'s rows as ``PropertyTables`` gives them to the build's sink: made again at each read, which
    is a single pass (counted)."""

    def __init__(self, graph: PropertyGraph) -> None:
        self.graph = graph
        self.reads: Counter[str] = Counter()

    @property
    def node_labels(self) -> tuple[str, ...]:
        return tuple(self.graph.nodes)

    @property
    def relationship_types(self) -> tuple[str, ...]:
        return tuple(self.graph.relationships)

    def node_rows(self, label: str) -> Iterator[Row]:
        self.reads[label] += 1
        return iter(self.graph.nodes[label])

    def relationship_rows(self, rel_type: str) -> Iterator[Row]:
        self.reads[rel_type] += 1
        return iter(self.graph.relationships[rel_type])


@pytest.mark.parametrize(("change", "table"), [pytest.param(None, None, id="every-table-copied"), *FALLBACKS])
def test_rows_made_while_they_are_read_are_read_once_and_stored_alike(
    change: Callable[[PropertyGraph], PropertyGraph] | None,
    table: str | None,
    hostile_pg: PropertyGraph,
    tmp_path: Path,
) -> None:
    """The build's sink hands the bulk load rows it makes as they are read (``PropertyTables``): each table
    is read once, while its file is written, and again only to go through the UNWIND writer."""
    graph = hostile_pg if change is None else change(hostile_pg)
    streamed = Streamed(graph)
    bulk_load(streamed, tmp_path / "streamed.lbug", tmp_path)
    load_into_ladybug(graph, tmp_path / "unwind.lbug")
    assert every_row(tmp_path / "streamed.lbug") == every_row(tmp_path / "unwind.lbug")
    assert streamed.reads == {name: 1 + (name == table) for name in (*graph.nodes, *graph.relationships)}


def test_a_folder_with_quotes_and_glob_characters(hostile_pg: PropertyGraph, tmp_path: Path) -> None:
    out = tmp_path / "out 'x' [1]*{a}?\\b đã"
    assert every_row(write_embedded(hostile_pg, out)) == rows_of(hostile_pg)
    assert sorted(p.name for p in out.iterdir()) == ["graph.lbug"]


def test_a_failure_after_copied_tables_keeps_the_old_database(
    hostile_pg: PropertyGraph, tmp_path: Path
) -> None:
    before = every_row(write_embedded(hostile_pg, tmp_path))
    keyless = {KEY: None, "label": "x", "level": None, "province": None}
    broken = PropertyGraph({**hostile_pg.nodes, "Organisation": (keyless,)}, hostile_pg.relationships)
    with pytest.raises(BatchFailed):  # Document was copied, then Organisation fails
        write_embedded(broken, tmp_path)
    assert every_row(tmp_path / "graph.lbug") == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.lbug"]  # no temporary folder, no CSV file


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    text=st.text(st.characters(blacklist_categories=("Cs",)), max_size=40),
    elements=st.lists(st.text(st.characters(blacklist_categories=("Cs",)), max_size=12), max_size=4),
)
def test_any_text_and_list_round_trips(
    text: str, elements: list[str], tmp_path_factory: pytest.TempPathFactory
) -> None:
    a, b = ID + "doc/x/a", ID + "doc/x/b"
    documents = (_document(a, subject=text, label=text, year=2020), _document(b, subject=text[::-1]))
    implements = {
        "src": a,
        "dst": b,
        "lag_days": None,
        **_evidence(elements, elements[::-1], [text, *elements], []),
    }
    graph = PropertyGraph({"Document": documents}, {"IMPLEMENTS": (implements,)})
    out = tmp_path_factory.mktemp("roundtrip")
    assert every_row(write_embedded(graph, out)) == rows_of(graph)
