"""The light copy of an extraction: what the corpus-wide resolution reads of it, and nothing more.

A build resolves light copies and keeps the full extractions on disk (``vankien.article_store``): the article
text, every mention but the first, the facts and the evidence sentences are most of a build's memory, and only
the writer of the article parts needs them.
"""

from __future__ import annotations

from dataclasses import replace

from loaders.identity import article_province
from loaders.model import Extraction

DATELINE_CHARS = 2000  # loaders.identity.province_of_dateline reads no further


def lighten(extraction: Extraction) -> Extraction:
    """What the resolution reads of an extraction, and nothing more: it resolves the same."""
    article = extraction.article
    textless = replace(article, text="")
    if article_province(textless) != article_province(article):  # the province comes from the dateline
        textless = replace(article, text=article.text[:DATELINE_CHARS])
    documents = tuple(replace(doc, mentions=doc.mentions[:1], facts=()) for doc in extraction.documents)
    relations = tuple(
        replace(rel, evidence=replace(rel.evidence, sentence="")) for rel in extraction.relations
    )
    return Extraction(textless, documents, relations)
