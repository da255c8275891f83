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
	a, err := Analyse(source, text, claims.Options{})
	if err != nil {
		return a.Record, err
	}
	return a.Record, confidence.Score(a.Doc, &a.Record, a.Hints)
}

// An Analysis is what the analysers read from one article, before the
// confidence stage.
type Analysis struct {
	Record record.Record
	Doc    *nlp.Doc // the analysed article
	// Hints are what the analysers knew of their items beyond the
	// record, for the confidence models.
	Hints confidence.Hints
	// Candidates are the claims' learned reader's candidates, when o.Collect
	// asks for them (for training).
	Candidates []claims.Candidate
}

// Analyse is Article without the confidence stage, with the options of the
// claims' learned reader. It is for tools that read the analysis, such as
// the models' training, which must not depend on the models it replaces.
func Analyse(source string, text []byte, o claims.Options) (Analysis, error) {
	r := record.New(source)
	doc, err := nlp.Parse(text)
	if err != nil {
		return Analysis{Record: r}, err
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
	return Analysis{Record: r, Doc: doc, Hints: confidence.Hints{Speech: found.Speech}, Candidates: found.Candidates}, nil
}
