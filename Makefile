# The two commands a new user runs: `make run` and `make test`. See README.md.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
DEV_ENV := DJANGO_DEBUG=1
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install migrate seed serve lint bench bench-compare bench-replica loadtest backup restore clean

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

## make backup: database + media + readers' photos into backups/site-YYYYmmdd-HHMMSS.tar.gz, mode 0600
## (.tar.gz.enc, encrypted, when BACKUP_ENCRYPTION_KEY is set; BACKUP_DIR to change the folder)
backup: install
	$(MANAGE_ENV) $(PY) manage.py backup_site

## make restore [BACKUP=backups/site-….tar.gz]: replace database + media with a backup (default: the newest)
restore: install
	$(MANAGE_ENV) $(PY) manage.py restore_site $(BACKUP)

## make loadtest: 5-minute load and fault test against gunicorn + PostgreSQL (not part of make test; see bench/loadtest.py)
loadtest: install
	$(PY) bench/loadtest.py $(LOADTEST_ARGS)

# Production-like on this machine: plain HTTP on loopback, so no HTTPS redirect, Secure-only cookies or HSTS
# (set those three, a real DJANGO_SECRET_KEY and DJANGO_ALLOWED_HOSTS in production; see bench/README.md).
SERVE_ENV = DJANGO_DEBUG=0 DJANGO_SECRET_KEY="$${DJANGO_SECRET_KEY:-$$(cat var/secret_key)}" \
	DJANGO_ALLOWED_HOSTS="$${DJANGO_ALLOWED_HOSTS:-127.0.0.1,localhost}" SERVE_MEDIA="$${SERVE_MEDIA:-1}" \
	DJANGO_SECURE_SSL_REDIRECT="$${DJANGO_SECURE_SSL_REDIRECT:-0}" DJANGO_SECURE_COOKIES="$${DJANGO_SECURE_COOKIES:-0}" \
	DJANGO_HSTS_SECONDS="$${DJANGO_HSTS_SECONDS:-0}" SITE_URL="$${SITE_URL:-http://$(HOST):$(PORT)}"

# A secret generated once for this machine, kept out of git (var/ is ignored).
var/secret_key:
	@mkdir -p var
	@umask 077 && $(PYTHON) -c 'import secrets; print(secrets.token_urlsafe(50))' > $@

## make serve: DEBUG off, migrate, collectstatic, gunicorn with config/gunicorn.conf.py (workers = 2 x cores + 1)
serve: install var/secret_key
	$(SERVE_ENV) $(PY) manage.py migrate --noinput
	$(SERVE_ENV) $(PY) manage.py collectstatic --noinput --verbosity 0
	$(SERVE_ENV) HOST=$(HOST) PORT=$(PORT) exec $(VENV)/bin/gunicorn -c config/gunicorn.conf.py config.wsgi

## make bench: load 110,000 articles into PostgreSQL `newsroom_bench`, measure every page, write bench/results/<date>.md
bench: install
	$(PY) -m bench.run $(BENCH_ARGS)

## make bench-compare: this project vs the Wagtail reference and bare Django of ../shared/bench in one run (skipped
## with a message where that folder is absent); writes bench/results/compare-<time>.md. See bench/README.md
bench-compare: install
	$(PY) -m bench.compare $(BENCH_COMPARE_ARGS)

## make bench-replica: a real PostgreSQL streaming replica of the benchmark's cluster (5435): public pages read
## from it, editors from the primary, lag and a replica stopped mid-run; writes bench/results/replica-<time>.md
bench-replica: install
	$(PY) -m bench.replica $(BENCH_REPLICA_ARGS)

lint: install
	$(VENV)/bin/ruff check .

clean:
	rm -rf $(VENV) staticfiles .pytest_cache
