"""The extraction pipeline for one article: normalise, find mentions, relate, merge coreferent mentions."""

from __future__ import annotations

from loaders.model import Article, Extraction


def extract(article: Article) -> Extraction:
    """Every Party document the article mentions, with attributes and relations. Pure; no I/O."""
    return Extraction(article=article)
