# Convene: two commands on a fresh machine.
#   make demo   -> opens Convene on a fresh copy of the demo convening
#   make test   -> runs the whole test suite
#   make lint   -> ruff and mypy (settings in pyproject.toml)
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: demo run test lint smoke bench lint-imports clean system-deps test-deps package deb package-test translations

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

# The translations, after changing a marked text (docs/ARCHITECTURE.md, "Languages"); each compiled file is
# committed, so `make demo` needs no build step, and the tests check each is current.
# - The console's words: pyside6-lupdate reads every marked text of app/ui (the projector aside: it has its own
#   catalogue) into translations/convene_es.ts (new ones come in unfinished: translate them there) and the plurals
#   into translations/convene_en.ts (English's "1 minute" / "2 minutes"); pyside6-lrelease compiles both into
#   app/ui/i18n/*.qm (tests/ui/test_console_translations.py).
# - The projector's words: translations/projector_es.ts -> app/ui/i18n/projector_es.qm.
# - Words made outside Qt: app/i18n/locale/es/LC_MESSAGES/convene.po -> convene.mo; it also lists the messages the
#   code marks that the .po lacks, and entries no code uses any more.
CONSOLE_UI = $(shell find app/ui -name '*.py' -not -path 'app/ui/projector/*' -not -name render.py | sort)
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $(CONSOLE_UI) -ts translations/convene_es.ts -target-language es -no-obsolete -locations none
	$(VENV)/bin/pyside6-lupdate $(CONSOLE_UI) -ts translations/convene_en.ts -target-language en -pluralonly -no-obsolete -locations none
	$(VENV)/bin/pyside6-lrelease translations/convene_es.ts -qm app/ui/i18n/convene_es.qm
	$(VENV)/bin/pyside6-lrelease translations/convene_en.ts -qm app/ui/i18n/convene_en.qm
	$(VENV)/bin/pyside6-lupdate -extensions py app/ui/projector -source-language en -target-language es \
		-no-obsolete -locations none -ts translations/projector_es.ts
	$(VENV)/bin/pyside6-lrelease translations/projector_es.ts -qm app/ui/i18n/projector_es.qm
	$(PY) -m app.i18n.catalogue

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


# The one-folder app in dist/Convene (packaging/convene.spec), then its size. Run it: dist/Convene/Convene
package: test-deps $(STAMP)
	rm -rf dist/Convene
	$(PY) -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller packaging/convene.spec
	$(PY) packaging/size.py dist/Convene

# The Debian/Ubuntu package dist/convene_<version>_amd64.deb and dist/convene-<version>-linux-x86_64.tar.xz, both
# from a fresh one-folder build, with their sizes against the targets (packaging/deb.py; no network needed).
# Install it: sudo apt-get install ./dist/convene_<version>_amd64.deb
deb: package
	$(PY) packaging/deb.py dist/Convene

# The frozen app's and the .deb's checks (each built first unless newer than every source file; installing the
# .deb needs root and apt-get, as in CI).
package-test: test-deps $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -m packaging tests/packaging

clean:
	rm -rf $(VENV) build dist *.egg-info
