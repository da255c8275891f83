package page

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"

	"github.com/extract-news/extract/internal/record"
)

// A Page is what Read found in a web page.
type Page struct {
	// Title is the article's headline, or "".
	Title string
	// Text is the article text: the headline, a blank line, then the
	// body's paragraphs separated by blank lines. It is valid UTF-8
	// without NUL bytes, and empty when the page holds no article.
	Text string
	// Meta is what the page said about itself.
	Meta record.Meta
}

// Options say what is known of a page besides its bytes.
type Options struct {
	// URL is the address the page was fetched from (a WARC record's
	// target URI), or "". The page's canonical link, when it has one,
	// takes its place in Meta.URL.
	URL string
	// ContentType is the HTTP Content-Type header the page was served
	// with, or "": its charset parameter says how the page is encoded.
	ContentType string
}

// ErrNoArticle is the error of a page in which no article text was found.
var ErrNoArticle = errors.New("no article text found in the page")

// Read reads the article text and metadata of a web page. The page's bytes
// are decoded to UTF-8 from the character set that the Content-Type, a
// byte order mark or a <meta charset> declares, else from the one they look
// like. Malformed HTML is read as browsers read it. A page with no article
// gives a Page with what metadata it has, and an error wrapping
// ErrNoArticle.
func Read(raw []byte, o Options) (p Page, err error) {
	defer func() {
		// The extractors are third-party code run on any bytes at all: a
		// panic in them is one page's error, not the program's.
		if r := recover(); r != nil {
			p, err = Page{Meta: record.Meta{Authors: []string{}}}, fmt.Errorf("internal error reading the page: %v", r)
		}
	}()
	doc, err := parse(raw, o.ContentType)
	if err != nil {
		return Page{Meta: record.Meta{Authors: []string{}}}, err
	}
	m := readMeta(doc, o.URL)
	opts := extractOptions()
	if m.Published != "" {
		// The page's metadata gave the date: go-htmldate need not look
		// for one in the whole page, which costs a tenth of the time.
		opts.HtmlDateMode = trafilatura.Disabled
	}
	res, err := trafilatura.ExtractDocument(doc, opts)
	p.Meta = m.Meta
	if res != nil {
		m.merge(res.Metadata)
		p.Meta = m.Meta
	}
	p.Title = m.title
	var paras []string
	if err == nil && res != nil {
		paras = paragraphs(res.ContentNode)
	}
	if len(paras) > 0 && p.Title != "" && isHeadline(paras[0], p.Title) {
		// The body starts with the headline, often without the site's
		// name that the page's title adds: that is the headline.
		p.Title = paras[0]
		for len(paras) > 0 && paras[0] == p.Title {
			paras = paras[1:]
		}
	}
	if !isArticle(paras) {
		p.Text = p.Title
		return p, ErrNoArticle
	}
	if p.Title != "" {
		paras = append([]string{p.Title}, paras...)
	}
	p.Text = strings.Join(paras, "\n\n")
	return p, nil
}

// extractOptions are go-trafilatura's options as the benchmark of
// ../shared/eval/html rewards them: the fallback extractors on, comments
// left out, the default balance of precision and recall, and go-htmldate
// in its fast mode (without go-dateparser, whose regular expressions are
// slow) when a date must be looked for.
func extractOptions() trafilatura.Options {
	return trafilatura.Options{
		EnableFallback:  true,
		ExcludeComments: true,
		Focus:           trafilatura.Balanced,
		HtmlDateMode:    trafilatura.Fast,
	}
}

// parse decodes raw to UTF-8 and parses it as HTML.
func parse(raw []byte, contentType string) (*html.Node, error) {
	doc, err := html.Parse(bytes.NewReader(decode(raw, contentType)))
	if err != nil {
		return nil, fmt.Errorf("parse HTML: %w", err)
	}
	return doc, nil
}

// Clean returns s as one line of valid UTF-8: white space runs (line breaks
// included) become one space, control characters and NUL bytes go, and the
// ends are trimmed.
func clean(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r) || r == '\u200b':
			space = b.Len() > 0
			continue
		case unicode.IsControl(r) || r == utf8.RuneError && false:
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// isArticle reports whether the paragraphs found are an article: at least
// one sentence, or at least 50 words. When neither go-trafilatura nor its
// fallbacks find an article, it falls back to the page's whole text, which
// on a page with no article (a sign-in form, a gallery) is a line of menu
// words.
func isArticle(paras []string) bool {
	words := 0
	for _, p := range paras {
		words += len(strings.Fields(p))
		if strings.ContainsAny(p, ".!?。") && words >= 5 {
			return true
		}
	}
	return words >= 50
}

// isHeadline reports whether para, the first paragraph of a body, is the
// page's title, or the part of it that a site's name leaves ("Storm hits
// coast" of "Storm hits coast | The Daily Bugle").
func isHeadline(para, title string) bool {
	para, title = strings.ToLower(para), strings.ToLower(title)
	if para == title {
		return true
	}
	return len(strings.Fields(para)) >= 3 && strings.Contains(title, para)
}

var _ = io.EOF
