package warc

import (
	"bufio"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/http/httputil"
	"slices"
	"strings"

	"github.com/nlnwa/gowarc/v3"
)

// A Response is an HTML page a WARC file holds: the payload of a response
// record with HTTP status 200 and an HTML content type.
type Response struct {
	URI         string // the record's WARC-Target-URI
	ContentType string // the HTTP Content-Type header, whose charset says how Body is encoded
	Body        []byte // the page, without Content-Encoding or chunking
	Offset      int64  // of the record in the file
}

// A Reader reads the HTML responses of one WARC file, in file order.
type Reader struct {
	r       *gowarc.WarcFileReader
	max     int64
	end     int64 // the offset after the last record read
	summary Summary
}

// NewReader returns a Reader of the WARC file r, plain or gzip-compressed
// per record (.warc.gz). A page larger than maxBytes, once decompressed, is
// skipped.
func NewReader(r io.Reader, maxBytes int64) (*Reader, error) {
	wr, err := gowarc.NewWarcFileReaderFromStream(r, 0,
		gowarc.WithSyntaxErrorPolicy(gowarc.ErrWarn),
		gowarc.WithSpecViolationPolicy(gowarc.ErrWarn),
		gowarc.WithUnknownRecordTypePolicy(gowarc.ErrIgnore),
	)
	if err != nil {
		return nil, err
	}
	return &Reader{r: wr, max: maxBytes}, nil
}

// A CorruptError is the error of a WARC file that cannot be read on from a
// record: a truncated file, a broken gzip member, bytes that are no record.
type CorruptError struct {
	Offset int64 // of the record that could not be read
	Err    error
}

// Error says where the file broke.
func (e *CorruptError) Error() string {
	return fmt.Sprintf("corrupt WARC record at offset %d: %v", e.Offset, e.Err)
}

func (e *CorruptError) Unwrap() error { return e.Err }

// Next returns the next HTML response. At the end of the file it returns
// io.EOF; a record that cannot be read gives a *CorruptError, after which
// the file cannot be read on.
func (r *Reader) Next() (Response, error) {
	for {
		rec, err := r.r.Next()
		if errors.Is(err, io.EOF) && rec.WarcRecord == nil {
			return Response{}, io.EOF
		}
		if err == nil {
			err = truncated(rec.Validation)
		}
		if err != nil {
			rec.Close()
			if errors.Is(err, io.EOF) {
				err = io.ErrUnexpectedEOF
			}
			// Where the record that broke starts: after the last good one
			// (gowarc's offset is past any bytes it skipped looking for one).
			return Response{}, &CorruptError{Offset: r.end, Err: err}
		}
		r.end = rec.Offset + rec.Size
		resp, skip, err := r.response(rec)
		rec.Close()
		if err != nil {
			return Response{}, &CorruptError{Offset: rec.Offset, Err: err}
		}
		if skip != "" {
			r.summary.skip(skip)
			continue
		}
		r.summary.Used++
		return resp, nil
	}
}

// truncated returns the validation finding that says a record ended
// before its Content-Length did, or nil. gowarc reports a short block as
// a finding about the end-of-record marker, not as an error.
func truncated(validation []error) error {
	for _, v := range validation {
		s := v.Error()
		if strings.Contains(s, "unexpected end of record") || strings.Contains(s, "too few bytes in end of record marker") {
			return fmt.Errorf("record cut short (%v)", v)
		}
	}
	return nil
}

// Reasons a record gives no page.
const (
	notResponse = "not responses"
	notOK       = "HTTP status not 200"
	notHTML     = "not HTML"
	tooLarge    = "over --max-bytes"
	badPayload  = "unreadable HTTP payload"
)

// response reads the page of rec, or says why it has none.
func (r *Reader) response(rec gowarc.Record) (resp Response, skip string, err error) {
	wr := rec.WarcRecord
	r.summary.Records++
	if wr.Type() != gowarc.Response {
		r.summary.other(wr.Type().String())
		return resp, notResponse, nil
	}
	r.summary.Responses++
	block, ok := wr.Block().(gowarc.HttpResponseBlock)
	if !ok {
		return resp, badPayload, nil
	}
	if block.HttpStatusCode() != http.StatusOK {
		return resp, notOK, nil
	}
	h := block.HttpHeader()
	ct := h.Get("Content-Type")
	payload, err := block.PayloadBytes()
	if err != nil {
		return resp, "", err
	}
	body, skip := readBody(payload, h, r.max)
	if skip != "" {
		return resp, skip, nil
	}
	if !isHTML(ct, body) {
		return resp, notHTML, nil
	}
	return Response{
		URI:         wr.WarcHeader().Get(gowarc.WarcTargetURI),
		ContentType: ct,
		Body:        body,
		Offset:      rec.Offset,
	}, "", nil
}

// readBody reads a payload as the page it encodes: de-chunked and
// decompressed as its headers say, no larger than max.
func readBody(payload io.Reader, h *http.Header, max int64) ([]byte, string) {
	r := payload
	if slices.Contains(h.Values("Transfer-Encoding"), "chunked") {
		r = httputil.NewChunkedReader(bufio.NewReader(r))
	}
	switch strings.ToLower(strings.TrimSpace(h.Get("Content-Encoding"))) {
	case "gzip", "x-gzip":
		gz, err := gzip.NewReader(r)
		if err != nil {
			return nil, badPayload
		}
		defer gz.Close()
		r = gz
	case "", "identity":
	default:
		return nil, badPayload // br, deflate, zstd: not read
	}
	body, err := io.ReadAll(io.LimitReader(r, max+1))
	switch {
	case err != nil:
		return nil, badPayload
	case int64(len(body)) > max:
		return nil, tooLarge
	}
	return body, ""
}

// isHTML reports whether a page is HTML: by its Content-Type, or when it
// has none, by its first bytes.
func isHTML(contentType string, body []byte) bool {
	if contentType == "" {
		contentType = http.DetectContentType(body)
	}
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		mt = strings.ToLower(strings.TrimSpace(strings.Split(contentType, ";")[0]))
	}
	return mt == "text/html" || mt == "application/xhtml+xml"
}

// Summary returns what the file held so far: how many records and
// responses, how many pages were used, and why the others were not.
func (r *Reader) Summary() Summary { return r.summary }

// Close releases the reader; it does not close the underlying reader.
func (r *Reader) Close() error { return r.r.Close() }
