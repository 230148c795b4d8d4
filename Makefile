# ebm-figures — regenerate the figures of the LV-EBM practica.
#   make figures   set up, build (release) and render every experiment into $(FIGURES)/
#   make test      set up and run the test suite
EXPERIMENTS ?= experiments.json
FIGURES ?= figures
CACHE ?= .cache/ebm-figures
ID ?=
BASE ?= HEAD
TOLERANCE ?= 0
REPORT ?= .cache/figure-review
SWIFT ?= swift
APT_PACKAGES := pkg-config libcairo2-dev libpng-dev fonts-dejavu-core fonts-cmu fonts-lmodern librsvg2-bin
BIN = .build/release/ebm-figures
# One shell word whatever the value holds (spaces, quotes, a leading "--"): 'it'\''s' for it's.
quote = '$(subst ','\'',$(1))'

.PHONY: setup setup-test setup-bench build figures figure validate test test-slow diff check-figures bench clean

# Installs the system packages when one is missing (idempotent; apt-get as root, or through sudo).
setup:
	@missing=""; for p in $(APT_PACKAGES); do \
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

# The schema tests check experiments files with Python's jsonschema as an independent validator.
setup-test: setup
	@python3 -c 'import jsonschema' 2>/dev/null || python3 -m pip install -q jsonschema \
	  || { echo "error: could not install the Python package jsonschema (used by the schema tests)" >&2; exit 1; }

# hyperfine times whole runs for `make bench` (Debian package; installed only when missing).
setup-bench: setup
	@command -v hyperfine >/dev/null || { \
	  if [ "$$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null; then SUDO="sudo"; \
	  else echo "error: need root or sudo to install hyperfine" >&2; exit 1; fi; \
	  echo "installing: hyperfine"; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq hyperfine >/dev/null \
	    || { echo "error: apt-get could not install hyperfine" >&2; exit 1; }; }

build: setup
	$(SWIFT) build -c release --product ebm-figures

figures: build
	$(BIN) run --experiments $(call quote,$(EXPERIMENTS)) --out $(call quote,$(FIGURES)) --cache $(call quote,$(CACHE))

figure: build
	@test -n $(call quote,$(ID)) || { echo "usage: make figure ID=<experiment id>" >&2; exit 2; }
	$(BIN) run --experiments $(call quote,$(EXPERIMENTS)) --out $(call quote,$(FIGURES)) --cache $(call quote,$(CACHE)) --only $(call quote,$(ID))

validate: build
	$(BIN) validate --experiments $(call quote,$(EXPERIMENTS))

test: setup-test
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# The fault-injection suite (runs killed at random moments, concurrent runs, a full disk, a corrupted cache,
# planted symbolic links): a few minutes, so not part of `make test`; CI runs both.
test-slow: setup-test
	$(SWIFT) build --build-tests
	EBM_SLOW_TESTS=1 $(SWIFT) test --skip-build --filter FaultInjectionTests

# Regenerates every figure into a scratch directory and compares it with $(FIGURES)/ as committed at $(BASE):
# pixel and data metrics, report in $(REPORT)/index.html and summary.md; exit status 1 when anything differs.
diff: build
	$(BIN) diff --experiments $(call quote,$(EXPERIMENTS)) --figures $(call quote,$(FIGURES)) --base $(call quote,$(BASE)) \
	  --tolerance $(call quote,$(TOLERANCE)) --report $(call quote,$(REPORT))

# Fails, naming the files, when $(FIGURES)/ is not byte-identical to a fresh regeneration (README.md included).
check-figures: build
	$(BIN) check --experiments $(call quote,$(EXPERIMENTS)) --figures $(call quote,$(FIGURES))

# Speed and memory: whole-run medians (hyperfine), stage breakdown, F_β and training throughput → bench/results.json.
bench: setup-bench build
	$(BIN) bench --experiments $(call quote,$(EXPERIMENTS)) --binary $(BIN) --output bench/results.json

clean:
	rm -rf .build .cache
