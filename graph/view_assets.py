"""How the HTML view looks: palette, Vietnamese labels, tooltip contents, vis-network options, the legend.

Pure functions and constants. Labels are drawn on a canvas and tooltips are plain data (the page script turns
them into text nodes), so article text is never markup; the legend is HTML built from ``html.escape``d text.
"""

from __future__ import annotations

import html
from typing import Any

from ontology.namespace import TYPE_NAME_VI

# One colour per vk:docType value; fixed so that a colour means the same type in every view.
TYPE_COLOURS: dict[str, str] = {
    "resolution": "#c62828",
    "conclusion": "#ef6c00",
    "directive": "#6a1b9a",
    "regulation": "#283593",
    "decision": "#ad1457",
    "rules": "#5d4037",
    "action_programme": "#00897b",
    "plan": "#1e88e5",
    "guideline": "#43a047",
    "circular": "#9e9d24",
    "notice": "#f9a825",
    "project": "#8d6e63",
    "report": "#00acc1",
    "dispatch": "#78909c",
    "other": "#9e9e9e",
}
TYPE_NAMES: dict[str, str] = TYPE_NAME_VI
LEVEL_NAMES: dict[str, str] = {
    "central": "Trung ương",
    "provincial": "Tỉnh",
    "district": "Huyện",
    "grassroots": "Cơ sở",
}
# Long names readers abbreviate themselves ("NQ Đại hội XIII", "BTV Tỉnh ủy"); longest first.
_ABBREVIATIONS: tuple[tuple[str, str], ...] = (
    ("Chương trình hành động", "CTr"),
    ("Ban Chấp hành", "BCH"),
    ("Ban Thường vụ", "BTV"),
    ("Nghị quyết", "NQ"),
    ("Kết luận", "KL"),
    ("Chỉ thị", "CT"),
    ("Kế hoạch", "KH"),
    ("Hướng dẫn", "HD"),
    ("Thông báo", "TB"),
)
ORGANISATION_STYLE: dict[str, Any] = {"background": "#fff8e1", "border": "#8d6e63"}
# relation -> (legend name, vis edge style). Implements is the relation people trace: solid and coloured.
EDGE_STYLES: dict[str, tuple[str, dict[str, Any]]] = {
    "implements": ("thực hiện", {"color": {"color": "#37474f"}, "width": 2, "dashes": False}),
    "based_on": ("căn cứ", {"color": {"color": "#7e57c2"}, "width": 1.5, "dashes": [2, 4]}),
    "issued_by": ("do ... ban hành", {"color": {"color": "#b0b0b0"}, "width": 1, "dashes": [6, 4]}),
    "sub_organization_of": ("trực thuộc", {"color": {"color": "#d7ccc8"}, "width": 1, "dashes": [1, 3]}),
}
MAX_QUOTES = 3
MAX_QUOTE_CHARS = 320
BIG_GRAPH = 500  # past this many nodes: cheaper physics, frozen once stabilised


def fill_colour(fill: str, border: str) -> dict[str, Any]:
    """The same colours when selected or hovered (vis would switch to its own blue), with a dark rim."""
    return {
        "background": fill,
        "border": border,
        "highlight": {"background": fill, "border": "#000000"},
        "hover": {"background": fill, "border": "#000000"},
    }


def shorten(text: str) -> str:
    """ "Nghị quyết Đại hội XIII" -> "NQ Đại hội XIII"; "Ban Thường vụ Tỉnh ủy" -> "BTV Tỉnh ủy"."""
    for long, short in _ABBREVIATIONS:
        text = text.replace(long, short)
    return text


def document_label(data: dict[str, Any]) -> str:
    """The symbol or short name, and the province on a second line for local documents."""
    name = shorten(str(data.get("label") or data.get("symbol") or TYPE_NAMES.get(data.get("type", ""), "?")))
    province = data.get("province")
    if province and data.get("level") != "central" and province not in name:
        return f"{name}\n{province}"
    return name


def organisation_label(data: dict[str, Any]) -> str:
    """ "BTV Tỉnh ủy (Bến Tre)": the short name with its province."""
    name = shorten(str(data.get("label") or "?"))
    province = data.get("province")
    return f"{name} ({province})" if province and province not in name else name


def node_size(implementers: int) -> float:
    """Dots grow with the number of documents implementing them, slowly so hubs stay readable."""
    return round(12 + 7 * implementers**0.5, 1)


def display_date(data: dict[str, Any]) -> str | None:
    """ISO date as Vietnamese write it (25/10/2021), else the year."""
    iso = data.get("date")
    if iso and len(iso) == 10:
        return f"{iso[8:10]}/{iso[5:7]}/{iso[0:4]}"
    year = data.get("year")
    return f"năm {year}" if year else None


def _clip(text: str) -> str:
    return text if len(text) <= MAX_QUOTE_CHARS else text[: MAX_QUOTE_CHARS - 1].rstrip() + "…"


def quotes(evidence: list[dict[str, Any]], about: str = "") -> list[dict[str, str]]:
    """The evidence sentences with where they come from (the article's source file or URL)."""
    found = []
    for record in evidence:
        sentence = record.get("sentence")
        if not sentence:
            continue
        origin = record.get("source") or record.get("article") or ""
        rule = record.get("rule")
        source = f"{origin} ({rule})" if rule and origin else origin or rule or ""
        found.append({"about": about, "text": _clip(str(sentence)), "source": str(source)})
    return found


def merge_quotes(cited: list[dict[str, str]]) -> list[dict[str, str]]:
    """One quote per sentence: a sentence asserting two relations is shown once, about both."""
    merged: dict[tuple[str, str], dict[str, str]] = {}
    for quote in cited:
        key = (quote["text"], quote["source"])
        if key in merged:
            merged[key]["about"] += "; " + quote["about"]
        else:
            merged[key] = dict(quote)
    return list(merged.values())


def tooltip(title: str, rows: list[tuple[str, Any]], cited: list[dict[str, str]]) -> dict[str, Any]:
    """Plain data the page script turns into DOM nodes (text only, never markup)."""
    kept = [[name, str(value)] for name, value in rows if value not in (None, "")]
    return {
        "title": title,
        "rows": kept,
        "quotes": cited[:MAX_QUOTES],
        "more": max(0, len(cited) - MAX_QUOTES),
    }


def document_rows(data: dict[str, Any], implementers: int) -> list[tuple[str, Any]]:
    level = data.get("level")
    return [
        ("Loại", TYPE_NAMES.get(data.get("type") or "other", data.get("type"))),
        ("Trích yếu", data.get("subject")),
        ("Ngày ban hành", display_date(data)),
        ("Cơ quan ban hành", data.get("issuer")),
        ("Tỉnh/thành", data.get("province")),
        ("Cấp", LEVEL_NAMES.get(level, level) if level else None),
        ("Khóa", data.get("term")),
        ("Văn bản thực hiện", implementers or None),
        ("Số lần được nhắc", data.get("mentions") or None),
    ]


def organisation_rows(data: dict[str, Any]) -> list[tuple[str, Any]]:
    level = data.get("level")
    return [
        ("Loại", "Tổ chức đảng"),
        ("Tỉnh/thành", data.get("province")),
        ("Cấp", LEVEL_NAMES.get(level, level) if level else None),
    ]


def vis_options(node_count: int, *, tree: bool) -> dict[str, Any]:
    """Layout and physics: bounded stabilisation always, cheaper settings past BIG_GRAPH nodes."""
    big = node_count > BIG_GRAPH
    options: dict[str, Any] = {
        "nodes": {
            "font": {"face": "DejaVu Sans, Arial, sans-serif", "size": 16, "strokeWidth": 3},
            "widthConstraint": {"maximum": 170},  # long names wrap instead of running into their neighbours
            # labels smaller than this on screen are not drawn: a zoomed-out big graph shows dots, not grey fog
            "scaling": {"label": {"drawThreshold": 9 if big else 5}},
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
            "smooth": False if big else {"type": "continuous"},
        },
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": big, "keyboard": True},
        "layout": {"improvedLayout": not big},
    }
    if tree:
        options["layout"]["hierarchical"] = {
            "enabled": True,
            "direction": "UD",
            "sortMethod": "directed",
            "shakeTowards": "roots",
            "levelSeparation": 130,
            "nodeSpacing": 150,
            # the two refinements are quadratic or worse: 2,000 documents took over a minute with them
            "blockShifting": not big,
            "edgeMinimization": not big,
        }
        options["edges"]["smooth"] = {"type": "cubicBezier", "forceDirection": "vertical", "roundness": 0.4}
        # hierarchicalRepulsion pulls children under their parents but is quadratic: big trees go without
        options["physics"] = (
            {"enabled": False}
            if big
            else {
                "solver": "hierarchicalRepulsion",
                # some gravity keeps a forest of small trees together instead of drifting apart
                "hierarchicalRepulsion": {
                    "nodeDistance": 130,
                    "centralGravity": 0.5,
                    "springLength": 80,
                    "avoidOverlap": 1,
                },
                "stabilization": {"iterations": 200, "updateInterval": 25},
            }
        )
    elif big:  # a coarser Barnes-Hut (theta) and fewer iterations: ~0.1 s each at 2,000 nodes on 2 cores
        options["physics"] = {
            "solver": "barnesHut",
            "barnesHut": {"gravitationalConstant": -4000, "springLength": 110, "damping": 0.3, "theta": 0.8},
            "stabilization": {"iterations": 100 if node_count > 1000 else 150, "updateInterval": 25},
            "minVelocity": 2,
        }
    else:
        options["physics"] = {
            "solver": "forceAtlas2Based",
            # tuned on the seed graph: compact enough that labels stay readable once fitted, few overlaps
            "forceAtlas2Based": {
                "gravitationalConstant": -70,
                "springLength": 85,
                "avoidOverlap": 1,
                "centralGravity": 0.015,
            },
            "stabilization": {"iterations": 400 if node_count <= 200 else 200, "updateInterval": 25},
            "minVelocity": 1,
        }
    return options


def legend_html(type_counts: dict[str, int], relations: list[str], summary: str, notes: list[str]) -> str:
    """The legend block: document types present (colour dots), the organisation box, edge styles."""
    items = [
        f'<li><span class="vk-dot" style="background:{TYPE_COLOURS.get(t, "#9e9e9e")}"></span>'
        f"{html.escape(TYPE_NAMES.get(t, t))} <small>({n})</small></li>"
        for t, n in sorted(type_counts.items(), key=lambda item: (-item[1], item[0]))
        if t != "organisation"
    ]
    if "organisation" in type_counts:
        count = type_counts["organisation"]
        items.append(f'<li><span class="vk-box"></span>Tổ chức đảng <small>({count})</small></li>')
    for relation in relations:
        name, style = EDGE_STYLES[relation]
        dash = style["dashes"]
        pattern = f' stroke-dasharray="{dash[0]} {dash[1]}"' if dash else ""
        items.append(
            f'<li><svg width="34" height="10" aria-hidden="true"><line x1="0" y1="5" x2="26" y2="5" '
            f'stroke="{style["color"]["color"]}" stroke-width="2"{pattern}/>'
            f'<polygon points="26,1 34,5 26,9" fill="{style["color"]["color"]}"/></svg>'
            f"{html.escape(name)}</li>"
        )
    note_html = "".join(f"<p>{html.escape(note)}</p>" for note in notes)
    return (
        f'<details open><summary>Chú giải</summary><p class="vk-summary">{html.escape(summary)}</p>'
        f'<ul>{"".join(items)}</ul>{note_html}<p id="vk-status"></p>'
        '<p class="vk-hint">Di chuột lên nút hoặc cạnh để xem chi tiết; cuộn để phóng to.</p></details>'
    )
