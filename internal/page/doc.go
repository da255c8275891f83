// Package page reads a web page: the article text, found with go-trafilatura
// (and its fallback extractors, go-readability and go-domdistiller), and
// what the page says about itself (URL, site, authors, date, language), from
// JSON-LD, Open Graph and other meta tags, the canonical link and
// go-trafilatura's date finding. Pages in any character set are decoded to
// UTF-8 first.
package page
