# Set-up and day-to-day commands. `make run` creates .venv, installs and runs the
# extractor on the bundled example; `make test` runs the test suite.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run install test corpus clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/opstally extract examples/ | $(BIN)/python -m json.tool --json-lines

test: $(STAMP)
	$(BIN)/python -m pytest

corpus: $(STAMP)
	$(BIN)/opstally corpus build corpus/src -o corpus/opstally.jsonl

clean:
	rm -rf $(VENV) build *.egg-info pipeline/*.egg-info
