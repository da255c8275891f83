package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/extract-news/extract/internal/record"
	"github.com/extract-news/extract/internal/record/recordtest"
	"github.com/extract-news/extract/internal/testtree"
	"github.com/extract-news/extract/internal/warc"
)

// TestGoldenPages runs extract on each testdata/pages/NAME.html, from
// inside that folder, and compares the output to
// testdata/golden/pages/NAME.yaml, as TestGolden does for articles. A page
// with no article gives its record and a warning, nothing else on stderr.
func TestGoldenPages(t *testing.T) {
	_, pages, _ := goldenInputs(t, "pages", ".html", "golden/pages")
	for _, c := range pages {
		t.Run(c.name, func(t *testing.T) {
			wantStderr := ""
			if c.name == "not-article.html" {
				wantStderr = "extract: not-article.html: warning: no article text found in the page\n"
			}
			records := runGolden(t, c.name, c.golden, wantStderr)
			if len(records) != 1 || records[0].Input != record.InputHTML || !strings.HasPrefix(records[0].Text, records[0].Title) {
				t.Errorf("%s: want one record of input html whose text starts with its title", c.golden)
			}
		})
	}
}

// pageURIs are the target URIs the test WARC file gives the test pages.
var pageURIs = map[string]string{
	"comments-cookies.html": "https://northline-post.example/business/rail-strike",
	"news-jsonld.html":      "https://www.westmarch-courier.example/news/2025/03/harbour-flood-barrier",
	"not-article.html":      "https://media.example/login",
	"windows-1252.html":     "http://valdrenne-gazette.example/local/terraces.htm",
}

// writeWARC writes the test pages, in the order of names, into a WARC file
// at path, each a response with status 200 and the charset of the page
// said in the HTTP header too, among a request and a response that is no
// page.
func writeWARC(t *testing.T, path string, names []string) {
	t.Helper()
	var buf bytes.Buffer
	w := warc.NewWriter(&buf, strings.HasSuffix(path, ".gz"))
	for _, name := range names {
		body, err := os.ReadFile(filepath.Join("../../testdata/pages", name))
		if err != nil {
			t.Fatal(err)
		}
		ct := "Content-Type: text/html; charset=utf-8"
		if name == "windows-1252.html" {
			ct = "Content-Type: text/html; charset=windows-1252"
		}
		uri := pageURIs[name]
		if err := w.WriteRecord(1<<3, uri, "application/http;msgtype=request", []byte("GET / HTTP/1.1\r\nHost: example\r\n\r\n")); err != nil {
			t.Fatal(err)
		}
		if err := w.WriteResponse(uri, 200, []string{ct}, body); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.WriteResponse("https://media.example/logo.png", 200, []string{"Content-Type: image/png"}, []byte("\x89PNG")); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// jsonRecords runs extract --format json on args and returns its records,
// its stderr and its exit code.
func jsonRecords(t *testing.T, args ...string) ([]record.Record, string, int) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := Run(t.Context(), append([]string{"--format", "json"}, args...), nil, &stdout, &stderr)
	var out []record.Record
	dec := json.NewDecoder(&stdout)
	for dec.More() {
		var r record.Record
		if err := dec.Decode(&r); err != nil {
			t.Fatal(err)
		}
		out = append(out, r)
	}
	return out, stderr.String(), code
}

// TestWARCSameAsPages checks that the test pages inside a WARC file give
// the records they give as files, but for the source (the WARC file's path,
// "#" and the target URI) and meta.url (the target URI).
func TestWARCSameAsPages(t *testing.T) {
	pages, _ := filepath.Glob("../../testdata/pages/*.html")
	var names []string
	for _, p := range pages {
		names = append(names, filepath.Base(p))
	}
	for _, file := range []string{"crawl.warc.gz", "crawl.warc"} {
		path := filepath.Join(t.TempDir(), file)
		writeWARC(t, path, names)
		fromWARC, stderr, code := jsonRecords(t, "--jobs", "3", path)
		direct, _, _ := jsonRecords(t, pages...)
		if code != ExitOK {
			t.Errorf("extract %s: exit %d, want 0", file, code)
		}
		wantStderr := "extract: " + path + "#" + pageURIs["not-article.html"] + ": warning: no article text found in the page\n" +
			"extract: " + path + ": 9 records: 5 responses, 4 used (1 not HTML); 4 other records (4 request)\n"
		if stderr != wantStderr {
			t.Errorf("extract %s: stderr\n%s\nwant\n%s", file, stderr, wantStderr)
		}
		if len(fromWARC) != len(direct) {
			t.Fatalf("extract %s: %d records, want %d", file, len(fromWARC), len(direct))
		}
		for i, r := range fromWARC {
			name := names[i]
			if want := path + "#" + pageURIs[name]; r.Source != want || r.Meta.URL != pageURIs[name] {
				t.Errorf("record %d: source %q, meta.url %q, want %q and %q", i, r.Source, r.Meta.URL, want, pageURIs[name])
			}
			r.Source, r.Meta.URL = direct[i].Source, direct[i].Meta.URL
			got, _ := json.Marshal(r)
			want, _ := json.Marshal(direct[i])
			if !bytes.Equal(got, want) {
				t.Errorf("%s in %s: record differs from the page's as a file:\n%s\nwant\n%s", name, file, got, want)
			}
			if err := record.Validate(r, nil); err != nil {
				t.Errorf("%s in %s: %v", name, file, err)
			}
		}
	}
}

// TestWARCCorrupt checks that a WARC file cut short keeps the records before
// the break, names the file and the offset, and exits 1.
func TestWARCCorrupt(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "cut.warc.gz")
	writeWARC(t, path, []string{"news-jsonld.html", "windows-1252.html"})
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	// Cut inside the response of the second page.
	last := bytes.LastIndex(b, []byte{0x1f, 0x8b, 8}) // the PNG response
	cut := b[:last-100]
	if err := os.WriteFile(path, cut, 0o644); err != nil {
		t.Fatal(err)
	}
	recs, stderr, code := jsonRecords(t, path)
	if code != ExitFailure {
		t.Errorf("exit %d, want %d", code, ExitFailure)
	}
	if len(recs) != 1 || recs[0].Title != "Harbour council approves flood barrier after long dispute" {
		t.Errorf("got %d records, want the first page's", len(recs))
	}
	if !strings.Contains(stderr, "extract: "+path+": corrupt WARC record at offset ") ||
		!strings.Contains(stderr, "extract: "+path+": 3 records: 1 response, 1 used; 2 other records (2 request)") {
		t.Errorf("stderr:\n%s\nwant the corrupt record's offset and the summary", stderr)
	}
}

// TestFolderOfPages checks the kinds a folder walk takes by default, and
// that a page's record keeps the contract against its text.
func TestFolderOfPages(t *testing.T) {
	dir := t.TempDir()
	writeWARC(t, filepath.Join(dir, "b.warc.gz"), []string{"windows-1252.html"})
	page, err := os.ReadFile("../../testdata/pages/comments-cookies.html")
	if err != nil {
		t.Fatal(err)
	}
	testtree.Write(t, dir, map[string]string{
		"a.txt":      "Mayor Lena Holt said the bridge would reopen.\n",
		"c.html":     string(page),
		"sub/d.htm":  string(page),
		"e.md":       "not taken",
		"f.html.bak": "not taken",
	})
	var stdout, stderr bytes.Buffer
	if code := Run(t.Context(), []string{dir}, nil, &stdout, &stderr); code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	records := recordtest.CheckStream(t, stdout.Bytes(), func(string) ([]byte, bool) {
		return []byte("Mayor Lena Holt said the bridge would reopen.\n"), true
	})
	var got []string
	for _, r := range records {
		got = append(got, strings.TrimPrefix(r.Source, dir+string(filepath.Separator))+" "+r.Input)
	}
	want := []string{"a.txt text", "b.warc.gz#" + pageURIs["windows-1252.html"] + " html", "c.html html", "sub/d.htm html"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("extract DIR read\n\t%s\nwant\n\t%s", strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
	}
	if !strings.Contains(stderr.String(), "b.warc.gz: 3 records: 2 responses, 1 used (1 not HTML); 1 other record (1 request)") {
		t.Errorf("stderr lacks the WARC file's summary:\n%s", stderr.String())
	}
}
