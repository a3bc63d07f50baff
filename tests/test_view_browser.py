"""The HTML view in a real browser: Debian's headless chromium driven by playwright, with the network cut off.

Every page is loaded from file:// while every other request is aborted and recorded; the tests then read the
vis-network objects the page built (``window.network``) after it reports stabilisation. If chromium is missing
these tests FAIL (``make test`` installs it through scripts/setup-system.sh): they never download a browser.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from conftest import BCHTW, BT_KH123, KH03, KL21, VL_CTR15
from playwright.sync_api import BrowserContext, Page, Route, sync_playwright

from graph import view_assets
from graph.view import render_html, select_subgraph, write_html

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
LAUNCH_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
VIEWPORT = {"width": 960, "height": 640}
XSS_IMG = '<img src=x onerror="window.__pwned=1">'
XSS_SCRIPT = "<script>window.__pwned=1</script>"
STABILISED = "html[data-stabilized=true]"  # a selector: the page's CSP forbids eval


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BrowserContext]:
    """One chromium per module, with a fresh profile directory."""
    if not CHROMIUM.is_file():
        pytest.fail(
            f"{CHROMIUM} is missing: the HTML view tests need Debian's chromium; install it with "
            "`make system` (bash scripts/setup-system.sh, as root)",
            pytrace=False,
        )
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")),
            executable_path=str(CHROMIUM),
            headless=True,
            args=LAUNCH_ARGS,
            viewport=VIEWPORT,
            device_scale_factor=1,
        )
        yield context
        context.close()


@dataclass
class LoadedPage:
    """A page and what went wrong while it loaded: network attempts, console errors, uncaught exceptions."""

    page: Page
    blocked: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def evaluate(self, script: str, argument: object = None) -> Any:
        return self.page.evaluate(script, argument)


def load(
    browser: BrowserContext, html_text: str, directory: Path, wait_for: str | None = STABILISED
) -> LoadedPage:
    path = write_html(html_text, directory / "view.html")
    page = browser.new_page()
    loaded = LoadedPage(page)

    def offline(route: Route) -> None:
        url = route.request.url
        if url.startswith("file://"):
            route.continue_()
        else:
            loaded.blocked.append(url)
            route.abort()

    page.route("**/*", offline)
    page.on("console", lambda message: message.type == "error" and loaded.errors.append(message.text))
    page.on("pageerror", lambda error: loaded.errors.append(str(error)))
    page.on("requestfailed", lambda request: loaded.blocked.append(request.url))
    page.goto(path.as_uri())
    if wait_for:
        page.wait_for_selector(wait_for, state="attached", timeout=60_000)
    return loaded


def counts(loaded: LoadedPage) -> list[int]:
    return loaded.evaluate("[network.body.data.nodes.length, network.body.data.edges.length]")


def hover(loaded: LoadedPage, node: str) -> str:
    """Move the mouse onto a node and return the text of the tooltip vis-network shows."""
    where = loaded.evaluate("(id) => network.canvasToDOM(network.getPositions([id])[id])", node)
    box = loaded.page.locator("#vk-network").bounding_box()
    loaded.page.mouse.move(box["x"] + where["x"], box["y"] + where["y"], steps=4)
    tooltip = loaded.page.locator("div.vis-tooltip")
    tooltip.wait_for(state="visible", timeout=10_000)
    return tooltip.text_content() or ""


def test_the_harness_sees_a_page_that_reaches_for_the_network(
    browser: BrowserContext, tmp_path: Path
) -> None:
    page = '<html><body><img src="https://cdn.example.invalid/x.png"><script>console.error("boom")</script>'
    loaded = load(browser, page, tmp_path, wait_for=None)
    loaded.page.wait_for_load_state("load")
    assert loaded.blocked and loaded.blocked[0].startswith("https://cdn.example.invalid/")
    assert "boom" in loaded.errors


def test_whole_view_loads_offline_with_every_node_and_edge(
    browser: BrowserContext, tmp_path: Path, view_graph: nx.MultiDiGraph
) -> None:
    loaded = load(browser, render_html(view_graph), tmp_path)
    assert counts(loaded) == [view_graph.number_of_nodes(), view_graph.number_of_edges()]
    assert loaded.blocked == [] and loaded.errors == []
    legend = loaded.page.locator("#vk-legend")
    assert legend.is_visible() and "Kết luận" in legend.inner_text()


def test_focused_view_holds_exactly_the_neighbourhood(
    browser: BrowserContext, tmp_path: Path, view_graph: nx.MultiDiGraph
) -> None:
    loaded = load(browser, render_html(select_subgraph(view_graph, focus="21-KL/TW")), tmp_path)
    assert set(loaded.evaluate("network.body.data.nodes.getIds()")) == {KL21, KH03, BT_KH123, VL_CTR15, BCHTW}
    assert counts(loaded) == [5, 5]
    assert loaded.blocked == [] and loaded.errors == []


@pytest.mark.parametrize("attack", [XSS_IMG, XSS_SCRIPT], ids=["img-onerror", "script-tag"])
def test_article_text_in_tooltips_shows_as_text_and_never_runs(
    browser: BrowserContext, tmp_path: Path, view_graph: nx.MultiDiGraph, attack: str
) -> None:
    view_graph.nodes[BT_KH123]["subject"] = f"về {attack} chuyển đổi số"
    view_graph.nodes[BT_KH123]["label"] = attack
    view_graph.edges[BT_KH123, KL21, "implements"]["evidence"][0]["sentence"] = (
        f"Thực hiện {attack} kết luận."
    )
    loaded = load(browser, render_html(view_graph, title=attack), tmp_path)
    shown = hover(loaded, BT_KH123)
    assert f"về {attack} chuyển đổi số" in shown and f"Thực hiện {attack} kết luận." in shown
    assert loaded.evaluate("document.querySelectorAll('.vis-tooltip img, .vis-tooltip script').length") == 0
    # every tooltip, not only the one hovered, is a text-only DOM tree
    titles = "network.body.data.nodes.get().concat(network.body.data.edges.get()).map((item) => item.title)"
    assert loaded.evaluate(f"{titles}.every((t) => t instanceof Element && !t.querySelector('img, script'))")
    assert loaded.evaluate("document.title") == attack
    assert loaded.evaluate("typeof window.__pwned") == "undefined"
    assert loaded.errors == []  # nothing tried to run (a refused inline script would log a CSP error)


def test_tree_draws_implemented_documents_above_their_implementers(
    browser: BrowserContext, tmp_path: Path, view_graph: nx.MultiDiGraph
) -> None:
    loaded = load(browser, render_html(view_graph, tree=True), tmp_path)
    y = loaded.evaluate("(ids) => ids.map((id) => network.getPositions([id])[id].y)", [KL21, KH03, BT_KH123])
    assert y[0] < y[1] < y[2]
    assert loaded.errors == []


def test_screenshot_shows_the_drawing(
    browser: BrowserContext, tmp_path: Path, view_graph: nx.MultiDiGraph
) -> None:
    loaded = load(browser, render_html(view_graph), tmp_path)
    png = loaded.page.screenshot(path=str(tmp_path / "view.png"))
    width, pixels = decode_png(png)
    assert len(set(pixels)) > 50  # legend text, coloured dots, edges: far from a blank page
    where = loaded.evaluate("(id) => network.canvasToDOM(network.getPositions([id])[id])", KL21)
    box = loaded.page.locator("#vk-network").bounding_box()
    x, y = round(box["x"] + where["x"]), round(box["y"] + where["y"])
    expected = bytes.fromhex(view_assets.TYPE_COLOURS["conclusion"].lstrip("#"))
    assert all(abs(a - b) <= 8 for a, b in zip(pixels[y * width + x], expected, strict=True))


def test_big_view_stops_moving_once_laid_out(browser: BrowserContext, tmp_path: Path) -> None:
    g = nx.MultiDiGraph()
    for n in range(520):
        g.add_node(f"d{n}", kind="document", label=f"{n}-KH/TU", type="plan")
        if n >= 20:
            g.add_edge(f"d{n}", f"d{n % 20}", key="implements", evidence=[], lag_days=None)
    loaded = load(browser, render_html(g), tmp_path)
    assert counts(loaded) == [520, 500]
    assert loaded.evaluate("network.physics.options.enabled") is False
    assert loaded.errors == []


def decode_png(data: bytes) -> tuple[int, list[tuple[int, ...]]]:
    """(width, RGB pixels row by row) of an 8-bit non-interlaced RGB/RGBA PNG, as chromium writes them."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    chunks, position = {}, 8
    while position < len(data):
        (length,) = struct.unpack(">I", data[position : position + 4])
        kind = data[position + 4 : position + 8]
        chunks[kind] = chunks.get(kind, b"") + data[position + 8 : position + 8 + length]
        position += 12 + length
    width, height, depth, colour_type, _, _, interlace = struct.unpack(">IIBBBBB", chunks[b"IHDR"])
    assert depth == 8 and interlace == 0 and colour_type in (2, 6)
    channels = 3 if colour_type == 2 else 4
    raw, stride = zlib.decompress(chunks[b"IDAT"]), width * channels
    previous, pixels = bytearray(stride), []
    for row in range(height):
        start = row * (stride + 1)
        line = unfilter(raw[start], bytearray(raw[start + 1 : start + 1 + stride]), previous, channels)
        pixels += [tuple(line[i : i + 3]) for i in range(0, stride, channels)]
        previous = line
    return width, pixels


def unfilter(kind: int, line: bytearray, previous: bytearray, step: int) -> bytearray:
    """Undo one PNG row filter (None, Sub, Up, Average, Paeth) in place."""
    for i in range(len(line)):
        left = line[i - step] if i >= step else 0
        up, up_left = previous[i], previous[i - step] if i >= step else 0
        if kind == 1:
            line[i] = (line[i] + left) & 0xFF
        elif kind == 2:
            line[i] = (line[i] + up) & 0xFF
        elif kind == 3:
            line[i] = (line[i] + (left + up) // 2) & 0xFF
        elif kind == 4:
            guess = left + up - up_left
            near = min(
                (abs(guess - left), 0, left), (abs(guess - up), 1, up), (abs(guess - up_left), 2, up_left)
            )
            line[i] = (line[i] + near[2]) & 0xFF
    return line
