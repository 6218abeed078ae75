# Newsroom: `make run` to try it, `make test` to test it. Needs Python 3.12+ and make.
PYTHON ?= $(shell for p in python3.13 python3.12 python3 python; do \
	if command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null; \
	then echo $$p; break; fi; done)
VENV := .venv
BIN := $(VENV)/bin
DEV := DEBUG=1
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install run demo test lint format clean bench-suggest bench-ninjs bench-faults bench

$(BIN)/.installed: pyproject.toml
	@test -n "$(PYTHON)" || { echo "Newsroom needs Python 3.12 or newer on PATH." >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	@touch $@

install: $(BIN)/.installed

demo: install
	@mkdir -p var
	$(DEV) $(BIN)/python manage.py migrate --noinput
	$(DEV) $(BIN)/python manage.py load_demo_desk --host $(HOST) --port $(PORT)

# Links in notification e-mails point where this run serves (canonical links follow the Site,
# which load_demo_desk sets to the same host and port).
run: DEV += WAGTAILADMIN_BASE_URL=http://$(HOST):$(PORT)
run: demo
	@echo "Serving the Highland Courier demo at http://$(HOST):$(PORT)/ (admin: http://$(HOST):$(PORT)/admin/)"
	@echo "Scheduled and embargoed stories publish by themselves: the scheduler runs beside the server."
	$(DEV) $(BIN)/python manage.py run_scheduler & scheduler=$$!; \
	trap 'kill $$scheduler 2>/dev/null' EXIT INT TERM; \
	$(DEV) $(BIN)/python manage.py runserver $(HOST):$(PORT)

test: install
	$(BIN)/pytest

# Import 10,000 generated ninjs documents; `make bench-ninjs COUNT=500` for a quicker run.
COUNT ?= 10000
bench-ninjs: install
	$(BIN)/python benchmarks/ninjs_import.py --count $(COUNT)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

clean:
	rm -rf $(VENV) var static_collected .pytest_cache .ruff_cache

bench-suggest: install
	@mkdir -p var
	$(BIN)/python benchmarks/tag_suggestions.py

# 64 readers for 60 s while an editor saves, then a database outage (PostgreSQL, gunicorn).
bench-faults: install
	$(BIN)/python benchmarks/load_and_faults.py

# Page speed at two archive sizes, uncached and cached, and through nginx (PostgreSQL, Redis, wrk,
# nginx). `make bench ARTICLES=1000 DURATION=5` for a quick run.
ARTICLES ?= 1000 20000
DURATION ?= 10
ROUNDS ?= 2
bench: install
	$(BIN)/python benchmarks/run.py --articles $(ARTICLES) --seconds $(DURATION) --rounds $(ROUNDS)
