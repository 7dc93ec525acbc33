# soket: `make run` sets up and runs the main job; `make test` runs every check.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup run test lint bench mutations serve clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev,postgres,dask,report,ocr]'
	$(BIN)/python -m compileall -q src  # (an editable install compiles nothing: a start then reads soket's bytecode)
	touch $(STAMP)

setup: $(STAMP)

run: $(STAMP)
	@$(BIN)/python -c "from soket.ingest.ocr import ocr_missing as m; w = m(); w and print('note: scanned PDFs and images cannot be read:', w)" >&2
	$(BIN)/python -m soket ingest examples --db sqlite:///soket.db
	$(BIN)/python -m soket extract examples --format table

serve: $(STAMP)
	$(BIN)/python -m soket serve --db sqlite:///soket.db

test: $(STAMP)
	bash scripts/test.sh

lint: $(STAMP)
	$(BIN)/ruff check src tests bench scripts

bench: $(STAMP)
	$(BIN)/python bench/extract_bench.py
	$(BIN)/python bench/gazetteer_bench.py
	$(BIN)/python bench/store_bench.py
	$(BIN)/python bench/batch_bench.py --n 20000

mutations: $(STAMP)
	$(BIN)/python bench/mutations.py -j 2

clean:
	rm -rf $(VENV) soket.db .pytest_cache
