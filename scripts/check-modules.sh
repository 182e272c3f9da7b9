#!/usr/bin/env bash
# The core's module graph has no import cycle and its layers import one way
# (model <- frameworks, screening <- insight <- render; see scripts/check_modules.py).
#
# cargo-modules 0.27 (0.28 needs rustc 1.98) is installed when missing. Its own `--acyclic`
# flag checks the item graph before any filter, where every method that names its own type
# (`impl Lang { fn code(self) … Lang::Id … }`) is a "cycle" through the owning edge, so it
# fails on any crate with methods. The module graph is checked here instead: functions, types
# and traits are filtered out (cargo-modules then credits their imports to their module) and
# the result is checked for cycles and for the layer order.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh

# `--installed`: only say (exit status) whether cargo-modules 0.27 is there; `--install`: only
# install it (scripts/test.sh builds it in the background on a bare machine).
installed() { cargo modules --version 2>/dev/null | grep -q '^cargo-modules 0\.27\.'; }
case "${1:-}" in
  --installed) installed; exit ;;
  --install | "") ;;
  *) echo "check-modules: unknown option $1 (--installed, --install)" >&2; exit 2 ;;
esac
if ! installed; then
  echo "check-modules: installing cargo-modules 0.27.0 (a few minutes, once)"
  cargo install --quiet --locked cargo-modules --version 0.27.0
fi
[ "${1:-}" = --install ] && exit 0

graph=$(mktemp)
trap 'rm -f "$graph"' EXIT
cargo modules dependencies --lib -p berdaya --no-externs --no-sysroot \
  --no-fns --no-traits --no-types --no-owns --layout dot > "$graph"
python3 scripts/check_modules.py < "$graph"
