#!/usr/bin/env bash
# How long a user's project takes to build with berdaya: a fresh cargo project that depends on
# the core by path, `cargo build --release` from clean (its own empty target directory), timed
# whole and per crate (`cargo build --timings`). Prints the total and berdaya's own compile time.
#
#   bash scripts/build-time.sh            # the working tree
#   bash scripts/build-time.sh bccc91b    # the core as of a commit (extracted with git archive)
#   bash scripts/build-time.sh --no-default-features [rev]
#                                         # berdaya = { ..., default-features = false }
#
# Uses as many jobs as cargo would (all cores). On a shared or busy machine the numbers grow
# with the load: compare runs made under the same load, and say what the load was.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
features=""
if [ "${1:-}" = "--no-default-features" ]; then
  features=", default-features = false"
  shift
fi
rev="${1:-}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ -n "$rev" ]; then
  mkdir "$work/src-tree"
  git archive "$rev" | tar -x -C "$work/src-tree"
  core="$work/src-tree/crates/core"
  lock="$work/src-tree/Cargo.lock"
  label="$rev"
else
  core="$root/crates/core"
  lock="$root/Cargo.lock"
  label="working tree"
fi

mkdir -p "$work/user/src"
cat > "$work/user/Cargo.toml" <<TOML
[package]
name = "berdaya-user"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
berdaya = { path = "$core"$features }

[workspace]
TOML
if [ -z "$features" ]; then
  cat > "$work/user/src/main.rs" <<'RS'
fn main() {
    let case = berdaya::cases::load("wrse-junrejo").expect("a bundled case");
    println!("{}", case.id);
}
RS
else
  # Without the bundled cases: a document given on the command line.
  cat > "$work/user/src/main.rs" <<'RS'
fn main() {
    let json = std::env::args().nth(1).unwrap_or_default();
    match berdaya::Case::from_json(&json) {
        Ok(case) => println!("{}", case.id),
        Err(e) => println!("{e}"),
    }
}
RS
fi
# The same dependency versions as the project's lock file (cargo drops what is unused).
cp "$lock" "$work/user/Cargo.lock"

echo "build time of a user's project depending on berdaya ($label${features:+, default-features = false}); load: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
start=$(date +%s.%N)
(cd "$work/user" && CARGO_TARGET_DIR="$work/target" cargo build --release --quiet --timings 2>/dev/null)
end=$(date +%s.%N)
report=$(ls "$work/user/target/cargo-timings/cargo-timing-"*.html 2>/dev/null | head -n 1 || true)
[ -n "$report" ] || report=$(ls "$work/target/cargo-timings/cargo-timing-"*.html | head -n 1)
python3 - "$report" "$start" "$end" <<'PY'
import json, re, sys
html = open(sys.argv[1]).read()
units = json.loads(re.search(r"const UNIT_DATA = (\[.*?\]);\n", html, re.S).group(1))
total = float(sys.argv[3]) - float(sys.argv[2])
own = sum(u["duration"] for u in units if u["name"] == "berdaya")
crates = len({u["name"] for u in units})
print(f"total (wall, clean release build): {total:.1f} s over {crates} crates")
print(f"berdaya's own compile:             {own:.1f} s ({100 * own / total:.0f}% of the wall time)")
PY
echo "load at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
