# The README's two commands, `make run` and `make test`, do all the set-up themselves.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
LEAFLET := dashboard/static/vendor/leaflet/leaflet.js
PORT ?= 8501
# `make serve` listens on 8080 unless PORT is given (command line or environment).
SERVE_PORT = $(if $(filter file,$(origin PORT)),8080,$(PORT))
REPLICAS ?= 2

# Offline development and tests read the 2019 CBS boundaries that lie beside the clone.
SHARED_BOUNDARIES := $(wildcard ../shared/geo/gemeente_2019.topojson)
ifeq ($(origin VNON_BOUNDARIES), undefined)
  ifneq ($(SHARED_BOUNDARIES),)
    export VNON_BOUNDARIES := $(abspath $(SHARED_BOUNDARIES))
  endif
endif

.PHONY: help setup lock data run serve test lint format bench browser poppler nginx clean

help:
	@echo "make run    — omgeving opzetten, gegevens bouwen, dashboard starten (poort $(PORT))"
	@echo "make serve  — nginx voor $(REPLICAS) replica's op poort $(SERVE_PORT) (PORT=…, REPLICAS=…)"
	@echo "make test   — alle tests, browsertest inbegrepen"
	@echo "make data   — alleen de gegevens bouwen (python -m etl demo en build)"
	@echo "make bench  — prestaties naast een naïeve referentie meten (BENCH_QUICK=1: kort)"
	@echo "make lock   — requirements.lock opnieuw opstellen na een wijziging in pyproject.toml"

# The exact versions of requirements.lock (with hashes), then the project itself without its
# dependencies: every clone gets the environment the tests passed in. The build backend
# (setuptools) is in the lock too, so the editable install builds without isolation instead of
# fetching an unpinned one. pyproject.toml keeps the ranges for those who install the package.
$(STAMP): pyproject.toml requirements.lock
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet -r requirements.lock
	$(PY) -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $@

# After changing the dependencies in pyproject.toml: the lock anew, other pins kept where they
# still fit. `make lock LOCK_FLAGS=--upgrade` moves every pin to the newest release in range.
UV := uv==0.13.9
LOCK_FLAGS ?=
lock:
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet '$(UV)'
	$(PY) -m uv pip compile pyproject.toml --extra dev --universal --python-version 3.11 \
	  --generate-hashes --custom-compile-command 'make lock' --quiet $(LOCK_FLAGS) -o requirements.lock

# Leaflet comes from the npm registry (package-lock.json), never from a CDN or from git.
$(LEAFLET): package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	rm -rf dashboard/static/vendor/leaflet
	mkdir -p dashboard/static/vendor
	cp -r node_modules/leaflet/dist dashboard/static/vendor/leaflet
	touch $@

# Streamlit's static files compressed once for make serve's nginx (dashboard/server/static_files.py).
STATIC_CACHE := $(VENV)/.static-compressed
$(STATIC_CACHE): $(STAMP)
	$(PY) -c 'from dashboard.server import static_files; static_files.cached()'
	touch $@

setup: $(STAMP) $(LEAFLET) $(STATIC_CACHE)

# The demo registers (fictitious, git-ignored) are made too, so "Demodata tonen" has content.
data: setup
	$(PY) -m etl demo
	$(PY) -m etl build

run: data
	$(PY) -m streamlit run dashboard/app.py --server.port $(PORT)

# The production set-up on one machine, in the foreground until Ctrl-C or SIGTERM; the data are
# built first when the data root has none (dashboard/server/supervisor.py).
serve: setup nginx
	PORT=$(SERVE_PORT) REPLICAS=$(REPLICAS) $(PY) -m dashboard.server serve

# Debian's nginx for `make serve` and its tests, with Debian's brotli modules (nginx then sends
# Streamlit's files brotli-compressed; without them it falls back to gzip). Installing nginx
# starts Debian's own nginx service on port 80: stopped and disabled again, `make serve` runs its
# own nginx as the invoking user.
NGINX_PACKAGES := nginx libnginx-mod-http-brotli-filter libnginx-mod-http-brotli-static
BROTLI_MODULE := /usr/lib/nginx/modules/ngx_http_brotli_static_module.so
nginx:
	@{ { command -v nginx || test -x /usr/sbin/nginx; } && test -f $(BROTLI_MODULE); } >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(NGINX_PACKAGES) >/dev/null \
	      && { if [ -d /run/systemd/system ]; then systemctl disable --now nginx >/dev/null 2>&1; \
	           else service nginx stop >/dev/null 2>&1; update-rc.d nginx disable >/dev/null 2>&1; fi; true; }) \
	      || echo "nginx kon niet worden geïnstalleerd"; \
	  else echo "nginx of de brotli-modules ontbreken: installeer de Debian-pakketten $(NGINX_PACKAGES)"; fi; }

# Debian's Chromium for the end-to-end test; under CI=true a missing browser fails the tests.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	      || echo "chromium kon niet worden geïnstalleerd"; \
	  else echo "chromium ontbreekt: installeer het Debian-pakket 'chromium'"; fi; }

# Debian's poppler-utils (pdftoppm, pdftotext): the factsheet tests draw a page as PNG with it;
# under CI=true a missing pdftoppm fails those tests, elsewhere they are skipped.
poppler:
	@command -v pdftoppm >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils >/dev/null) \
	      || echo "poppler-utils kon niet worden geïnstalleerd"; \
	  else echo "pdftoppm ontbreekt: installeer het Debian-pakket 'poppler-utils'"; fi; }

lint: setup
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

format: setup
	$(PY) -m ruff format .
	$(PY) -m ruff check --fix .

test: setup browser poppler nginx lint
	$(PY) -m pytest

# Bounded: at most about 10 minutes here, BENCH_QUICK=1 a smoke of about two (tools/bench/).
bench: setup browser nginx
	$(PY) -m tools.bench

clean:
	rm -rf $(VENV) node_modules dashboard/static/vendor data/processed data/cache
