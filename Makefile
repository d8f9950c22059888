# LSGH-Net QGIS plugin. The README's two commands: `make demo` and `make test`.
# Both install whatever is missing first (Debian packages, then .venv) and are
# idempotent: a second run installs nothing.

SHELL := /bin/bash
.DEFAULT_GOAL := help

# python3-scipy: sampling runs in QGIS's own Python (Debian 14's QGIS does not pull it in);
# fonts-wqy-microhei: Chinese glyphs for the desktop tests' screenshots of the Chinese dialogs.
DEB_PACKAGES := qgis python3-qgis qgis-providers python3-gdal gdal-bin python3-venv qttools5-dev-tools xvfb xauth \
	python3-scipy fonts-wqy-microhei
# The Debian release: bookworm (QGIS 3.22), trixie (3.40 LTR) or forky (3.44).
CODENAME := $(shell . /etc/os-release 2>/dev/null && echo $$VERSION_CODENAME)
# From Debian 13 on, Debian's CPU build of PyTorch: the worker's Keras backend where
# TensorFlow has no wheels (forky, Python 3.14), the second backend its tests run on
# (trixie). Debian 12's is too old for Keras 3: requirements-test.txt pins a wheel there.
ifneq ($(CODENAME),bookworm)
DEB_PACKAGES += python3-torch
endif
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
VENV := .venv
VENV_STAMP := $(VENV)/.requirements-installed
BUILD := $(CURDIR)/.build
PYQT6 := $(BUILD)/pyqt6
PIP_INSTALL = -m pip install -q --disable-pip-version-check --no-input
DEMO_OUTPUT := $(CURDIR)/demo_output
SAMPLE := $(CURDIR)/resources/sample_data/ecuador

# Headless QGIS: the plugin folder must be called `lsghnet`, so a link of that name
# to this checkout goes on QGIS_PLUGINPATH; a private profile (XDG_DATA_HOME) keeps
# the user's own QGIS settings untouched; PYTHONPATH lets QGIS's Python see .venv.
QGIS_PROCESS = env -u QGIS_CUSTOM_CONFIG_PATH QT_QPA_PLATFORM=offscreen XDG_DATA_HOME=$(BUILD)/qgis-profile \
	QGIS_PLUGINPATH=$(BUILD)/plugins PYTHONPATH=$$($(VENV)/bin/python -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])') \
	/usr/bin/qgis_process.bin

# The profile the desktop QGIS uses, for `make install`.
QGIS_PROFILE_PLUGINS ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/default/python/plugins

.PHONY: help deps system-packages venv qt6-check-env translations update-translations headless demo test unit-test \
	worker-test matrix-leg qgis-test desktop-test screenshots test-qgis demo-qgis bench package install uninstall process clean

help:
	@echo "make demo       install what is missing, run the whole chain on the bundled Ecuador data"
	@echo "make test       install what is missing, run every test"
	@echo "make test-qgis DIST=trixie|forky   every test inside a Debian root with QGIS 3.40 LTR or 3.44"
	@echo "make demo-qgis DIST=trixie|forky   the demo inside that root"
	@echo "make install    link this checkout into your QGIS profile as plugin 'lsghnet' and enable it"
	@echo "make process ARGS='run lsghnet:gaussianheatmap -- ...'   qgis_process with this plugin and .venv"
	@echo "make bench      run the speed/memory benchmarks in bench/"
	@echo "make package    write dist/lsghnet-<version>.zip for the Plugin Manager (Install from ZIP)"

deps: system-packages venv translations

# Compiled translations (.qm) from the Qt Linguist sources in i18n/.
TRANSLATIONS := $(patsubst %.ts,%.qm,$(wildcard i18n/*.ts))
translations: $(TRANSLATIONS)

i18n/%.qm: i18n/%.ts | system-packages
	lrelease -silent $< -qm $@

# For maintainers: refresh the .ts sources from the code (needs pyqt5-dev-tools).
update-translations:
	mkdir -p .build
	python3 i18n/engine_messages.py .build/engine_messages.py
	for ts in i18n/*.ts; do cp $$ts .build/previous.ts && \
		pylupdate5 -noobsolete plugin.py algorithms/*.py .build/engine_messages.py -ts $$ts && \
		python3 i18n/carry_translations.py .build/previous.ts $$ts || exit 1; done

system-packages:
	@missing=""; for package in $(DEB_PACKAGES); do \
		dpkg-query -W -f='$${Status}' $$package 2>/dev/null | grep -q "ok installed" || missing="$$missing $$package"; \
	done; \
	if [ -n "$$missing" ]; then \
		echo "Installing Debian packages:$$missing"; \
		$(SUDO) apt-get update -q && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $$missing; \
	fi

venv: $(VENV_STAMP)

$(VENV_STAMP): requirements.txt requirements-test.txt | system-packages
	[ -x $(VENV)/bin/python ] || /usr/bin/python3 -m venv --system-site-packages $(VENV)
	$(VENV)/bin/python $(PIP_INSTALL) -r requirements-test.txt
	touch $@

# A throwaway PyQt6 for the QGIS 4 (Qt6) readiness check; QGIS never sees it.
qt6-check-env: $(PYQT6)/.requirements-installed

$(PYQT6)/.requirements-installed: requirements-qt6.txt | system-packages
	[ -x $(PYQT6)/bin/python ] || /usr/bin/python3 -m venv $(PYQT6)
	$(PYQT6)/bin/python $(PIP_INSTALL) -r requirements-qt6.txt
	touch $@

headless: deps
	@mkdir -p $(BUILD)/plugins $(BUILD)/qgis-profile
	@[ "$$(readlink $(BUILD)/plugins/lsghnet)" = "$(CURDIR)" ] || ln -sfn $(CURDIR) $(BUILD)/plugins/lsghnet
	@$(QGIS_PROCESS) plugins 2>/dev/null | grep -q '^\* lsghnet$$' || $(QGIS_PROCESS) plugins enable lsghnet >/dev/null

process: headless
	$(QGIS_PROCESS) $(ARGS)

# The whole chain on the bundled Ecuador data (the shipped model susceptibilitychain).
DEMO_EPOCHS ?= 200
demo: headless
	@mkdir -p $(DEMO_OUTPUT)
	$(QGIS_PROCESS) run lsghnet:susceptibilitychain -- \
		"LANDSLIDES=$(SAMPLE)/landslides.gpkg|layername=landslides" \
		FACTORS=$(SAMPLE)/slope.tif FACTORS=$(SAMPLE)/cplan.tif FACTORS=$(SAMPLE)/cprof.tif \
		FACTORS=$(SAMPLE)/elev.tif FACTORS=$(SAMPLE)/log10_carea.tif \
		"GRADING=slope,breaks,,10;20;30;35;40;45;50" "MASK=$(SAMPLE)/study_mask.gpkg|layername=study_mask" \
		RADIUS=6 EPOCHS=$(DEMO_EPOCHS) \
		prepare:factor_stack=$(DEMO_OUTPUT)/stack.tif heatmap:gaussian_heatmap=$(DEMO_OUTPUT)/heatmap.tif \
		samples:training_samples=$(DEMO_OUTPUT)/samples.gpkg train:lsghnet_model=$(DEMO_OUTPUT)/model.lsghnet \
		train:lsghnet_test_metrics=$(DEMO_OUTPUT)/metrics.gpkg \
		train:lsghnet_training_report=$(DEMO_OUTPUT)/training_report.html \
		predict:lsghnet_susceptibility=$(DEMO_OUTPUT)/susceptibility.tif \
		predict:lsghnet_uncertainty=$(DEMO_OUTPUT)/uncertainty.tif zoning:zones=$(DEMO_OUTPUT)/zones.tif \
		zoning:zoning_table=$(DEMO_OUTPUT)/zoning.gpkg zoning:zoning_report=$(DEMO_OUTPUT)/zoning_report.html
	@env -u QGIS_CUSTOM_CONFIG_PATH QT_QPA_PLATFORM=offscreen XDG_DATA_HOME=$(BUILD)/qgis-profile \
		$(VENV)/bin/python resources/demo/show_results.py $(DEMO_OUTPUT) $(SAMPLE)/landslides.gpkg

test: deps unit-test qgis-test desktop-test

# pytest processes for the engine's and QGIS's tests (pytest-xdist); the desktop
# tests share one X screen and run in one. Two, the CI machine's cores, take about 30 %
# less time than one there (docs/development.md).
TEST_WORKERS ?= 2

# The engine's tests on the worker's default Keras backend (the worker's own tests run
# on each backend, and a model trained on one predicts the same on the other), then
# its in-process training tests on every other backend the platform offers
# (model/modelling/device.py: TensorFlow and PyTorch).
unit-test: deps
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/python -m pytest -n $(TEST_WORKERS) --dist loadscope -p no:qgis tests/unit
	backends=$$($(VENV)/bin/python -c 'from model.modelling.device import installed_backends; print(*installed_backends()[1:])') \
		|| exit 1; for backend in $$backends; do \
		echo "Network tests on the $$backend backend"; \
		QT_QPA_PLATFORM=offscreen KERAS_BACKEND=$$backend $(VENV)/bin/python -m pytest -n $(TEST_WORKERS) --dist loadscope \
			-p no:qgis -m 'not worker' tests/unit/test_training.py || exit 1; \
	done

# The worker on this platform's Python and on each Keras backend it offers: the part
# of the engine's tests that differs between Debian releases (a matrix leg runs it).
worker-test: deps
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/python -m pytest -n $(TEST_WORKERS) --dist loadscope -p no:qgis \
		-m worker tests/unit

# What a leg of the QGIS matrix runs in CI: every test that touches QGIS but those
# marked `once` (the plugin's own rules, which no QGIS version changes), and the
# worker's. The engine's other tests, which no QGIS runs, run once, on the host leg.
matrix-leg: QGIS_MARKERS = not once
matrix-leg: deps worker-test qgis-test desktop-test

QGIS_TESTS ?= tests/qgis
QGIS_MARKERS ?=
qgis-test: headless qt6-check-env
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/python -m pytest -n $(TEST_WORKERS) --dist loadscope --qgis_disable_gui \
		$(if $(QGIS_MARKERS),-m '$(QGIS_MARKERS)') $(QGIS_TESTS)

# The dialogs in a QGIS GUI session on a virtual X screen.
desktop-test: headless
	xvfb-run -a $(VENV)/bin/python -m pytest tests/desktop

# The README's screenshots (the toolbox, dialogs in English, German and Chinese) and the tutorial's (a new
# user's first hour in a real QGIS), as the desktop tests take them.
screenshots: headless
	LSGHNET_SCREENSHOTS=$(CURDIR)/resources/screenshots LSGHNET_TUTORIAL_SCREENSHOTS=$(CURDIR)/docs/tutorial \
		xvfb-run -a $(VENV)/bin/python -m pytest -q tests/desktop -k "screenshots or first_hour or speaks or grading_table"

# The QGIS matrix: the same targets inside a cached Debian root of another release
# (tests/matrix/in_root.sh; needs root). MATRIX_TARGET=matrix-leg runs what CI runs
# there; MATRIX_TARGET=deps only prepares the root.
DIST ?= trixie
MATRIX_TARGET ?= test
test-qgis:
	bash tests/matrix/in_root.sh $(DIST) $(MATRIX_TARGET)

demo-qgis:
	bash tests/matrix/in_root.sh $(DIST) demo DEMO_EPOCHS=$(DEMO_EPOCHS)

bench: headless
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/python bench/bench_heatmap.py
	$(VENV)/bin/python bench/bench_samples.py
	$(VENV)/bin/python bench/bench_zoning.py

# The zip for the Plugin Manager (plugins.qgis.org rules): one top folder `lsghnet/`
# holding only what the plugin needs, listed here, and the compiled translations.
VERSION := $(shell sed -n 's/^version=//p' metadata.txt)
PACKAGE := dist/lsghnet-$(VERSION).zip
# The folder the zip is put together in: tests running side by side each give their own.
PACKAGE_STAGING := $(BUILD)/package
PACKAGE_FILES := metadata.txt LICENSE README.md __init__.py plugin.py requirements.txt algorithms/*.py model/*.py model/*/*.py \
	i18n/*.qm resources/help resources/icons resources/models resources/sample_data docs/tutorial
package: translations
	rm -rf $(PACKAGE_STAGING) $(PACKAGE)
	mkdir -p $(PACKAGE_STAGING)/lsghnet $(dir $(PACKAGE))
	tar -cf - --exclude=__pycache__ --exclude='*.pyc' $(PACKAGE_FILES) | tar -xf - -C $(PACKAGE_STAGING)/lsghnet
	cd $(PACKAGE_STAGING) && python3 -m zipfile -c $(abspath $(PACKAGE)) lsghnet
	@echo "Wrote $(PACKAGE) ($$(du -h $(PACKAGE) | cut -f1))"

install: deps
	mkdir -p $(QGIS_PROFILE_PLUGINS)
	ln -sfn $(CURDIR) $(QGIS_PROFILE_PLUGINS)/lsghnet
	@QT_QPA_PLATFORM=offscreen /usr/bin/qgis_process.bin plugins 2>/dev/null | grep -q '^\* lsghnet$$' || \
		QT_QPA_PLATFORM=offscreen /usr/bin/qgis_process.bin plugins enable lsghnet >/dev/null
	@echo "Linked $(CURDIR) as $(QGIS_PROFILE_PLUGINS)/lsghnet and enabled it; restart QGIS."

uninstall:
	rm -f $(QGIS_PROFILE_PLUGINS)/lsghnet
	@echo "Removed the plugin link from $(QGIS_PROFILE_PLUGINS)."

# --one-file-system: never follows into a mount a Debian root may still hold.
clean:
	rm -rf --one-file-system $(BUILD) $(DEMO_OUTPUT) dist .pytest_cache
