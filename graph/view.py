"""Interactive HTML views of the networkx view (pyvis / vis-network), whole or filtered.

``select_subgraph`` picks what to show (the neighbourhood of a document, a province, some types, a period),
``render_html`` turns a graph into one self-contained, offline HTML page, ``write_html`` writes it atomically.
``write_view`` does all three from a graph file, a Dataset or a networkx graph (what ``make demo`` calls).
"""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

import networkx as nx
from rdflib import Dataset

from graph import view_assets as assets
from graph.view_page import page
from graph.view_select import (
    DEFAULT_TITLE,
    FocusNotFoundError,
    NothingSelectedError,
    ViewError,
    find_focus,
    neighbourhood,
    select_subgraph,
)

__all__ = [
    "DEFAULT_MAX_NODES",
    "FocusNotFoundError",
    "NothingSelectedError",
    "ViewError",
    "ViewTooLargeError",
    "find_focus",
    "load_network",
    "neighbourhood",
    "render_html",
    "select_subgraph",
    "write_html",
    "write_view",
]

log = logging.getLogger(__name__)

DEFAULT_MAX_NODES = 1500  # past this a browser view is a hairball and slow; ask for a filter instead
_TREE_RELATIONS = ("implements", "based_on")


class ViewTooLargeError(ViewError):
    """More nodes than a browser view stays usable with."""

    def __init__(self, nodes: int, limit: int) -> None:
        super().__init__(
            f"the view has {nodes:,} nodes, more than the limit of {limit:,}: narrow it to a document's "
            "neighbourhood, a province, some types or a period (or raise the limit)"
        )
        self.nodes = nodes
        self.limit = limit


def _drawn(g: nx.MultiDiGraph, tree: bool) -> nx.MultiDiGraph:
    """A tree shows the documents on implementation chains (and the focus): issuers would become roots of
    their own and break the hierarchy, documents without any chain would only widen the rows."""
    if not tree:
        return g
    chained = {n for s, t, key in g.edges(keys=True) if key in _TREE_RELATIONS for n in (s, t)}
    chained |= set(g.graph.get("focus", ()))
    return g.subgraph(n for n, kind in g.nodes(data="kind") if kind != "organisation" and n in chained)


def _implementer_counts(g: nx.MultiDiGraph) -> dict[str, int]:
    counts = dict.fromkeys(g.nodes, 0)
    for source, target, key in g.edges(keys=True):
        if key == "implements" and source != target:
            counts[target] += 1
    return counts


def _node_options(g: nx.MultiDiGraph, node: str, implementers: int, role: str) -> dict[str, Any]:
    data = g.nodes[node]
    if data.get("kind") == "organisation":
        colour = assets.ORGANISATION_STYLE
        tip = assets.tooltip(str(data.get("label") or node), assets.organisation_rows(data), [])
        options: dict[str, Any] = {
            "label": assets.organisation_label(data),
            "shape": "box",
            "color": assets.fill_colour(colour["background"], colour["border"]),
            "margin": 6,
            "font": {"size": 15},
        }
    else:
        fill = assets.TYPE_COLOURS.get(data.get("type") or "other", assets.TYPE_COLOURS["other"])
        tip = assets.tooltip(str(data.get("label") or node), assets.document_rows(data, implementers), [])
        tip["quotes"], tip["more"] = _node_quotes(g, node)
        options = {
            "label": assets.document_label(data),
            "shape": "dot",
            "size": assets.node_size(implementers),
            "color": assets.fill_colour(fill, "#263238" if role == "focus" else fill),
        }
    options["tip"] = tip
    # not vis "group": pyvis drops a node's colour when it has one, and groups bring their own palette
    options["category"] = (
        "organisation" if data.get("kind") == "organisation" else data.get("type") or "other"
    )
    if role == "focus":
        options.update(borderWidth=5, font={"size": 19, "color": "#000000"})
    elif role == "context":
        options["opacity"] = 0.45
    return options


def _node_quotes(g: nx.MultiDiGraph, node: str) -> tuple[list[dict[str, str]], int]:
    """Evidence of what the document implements (or, for a central one, of who implements it)."""
    cited = []
    for _, target, key, data in g.out_edges(node, keys=True, data=True):
        if key in ("implements", "based_on"):
            name = assets.EDGE_STYLES[key][0]
            cited += assets.quotes(
                data.get("evidence") or [], f"{name} {g.nodes[target].get('label', target)}"
            )
    if not cited:
        for source, _, key, data in g.in_edges(node, keys=True, data=True):
            if key == "implements":
                about = f"{g.nodes[source].get('label', source)} thực hiện văn bản này"
                cited += assets.quotes(data.get("evidence") or [], about)
    cited = assets.merge_quotes(cited)
    return cited[: assets.MAX_QUOTES], max(0, len(cited) - assets.MAX_QUOTES)


def _edge_options(
    g: nx.MultiDiGraph, source: str, target: str, key: str, tree: bool, levels_spanned: int = 1
) -> dict[str, Any]:
    name, style = assets.EDGE_STYLES.get(key, (key, assets.EDGE_STYLES["based_on"][1]))
    data = g.edges[source, target, key]
    lag = data.get("lag_days")
    rows = [("Quan hệ", name), ("Cách nhau", f"{lag} ngày" if lag is not None else None)]
    labels = (g.nodes[source].get("label", source), g.nodes[target].get("label", target))
    tip = assets.tooltip(f"{labels[0]} → {labels[1]}", rows, assets.quotes(data.get("evidence") or []))
    options: dict[str, Any] = {**style, "tip": tip, "relation": key}
    if tree:  # parents on top: vis puts an edge's "from" above its "to", so draw it reversed
        options["arrows"] = {"from": {"enabled": True, "scaleFactor": 0.6}, "to": {"enabled": False}}
    if levels_spanned > 1:  # bow around the documents of the levels in between instead of crossing them
        options["smooth"] = {"type": "curvedCW", "roundness": 0.35}
    return options


def tree_order(g: nx.MultiDiGraph) -> list[str]:
    """Each document followed by its implementers, depth first from the roots.

    vis-network places the nodes of a row in the order it meets them, so this order keeps implementers under
    the document they implement instead of scattering them (and crossing the edges).
    """
    implementers: dict[str, list[str]] = {n: [] for n in g}
    for source, target, key in g.edges(keys=True):
        if key in _TREE_RELATIONS and source != target:
            implementers[target].append(source)
    parents = {s for s, _, key in g.edges(keys=True) if key in _TREE_RELATIONS}
    roots = sorted((n for n in g if n not in parents), key=lambda n: -len(implementers[n]))
    order, seen = [], set()
    for root in [*roots, *g]:
        stack = [root]
        while stack:
            node = stack.pop()
            if node not in seen:
                seen.add(node)
                order.append(node)
                stack.extend(
                    sorted(implementers[node], key=lambda n: str(g.nodes[n].get("label")), reverse=True)
                )
    return order


def tree_levels(g: nx.MultiDiGraph) -> dict[str, int]:
    """Tree row of each document: one below the lowest document it implements; {} if there is a cycle."""
    upward = nx.DiGraph()
    upward.add_nodes_from(g)
    upward.add_edges_from((t, s) for s, t, key in g.edges(keys=True) if key in _TREE_RELATIONS)
    if not nx.is_directed_acyclic_graph(upward):
        return {}  # let vis-network place the rows itself
    levels: dict[str, int] = {}
    for node in nx.topological_sort(upward):
        levels[node] = max((levels[p] + 1 for p in upward.predecessors(node)), default=0)
    return levels


def _legend(g: nx.MultiDiGraph, tree: bool, big: bool, hidden: int) -> str:
    counts: dict[str, int] = {}
    for _, data in g.nodes(data=True):
        kind = "organisation" if data.get("kind") == "organisation" else data.get("type") or "other"
        counts[kind] = counts.get(kind, 0) + 1
    relations = [r for r in assets.EDGE_STYLES if any(key == r for _, _, key in g.edges(keys=True))]
    documents = sum(n for k, n in counts.items() if k != "organisation")
    organisations = "" if tree else f"{counts.get('organisation', 0)} tổ chức, "
    summary = f"{documents} văn bản, {organisations}{g.number_of_edges()} quan hệ"
    notes = []
    focus = [g.nodes[n].get("label", n) for n in g.graph.get("focus", ()) if n in g]
    if focus:
        notes.append("Tâm điểm (viền đậm): " + ", ".join(map(str, focus)))
    if g.graph.get("context"):
        notes.append("Nút mờ: văn bản được thực hiện, nằm ngoài bộ lọc.")
    if tree:
        notes.append("Dạng cây: văn bản được thực hiện ở trên; cơ quan ban hành xem khi di chuột.")
    if hidden:
        notes.append(f"Ẩn {hidden} văn bản không nằm trong chuỗi thực hiện nào.")
    if big:
        notes.append("Đồ thị lớn: bố cục được cố định sau khi sắp xếp; hãy lọc để xem rõ hơn.")
    return assets.legend_html(counts, relations, summary, notes)


def render_html(
    g: nx.MultiDiGraph,
    *,
    tree: bool = False,
    title: str | None = None,
    max_nodes: int = DEFAULT_MAX_NODES,
) -> str:
    """One self-contained HTML page (no network access needed) drawing ``g`` with vis-network.

    ``title`` defaults to the one ``select_subgraph`` wrote (what the view shows). Raises
    ``ViewTooLargeError`` past ``max_nodes`` nodes.
    """
    from pyvis.network import Network  # heavy optional import, only when drawing

    shown = _drawn(g, tree)
    if shown.number_of_nodes() > max_nodes:
        raise ViewTooLargeError(shown.number_of_nodes(), max_nodes)
    focus, context = set(g.graph.get("focus", ())), set(g.graph.get("context", ()))
    counts = _implementer_counts(shown)
    levels = tree_levels(shown) if tree else {}
    net = Network(directed=True)
    for node in tree_order(shown) if tree else shown.nodes:
        role = "focus" if node in focus else "context" if node in context else "plain"
        level = {"level": levels[node]} if node in levels else {}
        net.add_node(node, **_node_options(shown, node, counts[node], role), **level)
    for number, (source, target, key) in enumerate(shown.edges(keys=True)):
        ends = (target, source) if tree else (source, target)
        spanned = levels[source] - levels[target] if levels else 1
        net.add_edge(*ends, id=f"e{number}", **_edge_options(shown, source, target, key, tree, spanned))
    big = shown.number_of_nodes() > assets.BIG_GRAPH
    hidden = sum(1 for n, kind in g.nodes(data="kind") if kind != "organisation" and n not in shown)
    payload = {
        "nodes": net.nodes,
        "edges": net.edges,
        "options": assets.vis_options(shown.number_of_nodes(), tree=tree),
        "freeze": big or tree,
    }
    return page(title or g.graph.get("title") or DEFAULT_TITLE, _legend(shown, tree, big, hidden), payload)


def write_html(text: str, out: Path) -> Path:
    """Write the page atomically: a reader never sees half a file, a failed write leaves the old one."""
    out.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temp_name, 0o644)
        os.replace(temp_name, out)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    log.info("wrote %s", out)
    return out


def load_network(source: Path | str | Dataset | nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The networkx view of a graph file (TriG, Turtle, N-Quads, JSON-LD), a Dataset or the view itself."""
    if isinstance(source, nx.MultiDiGraph):
        return source
    from graph.network import to_networkx
    from graph.store import load_dataset

    return to_networkx(source if isinstance(source, Dataset) else load_dataset(Path(source)))


def write_view(
    source: Path | str | Dataset | nx.MultiDiGraph,
    out_html: Path | str,
    *,
    focus: str | None = None,
    depth: int = 1,
    province: str | None = None,
    types: Iterable[str] = (),
    since: date | str | None = None,
    tree: bool = False,
    title: str | None = None,
    max_nodes: int = DEFAULT_MAX_NODES,
) -> Path:
    """Load, select, render and write in one call; returns the path of the HTML file."""
    sub = select_subgraph(load_network(source), focus, depth, province, types, since)
    return write_html(render_html(sub, tree=tree, title=title, max_nodes=max_nodes), Path(out_html))
