#!/usr/bin/env bash
# The main job: sets up and prints the report on the bundled cases.
#   bash scripts/report.sh [--lang id|en] [--case NAME]... [--file PATH]... [--list]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
exec cargo run --quiet --release -p berdaya-examples --bin berdaya-report -- "$@"
