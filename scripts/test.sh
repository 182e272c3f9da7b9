#!/usr/bin/env bash
# Sets up and runs every test: formatting, lints, unit, integration, property and doc tests,
# the dependency check, the main job in both languages, and the HTML report in headless
# Chromium (screenshots in target/artefacts/).
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
browser_log=$(mktemp)
trap 'rm -f "$log" "$browser_log"' EXIT
cargo test --workspace 2>&1 | tee "$log"

echo "== browser tests (headless Chromium)"
bash scripts/setup-browser.sh
node --test tests/browser/ 2>&1 | tee "$browser_log"

# One closing line for the whole run, summed over every test binary and the browser suite.
awk '/^test result:/ { for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i } }
     END { print p + 0, f + 0 }' "$log" > "$log.sum"
read -r rust_pass rust_fail < "$log.sum"
rm -f "$log.sum"
node_pass=$(awk '/^# pass/ { print $3 }' "$browser_log")
node_fail=$(awk '/^# fail/ { print $3 }' "$browser_log")
echo "rust: ${rust_pass} passed, ${rust_fail} failed; browser: ${node_pass:-0} passed, ${node_fail:-0} failed"
total_pass=$((rust_pass + ${node_pass:-0}))
total_fail=$((rust_fail + ${node_fail:-0}))
echo "tests: ${total_pass} passed, ${total_fail} failed"
[ "$total_fail" -eq 0 ] && [ "$rust_pass" -gt 0 ] && [ "${node_pass:-0}" -gt 0 ]
