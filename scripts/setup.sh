#!/usr/bin/env bash
# Makes sure the Rust toolchain berdaya needs is present. Safe to run again.
set -euo pipefail

if ! command -v cargo >/dev/null 2>&1; then
  if [ -x "$HOME/.cargo/bin/cargo" ]; then
    export PATH="$HOME/.cargo/bin:$PATH"
  else
    echo "berdaya needs Rust 1.95 or newer (cargo). Install it with rustup (https://rustup.rs)" >&2
    echo "or your system's package manager, then run this command again." >&2
    exit 1
  fi
fi

# rustfmt and clippy are part of the test run; add them where rustup manages the toolchain.
if command -v rustup >/dev/null 2>&1; then
  for component in rustfmt clippy; do
    if ! rustup component list --installed 2>/dev/null | grep -q "^$component"; then
      rustup component add "$component"
    fi
  done
fi
