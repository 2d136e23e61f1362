# Two commands do everything (see README): `make review` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
STORE ?= store/factcheck.json

.PHONY: setup review test lint bench screenshot clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)

## Ingest the sample article into the default store and open the review desk.
review: $(STAMP)
	$(BIN)/factcheck --store $(STORE) ingest seeds/
	$(BIN)/factcheck --store $(STORE) review

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

## Lint, format check, layer contract, then the whole test suite.
test: lint
	$(BIN)/python -m pytest

## Regenerate docs/screenshot.svg (README's picture of the review desk).
screenshot: $(STAMP)
	$(BIN)/python docs/screenshot.py docs/screenshot.svg

## Every benchmark script in benchmarks/, each printing its table of figures.
bench: $(STAMP)
	@for script in benchmarks/*.py; do $(BIN)/python $$script || exit 1; done

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis
