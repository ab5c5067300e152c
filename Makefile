# Regenerating committed artefacts needs Mono (mcs, ilasm, mono);
# building and testing Strata needs only Go.

GO ?= go

.PHONY: all build test corlib testdata examples bench fuzz vet

all: build

build:
	$(GO) build -o bin/strata ./cmd/strata

test:
	$(GO) test ./...

vet:
	$(GO) vet ./...
	@test -z "$$(gofmt -l $$(git ls-files '*.go'))" || (gofmt -l $$(git ls-files '*.go'); exit 1)

# Rebuild the embedded corlib (internal/corlib/mscorlib.dll) from its C# sources.
corlib:
	sh internal/corlib/build.sh

# Recompile the conformance corpus and regenerate expected outputs with mono.
testdata:
	sh testdata/cs/regen.sh
	sh testdata/il/regen.sh

examples:
	sh examples/regen.sh

bench:
	sh bench/build.sh
	bash bench/compare.sh

# Run every fuzz target for FUZZTIME (default 10m) each.
FUZZTIME ?= 10m
fuzz:
	@for pkg in ./internal/metadata ./internal/il; do \
	  for f in $$($(GO) test -list 'Fuzz.*' $$pkg | grep ^Fuzz); do \
	    echo "== $$pkg $$f"; $(GO) test -run='^$$' -fuzz="^$$f$$" -fuzztime=$(FUZZTIME) $$pkg || exit 1; \
	  done; \
	done
