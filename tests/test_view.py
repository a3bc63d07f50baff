"""The HTML view without a browser: what is selected, what the page holds, how it is written, the CLI.

The graph is the hand-built networkx view of tests/conftest.py (HTML view section): 21-KL/TW implemented by
03-KH/TW, Bến Tre's 123-KH/TU and Vĩnh Long's 15-CTr/TU (itself implemented by 45-KH/TU), plus a Bến Tre
resolution implementing its congress resolution. Browser behaviour is in tests/test_view_browser.py.
"""

from __future__ import annotations

import html
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from conftest import (
    BCHTW,
    BCT,
    BT_BTV,
    BT_DAIHOI,
    BT_KH123,
    BT_NQ02,
    BT_TU,
    DAIHOI,
    KH03,
    KL21,
    VL_BCH,
    VL_CTR15,
    VL_KH45,
)
from typer.testing import CliRunner

from graph import view_assets
from graph.view import (
    FocusNotFoundError,
    NothingSelectedError,
    ViewError,
    ViewTooLargeError,
    render_html,
    select_subgraph,
    write_html,
    write_view,
)
from vankien.cli import app

XSS_IMG = '<img src=x onerror="window.__pwned=1">'
XSS_SCRIPT = "</script><script>window.__pwned=1</script><!--"


class PageParser(HTMLParser):
    """Every tag with its attributes, and the text of each <script> block."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self._in_script: dict[str, str | None] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._in_script = dict(attrs)
            self.scripts.append((self._in_script, ""))

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = None

    def handle_data(self, data: str) -> None:
        if self._in_script is not None:
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)


def parse_page(text: str) -> PageParser:
    parser = PageParser()
    parser.feed(text)
    return parser


def payload_of(text: str) -> dict[str, Any]:
    """The nodes, edges and options the page hands to vis-network."""
    blocks = [body for attrs, body in parse_page(text).scripts if attrs.get("id") == "vk-data"]
    assert len(blocks) == 1
    return json.loads(blocks[0])


def nodes_by_id(text: str) -> dict[str, dict[str, Any]]:
    return {node["id"]: node for node in payload_of(text)["nodes"]}


# ── selection ─────────────────────────────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        pytest.param(
            {"focus": "21-KL/TW"}, {KL21, KH03, BT_KH123, VL_CTR15, BCHTW}, id="focus-symbol-depth-1"
        ),
        pytest.param({"focus": "Kết luận 21"}, {KL21, KH03, BT_KH123, VL_CTR15, BCHTW}, id="focus-mention"),
        pytest.param({"focus": "vkid:doc/tw/kl-21-tw-2021", "depth": 0}, {KL21}, id="focus-iri-depth-0"),
        pytest.param(
            {"focus": "21-KL/TW", "depth": 2},
            {KL21, KH03, BT_KH123, VL_CTR15, BCHTW, BCT, BT_BTV, VL_BCH, VL_KH45},
            id="focus-depth-2-issuers-not-walked-through",
        ),
        pytest.param({"focus": BT_BTV}, {BT_BTV, BT_KH123}, id="focus-organisation-what-it-issued"),
        pytest.param(
            {"province": "ben tre"},
            {BT_KH123, BT_NQ02, BT_DAIHOI, KL21, KH03, BT_BTV, BT_TU},
            id="province-folded-with-context-and-issuers",
        ),
        pytest.param(
            {"types": ["plan"]}, {KH03, BT_KH123, VL_KH45, KL21, VL_CTR15, BCT, BT_BTV}, id="type-plan"
        ),
        pytest.param(
            {"types": ["Kế hoạch"]},
            {KH03, BT_KH123, VL_KH45, KL21, VL_CTR15, BCT, BT_BTV},
            id="type-vietnamese",
        ),
        pytest.param({"since": "2022"}, {BT_KH123, VL_KH45, KL21, KH03, VL_CTR15, BT_BTV}, id="since-year"),
        pytest.param(
            {"since": "2021-11-01"},
            {BT_KH123, VL_KH45, KH03, VL_CTR15, DAIHOI, KL21, BT_BTV, BCT, VL_BCH},
            id="since-date-undated-documents-by-year",
        ),
        pytest.param(
            {"province": "Vĩnh Long", "types": ["plan"]}, {VL_KH45, VL_CTR15}, id="province-and-type"
        ),
        pytest.param(
            {"focus": "21-KL/TW", "types": ["plan"]},
            {KL21, KH03, BT_KH123, BCHTW},
            id="focus-narrowed-by-type",
        ),
    ],
)
def test_select_subgraph_shows_exactly_what_was_asked(
    view_graph: nx.MultiDiGraph, filters: dict[str, Any], expected: set[str]
) -> None:
    assert set(select_subgraph(view_graph, **filters).nodes) == expected


def test_select_subgraph_keeps_every_edge_between_selected_nodes(view_graph: nx.MultiDiGraph) -> None:
    sub = select_subgraph(view_graph, focus="21-KL/TW")
    assert set(sub.edges(keys=True)) == {
        (KH03, KL21, "implements"),
        (BT_KH123, KL21, "implements"),
        (BT_KH123, KH03, "implements"),
        (VL_CTR15, KL21, "implements"),
        (KL21, BCHTW, "issued_by"),
    }
    assert sub.edges[BT_KH123, KL21, "implements"]["evidence"][0]["sentence"].startswith("Ban Thường vụ")


def test_select_subgraph_records_focus_context_and_title(view_graph: nx.MultiDiGraph) -> None:
    focused = select_subgraph(view_graph, focus="21-KL/TW", depth=2)
    assert focused.graph["focus"] == (KL21,)
    assert focused.graph["title"] == "Quanh 21-KL/TW (2 bước)"
    province = select_subgraph(view_graph, province="Bến Tre", since="2016")
    assert set(province.graph["context"]) == {KL21, KH03, BT_DAIHOI}  # the congress resolution is of 2015
    assert province.graph["title"] == "Bến Tre · từ 01/01/2016"


def test_select_subgraph_without_filters_is_the_whole_graph_and_leaves_the_input_alone(
    view_graph: nx.MultiDiGraph,
) -> None:
    before = nx.node_link_data(view_graph, edges="links")
    whole = select_subgraph(view_graph)
    select_subgraph(view_graph, province="Bến Tre", types=["plan"])
    assert set(whole.nodes) == set(view_graph.nodes)
    assert set(whole.edges(keys=True)) == set(view_graph.edges(keys=True))
    assert nx.node_link_data(view_graph, edges="links") == before
    assert "focus" not in view_graph.graph


@pytest.mark.parametrize(
    ("filters", "error", "message"),
    [
        pytest.param({"focus": "99-KL/TW"}, FocusNotFoundError, "99-KL/TW", id="unknown-focus"),
        pytest.param({"types": ["memo"]}, ViewError, "unknown document type 'memo'", id="unknown-type"),
        pytest.param({"since": "2021-13"}, ViewError, "YYYY-MM-DD", id="bad-date"),
        pytest.param({"since": "25/10/2021"}, ViewError, "YYYY-MM-DD", id="vietnamese-date-order"),
        pytest.param({"focus": "21-KL/TW", "depth": -1}, ViewError, "depth", id="negative-depth"),
        pytest.param({"province": "Hà Nội"}, NothingSelectedError, "province 'Hà Nội'", id="empty-province"),
    ],
)
def test_select_subgraph_refuses_what_it_cannot_show(
    view_graph: nx.MultiDiGraph, filters: dict[str, Any], error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=re.escape(message)):
        select_subgraph(view_graph, **filters)


# ── the page ──────────────────────────────────────────────────────────────────────────────────────


def test_page_is_self_contained_and_offline(view_graph: nx.MultiDiGraph) -> None:
    text = render_html(view_graph)
    page = parse_page(text)
    assert [tag for tag, _ in page.tags if tag in ("link", "img", "iframe", "object", "embed")] == []
    assert all("src" not in attrs for attrs, _ in page.scripts)
    assert len(page.scripts) == 3  # the data block, vis-network, the page script: nothing else runs
    assert "vis.Network" in text and "Network(" in page.scripts[1][1]
    assert not re.search(r"url\(\s*['\"]?(?:https?:)?//", text)
    policy = next(a["content"] for t, a in page.tags if t == "meta" and a.get("http-equiv"))
    assert (
        policy is not None and "default-src 'none'" in policy and "unsafe-inline" not in policy.split(";")[1]
    )


def test_page_holds_every_node_and_edge(view_graph: nx.MultiDiGraph) -> None:
    payload = payload_of(render_html(view_graph))
    assert {n["id"] for n in payload["nodes"]} == set(view_graph.nodes)
    assert {(e["from"], e["to"], e["relation"]) for e in payload["edges"]} == set(view_graph.edges(keys=True))


@pytest.mark.parametrize(
    ("field", "where"),
    [
        pytest.param("subject", "Trích yếu", id="subject"),
        pytest.param("province", "Tỉnh/thành", id="province"),
        pytest.param("issuer", "Cơ quan ban hành", id="issuer"),
    ],
)
@pytest.mark.parametrize("attack", [XSS_IMG, XSS_SCRIPT], ids=["img-onerror", "script-close"])
def test_article_text_reaches_the_page_as_data_never_as_markup(
    view_graph: nx.MultiDiGraph, field: str, where: str, attack: str
) -> None:
    view_graph.nodes[BT_KH123][field] = f"an toàn {attack} thông tin"
    view_graph.nodes[BT_KH123]["label"] = attack
    view_graph.edges[BT_KH123, KL21, "implements"]["evidence"][0]["sentence"] = attack
    text = render_html(view_graph, title=attack)
    assert "<img" not in text and "window.__pwned=1</script>" not in text
    assert len(parse_page(text).scripts) == 3
    node = nodes_by_id(text)[BT_KH123]
    assert [where, f"an toàn {attack} thông tin"] in node["tip"]["rows"]  # shown as text, unchanged
    assert node["tip"]["quotes"][0]["text"] == attack
    assert f"<title>{html.escape(attack)}</title>" in text


@pytest.mark.parametrize(
    ("iri", "label"),
    [
        pytest.param(KL21, "21-KL/TW", id="central-symbol"),
        pytest.param(DAIHOI, "NQ Đại hội XIII", id="congress-resolution-short"),
        pytest.param(BT_KH123, "123-KH/TU\nBến Tre", id="local-symbol-with-province"),
        pytest.param(BT_NQ02, "NQ số 02\nBến Tre", id="local-unnumbered-symbol"),
        pytest.param(BT_BTV, "BTV Tỉnh ủy (Bến Tre)", id="provincial-organisation"),
        pytest.param(BCHTW, "BCH Trung ương", id="central-organisation"),
    ],
)
def test_labels_are_what_a_vietnamese_reader_recognises(
    view_graph: nx.MultiDiGraph, iri: str, label: str
) -> None:
    assert nodes_by_id(render_html(view_graph))[iri]["label"] == label


def test_nodes_are_coloured_by_type_sized_by_implementers_and_organisations_are_boxes(
    view_graph: nx.MultiDiGraph,
) -> None:
    nodes = nodes_by_id(render_html(view_graph))
    assert nodes[KL21]["color"]["background"] == view_assets.TYPE_COLOURS["conclusion"]
    assert nodes[BT_KH123]["color"]["background"] == view_assets.TYPE_COLOURS["plan"]
    assert nodes[KL21]["shape"] == "dot" and nodes[BT_BTV]["shape"] == "box"
    # 21-KL/TW has three implementers, 03-KH/TW one, 123-KH/TU none
    assert nodes[KL21]["size"] > nodes[KH03]["size"] > nodes[BT_KH123]["size"]


def test_implements_and_issued_by_look_different(view_graph: nx.MultiDiGraph) -> None:
    edges = {(e["from"], e["to"]): e for e in payload_of(render_html(view_graph))["edges"]}
    implements, issued_by = edges[BT_KH123, KL21], edges[BT_KH123, BT_BTV]
    assert implements["dashes"] is False and issued_by["dashes"]
    assert implements["color"] != issued_by["color"]
    assert implements["tip"]["rows"] == [["Quan hệ", "thực hiện"], ["Cách nhau", "77 ngày"]]
    assert implements["tip"]["quotes"][0]["source"] == "seeds/bai-01.txt (implements.thuc_hien_frame)"


def test_node_tooltip_quotes_a_sentence_once_even_when_it_asserts_two_relations(
    view_graph: nx.MultiDiGraph,
) -> None:
    shared = "Kế hoạch 123-KH/TU thực hiện Kết luận 21-KL/TW và Kế hoạch 03-KH/TW."
    for target in (KL21, KH03):
        view_graph.edges[BT_KH123, target, "implements"]["evidence"][0]["sentence"] = shared
    quotes = nodes_by_id(render_html(view_graph))[BT_KH123]["tip"]["quotes"]
    assert [(q["about"], q["text"]) for q in quotes] == [("thực hiện 21-KL/TW; thực hiện 03-KH/TW", shared)]


def test_legend_names_the_types_present_and_the_edge_styles(view_graph: nx.MultiDiGraph) -> None:
    text = render_html(view_graph)
    legend = text[text.index('<aside id="vk-legend">') : text.index("</aside>")]
    for name in ("Kết luận", "Kế hoạch", "Nghị quyết", "Chương trình hành động", "Tổ chức đảng", "thực hiện"):
        assert name in legend
    assert "Chỉ thị" not in legend  # no directive in this graph
    assert "8 văn bản, 5 tổ chức, 13 quan hệ" in legend


def test_focus_is_outlined_and_context_is_faded(view_graph: nx.MultiDiGraph) -> None:
    focused = nodes_by_id(render_html(select_subgraph(view_graph, focus="21-KL/TW")))
    assert focused[KL21]["borderWidth"] > 1 and "borderWidth" not in focused[KH03]
    filtered = nodes_by_id(render_html(select_subgraph(view_graph, province="Bến Tre")))
    assert filtered[KL21]["opacity"] < 1 and "opacity" not in filtered[BT_KH123]


def test_tree_is_hierarchical_top_down_with_implemented_documents_above(view_graph: nx.MultiDiGraph) -> None:
    payload = payload_of(render_html(view_graph, tree=True))
    hierarchy = payload["options"]["layout"]["hierarchical"]
    assert (hierarchy["enabled"], hierarchy["direction"], hierarchy["sortMethod"]) == (True, "UD", "directed")
    nodes = {n["id"]: n for n in payload["nodes"]}
    assert BT_BTV not in nodes and BCHTW not in nodes  # issuers are in the tooltips, not in the tree
    assert DAIHOI not in nodes  # on no implementation chain
    assert "Ẩn 1 văn bản không nằm trong chuỗi thực hiện nào." in render_html(view_graph, tree=True)
    assert (nodes[KL21]["level"], nodes[KH03]["level"], nodes[BT_KH123]["level"]) == (0, 1, 2)
    edge = next(e for e in payload["edges"] if (e["from"], e["to"]) == (KL21, BT_KH123))
    assert edge["arrows"]["from"]["enabled"] and not edge["arrows"]["to"]["enabled"]  # still points at KL 21
    assert edge["smooth"]["type"] == "curvedCW"  # skips a level: bows around 03-KH/TW


def synthetic_graph(documents: int) -> nx.MultiDiGraph:
    """``documents`` plans, each implementing one of ten central resolutions."""
    g = nx.MultiDiGraph()
    for n in range(documents):
        g.add_node(f"d{n}", kind="document", label=f"{n}-KH/TU", type="plan" if n >= 10 else "resolution")
        if n >= 10:
            g.add_edge(f"d{n}", f"d{n % 10}", key="implements", evidence=[], lag_days=None)
    return g


@pytest.mark.parametrize(
    ("documents", "solver", "most_iterations", "frozen"),
    [
        pytest.param(60, "forceAtlas2Based", 400, False, id="small-lively"),
        pytest.param(300, "forceAtlas2Based", 200, False, id="medium"),
        pytest.param(600, "barnesHut", 150, True, id="big-cheap-and-frozen"),
        pytest.param(1200, "barnesHut", 100, True, id="huge-cheaper"),
    ],
)
def test_physics_stabilises_in_bounded_time(
    documents: int, solver: str, most_iterations: int, frozen: bool
) -> None:
    payload = payload_of(render_html(synthetic_graph(documents)))
    physics = payload["options"]["physics"]
    assert physics["solver"] == solver
    assert physics["stabilization"]["iterations"] <= most_iterations
    assert payload["freeze"] is frozen


@pytest.mark.parametrize(
    ("documents", "physics", "refined"),
    [
        pytest.param(60, {"solver": "hierarchicalRepulsion"}, True, id="small"),
        pytest.param(600, {"enabled": False}, False, id="big-layout-engine-only"),
    ],
)
def test_big_trees_skip_physics_and_the_slow_refinements(
    documents: int, physics: dict[str, Any], refined: bool
) -> None:
    payload = payload_of(render_html(synthetic_graph(documents), tree=True))
    assert physics.items() <= payload["options"]["physics"].items()
    assert payload["options"]["physics"].get("stabilization", {}).get("iterations", 0) <= 200
    hierarchy = payload["options"]["layout"]["hierarchical"]
    assert hierarchy["blockShifting"] is refined and hierarchy["edgeMinimization"] is refined
    assert payload["freeze"] is True


def test_too_many_nodes_asks_for_a_filter() -> None:
    with pytest.raises(ViewTooLargeError, match="1,600 nodes, more than the limit of 1,500") as raised:
        render_html(synthetic_graph(1600))
    assert raised.value.nodes == 1600
    assert payload_of(render_html(synthetic_graph(1600), max_nodes=2000))["freeze"] is True


def test_an_empty_graph_still_makes_a_page() -> None:
    assert payload_of(render_html(nx.MultiDiGraph()))["nodes"] == []


# ── writing ───────────────────────────────────────────────────────────────────────────────────────


def test_write_html_replaces_the_file_whole(tmp_path: Path) -> None:
    out = tmp_path / "views" / "graph.html"
    assert write_html("<p>một</p>", out) == out
    write_html("<p>hai</p>", out)
    assert out.read_text(encoding="utf-8") == "<p>hai</p>"
    with pytest.raises(UnicodeEncodeError):
        write_html("<p>\ud800</p>", out)  # a lone surrogate cannot be written as UTF-8
    assert out.read_text(encoding="utf-8") == "<p>hai</p>"
    assert [p.name for p in out.parent.iterdir()] == ["graph.html"]


# ── from an RDF file: write_view and the CLI ──────────────────────────────────────────────────────

TRIG = """
@prefix vk: <https://w3id.org/vankien/ontology#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix id: <https://w3id.org/vankien/id/> .

id:graph\\/entities {
  id:doc\\/tw\\/kl-21-tw-2021 a vk:Conclusion ; rdfs:label "Kết luận 21-KL/TW"@vi ; vk:docType "conclusion" ;
    vk:number "21" ; vk:symbol "21-KL/TW" ; vk:dateIssued "2021-10-25"^^xsd:date ; vk:level vk:central ;
    vk:subject "đẩy mạnh xây dựng, chỉnh đốn Đảng" .
  id:doc\\/ben-tre\\/kh-123-tu-2022 a vk:Plan ; rdfs:label "Kế hoạch 123-KH/TU"@vi ; vk:docType "plan" ;
    vk:number "123" ; vk:symbol "123-KH/TU" ; vk:dateIssued "2022-01-10"^^xsd:date ; vk:level vk:provincial ;
    vk:province "Bến Tre" ; vk:issuedBy id:org\\/ben-tre\\/ban-thuong-vu-tinh-uy .
  id:doc\\/vinh-long\\/kh-45-tu-2023 a vk:Plan ; vk:docType "plan" ; vk:number "45" ; vk:symbol "45-KH/TU" ;
    vk:year 2023 ; vk:level vk:provincial ; vk:province "Vĩnh Long" .
  id:org\\/ben-tre\\/ban-thuong-vu-tinh-uy a vk:Organisation ; rdfs:label "Ban Thường vụ Tỉnh ủy"@vi ;
    vk:province "Bến Tre" ; vk:level vk:provincial .
}
id:article\\/bai-01 {
  id:article\\/bai-01 a vk:Article ; vk:sourceId "bai-01" ; vk:source "seeds/bai-01.txt" .
  id:doc\\/ben-tre\\/kh-123-tu-2022 vk:implements id:doc\\/tw\\/kl-21-tw-2021 ;
    vk:issuedBy id:org\\/ben-tre\\/ban-thuong-vu-tinh-uy .
  id:evidence\\/0000000000000001 a vk:Evidence ; rdf:subject id:doc\\/ben-tre\\/kh-123-tu-2022 ;
    rdf:predicate vk:implements ; rdf:object id:doc\\/tw\\/kl-21-tw-2021 ;
    prov:wasDerivedFrom id:article\\/bai-01 ; vk:start 0 ; vk:end 70 ; vk:rule "implements.thuc_hien_frame" ;
    vk:sentence "Ban Thường vụ Tỉnh ủy ban hành Kế hoạch 123-KH/TU thực hiện Kết luận 21-KL/TW." .
}
"""
ID = "https://w3id.org/vankien/id/"


@pytest.fixture
def trig_file(tmp_path: Path) -> Path:
    path = tmp_path / "graph.trig"
    path.write_text(TRIG, encoding="utf-8")
    return path


def test_write_view_reads_a_graph_file_and_returns_the_page_path(trig_file: Path, tmp_path: Path) -> None:
    out = write_view(trig_file, tmp_path / "out" / "graph.html")
    assert out == tmp_path / "out" / "graph.html"
    nodes = nodes_by_id(out.read_text(encoding="utf-8"))
    assert set(nodes) == {
        ID + "doc/tw/kl-21-tw-2021",
        ID + "doc/ben-tre/kh-123-tu-2022",
        ID + "doc/vinh-long/kh-45-tu-2023",
        ID + "org/ben-tre/ban-thuong-vu-tinh-uy",
    }
    quote = nodes[ID + "doc/ben-tre/kh-123-tu-2022"]["tip"]["quotes"][0]
    assert quote["text"].endswith("thực hiện Kết luận 21-KL/TW.") and quote["source"].startswith(
        "seeds/bai-01.txt"
    )


@pytest.mark.parametrize(
    ("arguments", "code", "output", "shown"),
    [
        pytest.param(
            ["--focus", "21-KL/TW", "--depth", "2"],
            0,
            "3 nodes, 2 edges",
            {"doc/tw/kl-21-tw-2021", "doc/ben-tre/kh-123-tu-2022", "org/ben-tre/ban-thuong-vu-tinh-uy"},
            id="focus",
        ),
        pytest.param(
            ["--province", "Vĩnh Long"], 0, "1 nodes", {"doc/vinh-long/kh-45-tu-2023"}, id="province"
        ),
        pytest.param(
            ["--type", "plan", "--since", "2023"],
            0,
            "1 nodes",
            {"doc/vinh-long/kh-45-tu-2023"},
            id="type-since",
        ),
        pytest.param(
            ["--focus", "Kết luận 21", "--tree", "--depth", "3"],
            0,
            "3 nodes, 2 edges",
            {"doc/tw/kl-21-tw-2021", "doc/ben-tre/kh-123-tu-2022"},  # the tree leaves the issuer out
            id="tree",
        ),
        pytest.param(
            ["--focus", "99-KL/TW"], 1, "error: no document or organisation", None, id="unknown-focus"
        ),
        pytest.param(["--max-nodes", "2"], 1, "narrow it with --focus DOC", None, id="too-large"),
        pytest.param(["--type", "memo"], 1, "unknown document type 'memo'", None, id="bad-type"),
    ],
)
def test_view_command(
    trig_file: Path, tmp_path: Path, arguments: list[str], code: int, output: str, shown: set[str] | None
) -> None:
    out = tmp_path / "view.html"
    result = CliRunner().invoke(app, ["view", "--graph", str(trig_file), "--out", str(out), *arguments])
    assert result.exit_code == code, result.output
    assert output in result.output
    if shown is None:
        assert not out.exists()
    else:
        assert set(nodes_by_id(out.read_text(encoding="utf-8"))) == {ID + s for s in shown}


def test_view_command_without_a_graph_says_how_to_get_one(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["view", "--graph", str(tmp_path / "none.trig"), "--out", "x.html"])
    assert result.exit_code == 1
    assert result.output.count("\n") == 1 and "vankien build" in result.output
