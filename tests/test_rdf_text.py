"""The direct RDF writer (loaders/rdf_text.py, loaders/rdf_terms.py) writes what ``to_dataset`` + ``term`` wrote.

Every corpus is written both ways: the rdflib path (``to_dataset``, then each term formatted by ``term``, as
``vankien build`` did before) and the direct one (``dataset_statements``). The statements must be the same
texts, the streamed files the same bytes, and both files must load back as the same graph as ``to_dataset``.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import RDF, Dataset, URIRef
from rdflib.compare import isomorphic
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

import loaders.extract
from graph.store import load_dataset
from loaders.identity import article_iri
from loaders.model import Article, Document, Evidence, Extraction, Fact, Mention, Relation, Span
from loaders.organisations import Organisation
from loaders.rdf_terms import PREFIXES, InvalidIRIError, term
from loaders.rdf_text import dataset_statements
from loaders.read import read_inputs
from loaders.resolve import Resolution, resolve_corpus
from loaders.to_rdf import to_dataset
from ontology.namespace import VK, VKID
from vankien import build_rdf

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from generate import generate
from test_to_rdf import ben_tre, vague, yen_bai

ROOT = Path(__file__).resolve().parents[1]
UNSAFE = '<>"{}|\\^`'
ODD_ID = 'bài <lạ> "1" {x}|y\\z^`\nhết'
ODD_TEXT = (
    'Tin <b>"nóng"</b> {x}|y\\z^` \\n\n'
    'Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 123-KH/TU về "chuyển đổi số" <2022>\r\n'
    "thực hiện Kết luận số 21-KL/TW ngày 25/10/2021.\n"
)


def span_of(text: str, part: str) -> Span:
    start = text.index(part)
    return Span(start, start + len(part))


def odd_extraction() -> Extraction:
    """An article whose id, text, source and outlet are full of what IRIs and literals must escape, and facts
    the writer must skip (unknown attribute, a year that is not a number, an issuer not named, a bad level)."""
    article = Article(
        ODD_ID,
        ODD_TEXT,
        source='C:\\tin\\bài "lạ".txt',
        outlet='Báo "Lạ" <x>',
        published="２０２２-０３-０７",  # full-width digits: rdflib keeps them as they are
    )
    plan_span = span_of(ODD_TEXT, "Kế hoạch số 123-KH/TU")
    subject = '"chuyển đổi số" <2022>'
    plan = Document(
        "d0",
        "plan",
        number="123",
        symbol="123-KH/TU",
        organ="TU",
        subject=subject,
        issuer=("Ban Thường vụ Tỉnh ủy",),
        mentions=(Mention(plan_span, "Kế hoạch số 123-KH/TU", "test.mention"),),
        facts=(
            Fact("subject", subject, "test.subject", span_of(ODD_TEXT, subject)),
            Fact("colour", "đỏ", "test.unknown", plan_span),
            Fact("year", "năm nay", "test.year", plan_span),
            Fact("issuer", "Tỉnh ủy khác", "test.issuer", plan_span),
            Fact("level", "galactic", "test.level", plan_span),
            Fact(
                "issuer", "Ban Thường vụ Tỉnh ủy", "test.issuer", span_of(ODD_TEXT, "Ban Thường vụ Tỉnh ủy")
            ),
        ),
    )
    kl21_span = span_of(ODD_TEXT, "Kết luận số 21-KL/TW")
    kl21 = Document(
        "d1",
        "conclusion",
        number="21",
        symbol="21-KL/TW",
        organ="TW",
        date="2021-10-25",
        year=2021,
        level="central",
        mentions=(Mention(kl21_span, "Kết luận số 21-KL/TW", "test.mention"),),
        facts=(
            Fact("date", "2021-10-25", "test.date", kl21_span),
            Fact("year", "2021", "test.year", kl21_span),
        ),
    )
    sentence = ODD_TEXT[ODD_TEXT.index("Ban") :]
    evidence = Evidence(Span(ODD_TEXT.index("Ban"), len(ODD_TEXT)), sentence, "test.implements")
    return Extraction(article, (plan, kl21), (Relation("d0", "implements", "d1", evidence),))


def extracted(folder: Path) -> list[Extraction]:
    return [loaders.extract.extract(a) for a in read_inputs([folder]) if isinstance(a, Article)]


@pytest.fixture(scope="module")
def corpora(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Resolution]]:
    generated = tmp_path_factory.mktemp("generated")
    generate(generated, 0.2, seed=21)
    yield {
        "seeds": resolve_corpus(extracted(ROOT / "seeds")),
        "hand-built": resolve_corpus([yen_bai(), ben_tre(), vague()]),
        "odd": resolve_corpus([odd_extraction(), yen_bai()]),
        "generated": resolve_corpus(extracted(generated / "articles")),
    }


CORPORA = [pytest.param(name, id=name) for name in ("seeds", "hand-built", "odd", "generated")]
SYNTAXES = [pytest.param(True, id="trig"), pytest.param(False, id="n-quads")]


def reference_statements(resolution: Resolution, compact: bool) -> dict[str, list[tuple[str, str, str]]]:
    """What the build wrote before: ``to_dataset``, each non-empty graph's triples formatted by ``term``."""
    statements = {}
    for graph in to_dataset(resolution).graphs():
        if graph.identifier != DATASET_DEFAULT_GRAPH_ID and len(graph):
            rows = {(term(s, compact), term(p, compact), term(o, compact)) for s, p, o in graph}
            statements[str(graph.identifier)] = sorted(rows)
    return statements


@pytest.mark.parametrize("compact", SYNTAXES)
@pytest.mark.parametrize("corpus", CORPORA)
def test_the_statements_are_those_of_to_dataset_term_for_term(
    corpora: dict[str, Resolution], corpus: str, compact: bool
) -> None:
    resolution = corpora[corpus]
    direct = {name: sorted(set(rows)) for name, rows in dataset_statements(resolution, compact).items()}
    expected = reference_statements(resolution, compact)
    assert direct.keys() == expected.keys()
    for name, rows in expected.items():
        assert direct[name] == rows, name


def test_the_corpora_hold_what_must_be_compared(corpora: dict[str, Resolution]) -> None:
    """Flags of both kinds, organisations, catalogue facts and odd texts are really in the comparison."""
    everything = [corpora[name] for name in ("seeds", "hand-built", "odd", "generated")]
    assert any(r.ambiguous for r in everything) and any(r.unresolved for r in everything)
    assert all(r.organisations for r in everything)
    assert all(any(d.catalogue for d in r.documents) for r in everything)
    assert ODD_ID in {a.id for a in corpora["odd"].articles}


def reference_file(resolution: Resolution, fmt: str) -> bytes:
    """The file the build wrote before, part by part, from ``to_dataset`` of each part and ``term``."""
    lines = [f"@prefix {name}: <{iri}> .\n" for name, iri in PREFIXES] + ["\n"] if fmt == "trig" else []
    for part in build_rdf.split(resolution):
        statements = reference_statements(part.resolution, fmt == "trig")
        for name in sorted(statements):
            if part.articles_only and not name.startswith(str(VKID["article/"])):
                continue  # entity parts write those
            rows = statements[name]
            if fmt == "nq":
                lines += [f"{s} {p} {o} <{name}> .\n" for s, p, o in rows]
                continue
            lines.append(f"<{name}> {{\n")
            for n, (s, p, o) in enumerate(rows):
                first = n == 0 or rows[n - 1][0] != s
                last = n + 1 == len(rows) or rows[n + 1][0] != s
                lines.append(f"{f'{s} ' if first else '    '}{p} {o} {'.' if last else ';'}\n")
            lines.append("}\n")
    return "".join(lines).encode("utf-8")


def quads(ds: Dataset) -> set[tuple[object, ...]]:
    return {(s, p, o, str(getattr(g, "identifier", g))) for s, p, o, g in ds.quads((None, None, None, None))}


@pytest.mark.parametrize("fmt", ["trig", "nq"])
@pytest.mark.parametrize("corpus", CORPORA)
def test_the_streamed_file_has_the_bytes_of_the_rdflib_path_and_loads_as_to_dataset(
    corpora: dict[str, Resolution], corpus: str, fmt: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(build_rdf, "ARTICLES_PER_PART", 4)  # several parts of each kind
    monkeypatch.setattr(build_rdf, "DOCUMENTS_PER_PART", 8)
    resolution = corpora[corpus]
    written = build_rdf.write_streamed(resolution, tmp_path / f"graph.{fmt}", fmt, workers=1)
    expected = reference_file(resolution, fmt)
    assert written.path.read_bytes() == expected
    (tmp_path / f"reference.{fmt}").write_bytes(expected)
    direct, reference = load_dataset(written.path), load_dataset(tmp_path / f"reference.{fmt}")
    contract = to_dataset(resolution)
    assert quads(direct) == quads(reference) == quads(contract)
    for graph in contract.graphs():
        if len(graph):
            assert isomorphic(direct.graph(graph.identifier), graph), graph.identifier
    assert written.quads == len(quads(contract))


def test_odd_text_is_escaped_and_reads_back_unchanged(corpora: dict[str, Resolution], tmp_path: Path) -> None:
    path = build_rdf.write_streamed(corpora["odd"], tmp_path / "graph.trig", "trig", workers=1).path
    graph = load_dataset(path).graph(article_iri(ODD_ID))
    assert not set(UNSAFE + "\n") & set(str(article_iri(ODD_ID)))  # identity makes the IRI safe
    assert {str(o) for o in graph.objects(None, VK.sourceId)} == {ODD_ID}
    assert ODD_TEXT[ODD_TEXT.index("Ban") :] in {str(o) for o in graph.objects(None, VK.sentence)}
    assert '"chuyển đổi số" <2022>' in {str(o) for o in graph.objects(None, RDF.object)}  # a fact's value


BAD_IRIS = [
    pytest.param(str(VKID["doc/a b"]), True, id="space"),
    *(pytest.param(str(VKID[f"doc/a{c}b"]), True, id=f"char-{ord(c)}") for c in UNSAFE),
    pytest.param(str(VKID["doc/a\nb"]), False, id="newline"),  # rdflib would write it and break the file
    pytest.param(str(VKID["doc/a\tb"]), False, id="tab"),
]


@pytest.mark.parametrize(("iri", "rdflib_refuses"), BAD_IRIS)
def test_an_iri_no_file_can_hold_is_refused(iri: str, rdflib_refuses: bool) -> None:
    org = Organisation(iri=iri, label="Tỉnh ủy", level="provincial")
    with pytest.raises(InvalidIRIError, match="not a valid IRI"):
        dataset_statements(Resolution((), (), (org,), (), (), ()), compact=True)
    with pytest.raises(InvalidIRIError):
        term(URIRef(iri))
    try:
        URIRef(iri).n3()
        refused = False
    except Exception:
        refused = True
    assert refused == rdflib_refuses


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    article_id=st.text(min_size=1, max_size=30),  # no lone surrogates: no path can write those in UTF-8
    text=st.text(st.characters(exclude_categories=["Cs"]), min_size=1, max_size=200),
    outlet=st.none() | st.text(st.characters(exclude_categories=["Cs"]), max_size=20),
)
def test_any_article_is_written_as_to_dataset_writes_it(
    article_id: str, text: str, outlet: str | None
) -> None:
    article = Article(article_id, text, source=text[:40], outlet=outlet)
    mention = Mention(Span(0, len(text)), text, "test.mention")
    fact = Fact("subject", text, "test.subject", Span(0, len(text)))
    document = Document(
        "d0", "plan", number="1", symbol="1-KH/TU", organ="TU", mentions=(mention,), facts=(fact,)
    )
    resolution = resolve_corpus([Extraction(article, (document,))])
    for compact in (True, False):
        direct = {name: sorted(set(rows)) for name, rows in dataset_statements(resolution, compact).items()}
        assert direct == reference_statements(resolution, compact)
