"""SHACL validation (graph/validate.py, ontology/shapes.ttl) and `vankien validate` on a small Dataset.

The dataset follows docs/rdf.md: an entities graph, a catalogue graph and one graph per article; the shapes
must hold on their union. Each breakage edits one graph and must fail with the message a user would read.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pyshacl
import pytest
from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, URIRef
from rdflib.namespace import SH
from typer.testing import CliRunner

from graph.store import union_graph
from graph.validate import (
    ValidationReport,
    Violation,
    ontology_graph,
    runnable_shapes,
    shapes_graph,
    validate_dataset,
)
from ontology.namespace import ORG, VK, VKID
from vankien.cli import app

GOOD_TRIG = """
@prefix vk:     <https://w3id.org/vankien/ontology#> .
@base <https://w3id.org/vankien/id/> .
@prefix rdf:    <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs:   <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd:    <http://www.w3.org/2001/XMLSchema#> .
@prefix org:    <http://www.w3.org/ns/org#> .
@prefix prov:   <http://www.w3.org/ns/prov#> .
@prefix schema: <https://schema.org/> .

<graph/entities> {
    <doc/tw/kl-21-tw-2021> a vk:Conclusion ;
        rdfs:label "Kết luận 21-KL/TW"@vi ;
        vk:docType "conclusion" ; vk:number "21" ; vk:symbol "21-KL/TW" ; vk:organCode "TW" ;
        vk:dateIssued "2021-10-25"^^xsd:date ; vk:year 2021 ; vk:term "XIII" ; vk:plenum 4 ;
        vk:subject "đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị" ;
        vk:level vk:central ; vk:issuedBy <org/tw/ban-chap-hanh-trung-uong> .
    <doc/ben-tre/kh-15-tu-2022> a vk:Plan ;
        rdfs:label "Kế hoạch 15-KH/TU"@vi ;
        vk:docType "plan" ; vk:number "15" ; vk:symbol "15-KH/TU" ; vk:organCode "TU" ; vk:year 2022 ;
        vk:level vk:provincial ; vk:province "Bến Tre" ;
        vk:issuedBy <org/ben-tre/ban-thuong-vu-tinh-uy> .
    <doc/src-1a2b3c4d/ct-07-tu-2023> a vk:Directive ;
        rdfs:label "Chỉ thị 07-CT/TU"@vi ;
        vk:docType "directive" ; vk:number "07" ; vk:symbol "07-CT/TU" ;
        vk:level vk:provincial ; vk:isSet false .
    <org/tw/ban-chap-hanh-trung-uong> a vk:Organisation ;
        rdfs:label "Ban Chấp hành Trung ương"@vi ; vk:level vk:central .
    <org/ben-tre/tinh-uy> a vk:Organisation ;
        rdfs:label "Tỉnh ủy Bến Tre"@vi ; vk:level vk:provincial ; vk:province "Bến Tre" .
    <org/ben-tre/ban-thuong-vu-tinh-uy> a vk:Organisation ;
        rdfs:label "Ban Thường vụ Tỉnh ủy"@vi ; vk:level vk:provincial ; vk:province "Bến Tre" ;
        org:subOrganizationOf <org/ben-tre/tinh-uy> .
}

<article/test-001> {
    <article/test-001> a vk:Article ;
        vk:sourceId "test-001" ; vk:source "tests/test-001.txt" ; vk:province "Bến Tre" ;
        schema:datePublished "2022-03-02"^^xsd:date .
    <doc/ben-tre/kh-15-tu-2022> vk:mentionedIn <article/test-001> ;
        vk:implements <doc/tw/kl-21-tw-2021> ;
        vk:issuedBy <org/ben-tre/ban-thuong-vu-tinh-uy> .
    <doc/tw/kl-21-tw-2021> vk:mentionedIn <article/test-001> .
    <mention/00000000000000a1> a vk:Mention ;
        vk:mentionOf <doc/ben-tre/kh-15-tu-2022> ; prov:wasDerivedFrom <article/test-001> ;
        vk:start 22 ; vk:end 38 ; vk:surface "Kế hoạch số 15" ; vk:rule "mention.number" .
    <mention/00000000000000a2> a vk:Mention ;
        vk:mentionOf <doc/tw/kl-21-tw-2021> ; prov:wasDerivedFrom <article/test-001> ;
        vk:start 52 ; vk:end 68 ; vk:surface "Kết luận 21-KL/TW" .
    <evidence/00000000000000e1> a vk:Evidence ;
        rdf:subject <doc/ben-tre/kh-15-tu-2022> ; rdf:predicate vk:implements ;
        rdf:object <doc/tw/kl-21-tw-2021> ; prov:wasDerivedFrom <article/test-001> ;
        vk:start 0 ; vk:end 90 ;
        vk:sentence "Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 15 thực hiện Kết luận 21-KL/TW." ;
        vk:rule "implements.thuc_hien_frame" .
}

<graph/catalogue> {
    <evidence/00000000000000c1> a vk:Evidence ;
        rdf:subject <doc/tw/kl-21-tw-2021> ; rdf:predicate vk:dateIssued ;
        rdf:object "2021-10-25"^^xsd:date ; prov:wasDerivedFrom "catalogue: domain guide, central documents" ;
        vk:rule "catalogue" .
}
"""

ENTITIES = VKID["graph/entities"]
ARTICLE = VKID["article/test-001"]
CENTRAL_DOC = VKID["doc/tw/kl-21-tw-2021"]
LOCAL_DOC = VKID["doc/ben-tre/kh-15-tu-2022"]
SOURCE_SCOPED_DOC = VKID["doc/src-1a2b3c4d/ct-07-tu-2023"]
ORGANISATION = VKID["org/ben-tre/ban-thuong-vu-tinh-uy"]
MENTION = VKID["mention/00000000000000a1"]
EVIDENCE = VKID["evidence/00000000000000e1"]


def good_dataset() -> Dataset:
    ds = Dataset(default_union=True)
    ds.parse(data=GOOD_TRIG, format="trig")
    return ds


# --- breakages: each edits one named graph of the good dataset ---


def drop(graph: URIRef, subject: URIRef, predicate: URIRef) -> Callable[[Dataset], None]:
    return lambda ds: ds.graph(graph).remove((subject, predicate, None))


def add(graph: URIRef, subject: URIRef, predicate: URIRef, obj) -> Callable[[Dataset], None]:
    return lambda ds: ds.graph(graph).add((subject, predicate, obj))


def replace(graph: URIRef, subject: URIRef, predicate: URIRef, obj) -> Callable[[Dataset], None]:
    return lambda ds: ds.graph(graph).set((subject, predicate, obj))


BREAKAGES = [
    pytest.param(
        drop(ENTITIES, CENTRAL_DOC, VK.docType),
        CENTRAL_DOC,
        VK.docType,
        "Document has no docType",
        id="no-doctype",
    ),
    pytest.param(
        # the second date comes from an article graph: only the union shows the conflict
        add(ARTICLE, CENTRAL_DOC, VK.dateIssued, Literal("2021-10-26", datatype=XSD.date)),
        CENTRAL_DOC,
        VK.dateIssued,
        "Document has more than one issue date",
        id="two-dates-across-graphs",
    ),
    pytest.param(
        replace(ENTITIES, CENTRAL_DOC, VK.level, VK.Level),
        CENTRAL_DOC,
        VK.level,
        "level is not one of vk:central, vk:provincial, vk:district, vk:grassroots",
        id="bad-level",
    ),
    pytest.param(
        add(ARTICLE, LOCAL_DOC, VK.implements, ORGANISATION),
        LOCAL_DOC,
        VK.implements,
        "vk:implements must point to a vk:Document",
        id="implements-an-organisation",
    ),
    pytest.param(
        drop(ENTITIES, LOCAL_DOC, VK.province),
        LOCAL_DOC,
        None,
        "Document is not central but has no vk:province",
        id="local-doc-without-province",
    ),
    pytest.param(
        drop(ARTICLE, EVIDENCE, VK.rule),
        EVIDENCE,
        VK.rule,
        "Evidence has no vk:rule",
        id="evidence-without-rule",
    ),
    pytest.param(
        replace(ENTITIES, CENTRAL_DOC, VK.docType, Literal("law")),
        CENTRAL_DOC,
        VK.docType,
        "docType is not one of resolution",
        id="doctype-outside-closed-list",
    ),
    pytest.param(
        replace(ENTITIES, CENTRAL_DOC, VK.docType, Literal("resolution")),
        CENTRAL_DOC,
        VK.docType,
        'a vk:Conclusion must have docType "conclusion"',
        id="doctype-disagrees-with-class",
    ),
    pytest.param(
        replace(ENTITIES, CENTRAL_DOC, VK.symbol, Literal("21-KL /TW")),
        CENTRAL_DOC,
        VK.symbol,
        "symbol is empty or contains whitespace",
        id="symbol-with-space",
    ),
    pytest.param(
        replace(ENTITIES, CENTRAL_DOC, VK.dateIssued, Literal("25/10/2021")),
        CENTRAL_DOC,
        VK.dateIssued,
        "dateIssued is not an xsd:date",
        id="date-as-plain-string",
    ),
    pytest.param(
        replace(ENTITIES, CENTRAL_DOC, VK.year, Literal("2021")),
        CENTRAL_DOC,
        VK.year,
        "year is not an xsd:integer",
        id="year-as-string",
    ),
    pytest.param(
        drop(ENTITIES, CENTRAL_DOC, RDFS.label),
        CENTRAL_DOC,
        RDFS.label,
        "Document has no rdfs:label",
        id="no-label",
    ),
    pytest.param(
        add(ARTICLE, LOCAL_DOC, VK.issuedBy, CENTRAL_DOC),
        LOCAL_DOC,
        VK.issuedBy,
        "vk:issuedBy must point to a vk:Organisation",
        id="issued-by-a-document",
    ),
    pytest.param(
        add(ENTITIES, ORGANISATION, ORG.subOrganizationOf, LOCAL_DOC),
        ORGANISATION,
        ORG.subOrganizationOf,
        "org:subOrganizationOf must point to a vk:Organisation",
        id="sub-organisation-of-a-document",
    ),
    pytest.param(
        drop(ENTITIES, ORGANISATION, RDFS.label),
        ORGANISATION,
        RDFS.label,
        "Organisation has no rdfs:label",
        id="organisation-without-label",
    ),
    pytest.param(
        drop(ARTICLE, ARTICLE, VK.sourceId),
        ARTICLE,
        VK.sourceId,
        "Article has no vk:sourceId",
        id="no-source-id",
    ),
    pytest.param(
        replace(ARTICLE, MENTION, VK.mentionOf, ORGANISATION),
        MENTION,
        VK.mentionOf,
        "vk:mentionOf must point to a vk:Document",
        id="mention-of-an-organisation",
    ),
    pytest.param(
        replace(ARTICLE, MENTION, VK.start, Literal(-1)),
        MENTION,
        VK.start,
        "start is negative",
        id="negative-start",
    ),
    pytest.param(
        replace(ARTICLE, MENTION, VK.start, Literal(40)),
        MENTION,
        VK.start,
        "start is after end",
        id="start-after-end",
    ),
    pytest.param(
        drop(ARTICLE, EVIDENCE, RDF.subject),
        EVIDENCE,
        RDF.subject,
        "Evidence has no rdf:subject",
        id="no-subject",
    ),
]


@pytest.fixture(scope="module")
def good_report() -> ValidationReport:
    return validate_dataset(good_dataset())


def test_good_dataset_conforms(good_report: ValidationReport) -> None:
    assert good_report.violations == (), good_report.summary()
    assert good_report.conforms
    assert good_report.triples == len(set(good_dataset().triples((None, None, None))))
    assert good_report.summary() == f"valid: {good_report.triples} triples"


def test_source_scoped_document_needs_no_province(good_report: ValidationReport) -> None:
    # docs/rdf.md: a local document whose province is unknown is scoped to its source and has no vk:province
    assert (SOURCE_SCOPED_DOC, VK.province, None) not in good_dataset()
    assert not any(v.focus == str(SOURCE_SCOPED_DOC) for v in good_report.violations)


@pytest.mark.parametrize(("breakage", "focus", "path", "message"), BREAKAGES)
def test_each_breakage_fails_with_a_readable_message(
    breakage: Callable[[Dataset], None], focus: URIRef, path: URIRef | None, message: str
) -> None:
    ds = good_dataset()
    breakage(ds)
    report = validate_dataset(ds)
    assert not report.conforms
    matching = [v for v in report.violations if v.focus == str(focus) and message in v.message]
    assert matching, report.summary()
    assert matching[0].path == (str(path) if path is not None else None)
    assert matching[0].severity == "Violation"


def test_hoisted_shapes_give_the_same_results_as_the_file() -> None:
    ds = good_dataset()
    for breakage in BREAKAGES:
        breakage.values[0](ds)
    data = union_graph(ds)
    data += ontology_graph()

    def results(shapes: Graph) -> set[tuple]:
        _conforms, report, _text = pyshacl.validate(data, shacl_graph=shapes, inference="none")
        return {
            (r.focusNode, r.resultPath, str(r.resultMessage))
            for r in report.query(
                "SELECT ?focusNode ?resultPath ?resultMessage WHERE { ?r sh:focusNode ?focusNode ; "
                "sh:resultMessage ?resultMessage . OPTIONAL { ?r sh:resultPath ?resultPath } }",
                initNs={"sh": SH},
            )
        }

    as_written = results(shapes_graph())
    assert len(as_written) >= 15  # most breakages survive being applied together
    assert results(runnable_shapes()) == as_written


def test_summary_line_reads_focus_path_and_message() -> None:
    ds = good_dataset()
    ds.graph(ARTICLE).add((CENTRAL_DOC, VK.dateIssued, Literal("2021-10-26", datatype=XSD.date)))
    lines = validate_dataset(ds).summary().splitlines()
    expected = f"✗ {CENTRAL_DOC} vk:dateIssued: Document has more than one issue date"
    assert expected == "✗ https://w3id.org/vankien/id/doc/tw/kl-21-tw-2021 vk:dateIssued: " + (
        "Document has more than one issue date"
    )
    assert expected in lines
    assert lines[-1].endswith("does not conform")


def test_summary_limit_says_how_many_are_hidden() -> None:
    violations = tuple(
        Violation(f"urn:x:{i}", path=None, message="m", severity="Violation") for i in range(5)
    )
    report = ValidationReport(conforms=False, violations=violations, triples=9)
    assert report.summary(limit=2).splitlines()[2] == "... and 3 more"


def test_a_plain_graph_is_validated_too() -> None:
    entities = good_dataset().graph(ENTITIES)
    assert validate_dataset(entities).conforms
    entities.remove((CENTRAL_DOC, VK.docType, None))
    assert not validate_dataset(entities).conforms


# --- the CLI ---

runner = CliRunner()


@pytest.mark.parametrize("suffix", [pytest.param(s, id=s) for s in (".trig", ".nq", ".jsonld", ".ttl")])
def test_cli_accepts_a_valid_file(tmp_path: Path, suffix: str) -> None:
    ds = good_dataset()
    path = tmp_path / f"kg{suffix}"
    if suffix == ".ttl":  # a triple format: the union, flattened into one graph
        union = ds.graph(URIRef("urn:x:union"))
        for s, p, o, _g in list(ds.quads((None, None, None, None))):
            union.add((s, p, o))
        union.serialize(path, format="turtle")
    else:
        ds.serialize(path, format={".trig": "trig", ".nq": "nquads", ".jsonld": "json-ld"}[suffix])
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("valid: ")
    assert result.output.strip().endswith(" triples")


def test_cli_reports_violations_and_exits_1(tmp_path: Path) -> None:
    ds = good_dataset()
    ds.graph(ENTITIES).remove((CENTRAL_DOC, VK.docType, None))
    path = tmp_path / "broken.trig"
    ds.serialize(path, format="trig")
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 1
    assert f"✗ {CENTRAL_DOC} vk:docType: Document has no docType" in result.output


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        pytest.param("missing.trig", None, "cannot read", id="missing-file"),
        pytest.param("kg.unknown", "x", "cannot tell the RDF format", id="unknown-suffix"),
        pytest.param("bad.trig", "this is { not trig", "cannot parse", id="syntax-error"),
    ],
)
def test_cli_turns_bad_input_into_one_line(
    tmp_path: Path, name: str, content: str | None, expected: str
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_text(content, encoding="utf-8")
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 2
    assert expected in result.output
    assert "Traceback" not in result.output
