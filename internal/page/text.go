package page

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// paragraphs returns the paragraphs of an extracted article body, in order:
// the text of each block (paragraph, heading, list item, quotation, table
// row, preformatted block) on one line, a <br> ending one paragraph and
// starting the next.
func paragraphs(n *html.Node) []string {
	if n == nil {
		return nil
	}
	var w paraWriter
	w.walk(n)
	w.flush()
	return w.paras
}

type paraWriter struct {
	buf   strings.Builder
	paras []string
}

func (w *paraWriter) flush() {
	if s := clean(w.buf.String()); s != "" {
		w.paras = append(w.paras, s)
	}
	w.buf.Reset()
}

func (w *paraWriter) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.buf.WriteString(n.Data)
		return
	case html.ElementNode:
		a := n.DataAtom
		if a == 0 {
			// go-trafilatura makes elements without their atom.
			a = atom.Lookup([]byte(n.Data))
		}
		switch a {
		case atom.Script, atom.Style, atom.Noscript, atom.Template:
			return
		case atom.Br, atom.Hr:
			w.flush()
			return
		case atom.Td, atom.Th:
			w.buf.WriteByte(' ') // cells of a row are one paragraph
		case atom.Img:
			return
		}
	}
	block := n.Type == html.ElementNode && isBlock(atom.Lookup([]byte(n.Data)), n.Data)
	if block {
		w.flush()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c)
	}
	if block {
		w.flush()
	}
}

// isBlock reports whether an element of the extracted body starts a
// paragraph of its own.
func isBlock(a atom.Atom, name string) bool {
	switch a {
	case atom.P, atom.Div, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
		atom.Li, atom.Dt, atom.Dd, atom.Blockquote, atom.Pre, atom.Tr, atom.Table,
		atom.Ul, atom.Ol, atom.Dl, atom.Section, atom.Article, atom.Header, atom.Footer,
		atom.Figure, atom.Figcaption, atom.Caption, atom.Aside, atom.Main, atom.Body,
		atom.Details, atom.Summary, atom.Address, atom.Center, atom.Form, atom.Fieldset:
		return true
	}
	switch name { // trafilatura's own names, where it leaves them
	case "head", "list", "item", "quote", "row", "cell", "lb":
		return true
	}
	return false
}
