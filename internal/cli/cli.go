package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"

	"github.com/extract-news/extract/internal/confidence"
	"github.com/extract-news/extract/internal/extract"
	"github.com/extract-news/extract/internal/ingest"
	"github.com/extract-news/extract/internal/record"
)

// Exit codes of Run.
const (
	ExitOK          = 0   // every input was done
	ExitFailure     = 1   // some input failed; the others were still written
	ExitUsage       = 2   // bad flags or arguments; nothing was done
	ExitInterrupted = 130 // the context was cancelled (Ctrl-C, SIGTERM)
)

// Run runs the extract command with args (without the program name) and
// returns its exit code. Records go to stdout, and nothing else does;
// warnings and errors go to stderr, one line each. When ctx is cancelled, Run
// starts no more inputs, writes no more records and returns ExitInterrupted.
func Run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return run(ctx, deps{article: extract.Article, load: extract.Load, cacheDir: userCacheDir(), memoryLimit: memoryLimit, terminal: isTerminal}, args, stdin, stdout, stderr)
}

// userCacheDir is the folder the model's cache goes under: the user's cache
// directory (os.UserCacheDir), or none when there is no such folder.
func userCacheDir() string {
	dir, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	return dir
}

// An articleFunc extracts the record of one article, as extract.Article does.
type articleFunc func(source string, text []byte) (record.Record, error)

// deps are what the command runs with that tests replace: the extraction,
// the loading of its model before the first article (nil for none) and
// the folder its cache goes under ("" for no cache), and how a terminal is
// told (nil means isTerminal).
type deps struct {
	article  articleFunc
	load     func(cacheDir string) error
	cacheDir string
	// memoryLimit sets the process's soft memory limit to the workers'
	// memory budget (nil: not set).
	memoryLimit func(bytes int64)
	terminal    func(f any) bool
}

// memoryLimit sets the runtime's soft memory limit, unless the user has
// (GOMEMLIMIT).
func memoryLimit(n int64) {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(n)
	}
}

func run(ctx context.Context, d deps, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if d.terminal == nil {
		d.terminal = isTerminal
	}
	cmd := newCmd(d, stdin, stdout, stderr)
	if args == nil {
		args = []string{} // cobra reads os.Args when given nil
	}
	cmd.SetArgs(args)
	err := cmd.ExecuteContext(ctx)

	var usage *usageError
	switch {
	case err == nil:
		return ExitOK
	case errors.As(err, &usage):
		fmt.Fprintf(stderr, "extract: %v\nRun 'extract --help' for usage.\n", usage.err)
		return ExitUsage
	case errors.Is(err, errInterrupted):
		fmt.Fprintln(stderr, "extract: interrupted")
		return ExitInterrupted
	case errors.Is(err, errFailed):
		return ExitFailure // each failure has been reported
	default:
		fmt.Fprintf(stderr, "extract: %s\n", oneLine(err))
		return ExitFailure
	}
}

// A usageError is a mistake in the command line: a bad flag or argument.
type usageError struct{ err error }

func (e *usageError) Error() string { return e.err.Error() }
func (e *usageError) Unwrap() error { return e.err }

func usageErrorf(format string, args ...any) error {
	return &usageError{fmt.Errorf(format, args...)}
}

var (
	errFailed      = errors.New("some inputs failed")
	errInterrupted = errors.New("interrupted")
)

// options are the command's flags and arguments, and what it runs with.
type options struct {
	input     string
	format    string
	formatSet bool // --format was given
	jobs      int
	outDir    string
	include   []string
	maxBytes  int64
	maxSize   string // --max-bytes as given: 10MiB, 500k, 1048576
	progress  string
	db        string
	args      []string

	minConfidence float64 // --min-confidence

	article        articleFunc
	load           func(cacheDir string) error
	cacheDir       string
	memoryLimit    func(bytes int64)
	terminal       func(f any) bool
	stdin          io.Reader
	stdout, stderr io.Writer
	store          *dbRun // the database of --db, while a run writes it
}

// Values of --input.
const (
	inputAuto  = ingest.Auto  // by each file's name, else its first bytes
	inputText  = ingest.Text  // each file is one article
	inputHTML  = ingest.HTML  // each file is one web page
	inputWARC  = ingest.WARC  // each HTML response of each WARC file is one page
	inputJSONL = ingest.JSONL // each line of each file is one article
)

// defaultIncludes are the --include globs each --input takes by default.
var defaultIncludes = map[string][]string{
	inputAuto:  ingest.DefaultIncludes,
	inputText:  {ingest.DefaultInclude},
	inputHTML:  {"*.html", "*.htm"},
	inputWARC:  {"*.warc.gz", "*.warc"},
	inputJSONL: {"*.jsonl"},
}

const long = `extract reads news articles and writes one structured record per article:
who is named (actors), what they are reported to have said (claims), what
happened (events), and who supports or opposes what (positions), with byte
offsets into the article for each. The record's fields are fixed by the
record v1 contract; see README.md.

Every item carries a confidence, the probability that it is right. Items
below --min-confidence (0.3 unless given) are left out, so what is shown
is mostly right; --min-confidence 0 shows everything found.

Arguments are files, folders and "-" for standard input. A folder is walked
recursively, each folder's entries in lexical order, for the files whose
names match --include (unless given: *.txt, *.html, *.htm, *.warc.gz and
*.warc); hidden files and folders are skipped. With no arguments, extract
reads standard input.

Each file is read as its name says (--input auto): .txt is plain text;
.html, .htm and .xhtml a web page; .warc a WARC archive; .jsonl JSON Lines;
each of these also compressed, with .gz. Other names, and standard input,
are read as their first bytes say (an HTML document's opening, a WARC
record, else plain text). --input text, html, warc or jsonl reads every
input as that.

From a web page extract keeps the article (headline, then the body's
paragraphs; no menus, ads, comments or cookie notices) and what the page
says about itself (URL, site, authors, publication date, language, from
JSON-LD, Open Graph and meta tags); the record's text field holds that
article text, which every span indexes. Pages in any character set are read.
A WARC file gives one record per HTML response with HTTP status 200, in
file order, whose source is the file's path, "#" and the response's URL;
a line on standard error sums up each WARC file (responses, pages used, why
the others were not). A page in which no article is found gives a record
with empty lists and a warning.

With --input jsonl each line of each input is one article, a JSON object
{"id": ..., "text": ...} (optional "title", "url", "published" and
"authors" fill the record's title and meta); the record's source is the id,
records come out in the order of the lines, as JSON Lines unless --format
yaml is given, and a bad line is reported by its number while the others go
on. This makes extract a stage for GNU parallel --pipe, Hadoop Streaming or
Spark's RDD.pipe.

Records go to standard output in the order the inputs were named: a YAML
stream, one document per article separated by "---", or with --format json
one JSON object per line (JSON Lines). With --out-dir each record goes to a
file of its own instead. With --format html the record is a page to read:
the article with who is who, who said what and who stands where marked in
place; give one input, or --out-dir for a page each and an index.html.
Warnings and errors go to standard error, one line each, naming the input.
On a terminal, a run over more than one input also shows a progress line
there (see --progress).

With --db FILE the records go into a SQLite database instead (standard
output stays empty unless --format is given), where the actors of all its
articles are linked into entities. Run again on the same inputs, extract
skips the articles it already holds and replaces those that changed.
'extract export FILE' writes the records back out. A file named export or
help is given as ./export or ./help.

Exit status: 0 when every input was done; 1 when some input failed (the
others are still written, in order); 2 for a usage error; 130 when
interrupted, after which no more records are written.`

const examples = `  # One article
  extract article.txt

  # Every *.txt under a folder, into one YAML stream
  extract articles/ > records.yaml

  # Standard input, from a pipe
  cat article.txt | extract

  # JSON Lines for jq: each article's source and number of claims
  extract --format json articles/ | jq -r '[.source, (.claims | length)] | @tsv'

  # The YAML stream with yq (mikefarah's yq v4): every person named
  extract articles/ | yq -N '.actors[] | select(.type == "person") | .name'

  # A saved web page: the article, its metadata, its record
  extract page.html

  # A folder of pages (*.html, *.htm), a .txt or two among them
  extract pages/

  # A web archive (WARC, as crawlers and CC-NEWS write them): one record per page
  extract crawl.warc.gz --format json | jq -r '[.meta.published, .meta.url, (.claims | length)] | @tsv'

  # Markdown too, four articles at a time
  extract --include '*.txt' --include '*.md' --jobs 4 articles/

  # Everything found, however unsure (each item still has its confidence)
  extract --min-confidence 0 article.txt

  # Only what is very likely right
  extract --min-confidence 0.8 article.txt

  # One record file per article: records/2024/story.yaml for articles/2024/story.txt
  extract --out-dir records/ articles/

  # A database to query with SQL (see README.md), and the records back out of it
  extract --db corpus.db articles/
  sqlite3 corpus.db 'SELECT name, articles, mentions FROM entities ORDER BY mentions DESC LIMIT 10'
  extract export --format json corpus.db

  # The article as a page, marked up with what was found; a page each and an index.html
  extract --format html article.txt > article.html
  extract --format html --out-dir pages/ articles/

  # JSON Lines in ({"id": ..., "text": ...} per line), JSON Lines out, four processes
  parallel --pipe --keep-order -j 4 extract --input jsonl < articles.jsonl > records.jsonl`

func newCmd(d deps, stdin io.Reader, stdout, stderr io.Writer) *cobra.Command {
	opts := &options{article: d.article, load: d.load, cacheDir: d.cacheDir, memoryLimit: d.memoryLimit, terminal: d.terminal, stdin: stdin, stdout: stdout, stderr: stderr}
	cmd := &cobra.Command{
		Use:           "extract [flags] [FILE|DIR|-]...",
		Short:         "Turn news articles into structured records",
		Long:          long,
		Example:       examples,
		Version:       buildVersion(),
		Args:          cobra.ArbitraryArgs,
		SilenceErrors: true,
		SilenceUsage:  true,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 1 && args[0] == "help" {
				// As cobra's help command does; ./help reads a file so named.
				return cmd.Help()
			}
			opts.args = args
			opts.formatSet = cmd.Flags().Changed("format")
			if !cmd.Flags().Changed("include") {
				opts.include = defaultIncludes[opts.input]
			}
			if err := opts.validate(); err != nil {
				return err
			}
			return extractRun(cmd.Context(), opts)
		},
	}
	// Subcommands: export, and cobra's help. A file of either name is
	// given as ./export or ./help; the completion command is left out.
	cmd.AddCommand(newExportCmd(stdout))
	cmd.CompletionOptions.DisableDefaultCmd = true
	cmd.SetIn(stdin)
	cmd.SetOut(stdout)
	cmd.SetErr(stderr)
	cmd.SetFlagErrorFunc(func(_ *cobra.Command, err error) error {
		return &usageError{err}
	})

	f := cmd.Flags()
	f.SortFlags = false
	f.StringVar(&opts.input, "input", inputAuto, "how inputs are read: auto (by name, else by content), text, html (a web page), warc (a web archive) or jsonl (each line is {\"id\": ..., \"text\": ...})")
	f.StringVar(&opts.format, "format", "", "output format: yaml (a YAML stream; the default), json (JSON Lines; the default with --input jsonl) or html (a page to read the article by: one input, or a page each with --out-dir)")
	f.IntVarP(&opts.jobs, "jobs", "j", 0, "articles processed at once; 0 means one per CPU (GOMAXPROCS). Articles also share a memory budget of 40 bytes per byte of --max-bytes, so one that large runs alone")
	f.StringVar(&opts.outDir, "out-dir", "", "write one record file per input under `DIR` instead of to standard output")
	f.StringArrayVar(&opts.include, "include", nil, "read a folder's files whose names match `GLOB` (repeatable); by default *.txt, *.html, *.htm, *.warc.gz and *.warc; *.jsonl with --input jsonl")
	f.StringVar(&opts.maxSize, "max-bytes", "10MiB", "largest input read, decompressed (a page of a WARC file, a text of --input jsonl), as `SIZE`: bytes, or with a unit as in 500k, 10MiB, 2GB (k, M, G, KiB, MiB, GiB are powers of 1024; KB, MB, GB of 1000); larger inputs fail, larger WARC pages are skipped")
	f.Float64Var(&opts.minConfidence, "min-confidence", confidence.DefaultMin, "leave out items whose confidence is below `P` (0 to 1); 0 keeps everything")
	f.StringVar(&opts.progress, "progress", progressAuto, "progress line on standard error, when it is a terminal: auto (for more than one input), always or never")
	f.StringVar(&opts.db, "db", "", "store records in the SQLite database `FILE` (made if missing), not on standard output unless --format is given; see extract export")
	return cmd
}

// validate checks the options and fills in what their defaults mean.
func (o *options) validate() error {
	switch o.input {
	case inputAuto, inputText, inputHTML, inputWARC:
	case inputJSONL:
		if !o.formatSet {
			o.format = record.JSON
		}
		if o.outDir != "" {
			return usageErrorf("--out-dir does not go with --input jsonl: records go to standard output")
		}
		if o.format == formatHTML {
			return usageErrorf("--format html does not go with --input jsonl: give the articles as files")
		}
	default:
		return usageErrorf("invalid --input %q: want auto, text, html, warc or jsonl", o.input)
	}
	if o.db != "" && o.outDir != "" {
		return usageErrorf("--out-dir does not go with --db: records go to the database")
	}
	if o.db != "" && o.format == formatHTML {
		return usageErrorf("--format html does not go with --db: write the database first, then pages with --format html --out-dir")
	}
	if o.format == "" {
		o.format = record.YAML
		if o.input == inputJSONL {
			o.format = record.JSON
		}
	}
	switch o.format {
	case record.YAML, record.JSON, formatHTML:
	default:
		return usageErrorf("invalid --format %q: want yaml, json or html", o.format)
	}
	switch o.progress {
	case progressAuto, progressAlways, progressNever:
	default:
		return usageErrorf("invalid --progress %q: want auto, always or never", o.progress)
	}
	if o.jobs < 0 {
		return usageErrorf("invalid --jobs %d: want 0 (one per CPU) or more", o.jobs)
	}
	if o.jobs == 0 {
		o.jobs = runtime.GOMAXPROCS(0)
	}
	if o.minConfidence < 0 || o.minConfidence > 1 || o.minConfidence != o.minConfidence {
		return usageErrorf("invalid --min-confidence %v: want a probability from 0 (keep everything) to 1", o.minConfidence)
	}
	n, err := parseSize(o.maxSize)
	if err != nil {
		return &usageError{err}
	}
	o.maxBytes = n
	if err := o.ingest().Validate(); err != nil {
		return &usageError{err}
	}
	if len(o.args) == 0 {
		if o.terminal(o.stdin) {
			return usageErrorf("no input: name files or folders, or pipe an article to standard input")
		}
		o.args = []string{ingest.Stdin}
	}
	return nil
}

func (o *options) ingest() ingest.Options {
	return ingest.Options{Include: o.include, MaxBytes: o.maxBytes, Stdin: o.stdin, Lines: o.input == inputJSONL, Kind: o.input}
}

// oneLine joins the lines of a multi-line error, such as one from
// errors.Join, so that each error takes one line of standard error.
func oneLine(err error) string {
	return strings.ReplaceAll(err.Error(), "\n", "; ")
}
