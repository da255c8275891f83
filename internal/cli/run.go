package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"

	"github.com/extract-news/extract/internal/confidence"
	"github.com/extract-news/extract/internal/extract"
	"github.com/extract-news/extract/internal/ingest"
	"github.com/extract-news/extract/internal/page"
	"github.com/extract-news/extract/internal/record"
	"github.com/extract-news/extract/internal/store"
	"github.com/extract-news/extract/internal/view"
)

// A job is one input to extract, and the file its record goes to under
// --out-dir ("" for standard output).
type job struct {
	in  ingest.Input
	out string
}

// A result is what became of one job.
type result struct {
	name    string        // the input's, for messages
	rec     record.Record // written to standard output without --out-dir
	encoded []byte        // rec, encoded by the worker for standard output
	out     string        // the file written under --out-dir
	blank   bool          // the input was empty or white space
	empty   bool          // the input was a page with no article in it
	note    string        // a line for standard error, not a record (a WARC file's summary)
	err     error         // the input failed; the error names it
	text    []byte        // the input, for --db
	hash    string        // its content hash, for --db
	stored  bool          // --db holds this record already
	release func()        // gives back the memory budget the input took
}

// extractRun extracts the record of every input and writes the records in
// input order. Without --out-dir it lists inputs as it goes, so a folder of
// any size runs in flat memory; with --out-dir it lists them all first, to
// refuse two inputs that would write the same file before doing any work.
func extractRun(ctx context.Context, o *options) (err error) {
	stderr := newConsole(o.stderr, o.showProgress())
	defer stderr.close()
	ctx, cancel := context.WithCancel(ctx)
	var counting sync.WaitGroup
	defer counting.Wait()
	defer cancel()

	if o.db != "" {
		db, err := o.openDB(ctx)
		if err != nil {
			return err
		}
		o.store = db
		defer func() {
			if cerr := db.close(); cerr != nil && err == nil {
				err = cerr
			}
		}()
	}
	todo, enc, err := o.plan(stderr)
	if err != nil {
		return err
	}
	if stderr.bar != nil && o.outDir == "" && o.input != inputJSONL && o.input != inputWARC {
		// The total, from a listing of its own that reads nothing, so
		// that the work need not wait for it; none when a file holds
		// many articles (WARC, JSON Lines).
		counting.Go(func() {
			if n, ok := ingest.Count(ctx, o.args, o.ingest()); ok {
				stderr.setTotal(n)
			}
		})
	}
	if o.load != nil {
		if err := o.load(o.cacheDir); err != nil {
			return fmt.Errorf("load the language model: %w", err)
		}
	}

	mem := newBudget(o.maxBytes)
	if o.memoryLimit != nil {
		// The garbage collector keeps the heap within seven eighths of
		// the budget, the rest left for what is not heap (the binary,
		// stacks, pages not yet returned).
		o.memoryLimit(mem.total - mem.total/8)
	}
	w := &writer{o: o, stderr: stderr, enc: enc}
	err = ordered(ctx, todo, o.jobs, o.worker(mem, enc, stderr), w.emit)
	if err == nil && enc != nil {
		err = enc.Close()
	}
	if err == nil && ctx.Err() == nil && o.format == formatHTML && o.outDir != "" {
		if err := writeIndex(ctx, o.outDir, w.pages); err != nil {
			return err
		}
	}
	return outcome(ctx, err, w.failed)
}

// outcome is the error a run ends with, given the error of writing its
// results: a database's failure as it is; none when standard output's
// reader has gone (extract dir | head), which is no failure of ours;
// errInterrupted when the run was cancelled; errFailed when an input
// failed.
func outcome(ctx context.Context, err error, failed bool) error {
	switch {
	case dbFailed(err):
		return err
	case errors.Is(err, syscall.EPIPE):
	case err != nil:
		return fmt.Errorf("write standard output: %w", err)
	case ctx.Err() != nil:
		return errInterrupted
	}
	if failed {
		return errFailed
	}
	return nil
}

// worker returns the work done on each input: process it within the
// memory budget mem, encode its record for enc where there is one (in the
// worker, in parallel: the writer only keeps the order), give back its
// share of mem, and count it done.
func (o *options) worker(mem *budget, enc *record.Encoder, stderr *console) func(context.Context, job) result {
	return func(ctx context.Context, j job) result {
		r := o.process(ctx, j, mem)
		if enc != nil && r.err == nil && ctx.Err() == nil {
			r.encoded, r.err = record.Marshal(r.rec, o.format)
			if r.err != nil {
				r.err = fmt.Errorf("%s: %w", r.name, r.err)
			}
			r.rec = record.Record{} // only its encoding waits for its turn
		}
		if r.release != nil {
			r.release()
		}
		stderr.articleDone()
		return r
	}
}

// plan lists the run's work: the inputs as they are found, or all of them
// first where they must be checked together (one page to standard output;
// --out-dir, whose files must not collide). It returns the encoder of
// standard output, or nil where records go elsewhere (--out-dir, pages,
// --db without --format).
func (o *options) plan(stderr *console) (iter.Seq[job], *record.Encoder, error) {
	inputs := ingest.Inputs(o.args, o.ingest())
	switch {
	case o.format == formatHTML && o.outDir == "":
		list := slices.Collect(inputs)
		if len(list) != 1 {
			return nil, nil, usageErrorf("--format html writes one page to standard output, and %d inputs were given: name one, or add --out-dir for a page each", len(list))
		}
		return slices.Values([]job{{in: list[0]}}), nil, nil
	case o.outDir != "":
		list, err := outFiles(slices.Collect(inputs), o.outDir, o.format)
		if err != nil {
			return nil, nil, err
		}
		if err := checkOutDir(o.outDir); err != nil {
			return nil, nil, err
		}
		stderr.setTotal(len(list))
		return slices.Values(list), nil, nil
	}
	todo := func(yield func(job) bool) {
		for in := range inputs {
			if !yield(job{in: in}) {
				return
			}
		}
	}
	if o.db != "" && !o.formatSet {
		return todo, nil, nil
	}
	enc, err := record.NewEncoder(o.stdout, o.format)
	if err != nil {
		return nil, nil, &usageError{err}
	}
	return todo, enc, nil
}

// A writer takes the results of a run in input order: it reports notes,
// warnings and failures on standard error, stores records under --db, and
// writes records or pages.
type writer struct {
	o      *options
	stderr *console
	enc    *record.Encoder // standard output's, or nil
	pages  []view.Entry    // the pages written under --out-dir with --format html
	failed bool            // an input failed
}

func (w *writer) emit(r result) error {
	if r.note != "" {
		w.stderr.printf("extract: %s\n", r.note)
		return nil
	}
	if r.blank {
		w.stderr.printf("extract: %s: warning: empty input\n", r.name)
	}
	if r.empty {
		w.stderr.printf("extract: %s: warning: %v\n", r.name, page.ErrNoArticle)
	}
	if r.err != nil {
		w.failed = true
		w.stderr.printf("extract: %s\n", oneLine(r.err))
		return nil
	}
	if w.o.store != nil && !r.stored {
		if err := w.o.store.put(r); err != nil {
			return err
		}
	}
	if w.o.format == formatHTML {
		return w.o.emitPage(r, &w.pages)
	}
	if w.enc == nil {
		return nil
	}
	return w.enc.WriteEncoded(r.encoded)
}

// process reads one input, waits for its share of the memory budget,
// extracts its record, checks it against the contract and, under --out-dir,
// writes it to its file. The caller gives the share back (res.release).
func (o *options) process(ctx context.Context, j job, mem *budget) result {
	res := result{name: j.in.Name(), note: j.in.Note}
	if ctx.Err() != nil || res.note != "" {
		return res // not emitted, or no article
	}
	text, err := j.in.Read()
	if err != nil {
		res.err = err
		return res
	}
	if o.store != nil {
		// The content hash is of the input as read (the page, for HTML),
		// so that an unchanged input is neither read as a page nor
		// extracted again.
		res.text, res.hash = text, store.Hash(text)
		res.rec, res.stored, err = o.store.unchanged(ctx, j.in.Source, res.hash, o.formatSet)
		if err != nil {
			res.err = fmt.Errorf("%s: %w", j.in.Name(), err)
		}
		if err != nil || res.stored {
			res.blank = ingest.Blank(text)
			return res
		}
	}
	if res.release, err = mem.acquire(ctx, len(text)); err != nil {
		return res // cancelled: not emitted
	}
	about := extract.About{Input: j.in.About.Input, Title: j.in.About.Title, Meta: j.in.About.Meta}
	if about.Input == record.InputHTML {
		if text, about, err = readPage(text, j.in.About); err != nil && !errors.Is(err, page.ErrNoArticle) {
			res.err = fmt.Errorf("%s: %w", j.in.Name(), err)
			return res
		}
		res.empty = err != nil
	}
	res.blank = !res.empty && ingest.Blank(text)
	rec, err := o.extract(j.in.Source, text, about)
	switch {
	case err != nil:
	case o.format == formatHTML && j.out != "":
		err = writePage(ctx, j.out, rec, text)
		res.out = j.out
	case o.format == formatHTML:
		res.encoded, err = renderPage(rec, text)
	case j.out != "":
		err = writeFile(ctx, j.out, o.format, rec)
	}
	if err != nil {
		res.err = fmt.Errorf("%s: %w", j.in.Name(), err)
		return res
	}
	res.rec = rec
	return res
}

// readPage reads a web page's article text and metadata. The metadata of
// the input (a WARC record's target URI) wins over the page's own.
func readPage(raw []byte, in ingest.About) ([]byte, extract.About, error) {
	p, err := page.Read(raw, page.Options{URL: in.Meta.URL, ContentType: in.ContentType})
	a := extract.About{Input: record.InputHTML, Title: p.Title, Meta: p.Meta}
	if in.Meta.URL != "" {
		a.Meta.URL = in.Meta.URL
	}
	return []byte(p.Text), a, err
}

// extract calls the article function, adds what the input said about
// itself, and checks the record, so that neither a panic nor a record that
// breaks the contract escapes: each becomes an internal error of the one
// input.
func (o *options) extract(source string, text []byte, about extract.About) (rec record.Record, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("internal error: %v", p)
		}
	}()
	rec, err = o.article(source, text)
	if err != nil {
		return rec, err
	}
	extract.Describe(&rec, text, about)
	confidence.Filter(&rec, o.minConfidence)
	if err := record.Validate(rec, text); err != nil {
		return rec, fmt.Errorf("internal error: record breaks the contract: %w", err)
	}
	return rec, nil
}

// outFiles pairs each input with the file its record goes to under dir: a
// file argument's base name, the path under a directory argument, "stdin"
// for standard input, with the format as extension. Two inputs that would
// write the same file are a usage error.
func outFiles(inputs []ingest.Input, dir, format string) ([]job, error) {
	jobs := make([]job, len(inputs))
	writer := make(map[string]string) // file → source of the input writing it
	for i, in := range inputs {
		jobs[i].in = in
		if errors.Is(in.Err, ingest.ErrStdinAgain) {
			return nil, usageErrorf("--out-dir: - and - would both write %s", filepath.Join(dir, "stdin."+format))
		}
		if in.Err != nil || in.Note != "" {
			continue
		}
		out := filepath.Join(dir, strings.TrimSuffix(in.Rel, filepath.Ext(in.Rel))+"."+format)
		if format == formatHTML && out == filepath.Join(dir, indexName) {
			return nil, usageErrorf("--out-dir: %s would write %s, which lists the pages: rename it, or put it in a folder", in.Source, out)
		}
		if prev, ok := writer[out]; ok {
			return nil, usageErrorf("--out-dir: %s and %s would both write %s", prev, in.Source, out)
		}
		writer[out] = in.Source
		jobs[i].out = out
	}
	return jobs, nil
}

// checkOutDir makes dir, if need be, and a file in it, which it removes,
// so that an --out-dir that cannot be used (a path under a file,
// /dev/null, a folder without write permission) is one usage error before
// any work, not one error per record after it.
func checkOutDir(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return usageErrorf("--out-dir %s: %w", dir, bareError(err))
	}
	f, err := os.CreateTemp(dir, ".extract-check-*")
	if err != nil {
		return usageErrorf("--out-dir %s: cannot write there: %w", dir, bareError(err))
	}
	f.Close()
	return os.Remove(f.Name())
}

// bareError drops the operation and path from a *fs.PathError, since the
// message names the path itself.
func bareError(err error) error {
	if pe, ok := errors.AsType[*fs.PathError](err); ok {
		return pe.Err
	}
	return err
}

// writeFile writes r to path in format by way of a temporary file in the
// same folder, renamed into place, so path never holds half a record. If ctx
// is done before the rename, nothing is left behind.
func writeFile(ctx context.Context, path, format string, r record.Record) error {
	return writeAtomic(ctx, path, func(w io.Writer) error {
		enc, err := record.NewEncoder(w, format)
		if err != nil {
			return err
		}
		if err := enc.Encode(r); err != nil {
			return fmt.Errorf("write %s: %w", path, err)
		}
		if err := enc.Close(); err != nil {
			return fmt.Errorf("write %s: %w", path, err)
		}
		return nil
	})
}

// writeAtomic writes path with write, by way of a temporary file in the
// same folder renamed into place, as writeFile does.
func writeAtomic(ctx context.Context, path string, write func(io.Writer) error) (err error) {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	if err := write(f); err != nil {
		return err
	}
	if err := f.Chmod(0o644); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
}
