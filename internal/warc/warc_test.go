package warc

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/nlnwa/gowarc/v3"
)

const page = "<html><head><title>T</title></head><body><p>Invented story.</p></body></html>"

// sample writes a WARC file of one record of each kind Reader meets.
func sample(t *testing.T, compress bool) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := NewWriter(&buf, compress)
	var gzipped bytes.Buffer
	gz := gzip.NewWriter(&gzipped)
	gz.Write([]byte(page))
	gz.Close()
	steps := []error{
		w.WriteRecord(gowarc.Metadata, "", "application/warc-fields", []byte("software: test\r\n")),
		w.WriteRecord(gowarc.Request, "https://news.example/a", "application/http;msgtype=request", []byte("GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n")),
		w.WriteResponse("https://news.example/a", 200, []string{"Content-Type: text/html; charset=utf-8"}, []byte(page)),
		w.WriteResponse("https://news.example/gone", 404, []string{"Content-Type: text/html"}, []byte(page)),
		w.WriteResponse("https://news.example/logo.png", 200, []string{"Content-Type: image/png"}, []byte("\x89PNG")),
		w.WriteResponse("https://news.example/big", 200, []string{"Content-Type: text/html"}, []byte(strings.Repeat("x", 500))),
		w.WriteResponse("https://news.example/gz", 200, []string{"Content-Type: text/html", "Content-Encoding: gzip"}, gzipped.Bytes()),
		w.WriteResponse("https://news.example/bare", 200, nil, []byte(page)),
	}
	for _, err := range steps {
		if err != nil {
			t.Fatal(err)
		}
	}
	return buf.Bytes()
}

// readAll reads every response of file, and returns their URIs, the
// summary and the error that ended the file (nil at its end).
func readAll(t *testing.T, file []byte, max int64) ([]Response, Summary, error) {
	t.Helper()
	r, err := NewReader(bytes.NewReader(file), max)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	var out []Response
	for {
		resp, err := r.Next()
		if errors.Is(err, io.EOF) {
			return out, r.Summary(), nil
		}
		if err != nil {
			return out, r.Summary(), err
		}
		out = append(out, resp)
	}
}

func TestReader(t *testing.T) {
	for _, compress := range []bool{false, true} {
		resps, sum, err := readAll(t, sample(t, compress), 400)
		if err != nil {
			t.Fatalf("compress %v: %v", compress, err)
		}
		var uris []string
		for _, r := range resps {
			uris = append(uris, r.URI)
			if string(r.Body) != page {
				t.Errorf("compress %v: %s: body %q, want %q", compress, r.URI, r.Body, page)
			}
		}
		want := "https://news.example/a https://news.example/gz https://news.example/bare"
		if got := strings.Join(uris, " "); got != want {
			t.Errorf("compress %v: responses %s, want %s", compress, got, want)
		}
		if resps[0].ContentType != "text/html; charset=utf-8" {
			t.Errorf("content type %q", resps[0].ContentType)
		}
		wantSum := "8 records: 6 responses, 3 used (1 HTTP status not 200, 1 not HTML, 1 over --max-bytes); 2 other records (1 metadata, 1 request)"
		if sum.String() != wantSum {
			t.Errorf("compress %v: summary\n\t%s\nwant\n\t%s", compress, sum, wantSum)
		}
	}
}

// TestReaderCorrupt cuts a WARC file short, or adds bytes that are no
// record: the responses before the break are read, then a *CorruptError
// gives the offset of the record that broke.
func TestReaderCorrupt(t *testing.T) {
	for _, compress := range []bool{false, true} {
		file := sample(t, compress)
		// The offset of the last record: where the file is written up to
		// the record before it.
		last := int64(bytes.LastIndex(file, []byte("WARC/1.1\r\n")))
		if compress {
			last = int64(bytes.LastIndex(file, []byte{0x1f, 0x8b, 8}))
		}
		for _, tt := range []struct {
			name string
			file []byte
			at   int64
			n    int
		}{
			{"cut", file[:len(file)-10], last, 2},
			{"garbage after", append(append([]byte{}, file...), "not a record at all"...), int64(len(file)), 3},
		} {
			resps, _, err := readAll(t, tt.file, 400)
			var ce *CorruptError
			if !errors.As(err, &ce) {
				t.Errorf("compress %v, %s: error %v, want a *CorruptError", compress, tt.name, err)
				continue
			}
			if ce.Offset != tt.at {
				t.Errorf("compress %v, %s: offset %d, want %d (%v)", compress, tt.name, ce.Offset, tt.at, ce)
			}
			if len(resps) != tt.n {
				t.Errorf("compress %v, %s: %d responses before the error, want %d", compress, tt.name, len(resps), tt.n)
			}
		}
	}
}
