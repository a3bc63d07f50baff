"""`vankien build`, `trace`, `explain`, `stats` through typer's CliRunner, on real graph files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer.main
from rdflib import RDF, RDFS, SKOS, Literal, URIRef
from test_network import chain_dataset
from typer.testing import CliRunner

from graph.store import load_dataset, save_dataset
from ontology.namespace import VK
from vankien.cli import app
from vankien.cmd_graph import BuildOutcome, write_reports

ID = "https://w3id.org/vankien/id/"
WIDE = {"COLUMNS": "200"}  # no wrapping: one document per line


@pytest.fixture
def graph_file(tmp_path: Path) -> Path:
    return save_dataset(chain_dataset(), tmp_path / "out" / "graph.trig")


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner(env=WIDE).invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def lines_with(text: str, *needles: str) -> list[str]:
    return [line for line in text.splitlines() if all(n in line for n in needles)]


# --- trace ------------------------------------------------------------------------------------------------


def test_trace_prints_the_implementation_tree(graph_file: Path) -> None:
    code, out, _ = run("trace", "21-KL/TƯ", "--graph", str(graph_file))
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("21-KL/TW  conclusion · Ban Chấp hành Trung ương · 2021-10-25")
    [central] = lines_with(out, "03-KH/TW", "Bộ Chính trị", "+37 days")
    [provincial] = lines_with(out, "123-KH/TU", "Ban Thường vụ Tỉnh ủy", "Bến Tre", "2022-01-10", "+40 days")
    [district] = lines_with(out, "07-KH/HU", "Bến Tre", "2022-03-01", "+50 days")
    # each level is drawn further right than the one it implements
    indent = [
        line.index(label) for line, label in ((central, "03-KH"), (provincial, "123-KH"), (district, "07-KH"))
    ]
    assert indent == sorted(indent) and len(set(indent)) == 3
    assert lines_with(out, "123-KH/TU", "Vĩnh Long", "2022")  # year only: no lag shown
    assert "4 implementing document(s)" in out


def test_trace_depth_cuts_the_tree(graph_file: Path) -> None:
    code, out, _ = run("trace", "Kết luận 21", "--graph", str(graph_file), "--depth", "1")
    assert code == 0
    assert lines_with(out, "03-KH/TW", "more below")
    assert "07-KH/HU" not in out


def test_trace_depth_zero_shows_only_the_document(graph_file: Path) -> None:
    code, out, _ = run("trace", "KL 21", "--graph", str(graph_file), "--depth", "0")
    assert code == 0
    assert out.splitlines()[0].endswith("more below (raise --depth)")
    assert "03-KH/TW" not in out


def test_trace_marks_a_cycle_instead_of_looping(tmp_path: Path) -> None:
    ds = chain_dataset()
    wrong = (URIRef(ID + "doc/tw/kl-21-tw-2021"), VK.implements, URIRef(ID + "doc/ben-tre/kh-07-hu-2022"))
    ds.graph(URIRef(ID + "article/seed-b")).add(wrong)  # an extraction error closing the chain into a loop
    graph_file = save_dataset(ds, tmp_path / "graph.trig")
    code, out, _ = run("trace", "KL 21", "--graph", str(graph_file))
    assert code == 0
    [repeat] = lines_with(out, "↺ cycle")
    assert "21-KL/TW" in repeat
    code, out, _ = run("trace", "KL 21", "--up", "--graph", str(graph_file))
    assert code == 0 and lines_with(out, "07-KH/HU")


def test_trace_up_draws_the_chain_from_the_top(graph_file: Path) -> None:
    code, out, _ = run("trace", "KH 7", "--up", "--graph", str(graph_file))
    assert code == 0
    labels = [
        next(label for label in ("21-KL", "03-KH", "123-KH", "07-KH") if label in line)
        for line in out.splitlines()
    ]
    assert labels == ["21-KL", "03-KH", "123-KH", "07-KH"]


def test_trace_up_of_a_top_document_says_so(graph_file: Path) -> None:
    code, out, _ = run("trace", "NQ 57", "--up", "--graph", str(graph_file))
    assert code == 0
    assert "implements no document known to the graph" in out


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        pytest.param("15-NQ/TW", ["vkid:doc/tw/nq-15-tw-2012", "vkid:doc/tw/nq-15-tw-2022"],
                     id="same-symbol"),
        pytest.param("Kế hoạch 123", ["vkid:doc/vinh-long/kh-123-tu-2022", "vkid:doc/ben-tre/kh-123-tu-2022"],
                     id="two-provinces"),
    ],
)  # fmt: skip
def test_trace_ambiguous_lists_candidates_and_exits_1(
    graph_file: Path, query: str, expected: list[str]
) -> None:
    code, out, _ = run("trace", query, "--graph", str(graph_file))
    assert code == 1
    assert f"matches {len(expected)} documents" in out
    assert [line.split()[0] for line in out.splitlines()[1:]] == expected


def test_trace_an_ambiguous_document_by_its_iri(graph_file: Path) -> None:
    code, out, _ = run("trace", "vkid:doc/ben-tre/kh-123-tu-2022", "--graph", str(graph_file))
    assert code == 0
    assert lines_with(out, "07-KH/HU", "+50 days")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        pytest.param(["trace", "Kết luận 99"], "no document matches 'Kết luận 99'", id="unknown-document"),
        pytest.param(["explain", "KL 21", "Chỉ thị 5"], "no document matches 'Chỉ thị 5'",
                     id="unknown-in-explain"),
        pytest.param(["explain", "KL 21", "NQ 57"], "no relation recorded between 21-KL/TW and 57-NQ/TW",
                     id="no-relation"),
    ],
)  # fmt: skip
def test_unknown_is_one_clear_line_and_exit_1(graph_file: Path, args: list[str], message: str) -> None:
    code, out, err = run(*args, "--graph", str(graph_file))
    assert code == 1
    [line] = err.splitlines()
    assert line.startswith(f"error: {message}")
    assert "Traceback" not in out + err


@pytest.mark.parametrize("command", [["trace", "KL 21"], ["explain", "KL 21", "KH 3"], ["stats"]])
def test_missing_graph_tells_to_build(tmp_path: Path, command: list[str]) -> None:
    code, _, err = run(*command, "--graph", str(tmp_path / "none.trig"))
    assert code == 1
    assert "vankien build" in err


# --- explain ----------------------------------------------------------------------------------------------


def test_explain_shows_each_article_sentence_span_and_rule(graph_file: Path) -> None:
    code, out, _ = run(
        "explain", "vkid:doc/ben-tre/kh-123-tu-2022", "Kế hoạch 03", "--graph", str(graph_file)
    )
    assert code == 0
    assert out.splitlines()[0] == "123-KH/TU implements 03-KH/TW  (+40 days)"
    assert lines_with(out, "seed-a [0, 80)", "rule implements.thuc_hien")
    assert lines_with(out, "source: seeds/a.txt")
    assert lines_with(out, "Ban Thường vụ Tỉnh ủy ban hành Kế hoạch 123-KH/TU thực hiện Kế hoạch 03-KH/TW.")
    assert lines_with(out, "seed-b [3, 60)", "rule implements.trien_khai")
    assert lines_with(out, "source: seeds/b.txt")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param("KH 3", "21-KL/TW", id="implementer-first"),
        pytest.param("21-KL/TW", "KH 3", id="reversed"),
    ],
)
def test_explain_checks_both_directions(graph_file: Path, first: str, second: str) -> None:
    code, out, _ = run("explain", first, second, "--graph", str(graph_file))
    assert code == 0
    assert out.splitlines()[0] == "03-KH/TW implements 21-KL/TW  (+37 days)"
    assert lines_with(out, "catalogue", "rule catalogue")
    assert lines_with(out, "source: https://example.org/catalogue/03-kh-tw")


def test_explain_an_issuer_by_its_iri(graph_file: Path) -> None:
    code, out, _ = run("explain", "KL 21", "vkid:org/tw/ban-chap-hanh-trung-uong", "--graph", str(graph_file))
    assert code == 0
    assert out.splitlines()[0] == "21-KL/TW issued_by Ban Chấp hành Trung ương"
    assert "no evidence recorded" in out


# --- stats ------------------------------------------------------------------------------------------------


def table_rows(out: str) -> dict[str, str]:
    """``│ plan │ 4 │`` rows of rich tables as {first cell: second cell}."""
    rows = {}
    for line in out.splitlines():
        cells = [cell.strip() for cell in line.strip("│").split("│")]
        if len(cells) == 2 and cells[1].isdigit():
            rows[cells[0]] = cells[1]
    return rows


def test_stats_counts_by_type_level_province(graph_file: Path) -> None:
    code, out, _ = run("stats", "--graph", str(graph_file))
    assert code == 0
    assert "4 implements edges, 3 organisations" in out
    rows = table_rows(out)
    assert {k: rows[k] for k in ("plan", "resolution", "conclusion", "regulation")} == {
        "plan": "4",
        "resolution": "4",
        "conclusion": "1",
        "regulation": "1",
    }
    assert {k: rows[k] for k in ("central", "provincial", "district")} == {
        "central": "6",
        "provincial": "3",
        "district": "1",
    }
    assert {k: rows[k] for k in ("Bến Tre", "Vĩnh Long")} == {"Bến Tre": "3", "Vĩnh Long": "1"}
    assert "unknown" not in rows  # central documents have no province and are not counted as unknown
    assert "ambiguous mentions: 0" in out and "unresolved mentions: 0" in out


def test_stats_lists_ambiguous_and_unresolved_from_the_build_report(graph_file: Path) -> None:
    outcome = BuildOutcome(
        articles=2,
        skipped=(),
        ambiguous=(
            {
                "article_id": "seed-a",
                "surface": "Nghị quyết Trung ương 4",
                "reason": "2 catalogue candidates",
                "candidates": [ID + "doc/tw/nq-04-tw-2016", ID + "doc/tw/nq-12-tw-2012"],
            },
        ),
        unresolved=("seed-b: Kế hoạch số 9",),
        conforms=True,
        problems=0,
    )
    write_reports(outcome, graph_file.parent, graph_file)
    code, out, _ = run("stats", "--graph", str(graph_file))
    assert code == 0
    assert "ambiguous mentions: 1" in out
    assert lines_with(
        out,
        "• Nghị quyết Trung ương 4 (seed-a): 2 catalogue candidates",
        "→ vkid:doc/tw/nq-04-tw-2016, vkid:doc/tw/nq-12-tw-2012",
    )
    assert "unresolved mentions: 1" in out and "• seed-b: Kế hoạch số 9" in out


def test_stats_lists_the_flags_the_resolver_wrote_in_the_graph(tmp_path: Path) -> None:
    ds = chain_dataset()
    flagged = ds.graph(URIRef(ID + "graph/entities"))
    ambiguous = URIRef(ID + "doc/src-1a2b3c4d/nq-15")
    flagged.add((ambiguous, RDF.type, VK.Resolution))
    flagged.add((ambiguous, VK.docType, Literal("resolution")))
    flagged.add((ambiguous, RDFS.label, Literal("Nghị quyết số 15", lang="vi")))
    flagged.add((ambiguous, SKOS.editorialNote, Literal("ambiguous: 2 corpus candidates", lang="en")))
    for candidate in ("doc/tw/nq-15-tw-2012", "doc/tw/nq-15-tw-2022"):
        flagged.add((ambiguous, RDFS.seeAlso, URIRef(ID + candidate)))
    unresolved = URIRef(ID + "doc/vinh-long/kh-123-tu-2022")
    flagged.add((unresolved, SKOS.editorialNote, Literal("unresolved: no date for this plan", lang="en")))
    graph_file = save_dataset(ds, tmp_path / "graph.trig")
    write_reports(BuildOutcome(1, (), ("from the report",), (), True, 0), tmp_path, graph_file)
    code, out, _ = run("stats", "--graph", str(graph_file))
    assert code == 0
    assert "ambiguous mentions: 1" in out
    assert "Nghị quyết số 15 (vkid:doc/src-1a2b3c4d/nq-15): 2 corpus candidates → 15-NQ/TW, 15-NQ/TW" in out
    assert "unresolved mentions: 1" in out
    assert "123-KH/TU (vkid:doc/vinh-long/kh-123-tu-2022): no date for this plan" in out
    assert "from the report" not in out  # the graph's own flags win over report.json


# --- build ------------------------------------------------------------------------------------------------


def test_build_seeds_writes_graph_report_and_summary(tmp_path: Path) -> None:
    out_dir = tmp_path / "out"
    code, out, err = run("build", "seeds", "--out", str(out_dir))
    assert code in (0, 2), err
    graph = load_dataset(out_dir / "graph.trig")
    assert any(str(g.identifier).startswith(ID + "article/") for g in graph.graphs())
    report = json.loads((out_dir / "report.json").read_text(encoding="utf-8"))
    assert report["articles"] == 5
    assert (out_dir / "skipped.txt").read_text(encoding="utf-8").splitlines() == report["skipped"]
    assert lines_with(out, "articles read", "5")
    assert lines_with(out, "implements edges")
    code, out, _ = run("trace", "Nghị quyết số 02", "--up", "--graph", str(out_dir / "graph.trig"))
    assert code == 0, out


def test_build_with_a_skipped_input_exits_2_or_1_when_strict(tmp_path: Path) -> None:
    records = tmp_path / "in.jsonl"
    good = {"id": "bai-1", "text": "Tỉnh ủy ban hành Kế hoạch số 12-KH/TU thực hiện Kết luận 21-KL/TW."}
    records.write_text(json.dumps(good, ensure_ascii=False) + "\n" + '{"id": "bai-2"}\n', encoding="utf-8")
    code, _, _ = run("build", str(records), "--out", str(tmp_path / "out"))
    assert code == 2
    [skipped] = (tmp_path / "out" / "skipped.txt").read_text(encoding="utf-8").splitlines()
    assert skipped.startswith(f"{records}:2")
    assert (tmp_path / "out" / "graph.trig").is_file()
    code, _, _ = run("build", str(records), "--out", str(tmp_path / "out"), "--strict")
    assert code == 1


@pytest.mark.parametrize(
    ("fmt", "name"), [("nq", "graph.nq"), ("jsonld", "graph.jsonld"), ("ttl", "graph.ttl")]
)
def test_build_writes_the_format_asked_for(tmp_path: Path, fmt: str, name: str) -> None:
    records = tmp_path / "in.jsonl"
    record = {"id": "bai-1", "text": "Tỉnh ủy ban hành Kế hoạch số 12-KH/TU thực hiện Kết luận 21-KL/TW."}
    records.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    code, _, err = run("build", str(records), "--out", str(tmp_path / "out"), "--format", fmt)
    assert code == 0, err
    written = sorted(p.name for p in (tmp_path / "out").iterdir() if not p.name.startswith("."))
    assert written == sorted([name, "graph.lbug", "graph.network.json", "report.json", "skipped.txt"])
    code, out, _ = run("trace", "KL 21", "--graph", str(tmp_path / "out" / name))
    assert code == 0 and "12-KH/TU" in out


def test_build_with_nothing_readable_says_why_and_exits_1(tmp_path: Path) -> None:
    code, _, err = run("build", str(tmp_path / "absent"), "--out", str(tmp_path / "out"))
    assert code == 1
    assert err.splitlines()[0].startswith(f"skipped {tmp_path / 'absent'}")
    assert err.splitlines()[-1] == "error: nothing to build: no input could be read"
    assert not (tmp_path / "out").exists()


def test_build_refuses_an_unknown_format(tmp_path: Path) -> None:
    code, _, err = run("build", "seeds", "--out", str(tmp_path), "--format", "xml")
    assert code != 0 and "unknown RDF format" in err
    assert not any(tmp_path.iterdir())


# --- help ----------------------------------------------------------------------------------------------


def registered_commands() -> dict[str, object]:
    return dict(typer.main.get_command(app).commands)  # type: ignore[attr-defined]


def test_graph_commands_are_registered() -> None:
    assert {"build", "trace", "explain", "stats"} <= set(registered_commands())


@pytest.mark.parametrize("name", sorted(registered_commands()))
def test_every_command_has_help_text(name: str) -> None:
    command = registered_commands()[name]
    assert (command.help or "").strip(), f"`vankien {name}` has no help text"  # type: ignore[attr-defined]
    for param in command.params:  # type: ignore[attr-defined]
        if param.name != "help":
            assert (getattr(param, "help", None) or "").strip(), f"`vankien {name}`: {param.name} has no help"
    code, out, _ = run(name, "--help")
    assert code == 0 and "Usage" in out
