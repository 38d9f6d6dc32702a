# Hotline — the two commands a fresh machine needs: `make run` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8328
export HOTLINE_TEST_POSTGRES_URL ?= postgresql+psycopg://postgres@127.0.0.1:5432/test

.PHONY: install run test test-fast test-slow bench clean

$(BIN)/hotline: pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $(BIN)/hotline

install: $(BIN)/hotline

run: install
	$(BIN)/hotline db upgrade
	$(BIN)/hotline demo --if-empty
	HOTLINE_JOBS_IN_WEB=true $(BIN)/hotline serve --host $(HOST) --port $(PORT)

# Two steps, both required: the in-process tests, then the slow ones that start real server processes
# (browser scenarios, kill -9 under load, two sweepers on one database).
test: test-fast test-slow

# The system packages come first: chromium for the browser tests, and the Chinese font the PDF
# reports need (tests of report files run in process, so test-fast needs it too).
test-fast: install
	./scripts/install-browser-deps.sh
	@echo "== tests in process (SQLite and PostgreSQL)"
	$(BIN)/python -m pytest -q -m "not slow"

test-slow: install
	./scripts/install-browser-deps.sh
	@echo "== slow tests: real servers, browser, crash under load"
	$(BIN)/python -m pytest -q -m slow

bench: install
	./scripts/install-bench-deps.sh
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) var .pytest_cache
