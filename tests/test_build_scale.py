"""`vankien build` at corpus scale: every input processed or skipped with its reason, atomic outputs that survive
an interrupted build, the same graph for any number of workers, and incremental builds equal to full ones."""

from __future__ import annotations

import json
import os
import pickle
import signal
import subprocess
import sys
import time
import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest
from rdflib import Dataset
from typer.testing import CliRunner

import loaders.extract
from graph.store import load_dataset
from loaders.model import Article
from loaders.read import read_inputs
from loaders.resolve import Resolution, resolve_corpus
from loaders.to_rdf import to_dataset
from ontology.namespace import VK
from vankien import build_inputs, build_rdf
from vankien.build import BuildError, BuildRequest, build_graph
from vankien.cache import CACHE_DIR, EXTRACTION_MODULES, EXTRACTOR_VERSION, extractor_version, open_cache
from vankien.cli import app
from vankien.light import lighten
from vankien.rdf_part_cache import PARTS_DIR, PartCache, open_part_cache, part_key

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from generate import generate

ROOT = Path(__file__).resolve().parents[1]
GOOD = {
    "a.txt": "Ngày 10/1/2022, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 123-KH/TU thực hiện Kết luận số "
    "21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương.",
    "sub/b.txt": "Thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị, ngày 5/3/2025, Tỉnh ủy đã ban hành "
    "Chương trình hành động số 45-CTr/TU về chuyển đổi số.",
}
GOOD_SYMBOLS = {"123-KH/TU", "21-KL/TW", "57-NQ/TW", "45-CTr/TU"}
ODD = "Ngày 2/4/2023, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 88-KH/TU thực hiện Kết luận số 14-KL/TW."
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner(env={"COLUMNS": "200"}).invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def symbols(graph: Path) -> set[str]:
    return {str(o) for o in load_dataset(graph).objects(None, VK.symbol)}


def quads(ds: Dataset) -> set[tuple[object, ...]]:
    """Every quad with its graph's name: the graphs have no blank nodes, so equal sets are equal graphs."""
    return {(s, p, o, str(getattr(g, "identifier", g))) for s, p, o, g in ds.quads((None, None, None, None))}


def cp1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese legacy files write it: base letters precomposed, tone marks combining."""
    out = []
    for char in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", char)
        tones = "".join(c for c in parts if c in _TONES)
        out.append(unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES)) + tones)
    return "".join(out).encode("cp1258")


def corpus_with(folder: Path, name: str, data: bytes) -> Path:
    for relative, text in GOOD.items():
        (folder / relative).parent.mkdir(parents=True, exist_ok=True)
        (folder / relative).write_text(text, encoding="utf-8")
    (folder / name).write_bytes(data)
    return folder


# --- any input: processed or skipped with its reason --------------------------------------------------------

INPUTS = [
    pytest.param("scan.pdf", b"%PDF-1.4\x00\x01\x02\x00" * 50, "binary file (NUL bytes)", id="binary"),
    pytest.param("empty.txt", b"", "empty file", id="empty"),
    pytest.param("blank.txt", b" \n\t\n", "empty file (only whitespace)", id="only-whitespace"),
    pytest.param("utf16.txt", ODD.encode("utf-16"), None, id="utf-16-with-bom"),
    pytest.param(
        "utf16-nobom.txt", ODD.encode("utf-16-le"), "binary file (NUL bytes)", id="utf-16-without-bom"
    ),
    pytest.param("legacy.txt", cp1258(ODD), None, id="windows-1258"),
    pytest.param("nfd.txt", unicodedata.normalize("NFD", ODD).encode(), None, id="nfd"),
    pytest.param("cut.txt", (ODD + " Kết quả đạt được").encode()[:-1], None, id="truncated-utf-8"),
    pytest.param(
        "page.html",
        f"<html><head><title>Tin</title><body><div><p>{ODD}<p>Gửi phản hồi</div></span><!-- x".encode(),
        None,
        id="malformed-html",
    ),
    pytest.param("big.txt", (ODD + "\n").encode() * 100, "larger than the 2 kB limit", id="over-max-size"),
    pytest.param(
        "dup.jsonl",
        (json.dumps({"id": "a.txt", "text": ODD}) + "\n").encode(),
        "duplicate article id 'a.txt'",
        id="duplicate-id",
    ),
]


@pytest.mark.parametrize(("name", "data", "reason"), INPUTS)
def test_every_input_is_processed_or_skipped_with_its_reason(
    tmp_path: Path, name: str, data: bytes, reason: str | None
) -> None:
    corpus = corpus_with(tmp_path / "in", name, data)
    out = tmp_path / "out"
    code, stdout, stderr = run("build", str(corpus), "--out", str(out), "--max-size", "2kB", "--jobs", "1")
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    skipped = (out / "skipped.txt").read_text(encoding="utf-8").splitlines()
    assert report["tally"]["files"] == 3
    found = symbols(out / "graph.trig")
    assert found >= GOOD_SYMBOLS, "a bad input must never cost the good ones"
    if reason is None:
        assert code == 0, stderr
        assert skipped == [] and report["articles"] == 3
        assert "88-KH/TU" in found
    else:
        assert code == 2, stderr
        assert len(skipped) == 1 and reason in skipped[0] and name in skipped[0]
        assert report["articles"] == 2
        assert "1 × " in stdout and reason.split(" (")[0] in stdout  # the tally in the summary


def test_strict_turns_a_skip_into_an_error_but_still_writes(tmp_path: Path) -> None:
    corpus = corpus_with(tmp_path / "in", "empty.txt", b"")
    code, _, _ = run("build", str(corpus), "--out", str(tmp_path / "out"), "--strict", "--jobs", "1")
    assert code == 1
    assert (
        (tmp_path / "out" / "skipped.txt").read_text(encoding="utf-8").startswith(str(corpus / "empty.txt"))
    )


def test_an_extractor_crash_on_one_article_is_a_skip(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = corpus_with(tmp_path / "in", "crash.txt", ("BOOM " + ODD).encode())
    real = loaders.extract.extract

    def failing(article: loaders.extract.Article) -> loaders.extract.Extraction:
        if "BOOM" in article.text:
            raise RuntimeError("engine bug")
        return real(article)

    monkeypatch.setattr(loaders.extract, "extract", failing)  # an engine bug, on this article only
    outcome = build_graph(BuildRequest(paths=(corpus,), out=tmp_path / "out", jobs=1))
    [line] = outcome.skipped
    assert line == f"{corpus / 'crash.txt'}: extraction failed: RuntimeError: engine bug"
    assert outcome.articles == 2 and symbols(tmp_path / "out" / "graph.trig") >= GOOD_SYMBOLS
    with open_cache(tmp_path / "out") as cache:
        assert len(cache) == 2  # the crash is not cached: the next build tries that file again


@pytest.mark.parametrize("size", ["ten", "0", "5XB", "-1MB"])
def test_a_bad_max_size_is_refused(tmp_path: Path, size: str) -> None:
    code, _, stderr = run("build", "seeds", "--out", str(tmp_path / "out"), "--max-size", size)
    assert code == 2 and "--max-size" in stderr
    assert not (tmp_path / "out").exists()


# --- the same graph for any number of workers; the streamed writer equals to_dataset ---------------------------


@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("small")
    generate(out, 0.25, seed=11)
    return out / "articles"


@pytest.fixture
def small_parts(monkeypatch: pytest.MonkeyPatch) -> None:
    """Chunks and parts small enough that a small corpus really spreads over two workers."""
    monkeypatch.setattr(build_inputs, "CHUNK_FILES", 5)
    monkeypatch.setattr(build_rdf, "ARTICLES_PER_PART", 10)
    monkeypatch.setattr(build_rdf, "DOCUMENTS_PER_PART", 20)


@pytest.mark.usefixtures("small_parts")
@pytest.mark.parametrize("fmt", ["trig", "nq"])
def test_one_or_two_workers_write_the_same_bytes_and_the_whole_graph(
    small_corpus: Path, tmp_path: Path, fmt: str
) -> None:
    for jobs in ("1", "2"):
        code, _, err = run(
            "build", str(small_corpus), "--out", str(tmp_path / jobs), "--jobs", jobs, "--format", fmt
        )
        assert code == 0, err
    one, two = (tmp_path / jobs / f"graph.{fmt}" for jobs in ("1", "2"))
    assert one.read_bytes() == two.read_bytes()
    articles = [a for a in read_inputs([small_corpus]) if not hasattr(a, "reason")]
    expected = to_dataset(resolve_corpus([loaders.extract.extract(a) for a in articles]))
    assert quads(load_dataset(one)) == quads(expected)


# --- incremental ------------------------------------------------------------------------------------------------


def part_files(out: Path) -> set[str]:
    return {p.name for p in (out / CACHE_DIR / PARTS_DIR).iterdir()}


@pytest.mark.usefixtures("small_parts")
def test_an_incremental_build_extracts_only_new_files_and_equals_a_full_build(tmp_path: Path) -> None:
    generate(tmp_path / "c", 0.15, seed=5)
    corpus = tmp_path / "c" / "articles"
    first = build_graph(BuildRequest(paths=(corpus,), out=tmp_path / "inc", jobs=1))
    assert first.from_cache == 0 and first.extracted == first.files
    parts_before = part_files(tmp_path / "inc")
    generate(tmp_path / "c", 0.02, seed=6, batch="b1", number_base=5001)  # new articles, new documents
    changed = next((corpus / "b0").rglob("*.txt"))
    changed.write_text(changed.read_text(encoding="utf-8") + "\nKế hoạch số 999-KH/TU.\n", encoding="utf-8")
    removed = sorted((corpus / "b0").rglob("*.txt"))[-1]
    removed.unlink()
    again = build_graph(BuildRequest(paths=(corpus,), out=tmp_path / "inc", jobs=1))
    new_files = len(list((corpus / "b1").rglob("*.txt")))
    assert again.extracted == new_files + 1  # the new files and the changed one
    assert again.from_cache == first.files - 2
    full = build_graph(BuildRequest(paths=(corpus,), out=tmp_path / "full", jobs=2, use_cache=False))
    assert (tmp_path / "inc" / "graph.trig").read_bytes() == (tmp_path / "full" / "graph.trig").read_bytes()
    assert "999-KH/TU" in symbols(tmp_path / "inc" / "graph.trig")
    assert full.from_cache == 0 and not (tmp_path / "full" / ".cache").exists()
    with open_cache(tmp_path / "inc") as cache:
        assert len(cache) == again.files  # the removed and the old version of the changed file: pruned
    parts_after = part_files(tmp_path / "inc")
    reused = parts_before & parts_after  # a part's file is named by a hash of its content
    # the runs of unchanged articles are copied; the new and changed articles' runs, and here every entity
    # bucket (each gets a new document or organisation), are written anew
    assert len(reused) >= len(parts_after) // 3 and parts_after - parts_before


IMPLEMENTING = (
    "Sáng 5/3, tại hội nghị, đồng chí Bí thư nhấn mạnh: Thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị, "
    "Tỉnh ủy đã ban hành Kế hoạch số 15-KH/TU ngày 3/3/2025 nhằm đẩy mạnh phát triển khoa học, công nghệ."
)


def test_an_article_part_is_written_again_when_only_its_full_extraction_changed(tmp_path: Path) -> None:
    """Cached article parts are keyed by their light slice and the digests of the full extractions, without
    restoring them: a change the light copy cannot see (a word of an evidence sentence) must still miss."""
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "other.txt").write_text("Chỉ thị số 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp.")
    article = corpus / "plan.txt"
    article.write_text(IMPLEMENTING, encoding="utf-8")
    first = build_graph(BuildRequest(paths=(corpus,), out=tmp_path / "inc", jobs=1))
    reworded = IMPLEMENTING.replace("đẩy mạnh", "thúc đẩy")  # same length: every offset stays
    before, after = (loaders.extract.extract(Article("plan", text)) for text in (IMPLEMENTING, reworded))
    assert lighten(before) == lighten(after) and before != after  # what the test is about
    unchanged = build_graph(BuildRequest(paths=(corpus,), out=tmp_path / "inc", jobs=1))
    assert unchanged.from_cache == first.files and unchanged.rdf_parts_reused == unchanged.rdf_parts
    article.write_text(reworded, encoding="utf-8")
    again = build_graph(BuildRequest(paths=(corpus,), out=tmp_path / "inc", jobs=1))
    assert again.extracted == 1 and again.rdf_parts_reused < again.rdf_parts
    build_graph(BuildRequest(paths=(corpus,), out=tmp_path / "full", jobs=1, use_cache=False))
    graph = (tmp_path / "inc" / "graph.trig").read_text(encoding="utf-8")
    assert graph == (tmp_path / "full" / "graph.trig").read_text(encoding="utf-8")
    assert "thúc đẩy phát triển" in graph and "đẩy mạnh phát triển" not in graph


@pytest.fixture(scope="module")
def small_resolution(small_corpus: Path) -> Resolution:
    return resolve_corpus(
        [loaders.extract.extract(a) for a in read_inputs([small_corpus]) if isinstance(a, Article)]
    )


@pytest.mark.usefixtures("small_parts")
@pytest.mark.parametrize("fmt", ["trig", "nq"])
def test_parts_from_the_cache_give_the_same_bytes_and_a_damaged_or_lost_one_is_rewritten(
    small_resolution: Resolution, tmp_path: Path, fmt: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh = build_rdf.write_streamed(small_resolution, tmp_path / f"fresh.{fmt}", fmt, workers=2)
    out = tmp_path / "out"
    first = build_rdf.write_streamed(small_resolution, tmp_path / f"1.{fmt}", fmt, workers=2, cached_in=out)
    again = build_rdf.write_streamed(small_resolution, tmp_path / f"2.{fmt}", fmt, workers=1, cached_in=out)
    assert first.reused == 0 and again.reused == again.parts == first.parts > 10
    damaged = sorted((out / CACHE_DIR / PARTS_DIR).iterdir())[0]
    damaged.write_bytes(damaged.read_bytes()[:-10])  # as a crash in the middle of a copy would leave it
    third = build_rdf.write_streamed(small_resolution, tmp_path / f"3.{fmt}", fmt, workers=2, cached_in=out)
    assert third.reused == third.parts - 1

    def listed_then_deleted(folder: Path) -> PartCache:
        cache = open_part_cache(folder)
        sorted((folder / CACHE_DIR / PARTS_DIR).iterdir())[-1].unlink()  # e.g. someone clears the cache
        return cache

    monkeypatch.setattr(build_rdf, "open_part_cache", listed_then_deleted)
    fourth = build_rdf.write_streamed(small_resolution, tmp_path / f"4.{fmt}", fmt, workers=1, cached_in=out)
    assert fourth.reused == fourth.parts - 1
    expected = fresh.path.read_bytes()
    assert all((tmp_path / f"{n}.{fmt}").read_bytes() == expected for n in (1, 2, 3, 4))
    assert fresh.quads == first.quads == again.quads == third.quads == fourth.quads
    assert len(part_files(out)) == fourth.parts  # no stale or damaged entries left


def ids(n: int, prefix: str = "a") -> list[str]:
    return [f"{prefix}-{k:05d}" for k in range(n)]


@pytest.mark.parametrize(
    "where",
    [
        pytest.param(0, id="at-the-start"),
        pytest.param(1500, id="in-the-middle"),
        pytest.param(3000, id="at-the-end"),
    ],
)
def test_new_articles_change_only_the_runs_they_fall_in(where: int) -> None:
    before = ids(3000)
    after = before[:where] + ids(5, prefix="new") + before[where:]
    runs_before = {tuple(run) for run in build_rdf._article_runs(before)}
    runs_after = {tuple(run) for run in build_rdf._article_runs(after)}
    assert len(runs_before) >= 8
    assert len(runs_after - runs_before) <= 2 and len(runs_before - runs_after) <= 2


@pytest.mark.usefixtures("small_parts")
def test_a_new_document_changes_one_entity_bucket(small_resolution: Resolution) -> None:
    docs = small_resolution.documents
    fewer = replace(small_resolution, documents=docs[:-1])
    before = {part_key(b, False, "trig") for b in build_rdf._entity_buckets(fewer)}
    after = {part_key(b, False, "trig") for b in build_rdf._entity_buckets(small_resolution)}
    assert len(after) == len(before) > 1 and len(after - before) == 1


def test_a_part_key_depends_on_values_not_on_shared_objects(small_resolution: Resolution) -> None:
    part = build_rdf.split(small_resolution)[-1].resolution
    copied = replace(part, articles=tuple(pickle.loads(pickle.dumps(a)) for a in part.articles))  # unshared
    changed = replace(
        part, articles=(replace(part.articles[0], text=part.articles[0].text + " "), *part.articles[1:])
    )
    key = part_key(part, True, "trig")
    assert part_key(copied, True, "trig") == key
    assert part_key(changed, True, "trig") != key and part_key(part, True, "nq") != key


def test_the_extractor_version_covers_every_module_extraction_imports() -> None:
    imported = subprocess.run(
        [sys.executable, "-c", "import sys, loaders.read, loaders.extract; print(*sorted(sys.modules))"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    ).stdout.split()
    assert {m for m in imported if m.startswith("loaders.")} <= set(EXTRACTION_MODULES)
    assert extractor_version() == EXTRACTOR_VERSION
    assert extractor_version(EXTRACTION_MODULES[:-1]) != EXTRACTOR_VERSION
    assert extractor_version(EXTRACTION_MODULES) != EXTRACTOR_VERSION  # the light copies' modules count too


# --- an interrupted build leaves the previous outputs intact --------------------------------------------------


@pytest.fixture(scope="module")
def slow_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("slow")
    generate(out, 3, seed=13)
    return out / "articles"


def start_build(corpus: Path, out: Path, jobs: str) -> subprocess.Popen[bytes]:
    command = "from vankien.cli import app; app()"
    args = ["build", str(corpus), "--out", str(out), "--jobs", jobs, "--no-cache", "--validate", "full"]
    return subprocess.Popen(
        [sys.executable, "-c", command, *args],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,  # its own process group: Ctrl-C reaches the build and its workers, as in a shell
        # Ctrl-C handled as in a terminal, however the tests were started: a shell starts background jobs with
        # SIGINT ignored, children inherit that, and Python then leaves it ignored
        preexec_fn=_default_sigint,
    )


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def staging_folders(out: Path) -> list[Path]:
    return sorted(out.parent.glob(f"{out.name}.tmp-*"))


@pytest.mark.parametrize(
    ("sent", "jobs"),
    [pytest.param(signal.SIGINT, "2", id="ctrl-c"), pytest.param(signal.SIGKILL, "1", id="kill")],
)
def test_an_interrupted_build_keeps_the_previous_graph(
    slow_corpus: Path, tmp_path: Path, sent: signal.Signals, jobs: str
) -> None:
    """Interrupted while it writes, a build leaves the previous outputs byte for byte. The signal is sent as soon as
    the staging folder appears; on a loaded machine it may come only once the outputs are moving in, when a
    Ctrl-C is ignored and the build completes (vankien.build._committed): then the outputs must be the new build's,
    whole, and the test tries again, up to five times, until one interruption lands in the writing."""
    interrupted = 0
    for attempt in range(5):
        out = tmp_path / f"out{attempt}"
        code, _, err = run("build", str(ROOT / "seeds"), "--out", str(out), "--jobs", "1")
        assert code == 0, err
        before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
        build = start_build(slow_corpus, out, jobs)
        try:
            deadline = time.monotonic() + 60
            while not staging_folders(out) and build.poll() is None and time.monotonic() < deadline:
                time.sleep(0.005)
            # the staging folder is made as the writing starts: signal right away (a wait of its own made the signal
            # come after the outputs had moved in, on a loaded machine)
            assert build.poll() is None, "the build ended before it could be interrupted: use a bigger corpus"
            os.killpg(build.pid, sent)
            _, stderr = build.communicate(timeout=60)
        finally:
            if build.poll() is None:
                os.killpg(build.pid, signal.SIGKILL)
                build.wait()
        after = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
        assert len(load_dataset(out / "graph.trig")) > 0  # whole, old or new
        if sent == signal.SIGINT and build.returncode != 130:
            # too late: the outputs were moving in, so the build went on to the end
            assert build.returncode in (0, 2), stderr.decode()
            assert after["graph.trig"] != before["graph.trig"] and staging_folders(out) == []
            continue
        if sent == signal.SIGKILL and after != before:
            continue  # killed during the final renames (moments): each file whole, checked above
        assert after == before
        interrupted += 1
        if sent == signal.SIGINT:
            assert "previous outputs are kept" in stderr.decode()
            assert staging_folders(out) == []
        else:
            assert build.returncode == -signal.SIGKILL
            code, _, _ = run("build", str(ROOT / "seeds"), "--out", str(out), "--jobs", "1")
            assert code == 0 and staging_folders(out) == []  # the next build clears what the killed one left
        break
    assert interrupted == 1, "no interruption landed while the build was writing"


def test_a_ctrl_c_once_the_outputs_move_in_is_ignored() -> None:
    from vankien.build import _committed

    handler = signal.getsignal(signal.SIGINT)
    with _committed():
        os.kill(os.getpid(), signal.SIGINT)  # outside, this raises KeyboardInterrupt
        time.sleep(0.05)
    assert signal.getsignal(signal.SIGINT) is handler  # and Ctrl-C works again after


# --- sinks write into the staging folder and follow the same all-or-nothing rule --------------------------------


def test_a_sink_writes_with_the_graph_and_a_failing_one_changes_nothing(tmp_path: Path) -> None:
    from graph.ladybug_sink import DATABASE_NAME, LadybugReader, write_embedded

    out = tmp_path / "out"
    seeds = (ROOT / "seeds",)
    build_graph(BuildRequest(paths=seeds, out=out, jobs=1, sinks=(write_embedded,)))
    with LadybugReader(out / DATABASE_NAME) as db:
        assert db.run("MATCH (d:Document) RETURN count(d)").rows[0][0] > 0
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}

    def broken(dataset: Dataset, staging: Path) -> None:
        (staging / "half-written").write_text("x")
        raise OSError("disk full")

    with pytest.raises(BuildError, match="broken failed: OSError: disk full"):
        build_graph(
            BuildRequest(paths=(ROOT / "seeds" / "003_80bacc515ea115a5.txt",), out=out, sinks=(broken,))
        )
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before
    assert staging_folders(out) == []
