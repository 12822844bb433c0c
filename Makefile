# The two commands the README promises: `make run` and `make test`. Both start with `make install`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
PG_URL ?= postgres://postgres@127.0.0.1:5432/test
export DJANGO_SETTINGS_MODULE ?= newsroom.settings.dev

.PHONY: install run test test-sqlite test-postgres lint format sample browser-deps bench clean

install: $(VENV)/.installed node_modules/.installed

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $@

# axe-core for the accessibility tests (npm); skipped with a note where npm is missing.
node_modules/.installed: package.json
	@if command -v npm >/dev/null 2>&1; then \
		npm install --no-audit --no-fund --silent && touch $@; \
	else echo "npm not found: accessibility tests will be skipped"; fi

# The sample edition (sample/README.md): 42 stories the test suite also loads.
sample: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py import_dumps sample/edition --publish
	$(PY) manage.py sample_photos
	$(PY) manage.py ensure_admin

run: sample
	@echo "Serving on http://127.0.0.1:$(PORT)/  (admin: http://127.0.0.1:$(PORT)/admin/)"
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

test-sqlite: install
	env -u DATABASE_URL DJANGO_SETTINGS_MODULE=newsroom.settings.test $(VENV)/bin/pytest

# Runs the suite again on PostgreSQL when one answers at DATABASE_URL (or 127.0.0.1:5432).
test-postgres: install
	@url="$${DATABASE_URL:-$(PG_URL)}"; \
	if $(PY) -c "import sys, psycopg; psycopg.connect(sys.argv[1].replace('postgres://', 'postgresql://', 1), dbname='postgres', connect_timeout=3).close()" "$$url" 2>/dev/null; then \
		echo "== PostgreSQL at $$url"; \
		DATABASE_URL="$$url" DJANGO_SETTINGS_MODULE=newsroom.settings.test $(VENV)/bin/pytest; \
	else \
		echo "== PostgreSQL does not answer at $$url: skipping the PostgreSQL run"; \
	fi

test: lint test-sqlite test-postgres

bench: install
	bench/run

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles .pytest_cache
