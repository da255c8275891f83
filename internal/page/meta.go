package page

import (
	"encoding/json"
	"net/url"
	"slices"
	"strings"
	"time"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/extract-news/extract/internal/record"
)

// found is what a page's markup says about it, each field from its most
// trusted source first: JSON-LD, then Open Graph and other meta tags, then
// the rest of the page.
type found struct {
	titles    []string
	urls      []string
	sites     []string
	authors   [][]string
	dates     []string
	languages []string
}

// meta is the metadata of a page, with its headline.
type meta struct {
	record.Meta
	title string
}

// readMeta reads what doc says about itself; fetched is the address it
// was fetched from, or "", against which a relative canonical link is
// read.
func readMeta(doc *html.Node, fetched string) meta {
	var f found
	var ld, tags, late found // JSON-LD first, then meta tags, then the rest
	walkMeta(doc, &ld, &tags, &late)
	// The canonical link (first of tags.urls) outranks JSON-LD's url.
	f.urls = append(append(f.urls, tags.urls...), ld.urls...)
	for _, g := range []*found{&ld, &tags, &late} {
		f.titles = append(f.titles, g.titles...)
		f.sites = append(f.sites, g.sites...)
		f.authors = append(f.authors, g.authors...)
		f.dates = append(f.dates, g.dates...)
		f.languages = append(f.languages, g.languages...)
	}
	m := meta{Meta: record.Meta{Authors: []string{}}}
	m.title = first(f.titles, clean)
	m.URL = first(f.urls, func(s string) string { return absURL(s, fetched) })
	if m.URL == "" {
		m.URL = absURL(fetched, "")
	}
	m.Site = first(f.sites, clean)
	for _, names := range f.authors {
		if a := authors(names); len(a) > 0 {
			m.Authors = a
			break
		}
	}
	m.Published = first(f.dates, isoDate)
	m.Language = first(f.languages, languageCode)
	return m
}

// merge fills what the page's markup left empty from what go-trafilatura
// found: its cleaned title, its author line, its site name and the date
// its date finding (go-htmldate) read from the whole page.
func (m *meta) merge(t trafilatura.Metadata) {
	if s := clean(t.Title); s != "" {
		m.title = s // trafilatura's title drops a " | Site" tail
	}
	if len(m.Authors) == 0 && t.Author != "" {
		m.Authors = authors(strings.Split(t.Author, ";"))
	}
	if m.Site == "" {
		m.Site = clean(t.Sitename)
	}
	if m.URL == "" && t.URL != "" {
		m.URL = absURL(t.URL, "")
	}
	if m.Published == "" && !t.Date.IsZero() {
		m.Published = t.Date.UTC().Format("2006-01-02")
	}
}

// first returns the first of values that norm leaves non-empty, normed.
func first(values []string, norm func(string) string) string {
	for _, v := range values {
		if s := norm(v); s != "" {
			return s
		}
	}
	return ""
}

// walkMeta collects the metadata of the subtree n: JSON-LD into ld, meta
// and link tags into tags, the <html lang> and <title> into late.
func walkMeta(n *html.Node, ld, tags, late *found) {
	if n.Type == html.ElementNode {
		switch n.DataAtom {
		case atom.Html:
			late.languages = append(late.languages, attr(n, "lang"), attr(n, "xml:lang"))
		case atom.Title:
			if n.FirstChild != nil && n.FirstChild.Type == html.TextNode {
				late.titles = append(late.titles, n.FirstChild.Data)
			}
		case atom.Script:
			if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") && n.FirstChild != nil {
				readJSONLD(n.FirstChild.Data, ld)
			}
			return
		case atom.Link:
			if hasWord(attr(n, "rel"), "canonical") {
				tags.urls = append([]string{attr(n, "href")}, tags.urls...)
			}
		case atom.Meta:
			metaTag(n, tags)
		case atom.Time:
			if attr(n, "itemprop") == "datePublished" || attr(n, "pubdate") != "" {
				late.dates = append(late.dates, attr(n, "datetime"))
			}
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walkMeta(c, ld, tags, late)
	}
}

// metaTag reads one <meta> tag into f.
func metaTag(n *html.Node, f *found) {
	key := strings.ToLower(attr(n, "property"))
	if key == "" {
		key = strings.ToLower(attr(n, "name"))
	}
	if key == "" {
		key = strings.ToLower(attr(n, "itemprop"))
	}
	content := attr(n, "content")
	if strings.EqualFold(attr(n, "http-equiv"), "content-language") {
		f.languages = append(f.languages, content)
		return
	}
	switch key {
	case "og:title", "twitter:title":
		f.titles = append(f.titles, content)
	case "og:url":
		f.urls = append(f.urls, content)
	case "og:site_name", "application-name":
		f.sites = append(f.sites, content)
	case "author", "article:author", "byl", "dc.creator", "sailthru.author", "parsely-author", "citation_author":
		if !strings.Contains(content, "://") { // article:author is often a profile page
			f.authors = append(f.authors, []string{content})
		}
	case "article:published_time", "datepublished", "date", "pubdate", "publishdate", "publish-date",
		"dc.date", "dc.date.issued", "dcterms.date", "sailthru.date", "parsely-pub-date", "citation_publication_date",
		"og:published_time", "article.published":
		f.dates = append(f.dates, content)
	case "og:locale", "language", "dc.language":
		f.languages = append(f.languages, content)
	}
}

// readJSONLD reads the metadata of the objects in one JSON-LD script:
// those of an article (Article, NewsArticle, BlogPosting and the like)
// come first, then those of any other object (a WebPage, an Organization).
func readJSONLD(src string, f *found) {
	var v any
	if json.Unmarshal([]byte(strings.TrimSpace(src)), &v) != nil {
		return
	}
	var articles, others []map[string]any
	var collect func(v any, depth int)
	collect = func(v any, depth int) {
		if depth > 8 {
			return
		}
		switch v := v.(type) {
		case []any:
			for _, x := range v {
				collect(x, depth+1)
			}
		case map[string]any:
			if g, ok := v["@graph"]; ok {
				collect(g, depth+1)
			}
			if isArticleType(v["@type"]) {
				articles = append(articles, v)
			} else {
				others = append(others, v)
			}
		}
	}
	collect(v, 0)
	for _, o := range articles {
		f.titles = append(f.titles, str(o["headline"]), str(o["name"]))
		f.urls = append(f.urls, str(o["url"]), id(o["mainEntityOfPage"]))
		f.sites = append(f.sites, name(o["publisher"]))
		f.authors = append(f.authors, names(o["author"]))
		f.dates = append(f.dates, str(o["datePublished"]), str(o["dateCreated"]))
		f.languages = append(f.languages, str(o["inLanguage"]))
	}
	for _, o := range others {
		if types(o["@type"], "WebSite", "Organization", "NewsMediaOrganization") {
			f.sites = append(f.sites, str(o["name"]))
		}
		f.languages = append(f.languages, str(o["inLanguage"]))
	}
}

// isArticleType reports whether a JSON-LD @type names a kind of article.
func isArticleType(t any) bool {
	for _, s := range typeNames(t) {
		if strings.HasSuffix(s, "Article") || s == "BlogPosting" || s == "SocialMediaPosting" || s == "Report" || s == "LiveBlogPosting" {
			return true
		}
	}
	return false
}

func types(t any, want ...string) bool {
	for _, s := range typeNames(t) {
		if slices.Contains(want, s) {
			return true
		}
	}
	return false
}

func typeNames(t any) []string {
	switch t := t.(type) {
	case string:
		return []string{t}
	case []any:
		var out []string
		for _, x := range t {
			if s, ok := x.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

// str returns v when it is a string, else "".
func str(v any) string {
	s, _ := v.(string)
	return s
}

// name returns the name of a JSON-LD thing: a string, an object's "name",
// or that of the first of a list.
func name(v any) string {
	if l, ok := v.([]any); ok {
		if len(l) == 0 {
			return ""
		}
		return name(l[0])
	}
	return strOr(v, "name")
}

// id returns a JSON-LD reference: a string, or an object's "@id".
func id(v any) string { return strOr(v, "@id") }

// strOr returns v when it is a string, the string under key when it is an
// object, else "".
func strOr(v any, key string) string {
	if m, ok := v.(map[string]any); ok {
		return str(m[key])
	}
	return str(v)
}

// names returns the names of JSON-LD authors: one or a list.
func names(v any) []string {
	if l, ok := v.([]any); ok {
		var out []string
		for _, x := range l {
			out = append(out, name(x))
		}
		return out
	}
	return []string{name(v)}
}

// authors returns the names of a byline or list of them, one name each,
// without "By", duplicates or addresses.
func authors(list []string) []string {
	out := []string{}
	for _, s := range list {
		for _, part := range splitNames(clean(s)) {
			part = strings.TrimSpace(part)
			for _, by := range []string{"By ", "by ", "BY "} {
				part = strings.TrimPrefix(part, by)
			}
			part = strings.Trim(part, " ,;")
			if part == "" || strings.Contains(part, "://") || strings.Contains(part, "@") || len(part) > 80 || isRole(part) || slices.Contains(out, part) {
				continue
			}
			out = append(out, part)
		}
	}
	return out
}

// isRole reports whether a part of a byline is a role, not a name ("AP
// Auto Writer", "Staff Reporter").
func isRole(s string) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		switch w {
		case "writer", "reporter", "correspondent", "editor", "contributor", "staff", "columnist", "bureau":
			return true
		}
	}
	return false
}

// splitNames splits a byline that names several people ("A, B and C").
func splitNames(s string) []string {
	s = strings.ReplaceAll(s, " and ", ", ")
	s = strings.ReplaceAll(s, " & ", ", ")
	s = strings.ReplaceAll(s, ";", ",")
	s = strings.ReplaceAll(s, "|", ",")
	return strings.Split(s, ",")
}

// absURL returns u as an absolute http(s) URL, read against base when it
// is relative, or "".
func absURL(u, base string) string {
	u = strings.TrimSpace(u)
	if u == "" {
		return ""
	}
	p, err := url.Parse(u)
	if err != nil {
		return ""
	}
	if !p.IsAbs() && base != "" {
		b, err := url.Parse(base)
		if err != nil {
			return ""
		}
		p = b.ResolveReference(p)
	}
	if p.Scheme != "http" && p.Scheme != "https" || p.Host == "" {
		return ""
	}
	return p.String()
}

// dateLayouts are the forms of dates that pages' metadata use, most
// precise first.
var dateLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04Z07:00",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 -0700",
	time.RFC1123Z,
	time.RFC1123,
}

// dateOnlyLayouts are forms without a time zone: only their date is kept.
var dateOnlyLayouts = []string{
	"2006-01-02T15:04:05",
	"2006-01-02T15:04:05.000",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006-01-02",
	"2006/01/02",
	"20060102",
}

// isoDate returns a date as ISO 8601: a date and time in UTC when s gives
// a time with its zone ("2025-02-07T09:30:00Z"), else the date
// ("2025-02-07"); "" when s is no date this package reads.
func isoDate(s string) string {
	s = strings.TrimSpace(s)
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t.UTC().Format("2006-01-02T15:04:05Z")
		}
	}
	for _, l := range dateOnlyLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t.Format("2006-01-02")
		}
	}
	return ""
}

// languageCode returns the ISO 639-1 code of a language tag ("en-GB",
// "en_US", "fr"), or "".
func languageCode(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.IndexAny(s, "-_,; "); i >= 0 {
		s = s[:i]
	}
	if len(s) != 2 || s[0] < 'a' || s[0] > 'z' || s[1] < 'a' || s[1] > 'z' {
		return ""
	}
	return s
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// hasWord reports whether a space-separated list (a rel attribute) holds
// word.
func hasWord(list, word string) bool {
	for _, w := range strings.Fields(list) {
		if strings.EqualFold(w, word) {
			return true
		}
	}
	return false
}
