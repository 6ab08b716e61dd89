# pos-app's bundle and installers (packaging/README.md says what each step does and measures).
#   make bundle   dist/pos-app/ (PyInstaller, one folder; executable dist/pos-app/pos-app)
#   make deb      dist/pos-app_VERSION_amd64.deb (installs under /opt/pos-app)
#   make smoke    builds the bundle and proves it works (packaging/smoke.sh)
#   make smoke-deb  installs the .deb on this machine, runs the smoke test on the installed
#                 `pos-app` command, removes the package again (needs root or sudo)
#   make bench    the bundle's size and start-up against a bare PySide6 window's bundle
#   make clean    removes build/ and dist/
# Each target sets up what it needs: scripts/bootstrap.sh (Debian packages, .venv, the app's
# packages), then PyInstaller (pyproject.toml's `packaging` extra), all at constraints.txt's versions.

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
PYTHON := .venv/bin/python
VERSION = $(shell sed -n 's/^__version__ = "\(.*\)"/\1/p' pos_app/__init__.py)
# Rebuilt when anything that goes into the bundle changes.
SOURCES := $(shell git ls-files pos_app resources packaging pyproject.toml 2>/dev/null)
# Timestamps inside the build follow the last commit, not the clock.
export SOURCE_DATE_EPOCH := $(shell git log -1 --format=%ct 2>/dev/null || echo 0)

.PHONY: bundle deb smoke smoke-deb bench clean setup
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)

bundle: dist/pos-app/pos-app

setup: .venv/.installed-packaging

.venv/.installed-packaging: pyproject.toml constraints.txt scripts/bootstrap.sh
	scripts/bootstrap.sh test
	$(PYTHON) -m pip install --quiet -c constraints.txt -e ".[packaging]"
	touch $@

dist/pos-app/pos-app: .venv/.installed-packaging $(SOURCES)
	rm -rf dist/pos-app build/pyinstaller
	$(PYTHON) -m PyInstaller --noconfirm --clean --log-level WARN \
	  --distpath dist --workpath build/pyinstaller packaging/pos-app.spec
	du -sh dist/pos-app

deb: dist/pos-app/pos-app
	packaging/build-deb.sh "$(VERSION)"

smoke: dist/pos-app/pos-app
	packaging/smoke.sh dist/pos-app/pos-app

smoke-deb: deb
	$(SUDO) dpkg -i "dist/pos-app_$(VERSION)_$$(dpkg --print-architecture).deb"
	status=0; packaging/smoke.sh pos-app || status=$$?; $(SUDO) dpkg -r pos-app; exit $$status

bench: .venv/.installed-packaging
	$(PYTHON) -m bench.bench_bundle

clean:
	rm -rf build dist
