"""Extraction throughput in one process: MB/s of article text through `loaders.extract.extract`.

Usage: python bench/extract_bench.py [--mb 20] [--profile]
The corpus is the seed articles repeated (each copy a separate Article, as in a real corpus) until it reaches the
requested size. Prints the corpus size, the time, MB/s, articles/s and documents found.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import time
from pathlib import Path

import loaders
from loaders.extract import extract
from loaders.model import Article

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def corpus(megabytes: float) -> list[Article]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    articles: list[Article] = []
    size = 0
    while size < megabytes * 1_000_000:
        for text in texts:
            articles.append(Article(id=f"a{len(articles)}", text=text))
            size += len(text.encode("utf-8"))
    return articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=20.0, help="corpus size in MB of UTF-8 text")
    parser.add_argument("--profile", action="store_true", help="print the 25 most expensive functions")
    args = parser.parse_args()
    articles = corpus(args.mb)
    megabytes = sum(len(a.text.encode("utf-8")) for a in articles) / 1_000_000
    profiler = cProfile.Profile() if args.profile else None
    start = time.perf_counter()
    if profiler:
        profiler.enable()
    documents = sum(len(extract(a).documents) for a in articles)
    if profiler:
        profiler.disable()
    elapsed = time.perf_counter() - start
    engine = "compiled (mypyc)" if loaders.NATIVE.compiled else f"Python sources ({loaders.NATIVE.reason})"
    print(f"corpus: {megabytes:.1f} MB, {len(articles)} articles (seed articles repeated); engine: {engine}")
    print(
        f"extract: {elapsed:.2f} s, {megabytes / elapsed:.1f} MB/s, {len(articles) / elapsed:.0f} articles/s, "
        f"{documents} documents"
    )
    if profiler:
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)


if __name__ == "__main__":
    main()
