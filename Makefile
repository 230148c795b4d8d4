# ebm-figures — regenerate the figures of the LV-EBM practica.
#   make figures   set up, build (release) and render every experiment into $(FIGURES)/
#   make test      set up and run the test suite
EXPERIMENTS ?= experiments.json
FIGURES ?= figures
CACHE ?= .cache/ebm-figures
ID ?=
BASE ?= HEAD
TOLERANCE ?= 0
DATA_TOLERANCE ?= 0
REPORT ?= .cache/figure-review
SWIFT ?= swift
APT_PACKAGES := pkg-config libcairo2-dev libpng-dev fonts-dejavu-core fonts-cmu fonts-lmodern librsvg2-bin
# macOS: the same through Homebrew (formulae, and the fonts as casks).
BREW_PACKAGES := pkg-config cairo libpng librsvg
BREW_CASKS := font-dejavu font-computer-modern font-latin-modern-math
BIN = .build/release/ebm-figures
# One shell word whatever the value holds (spaces, quotes, a leading "--"): 'it'\''s' for it's.
quote = '$(subst ','\'',$(1))'
# The release binary is rebuilt only when a source, the manifest or the resolved dependencies changed: asking
# SwiftPM whether anything changed costs seconds, comparing these times costs milliseconds. Directories are listed
# too, so that adding or deleting a file counts; a missing binary always builds.
BUILD_INPUTS := $(shell find Sources) Package.swift $(wildcard Package.resolved)
BUILD_STAMP := .build/release/.ebm-figures.stamp

.PHONY: setup setup-test setup-bench build figures figure validate schema test test-slow diff check-figures bench clean FORCE

# Installs the system packages when one is missing (idempotent; apt-get as root, or through sudo; Homebrew on macOS).
setup:
	@if [ "$$(uname -s)" = Darwin ]; then \
	  command -v brew >/dev/null || { echo "error: install Homebrew (https://brew.sh), then run make setup again" >&2; exit 1; }; \
	  for p in $(BREW_PACKAGES); do brew list --formula $$p >/dev/null 2>&1 || { echo "installing: $$p"; brew install -q $$p; } \
	    || { echo "error: brew could not install $$p" >&2; exit 1; }; done; \
	  for c in $(BREW_CASKS); do brew list --cask $$c >/dev/null 2>&1 || { echo "installing: $$c"; brew install -q --cask $$c; } \
	    || { echo "error: brew could not install $$c" >&2; exit 1; }; done; \
	  exit 0; \
	fi; \
	missing=""; for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'install ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null; then SUDO="sudo"; \
	  else echo "error: need root or sudo to install:$$missing" >&2; exit 1; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null \
	    || { echo "error: apt-get could not install:$$missing" >&2; exit 1; }; \
	fi
	@command -v $(SWIFT) >/dev/null || { echo "error: swift is not on PATH" >&2; exit 1; }

# The schema tests check experiments files with Python's jsonschema as an independent validator; the metadata
# tests check PNGs with pngcheck (Debian package; installed only when missing).
setup-test: setup
	@python3 -c 'import jsonschema' 2>/dev/null || python3 -m pip install -q jsonschema \
	  || { echo "error: could not install the Python package jsonschema (used by the schema tests)" >&2; exit 1; }
	@command -v pngcheck >/dev/null || { \
	  if [ "$$(uname -s)" = Darwin ]; then brew install -q pngcheck; exit $$?; fi; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null; then SUDO="sudo"; \
	  else echo "error: need root or sudo to install pngcheck" >&2; exit 1; fi; \
	  echo "installing: pngcheck"; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq pngcheck >/dev/null \
	    || { echo "error: apt-get could not install pngcheck (used by the metadata tests)" >&2; exit 1; }; }

# hyperfine times whole runs for `make bench` (Debian package; installed only when missing).
setup-bench: setup
	@command -v hyperfine >/dev/null || { \
	  if [ "$$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null; then SUDO="sudo"; \
	  else echo "error: need root or sudo to install hyperfine" >&2; exit 1; fi; \
	  echo "installing: hyperfine"; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq hyperfine >/dev/null \
	    || { echo "error: apt-get could not install hyperfine" >&2; exit 1; }; }

# `make build` always asks SwiftPM; the other targets build through the stamp, only when an input changed.
build: setup
	$(SWIFT) build -c release --product ebm-figures
	@touch $(BUILD_STAMP)

$(BUILD_STAMP): $(BUILD_INPUTS) $(if $(wildcard $(BIN)),,FORCE)
	@$(MAKE) --no-print-directory build

FORCE:

figures: $(BUILD_STAMP)
	$(BIN) run --experiments $(call quote,$(EXPERIMENTS)) --out $(call quote,$(FIGURES)) --cache $(call quote,$(CACHE))

figure: $(BUILD_STAMP)
	@test -n $(call quote,$(ID)) || { echo "usage: make figure ID=<experiment id>" >&2; exit 2; }
	$(BIN) run --experiments $(call quote,$(EXPERIMENTS)) --out $(call quote,$(FIGURES)) --cache $(call quote,$(CACHE)) --only $(call quote,$(ID))

# Writes the kinds' declarations into schema/experiments.schema.json ($defs/plot-KIND) and docs/experiments.md (the
# table of plot keys); the tests fail when the committed files differ from what the declarations give.
schema: $(BUILD_STAMP)
	python3 schema/regenerate.py $(BIN)

validate: $(BUILD_STAMP)
	$(BIN) validate --experiments $(call quote,$(EXPERIMENTS))

test: setup-test
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# The slow suites, not part of `make test`; CI runs both: fault injection (runs killed at random moments, concurrent
# runs, a full disk, a corrupted cache, planted symbolic links), specs at the limit of the cost budget (rendered by
# the release build, timed), the latent-decoder generalisation trainings, `validate` and `list` on every file of the
# bad-config corpus (`make test` runs `run` on all and those two on a sample), the label layout of the fully
# trained horn figures (`make test` lays them out with their trainings cut short), 510 generated specs validated and
# run, every shipped experiment, example and committed sidecar rendered again from its resolved spec, and every
# sidecar (shipped and variants) validated against schema/sidecar.schema.json and docs/sidecars.md.
SLOW_TESTS := SidecarSchemaTests|FaultInjectionTests|CostLimitTests|ConditionalGeneralisationTests|ScaledDecoderGeneralisationTests|BadConfigTests|LectureLabelOverlapTests|GeneratedSpecSlowTests|ResolvedSpecRoundTripSlowTests|EveryKindLabelOverlapTests
test-slow: setup-test $(BUILD_STAMP)
	$(SWIFT) build --build-tests
	EBM_SLOW_TESTS=1 $(SWIFT) test --skip-build --filter '$(SLOW_TESTS)'

# Regenerates every figure into a scratch directory and compares it with $(FIGURES)/ as committed at $(BASE):
# pixel and data metrics, report in $(REPORT)/index.html and summary.md; exit status 1 when anything differs beyond
# TOLERANCE (RMS, 0–255) or DATA_TOLERANCE (absolute, sidecar numbers).
diff: $(BUILD_STAMP)
	@$(BIN) diff --experiments $(call quote,$(EXPERIMENTS)) --figures $(call quote,$(FIGURES)) --base $(call quote,$(BASE)) \
	  --tolerance $(call quote,$(TOLERANCE)) --data-tolerance $(call quote,$(DATA_TOLERANCE)) --report $(call quote,$(REPORT)); status=$$?; \
	  if [ $$status -eq 1 ]; then echo "figures differ (report: "$(call quote,$(REPORT))"/index.html)" >&2; fi; exit $$status

# Fails, naming the files, when $(FIGURES)/ is not byte-identical to a fresh regeneration (README.md included).
check-figures: $(BUILD_STAMP)
	$(BIN) check --experiments $(call quote,$(EXPERIMENTS)) --figures $(call quote,$(FIGURES))

# Speed and memory: whole-run medians (hyperfine), stage breakdown, F_β and training throughput → bench/results.json.
bench: setup-bench $(BUILD_STAMP)
	$(BIN) bench --experiments $(call quote,$(EXPERIMENTS)) --binary $(BIN) --output bench/results.json

clean:
	rm -rf .build .cache
