# The two commands a new user runs: `make run` and `make test`. See README.md.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
DEV_ENV := DJANGO_DEBUG=1
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install migrate seed serve lint bench loadtest backup restore clean

$(VENV)/.installed: requirements.txt requirements-dev.txt
	@$(PYTHON) -c 'import sys; sys.exit("Python 3.11+ is required") if sys.version_info < (3, 11) else None'
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -r requirements-dev.txt
	@touch $@

install: $(VENV)/.installed

migrate: install
	$(DEV_ENV) $(PY) manage.py migrate --noinput

seed: migrate
	$(DEV_ENV) $(PY) manage.py seed_demo

## make run: virtualenv, SQLite database, demo content and accounts, then serve on http://127.0.0.1:8000
run: seed
	$(DEV_ENV) $(PY) manage.py runserver $(HOST):$(PORT)

## make test: the whole suite with pytest (SQLite by default; set DATABASE_URL for PostgreSQL)
test: install
	$(PY) -m pytest $(PYTEST_ARGS)

# Production runs these with its own DJANGO_SECRET_KEY etc. in the environment; without one, the dev settings apply.
MANAGE_ENV := $(if $(DJANGO_SECRET_KEY),,$(DEV_ENV))

## make backup: database + media into backups/site-YYYYmmdd-HHMMSS.tar.gz (BACKUP_DIR to change the folder)
backup: install
	$(MANAGE_ENV) $(PY) manage.py backup_site

## make restore [BACKUP=backups/site-….tar.gz]: replace database + media with a backup (default: the newest)
restore: install
	$(MANAGE_ENV) $(PY) manage.py restore_site $(BACKUP)

## make loadtest: 5-minute load and fault test against gunicorn + PostgreSQL (not part of make test; see bench/loadtest.py)
loadtest: install
	$(PY) bench/loadtest.py $(LOADTEST_ARGS)

lint: install
	$(VENV)/bin/ruff check .

clean:
	rm -rf $(VENV) staticfiles .pytest_cache
