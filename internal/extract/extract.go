package extract

import (
	"bytes"

	"github.com/extract-news/extract/internal/actors"
	"github.com/extract-news/extract/internal/claims"
	"github.com/extract-news/extract/internal/events"
	"github.com/extract-news/extract/internal/nlp"
	"github.com/extract-news/extract/internal/positions"
	"github.com/extract-news/extract/internal/record"
)

// Article extracts the record of one article. source is the name the record
// carries (the path as given, "-" for standard input); text is the input
// exactly as it was read, which every span in the record indexes.
func Article(source string, text []byte) (record.Record, error) {
	r := record.New(source)
	doc, err := nlp.Parse(text)
	if err != nil {
		return r, err
	}
	r.Title = doc.Title
	r.Stats = record.Stats{
		Bytes:     len(text),
		Sentences: len(doc.Sentences),
		Words:     len(bytes.Fields(text)),
	}
	r.Actors = actors.Find(doc)
	r.Claims = claims.Find(doc, r.Actors)
	r.Events = events.Find(doc, r.Actors)
	r.Positions = positions.Find(doc, r.Actors, r.Claims, r.Events)
	return r, nil
}
