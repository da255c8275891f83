package extract

import (
	"bytes"

	"github.com/extract-news/extract/internal/actors"
	"github.com/extract-news/extract/internal/claims"
	"github.com/extract-news/extract/internal/confidence"
	"github.com/extract-news/extract/internal/events"
	"github.com/extract-news/extract/internal/nlp"
	"github.com/extract-news/extract/internal/positions"
	"github.com/extract-news/extract/internal/record"
	"github.com/extract-news/extract/internal/syntax"
)

// Article extracts the record of one article. source is the name the record
// carries (the path as given, "-" for standard input); text is the input
// exactly as it was read, which every span in the record indexes.
func Article(source string, text []byte) (record.Record, error) {
	r, doc, err := Analyse(source, text)
	if err != nil {
		return r, err
	}
	return r, confidence.Score(doc, &r)
}

// Analyse is Article without the confidence stage: the analysers' record,
// and the analysed article it was read from. It is for tools that read
// both, such as the confidence models' training, which must not depend on
// the models it replaces.
func Analyse(source string, text []byte) (record.Record, *nlp.Doc, error) {
	r, doc, _, err := AnalyseWith(source, text, claims.Options{})
	return r, doc, err
}

// AnalyseWith is Analyse with the options of the claims' learned reader,
// and the candidates it read when o.Collect asks for them (for training).
func AnalyseWith(source string, text []byte, o claims.Options) (record.Record, *nlp.Doc, []claims.Candidate, error) {
	r := record.New(source)
	doc, err := nlp.Parse(text)
	if err != nil {
		return r, nil, nil, err
	}
	r.Title = doc.Title
	r.Stats = record.Stats{
		Bytes:     len(text),
		Sentences: len(doc.Sentences),
		Words:     len(bytes.Fields(text)),
	}
	// Each step reads what the steps before it made and returns its own
	// part; nothing is changed in place.
	syn := syntax.Parse(doc, events.Words()) // phrases, verb groups, subjects
	r.Actors = actors.Find(syn)
	found := claims.FindWith(syn, actors.NewResolver(doc, r.Actors), o)
	r.Claims = found.Claims
	r.Actors = actors.Linked(r.Actors, found.Mentions) // the speakers claims resolved: "he said"
	r.Actors = append(r.Actors, found.Sources...)      // unnamed sources that speak: "the announcer said"
	r.Events = events.Find(syn, r.Actors, actors.NewResolver(doc, r.Actors))
	r.Positions = positions.Find(syn, r.Actors, r.Claims, r.Events)
	return r, doc, found.Candidates, nil
}
