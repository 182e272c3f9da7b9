#!/usr/bin/env bash
# Builds the berdaya wheel (abi3) with maturin and installs it, with the test tools, into
# .venv. Safe to run again. Afterwards: `source .venv/bin/activate`.
set -euo pipefail
cd "$(dirname "$0")/.."

python=${PYTHON:-python3}
if ! command -v "$python" >/dev/null 2>&1; then
  echo "berdaya's Python package needs Python 3.9 or newer ($python not found)" >&2
  exit 1
fi
if [ ! -x .venv/bin/python ]; then
  if ! "$python" -m venv .venv 2>/dev/null; then
    # Debian's python3 keeps venv in a separate package.
    if command -v apt-get >/dev/null 2>&1; then
      sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
      $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq python3-venv >/dev/null
      "$python" -m venv .venv
    else
      echo "cannot create a virtual environment with $python" >&2
      exit 1
    fi
  fi
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -r crates/py/requirements-dev.txt

rm -f target/wheels/berdaya-*.whl
(cd crates/py && ../../.venv/bin/maturin build --release --quiet -o ../../target/wheels)
.venv/bin/python -m pip install --quiet --force-reinstall --no-deps target/wheels/berdaya-*.whl
echo "berdaya $(.venv/bin/python -c 'import berdaya; print(berdaya.__version__)') installed in .venv"
