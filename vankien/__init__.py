"""vankien: a knowledge graph of Vietnamese Party directives from news reporting."""

__version__ = "0.1.0"
