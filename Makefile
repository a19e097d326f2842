# Every target bootstraps .venv itself; a fresh machine needs only `make demo` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
NODE_DIR := tests/interop/node
NODE_STAMP := $(NODE_DIR)/node_modules/.installed
SPEC := openapi/servicelayer.yaml
GEN_CONFIG := openapi/generator.yml
TEMPLATES := openapi/templates
GENERATE = PATH="$(abspath $(BIN)):$$PATH" $(BIN)/openapi-python-client generate --path $(SPEC) --meta none --config $(GEN_CONFIG) --custom-template-path $(TEMPLATES) --fail-on-warning
PY_SOURCES := facade server servicelayer_cli tests bench examples scripts setup.py

.PHONY: venv node demo serve test pytest fuzz lint format typecheck layers spec-lint generate check-generated regenerate-check docs bench clean

venv: $(STAMP)

# pip's warnings about package locations configured on a machine are noise here; -qq keeps
# pip's errors (an install that fails still says why and stops make).
PIP_FLAGS := --quiet --quiet --disable-pip-version-check --no-input

$(STAMP): pyproject.toml
	@echo "Setting up $(VENV) (once): the SDK, the reference server and the developer tools"
	@$(PYTHON) -m venv $(VENV)
	@$(BIN)/pip install $(PIP_FLAGS) --upgrade pip
	@$(BIN)/pip install $(PIP_FLAGS) -e ".[server,dev]"
	@touch $(STAMP)

node: $(NODE_STAMP)

$(NODE_STAMP): $(NODE_DIR)/package.json
	cd $(NODE_DIR) && npm install --no-audit --no-fund --loglevel=error
	touch $(NODE_STAMP)

demo: $(STAMP)
	$(BIN)/python examples/demo.py

serve: $(STAMP)
	$(BIN)/python -m server --host 127.0.0.1 --port 8765 --data servicelayer.sqlite3 --demo

spec-lint: $(STAMP)
	$(BIN)/openapi-spec-validator $(SPEC)

generate: $(STAMP)
	$(GENERATE) --output-path generated --overwrite
	rm -rf generated/.ruff_cache
	touch generated/py.typed  # PEP 561: type checkers read the installed client's hints

check-generated: $(STAMP)
	@tmp=$$(mktemp -d) && $(GENERATE) --output-path $$tmp/generated >/dev/null \
	  && touch $$tmp/generated/py.typed \
	  && diff -r -x .ruff_cache -x __pycache__ $$tmp/generated generated \
	  && echo "generated/ matches $(SPEC)"; rc=$$?; rm -rf $$tmp; exit $$rc

# Regenerate into a scratch copy, then mypy facade/ and its unit tests against the fresh client.
regenerate-check: $(STAMP)
	$(BIN)/python scripts/regenerate_check.py --spec $(SPEC)

# ruff's rules include pydocstyle (Google convention) on facade/; the script checks that every
# public class, method and property users reach from `import facade` is documented.
lint: $(STAMP)
	$(BIN)/ruff check $(PY_SOURCES)
	$(BIN)/ruff format --check $(PY_SOURCES)
	$(BIN)/python scripts/check_public_docstrings.py

format: $(STAMP)
	$(BIN)/ruff check --fix $(PY_SOURCES)
	$(BIN)/ruff format $(PY_SOURCES)

typecheck: $(STAMP)
	$(BIN)/mypy

# The facade's import-layer contract ([tool.importlinter] in pyproject.toml).
layers: $(STAMP)
	$(BIN)/lint-imports --no-cache

pytest: $(STAMP) $(NODE_STAMP)
	$(BIN)/pytest -q -p no:cacheprovider

test: spec-lint check-generated regenerate-check lint typecheck layers docs pytest

# The documentation site (MkDocs Material + mkdocstrings) from docs/ and the facade's docstrings,
# warnings as errors; the site goes to site/.
docs: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict

# schemathesis with a bigger budget and a random seed (printed; SCHEMATHESIS_SEED=<n> replays it)
FUZZ_EXAMPLES ?= 50
SCHEMATHESIS_SEED ?= random
fuzz: $(STAMP)
	SCHEMATHESIS_MAX_EXAMPLES=$(FUZZ_EXAMPLES) SCHEMATHESIS_SEED=$(SCHEMATHESIS_SEED) \
	  SCHEMATHESIS_TIMEOUT=5400 $(BIN)/pytest -q -s -p no:cacheprovider --timeout=0 \
	  tests/integration/server/test_schemathesis.py

bench: $(STAMP)
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) $(NODE_DIR)/node_modules .mypy_cache .ruff_cache .pytest_cache site
