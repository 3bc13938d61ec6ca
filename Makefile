# engage: two commands on a fresh machine.
#   make run   installs everything, builds the database with demo data, serves http://127.0.0.1:5000
#   make test  installs the test tools (Chromium from Debian if missing) and runs the whole suite

SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
FLASK := $(BIN)/flask --app wsgi
CHROMIUM_PATH ?= /usr/bin/chromium
INSTALLED := $(VENV)/.installed
ASSETS := static/dist/engage.css

.DEFAULT_GOAL := help
.PHONY: help run test lint format code bench install assets chromium clean

help: ## Show the commands
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

$(INSTALLED): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install: $(INSTALLED) ## Install the Python packages into .venv

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund --ignore-scripts

$(ASSETS): node_modules/.package-lock.json static/src/engage.scss scripts/build-assets.mjs
	npm run --silent build

assets: $(ASSETS) ## Build the stylesheet and copy GOV.UK Frontend's script

run: install assets ## Set up the database with demo data and serve the app on http://127.0.0.1:5000
	ENGAGE_ENV=development $(FLASK) db upgrade
	ENGAGE_ENV=development $(FLASK) demo load
	@echo ""
	@echo "Serving on http://127.0.0.1:5000 (Ctrl+C to stop)"
	ENGAGE_ENV=development $(FLASK) run --host 127.0.0.1 --port 5000

code: install ## Print the current security code for a demo account: make code EMAIL=...
	@ENGAGE_ENV=development $(FLASK) demo code $(EMAIL)

chromium: ## Install Chromium from Debian for the browser tests, if it is missing
	@if [ ! -x "$(CHROMIUM_PATH)" ]; then \
		echo "Installing Chromium from Debian for the browser tests"; \
		SUDO=$$([ "$$(id -u)" = 0 ] || echo sudo); \
		$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq chromium >/dev/null; \
	fi

test: install assets chromium ## Run every test: unit, integration (SQLite, and PostgreSQL if TEST_DATABASE_URL is set) and browser
	CHROMIUM_PATH=$(CHROMIUM_PATH) ENGAGE_REQUIRE_BROWSER=1 $(BIN)/pytest -n 2 --dist loadgroup

lint: install ## Lint and format checks, and the migrations-match-models check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	ENGAGE_ENV=test DATABASE_URL=sqlite:///$$(mktemp -d)/check.db sh -c '$(FLASK) db upgrade && $(FLASK) db check'

format: install ## Format the code
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: install ## Run the benchmarks (figures quoted in the README)
	$(BIN)/python benchmarks/safeguarding_bench.py
	$(BIN)/python benchmarks/themes_bench.py

clean: ## Remove the local database, build output and caches
	rm -rf instance static/dist .pytest_cache .ruff_cache
