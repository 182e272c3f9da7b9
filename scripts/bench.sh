#!/usr/bin/env bash
# Registry-scale benchmark (not part of the tests): berdaya against a Python loop, polars and
# DuckDB on 1M and 10M synthetic households. Pass --rows N to choose sizes.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-python.sh
exec .venv/bin/python benchmarks/registry_bench.py "$@"
