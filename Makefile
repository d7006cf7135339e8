# Make targets of corpus. `make test` is what CI runs (.ci/run); `make demo`
# shows the tool on the project's own articles in testdata/stories.

GO       ?= go
BIN      := bin/corpus
SHARED   ?= ../shared
STORIES  := testdata/stories
FUZZTIME ?= 15s

# The Go files of the module's packages, as go vet ./... sees them (folders
# starting with _ or . and testdata are left out, as the go command does).
GOFILES = $$($(GO) list -e -f '{{$$d := .Dir}}{{range .GoFiles}}{{$$d}}/{{.}} {{end}}{{range .CgoFiles}}{{$$d}}/{{.}} {{end}}{{range .TestGoFiles}}{{$$d}}/{{.}} {{end}}{{range .XTestGoFiles}}{{$$d}}/{{.}} {{end}}{{range .IgnoredGoFiles}}{{$$d}}/{{.}} {{end}}' ./...)

.PHONY: all build test lint demo eval bench fuzz model clean

all: build

## build: the corpus binary in bin/
build:
	$(GO) build -o $(BIN) .

## test: gofmt check, go vet and every test (what CI runs; under 10 minutes)
test:
	@unformatted=$$(gofmt -l $(GOFILES)); \
	if [ -n "$$unformatted" ]; then \
		echo "gofmt would change these files (run gofmt -w):"; echo "$$unformatted"; exit 1; \
	fi
	$(GO) vet ./...
	$(GO) test -timeout 9m ./...

## lint: gofmt, go vet, and go.mod/go.sum as go mod tidy would leave them
## (-e: the proxy refuses one version of a module that only modernc.org/sqlite's
## own tests import, github.com/google/pprof; tidy goes on past it)
lint:
	@unformatted=$$(gofmt -l $(GOFILES)); \
	if [ -n "$$unformatted" ]; then \
		echo "gofmt would change these files (run gofmt -w):"; echo "$$unformatted"; exit 1; \
	fi
	$(GO) vet ./...
	$(GO) mod tidy -e -diff

## demo: ingest testdata/stories into a temporary store; show articles, claims, check
demo: build
	@set -e; tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; db="$$tmp/demo.db"; \
	run() { echo; echo "\$$ corpus $$*"; $(BIN) --db "$$db" "$$@"; }; \
	echo; echo "\$$ corpus ingest $(STORIES)/*/"; $(BIN) --db "$$db" ingest $(STORIES)/*/; \
	run articles; \
	for c in claims check; do \
		if $(BIN) $$c --help >/dev/null 2>&1; then run $$c; \
		else echo; echo "(corpus $$c is not built yet)"; fi; \
	done

## eval: every measurement against gold data, one table each
eval: build
	@failed=""; \
	step() { \
		echo; echo "\$$ corpus eval $$*"; \
		if ! $(BIN) eval --help | grep -q "^  $$1 "; then echo "(corpus eval $$1 is not built yet)"; failed="$$failed $$1"; \
		elif ! $(BIN) eval "$$@"; then failed="$$failed $$1"; fi; \
	}; \
	step ner $(SHARED)/data/germeval2014/NER-de-dev.tsv; \
	step dates $(SHARED)/data/wikiwarsde; \
	step seeds; \
	step claims; \
	step check; \
	step check testdata/stories-dev2; \
	step check testdata/stories-heldout; \
	if [ -n "$$failed" ]; then echo; echo "eval failed:$$failed"; exit 1; fi

## bench: bench/*.sh and the Go benchmarks; results in bench/results-<time>.txt
bench: build
	@mkdir -p bench; stamp=$$(date -u +%Y%m%dT%H%M%SZ); out=bench/results-$$stamp.txt; \
	export CORPUS="$(abspath $(BIN))" SHARED="$(abspath $(SHARED))"; \
	{ echo "# make bench $$stamp: $$(nproc) cores, $$($(GO) env GOVERSION)"; \
	  for s in bench/*.sh; do \
		[ -e "$$s" ] || continue; echo; echo "## $$s"; bash "$$s" || echo "FAILED: $$s"; \
	  done; \
	  echo; echo "## go test -bench . -benchmem ./..."; \
	  $(GO) test -run '^$$' -bench . -benchmem ./... | grep -v '^ok\|no test files'; \
	} 2>&1 | tee "$$out"; echo "written to $$out"

## fuzz: every Fuzz target for FUZZTIME (default 15s) each
fuzz:
	@set -e; for f in $$(grep -rl --include='*_test.go' '^func Fuzz' . | sort); do \
		dir=$$(dirname "$$f"); \
		for t in $$(sed -n 's/^func \(Fuzz[A-Za-z0-9_]*\)(.*/\1/p' "$$f"); do \
			echo "== $$dir $$t"; \
			$(GO) test -run '^$$' -fuzz "^$$t\$$" -fuzztime $(FUZZTIME) "./$$dir"; \
		done; \
	done

## model: retrain the entity model from ../shared/data (GermEval 2014)
model:
	$(GO) run ./tools/trainner

## clusters: relearn the word clusters of the entity model from unlabelled news (about 10 minutes; then make model)
.PHONY: clusters
clusters:
	$(GO) run ./tools/trainclusters

clean:
	rm -rf bin
