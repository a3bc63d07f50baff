"""RDF to its uses: store, networkx view and tracing, property-graph sinks, HTML views, validation."""
