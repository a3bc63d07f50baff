"""End to end over the seed articles: what a reader of each article can point at."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from loaders.extract import extract
from loaders.model import Article, Extraction
from vankien.cli import app

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def seed(name_prefix: str) -> Extraction:
    path = next(SEEDS.glob(f"{name_prefix}_*.txt"))
    return extract(Article(id=path.name, text=path.read_text(encoding="utf-8"), source=str(path)))


def symbols_of_edges(result: Extraction) -> set[tuple[str | None, str | None]]:
    by_id = {d.local_id: d for d in result.documents}
    return {
        (by_id[r.subject].symbol or by_id[r.subject].number, by_id[r.object].symbol or by_id[r.object].number)
        for r in result.relations
        if r.predicate == "implements"
    }


def test_seed_000_list_of_provincial_programmes_each_with_its_target() -> None:
    result = seed("000")
    assert symbols_of_edges(result) == {
        ("123-KH/TU", "41-QĐ/TW"),
        ("12-CTr/TU", "14-KL/TW"),
        ("13-CTr/TU", "21-KL/TW"),
        ("19-CTr/TU", "21-NQ/TW"),
    }
    plan = next(d for d in result.documents if d.symbol == "123-KH/TU")
    assert (plan.date, plan.issuer) == ("2022-01-10", ("Ban Thường vụ Tỉnh ủy",))  # not the adviser


def test_seed_001_plan_implements_two_central_documents() -> None:
    assert symbols_of_edges(seed("001")) == {("43", "21"), ("43", "03")}


def test_seed_002_a_task_to_write_a_plan_is_not_a_document() -> None:
    result = seed("002")
    assert [d.symbol for d in result.documents] == ["21-KL/TW"]
    assert result.relations == ()


def test_seed_003_frame_and_elliptical_list() -> None:
    result = seed("003")
    by_number = {d.number: d for d in result.documents if d.number}
    assert by_number["02"].date == "2016-04-12"
    assert len(by_number["02"].mentions) >= 5  # headline, body abbreviations and the reader's comment
    congress = next(d for d in result.documents if d.congress == "X")
    assert congress.issuer == ("Đại hội Đảng bộ tỉnh",)
    implemented_by_02 = {r.object for r in result.relations if r.subject == by_number["02"].local_id}
    assert implemented_by_02 == {
        congress.local_id
    }  # "Thực hiện NQ Đại hội ..., Tỉnh ủy đã ban hành NQ số 02"
    programme = next(d for d in result.documents if d.type == "action_programme")
    targets = {r.object for r in result.relations if r.subject == programme.local_id}
    assert targets == {by_number["18"].local_id, by_number["19"].local_id}


def test_seed_004_has_no_implements() -> None:
    result = seed("004")
    assert result.relations == ()
    assert {d.level for d in result.documents} == {"provincial", "central"}


def test_extract_command_reads_jsonl_and_reports_bad_records(tmp_path: Path) -> None:
    good = {
        "id": "a",
        "text": "Tỉnh ủy ban hành Kế hoạch số 1-KH/TU thực hiện Nghị quyết số 2-NQ/TW.",
        "source": {},
    }
    lines = [
        json.dumps(good, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "b"}),
        json.dumps({**good, "id": "c"}, ensure_ascii=False),
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", "--format", "jsonl", str(path)])
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in out] == ["a", "c"]
    assert out[0]["implements"] == [["d0", "d1"]]
    assert "in.jsonl:2" in result.stderr and "in.jsonl:3" in result.stderr


def test_extract_command_reports_an_engine_crash_and_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import vankien.cmd_extract

    real = vankien.cmd_extract.extract

    def failing(article: Article) -> Extraction:
        if "BOOM" in article.text:
            raise RuntimeError("engine bug")
        return real(article)

    monkeypatch.setattr(vankien.cmd_extract, "extract", failing)  # an engine bug, on one record only
    records = [
        {"id": i, "text": text, "source": {}} for i, text in (("a", "BOOM"), ("b", "Nghị quyết số 2-NQ/TW"))
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", "--format", "jsonl", str(path)])
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["b"]
    assert "record 'a': extraction failed: RuntimeError: engine bug" in result.stderr


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_seed_mentions_are_exact_slices(prefix: str) -> None:
    result = seed(prefix)
    for doc in result.documents:
        for m in doc.mentions:
            assert result.article.text[m.span.start : m.span.end] == m.surface
