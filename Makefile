# A map of the project's commands; each target calls a script in scripts/.
.PHONY: report test lint depcheck wheel

report:            ## the main job: summaries of the bundled cases
	bash scripts/report.sh --lang id

test:              ## every test, as CI runs it
	bash scripts/test.sh

lint:
	cargo fmt --all -- --check && cargo clippy --workspace --all-targets -- -D warnings

depcheck:
	bash scripts/depcheck.sh

wheel:             ## build the Python wheel and install it in .venv
	bash scripts/setup-python.sh
