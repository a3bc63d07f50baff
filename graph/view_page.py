"""The page around the drawing: one self-contained HTML file with vis-network inlined and a strict CSP.

Strings from articles never pass through an HTML parser here: nodes, edges and tooltips travel as JSON in a
``<script type="application/json">`` block (``<``, ``>``, ``&`` escaped so that no text can close it) and the
page script builds tooltips with ``textContent``. Only ``title`` and the legend (already escaped) are HTML.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
from importlib.resources import files
from typing import Any


def script_safe_json(value: Any) -> str:
    """JSON that cannot close the <script> block it sits in (``</script>``, ``<!--``), whatever it holds."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def _vis_asset(name: str) -> str:
    """vis-network as pyvis ships it, read from the installed package (no CDN, no download)."""
    text = files("pyvis").joinpath("templates", "lib", "vis-9.1.2", name).read_text(encoding="utf-8")
    if "</script" in text.lower() or "</style" in text.lower():
        raise ValueError(f"pyvis's {name} cannot be inlined: it contains a closing tag")
    return text


def _script_hash(code: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode() + "'"


PAGE_CSS = """
html, body { margin: 0; height: 100%; font-family: "DejaVu Sans", Arial, sans-serif; background: #fafafa; }
#vk-network { position: absolute; inset: 0; }
#vk-legend { position: absolute; top: 10px; left: 10px; max-width: 300px; max-height: calc(100% - 20px);
  overflow: auto; background: rgba(255,255,255,0.93); border: 1px solid #ccc; border-radius: 6px;
  padding: 8px 12px; font-size: 13px; box-shadow: 0 1px 4px rgba(0,0,0,0.15); z-index: 5; }
#vk-legend h1 { font-size: 15px; margin: 0 0 4px; }
#vk-legend summary { cursor: pointer; font-weight: bold; }
#vk-legend ul { list-style: none; margin: 6px 0; padding: 0; }
#vk-legend li { margin: 3px 0; display: flex; align-items: center; gap: 6px; }
#vk-legend p { margin: 4px 0; }
.vk-dot { display: inline-block; width: 12px; height: 12px; border-radius: 50%; }
.vk-box { display: inline-block; width: 16px; height: 10px; background: #fff8e1; border: 1px solid #8d6e63; }
.vk-hint, #vk-legend small { color: #666; }
.vk-warning { color: #8a4b00; }
div.vis-tooltip { white-space: normal; max-width: 440px; font-family: inherit; font-size: 13px;
  background: #fffdf5; border: 1px solid #bbb; padding: 8px 10px; }
.vk-tip-title { font-weight: bold; margin-bottom: 4px; }
.vk-tip table { border-collapse: collapse; }
.vk-tip th { text-align: left; font-weight: normal; color: #666; padding: 1px 8px 1px 0; vertical-align: top;
  white-space: nowrap; }
.vk-tip blockquote { margin: 6px 0 0; padding-left: 8px; border-left: 3px solid #ccc; }
.vk-about, .vk-source, .vk-more { color: #666; font-size: 12px; }
.vk-quote { font-style: italic; }
#vk-empty { position: absolute; top: 45%; width: 100%; text-align: center; color: #666; }
"""

# Builds tooltips as DOM nodes with textContent (never innerHTML), registers the listeners before the data
# arrives so the stabilisation events cannot be missed, and freezes big graphs once they are laid out.
PAGE_JS = """(function () {
  "use strict";
  var payload = JSON.parse(document.getElementById("vk-data").textContent);
  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function tooltip(tip) {
    var box = el("div", "vk-tip");
    box.appendChild(el("div", "vk-tip-title", tip.title));
    if (tip.rows.length) {
      var table = el("table");
      tip.rows.forEach(function (row) {
        var tr = el("tr");
        tr.appendChild(el("th", null, row[0]));
        tr.appendChild(el("td", null, row[1]));
        table.appendChild(tr);
      });
      box.appendChild(table);
    }
    tip.quotes.forEach(function (quote) {
      var block = el("blockquote");
      if (quote.about) block.appendChild(el("div", "vk-about", quote.about));
      block.appendChild(el("div", "vk-quote", "\\u201c" + quote.text + "\\u201d"));
      if (quote.source) block.appendChild(el("div", "vk-source", quote.source));
      box.appendChild(block);
    });
    if (tip.more) box.appendChild(el("div", "vk-more", "\\u2026 và " + tip.more + " trích dẫn khác"));
    return box;
  }
  function withTooltips(items) {
    return items.map(function (item) {
      if (item.tip) { item.title = tooltip(item.tip); delete item.tip; }
      return item;
    });
  }
  var status = document.getElementById("vk-status");
  var nodes = new vis.DataSet(withTooltips(payload.nodes));
  var edges = new vis.DataSet(withTooltips(payload.edges));
  var network = new vis.Network(document.getElementById("vk-network"), {}, payload.options);
  window.network = network;
  window.vankienStabilized = false;
  network.on("stabilizationProgress", function (p) {
    status.textContent = "Đang sắp xếp… " + Math.round(100 * p.iterations / p.total) + "%";
  });
  // Fit the graph into the part of the window the legend leaves free (the legend floats top-left).
  function fitBesideLegend() {
    network.fit({animation: false, maxZoomLevel: 1.5});
    var free = document.getElementById("vk-legend").getBoundingClientRect().right + 10;
    var width = document.getElementById("vk-network").clientWidth;
    if (free > 0.5 * width) return;
    network.moveTo({position: network.getViewPosition(), scale: network.getScale() * (width - free) / width,
                    offset: {x: free / 2, y: 0}});
  }
  // Tools waiting for the layout (tests, screenshots) watch this flag or the attribute (no eval needed).
  function markStabilized() {
    window.vankienStabilized = true;
    document.documentElement.setAttribute("data-stabilized", "true");
  }
  // Ready once vis-network reports stabilisation; a tree has no physics, so once it is first drawn.
  function ready() {
    status.textContent = "";
    if (payload.freeze) network.setOptions({physics: false});
    fitBesideLegend();
    markStabilized();
  }
  var physics = payload.options.physics.enabled !== false;
  network.once(physics ? "stabilizationIterationsDone" : "afterDrawing", ready);
  network.setData({nodes: nodes, edges: edges});
  if (nodes.length === 0) {
    document.body.appendChild(el("div", null, "Không có văn bản nào để hiển thị.")).id = "vk-empty";
    markStabilized();
  }
})();
"""


def page(title: str, legend: str, payload: dict[str, Any]) -> str:
    """One self-contained HTML file: vis-network inlined, a CSP that forbids every network request."""
    vis_js, vis_css = _vis_asset("vis-network.min.js"), _vis_asset("vis-network.css")
    # Only these two scripts may run: injected inline scripts and on* handlers are refused by the browser.
    policy = (
        f"default-src 'none'; script-src {_script_hash(vis_js)} {_script_hash(PAGE_JS)}; "
        "style-src 'unsafe-inline'; img-src data:; font-src data:"
    )
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{policy}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(title)}</title>\n<style>{vis_css}</style>\n<style>{PAGE_CSS}</style>\n</head>\n"
        f'<body>\n<div id="vk-network"></div>\n'
        f'<aside id="vk-legend"><h1>{html.escape(title)}</h1>{legend}</aside>\n'
        f'<script type="application/json" id="vk-data">{script_safe_json(payload)}</script>\n'
        f"<script>{vis_js}</script>\n<script>{PAGE_JS}</script>\n</body>\n</html>\n"
    )
