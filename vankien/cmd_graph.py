"""`vankien build`, `trace`, `explain`, `stats`: build the knowledge graph and follow implementation chains.

Exit codes (the same for every command here):
  0  done, nothing to report;
  1  error: unreadable graph, unknown or ambiguous document, nothing to build, ``build --strict`` with a skip
     or a SHACL violation;
  2  ``build`` wrote the graph, but some inputs were skipped (see skipped.txt) or it breaks the shapes;
  130  ``build`` interrupted (Ctrl-C): the previous outputs are kept.
"""

from __future__ import annotations

import json
import logging
import re
from collections import Counter
from pathlib import Path
from typing import Annotated, Any

import networkx as nx
import typer
from rdflib import Dataset
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text
from rich.tree import Tree

from graph.ladybug_sink import write_embedded
from graph.network import FLAG_KINDS, ResolutionFlag, resolution_flags, to_networkx
from graph.network_cache import load_network, write_network_view
from graph.store import StoreError, load_dataset, rdf_format
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
from vankien.build import (
    REPORT_NAME,
    SKIPPED_NAME,
    VALIDATION_MODES,
    BuildError,
    BuildOutcome,
    BuildRequest,
    NothingToBuild,
    build_graph,
    write_reports,  # noqa: F401  (re-exported: callers wrote reports through this module)
)

log = logging.getLogger(__name__)

EXIT_OK, EXIT_ERROR, EXIT_PARTIAL = 0, 1, 2
DEFAULT_GRAPH = Path("out/graph.trig")
PROGRESS_THRESHOLD = 50  # inputs; below this a progress bar only flickers

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
    """The networkx view: the one saved by `vankien build` when it matches the graph file, else from the RDF."""
    saved = load_network(path)
    return saved if saved is not None else to_networkx(load_graph(path))


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

PathsArgument = Annotated[
    list[Path] | None, typer.Argument(help="Input files or directories [default: seeds/].")
]
OutOption = Annotated[Path, typer.Option("--out", help="Directory for the graph, skipped.txt, report.json.")]
FormatOption = Annotated[str, typer.Option("--format", help="trig (default), ttl (union graph), nq, jsonld.")]
StrictOption = Annotated[bool, typer.Option("--strict", help="Exit 1 (not 2) on any skip or violation.")]
JobsOption = Annotated[
    int | None,
    typer.Option(
        "--jobs", "-j", min=1, help="Worker processes (extraction, RDF writing); default: one per CPU."
    ),
]
MaxSizeOption = Annotated[
    str, typer.Option("--max-size", help="Skip files larger than this (20MB, 500kB, 1GB or bytes).")
]
NoCacheOption = Annotated[
    bool, typer.Option("--no-cache", help="Extract every file again; leave OUT/.cache untouched.")
]
ValidateOption = Annotated[
    str,
    typer.Option(
        "--validate", help="SHACL: auto (full up to 200 articles, else a sample of 100), full, sample, none."
    ),
]
EmbeddedOption = Annotated[
    bool,
    typer.Option(
        "--embedded/--no-embedded",
        help="Also write the embedded Cypher database OUT/graph.lbug (what `vankien query` reads).",
    ),
]
EXIT_INTERRUPTED = 130


@app.command("build")
def build_command(
    paths: PathsArgument = None,
    out: OutOption = Path("out"),
    fmt: FormatOption = "trig",
    strict: StrictOption = False,
    jobs: JobsOption = None,
    max_size: MaxSizeOption = "20MB",
    no_cache: NoCacheOption = False,
    validate: ValidateOption = "auto",
    embedded: EmbeddedOption = True,
) -> None:
    """Read articles, extract and resolve their documents, validate and save the knowledge graph.

    Extraction runs in parallel and reuses OUT/.cache for unchanged files; outputs replace the old ones only
    once complete. Exit 0: clean; 2: written, but inputs were skipped or the shapes are broken; 1: error.
    """
    request = BuildRequest(
        paths=tuple(paths or [Path("seeds")]),
        out=out,
        fmt=_format_name(fmt),
        jobs=jobs or 0,
        max_bytes=_size_option(max_size),
        use_cache=not no_cache,
        validation=_choice(validate, VALIDATION_MODES, "--validate"),
        sinks=(write_network_view, write_embedded) if embedded else (write_network_view,),
    )
    progress = ProgressBar(Console(stderr=True))
    try:
        outcome = build_graph(request, progress)
    except NothingToBuild as error:
        for skipped in error.skipped:
            typer.echo(f"skipped {skipped}", err=True)
        raise fail(str(error)) from None
    except BuildError as error:
        raise fail(f"{error} (the previous outputs are kept)") from None
    except KeyboardInterrupt:
        typer.echo("interrupted: the previous outputs are kept", err=True)
        raise typer.Exit(EXIT_INTERRUPTED) from None
    finally:
        progress.close()
    console = Console()
    if outcome.validation_summary:
        console.print(Text(outcome.validation_summary), style="yellow")
    console.print(build_summary(outcome))
    if outcome.skipped or not outcome.conforms:
        raise typer.Exit(EXIT_ERROR if strict else EXIT_PARTIAL)


def _format_name(fmt: str) -> str:
    try:
        return rdf_format(name=fmt).name
    except StoreError as error:
        raise typer.BadParameter(str(error), param_hint="--format") from None


def _choice(value: str, choices: tuple[str, ...], hint: str) -> str:
    if value not in choices:
        raise typer.BadParameter(f"use one of {', '.join(choices)}", param_hint=hint)
    return value


_SIZE_UNITS = {"": 1, "b": 1, "kb": 10**3, "k": 10**3, "mb": 10**6, "m": 10**6, "gb": 10**9, "g": 10**9}


def _size_option(text: str) -> int:
    """``20MB``, ``500kB``, ``1.5GB``, ``1000`` (bytes) → bytes."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*", text)
    unit = match.group(2).lower() if match else ""
    if not match or unit not in _SIZE_UNITS or float(match.group(1)) <= 0:
        raise typer.BadParameter(f"{text!r} is not a size like 20MB, 500kB or 1000", param_hint="--max-size")
    return int(float(match.group(1)) * _SIZE_UNITS[unit])


class ProgressBar:
    """A rich progress bar per stage on stderr, for builds of more than PROGRESS_THRESHOLD inputs.

    Refreshed only when the build reports progress: no refresh thread, so worker processes are forked from
    a single-threaded process.
    """

    def __init__(self, console: Console) -> None:
        self.progress = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            TimeRemainingColumn(),
            console=console,
            transient=True,
            auto_refresh=False,
        )
        self.tasks: dict[str, TaskID] = {}
        self.started = False

    def __call__(self, stage: str, done: int, total: int) -> None:
        if not self.started and total <= PROGRESS_THRESHOLD:
            return  # a small build: a bar would only flicker
        if not self.started:
            self.progress.start()
            self.started = True
        if stage not in self.tasks:
            self.tasks[stage] = self.progress.add_task(stage, total=total)
        self.progress.update(self.tasks[stage], completed=done, total=total)
        self.progress.refresh()

    def close(self) -> None:
        if self.started:
            self.progress.stop()


def build_summary(outcome: BuildOutcome) -> Table:
    table = Table(title=f"vankien build → {outcome.graph}", show_header=False)
    table.add_row("articles read", str(outcome.articles))
    table.add_row(
        "inputs skipped", f"{len(outcome.skipped)}" + (f" (see {SKIPPED_NAME})" if outcome.skipped else "")
    )
    for reason, count in outcome.skip_reasons[:5]:
        table.add_row("", Text(f"{count} × {reason}"))
    if len(outcome.skip_reasons) > 5:
        table.add_row("", f"… {len(outcome.skip_reasons) - 5} other reasons")
    table.add_row(
        "input files", f"{outcome.files}: {outcome.extracted} extracted, {outcome.from_cache} from the cache"
    )
    if outcome.rdf_parts:
        table.add_row("RDF parts", f"{outcome.rdf_parts}: {outcome.rdf_parts_reused} from the cache")
    for title, counts in (
        ("documents by type", outcome.documents_by_type),
        ("documents by level", outcome.documents_by_level),
    ):
        table.add_row(title, ", ".join(f"{name} {n}" for name, n in counts) or "none")
    table.add_row("implements edges", str(outcome.implements))
    table.add_row("organisations", str(outcome.organisations))
    table.add_row("ambiguous / unresolved", f"{len(outcome.ambiguous)} / {len(outcome.unresolved)}")
    shacl = "conforms" if outcome.conforms else f"{outcome.problems} problem(s)"
    table.add_row("SHACL", f"{shacl} ({outcome.validation})" if outcome.validation != "full" else shacl)
    table.add_row("quads", str(outcome.quads))
    total = sum(seconds for _, seconds in outcome.timings)
    stages = " · ".join(f"{name} {seconds:.1f}" for name, seconds in outcome.timings)
    table.add_row("seconds", f"{total:.1f} ({outcome.jobs} job(s)): {stages}")
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
