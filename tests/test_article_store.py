"""The build resolves light copies of the extractions and keeps the full ones on disk (vankien/article_store.py):
the light copies must resolve exactly as the full ones, and what the store restores must be what a resolution of
the full extractions holds, in this process and in forked workers."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import loaders.extract
from loaders.model import Article, Extraction
from loaders.read import read_inputs
from loaders.resolve import Resolution, resolve_corpus
from vankien import build_rdf
from vankien.article_store import ArticleStore
from vankien.build import BuildRequest, build_graph
from vankien.cache import pack_one
from vankien.light import lighten

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from generate import generate  # noqa: E402

# Two articles about one plan: the province of the second comes only from its dateline ("BDK -": Báo Đồng
# Khởi, Bến Tre), which the light copy must keep; the first has it as metadata.
DATELINE = Article(
    "dateline",
    "BDK - Ngày 3/4/2023, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 77-KH/TU thực hiện Kết luận số "
    "14-KL/TW ngày 22/9/2021 của Bộ Chính trị. Kế hoạch 77 nêu rõ nhiệm vụ.",
)
METADATA = Article(
    "metadata",
    "Kế hoạch số 77-KH/TU ngày 3/4/2023 của Ban Thường vụ Tỉnh ủy được triển khai đến chi bộ.",
    province="Bến Tre",
)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[Extraction]:
    folder = tmp_path_factory.mktemp("generated")
    generate(folder, 0.1, seed=21)
    articles = [a for a in read_inputs([folder / "articles", ROOT / "seeds"]) if isinstance(a, Article)]
    return [loaders.extract.extract(a) for a in (*articles, DATELINE, METADATA)]


def stored(extractions: list[Extraction], folder: Path) -> ArticleStore:
    store = ArticleStore(folder)
    for extraction in extractions:
        store.keep(extraction.article.id, store.add(pack_one(extraction)))
    return store


def test_a_light_copy_drops_text_facts_and_sentences_but_keeps_a_dateline() -> None:
    full = loaders.extract.extract(DATELINE)
    light = lighten(full)
    assert light.article.text == DATELINE.text[:2000] != ""  # the province is on its first line
    assert lighten(loaders.extract.extract(METADATA)).article.text == ""
    assert all(len(d.mentions) == 1 and d.facts == () for d in light.documents)
    assert any(len(d.mentions) > 1 for d in full.documents) and any(d.facts for d in full.documents)
    assert light.relations and all(r.evidence.sentence == "" for r in light.relations)


def test_light_copies_resolve_as_the_full_extractions_and_the_store_restores_them(
    corpus: list[Extraction], tmp_path: Path
) -> None:
    full = resolve_corpus(corpus)
    light = resolve_corpus([lighten(e) for e in corpus])
    assert light != full  # there was something to restore
    with stored(corpus, tmp_path) as store:
        assert store.restore(light) == full
        assert len(store) == len(corpus)
    assert list(tmp_path.iterdir()) == []  # the store's file has no name: nothing left behind


@pytest.mark.parametrize("fmt", ["trig", "nq"])
def test_article_parts_restored_in_forked_workers_are_the_parts_of_the_full_resolution(
    corpus: list[Extraction], tmp_path: Path, fmt: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(build_rdf, "ARTICLES_PER_PART", 10)
    full: Resolution = resolve_corpus(corpus)
    light = resolve_corpus([lighten(e) for e in corpus])
    expected = build_rdf.write_streamed(full, tmp_path / f"full.{fmt}", fmt, workers=1)
    with stored(corpus, tmp_path) as store:
        restored = build_rdf.write_streamed(light, tmp_path / f"light.{fmt}", fmt, workers=2, store=store)
    assert restored.parts == expected.parts > 4
    assert restored.path.read_bytes() == expected.path.read_bytes()


def test_the_store_refuses_an_article_it_does_not_hold_where_it_was_put(
    corpus: list[Extraction], tmp_path: Path
) -> None:
    with ArticleStore(tmp_path) as store:
        first, second = corpus[:2]
        store.keep(first.article.id, store.add(pack_one(second)))
        with pytest.raises(ValueError, match="does not hold"):
            store.extraction(first.article.id)
        with pytest.raises(KeyError):
            store.extraction("never-added")


def test_a_build_leaves_no_article_store_behind(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(DATELINE.text, encoding="utf-8")
    outcome = build_graph(BuildRequest(paths=(corpus,), out=tmp_path / "out", jobs=1, use_cache=False))
    assert outcome.documents >= 2 and outcome.implements == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus", "out"]
