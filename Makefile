# Convene: two commands on a fresh machine.
#   make demo   -> opens Convene on a fresh copy of the demo convening
#   make test   -> runs the whole test suite
#   make lint   -> ruff and mypy (settings in pyproject.toml)
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: demo run test lint smoke bench lint-imports clean system-deps test-deps package package-test translations

$(STAMP): pyproject.toml constraints.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c constraints.txt -e '.[test,package]'
	@touch $(STAMP)

system-deps:
	@bash packaging/system-deps.sh

test-deps:
	@bash packaging/system-deps.sh test
	@test -f tests/a11y/node_modules/axe-core/axe.min.js || (cd tests/a11y && npm ci --no-audit --no-fund --loglevel=error)

demo: system-deps $(STAMP)
	$(VENV)/bin/convene --demo

run: system-deps $(STAMP)
	$(VENV)/bin/convene

test: test-deps $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

# ruff (pyflakes, pycodestyle, isort, bugbear, pyupgrade, simplify) on the code and the tests; mypy on app/.
lint: $(STAMP)
	$(VENV)/bin/ruff check app tests
	$(VENV)/bin/mypy app

smoke: system-deps $(STAMP)
	$(VENV)/bin/convene --smoke

bench: system-deps $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) tests/benchmarks/bench_startup.py
	QT_QPA_PLATFORM=offscreen $(PY) tests/benchmarks/bench_timer.py
	$(PY) tests/benchmarks/bench_pairing.py
	$(PY) tests/benchmarks/bench_pdf.py
	QT_QPA_PLATFORM=offscreen $(PY) tests/benchmarks/bench_wall.py
	QT_QPA_PLATFORM=offscreen $(PY) tests/benchmarks/bench_capture.py

# The translations' compiled files, committed so that `make demo` needs no build step.
# Words made outside Qt: app/i18n/locale/es/LC_MESSAGES/convene.po -> convene.mo; it also lists the messages the code
# marks that the .po lacks, and entries no code uses any more.
translations: $(STAMP)
	$(PY) -m app.i18n.catalogue

# The one-folder app in dist/Convene (packaging/convene.spec), then its size. Run it: dist/Convene/Convene
package: test-deps $(STAMP)
	rm -rf dist/Convene
	$(PY) -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller packaging/convene.spec
	$(PY) packaging/size.py dist/Convene

# The frozen app's checks (builds first unless dist/Convene is newer than every source file).
package-test: test-deps $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -m packaging tests/packaging

clean:
	rm -rf $(VENV) build dist *.egg-info
