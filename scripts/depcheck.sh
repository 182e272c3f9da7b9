#!/usr/bin/env bash
# The core must never depend on a binding crate (pyo3, wasm-bindgen, js-sys, web-sys).
set -euo pipefail
cd "$(dirname "$0")/.."
tree=$(cargo tree -p berdaya -e normal --prefix none)
if echo "$tree" | grep -E '^(pyo3|wasm-bindgen|js-sys|web-sys|numpy)[ -]' ; then
  echo "depcheck: the core crate berdaya depends on a binding crate (listed above)" >&2
  exit 1
fi
echo "depcheck: berdaya's normal dependencies name no binding crate"
