"""`vankien trace` latency (find + tree, after loading the saved view) on a graph of 100,000+ documents.

Usage: python bench/trace_bench.py [--mb 450] [--dir /tmp/vankien-bench]   (generate and build once, then time)
       python bench/trace_bench.py --graph OUT/graph.trig                  (time the view saved beside a graph)

The graph is real, not a synthetic view: bench/generate.py writes ``DIR/c<MB>`` (JSON lines; 450 MB gives
about 79,000 articles and 100,000+ documents), `vankien build --jobs 2 --no-embedded --validate none` turns it
into ``DIR/out-<MB>-trace`` with the networkx view beside the graph; both are kept for the next run. That took
23 minutes on the shared 2-core machine (generation 1.5 min; the build 21.5 min, 16 of them in the sinks that
index the 617 MB graph file and save the view, 227 MB); timing alone takes seconds.

Per query (a symbol, a mention, and one with no implementers), the median of 21 runs of find + tree:
- **cold**: the index tracing keeps per view (graph/trace.py ``ViewIndex``: documents by number, built by a
  scan of every node; each document's summary and implementers as the walk first reaches them) emptied before
  each run: what one `vankien trace` run pays after loading the view;
- **warm**: the index kept, as in a process that answers several queries from one view.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import networkx as nx

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from generate import generate  # noqa: E402

QUERIES = ("21-KL/TW", "57-NQ/TW", "Kế hoạch 03")
VANKIEN = [sys.executable, "-c", "from vankien.cli import app; app()"]


def time_trace(g: nx.MultiDiGraph, query: str, repeats: int = 21) -> str:
    """One line: cold and warm milliseconds of find + tree for ``query``, and the implementers found."""
    from graph.trace import find_documents, implementation_tree

    def once() -> tuple[float, int]:
        start = time.perf_counter()
        found = find_documents(g, query)
        tree = implementation_tree(g, found[0].iri) if found else None
        return (time.perf_counter() - start) * 1000, tree.size() - 1 if tree else 0

    def cold() -> float:
        g.__networkx_cache__.clear()  # where graph/trace.py keeps the view's index
        return once()[0]

    size = once()[1]
    cold_median = median_of(cold, repeats)
    warm_median = median_of(lambda: once()[0], repeats)
    return (
        f"    {query!r}: cold median {cold_median:.1f} ms, warm median {warm_median:.1f} ms (find + tree), "
        f"{size} implementers"
    )


def median_of(run: Callable[[], float], repeats: int) -> float:
    return statistics.median(run() for _ in range(repeats))


def trace_report(graph: Path) -> None:
    """Load the view saved beside ``graph`` and time each query (see the module's docstring)."""
    from graph.network_cache import load_network

    start = time.perf_counter()
    g = load_network(graph)
    if g is None:
        print(f"trace: no saved view beside {graph} (build with the default sinks)")
        return
    loaded = time.perf_counter() - start
    gc.collect()  # the load's garbage, not the queries'
    documents = sum(1 for _, kind in g.nodes(data="kind") if kind == "document")
    print(f"trace on {graph}: {documents} documents, the saved view loads in {loaded:.2f} s")
    for query in QUERIES:
        print(time_trace(g, query))


def built_graph(base: Path, mb: float) -> Path:
    """``DIR/out-<MB>-trace/graph.trig``, generating the corpus and building it first if needed."""
    corpus = base / f"c{mb:g}"
    if not (corpus / "articles").is_dir():
        start = time.perf_counter()
        count, size = generate(corpus, mb, seed=1, fmt="jsonl")
        print(f"generated {count} articles, {size / 1e6:.1f} MB in {time.perf_counter() - start:.1f} s")
    out = base / f"out-{mb:g}-trace"
    if not (out / "graph.network.json").is_file():
        start = time.perf_counter()
        options = ["--jobs", "2", "--no-embedded", "--validate", "none"]
        subprocess.run(
            [*VANKIEN, "build", str(corpus / "articles"), "--out", str(out), *options], check=False
        )
        print(f"built {out} in {time.perf_counter() - start:.1f} s")
    return out / "graph.trig"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--graph", type=Path, help="time the view saved beside this graph; nothing is built")
    parser.add_argument("--mb", type=float, default=450.0, help="corpus size to generate and build")
    parser.add_argument("--dir", type=Path, default=Path("/tmp/vankien-bench"))
    args = parser.parse_args()
    trace_report(args.graph or built_graph(args.dir, args.mb))


if __name__ == "__main__":
    main()
