# netmap: `make run` serves the demo network, `make test` runs the whole suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Neo4j's own Cypher parser (npm), which the tests use to check every Cypher statement of the Neo4j store.
CYPHER_CHECKER := tools/cypher/node_modules/.installed

.PHONY: install run test check bench clean browser

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: install
	$(BIN)/netmap serve --demo

$(CYPHER_CHECKER): tools/cypher/package.json tools/cypher/package-lock.json
	command -v npm >/dev/null || (apt-get update && apt-get install -y nodejs npm)
	npm ci --prefix tools/cypher --no-audit --no-fund --loglevel=error
	touch $(CYPHER_CHECKER)

# Headless Chromium from Debian for the browser tests (never a browser download).
browser:
	command -v chromium >/dev/null || (apt-get update && apt-get install -y chromium)

test: install $(CYPHER_CHECKER) browser
	$(BIN)/python -m pytest

check: install
	$(BIN)/ruff check netmap tests bench tools
	$(BIN)/mypy

bench: install browser
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache tools/cypher/node_modules
