"""Print how long SHACL validation (graph/validate.py) takes on synthetic datasets shaped like docs/rdf.md.

Usage: .venv/bin/python bench/bench_validate.py [ARTICLES ...]   (default: 50 200 1280)
Each article brings 3 local plans implementing a central resolution, with their organisations, mentions and
evidence: about 80 triples per article, so 50 → ~4.4k, 1280 → ~100k triples.
"""

from __future__ import annotations

import sys
import time

from rdflib import RDF, RDFS, XSD, Dataset, Literal
from rdflib.namespace import PROV

from graph.validate import validate_dataset
from ontology.namespace import ORG, VK, VKID

DERIVED_FROM = PROV.wasDerivedFrom


def add_article(ds: Dataset, i: int) -> None:
    entities = ds.graph(VKID["graph/entities"])
    article = VKID[f"article/bench-{i}"]
    graph = ds.graph(article)
    province = f"Tỉnh {i % 63}"
    central = VKID[f"doc/tw/nq-{i % 80}-tw-2020"]
    org = VKID[f"org/p{i % 63}/ban-thuong-vu-tinh-uy"]
    parent = VKID[f"org/p{i % 63}/tinh-uy"]
    for node, label, level in (
        (org, "Ban Thường vụ Tỉnh ủy", VK.provincial),
        (parent, "Tỉnh ủy", VK.provincial),
    ):
        entities.add((node, RDF.type, VK.Organisation))
        entities.add((node, RDFS.label, Literal(label, lang="vi")))
        entities.set((node, VK.level, level))
    entities.add((org, ORG.subOrganizationOf, parent))
    entities.add((central, RDF.type, VK.Resolution))
    entities.set((central, RDFS.label, Literal(f"Nghị quyết {i % 80}-NQ/TW", lang="vi")))
    entities.set((central, VK.docType, Literal("resolution")))
    entities.set((central, VK.level, VK.central))
    graph.add((article, RDF.type, VK.Article))
    graph.add((article, VK.sourceId, Literal(f"bench-{i}")))
    graph.add((article, VK.province, Literal(province)))
    for k in range(3):
        doc = VKID[f"doc/p{i % 63}/kh-{i}{k}-tu-2022"]
        entities.add((doc, RDF.type, VK.Plan))
        entities.add((doc, RDFS.label, Literal(f"Kế hoạch {i}{k}-KH/TU", lang="vi")))
        entities.add((doc, VK.docType, Literal("plan")))
        entities.add((doc, VK.symbol, Literal(f"{i}{k}-KH/TU")))
        entities.add((doc, VK.dateIssued, Literal("2022-05-01", datatype=XSD.date)))
        entities.add((doc, VK.year, Literal(2022)))
        entities.add((doc, VK.level, VK.provincial))
        entities.add((doc, VK.province, Literal(province)))
        graph.add((doc, VK.mentionedIn, article))
        graph.add((doc, VK.implements, central))
        graph.add((doc, VK.issuedBy, org))
        mention = VKID[f"mention/{i:08x}{k:08x}"]
        for p, o in ((RDF.type, VK.Mention), (VK.mentionOf, doc), (DERIVED_FROM, article)):
            graph.add((mention, p, o))
        for p, o in ((VK.start, 10 * k), (VK.end, 10 * k + 8), (VK.surface, f"KH {i}{k}")):
            graph.add((mention, p, Literal(o)))
        evidence = VKID[f"evidence/{i:08x}{k:08x}"]
        for p, o in ((RDF.type, VK.Evidence), (RDF.subject, doc), (RDF.predicate, VK.implements)):
            graph.add((evidence, p, o))
        graph.add((evidence, RDF.object, central))
        graph.add((evidence, DERIVED_FROM, article))
        graph.add((evidence, VK.rule, Literal("implements.bench")))
        graph.add((evidence, VK.start, Literal(0)))
        graph.add((evidence, VK.end, Literal(40)))


def main(sizes: list[int]) -> None:
    for articles in sizes:
        ds = Dataset(default_union=True)
        for i in range(articles):
            add_article(ds, i)
        started = time.perf_counter()
        report = validate_dataset(ds)
        elapsed = time.perf_counter() - started
        print(
            f"{articles:5d} articles  {report.triples:7d} triples  validate {elapsed:7.2f} s  "
            f"({report.triples / elapsed:8.0f} triples/s)  conforms={report.conforms}"
        )


if __name__ == "__main__":
    main([int(arg) for arg in sys.argv[1:]] or [50, 200, 1280])
