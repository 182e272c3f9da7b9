#!/usr/bin/env bash
# Sets up and runs every test: formatting, lints, unit, integration, property and doc tests,
# the dependency check, and the main job in both languages.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh

echo "== cargo fmt --check"
cargo fmt --all -- --check

echo "== cargo clippy (all targets, warnings are errors)"
cargo clippy --workspace --all-targets --quiet -- -D warnings

echo "== dependency check"
bash scripts/depcheck.sh

echo "== main job in both languages"
for lang in id en; do
  cargo run --quiet -p berdaya-examples --bin berdaya-report -- --lang "$lang" > /dev/null
done

echo "== cargo test (unit, integration, property and doc tests)"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
cargo test --workspace 2>&1 | tee "$log"

# One closing line for the whole run, summed over every test binary.
awk '/^test result:/ { for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i } }
     END { printf "rust tests: %d passed, %d failed\n", p, f; if (p == 0) exit 1 }' "$log"
