# JPF Desk: the two commands a newcomer needs are `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO_DIR ?= .demo-store
DEMO_CUSTOMERS ?= 2000
FORMS := $(wildcard forms/*.ui)
GENERATED := $(patsubst forms/%.ui,jpf_desk/ui/generated/ui_%.py,$(FORMS))
# The window's strings in Qt Linguist sources (committed; vi is the source language, its
# translations are the source text), and Qt's own strings where Qt ships no translation
# (print and file dialogs, standard buttons: translations/qt_vi.ts). Every .ts is compiled
# to .qm beside the compiled forms.
LANGS := vi fr en
UI_SOURCES = $(shell find jpf_desk/ui -name '*.py' -not -path 'jpf_desk/ui/generated/*' | sort)
TS := $(patsubst %,translations/jpf_desk_%.ts,$(LANGS))
QM := $(patsubst translations/%.ts,jpf_desk/ui/generated/%.qm,$(wildcard translations/*.ts))
# System packages the tests need (installed when running as root, e.g. in CI); cups and
# printer-driver-cups-pdf give tests/consent/test_print_cups.py a private print queue.
TEST_APT := postgresql poppler-utils cups printer-driver-cups-pdf xvfb xauth \
	libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0 libxcb-cursor0 libegl1 libgl1 libfontconfig1 libdbus-1-3

.PHONY: run test lint bench forms translations translations-update clean system-deps demo installer screenshots
.DELETE_ON_ERROR:

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e .
	touch $@

$(BIN)/.test-installed: $(BIN)/.installed pyproject.toml
	$(BIN)/pip install --quiet -e ".[test]"
	touch $@

jpf_desk/ui/generated/__init__.py:
	mkdir -p jpf_desk/ui/generated
	echo '"""Python compiled from forms/*.ui by pyside6-uic (not committed)."""' > $@

jpf_desk/ui/generated/ui_%.py: forms/%.ui $(BIN)/.installed jpf_desk/ui/generated/__init__.py
	$(BIN)/pyside6-uic $< -o $@

jpf_desk/ui/generated/%.qm: translations/%.ts $(BIN)/.installed jpf_desk/ui/generated/__init__.py
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

forms: $(GENERATED) translations

# After changing window strings: new and changed source strings into the .ts files (the
# Vietnamese file finished with the source text), then translate fr and en in Linguist
# (pyside6-linguist translations/jpf_desk_fr.ts); tests/i18n fails while any is missing.
translations-update: $(BIN)/.installed
	@$(BIN)/pyside6-lupdate -silent -source-language vi_VN -locations relative -no-obsolete $(FORMS) $(UI_SOURCES) -ts $(TS)
	$(BIN)/python translations/finish_source_language.py translations/jpf_desk_vi.ts
	@# once more over the finished vi file: lupdate's own layout, so diffs stay small
	@$(BIN)/pyside6-lupdate -silent -source-language vi_VN -locations relative -no-obsolete $(FORMS) $(UI_SOURCES) -ts translations/jpf_desk_vi.ts

run: $(BIN)/.installed forms
	$(BIN)/jpf-desk demo --data-dir $(DEMO_DIR) --customers $(DEMO_CUSTOMERS) --if-empty
	$(BIN)/jpf-desk --data-dir $(DEMO_DIR)

demo: $(BIN)/.installed
	$(BIN)/jpf-desk demo --data-dir $(DEMO_DIR) --customers $(DEMO_CUSTOMERS) --if-empty

system-deps:
	@if [ "$$(id -u)" = "0" ]; then \
		missing=""; for p in $(TEST_APT); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
		if [ -n "$$missing" ]; then \
			echo "installing system packages:$$missing"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
		fi; \
	else echo "not root: assuming system packages ($(TEST_APT)) are installed"; fi

lint: $(BIN)/.test-installed forms
	$(BIN)/ruff check jpf_desk tests bench scripts build_installer.py
	$(BIN)/mypy
	$(BIN)/lint-imports

test: system-deps $(BIN)/.test-installed forms lint
	QT_QPA_PLATFORM=offscreen timeout -k 30 1800 $(BIN)/python -m pytest -n 2 --dist loadfile -q

# Every bench script (bench/machine.py is their helper; bench/sync.py's slow line is
# tests/helpers/line_proxy.py, shared with the tests): each prints paired ratios with
# their spread, the cores and the load, at a size that runs in a few minutes (each
# script's --help gives the options for the full sizes). All run even when one fails or
# misses its target; make says which at the end.
BENCHES := search receipt sync imports startup desk_push
bench: $(BIN)/.test-installed forms
	@failed=""; for b in $(BENCHES); do echo "== bench/$$b.py"; \
		QT_QPA_PLATFORM=offscreen $(BIN)/python bench/$$b.py || failed="$$failed $$b"; done; \
	if [ -n "$$failed" ]; then echo "failed or missed a target:$$failed"; exit 1; fi

# docs/screenshots/<lang>-*.png: every section and the main dialogs at 1366x768, demo data.
LANG_UI ?= vi
screenshots: $(BIN)/.installed forms
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/screenshots.py --lang $(LANG_UI)

# A folder to copy onto a front-desk PC: dist/jpf-desk/jpf-desk (PyInstaller, onedir),
# then its smoke test (tests/packaging/test_installer.py: store, receipt PDF, verify, window).
installer: $(BIN)/.test-installed forms
	$(BIN)/pip install --quiet -e ".[installer]"
	$(BIN)/python build_installer.py
	JPF_DESK_BUNDLE=dist/jpf-desk QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider \
		-m installer tests/packaging/test_installer.py

clean:
	rm -rf $(VENV) jpf_desk/ui/generated .pytest_cache .mypy_cache .ruff_cache build dist
