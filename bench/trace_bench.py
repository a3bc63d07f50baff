"""`vankien trace` latency on a graph of 100,000+ documents: loading the saved view, find + tree, the whole CLI.

Usage: python bench/trace_bench.py [--mb 450] [--dir /tmp/vankien-bench]   (generate and build once, then time)
       python bench/trace_bench.py --graph OUT/graph.trig [--cli 5]        (time the view saved beside a graph)

The graph is real, not a synthetic view: bench/generate.py writes ``DIR/c<MB>`` (JSON lines; 450 MB gives
about 79,000 articles and 100,000+ documents), `vankien build --jobs 2 --no-embedded --validate none` turns it
into ``DIR/out-<MB>-trace`` with the networkx view beside the graph; both are kept for the next run. That took
23 minutes on the shared 2-core machine (generation 1.5 min; the build 21.5 min, 16 of them in the sinks that
index the 617 MB graph file and save the view); timing alone takes a minute.

Printed, each a median: the load of the saved view (``--loads`` fresh processes, as a `vankien trace` run
loads it), then per query (a symbol, a mention, one with no implementers), over 21 runs of find + tree:
- **cold**: tracing's index of the view (graph/trace.py ``ViewIndex``) as a `vankien trace` run finds it just
  after the load: holding only the number index saved with the view;
- **new tree**: the index kept but not the trees it keeps (``complete_children``), as a process that has
  answered other queries from the view and traces a document for the first time;
- **warm**: the index kept, trees included: the same query again;
and with ``--cli N``, the whole `vankien trace QUERY --graph GRAPH` command (a process: imports, load, find,
tree, printing the tree), its median over N runs.
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
LOAD = "import sys, time; from pathlib import Path; from graph.network_cache import load_network; " + (
    "start = time.perf_counter(); g = load_network(Path(sys.argv[1])); print(time.perf_counter() - start, g is None)"
)


def time_trace(g: nx.MultiDiGraph, query: str, repeats: int = 21) -> str:
    """One line: cold, new-tree and warm milliseconds of find + tree for ``query``, and the implementers found."""
    from graph.trace import adopt_number_index, find_documents, implementation_tree, number_index, view_index

    saved_numbers = number_index(g)  # what load_network left in the index (read from the file, or a scan)

    def once() -> tuple[float, int]:
        start = time.perf_counter()
        found = find_documents(g, query)
        tree = implementation_tree(g, found[0].iri) if found else None
        return (time.perf_counter() - start) * 1000, tree.size() - 1 if tree else 0

    def cold() -> float:
        g.__networkx_cache__.clear()  # where graph/trace.py keeps the view's index
        adopt_number_index(g, saved_numbers)
        return once()[0]

    def new_tree() -> float:
        view_index(g).complete_children.clear()
        return once()[0]

    size = once()[1]
    cold_median, new_tree_median = median_of(cold, repeats), median_of(new_tree, repeats)
    warm_median = median_of(lambda: once()[0], repeats)
    return (
        f"    {query!r}: cold {cold_median:.1f} ms, new tree {new_tree_median:.1f} ms, "
        f"warm {warm_median:.1f} ms (medians, find + tree), {size} implementers"
    )


def median_of(run: Callable[[], float], repeats: int) -> float:
    return statistics.median(run() for _ in range(repeats))


def load_seconds(graph: Path, runs: int) -> float:
    """The median time ``load_network`` takes in a fresh process (the file in the page cache after the first)."""
    times = []
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, "-c", LOAD, str(graph)], capture_output=True, text=True, check=True
        )
        seconds, missing = done.stdout.split()
        if missing == "True":
            raise SystemExit(f"trace: no usable saved view beside {graph} (build with the default sinks)")
        times.append(float(seconds))
    return statistics.median(times)


def cli_seconds(graph: Path, query: str, runs: int) -> float:
    """The median wall time of the whole `vankien trace QUERY --graph GRAPH` command, output discarded."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(
            [*VANKIEN, "trace", query, "--graph", str(graph)], stdout=subprocess.DEVNULL, check=True
        )
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def trace_report(graph: Path, loads: int = 5, cli_runs: int = 0) -> None:
    """Time the load of the view saved beside ``graph``, each query, and the CLI (see the module's docstring)."""
    from graph.network_cache import load_network

    loaded = load_seconds(graph, loads)
    g = load_network(graph)
    if g is None:
        print(f"trace: no saved view beside {graph} (build with the default sinks)")
        return
    gc.collect()  # the load's garbage, not the queries'
    documents = sum(1 for _, kind in g.nodes(data="kind") if kind == "document")
    print(
        f"trace on {graph}: {documents} documents, the saved view loads in {loaded:.2f} s (median of {loads})"
    )
    for query in QUERIES:
        print(time_trace(g, query))
    for query in QUERIES[:1] if cli_runs else ():
        print(
            f"    `vankien trace {query}`: {cli_seconds(graph, query, cli_runs):.2f} s (median of {cli_runs})"
        )


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
    parser.add_argument("--loads", type=int, default=5, help="processes that time the load")
    parser.add_argument("--cli", type=int, default=0, help="runs of the whole `vankien trace` command")
    args = parser.parse_args()
    trace_report(args.graph or built_graph(args.dir, args.mb), args.loads, args.cli)


if __name__ == "__main__":
    main()
