#!/usr/bin/env bash
# The main job on the seed articles, with the embedded graph database (no server needed).
set -euo pipefail
cd "$(dirname "$0")/.."
vk=.venv/bin/vankien
export COLUMNS="${COLUMNS:-150}"  # wide enough for the query tables when output is not a terminal

echo "== 1. Build the knowledge graph from seeds/ (extract, resolve, validate, write RDF + embedded database)"
$vk build seeds --out out

echo
echo "== 2. Which provincial documents implement Kết luận 21-KL/TW, and how long after it?"
$vk trace 21-KL/TW --graph out/graph.trig

echo
echo "== 3. An interactive view of the whole graph"
$vk view --graph out/graph.trig --out out/graph.html
echo "open $(pwd)/out/graph.html in a browser"

echo
echo "== 4. Central documents ranked by implementers (embedded Cypher engine, queries/top_central.cypher)"
$vk query top_central --db out/graph.lbug

echo
echo "== 5. Coverage of Nghị quyết 18-NQ/TW by province (queries/coverage.cypher on the embedded engine)"
echo "   (the seed articles that implement 21-KL/TW do not say their province, so only 18-NQ/TW shows one)"
$vk query coverage --param doc=18-NQ/TW --db out/graph.lbug
