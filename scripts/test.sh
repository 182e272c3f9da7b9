#!/usr/bin/env bash
# Sets up and runs every test: formatting, lints, unit, integration, property and doc tests,
# the dependency check, the module graph (no cycle, layers in order), the main job in both
# languages, short fuzz runs, the crate as published, the Python package (wheel built and
# installed in .venv, pytest, stub check, the notebook executed), the WebAssembly package
# under Node, and the HTML report and the offline page in headless Chromium (screenshots in
# target/artefacts/).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh

# Each step's heading says how far into the run it starts, so a slow run shows where it went.
step() { echo "== $* (at ${SECONDS} s)"; }

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy (all targets, warnings are errors)"
cargo clippy --workspace --all-targets --quiet -- -D warnings

step "the core's documentation builds without a warning"
RUSTDOCFLAGS="-D warnings" cargo doc --quiet -p berdaya --no-deps
step "every public item of the core has an example (nightly lint on stable; scripts/doc-examples.sh)"
bash scripts/doc-examples.sh
step "... and every item re-exported from a private module too (rustdoc JSON)"
bash scripts/doc-examples.sh --reexported

step "the core without its default features (no bundled cases, no .qdpx zip) builds without a warning"
cargo clippy --quiet -p berdaya --no-default-features --lib --tests -- -D warnings

step "dependency check"
bash scripts/depcheck.sh

# cargo-modules takes ~10 minutes to build on a bare machine: there it builds in the
# background, at low priority (nice), beside the steps that follow — it takes the core they
# leave idle (the fuzzers run on one, the Python tests mostly on one) — and the graph is
# checked before the WebAssembly build and the browser tests (which time the page). Where it
# is installed already, the graph is checked here. The build runs in a process group of its
# own (setsid), so that a run that ends early stops it whole (cargo and its compilers).
modules_pid=
modules_log=$(mktemp)
stop_modules() { [ -z "$modules_pid" ] || kill -- "-$modules_pid" 2>/dev/null || kill "$modules_pid" 2>/dev/null || true; }
trap 'rm -f "$modules_log"; stop_modules' EXIT
if bash scripts/check-modules.sh --installed; then
  step "module graph: no import cycle, layers in order (cargo-modules)"
  bash scripts/check-modules.sh
else
  step "module graph: cargo-modules builds in the background; the graph is checked later"
  if command -v setsid >/dev/null 2>&1; then
    setsid --wait nice -n 15 bash scripts/check-modules.sh --install > "$modules_log" 2>&1 &
  else
    nice -n 15 bash scripts/check-modules.sh --install > "$modules_log" 2>&1 &
  fi
  modules_pid=$!
fi

step "main job in both languages; a case built by hand with the prelude"
for lang in id en; do
  cargo run --quiet -p berdaya-examples --bin berdaya-report -- --lang "$lang" > /dev/null
done
cargo run --quiet -p berdaya-examples --bin build-case > /dev/null
# A user's program against the public API only (edition 2021): an API break fails here.
cargo run --quiet -p berdaya-examples --bin user-api > /dev/null

step "generated documents up to date (schema/case.schema.json, docs/fields.md)"
bash scripts/generate-docs.sh --check

step "cargo test (unit, integration, property and doc tests)"
log=$(mktemp)
browser_log=$(mktemp)
trap 'rm -f "$log" "$browser_log" "$modules_log"; stop_modules' EXIT
cargo test --workspace 2>&1 | tee "$log"
# The binding's own Rust unit tests: its library says `test = false` (the module is tested
# from Python), so `cargo test --workspace` skips them; `--lib` runs them.
cargo test -p berdaya-py --lib 2>&1 | tee -a "$log"

step "fuzzing: each cargo-fuzz target for ${BERDAYA_FUZZ_SECONDS:-60}s (bash scripts/fuzz.sh N for longer)"
BERDAYA_FUZZ_SEED="${BERDAYA_FUZZ_SEED:-20261130}" bash scripts/fuzz.sh "${BERDAYA_FUZZ_SECONDS:-60}"

step "the crate as published (cargo publish --dry-run: packaged, licences in, builds alone)"
cargo publish --dry-run --quiet -p berdaya
cargo package --list --quiet -p berdaya | grep -qx LICENSE-MIT
cargo package --list --quiet -p berdaya | grep -qx LICENSE-APACHE

step "Python package: build the wheel, pytest, stubtest, notebook"
py_log=$(mktemp)
root=$(pwd)
bash scripts/setup-python.sh
# Run from outside the source tree so that the installed wheel is what is tested.
(cd "$(mktemp -d)" && "$root/.venv/bin/python" -m pytest -q -p no:cacheprovider --nbmake \
  "$root/crates/py/tests" "$root/examples/researcher.ipynb") 2>&1 | tee "$py_log"
(cd "$(mktemp -d)" && "$root/.venv/bin/python" -m mypy.stubtest berdaya._core)
step "Python API reference (pdoc, warnings are errors)"
bash scripts/build-api-docs.sh
(cd "$(mktemp -d)" && "$root/.venv/bin/python" -W ignore "$root/examples/dask_screening.py")

if [ -n "$modules_pid" ]; then
  step "module graph: no import cycle, layers in order (cargo-modules, built in the background)"
  if ! wait "$modules_pid"; then
    modules_pid=
    cat "$modules_log"
    echo "check-modules: cargo-modules could not be installed" >&2
    exit 1
  fi
  modules_pid=
  bash scripts/check-modules.sh
fi

step "WebAssembly package and browser tests (Node, headless Chromium)"
bash scripts/setup-browser.sh
bash scripts/build-wasm.sh
node --test tests/browser/ 2>&1 | tee "$browser_log"

# One closing line for the whole run, summed over every test binary and the browser suite.
awk '/^test result:/ { for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i } }
     END { print p + 0, f + 0 }' "$log" > "$log.sum"
read -r rust_pass rust_fail < "$log.sum"
rm -f "$log.sum"
py_pass=$(grep -Eo '[0-9]+ passed' "$py_log" | tail -1 | grep -Eo '[0-9]+' || echo 0)
py_fail=$(grep -Eo '[0-9]+ failed' "$py_log" | tail -1 | grep -Eo '[0-9]+' || echo 0)
rm -f "$py_log"
node_pass=$(awk '/^# pass/ { print $3 }' "$browser_log")
node_fail=$(awk '/^# fail/ { print $3 }' "$browser_log")
echo "rust: ${rust_pass} passed, ${rust_fail} failed; python: ${py_pass} passed, ${py_fail} failed; browser: ${node_pass:-0} passed, ${node_fail:-0} failed"
total_pass=$((rust_pass + py_pass + ${node_pass:-0}))
total_fail=$((rust_fail + py_fail + ${node_fail:-0}))
echo "the whole run: ${SECONDS} s"
echo "tests: ${total_pass} passed, ${total_fail} failed"
[ "$total_fail" -eq 0 ] && [ "$rust_pass" -gt 0 ] && [ "$py_pass" -gt 0 ] && [ "${node_pass:-0}" -gt 0 ]
