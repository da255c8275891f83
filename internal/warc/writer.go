package warc

import (
	"compress/gzip"
	"fmt"
	"io"
	"time"

	"github.com/nlnwa/gowarc/v3"
)

// A Writer writes a WARC file of HTTP responses, for tests and benchmarks:
// each record gzip-compressed on its own (.warc.gz) or not (.warc).
type Writer struct {
	w    io.Writer
	gzip bool
	m    gowarc.Marshaler
	n    int
	date time.Time
}

// NewWriter returns a Writer of a WARC file to w, whose records are
// gzip-compressed one by one when compress is set.
func NewWriter(w io.Writer, compress bool) *Writer {
	return &Writer{w: w, gzip: compress, m: gowarc.NewMarshaler(), date: time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC)}
}

// WriteResponse writes a response record for uri: HTTP status, the
// headers given (Content-Type and so on, one "Name: value" each) and
// body.
func (w *Writer) WriteResponse(uri string, status int, headers []string, body []byte) error {
	block := fmt.Sprintf("HTTP/1.1 %d %s\r\n", status, statusText(status))
	for _, h := range headers {
		block += h + "\r\n"
	}
	block += fmt.Sprintf("Content-Length: %d\r\n\r\n", len(body))
	return w.write(gowarc.Response, uri, "application/http;msgtype=response", append([]byte(block), body...))
}

// WriteRecord writes a record of another type (a request, metadata) with
// block as its content.
func (w *Writer) WriteRecord(typ gowarc.RecordType, uri, contentType string, block []byte) error {
	return w.write(typ, uri, contentType, block)
}

func (w *Writer) write(typ gowarc.RecordType, uri, contentType string, block []byte) error {
	w.n++
	b := gowarc.NewRecordBuilder(typ, gowarc.WithAddMissingDigest(true), gowarc.WithFixContentLength(true))
	b.AddWarcHeader(gowarc.WarcRecordID, fmt.Sprintf("<urn:uuid:00000000-0000-4000-8000-%012d>", w.n))
	b.AddWarcHeaderTime(gowarc.WarcDate, w.date)
	b.AddWarcHeader(gowarc.ContentType, contentType)
	if uri != "" {
		b.AddWarcHeader(gowarc.WarcTargetURI, uri)
	}
	b.AddWarcHeaderInt64(gowarc.ContentLength, int64(len(block)))
	if _, err := b.Write(block); err != nil {
		return err
	}
	rec, _, err := b.Build()
	if err != nil {
		return err
	}
	defer rec.Close()
	out := w.w
	var gz *gzip.Writer
	if w.gzip {
		gz = gzip.NewWriter(w.w)
		out = gz
	}
	if _, _, err := w.m.Marshal(out, rec, 0); err != nil {
		return err
	}
	if gz != nil {
		return gz.Close()
	}
	return nil
}

func statusText(code int) string {
	switch code {
	case 200:
		return "OK"
	case 404:
		return "Not Found"
	case 301:
		return "Moved Permanently"
	}
	return "Status"
}
