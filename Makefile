# Fragile Borders — build, test and demo on Debian 12 (QGIS 3.22 from Debian packages), and the same
# inside a Debian 13 root (QGIS 3.40 LTR) with the *-debian13 targets (scripts/debian13.sh).
SHELL := /bin/bash
PY := /usr/bin/python3
VENV := .venv
PLUGINS_DIR := $(CURDIR)/build/plugins
QGIS_PROCESS := /usr/bin/qgis_process.bin
DEBS := qgis python3-qgis qgis-providers python3-rasterio python3-geopandas python3-skimage \
        python3-scipy python3-rtree python3-gdal python3-venv qttools5-dev-tools poppler-utils \
        fonts-dejavu-core
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
export QT_QPA_PLATFORM ?= offscreen

.PHONY: deps print-debs venv stage package test test-debian13 demo demo-debian13 bench clean

deps:  ## install the Debian packages that are missing (nothing when all are present)
	@missing=""; for p in $(DEBS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi

print-debs:  ## the Debian packages the project needs (scripts/debian13.sh installs the same list)
	@echo $(DEBS)

$(VENV)/bin/pytest: requirements-dev.txt
	@[ -x $(VENV)/bin/python ] || $(PY) -m venv --system-site-packages $(VENV)
	$(VENV)/bin/python -m pip install -q --disable-pip-version-check -r requirements-dev.txt
	@touch $@

venv: deps $(VENV)/bin/pytest

stage: deps
	@$(PY) scripts/build_plugin.py stage

package: stage
	@$(PY) scripts/build_plugin.py package

test: venv stage
	@$(VENV)/bin/pytest test; rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "ERROR: pytest collected no tests"; exit 1; fi; exit $$rc

demo: stage
	@QGIS_PLUGINPATH=$(PLUGINS_DIR) QGIS_PROCESS=$(QGIS_PROCESS) $(PY) scripts/demo.py

test-debian13:  ## the same suite in a Debian 13 / QGIS 3.40 root (built once under /var/cache, needs root)
	@scripts/debian13.sh test

demo-debian13:  ## make demo in the Debian 13 / QGIS 3.40 root
	@scripts/debian13.sh demo

bench: venv stage
	@for b in benchmarks/bench_*.py; do echo "== $$b"; $(VENV)/bin/python $$b || exit 1; done

clean:
	rm -rf build dist
