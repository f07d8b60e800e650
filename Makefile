# Set-up and day-to-day commands. `make run` creates .venv, installs and runs the
# extractor on the bundled example; `make test` runs the test suite.
# The interpreter .venv is made from. Unless PYTHON is given, the distribution's own build of the
# same version as `python3` is preferred where it is installed with venv support: Debian and Ubuntu
# build /usr/bin/python3.X with profile-guided optimization and LTO and link libpython into it,
# and the rules ran 8-9% less CPU under it than under a pyenv build of the same version (pyenv builds
# without --enable-optimizations by default; README "Performance"). Same version only, so the
# dependencies and the output are those of `python3`; anything else (no such file, no ensurepip
# because python3.X-venv is not installed, older than 3.11) falls back to `python3` as before.
# Read only when .venv is made (a recursive variable); an existing .venv is kept (remove it to switch).
ifeq ($(origin PYTHON),undefined)
PYTHON = $(shell v=$$(python3 -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null); \
	p=/usr/bin/python$$v; \
	if [ -n "$$v" ] && [ -x "$$p" ] && "$$p" -c 'import sys, ensurepip, venv; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; \
	then echo "$$p"; else echo python3; fi)
endif
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
MODEL  := training/output/model-best
SHARED_SEEDS := ../shared/eval/seeds.gold.jsonl

.PHONY: run install browser test corpus train weights evaluate package bench soak bench-view screenshots clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	@$(BIN)/python -c 'import sys; print("venv made from", sys._base_executable)'
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e ".[dev]"
	touch $(STAMP)

# the default pipeline, en_opstally: the trained tok2vec + ner kept in training/model (make weights)
# before this opstally's rules, packaged and installed into .venv; rebuilt when the weights, the
# patterns or the assembly change. On held-out test it ties or beats the rules alone on every metric
# and finds names no pattern knows (README, "Accuracy"); `-m rules` runs the rules alone, ~10x faster.
WEIGHTS := training/model
TRAINED := $(VENV)/.en_opstally
$(TRAINED): $(STAMP) $(WEIGHTS)/ner/model $(WEIGHTS)/tok2vec/model training/assemble.py training/config.cfg training/meta.json $(wildcard patterns/*)
	rm -rf build/en_opstally build/en_opstally_pkg && mkdir -p build/en_opstally_pkg
	$(BIN)/python training/assemble.py build $(WEIGHTS) build/en_opstally
	$(BIN)/python -m spacy package build/en_opstally build/en_opstally_pkg --meta-path training/meta.json --build wheel --force > /dev/null
	$(BIN)/pip install -q --force-reinstall --no-deps build/en_opstally_pkg/*/dist/*.whl
	touch $(TRAINED)

install: $(STAMP) $(TRAINED)

run: install
	$(BIN)/opstally extract examples/ --html review.html | $(BIN)/python -m json.tool --json-lines
	@echo "review page: $(CURDIR)/review.html"

# Headless Chromium for the browser tests (tests/test_view_browser.py), from Debian's packages;
# Playwright (the dev extra) drives it. Installed only when missing and we are root; else the tests skip.
browser:
	@command -v chromium >/dev/null 2>&1 && exit 0; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium chromium-driver; } \
	  || echo "WARNING: chromium could not be installed: the browser tests will skip"; \
	else echo "chromium is missing and this is not a root Debian shell: the browser tests will skip"; fi

test: $(STAMP) browser
	$(BIN)/python -m pytest

# corpus/src/*.jsonl (hand-written, inline markup) -> corpus/opstally.jsonl (records with offsets)
corpus: $(STAMP)
	$(BIN)/opstally corpus build corpus/src -o corpus/opstally.jsonl
	$(BIN)/opstally corpus validate corpus/opstally.jsonl

# trains tok2vec + ner beside the rules (training/config.cfg), fixed seed, CPU, no downloads.
# Reproducible: fixed string-hash order (labels) and one BLAS thread (summation order).
DETERMINISTIC := PYTHONHASHSEED=0 OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1
train: corpus
	$(BIN)/python training/make_docbins.py corpus/opstally.jsonl training/corpus
	$(DETERMINISTIC) $(BIN)/python -m spacy train training/config.cfg --output training/output

# keep the trained tok2vec + ner of `make train` as the shipped weights (commit training/model)
weights: $(STAMP)
	@test -d $(MODEL) || { echo "no trained pipeline in $(MODEL): run 'make train' first"; exit 2; }
	rm -rf $(WEIGHTS) && $(BIN)/python training/assemble.py weights $(MODEL) $(WEIGHTS)

# held-out test split: rules only / NER only / rules + NER, unseen-name recall, events; the pipeline
# `make train` wrote if there is one, else the shipped one (training/model with this opstally's rules)
evaluate: install
	$(BIN)/python training/evaluate.py $$(test -d $(MODEL) && echo $(MODEL) || echo build/en_opstally) \
	  corpus/opstally.jsonl --json training/metrics.json $$(test -f $(SHARED_SEEDS) && echo --seeds $(SHARED_SEEDS))

# wheels of opstally and en_opstally (the shipped weights with this opstally's rules) in dist/
package: $(TRAINED)
	rm -rf dist && mkdir -p dist
	$(BIN)/pip wheel -q --no-deps -w dist .
	cp build/en_opstally_pkg/*/dist/*.whl dist/

# benchmark (not a test): 20,000 generated documents, ~5 million words; figures in
# tests/benchmark/results.json; then Dask at 1 and 2 workers on 5,000 (tests/benchmark/dask_results.json).
# Trained configurations run when en_opstally is installed.
BENCH_DATA := build/bench.jsonl
bench: $(STAMP)
	mkdir -p build
	$(BIN)/python tests/benchmark/generate.py corpus/opstally.jsonl $(BENCH_DATA) --docs 20000
	$(BIN)/python tests/benchmark/run.py $(BENCH_DATA) --json tests/benchmark/results.json
	$(BIN)/python tests/benchmark/generate.py corpus/opstally.jsonl build/dask_bench.jsonl --docs 5000
	$(BIN)/python tests/benchmark/dask_bench.py build/dask_bench.jsonl --json tests/benchmark/dask_results.json
	$(MAKE) soak

# faults that show only over many runs or long documents (issue 11): 200 `--n-process 2`
# runs of 20 documents, each under a timeout (0 hangs), and a 200 KB run-on sentence timed;
# then dense reports of 60k-1M characters (cost per character about flat: long_docs.py)
soak: $(STAMP)
	mkdir -p build
	$(BIN)/python tests/benchmark/soak.py corpus/opstally.jsonl --runs 200 --docs 20 --json build/soak.json
	$(BIN)/python tests/benchmark/long_docs.py --json build/long_docs.json

# time for a 5,000-document review page to open in headless Chromium (a benchmark, not a test)
bench-view: $(STAMP) browser
	mkdir -p build
	$(BIN)/python tests/benchmark/view_open.py --docs 5000 --json tests/benchmark/view_open.json

# docs/review.png and docs/diff.png, from the bundled example and the first corpus documents
screenshots: $(STAMP) browser
	$(BIN)/python tests/benchmark/view_open.py --screenshots docs

clean:
	rm -f review.html
	rm -rf $(VENV) build dist *.egg-info pipeline/*.egg-info training/output training/corpus
