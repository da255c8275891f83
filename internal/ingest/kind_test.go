package ingest

import (
	"bytes"
	"compress/gzip"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/extract-news/extract/internal/record"
	"github.com/extract-news/extract/internal/testtree"
	"github.com/extract-news/extract/internal/warc"
)

func gzipped(t *testing.T, s string) string {
	t.Helper()
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	if _, err := w.Write([]byte(s)); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// kindListing describes an Input by its source, what it is read as, and
// its text or its error.
func kindListing(in Input) string {
	if in.Note != "" {
		return "note: " + in.Note
	}
	text, err := in.Read()
	if err != nil {
		return in.Source + " error: " + err.Error()
	}
	return in.Source + " " + in.About.Input + " " + string(text)
}

func TestInputsAuto(t *testing.T) {
	t.Chdir(t.TempDir())
	const page = "<!DOCTYPE html><p>Page.</p>"
	testtree.Write(t, ".", map[string]string{
		"a.txt":          "<html>plain text, by its name",
		"b.html":         "not even HTML, but named so",
		"c.htm":          page,
		"d.xhtml":        page,
		"e.html.gz":      gzipped(t, page),
		"f.txt.gz":       gzipped(t, "Gzipped text."),
		"g":              "  <HTML lang=en><p>sniffed</p>",
		"h.md":           "# Markdown is text",
		"i.dat":          gzipped(t, "<!doctype html><p>gzip, sniffed</p>"),
		"j":              "<!-- a comment --><html><p>x</p>",
		"k":              "<!-- only a comment -->",
		"dir/x.txt":      "x",
		"dir/y.html":     page,
		"dir/z.md":       "not taken",
		"dir/w.warc.bad": "not taken",
	})
	o := Options{Kind: Auto, Stdin: strings.NewReader(page)}
	var got []string
	for in := range Inputs([]string{"a.txt", "b.html", "c.htm", "d.xhtml", "e.html.gz", "f.txt.gz", "g", "h.md", "i.dat", "j", "k", "dir", "-"}, o) {
		got = append(got, kindListing(in))
	}
	want := []string{
		"a.txt text <html>plain text, by its name",
		"b.html html not even HTML, but named so",
		"c.htm html " + page,
		"d.xhtml html " + page,
		"e.html.gz html " + page,
		"f.txt.gz text Gzipped text.",
		"g html   <HTML lang=en><p>sniffed</p>",
		"h.md text # Markdown is text",
		"i.dat html <!doctype html><p>gzip, sniffed</p>",
		"j html <!-- a comment --><html><p>x</p>",
		"k text <!-- only a comment -->",
		"dir/x.txt text x",
		"dir/y.html html " + page,
		"- html " + page,
	}
	sameListing(t, "Inputs(auto)", got, want)
}

// TestReadGzipBomb checks that the decompressed size is what --max-bytes
// limits: a small file that inflates to more fails without being inflated
// whole.
func TestReadGzipBomb(t *testing.T) {
	dir := t.TempDir()
	bomb := gzipped(t, strings.Repeat("a", 10<<20))
	testtree.Write(t, dir, map[string]string{"bomb.txt.gz": bomb, "bomb.html.gz": bomb, "cut.txt.gz": gzipped(t, "abc")[:12]})
	if len(bomb) > 64<<10 {
		t.Fatalf("the bomb is %d bytes compressed", len(bomb))
	}
	for _, name := range []string{"bomb.txt.gz", "bomb.html.gz"} {
		for in := range Inputs([]string{filepath.Join(dir, name)}, Options{Kind: Auto, MaxBytes: 1 << 20}) {
			_, err := in.Read()
			if e, ok := errors.AsType[*TooLargeError](err); !ok || e.Size != -1 {
				t.Errorf("%s: error %v, want a *TooLargeError of unknown size", name, err)
			}
		}
	}
	for in := range Inputs([]string{filepath.Join(dir, "cut.txt.gz")}, Options{Kind: Auto}) {
		if _, err := in.Read(); err == nil || !strings.Contains(err.Error(), "gzip: unexpected EOF") {
			t.Errorf("cut.txt.gz: error %v, want gzip: unexpected EOF", err)
		}
	}
}

func TestInputsKindForced(t *testing.T) {
	t.Chdir(t.TempDir())
	testtree.Write(t, ".", map[string]string{"a.txt": "<html><p>x</p>", "b.html": "plain"})
	for _, tt := range []struct {
		kind string
		want []string
	}{
		{Text, []string{"a.txt text <html><p>x</p>", "b.html text plain"}},
		{HTML, []string{"a.txt html <html><p>x</p>", "b.html html plain"}},
	} {
		var got []string
		for in := range Inputs([]string{"a.txt", "b.html"}, Options{Kind: tt.kind}) {
			got = append(got, kindListing(in))
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("Inputs(%s) = %q, want %q", tt.kind, got, tt.want)
		}
	}
}

func TestInputsLinesMeta(t *testing.T) {
	t.Chdir(t.TempDir())
	testtree.Write(t, ".", map[string]string{
		"in.jsonl.gz": gzipped(t, strings.Join([]string{
			`{"id": "a", "text": "A.", "url": "https://news.example/a", "title": "Headline A", "published": "2025-03-14", "authors": ["Ann Bell", "Cy Dunn"]}`,
			`{"id": "b", "text": "B.", "authors": "Eve Fox"}`,
			`{"id": "c", "text": "C.", "authors": 7}`,
			`{"id": "d", "text": "D.", "url": 7}`,
		}, "\n")),
	})
	var got []string
	for in := range Inputs([]string{"in.jsonl.gz"}, Options{Kind: Auto}) {
		if in.Err != nil {
			got = append(got, in.Err.Error())
			continue
		}
		a := in.About
		got = append(got, strings.Join([]string{in.Source, a.Input, a.Title, a.Meta.URL, a.Meta.Published, strings.Join(a.Meta.Authors, "+")}, "|"))
	}
	want := []string{
		"a|text|Headline A|https://news.example/a|2025-03-14|Ann Bell+Cy Dunn",
		"b|text||||Eve Fox",
		`in.jsonl.gz: line 3: "authors" is 7, want a list of names`,
		`in.jsonl.gz: line 4: "url" is number, want a string`,
	}
	sameListing(t, "Inputs(in.jsonl.gz)", got, want)
}

func TestInputsWARC(t *testing.T) {
	dir := t.TempDir()
	var file bytes.Buffer
	w := warc.NewWriter(&file, true)
	for _, err := range []error{
		w.WriteResponse("https://news.example/one", 200, []string{"Content-Type: text/html; charset=iso-8859-1"}, []byte("<p>caf\xe9</p>")),
		w.WriteResponse("https://news.example/two", 404, []string{"Content-Type: text/html"}, []byte("<p>gone</p>")),
		w.WriteResponse("https://news.example/three", 200, []string{"Content-Type: text/html"}, []byte("<p>three</p>")),
	} {
		if err != nil {
			t.Fatal(err)
		}
	}
	good := file.Bytes()
	testtree.Write(t, dir, map[string]string{
		"crawl.warc.gz":     string(good),
		"cut.warc.gz":       string(good[:len(good)-20]),
		"sub/named.archive": string(good),
	})
	crawl := filepath.Join(dir, "crawl.warc.gz")
	var got []string
	for in := range Inputs([]string{crawl, filepath.Join(dir, "cut.warc.gz"), filepath.Join(dir, "sub")}, Options{Kind: Auto, Include: []string{"*.archive"}}) {
		s := kindListing(in)
		if in.Note == "" && in.Err == nil {
			s += " " + in.About.Meta.URL + " " + in.About.ContentType + " " + in.Rel
		}
		got = append(got, strings.ReplaceAll(s, dir+string(filepath.Separator), ""))
	}
	want := []string{
		"crawl.warc.gz#https://news.example/one html <p>caf\xe9</p> https://news.example/one text/html; charset=iso-8859-1 crawl/000001.html",
		"crawl.warc.gz#https://news.example/three html <p>three</p> https://news.example/three text/html crawl/000002.html",
		"note: crawl.warc.gz: 3 records: 3 responses, 2 used (1 HTTP status not 200)",
		"cut.warc.gz#https://news.example/one html <p>caf\xe9</p> https://news.example/one text/html; charset=iso-8859-1 cut/000001.html",
		"cut.warc.gz error: cut.warc.gz: corrupt WARC record at offset " + strconv.Itoa(bytes.LastIndex(good, []byte{0x1f, 0x8b, 8})) + ": unexpected EOF",
		"note: cut.warc.gz: 2 records: 2 responses, 1 used (1 HTTP status not 200)",
		"sub/named.archive#https://news.example/one html <p>caf\xe9</p> https://news.example/one text/html; charset=iso-8859-1 named.archive/000001.html",
		"sub/named.archive#https://news.example/three html <p>three</p> https://news.example/three text/html named.archive/000002.html",
		"note: sub/named.archive: 3 records: 3 responses, 2 used (1 HTTP status not 200)",
	}
	sameListing(t, "Inputs(WARC files)", got, want)
	if in := first(Inputs([]string{crawl}, Options{Kind: Auto})); in.About.Input != record.InputHTML {
		t.Errorf("a WARC response reads as %q, want html", in.About.Input)
	}
	if _, err := os.Stat(crawl); err != nil {
		t.Fatal(err)
	}
}

func first[T any](seq func(func(T) bool)) T {
	var v T
	for x := range seq {
		return x
	}
	return v
}
