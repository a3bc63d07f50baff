"""The vankien vocabulary as a closed rdflib namespace: a misspelt term fails loudly (AttributeError)."""

from __future__ import annotations

from pathlib import Path

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

HERE = Path(__file__).parent
ONTOLOGY_FILE = HERE / "vankien.ttl"
SHAPES_FILE = HERE / "shapes.ttl"

VKID = Namespace("https://w3id.org/vankien/id/")
ELI = Namespace("http://data.europa.eu/eli/ontology#")
SCHEMA = Namespace("https://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")


class VK(DefinedNamespace):
    """Terms of ``ontology/vankien.ttl``; ``tests/test_ontology.py`` checks both agree."""

    _NS = Namespace("https://w3id.org/vankien/ontology#")
    _fail = True

    # classes
    Document: URIRef
    Resolution: URIRef
    Conclusion: URIRef
    Directive: URIRef
    Regulation: URIRef
    Decision: URIRef
    Rules: URIRef
    ActionProgramme: URIRef
    Plan: URIRef
    Guideline: URIRef
    Circular: URIRef
    Notice: URIRef
    Project: URIRef
    Report: URIRef
    Dispatch: URIRef
    OtherDocument: URIRef
    Organisation: URIRef
    Article: URIRef
    Mention: URIRef
    Evidence: URIRef
    Level: URIRef
    LevelScheme: URIRef

    # relations between documents and organisations
    implements: URIRef
    basedOn: URIRef
    issuedBy: URIRef
    mentionedIn: URIRef
    mentionOf: URIRef

    # document attributes
    docType: URIRef
    number: URIRef
    symbol: URIRef
    organCode: URIRef
    dateIssued: URIRef
    year: URIRef
    subject: URIRef
    term: URIRef
    congress: URIRef
    plenum: URIRef
    isSet: URIRef
    level: URIRef
    province: URIRef

    # provenance
    sourceId: URIRef
    source: URIRef
    start: URIRef
    end: URIRef
    surface: URIRef
    sentence: URIRef
    rule: URIRef

    # level individuals (skos:Concept)
    central: URIRef
    provincial: URIRef
    district: URIRef
    grassroots: URIRef


# vk:docType value -> class; the one place this mapping lives.
def _keep_terms(namespace: type[DefinedNamespace]) -> None:
    """Store every declared term on the class: rdflib builds and checks a new URIRef on each ``VK.term`` (about
    1 µs), which the views pay millions of times on a large graph. Same terms, misspellings still fail."""
    for name in namespace.__annotations__:
        if not name.startswith("_"):
            type.__setattr__(namespace, name, namespace._NS[name])


_keep_terms(VK)

CLASS_OF_TYPE: dict[str, URIRef] = {
    "resolution": VK.Resolution,
    "conclusion": VK.Conclusion,
    "directive": VK.Directive,
    "regulation": VK.Regulation,
    "decision": VK.Decision,
    "rules": VK.Rules,
    "action_programme": VK.ActionProgramme,
    "plan": VK.Plan,
    "guideline": VK.Guideline,
    "circular": VK.Circular,
    "notice": VK.Notice,
    "project": VK.Project,
    "report": VK.Report,
    "dispatch": VK.Dispatch,
    "other": VK.OtherDocument,
}
# vk:docType value -> the Vietnamese head noun (as the rdfs:label@vi of its class in vankien.ttl).
TYPE_NAME_VI: dict[str, str] = {
    "resolution": "Nghị quyết",
    "conclusion": "Kết luận",
    "directive": "Chỉ thị",
    "regulation": "Quy định",
    "decision": "Quyết định",
    "rules": "Quy chế",
    "action_programme": "Chương trình hành động",
    "plan": "Kế hoạch",
    "guideline": "Hướng dẫn",
    "circular": "Thông tri",
    "notice": "Thông báo",
    "project": "Đề án",
    "report": "Báo cáo",
    "dispatch": "Công văn",
    "other": "Văn bản khác",
}
LEVEL_CONCEPT: dict[str, URIRef] = {
    "central": VK.central,
    "provincial": VK.provincial,
    "district": VK.district,
    "grassroots": VK.grassroots,
}
