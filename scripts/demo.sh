#!/usr/bin/env bash
# The main job on the seed articles with the embedded default engine.
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/vankien extract --format jsonl seeds/*.txt
