#!/usr/bin/env bash
# Builds the WebAssembly package and serves the offline assessment page on this machine:
# open http://127.0.0.1:8080/ (or the port given). Once loaded, the page needs no network;
# copy examples/web/ (with its pkg/) to any static host or a USB stick to use it elsewhere, with
# index.built.html (the page with its first report in it) as the folder's index.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build-wasm.sh
port=${1:-8080}
# Node's, not python3 -m http.server: a folder is answered with index.built.html.
exec node tests/browser/server.mjs examples/web "$port"
