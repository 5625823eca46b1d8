# One command to set up and serve, one to set up and test (see README.md).
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
LINT_PATHS := hooks tests $(wildcard bench) $(wildcard scripts/*.py)
# Material for MkDocs prints an end-of-life banner for MkDocs 1.x; we know.
export NO_MKDOCS_2_WARNING := 1

.PHONY: help setup setup-dev serve build preview test lint browser clean lighthouse bench eval model

help:
	@echo "make serve  - install (.venv) and serve the site on http://127.0.0.1:8000"
	@echo "make build  - install and build the site into site/ (strict)"
	@echo "make preview - build, then serve site/ like a static host (gzip) on http://127.0.0.1:8000"
	@echo "make test   - install and run the whole test suite (lint, unit, build, browser)"
	@echo "make bench  - benchmark the build against plain MkDocs (N = 100, 1000, 5000; slow)"
	@echo "make eval   - score quotations, speakers, titles, bylines, furniture and themes on tests/eval (per convention)"
	@echo "make model  - retrain the interface-line model on tests/eval (after adding annotated articles)"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.site-installed: requirements.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

$(VENV)/.dev-installed: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@ $(VENV)/.site-installed

setup: $(VENV)/.site-installed

setup-dev: $(VENV)/.dev-installed

serve: setup
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

build: setup
	$(BIN)/mkdocs build --strict --site-dir site

# The built site/ served as a static host serves it (gzip), at the default site_url.
preview: build
	$(BIN)/python scripts/static_host.py site --port 8000

browser:
	@bash scripts/ensure-chromium.sh

# Pinned Node tools (package-lock.json): axe-core for tests/test_a11y.py, Lighthouse.
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

# Lighthouse scores (desktop and mobile) of the five page types; slow, not in `make test`.
lighthouse: setup-dev node_modules/.installed browser
	$(BIN)/python scripts/lighthouse.py

# Build time, memory and page sizes at N = 100, 1,000, 5,000 generated articles against a plain
# MkDocs build (bench/README.md); slow, not in `make test`. E.g. BENCH_ARGS="--sizes 100,1000".
bench: setup-dev
	$(BIN)/python bench/run.py $(BENCH_ARGS)

# The extraction scored on the development corpus tests/eval/articles: precision, recall and
# speaker accuracy per quotation convention, titles, bylines, dates, furniture and themes. Add --failures
# (EVAL_ARGS="--failures") to list each failure, --json for the figures as JSON.
eval: setup-dev
	$(BIN)/python tests/eval/score.py $(EVAL_ARGS)

lint: setup-dev
	$(BIN)/ruff check $(LINT_PATHS)
	$(BIN)/ruff format --check $(LINT_PATHS)

test: setup-dev browser lint node_modules/.installed
	$(BIN)/python -m pytest

clean:
	rm -rf site .pytest_cache

# The interface-line model (hooks/dossier/interface.py) learns from tests/eval/articles; retrain it after adding
# annotated articles (tests/test_interface.py says when it is stale). scikit-learn is needed here only.
$(VENV)/.model-installed: requirements-model.txt $(VENV)/.dev-installed
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-model.txt
	touch $@

model: $(VENV)/.model-installed
	$(BIN)/python scripts/train_interface.py
