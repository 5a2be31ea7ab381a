# Hifazat — the two commands:
#   make demo   set up (venv, install, SQLite, reference and demo data) and serve http://127.0.0.1:8000
#   make test   set up what the tests need and run the whole suite on SQLite and on PostgreSQL,
#               plus ruff, mypy and the import-linter contracts
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
export HIFAZAT_DATA_DIR ?= $(CURDIR)/data
PORT ?= 8000
DEMO_CASES ?= 300
# PostgreSQL (throwaway test cluster), Chromium (real-browser tests), Pango and Poppler (PDF
# reports and their tests), Noto fonts.
SYSTEM_PACKAGES := postgresql chromium fonts-noto-core poppler-utils libpango-1.0-0 libpangoft2-1.0-0
STAMP := $(VENV)/.installed

.PHONY: demo test venv system-packages lint test-sqlite test-postgres bench-audit bench-register bench-guard bench-safeguards bench-stats guard-model clean messages engine

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "make: $(PYTHON) not found (Hifazat needs Python 3.11)"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

venv: $(STAMP)

# The guard's hot modules compiled with mypyc (a no-op when up to date; if this machine cannot
# compile, it says so and the pure-Python engine runs, with the same findings).
engine: $(STAMP)
	@$(BIN)/python scripts/build_engine.py

# Debian packages the tests use: PostgreSQL (throwaway cluster), Chromium (real-browser tests).
system-packages:
	@missing=""; for p in $(SYSTEM_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  if [ "$$(id -u)" != 0 ]; then SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

demo: $(STAMP) engine
	$(BIN)/hifazat migrate --no-input -v 0
	$(BIN)/hifazat load-reference
	$(BIN)/hifazat demo --cases $(DEMO_CASES)
	@echo; echo "Serving Hifazat on http://127.0.0.1:$(PORT)/  (Ctrl-C to stop)"; echo
	HIFAZAT_DEMO=true $(BIN)/hifazat runserver 127.0.0.1:$(PORT) --insecure

lint: $(STAMP)
	$(BIN)/ruff check hifazat bench scripts conftest.py
	$(BIN)/ruff format --check hifazat bench scripts conftest.py
	$(BIN)/mypy hifazat
	$(BIN)/lint-imports
	HIFAZAT_DATA_DIR=$$(mktemp -d) $(BIN)/hifazat makemigrations --check --dry-run -v 0

test-sqlite: $(STAMP) engine
	HIFAZAT_EXPECT_NATIVE=$$(test -f hifazat/publishing/engine/native/stamp.json && echo 1) \
	HIFAZAT_DATA_DIR=$$(mktemp -d) $(BIN)/pytest -n 2 -q

test-postgres: $(STAMP) engine system-packages
	@set -e; eval "$$(bash scripts/pgtmp.sh start)"; trap 'bash scripts/pgtmp.sh stop "$$PGTMP_DIR"' EXIT; \
	echo "PostgreSQL throwaway cluster on port $$PGPORT"; \
	HIFAZAT_DATA_DIR=$$(mktemp -d) $(BIN)/pytest -n 2 -q

test: $(STAMP) system-packages lint test-sqlite test-postgres
	@echo "All checks passed on SQLite and PostgreSQL."

bench-audit: $(STAMP) system-packages
	@set -e; eval "$$(bash scripts/pgtmp.sh start)"; trap 'bash scripts/pgtmp.sh stop "$$PGTMP_DIR"' EXIT; \
	$(BIN)/python bench/audit.py

messages: $(STAMP)
	cd hifazat && ../$(BIN)/django-admin makemessages -l ur --no-obsolete && ../$(BIN)/django-admin compilemessages -l ur

clean:
	rm -rf $(VENV) *.egg-info hifazat/publishing/engine/native

bench-register: $(STAMP) system-packages
	@set -e; eval "$$(bash scripts/pgtmp.sh start)"; trap 'bash scripts/pgtmp.sh stop "$$PGTMP_DIR"' EXIT; \
	$(BIN)/python bench/register.py $(BENCH_ARGS)

# Train the publication guard's small name model from generated data (ships in the package).
guard-model: $(STAMP)
	$(BIN)/python -m hifazat.publishing.train

bench-guard: $(STAMP) engine
	$(BIN)/pip install --quiet -e '.[dev,bench]'
	$(BIN)/python bench/guard_eval.py

bench-safeguards: $(STAMP) system-packages
	@set -e; eval "$$(bash scripts/pgtmp.sh start)"; trap 'bash scripts/pgtmp.sh stop "$$PGTMP_DIR"' EXIT; \
	$(BIN)/python bench/safeguards.py $(BENCH_ARGS)

bench-stats: $(STAMP) system-packages
	@set -e; eval "$$(bash scripts/pgtmp.sh start)"; trap 'bash scripts/pgtmp.sh stop "$$PGTMP_DIR"' EXIT; \
	$(BIN)/python bench/stats.py $(BENCH_ARGS)
