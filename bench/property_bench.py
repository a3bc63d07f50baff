"""Benchmark of the property-graph sink on a synthetic 100k-document graph (rows generated directly, no RDF).

Prints: the size of the graph; the time to load it into a fresh embedded database (LadybugDB) through the
writer's batched UNWIND statements (node upsert by default, ``--merge`` for node MERGE), and to load it again
(the idempotent pass: everything matches); the latency of every named query (median of a few runs).
Run: ``.venv/bin/python bench/property_bench.py [--documents N] [--batch-size N] [--merge]``. Timings depend
on the machine; they are printed, never asserted.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TypeVar

from graph.cypher import count_statement
from graph.ladybug_sink import LadybugReader, load_into_ladybug
from graph.property import NODE_KINDS, REL_KINDS, PropertyGraph, Row
from queries.runner import load_queries, run_cypher

T = TypeVar("T")
ID = "https://w3id.org/vankien/id/"
PROVINCES = 63
CENTRAL_SHARE = 0.02  # central documents among all documents
SENTENCE = "Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số {n}-KH/TU thực hiện {target}, với các nhiệm vụ cụ thể."


def synthetic_graph(documents: int, seed: int = 7) -> PropertyGraph:
    """Central documents, local ones in 63 provinces implementing a central or an earlier local document,
    issuers, articles that mention them; every row has every property, as graph.property produces them."""
    rng = random.Random(seed)
    central = max(1, int(documents * CENTRAL_SHARE))
    docs = [_document(i, i < central, rng) for i in range(documents)]
    orgs = [_organisation(p, kind) for p in range(PROVINCES) for kind in ("tinh-uy", "btv", *range(10))]
    orgs += [_organisation(None, "bch"), _organisation(None, "bct")]
    articles = [_article(i) for i in range(documents // 5)]
    rels: dict[str, list[Row]] = {t: [] for t in REL_KINDS}
    for i, doc in enumerate(docs):
        rels["ISSUED_BY"].append(_edge(doc["iri"], _issuer(doc, i), "issued_by"))
        for article in rng.sample(range(len(articles)), k=1 + (i % 3 == 0)):
            rels["MENTIONED_IN"].append(
                {
                    "src": doc["iri"],
                    "dst": articles[article]["iri"],
                    "surfaces": [doc["symbol"]],
                    "rules": ["m"],
                }
            )
        if i >= central:
            for target in _targets(i, central, rng):
                rels["IMPLEMENTS"].append(_implements(doc, docs[target]))
            if i % 20 == 0 and i > central:
                rels["BASED_ON"].append(_edge(doc["iri"], docs[rng.randrange(central, i)]["iri"], "based_on"))
    for org in orgs:
        if org["province"] is not None and not org["iri"].endswith("/tinh-uy"):
            rels["SUB_ORGANIZATION_OF"].append(
                _edge(org["iri"], org["iri"].rsplit("/", 1)[0] + "/tinh-uy", "sub")
            )
    nodes = {"Document": tuple(docs), "Organisation": tuple(orgs), "Article": tuple(articles)}
    return PropertyGraph(nodes, {t: tuple(rows) for t, rows in rels.items()})


def _document(i: int, central: bool, rng: random.Random) -> Row:
    issued = date(2000, 1, 1) + timedelta(days=rng.randrange(25 * 365))
    province = None if central else f"Tỉnh {i % PROVINCES:02d}"
    scope = "tw" if central else f"p{i % PROVINCES:02d}"
    symbol = f"{i}-KH/{'TW' if central else 'TU'}"
    return {
        "iri": f"{ID}doc/{scope}/kh-{i}-{issued.year}", "type": "plan", "number": str(i), "symbol": symbol,
        "organ": "TW" if central else "TU", "date": None if rng.random() < 0.2 else issued.isoformat(),
        "year": issued.year, "level": "central" if central else rng.choice(("provincial", "district")),
        "province": province, "subject": "về nhiệm vụ trọng tâm", "term": None, "label": f"Kế hoạch {symbol}",
        "issuer": "Tỉnh ủy",
    }  # fmt: skip


def _organisation(province: int | None, kind: object) -> Row:
    scope = "tw" if province is None else f"p{province:02d}"
    level = "central" if province is None else "provincial"
    name = None if province is None else f"Tỉnh {province:02d}"
    return {"iri": f"{ID}org/{scope}/{kind}", "label": str(kind), "level": level, "province": name}


def _article(i: int) -> Row:
    province = f"Tỉnh {i % PROVINCES:02d}"
    return {"iri": f"{ID}article/a{i}", "source_id": f"a{i}", "source": f"news/a{i}.html",
            "province": province, "published": "2023-01-01", "publisher": None, "title": None}  # fmt: skip


def _issuer(doc: Row, i: int) -> str:
    if doc["province"] is None:
        return f"{ID}org/tw/{'bct' if i % 2 else 'bch'}"
    return f"{ID}org/p{i % PROVINCES:02d}/{'btv' if i % 3 else 'tinh-uy'}"


def _targets(i: int, central: int, rng: random.Random) -> set[int]:
    """A central document (40%) or an earlier local document of the same province; sometimes two."""
    found = set()
    for _ in range(1 + (rng.random() < 0.2)):
        if rng.random() < 0.4 or i - PROVINCES < central:
            found.add(rng.randrange(central))
        else:
            found.add(i - PROVINCES * rng.randint(1, max(1, (i - central) // PROVINCES)))
    return found


def _edge(src: str, dst: str, rule: str) -> Row:
    return {"src": src, "dst": dst, "articles": [f"{ID}article/a1"], "sources": ["news/a1.html"],
            "sentences": [SENTENCE.format(n=1, target=dst)], "rules": [rule]}  # fmt: skip


def _implements(doc: Row, target: Row) -> Row:
    lag = None
    if doc["date"] and target["date"]:
        lag = (date.fromisoformat(doc["date"]) - date.fromisoformat(target["date"])).days
    return {**_edge(doc["iri"], target["iri"], "implements"), "lag_days": lag}


def timed(action: Callable[[], T]) -> tuple[float, T]:
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


def query_latencies(path: Path, graph: PropertyGraph, runs: int = 3) -> list[tuple[str, float, int]]:
    central = graph.nodes["Document"][0]["iri"]
    deep = graph.nodes["Document"][-1]["iri"]
    params = {
        "implementers": {"doc": central}, "chain_up": {"doc": deep}, "coverage": {"doc": central},
        "issued_by": {"org": f"{ID}org/p01/btv"}, "province_profile": {"province": "Tỉnh 01"},
    }  # fmt: skip
    found = []
    with LadybugReader(path) as engine:
        for name, query in sorted(load_queries().items()):
            times, rows = [], 0
            for _ in range(runs):
                elapsed, table = timed(lambda q=query, n=name: run_cypher(q, params.get(n, {}), engine))
                times.append(elapsed)
                rows = len(table.rows)
            found.append((name, statistics.median(times), rows))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--batch-size", type=int, default=1000)
    parser.add_argument("--merge", action="store_true", help="node MERGE statements instead of upsert")
    args = parser.parse_args()
    elapsed, graph = timed(lambda: synthetic_graph(args.documents))
    nodes, rels = graph.node_count(), graph.relationship_count()
    print(f"graph: {nodes:,} nodes, {rels:,} relationships (generated in {elapsed:.1f} s)")
    for target, rows in {**graph.nodes, **graph.relationships}.items():
        print(f"  {target:<20} {len(rows):>9,}")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.lbug"
        elapsed, report = timed(lambda: load_into_ladybug(graph, path, args.batch_size, merge=args.merge))
        print(
            f"UNWIND load ({'MERGE' if args.merge else 'upsert'} nodes), fresh database, batch {args.batch_size}: "
            f"{elapsed:.1f} s "
            f"({(nodes + rels) / elapsed:,.0f} rows/s; created {report.nodes_created:,} nodes, "
            f"{report.relationships_created:,} relationships)"
        )
        elapsed, report = timed(lambda: load_into_ladybug(graph, path, args.batch_size, merge=args.merge))
        created = report.nodes_created + report.relationships_created
        print(f"UNWIND load again (idempotent, all matched): {elapsed:.1f} s (created {created})")
        with LadybugReader(path) as engine:
            stored = {t: engine.run(count_statement(t)).rows[0][0] for t in (*NODE_KINDS, *REL_KINDS)}
        print(f"stored: {sum(stored.values()):,} rows; database file {path.stat().st_size / 1e6:.0f} MB")
        print("named queries (median of 3 runs, parameters resolved in Python first):")
        for name, latency, rows in query_latencies(path, graph):
            print(f"  {name:<18} {latency * 1000:>8.0f} ms  {rows:>7,} rows")


if __name__ == "__main__":
    main()
