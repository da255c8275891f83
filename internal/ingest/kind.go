package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// Input kinds: how a file is read (Options.Kind).
const (
	Auto  = "auto"  // by the file's name, else by its first bytes
	Text  = "text"  // the file is one article, plain text
	HTML  = "html"  // the file is one web page
	WARC  = "warc"  // the file is a WARC archive: one page per HTML response
	JSONL = "jsonl" // each line of the file is one article, {"id": ..., "text": ...}
)

// Kinds lists the values Options.Kind may take.
var Kinds = []string{Auto, Text, HTML, WARC, JSONL}

// DefaultIncludes are the globs a directory's files must match when
// Options.Include is empty and the kind is Auto: plain text, web pages and
// WARC files.
var DefaultIncludes = []string{"*.txt", "*.html", "*.htm", "*.warc.gz", "*.warc"}

// kindByName returns the kind a file's name says, with or without a .gz
// ending, or "" when the name says nothing.
func kindByName(name string) string {
	name = strings.ToLower(strings.TrimSuffix(strings.ToLower(name), ".gz"))
	switch filepath.Ext(name) {
	case ".txt":
		return Text
	case ".html", ".htm", ".xhtml":
		return HTML
	case ".warc":
		return WARC
	case ".jsonl":
		return JSONL
	}
	return ""
}

// isGzip reports whether b starts as gzip data does.
func isGzip(b []byte) bool {
	return len(b) >= 2 && b[0] == 0x1f && b[1] == 0x8b
}

// kindByContent returns the kind the first bytes of an input say: a WARC
// record, an HTML document's opening, else plain text.
func kindByContent(b []byte) string {
	b = bytes.TrimPrefix(b, []byte("\ufeff"))
	if bytes.HasPrefix(b, []byte("WARC/")) {
		return WARC
	}
	b = bytes.TrimLeft(b, " \t\r\n\f")
	for _, open := range []string{"<!doctype html", "<html", "<head", "<!--", "<?xml"} {
		if len(b) >= len(open) && strings.EqualFold(string(b[:len(open)]), open) {
			if open == "<!--" || open == "<?xml" {
				// A comment or an XML declaration first: HTML only if an
				// <html> tag follows soon.
				return htmlSoon(b)
			}
			return HTML
		}
	}
	return Text
}

func htmlSoon(b []byte) string {
	if bytes.Contains(bytes.ToLower(b[:min(len(b), 1024)]), []byte("<html")) {
		return HTML
	}
	return Text
}

// sniffLen is how many bytes are read to tell an input's kind.
const sniffLen = 1024

// sniffFile returns the kind of the file at path by its first bytes,
// decompressed if it is gzip data. A file that cannot be read is Text:
// reading it fails later, and says why.
func sniffFile(path string) string {
	f, err := os.Open(path)
	if err != nil {
		return Text
	}
	defer f.Close()
	return sniff(bufio.NewReaderSize(f, sniffLen))
}

// sniff returns the kind of the input br reads, by its first bytes,
// without consuming them.
func sniff(br *bufio.Reader) string {
	head, _ := br.Peek(sniffLen)
	if isGzip(head) {
		gz, err := gzip.NewReader(bytes.NewReader(head))
		if err != nil {
			return Text
		}
		head, _ = io.ReadAll(io.LimitReader(readPartial{gz}, sniffLen))
		if bytes.HasPrefix(head, []byte("WARC/")) {
			return WARC
		}
	}
	return kindByContent(head)
}

// readPartial turns the io.ErrUnexpectedEOF of a gzip stream cut short
// into io.EOF, so that the start of a large file can be read from its
// first bytes.
type readPartial struct{ r io.Reader }

func (p readPartial) Read(b []byte) (int, error) {
	n, err := p.r.Read(b)
	if err == io.ErrUnexpectedEOF {
		err = io.EOF
	}
	return n, err
}

// Count returns how many articles args name, listing files without
// reading them, and false when it cannot tell without reading them: when a
// file holds many articles (WARC, JSON Lines) or ctx is done first.
func Count(ctx context.Context, args []string, o Options) (int, bool) {
	kind := o.kind()
	if kind == WARC || kind == JSONL {
		return 0, false
	}
	n := 0
	for in := range inputs(args, o) {
		if ctx.Err() != nil {
			return 0, false
		}
		if kind == Auto && in.Err == nil && in.path != "" {
			if k := kindByName(in.path); k == WARC || k == JSONL || k == "" && sniffFile(in.path) == WARC {
				return 0, false
			}
		}
		n++
	}
	return n, true
}
