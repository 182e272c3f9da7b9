#!/usr/bin/env bash
# Checks the core's public API against the last release tag with cargo-semver-checks: a change
# that would break a user's build (a removed item, a new required field, an enum that became
# exhaustive...) without a major version bump fails it.
#
#   bash scripts/semver.sh            # against the newest tag v*
#   bash scripts/semver.sh v0.1.0     # against a given tag or commit
#
# Installs cargo-semver-checks if missing (0.51, which builds on rustc 1.93+; the tool reads
# rustdoc's JSON, so its version must match the toolchain's: update both together). Not part of
# scripts/test.sh: the check itself takes about 30 s, but installing the tool compiles ~400
# crates (81 minutes niced on this shared 2-core machine), too much for every bare CI run.
set -euo pipefail
cd "$(dirname "$0")/.."

SEMVER_CHECKS_VERSION=0.51.0
if ! cargo semver-checks --version 2>/dev/null | grep -q "$SEMVER_CHECKS_VERSION"; then
  echo "== installing cargo-semver-checks $SEMVER_CHECKS_VERSION"
  cargo install --locked cargo-semver-checks --version "$SEMVER_CHECKS_VERSION"
fi

baseline="${1:-$(git tag --list 'v*' --sort=-v:refname | head -n 1)}"
if [ -z "$baseline" ]; then
  echo "semver: no release tag (v*) yet, so there is no published API to compare with."
  echo "semver: tag the first release (git tag v0.1.0) and run this again; nothing was checked."
  exit 0
fi

echo "== cargo semver-checks: berdaya against $baseline"
cargo semver-checks check-release -p berdaya --baseline-rev "$baseline"
