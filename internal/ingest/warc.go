package ingest

import (
	"errors"
	"fmt"
	"io"
	"path"
	"path/filepath"
	"strings"

	"github.com/extract-news/extract/internal/record"
	"github.com/extract-news/extract/internal/warc"
)

// warc yields an Input for each HTML response of in, a WARC file, then one
// whose Note sums the file up, and reports whether to go on. A record that
// cannot be read ends the file with an Input whose Err names the file and
// the record's offset.
func (in Input) warc(yield func(Input) bool) bool {
	r, done, err := in.open()
	if err != nil {
		return yield(Input{Source: in.Source, Err: fmt.Errorf("%s: %w", in.Source, err)})
	}
	defer done()
	wr, err := warc.NewReader(r, in.max)
	if err != nil {
		return yield(Input{Source: in.Source, Err: fmt.Errorf("%s: %w", in.Source, err)})
	}
	defer wr.Close()
	for n := 1; ; n++ {
		resp, err := wr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			if !yield(Input{Source: in.Source, Err: fmt.Errorf("%s: %w", in.Source, err)}) {
				return false
			}
			break
		}
		page := Input{
			Source: in.Source + "#" + resp.URI,
			Rel:    warcRel(in.Rel, n),
			About: About{
				Input:       record.InputHTML,
				Meta:        record.Meta{URL: resp.URI},
				ContentType: resp.ContentType,
			},
			text: resp.Body,
			held: true,
		}
		if !yield(page) {
			return false
		}
	}
	return yield(Input{Source: in.Source, Note: fmt.Sprintf("%s: %s", in.Source, wr.Summary())})
}

// warcRel names the n-th page of a WARC file for --out-dir: the file's
// path without .warc or .warc.gz, then the page's number ("crawl/000012").
func warcRel(rel string, n int) string {
	rel = filepath.ToSlash(rel)
	for _, ext := range []string{".gz", ".warc"} {
		if strings.HasSuffix(strings.ToLower(rel), ext) {
			rel = rel[:len(rel)-len(ext)]
		}
	}
	return filepath.FromSlash(path.Join(rel, fmt.Sprintf("%06d.html", n)))
}
