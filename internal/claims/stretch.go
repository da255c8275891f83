package claims

import "github.com/extract-news/extract/internal/nlp"

// A stretch is one of nlp's quotations as the rules read it: one
// contiguous run of quoted words. nlp finds them (nesting, quotations
// continued over paragraphs, marks never closed); claims only reads them.
type stretch struct {
	open   int  // input offset of the opening mark
	close  int  // input offset just past the closing mark, or the end of the text quoted
	s, e   int  // the quoted text, marks and surrounding space excluded
	para   int  // paragraph index
	chain  int  // stretches of one quotation over several paragraphs share a chain; else -1
	open1  bool // the opening mark starts its paragraph
	closed bool // it ends at a closing mark
}

// paragraph is the input span of one paragraph.
type paragraph struct{ s, e int }

// stretchesOf returns the quotations of d as stretches, in order.
func stretchesOf(d *nlp.Doc) []stretch {
	out := make([]stretch, len(d.Quotations))
	for i, q := range d.Quotations {
		out[i] = stretch{open: q.Open, close: q.Close, s: q.Start, e: q.End, para: q.Paragraph,
			chain: q.Chain, open1: q.Leads, closed: q.Closed(d.Input)}
	}
	return out
}

// closedBy reports whether a stretch ended at a closing mark.
func closedBy(_ []byte, st stretch) bool { return st.closed }
