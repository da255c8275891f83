package page

import (
	"errors"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/unicode"

	"github.com/extract-news/extract/internal/record"
)

func readPage(t *testing.T, name string) Page {
	t.Helper()
	raw, err := os.ReadFile("../../testdata/pages/" + name)
	if err != nil {
		t.Fatal(err)
	}
	p, err := Read(raw, Options{})
	if err != nil {
		t.Fatalf("Read(%s): %v", name, err)
	}
	return p
}

func TestReadPages(t *testing.T) {
	tests := []struct {
		file   string
		title  string
		meta   record.Meta
		has    []string // in the text
		hasNot []string // not in the text
		nParas int
	}{
		{
			file:  "news-jsonld.html",
			title: "Harbour council approves flood barrier after long dispute",
			meta: record.Meta{
				// The canonical link, not og:url with its tracking query.
				URL: "https://www.westmarch-courier.example/news/2025/03/harbour-flood-barrier",
				// The publisher in JSON-LD, not the WebSite's name.
				Site: "The Westmarch Courier",
				// JSON-LD's authors, not the meta tag's "Courier Staff".
				Authors:   []string{"Imogen Tarrant", "Desmond Okwu"},
				Published: "2025-03-14T07:15:00Z",
				Language:  "en",
			},
			has:    []string{"“We have waited long enough, and the sea has not waited for us,” she said", "Fishermen remain wary"},
			hasNot: []string{"Subscribe", "Most read", "Lighthouse keeper", "All rights reserved", "By Imogen"},
			nParas: 7,
		},
		{
			file:   "windows-1252.html",
			title:  "Café owners protest new terrace rules",
			meta:   record.Meta{Authors: []string{"Rosalind Fairweather"}, Published: "2024-11-02", Language: "en"},
			has:    []string{"“These rules will empty the square in summer,” said Amélie Dufresne", "next week – but", "town’s"},
			hasNot: []string{"Rue des Tanneurs", "Archive"},
			nParas: 5,
		},
		{
			file:  "comments-cookies.html",
			title: "Rail union announces two-day strike over rota changes",
			meta: record.Meta{
				Site: "Northline Post", Authors: []string{"Caspar Lindahl"},
				Published: "2025-01-20T16:45:00Z", Language: "en",
			},
			has:    []string{"“Our members have been patient for a year,” Brack said."},
			hasNot: []string{"cookies", "Accept all", "Comments", "TrainFan88", "replacement buses", "Sign up", "Share this article"},
			nParas: 5,
		},
	}
	for _, tt := range tests {
		p := readPage(t, tt.file)
		if p.Title != tt.title {
			t.Errorf("%s: title %q, want %q", tt.file, p.Title, tt.title)
		}
		if !equalMeta(p.Meta, tt.meta) {
			t.Errorf("%s: meta %+v, want %+v", tt.file, p.Meta, tt.meta)
		}
		if !strings.HasPrefix(p.Text, tt.title+"\n\n") {
			t.Errorf("%s: text does not start with the headline and a blank line: %.80q", tt.file, p.Text)
		}
		paras := strings.Split(p.Text, "\n\n")
		if len(paras) != tt.nParas {
			t.Errorf("%s: %d paragraphs, want %d:\n%s", tt.file, len(paras), tt.nParas, p.Text)
		}
		for _, para := range paras {
			if para == "" || strings.Contains(para, "\n") || strings.TrimSpace(para) != para {
				t.Errorf("%s: paragraph %q is empty, spans lines or has spaces at an end", tt.file, para)
			}
		}
		for _, s := range tt.has {
			if !strings.Contains(p.Text, s) {
				t.Errorf("%s: text lacks %q:\n%s", tt.file, s, p.Text)
			}
		}
		for _, s := range tt.hasNot {
			if strings.Contains(p.Text, s) {
				t.Errorf("%s: text has %q, boilerplate:\n%s", tt.file, s, p.Text)
			}
		}
	}
}

func equalMeta(a, b record.Meta) bool {
	if b.Authors == nil {
		b.Authors = []string{}
	}
	return a.URL == b.URL && a.Site == b.Site && a.Published == b.Published && a.Language == b.Language && slices.Equal(a.Authors, b.Authors)
}

func TestReadNoArticle(t *testing.T) {
	raw, err := os.ReadFile("../../testdata/pages/not-article.html")
	if err != nil {
		t.Fatal(err)
	}
	p, err := Read(raw, Options{URL: "https://media.example/login"})
	if !errors.Is(err, ErrNoArticle) {
		t.Errorf("Read(not-article.html): error %v, want ErrNoArticle", err)
	}
	if p.Text != p.Title || p.Meta.URL != "https://media.example/login" || p.Meta.Authors == nil {
		t.Errorf("Read(not-article.html) = %+v, want the title alone as text, the URL given and no authors", p)
	}
}

// TestReadBad feeds Read what is not a good page: it must not panic, and
// what it gives must be valid UTF-8 without NUL bytes.
func TestReadBad(t *testing.T) {
	for _, in := range []string{
		"", " ", "<", "<<<>>>", "<html", "<p>unclosed <b><i>nested", "</p></div></body>",
		"\x00\x00\x00", "<p>nul\x00inside</p>", "\xff\xfe<\x00p\x00>\x00", "<meta charset=\"x-unknown\"><p>a</p>",
		"<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"author\": [[[[]]]], \"headline\": 7}</script>",
		"<script type=\"application/ld+json\">[{\"@graph\": {\"@graph\": null}}]</script>",
		strings.Repeat("<div>", 5000) + "deep" + strings.Repeat("</div>", 5000),
		"<title>\x01\x02ctrl</title><p>" + strings.Repeat("Words in a sentence. ", 40) + "</p>",
	} {
		p, err := Read([]byte(in), Options{})
		if err != nil && strings.HasPrefix(in, "<div><div>") {
			// x/net/html refuses nesting over 512 deep: an error, no panic.
			continue
		}
		if err != nil && !errors.Is(err, ErrNoArticle) {
			t.Errorf("Read(%.40q): %v", in, err)
		}
		for _, s := range []string{p.Text, p.Title, p.Meta.Site, p.Meta.URL} {
			if !utf8.ValidString(s) || strings.ContainsAny(s, "\x00\x01") {
				t.Errorf("Read(%.40q) gave %q: not valid UTF-8, or with control bytes", in, s)
			}
		}
		if p.Meta.Authors == nil {
			t.Errorf("Read(%.40q): nil authors", in)
		}
	}
}

func TestDecode(t *testing.T) {
	sjis, err := japanese.ShiftJIS.NewEncoder().String("<p>東京の記者</p>")
	if err != nil {
		t.Fatal(err)
	}
	utf16, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String("<p>naïve</p>")
	if err != nil {
		t.Fatal(err)
	}
	pad := "<!-- " + strings.Repeat("padding ", 200) + "-->"
	tests := []struct {
		name, raw, contentType, want string
	}{
		{"UTF-8", "<p>naïve “quote”</p>", "", "<p>naïve “quote”</p>"},
		{"UTF-8, its first 1,024 bytes ASCII", pad + "<p>naïve</p>", "", pad + "<p>naïve</p>"},
		{"Shift_JIS by HTTP header", sjis, "text/html; charset=Shift_JIS", "<p>東京の記者</p>"},
		{"ISO-8859-1 by meta", "<meta charset=iso-8859-1><p>caf\xe9</p>", "", "<meta charset=iso-8859-1><p>café</p>"},
		{"Windows-1252 by meta after 1,024 bytes", pad + "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"><p>\x93q\x94</p>",
			"", pad + "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"><p>“q”</p>"},
		{"header over meta", "<meta charset=utf-8><p>caf\xe9</p>", "text/html; charset=iso-8859-1", "<meta charset=utf-8><p>café</p>"},
		{"undeclared, not UTF-8: sniffed", "<p>caf\xe9 \x93q\x94</p>", "", "<p>café “q”</p>"},
		{"UTF-16 with BOM", utf16, "", "<p>naïve</p>"},
	}
	for _, tt := range tests {
		if got := string(decode([]byte(tt.raw), tt.contentType)); got != tt.want {
			t.Errorf("%s: decode = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestIsoDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2025-03-14T08:15:00+01:00", "2025-03-14T07:15:00Z"},
		{"2025-03-14T07:15:00Z", "2025-03-14T07:15:00Z"},
		{"2025-03-14T07:15:00.123Z", "2025-03-14T07:15:00Z"},
		{"2025-03-14T07:15:00+0000", "2025-03-14T07:15:00Z"},
		{"2025-03-14T07:15:00", "2025-03-14"},
		{"2025-03-14", "2025-03-14"},
		{" 2025/03/14 ", "2025-03-14"},
		{"Fri, 14 Mar 2025 07:15:00 GMT", "2025-03-14T07:15:00Z"},
		{"yesterday", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := isoDate(tt.in); got != tt.want {
			t.Errorf("isoDate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestLanguageCode(t *testing.T) {
	tests := []struct{ in, want string }{
		{"en-GB", "en"}, {"en_US", "en"}, {"FR", "fr"}, {"de, en", "de"}, {"english", ""}, {"x", ""}, {"", ""}, {"12", ""},
	}
	for _, tt := range tests {
		if got := languageCode(tt.in); got != tt.want {
			t.Errorf("languageCode(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestAuthors(t *testing.T) {
	tests := []struct {
		in   []string
		want []string
	}{
		{[]string{"By Imogen Tarrant and Desmond Okwu"}, []string{"Imogen Tarrant", "Desmond Okwu"}},
		{[]string{"Rosalind Fairweather; Tom Hale", "Tom Hale"}, []string{"Rosalind Fairweather", "Tom Hale"}},
		{[]string{"Lena Marsh, Staff Reporter"}, []string{"Lena Marsh"}},
		{[]string{"https://news.example/staff/lena", "desk@news.example", ""}, []string{}},
	}
	for _, tt := range tests {
		if got := authors(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("authors(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
