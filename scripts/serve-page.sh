#!/usr/bin/env bash
# Builds the WebAssembly package and serves the offline assessment page on this machine:
# open http://127.0.0.1:8080/ (or the port given). Once loaded, the page needs no network;
# copy examples/web/ (with its pkg/) to any static host or a USB stick to use it elsewhere.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build-wasm.sh
port=${1:-8080}
echo "serving examples/web on http://127.0.0.1:$port/ (Ctrl-C to stop)"
exec python3 -m http.server "$port" --bind 127.0.0.1 --directory examples/web
