# `make run` and `make test` bootstrap .venv from the pinned requirements when it is missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install run test lint build release validate cluster cluster-stop

install: $(STAMP)

$(STAMP): requirements.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	touch $(STAMP)

run: install
	$(BIN)/streamlit run serve.py

test: install
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check .

# The bundled data is served from data/releases/: a build of it is a release.
build release: install
	$(BIN)/python -m accountability release

validate: install
	$(BIN)/python -m accountability validate

# Replicas behind nginx on this machine (deploy/): `make cluster REPLICAS=3 PORT=8090`.
REPLICAS ?= 2
PORT ?= 8080

cluster: install
	$(BIN)/python -m deploy.cluster start --replicas $(REPLICAS) --port $(PORT)

cluster-stop:
	$(BIN)/python -m deploy.cluster stop
