"""End-to-end `vankien build` on a generated corpus: throughput, peak memory, stages, incremental, trace, recall.

Usage: python bench/build_bench.py [--mb 100] [--dir /tmp/vankien-bench] [--jobs 1,2] [--skip-trace]

Generates ``DIR/c<MB>`` with bench/generate.py (once), then for each job count runs a full build
(``--no-cache``) in a subprocess and prints wall time, MB/s, the seconds of each stage (from report.json) and
peak memory: the largest single process (getrusage of the children) and the peak sum over the build's process
tree (sampled from /proc: shared pages of forked workers are counted in each, so it overestimates). Then an
incremental rebuild after adding 1% new articles (ratio to the full build), `vankien trace` latency (loading
the networkx view the build saved, then find + tree per query) and the extractor's recall on the
planted truth (a sample). Usage: [--skip-builds] [--trace-graph G] to time only trace and recall.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from generate import generate, read_truth, score  # noqa: E402

VANKIEN = [sys.executable, "-c", "from vankien.cli import app; app()"]


def tree_rss(pid: int) -> int:
    """Resident memory of a process and its descendants, in bytes (0 once it is gone)."""
    total, pending = 0, [pid]
    while pending:
        current = pending.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            total += next(
                int(line.split()[1]) * 1024 for line in status.splitlines() if line.startswith("VmRSS")
            )
            for task in Path(f"/proc/{current}/task").iterdir():
                pending += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, StopIteration, ValueError):
            continue
    return total


def run_build(corpus: Path, out: Path, *options: str) -> dict[str, float]:
    """One `vankien build` in a subprocess: wall seconds, peak tree RSS, the report's stage timings."""
    command = [*VANKIEN, "build", str(corpus), "--out", str(out), *options]
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = [0]

    def sample() -> None:
        while process.poll() is None:
            peak[0] = max(peak[0], tree_rss(process.pid))
            time.sleep(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = process.communicate()
    wall = time.perf_counter() - start
    sampler.join()
    if process.returncode not in (0, 2):
        raise SystemExit(f"build failed ({process.returncode}): {err.decode()[-2000:]}")
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    return {"wall": wall, "tree_peak": peak[0], **report["timings"], "quads": report["quads"]}


def corpus_megabytes(corpus: Path) -> float:
    return sum(p.stat().st_size for p in corpus.rglob("*.txt")) / 1e6


def print_build(label: str, megabytes: float, figures: dict[str, float]) -> None:
    stages = ", ".join(f"{k} {v:.1f}s" for k, v in figures.items() if k not in ("wall", "tree_peak", "quads"))
    sinks = [v for k, v in figures.items() if k.startswith("sinks: ")]  # a stage a sink (the first: index)
    if sinks:
        stages += f"; sinks in all {sum(sinks):.1f}s"
    print(
        f"{label}: {figures['wall']:.1f} s, {megabytes / figures['wall']:.2f} MB/s, "
        f"peak tree RSS {figures['tree_peak'] / 1e9:.2f} GB, {figures['quads']:.0f} quads\n    {stages}"
    )


def incremental(base: Path, corpus: Path, out: Path, full_wall: float) -> None:
    """Build with the cache, add 1% new articles, build again; the new batch is removed afterwards."""
    run_build(corpus, out, "--jobs", "2")
    megabytes = corpus_megabytes(corpus)
    # new documents with four-digit numbers no base document reaches (documents are numbered per province and type)
    generate(base, megabytes / 100, seed=99, batch="b1", number_base=5001)
    try:
        figures = run_build(corpus, out, "--jobs", "2")
        print_build("incremental (+1% articles, --jobs 2)", megabytes * 1.01, figures)
        print(f"    ratio to the full --jobs 2 build: {figures['wall'] / full_wall:.1%}")
    finally:
        shutil.rmtree(corpus / "b1")
        (base / "truth" / "b1.jsonl").unlink()


def trace_latency(graph: Path) -> None:
    """What `vankien trace` does after loading the networkx view the build saved beside the graph: find the
    document, build its tree; cold and warm medians as bench/trace_bench.py prints them (which also times a
    graph of 100,000+ documents)."""
    from trace_bench import trace_report

    trace_report(graph)


def recall(base: Path, corpus: Path, articles: int = 2000) -> None:
    from loaders.extract import extract
    from loaders.model import Article
    from loaders.read import read_inputs

    found = {}
    for article in read_inputs([corpus]):
        if isinstance(article, Article):
            result = extract(article)
            symbol = {d.local_id: d.symbol for d in result.documents}
            pairs = {
                (symbol[r.subject], symbol[r.object]) for r in result.relations if r.predicate == "implements"
            }
            found[article.id] = ({s for s in symbol.values() if s}, pairs)
            if len(found) >= articles:
                break
    truth = [record for record in read_truth(base) if record["id"] in found]
    result = score(truth, found)
    print(
        f"recall on {len(found)} articles: documents {result.documents:.3f} "
        f"({result.documents_found}/{result.documents_planted}), implements {result.implements:.3f} "
        f"({result.implements_found}/{result.implements_planted})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--mb", type=float, default=100.0)
    parser.add_argument("--dir", type=Path, default=Path("/tmp/vankien-bench"))
    parser.add_argument("--jobs", default="1,2", help="job counts to time, comma-separated")
    parser.add_argument("--skip-builds", action="store_true", help="only trace and recall")
    parser.add_argument("--trace-graph", type=Path, help="time `trace` on this graph instead of the build's")
    parser.add_argument("--skip-trace", action="store_true", help="do not time `vankien trace`")
    args = parser.parse_args()
    base = args.dir / f"c{args.mb:g}"
    corpus = base / "articles"
    if not corpus.is_dir():
        start = time.perf_counter()
        count, size = generate(base, args.mb, seed=1)
        print(f"generated {count} articles, {size / 1e6:.1f} MB in {time.perf_counter() - start:.1f} s")
    megabytes = corpus_megabytes(corpus)
    print(f"corpus {corpus}: {megabytes:.1f} MB")
    walls = {}
    for jobs in [] if args.skip_builds else args.jobs.split(","):
        out = args.dir / f"out-{args.mb:g}-j{jobs}"
        figures = run_build(corpus, out, "--jobs", jobs, "--no-cache")
        walls[jobs] = figures["wall"]
        print_build(f"full build --jobs {jobs}", megabytes, figures)
    if walls:
        largest = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1e6
        print(f"largest single process so far: {largest:.2f} GB")
        incremental(base, corpus, args.dir / f"out-{args.mb:g}-inc", walls.get("2", max(walls.values())))
    graph = args.trace_graph or args.dir / f"out-{args.mb:g}-inc" / "graph.trig"
    if not args.skip_trace:
        trace_latency(graph)
    recall(base, corpus)


if __name__ == "__main__":
    main()
