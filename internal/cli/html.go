package cli

import (
	"bytes"
	"context"
	"io"
	"net/url"
	"path/filepath"
	"strings"

	"github.com/extract-news/extract/internal/record"
	"github.com/extract-news/extract/internal/view"
)

// formatHTML is the --format of pages to read: one self-contained page per
// article, and under --out-dir an index of them.
const formatHTML = "html"

// indexName is the page under --out-dir that lists the others.
const indexName = "index.html"

// renderPage renders the page of rec, whose input was text.
func renderPage(rec record.Record, text []byte) ([]byte, error) {
	var b bytes.Buffer
	if err := view.Page(&b, rec, text); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// writePage writes the page of rec to path, as writeFile writes a record.
func writePage(ctx context.Context, path string, rec record.Record, text []byte) error {
	return writeAtomic(ctx, path, func(w io.Writer) error { return view.Page(w, rec, text) })
}

// writeIndex writes dir's index.html, which links to each page written
// there, in input order.
func writeIndex(ctx context.Context, dir string, entries []view.Entry) error {
	return writeAtomic(ctx, filepath.Join(dir, indexName), func(w io.Writer) error { return view.Index(w, entries) })
}

// href is the link from dir's index to the page at path: relative, with
// slashes, each part escaped.
func href(dir, path string) string {
	rel, err := filepath.Rel(dir, path)
	if err != nil {
		rel = filepath.Base(path)
	}
	parts := strings.Split(filepath.ToSlash(rel), "/")
	for i, p := range parts {
		parts[i] = url.PathEscape(p)
	}
	return strings.Join(parts, "/")
}

// emitPage writes the page of r to standard output or, under --out-dir,
// adds the page it wrote to the index.
func (o *options) emitPage(r result, pages *[]view.Entry) error {
	if o.outDir != "" {
		*pages = append(*pages, view.EntryOf(r.rec, href(o.outDir, r.out)))
		return nil
	}
	_, err := o.stdout.Write(r.encoded)
	return err
}
