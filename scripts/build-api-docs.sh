#!/usr/bin/env bash
# Builds the Python API reference (HTML, from the docstrings and the _core stubs) with pdoc into
# target/api-docs. Any pdoc warning fails the build. Needs the package installed in .venv
# (scripts/setup-python.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
out=${1:-$root/target/api-docs}
rm -rf "$out"
# From outside the source tree, so the installed package (with its compiled _core) is read.
(cd "$(mktemp -d)" && "$root/.venv/bin/python" -W error -m pdoc \
  berdaya berdaya.errors berdaya.plots -o "$out")
echo "API reference in $out ($(find "$out" -name '*.html' | wc -l) pages)"
