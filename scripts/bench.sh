#!/usr/bin/env bash
# Registry-scale benchmark (not part of the tests): berdaya against a Python loop, polars and
# DuckDB on 1M and 10M synthetic households. Pass --rows N to choose sizes.
set -euo pipefail
cd "$(dirname "$0")/.."
# --help needs only the standard library: print it without building the Python package first.
for arg in "$@"; do
  case "$arg" in
    -h|--help) exec python3 benchmarks/registry_bench.py --help ;;
  esac
done
bash scripts/setup-python.sh
exec .venv/bin/python benchmarks/registry_bench.py "$@"
