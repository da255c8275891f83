package extract

import "github.com/extract-news/extract/internal/record"

// About is what an input said about its article besides the text.
type About struct {
	// Input is what the input was read as: record.InputText, or
	// record.InputHTML for a page (or a WARC response).
	Input string
	// Title is the headline the input named: a page's ("" when it has
	// none), or a JSON line's "title" ("" to keep the one Article found).
	Title string
	// Meta is what the input said about itself; nil Authors mean none.
	Meta record.Meta
}

// Describe sets on r, the record Article made of text, what the input said
// about itself: what it was read as, its headline and its metadata. For a
// page it also sets r.Text to text, the article text read from the page,
// which every span of r indexes.
func Describe(r *record.Record, text []byte, a About) {
	if a.Input != "" {
		r.Input = a.Input
	}
	if r.Input == record.InputHTML {
		// A page's headline is what the page said, not a guess from
		// its text's first line.
		r.Text = string(text)
		r.Title = a.Title
	}
	if a.Title != "" {
		r.Title = a.Title
	}
	r.Meta = a.Meta
	if r.Meta.Authors == nil {
		r.Meta.Authors = []string{}
	}
}
