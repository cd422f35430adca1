# netmap: `make run` serves the demo network, `make test` runs the whole suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install run test check bench clean browser

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: install
	$(BIN)/netmap serve --demo

# Headless Chromium from Debian for the browser tests (never a browser download).
browser:
	command -v chromium >/dev/null || (apt-get update && apt-get install -y chromium)

test: install browser
	$(BIN)/python -m pytest

check: install
	$(BIN)/ruff check netmap tests bench
	$(BIN)/mypy

bench: install browser
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
