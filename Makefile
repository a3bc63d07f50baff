# Two commands a user needs: `make demo` and `make test`. Everything else is a helper of those two.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed

.PHONY: demo test setup system lint bench clean

# setup.py compiles the extraction modules of loaders/ (mypyc): an edit there recompiles them on the next make.
$(STAMP): pyproject.toml setup.py $(wildcard loaders/*.py)
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)

# Debian packages the browser tests need (chromium); only installs what is missing.
system:
	bash scripts/setup-system.sh

demo: $(STAMP)
	bash scripts/demo.sh

test: $(STAMP) system
	$(BIN)/ruff check .
	$(BIN)/mypy loaders
	$(BIN)/pytest -q

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

bench: $(STAMP)
	$(BIN)/python bench/extract_bench.py

clean:
	rm -rf out .pytest_cache
