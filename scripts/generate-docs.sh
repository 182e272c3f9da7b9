#!/usr/bin/env bash
# Writes the generated documents of the case format — schema/case.schema.json (the JSON Schema,
# for editors and berdaya.schema()) and docs/fields.md (the field reference) — from the core's
# types. With --check, fails if the committed copies are out of date instead.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p schema docs
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cargo run --quiet -p berdaya-examples --bin berdaya-schema -- schema > "$tmp/case.schema.json"
cargo run --quiet -p berdaya-examples --bin berdaya-schema -- fields > "$tmp/fields.md"
if [ "${1:-}" = "--check" ]; then
  diff -u schema/case.schema.json "$tmp/case.schema.json" &&
    diff -u docs/fields.md "$tmp/fields.md" &&
    diff -u examples/web/case.schema.json "$tmp/case.schema.json" ||
    { echo "generated documents are out of date: run scripts/generate-docs.sh" >&2; exit 1; }
else
  cp "$tmp/case.schema.json" schema/case.schema.json
  cp "$tmp/fields.md" docs/fields.md
  # The page generates its form from the schema and caches it offline: its own copy.
  cp "$tmp/case.schema.json" examples/web/case.schema.json
  echo "wrote schema/case.schema.json, examples/web/case.schema.json and docs/fields.md"
fi
