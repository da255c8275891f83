# Targets for building, testing and scoring extract. Run make help for a list.

VERSION := $(shell git describe --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -X github.com/extract-news/extract/internal/cli.version=$(VERSION)
EVAL    := ../shared/eval

.PHONY: help build run test bench bench-compare bench-scale bench-warc bench-db fuzz eval golden lint check screenshot train

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

build: ## build ./extract, stamped with the git version
	go build -ldflags "$(LDFLAGS)" -o extract ./cmd/extract

run: build ## run extract on the sample article
	./extract testdata/articles/sample.txt

test: ## vet, then run every test with the race detector
	go vet ./... && go test -race ./... && cd third_party/dateparser && go test ./...

bench: ## run the benchmarks
	go test -run '^$$' -bench . -benchmem ./...

bench-compare: ## extraction vs prose's own pipeline on ../shared/eval/articles, one worker, as a ratio
	internal/tools/bench-compare

bench-scale: ## whole process: --jobs 2 vs 1, start-up vs prose, peak memory over 325 and 3,250 files
	internal/tools/bench-scale

bench-warc: ## peak memory and pages/s over a WARC file of 500 and 5,000 responses (../shared/eval/html pages)
	internal/tools/bench-warc

bench-db: ## --db vs standard output, re-runs, export round trip and linking over ../shared/eval/articles
	internal/tools/bench-db

# Minimizing a new input is capped at 2s: an article-sized input takes
# milliseconds to extract, and the default (60s of minimizing) left the
# fuzzer minimizing, not fuzzing, for most of a short run.
fuzz: ## fuzz text preparation, the whole extraction and that of a web page, FUZZTIME each (default 10s)
	internal/tools/fuzz ./internal/textnorm FuzzPrepare $(or $(FUZZTIME),10s)
	internal/tools/fuzz ./internal/cli FuzzArticle $(or $(FUZZTIME),10s)
	internal/tools/fuzz ./internal/cli FuzzPage $(or $(FUZZTIME),10s)

eval: build ## score extract on the dev split of ../shared/eval (the only gold there), when it is there
	@if [ ! -d $(EVAL) ]; then echo "make eval: no $(EVAL), nothing to score" >&2; exit 0; fi; \
	set -e; \
	./extract $$($(EVAL)/articles.sh dev) > /tmp/extract-dev.yaml && $(EVAL)/score.sh /tmp/extract-dev.yaml -split dev

# The models are byte-identical from one run to the next (same inputs, same
# machine architecture); internal/confidence/models/REPORT holds their figures.
train: ## rebuild the confidence models and the claims' speech model from ../shared/train and the dev split of ../shared/eval
	go run ./internal/tools/train -train ../shared/train -eval $(EVAL) -out internal/confidence/models

golden: ## rewrite testdata/golden from the current output; review with git diff
	go test ./internal/cli -run TestGolden -update

screenshot: ## docs/sample.png: the --format html page of the sample article, in headless Chromium
	EXTRACT_SCREENSHOT=$(CURDIR)/docs/sample.png go test ./internal/view -run '^TestSampleInBrowser$$' -count=1

lint: ## go vet
	go vet ./...

check: ## gofmt and go mod tidy leave no diff, then lint and test
	@out=$$(gofmt -l .); if [ -n "$$out" ]; then echo "gofmt would change:" >&2; echo "$$out" >&2; exit 1; fi
	go mod tidy -diff
	$(MAKE) lint test
