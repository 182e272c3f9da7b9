# A map of the project's commands; each target calls a script in scripts/.
.PHONY: report test lint depcheck modules wheel wasm page bench

report:            ## the main job: summaries of the bundled cases
	bash scripts/report.sh --lang id

test:              ## every test, as CI runs it
	bash scripts/test.sh

lint:
	cargo fmt --all -- --check && cargo clippy --workspace --all-targets -- -D warnings

depcheck:
	bash scripts/depcheck.sh

modules:           ## the core's module graph: no import cycle, layers in order
	bash scripts/check-modules.sh

wheel:             ## build the Python wheel and install it in .venv
	bash scripts/setup-python.sh

wasm:              ## build the WebAssembly package into examples/web/pkg
	bash scripts/build-wasm.sh

page:              ## serve the offline assessment page on 127.0.0.1:8080
	bash scripts/serve-page.sh

bench:             ## registry-scale benchmark against a Python loop, polars and DuckDB
	bash scripts/bench.sh
