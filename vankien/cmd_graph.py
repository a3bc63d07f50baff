"""`vankien build`, `trace`, `explain`, `stats`: build the knowledge graph and follow implementation chains.

Exit codes (the same for every command here):
  0  done, nothing to report;
  1  error: unreadable graph, unknown or ambiguous document, nothing to build, ``build --strict`` with a skip
     or a SHACL violation;
  2  ``build`` wrote the graph, but some inputs were skipped (see skipped.txt) or it breaks the shapes.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from dataclasses import asdict, dataclass, is_dataclass
from pathlib import Path
from typing import Annotated, Any

import networkx as nx
import typer
from rdflib import Dataset
from rich.console import Console
from rich.table import Table
from rich.text import Text
from rich.tree import Tree

from graph.network import FLAG_KINDS, ResolutionFlag, resolution_flags, to_networkx
from graph.store import StoreError, load_dataset, rdf_format, save_dataset
from graph.trace import (
    Chain,
    DocumentSummary,
    TraceNode,
    expand_iri,
    find_documents,
    implementation_chain_up,
    implementation_tree,
)
from ontology.namespace import VKID
from vankien.app import app

log = logging.getLogger(__name__)

EXIT_OK, EXIT_ERROR, EXIT_PARTIAL = 0, 1, 2
DEFAULT_GRAPH = Path("out/graph.trig")
PROGRESS_THRESHOLD = 50  # inputs; below this a progress bar only flickers
REPORT_NAME = "report.json"
SKIPPED_NAME = "skipped.txt"

GraphOption = Annotated[Path, typer.Option("--graph", help="Graph file written by `vankien build`.")]
DocArgument = Annotated[
    str, typer.Argument(help="A symbol (21-KL/TW), a mention (Kết luận 21, NQ 57/TW) or an IRI.")
]


def fail(message: str) -> typer.Exit:
    """One readable line on stderr; ``raise fail(...)`` ends the command with exit code 1."""
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(EXIT_ERROR)


def load_graph(path: Path) -> Dataset:
    """The graph file; loaded once per command."""
    try:
        return load_dataset(path)
    except StoreError as error:
        raise fail(str(error)) from None


def load_view(path: Path) -> nx.MultiDiGraph:
    return to_networkx(load_graph(path))


def short_iri(iri: str) -> str:
    """``vkid:doc/tw/kl-21-tw-2021``: shorter, and accepted back as DOC."""
    return iri.replace(str(VKID), "vkid:", 1)


def pick_document(g: nx.MultiDiGraph, query: str, console: Console, any_node: bool = False) -> str:
    """The one document ``query`` means; lists the candidates and exits 1 when there are several or none.

    With ``any_node`` an IRI of any node (an organisation too) is taken as it is.
    """
    if any_node and expand_iri(query) in g:
        return expand_iri(query)
    candidates = find_documents(g, query)
    if len(candidates) == 1:
        return candidates[0].iri
    if not candidates:
        raise fail(f"no document matches {query!r} (try a symbol like 21-KL/TW, or `vankien stats`)")
    console.print(Text(f"{query!r} matches {len(candidates)} documents; pass one of these:"))
    for doc in candidates:
        console.print(Text("  ").append(short_iri(doc.iri), style="bold").append("  ").append(describe(doc)))
    raise typer.Exit(EXIT_ERROR)


# --- build -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class BuildOutcome:
    """What a build read, skipped and produced; turned into the summary, skipped.txt and report.json."""

    articles: int
    skipped: tuple[str, ...]  # "where: reason"
    ambiguous: tuple[Any, ...]
    unresolved: tuple[Any, ...]
    conforms: bool
    problems: int


PathsArgument = Annotated[
    list[Path] | None, typer.Argument(help="Input files or directories [default: seeds/].")
]
OutOption = Annotated[Path, typer.Option("--out", help="Directory for the graph, skipped.txt, report.json.")]
FormatOption = Annotated[str, typer.Option("--format", help="trig (default), ttl (union graph), nq, jsonld.")]
StrictOption = Annotated[bool, typer.Option("--strict", help="Exit 1 (not 2) on any skip or violation.")]


@app.command("build")
def build_command(
    paths: PathsArgument = None,
    out: OutOption = Path("out"),
    fmt: FormatOption = "trig",
    strict: StrictOption = False,
) -> None:
    """Read articles, extract and resolve their documents, validate and save the knowledge graph."""
    try:
        chosen = rdf_format(name=fmt)
    except StoreError as error:
        raise typer.BadParameter(str(error), param_hint="--format") from None
    try:
        from graph.validate import validate_dataset
        from loaders.resolve import resolve_corpus
        from loaders.to_rdf import to_dataset
    except ImportError as error:  # the pipeline is assembled from parts written in parallel
        raise fail(f"the build pipeline is incomplete: {error}") from None
    console = Console()
    articles, skipped = read_articles(paths or [Path("seeds")])
    extractions, failed = extract_all(articles, Console(stderr=True))
    if not extractions:
        for line in skipped + failed:
            typer.echo(f"skipped {line}", err=True)
        raise fail("nothing to build: no input could be read")
    resolution = resolve_corpus(extractions)
    ds = to_dataset(resolution)
    report = validate_dataset(ds)
    if not report.conforms:
        console.print(Text(report.summary(limit=20)), style="yellow")
    graph_path = save_dataset(ds, out / f"graph{chosen.suffix}", chosen.name)
    outcome = BuildOutcome(
        articles=len(extractions),
        skipped=tuple(skipped + failed),
        ambiguous=tuple(resolution.ambiguous),
        unresolved=tuple(resolution.unresolved),
        conforms=report.conforms,
        problems=len(report.violations),
    )
    write_reports(outcome, out, graph_path)
    console.print(build_summary(outcome, to_networkx(ds), graph_path))
    if outcome.skipped or not outcome.conforms:
        raise typer.Exit(EXIT_ERROR if strict else EXIT_PARTIAL)


def read_articles(paths: list[Path]) -> tuple[list[Any], list[str]]:
    from loaders.model import Article
    from loaders.read import read_inputs

    articles: list[Article] = []
    skipped: list[str] = []
    for item in read_inputs(paths):
        if isinstance(item, Article):
            articles.append(item)
        else:
            skipped.append(str(item))  # the reader's Skipped prints as "where: reason"
    return articles, skipped


def extract_all(articles: list[Any], progress_console: Console) -> tuple[list[Any], list[str]]:
    """Extract each article; one article failing is recorded as skipped instead of stopping a long build."""
    from rich.progress import track

    from loaders.extract import extract

    show = len(articles) > PROGRESS_THRESHOLD
    extractions, failed = [], []
    for article in track(articles, "extracting", console=progress_console, disable=not show, transient=True):
        try:
            extractions.append(extract(article))
        except Exception as error:  # a bug on one input must not lose the other thousands; logged in full
            log.exception("extraction failed for %s", article.id)
            failed.append(f"{article.source or article.id}: extraction failed: {error}")
    return extractions, failed


def write_reports(outcome: BuildOutcome, out: Path, graph_path: Path) -> None:
    """skipped.txt (always rewritten, so no stale list survives) and report.json for `vankien stats`."""
    (out / SKIPPED_NAME).write_text("".join(f"{line}\n" for line in outcome.skipped), encoding="utf-8")
    report = {
        "graph": graph_path.name,
        "articles": outcome.articles,
        "skipped": list(outcome.skipped),
        "conforms": outcome.conforms,
        "problems": outcome.problems,
        "ambiguous": [as_json(item) for item in outcome.ambiguous],
        "unresolved": [as_json(item) for item in outcome.unresolved],
    }
    (out / REPORT_NAME).write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")


def as_json(item: Any) -> Any:
    """A resolver record as JSON: dataclasses as dicts, anything else as its string."""
    if is_dataclass(item) and not isinstance(item, type):
        return json.loads(json.dumps(asdict(item), ensure_ascii=False, default=str))
    return item if isinstance(item, str | int | float | dict | list) else str(item)


def build_summary(outcome: BuildOutcome, g: nx.MultiDiGraph, graph_path: Path) -> Table:
    table = Table(title=f"vankien build → {graph_path}", show_header=False)
    table.add_row("articles read", str(outcome.articles))
    table.add_row(
        "inputs skipped", f"{len(outcome.skipped)}" + (f" (see {SKIPPED_NAME})" if outcome.skipped else "")
    )
    for title, counts in (
        ("documents by type", count_by(g, "type")),
        ("documents by level", count_by(g, "level")),
    ):
        table.add_row(title, ", ".join(f"{name} {n}" for name, n in counts.most_common()) or "none")
    table.add_row("implements edges", str(sum(1 for *_, key in g.edges(keys=True) if key == "implements")))
    table.add_row("organisations", str(sum(1 for _, kind in g.nodes(data="kind") if kind == "organisation")))
    table.add_row("ambiguous / unresolved", f"{len(outcome.ambiguous)} / {len(outcome.unresolved)}")
    table.add_row("SHACL", "conforms" if outcome.conforms else f"{outcome.problems} problem(s)")
    return table


def count_by(g: nx.MultiDiGraph, attribute: str) -> Counter[str]:
    """Documents per value of ``attribute``; central documents have no province and are not counted there."""
    documents = [data for _, data in g.nodes(data=True) if data.get("kind") == "document"]
    if attribute == "province":
        documents = [data for data in documents if data.get("level") != "central"]
    return Counter(str(data.get(attribute) or "unknown") for data in documents)


# --- trace -----------------------------------------------------------------------------------------------


@app.command("trace")
def trace_command(
    doc: DocArgument,
    up: Annotated[
        bool, typer.Option("--up", help="Show what DOC implements, up to the top document.")
    ] = False,
    graph: GraphOption = DEFAULT_GRAPH,
    depth: Annotated[
        int | None, typer.Option("--depth", min=0, help="Levels of implementers to show.")
    ] = None,
) -> None:
    """Show which documents implement DOC, level by level, with issuer, province, date and lag in days."""
    console = Console()
    g = load_view(graph)
    iri = pick_document(g, doc, console)
    if not up:
        tree = implementation_tree(g, iri, max_depth=depth)
        console.print(render_tree(tree))
        console.print(Text(f"{tree.size() - 1} implementing document(s)", style="dim"))
        return
    chains = implementation_chain_up(g, iri)
    if len(chains) == 1 and len(chains[0]) == 1:
        console.print(doc_line(chains[0][0].document, None, bold=True))
        console.print(Text("implements no document known to the graph", style="dim"))
        return
    for number, chain in enumerate(chains, 1):
        if len(chains) > 1:
            console.print(Text(f"chain {number} of {len(chains)}", style="dim"))
        console.print(render_chain(chain, iri))


def render_tree(node: TraceNode, branch: Tree | None = None) -> Tree:
    """The implementation tree as a rich Tree; ``node`` is the root unless ``branch`` is given."""
    branch = branch if branch is not None else Tree(trace_line(node, bold=True))
    for child in node.children:
        render_tree(child, branch.add(trace_line(child)))
    return branch


def trace_line(node: TraceNode, bold: bool = False) -> Text:
    line = doc_line(node.document, node.lag_days, bold=bold)
    if node.cycle:
        line.append("  ↺ cycle: already above", style="red")
    if node.truncated:
        line.append("  … more below (raise --depth)", style="dim")
    return line


def render_chain(chain: Chain, start: str) -> Tree:
    """A chain upward drawn top-down, like a trace: the top document first, ``start`` last (in bold)."""
    top, *below = reversed(chain)
    tree = Tree(doc_line(top.document, None, bold=top.document.iri == start))
    branch = tree
    for link in below:
        branch = branch.add(doc_line(link.document, link.lag_days, bold=link.document.iri == start))
    return tree


def describe(doc: DocumentSummary) -> str:
    """``plan · Ban Thường vụ Tỉnh ủy · Bến Tre · 2022-01-10`` (what is known of it)."""
    when = doc.date or (str(doc.year) if doc.year else "no date")
    return " · ".join(part for part in (doc.type, doc.issuer, doc.province, when) if part)


def doc_line(doc: DocumentSummary, lag_days: int | None, bold: bool = False) -> Text:
    """A Text (never markup: labels come from articles) with label, what is known, and the lag."""
    line = Text(doc.label, style="bold cyan" if bold else "cyan").append("  ").append(describe(doc))
    if lag_days is not None:
        line.append(f"  {lag_days:+d} days", style="green" if lag_days >= 0 else "red")
    return line


# --- explain ---------------------------------------------------------------------------------------------


@app.command("explain")
def explain_command(
    doc_a: DocArgument,
    doc_b: Annotated[str, typer.Argument(help="The other document (or an organisation's IRI), as DOC_A.")],
    graph: GraphOption = DEFAULT_GRAPH,
) -> None:
    """Show the evidence for the relation between two documents, either way: sentences, sources, rules."""
    console = Console()
    g = load_view(graph)
    a, b = (pick_document(g, query, console, any_node=True) for query in (doc_a, doc_b))
    edges = [
        (u, v, key, data) for u, v in ((a, b), (b, a)) for key, data in (g.get_edge_data(u, v) or {}).items()
    ]
    if not edges:
        raise fail(f"no relation recorded between {g.nodes[a]['label']} and {g.nodes[b]['label']}")
    for u, v, key, data in edges:
        head = (
            Text(g.nodes[u]["label"], style="bold cyan")
            .append(f" {key} ")
            .append(g.nodes[v]["label"], "bold cyan")
        )
        if data.get("lag_days") is not None:
            head.append(f"  ({data['lag_days']:+d} days)")
        console.print(head)
        for evidence in data.get("evidence", []) or [None]:
            console.print(evidence_lines(evidence))


def evidence_lines(evidence: dict | None) -> Text:
    if evidence is None:
        return Text("  no evidence recorded for this edge", style="dim")
    where = evidence.get("article") or "catalogue"
    span = f" [{evidence['start']}, {evidence['end']})" if evidence.get("start") is not None else ""
    text = Text("  • ").append(f"{where}{span}", style="bold").append(f"  rule {evidence.get('rule')}", "dim")
    if evidence.get("source"):
        text.append(f"\n    source: {evidence['source']}")
    if evidence.get("sentence"):
        text.append("\n    “").append(evidence["sentence"], style="italic").append("”")
    return text


# --- stats ---------------------------------------------------------------------------------------------------

FLAGS_SHOWN = 20


@app.command("stats")
def stats_command(graph: GraphOption = DEFAULT_GRAPH) -> None:
    """Count documents by type, level and province; list the mentions the resolver left ambiguous or unresolved."""
    console = Console()
    ds = load_graph(graph)
    g = to_networkx(ds)
    implements = sum(1 for *_, key in g.edges(keys=True) if key == "implements")
    organisations = sum(1 for _, kind in g.nodes(data="kind") if kind == "organisation")
    console.print(Text(f"{graph}: {implements} implements edges, {organisations} organisations"))
    for attribute, title in (("type", "type"), ("level", "level"), ("province", "province (non-central)")):
        table = Table(f"document {title}", "count")
        for name, count in count_by(g, attribute).most_common():
            table.add_row(Text(name), str(count))
        console.print(table)
    flags = flag_lines(g, resolution_flags(ds))
    report_path = graph.parent / REPORT_NAME
    if (
        not any(flags.values()) and report_path.is_file()
    ):  # a graph without flags: the build report may have them
        flags = report_flag_lines(read_report(report_path))
    for kind, lines in flags.items():
        console.print(Text(f"{kind} mentions: {len(lines)}", style="bold"))
        for line in lines[:FLAGS_SHOWN]:
            console.print(Text("  • ").append(line))
        if len(lines) > FLAGS_SHOWN:
            console.print(Text(f"  … and {len(lines) - FLAGS_SHOWN} more", style="dim"))


def flag_lines(g: nx.MultiDiGraph, flags: list[ResolutionFlag]) -> dict[str, list[Text]]:
    """``Nghị quyết Trung ương 4 (vkid:doc/...): 2 catalogue candidates → 04-NQ/TW, 12-NQ/TW`` per flag."""
    lines: dict[str, list[Text]] = {kind: [] for kind in FLAG_KINDS}
    for flag in flags:
        label = g.nodes[flag.iri]["label"] if flag.iri in g else flag.iri
        line = Text(label, style="cyan").append(f" ({short_iri(flag.iri)}): {flag.reason}")
        if flag.candidates:
            names = (g.nodes[c]["label"] if c in g else short_iri(c) for c in flag.candidates)
            line.append(" → " + ", ".join(names))
        lines[flag.kind].append(line)
    return lines


def read_report(path: Path) -> dict[str, Any]:
    try:
        report = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise fail(f"cannot read {path}: {error} (run `vankien build` again)") from None
    return report if isinstance(report, dict) else {}


def report_flag_lines(report: dict[str, Any]) -> dict[str, list[Text]]:
    """The same lines from report.json (the resolver's records: surface, article_id, reason, candidates)."""
    lines: dict[str, list[Text]] = {}
    for kind in FLAG_KINDS:
        lines[kind] = []
        for item in report.get(kind, []):
            if not isinstance(item, dict):
                lines[kind].append(Text(str(item)))
                continue
            line = Text(str(item.get("surface", "?")), style="cyan").append(
                f" ({item.get('article_id', '?')}): {item.get('reason', '')}"
            )
            if item.get("candidates"):
                line.append(" → " + ", ".join(short_iri(str(c)) for c in item["candidates"]))
            lines[kind].append(line)
    return lines
