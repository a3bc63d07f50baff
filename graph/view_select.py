"""What an HTML view shows: the neighbourhood of a document, a province, some types, a period.

Pure functions over the networkx view (docs/rdf.md "The networkx view"); the input graph is never changed.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import date
from typing import Any

import networkx as nx

from graph import view_assets as assets
from graph.trace import find_documents, fold
from ontology.namespace import CLASS_OF_TYPE, VKID

log = logging.getLogger(__name__)

DEFAULT_TITLE = "Văn kiện: đồ thị văn bản"
# What a neighbourhood follows from a document: implements both ways, issued_by outwards.
_FOLLOWED_OUT = frozenset({"implements", "issued_by"})
_FOLLOWED_IN = frozenset({"implements"})


class ViewError(ValueError):
    """The view cannot be made as asked (nothing matches, too big, bad filter)."""


class FocusNotFoundError(ViewError):
    """The focus names no document or organisation of the graph."""


class NothingSelectedError(ViewError):
    """The filters leave no document to show."""


def find_focus(g: nx.MultiDiGraph, query: str) -> list[str]:
    """Node ids ``query`` names: an organisation IRI, or a document (IRI, symbol, "Kết luận 21", ...)."""
    text = query.strip()
    expanded = str(VKID) + text.removeprefix("vkid:") if text.startswith(("vkid:", "org/")) else text
    if expanded in g and g.nodes[expanded].get("kind") == "organisation":
        return [expanded]
    found = [summary.iri for summary in find_documents(g, text)] if text else []
    if not found:
        raise FocusNotFoundError(f"no document or organisation in the graph matches {query!r}")
    return found


def parse_types(values: Iterable[str]) -> frozenset[str]:
    """Type ids from ids or Vietnamese names, comma-separated or repeated: "plan,Kết luận" -> both."""
    if isinstance(values, str):
        values = [values]
    by_name = {fold(name): type_id for type_id, name in assets.TYPE_NAMES.items()}
    by_name.update({fold(type_id): type_id for type_id in CLASS_OF_TYPE})
    chosen = set()
    for value in values:
        for part in filter(None, (p.strip() for p in value.split(","))):
            if fold(part) not in by_name:
                raise ViewError(f"unknown document type {part!r}: use one of {', '.join(CLASS_OF_TYPE)}")
            chosen.add(by_name[fold(part)])
    return frozenset(chosen)


def parse_since(value: date | str | None) -> date | None:
    """A date from ``2021-10-25``, ``2021-10`` or ``2021`` (the first day of the month or year)."""
    if value is None or isinstance(value, date):
        return value
    parts = value.strip().split("-")
    try:
        if len(parts) > 3:
            raise ValueError(value)
        year, month, day = [int(p) for p in parts] + [1] * (3 - len(parts))
        return date(year, month, day)
    except ValueError:
        raise ViewError(f"cannot read {value!r} as a date: use YYYY-MM-DD, YYYY-MM or YYYY") from None


def neighbourhood(g: nx.MultiDiGraph, seeds: Iterable[str], depth: int) -> set[str]:
    """Nodes within ``depth`` steps of the seeds along implements (both ways) and issued_by.

    Organisations are not walked through (one issuer would pull in everything it issued), except an
    organisation that is itself a seed: its neighbours are the documents it issued.
    """
    if depth < 0:
        raise ViewError("depth must be 0 or more")
    seeds = list(seeds)
    reached, frontier = set(seeds), list(seeds)
    for _ in range(depth):
        nxt = [n for node in frontier for n in _steps(g, node, node in seeds) if n not in reached]
        reached.update(nxt)
        frontier = list(dict.fromkeys(nxt))
    return reached


def _steps(g: nx.MultiDiGraph, node: str, is_seed: bool) -> list[str]:
    if g.nodes[node].get("kind") == "organisation":
        return [s for s, _, key in g.in_edges(node, keys=True) if key == "issued_by"] if is_seed else []
    forward = [t for _, t, key in g.out_edges(node, keys=True) if key in _FOLLOWED_OUT]
    backward = [s for s, _, key in g.in_edges(node, keys=True) if key in _FOLLOWED_IN]
    return forward + backward


def _accepts(data: dict[str, Any], province: str | None, types: frozenset[str], since: date | None) -> bool:
    """Whether a document passes the filters; undated documents fail ``since`` unless their year passes."""
    if province is not None and fold(data.get("province") or "") != fold(province):
        return False
    if types and data.get("type") not in types:
        return False
    if since is None:
        return True
    try:
        return date.fromisoformat(data.get("date") or "") >= since
    except ValueError:
        year = data.get("year")
        return isinstance(year, int) and year >= since.year


def _related(g: nx.MultiDiGraph, nodes: Iterable[str], relation: str) -> set[str]:
    return {t for n in nodes for _, t, key in g.out_edges(n, keys=True) if key == relation}


def select_subgraph(
    g: nx.MultiDiGraph,
    focus: str | None = None,
    depth: int = 1,
    province: str | None = None,
    types: Iterable[str] = (),
    since: date | str | None = None,
) -> nx.MultiDiGraph:
    """The part of ``g`` to show, as a new graph (``g`` is not changed).

    With ``focus``: the neighbourhood of the matching documents (see ``neighbourhood``), its documents
    narrowed by the other filters (the focus always stays). Without: the documents passing the filters, the
    documents they implement (context, drawn faded) and their issuers. No filter at all: the whole graph.
    ``sub.graph["focus"]`` and ``sub.graph["context"]`` record the focus and context node ids for rendering.
    """
    wanted = parse_types(types)
    start = parse_since(since)
    filtering = province is not None or bool(wanted) or start is not None
    seeds = find_focus(g, focus) if focus is not None else []
    pool = neighbourhood(g, seeds, depth) if seeds else set(g.nodes)
    if not seeds and not filtering:
        keep, context = pool, set()
    else:
        documents = {
            n
            for n in pool
            if g.nodes[n].get("kind") != "organisation"
            and (n in seeds or _accepts(g.nodes[n], province, wanted, start))
        }
        if not documents and not seeds:
            raise NothingSelectedError(f"no document matches {describe_filters(province, wanted, start)}")
        context = set() if seeds else _related(g, documents, "implements") - documents
        issuers = _related(g, documents, "issued_by")
        keep = documents | context | ((issuers | set(seeds)) & pool)
    sub = g.subgraph(keep).copy()
    sub.graph["focus"] = tuple(seeds)
    sub.graph["context"] = tuple(sorted(context))
    sub.graph["title"] = _title(g, seeds, depth, province, wanted, start)
    log.info("selected %d of %d nodes", sub.number_of_nodes(), g.number_of_nodes())
    return sub


def describe_filters(province: str | None, types: frozenset[str], since: date | None) -> str:
    """The filters in words, for messages: "province 'Bến Tre', type plan, since 2022-01-01"."""
    parts = [f"province {province!r}"] if province is not None else []
    parts += [f"type {', '.join(sorted(types))}"] if types else []
    parts += [f"since {since.isoformat()}"] if since is not None else []
    return ", ".join(parts) or "no filter"


def _title(
    g: nx.MultiDiGraph,
    seeds: list[str],
    depth: int,
    province: str | None,
    types: frozenset[str],
    since: date | None,
) -> str:
    """A Vietnamese page title saying what the view shows: "Quanh 21-KL/TW (2 bước) · Bến Tre · từ 2022"."""
    parts = []
    if seeds:
        names = ", ".join(assets.shorten(str(g.nodes[s].get("label") or s)) for s in seeds[:3])
        parts.append(f"Quanh {names} ({depth} bước)")
    if province is not None:
        parts.append(province)
    if types:
        parts.append(", ".join(assets.TYPE_NAMES[t] for t in sorted(types)))
    if since is not None:
        parts.append(f"từ {assets.display_date({'date': since.isoformat()})}")
    return " · ".join(parts) or DEFAULT_TITLE
