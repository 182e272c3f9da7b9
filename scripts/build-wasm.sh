#!/usr/bin/env bash
# Builds the WebAssembly package: examples/web/pkg (for the page, --target web) and
# target/wasm-node (for the Node tests, --target nodejs). Prints the .wasm size raw and
# gzipped.
#
# Prefers rustup's wasm32-unknown-unknown target; where rustup cannot install it, falls back
# to Debian's rustc-web, which builds std for wasm32 from source (see TOOLCHAIN notes in the
# README). wasm-bindgen-cli is installed at exactly the version in Cargo.lock.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh

target=wasm32-unknown-unknown
profile=wasm-release
crate=berdaya_wasm
start=$(date +%s)

# BERDAYA_WASM_DEBIAN=1 forces the Debian route (to check it where rustup works too).
if [ -z "${BERDAYA_WASM_DEBIAN:-}" ] && command -v rustup >/dev/null 2>&1 && { rustup target list --installed 2>/dev/null | grep -qx "$target" || rustup target add "$target" >/dev/null 2>&1; }; then
  echo "build-wasm: rustup's $target target"
  export CARGO_TARGET_DIR=target/wasm-build
  cargo build --quiet --profile "$profile" -p berdaya-wasm --target "$target"
else
  echo "build-wasm: no rustup $target target here; building std from source with Debian's rustc-web"
  if [ ! -x /usr/bin/rustc ] || [ ! -x /usr/lib/llvm-22/bin/wasm-ld ] || [ ! -d /usr/lib/rustlib/src/rust ]; then
    sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq rustc-web cargo-web rust-web-src lld-22 >/dev/null
  fi
  export CARGO_TARGET_DIR=target/wasm-build
  RUSTC=/usr/bin/rustc RUSTDOC=/usr/bin/rustdoc RUSTC_BOOTSTRAP=1 \
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER=/usr/lib/llvm-22/bin/wasm-ld \
    /usr/bin/cargo build --quiet --profile "$profile" -p berdaya-wasm --target "$target" \
    -Zbuild-std=std,panic_abort
fi

want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }' || true)
if [ "$have" != "$want" ]; then
  echo "build-wasm: installing wasm-bindgen-cli $want"
  cargo install --quiet wasm-bindgen-cli --version "$want"
fi

wasm="target/wasm-build/$target/$profile/$crate.wasm"
rm -rf examples/web/pkg target/wasm-node
wasm-bindgen --target web --no-typescript --out-dir examples/web/pkg "$wasm"
wasm-bindgen --target nodejs --no-typescript --out-dir target/wasm-node "$wasm"
cp crates/wasm/berdaya.d.ts examples/web/pkg/berdaya_wasm.d.ts
cp crates/wasm/berdaya.d.ts target/wasm-node/berdaya_wasm.d.ts
# The licences travel with the package.
cp LICENSE-MIT LICENSE-APACHE examples/web/pkg/
cp LICENSE-MIT LICENSE-APACHE target/wasm-node/

# wasm-opt from the npm package binaryen, when it can be had.
opt="examples/web/pkg/${crate}_bg.wasm"
if (cd tests/browser && npx --no-install wasm-opt --version >/dev/null 2>&1); then
  (cd tests/browser && npx --no-install wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int \
     --enable-sign-ext --enable-mutable-globals "../../$opt" -o "../../$opt.opt") && mv "$opt.opt" "$opt"
fi

raw=$(stat -c %s "$opt")
gz=$(gzip -9 -c "$opt" | wc -c)
echo "build-wasm: $opt is $raw bytes raw, $gz bytes gzipped; built in $(( $(date +%s) - start )) s"
