# familycare: the commands to run the app and its tests, on a fresh Debian 12 as root.
#
#   make run [ARGS=...]     the app (make run ARGS=--demo, or make demo)
#   make test [PYTEST_ARGS=...]   the whole test suite, in a throw-away keyring/D-Bus/PostgreSQL
#                           environment (tests/env/session.sh); FAMILYCARE_NO_PG=1 skips PostgreSQL
#   make lint               ruff
#   make build              the packaged one-folder app in dist/familycare/ (PyInstaller, build.spec);
#                           make test builds it and runs tests/packaging on it when the whole
#                           suite runs (FROZEN=0 skips that, FROZEN=1 forces it)
#   make ts                 refresh resources/i18n/familycare_ja.ts from the code
#
# Each step is quick when already done: Debian packages are installed only when missing, and
# the virtualenv is reinstalled only when pyproject.toml changes (a stamp named by its hash).

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PYPROJECT_HASH := $(shell sha256sum pyproject.toml | cut -c1-16)
DEPS_STAMP := $(VENV)/.familycare-deps-$(PYPROJECT_HASH)
ARGS ?=
PYTEST_ARGS ?=

I18N_DIR := resources/i18n
TS_FILE := $(I18N_DIR)/familycare_ja.ts
TS_SOURCES := $(wildcard $(I18N_DIR)/*.ts)
QM_FILES := $(TS_SOURCES:.ts=.qm)

# Python with venv and pip, the libraries Qt's xcb platform plugin loads, and Japanese fonts.
SYSTEM_PACKAGES := python3 python3-venv python3-pip \
	libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 \
	libxcb-cursor0 libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 \
	libxcb-icccm4 libxcb-keysyms1 fonts-noto-cjk
# A screen for screenshots, a session bus and Secret Service for the keyring tests,
# pdftotext for printed plans, and a PostgreSQL server.
TEST_PACKAGES := xvfb xauth dbus dbus-x11 gnome-keyring poppler-utils postgresql libpq5
# PyInstaller reads shared-library dependencies with objdump.
BUILD_PACKAGES := binutils
BUILD_STAMP := $(VENV)/.familycare-build-$(PYPROJECT_HASH)
FROZEN ?= $(if $(strip $(PYTEST_ARGS)),0,1)

SUDO := $(if $(filter 0,$(shell id -u)),,sudo)

# $(call apt_ensure,PACKAGES): install those not yet installed, in one apt-get call.
define apt_ensure
	@if ! command -v dpkg-query >/dev/null; then \
		echo "Not a Debian system: install these yourself: $(1)"; exit 0; \
	fi; \
	installed=$$( { dpkg-query -W -f='$${Package} $${db:Status-Abbrev}\n' $(1) 2>/dev/null \
		|| true; } | awk '$$2 ~ /^ii/ {print $$1}'); \
	missing=""; \
	for p in $(1); do \
		grep -qxF "$$p" <<<"$$installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
		echo "Installing Debian packages:$$missing"; \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get update -q; \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
			--no-install-recommends $$missing; \
	fi
endef

.PHONY: help system-deps test-deps build-deps venv qm ts run demo test lint build

help:
	@echo "make run [ARGS=...] | make demo | make test [PYTEST_ARGS=...] [FROZEN=0|1] | make build | make lint | make ts | make qm"

system-deps:
	$(call apt_ensure,$(SYSTEM_PACKAGES))

test-deps:
	$(call apt_ensure,$(SYSTEM_PACKAGES) $(TEST_PACKAGES) $(if $(filter 1,$(FROZEN)),$(BUILD_PACKAGES)))

build-deps:
	$(call apt_ensure,$(SYSTEM_PACKAGES) $(BUILD_PACKAGES))

venv: $(DEPS_STAMP)

$(DEPS_STAMP): pyproject.toml
	@if ! $(BIN)/python -c 'import sys' 2>/dev/null; then \
		echo "Creating $(VENV) with $$($(PYTHON) --version)"; \
		rm -rf $(VENV); \
		$(PYTHON) -m venv $(VENV); \
	fi
	$(BIN)/python -m pip install --disable-pip-version-check --progress-bar off -q -e '.[test]'
	@rm -f $(VENV)/.familycare-deps-*
	@touch $@

# Compiled translations are build output (not committed): lrelease each .ts that is newer.
qm: $(QM_FILES)
	@[ -n "$(TS_SOURCES)" ] || echo "No $(I18N_DIR)/*.ts yet: nothing to compile"

$(I18N_DIR)/%.qm: $(I18N_DIR)/%.ts | $(DEPS_STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Refreshes the .ts from the code (one definition: familycare/i18n/ts_tool.py); translations
# of strings still in the code are kept, those of removed strings are dropped.
ts: venv
	$(BIN)/python -m familycare.i18n.ts_tool update

run: system-deps venv qm
	$(BIN)/familycare $(ARGS)

demo:
	@$(MAKE) --no-print-directory run ARGS="--demo $(ARGS)"

test: test-deps venv qm $(if $(filter 1,$(FROZEN)),build)
	FAMILYCARE_TEST_FROZEN=$(FROZEN) bash tests/env/session.sh $(BIN)/pytest $(PYTEST_ARGS)

$(BUILD_STAMP): $(DEPS_STAMP)
	$(BIN)/python -m pip install --disable-pip-version-check --progress-bar off -q -e '.[test,build]'
	@rm -f $(VENV)/.familycare-build-*
	@touch $@

build: build-deps venv $(BUILD_STAMP)
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN build.spec
	@du -sh dist/familycare

lint: venv
	$(BIN)/ruff check familycare tests
