"""The vankien vocabulary (OWL), its SHACL shapes and their Python namespace."""
