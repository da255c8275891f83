package extract

import (
	"reflect"
	"slices"
	"testing"

	"github.com/extract-news/extract/internal/actors"
	"github.com/extract-news/extract/internal/claims"
	"github.com/extract-news/extract/internal/events"
	"github.com/extract-news/extract/internal/nlp"
	"github.com/extract-news/extract/internal/positions"
	"github.com/extract-news/extract/internal/record"
	"github.com/extract-news/extract/internal/syntax"
)

// deepCopy copies actors with their spans and titles.
func deepCopy(as []record.Actor) []record.Actor {
	out := slices.Clone(as)
	for i := range out {
		out[i].Spans = slices.Clone(as[i].Spans)
		out[i].Titles = slices.Clone(as[i].Titles)
		out[i].Aliases = slices.Clone(as[i].Aliases)
	}
	return out
}

// TestStepsReadOnly runs Article's steps over the test articles and checks
// that claims, events and positions leave the actors they are given as
// they were: what they add comes back as values.
func TestStepsReadOnly(t *testing.T) {
	linked := 0
	for name, text := range articles(t, "../../testdata/articles/*.txt") {
		doc, err := nlp.Parse(text)
		if err != nil {
			t.Fatal(err)
		}
		syn := syntax.Parse(doc, events.Words())
		as := actors.Find(syn)
		before := deepCopy(as)
		found := claims.Find(syn, actors.NewResolver(doc, as))
		if !reflect.DeepEqual(as, before) {
			t.Errorf("%s: claims.Find changed its actors", name)
		}
		for _, ms := range found.Mentions {
			linked += len(ms)
		}
		as = actors.Linked(as, found.Mentions)
		before = deepCopy(as)
		evs := events.Find(syn, as, actors.NewResolver(doc, as))
		positions.Find(syn, as, found.Claims, evs)
		if !reflect.DeepEqual(as, before) {
			t.Errorf("%s: events.Find or positions.Find changed their actors", name)
		}
	}
	if linked == 0 {
		t.Error("claims resolved no mention in any test article: the test proves nothing")
	}
}
