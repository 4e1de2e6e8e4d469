PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test bench lint clean demo

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# Reinstall only when the project description changes.
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

# A new database becomes the demo depot (a real depot: `carrier-app init`, see the README).
run: $(STAMP)
	CARRIER_FIRST_START=demo $(BIN)/carrier-app

# The one gate: layer contracts, lint, types (strict on core, store and the capabilities),
# then the tests.
test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/lint-imports --config pyproject.toml
	$(BIN)/ruff check carrier_app tests bench
	$(BIN)/mypy carrier_app
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# Every bench/*_bench.py; each prints its figures as ratios to a floor measured in the same run.
bench: $(STAMP)
	set -e; for b in bench/*_bench.py; do echo "== $$b"; $(BIN)/python $$b; done

demo: $(STAMP)
	$(BIN)/carrier-app demo

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
