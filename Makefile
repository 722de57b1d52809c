# Convene: two commands on a fresh machine.
#   make demo   -> opens Convene on a fresh copy of the demo convening
#   make test   -> runs the whole test suite
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: demo run test smoke bench lint-imports clean system-deps

$(STAMP): pyproject.toml constraints.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c constraints.txt -e '.[test]'
	@touch $(STAMP)

system-deps:
	@bash packaging/system-deps.sh

demo: system-deps $(STAMP)
	$(VENV)/bin/convene --demo

run: system-deps $(STAMP)
	$(VENV)/bin/convene

test: system-deps $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

smoke: system-deps $(STAMP)
	$(VENV)/bin/convene --smoke

bench: system-deps $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) tests/benchmarks/bench_startup.py
	QT_QPA_PLATFORM=offscreen $(PY) tests/benchmarks/bench_timer.py
	$(PY) tests/benchmarks/bench_pairing.py
	$(PY) tests/benchmarks/bench_pdf.py
	QT_QPA_PLATFORM=offscreen $(PY) tests/benchmarks/bench_wall.py
	QT_QPA_PLATFORM=offscreen $(PY) tests/benchmarks/bench_capture.py

clean:
	rm -rf $(VENV) build *.egg-info
