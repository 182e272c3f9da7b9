#!/usr/bin/env bash
# The project's own fuzzing (cargo-fuzz, libFuzzer), on the stable toolchain with nightly
# features unlocked for the build (RUSTC_BOOTSTRAP=1; no sanitizer, debug assertions on).
#
#   bash scripts/fuzz.sh            each target for 60 s (what the test command runs)
#   bash scripts/fuzz.sh 3600       each target for an hour
#   bash scripts/fuzz.sh 600 document_edits
#
# BERDAYA_FUZZ_SEED=N makes a run repeatable (libFuzzer's -seed); the test command sets it, so
# CI explores the same inputs on every run, while a run without it explores new ones.
#
# Each target starts from the committed corpus in fuzz/corpus/<target>/ plus the bundled
# cases; what it finds new is kept under target/fuzz-corpus/ (not committed). A crash leaves
# its input in fuzz/artifacts/<target>/ and fails the run. To fold new finds into the
# committed corpus: RUSTC_BOOTSTRAP=1 cargo fuzz cmin -s none <target> fuzz/corpus/<target>
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(document document_edits rules)

if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "== installing cargo-fuzz"
  cargo install cargo-fuzz --version 0.13.2 --locked
fi

export RUSTC_BOOTSTRAP=1
echo "== building the fuzz targets"
cargo fuzz build -s none -O --debug-assertions 2>&1 | tail -3

for t in "${targets[@]}"; do
  work="target/fuzz-corpus/$t"
  mkdir -p "$work" "fuzz/corpus/$t"
  if [ "$t" = document ]; then
    cp crates/core/src/cases/*.json "$work/"
  fi
  echo "== fuzzing $t for ${seconds}s"
  log=$(mktemp)
  status=0
  cargo fuzz run -s none -O --debug-assertions "$t" "$work" "fuzz/corpus/$t" -- \
    -max_total_time="$seconds" -rss_limit_mb=4096 -timeout=10 -print_final_stats=1 \
    ${BERDAYA_FUZZ_SEED:+-seed="$BERDAYA_FUZZ_SEED"} \
    > "$log" 2>&1 || status=$?
  grep -E '^(Done [0-9]+ runs|stat::number_of_executed_units|stat::peak_rss_mb|SUMMARY|thread .* panicked)' "$log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$log"
    echo "fuzz: $t failed (exit $status); the input is in fuzz/artifacts/$t/"
    rm -f "$log"
    exit 1
  fi
  rm -f "$log"
done
echo "fuzz: ${#targets[@]} targets ran ${seconds}s each with no crash"
