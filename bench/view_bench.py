"""Print how the HTML view (graph/view.py) copes with a big graph: render time, file size, layout time.

Usage: .venv/bin/python bench/view_bench.py [NODES ...]   (default: 2000)
The synthetic graph is shaped like the networkx view of a national corpus: 40 central documents and the
Politburo / Central Committee, then 63 provinces, each with two organisations and local documents that
implement central ones (and sometimes each other), with an evidence sentence per edge. The browser is Debian's
chromium (headless, offline); "ready" is the time from navigation until the page reports vis-network's
stabilizationIterationsDone (physics is then frozen past 500 nodes), or for a tree (no physics) its first
drawing.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

from graph.view import render_html, write_html

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]  # fmt: skip
TYPES = ("plan", "plan", "plan", "action_programme", "resolution", "directive", "conclusion", "guideline")
PROVINCES = 63


def synthetic_view(nodes: int, seed: int = 7) -> nx.MultiDiGraph:
    """About ``nodes`` nodes: central documents and organisations, then provinces filled round-robin."""
    rng = random.Random(seed)
    g = nx.MultiDiGraph()
    central = [f"tw/doc-{i}" for i in range(40)]
    for i, iri in enumerate(central):
        g.add_node(iri, kind="document", label=f"{i + 1}-NQ/TW", type=("resolution", "conclusion")[i % 2],
                   level="central", date=f"20{10 + i % 14}-0{1 + i % 9}-15",
                   subject="xây dựng, chỉnh đốn Đảng")  # fmt: skip
    for org in ("tw/bo-chinh-tri", "tw/bch-tw"):
        g.add_node(org, kind="organisation", label=org.split("/")[1], level="central", province=None)
    for i, iri in enumerate(central):
        g.add_edge(iri, ("tw/bo-chinh-tri", "tw/bch-tw")[i % 2], key="issued_by", evidence=[])
    for p in range(PROVINCES):
        for org in ("btv", "tu"):
            g.add_node(f"p{p}/{org}", kind="organisation", label="Ban Thường vụ Tỉnh ủy" if org == "btv" else
                       "Tỉnh ủy", level="provincial", province=f"Tỉnh {p}")  # fmt: skip
        g.add_edge(f"p{p}/btv", f"p{p}/tu", key="sub_organization_of", evidence=[])
    local: dict[int, list[str]] = {p: [] for p in range(PROVINCES)}
    for n in range(nodes - g.number_of_nodes()):
        p = n % PROVINCES
        iri = f"p{p}/doc-{n}"
        g.add_node(iri, kind="document", label=f"{n}-KH/TU", type=rng.choice(TYPES), level="provincial",
                   province=f"Tỉnh {p}", date=f"20{16 + n % 9}-1{n % 3}-0{1 + n % 9}")  # fmt: skip
        targets = rng.sample(central, rng.choice((1, 1, 2)))
        if local[p] and rng.random() < 0.3:
            targets.append(rng.choice(local[p]))
        for target in targets:
            sentence = (
                f"Kế hoạch {n}-KH/TU được ban hành để thực hiện {g.nodes[target]['label']} của cấp trên."
            )
            evidence = [{"article": f"a{n}", "source": f"corpus/a{n}.txt", "sentence": sentence, "start": 0,
                         "end": len(sentence), "rule": "implements.thuc_hien_frame"}]  # fmt: skip
            g.add_edge(iri, target, key="implements", evidence=evidence, lag_days=rng.randint(10, 900))
        g.add_edge(iri, f"p{p}/btv", key="issued_by", evidence=[])
        local[p].append(iri)
    return g


def time_render(g: nx.MultiDiGraph, tree: bool, runs: int = 3) -> tuple[float, str]:
    best, text = float("inf"), ""
    for _ in range(runs):
        start = time.perf_counter()
        text = render_html(g, tree=tree, max_nodes=g.number_of_nodes() + 1)
        best = min(best, time.perf_counter() - start)
    return best, text


def time_in_browser(paths: list[Path]) -> list[float]:
    """Seconds from navigation until the page reports stabilisation, per file (offline, fresh profile)."""
    from playwright.sync_api import sync_playwright

    seconds = []
    with sync_playwright() as pw, tempfile.TemporaryDirectory() as profile:
        context = pw.chromium.launch_persistent_context(
            profile,
            executable_path=CHROMIUM,
            headless=True,
            args=ARGS,
            viewport={"width": 1280, "height": 800},
        )
        for path in paths:
            page = context.new_page()
            page.route(
                "**/*",
                lambda route: route.continue_() if route.request.url.startswith("file:") else route.abort(),
            )
            start = time.perf_counter()
            page.goto(path.as_uri(), wait_until="commit")
            page.wait_for_selector("html[data-stabilized=true]", state="attached", timeout=600_000)
            seconds.append(time.perf_counter() - start)
            page.screenshot(path=str(path.with_suffix(".png")))
            page.close()
        context.close()
    return seconds


def main(sizes: list[int]) -> None:
    out = Path(tempfile.mkdtemp(prefix="view-bench-"))
    for size in sizes:
        g = synthetic_view(size)
        rows, paths = [], []
        for tree in (False, True):
            seconds, text = time_render(g, tree)
            path = write_html(text, out / f"view-{size}{'-tree' if tree else ''}.html")
            rows.append((tree, seconds, path.stat().st_size))
            paths.append(path)
        layout = time_in_browser(paths)
        print(f"{g.number_of_nodes()} nodes, {g.number_of_edges()} edges")
        for (tree, seconds, size_bytes), browser_seconds in zip(rows, layout, strict=True):
            kind = "tree " if tree else "graph"
            print(f"  {kind}  render_html {seconds:6.2f} s   file {size_bytes / 1e6:5.2f} MB"
                  f"   browser until ready {browser_seconds:6.2f} s")  # fmt: skip
    print(f"pages and screenshots in {out}")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [2000])
