# One command to set up and serve, one to set up and test (see README.md).
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
LINT_PATHS := hooks tests $(wildcard bench)
# Material for MkDocs prints an end-of-life banner for MkDocs 1.x; we know.
export NO_MKDOCS_2_WARNING := 1

.PHONY: help setup setup-dev serve build test lint browser clean

help:
	@echo "make serve  - install (.venv) and serve the site on http://127.0.0.1:8000"
	@echo "make build  - install and build the site into site/ (strict)"
	@echo "make test   - install and run the whole test suite (lint, unit, build, browser)"

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

browser:
	@bash scripts/ensure-chromium.sh

lint: setup-dev
	$(BIN)/ruff check $(LINT_PATHS)
	$(BIN)/ruff format --check $(LINT_PATHS)

test: setup-dev browser lint
	$(BIN)/python -m pytest

clean:
	rm -rf site .pytest_cache
