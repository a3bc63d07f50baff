"""bench/generate.py: the synthetic corpus is deterministic, readable as planted, and the extractor finds it."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from loaders.extract import extract
from loaders.model import Article
from loaders.read import read_inputs

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from generate import generate, read_truth, score

SIZE_MB = 0.3


def files_of(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def articles_of(out: Path) -> list[Article]:
    return [a for a in read_inputs([out / "articles"]) if isinstance(a, Article)]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("generated")
    generate(out, SIZE_MB, seed=7)
    return out


def test_the_same_seed_writes_the_same_bytes(corpus: Path, tmp_path: Path) -> None:
    generate(tmp_path / "again", SIZE_MB, seed=7)
    generate(tmp_path / "other", SIZE_MB, seed=8)
    assert files_of(corpus) == files_of(tmp_path / "again")
    assert files_of(corpus) != files_of(tmp_path / "other")


def test_the_size_is_what_was_asked(corpus: Path) -> None:
    size = sum(len(a.text.encode("utf-8")) for a in articles_of(corpus))
    assert SIZE_MB * 1e6 <= size < SIZE_MB * 1e6 + 20_000  # stops after the article that reaches the size


def test_each_folder_has_its_province_and_every_truth_id_is_an_article(corpus: Path) -> None:
    articles = articles_of(corpus)
    truth = read_truth(corpus)
    assert [a.id for a in articles] == sorted(r["id"] for r in truth)  # files are read in name order
    province_of = {r["id"]: r["province"] for r in truth}
    assert all(a.province == province_of[a.id] for a in articles)
    sidecars = list((corpus / "articles").rglob("metadata.json"))
    assert len(sidecars) == len({p.parent for p in (corpus / "articles").rglob("*.txt")})
    planted = [d for r in truth for d in r["documents"]]
    assert {d["type"] for d in planted} >= {"plan", "action_programme"}
    assert all(d["date"] > "2012" and d["symbol"].endswith("/TU") for d in planted)


def test_articles_carry_page_furniture_and_noise(corpus: Path) -> None:
    text = articles_of(corpus)[0].text
    assert "Gửi phản hồi" in text and "In bài viết" in text and "Bình luận" in text


def test_jsonl_format_has_the_same_truth_ids(tmp_path: Path) -> None:
    generate(tmp_path, 0.05, seed=3, fmt="jsonl", batch="j")
    ids = [a.id for a in articles_of(tmp_path)]
    assert sorted(ids) == sorted(r["id"] for r in read_truth(tmp_path))
    record = json.loads(next((tmp_path / "articles" / "j").glob("*.jsonl")).read_text().splitlines()[0])
    assert record["source"]["province"]


def test_the_extractor_finds_what_was_planted(corpus: Path) -> None:
    found = {}
    for article in articles_of(corpus):
        result = extract(article)
        symbol = {d.local_id: d.symbol for d in result.documents}
        pairs = {
            (symbol[r.subject], symbol[r.object]) for r in result.relations if r.predicate == "implements"
        }
        found[article.id] = ({s for s in symbol.values() if s}, pairs)
    recall = score(read_truth(corpus), found)
    assert recall.documents_planted > 50 and recall.implements_planted > 50
    assert recall.documents >= 0.9, recall
    assert recall.implements >= 0.9, recall
