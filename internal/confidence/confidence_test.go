package confidence

import (
	"math"
	"strings"
	"testing"

	"github.com/extract-news/extract/internal/learn"
	"github.com/extract-news/extract/internal/nlp"
	"github.com/extract-news/extract/internal/record"
)

func TestModelsLoad(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	for k, name := range KindNames {
		if m[k] == nil || len(m[k].W) != 1<<Bits {
			t.Errorf("model %s: not loaded with %d weights", name, 1<<Bits)
		}
	}
}

// An invented story.
const story = `Port council votes to close the old ferry terminal

The Harbour Council voted on Tuesday to close the old ferry terminal in March, after an inspection found cracks in its pier.
"We cannot keep a pier open that might fall into the water," said council leader Mara Quint.
Quint said the ferries would move to the north quay by spring.
The Ferry Workers Union opposes the closure, and its secretary, Tom Albescu, said the union would challenge the vote in court.
A council spokesperson declined to comment on the cost.
`

func extracted(t *testing.T) (*nlp.Doc, record.Record) {
	t.Helper()
	doc, err := nlp.Parse([]byte(story))
	if err != nil {
		t.Fatal(err)
	}
	r := record.New("story.txt")
	r.Stats.Bytes = len(story)
	q := func(s string) record.Span {
		i := strings.Index(story, s)
		if i < 0 {
			t.Fatalf("%q is not in the story", s)
		}
		return record.Span{i, i + len(s)}
	}
	a1, a2, a3, a4 := "a1", "a2", "a3", "a4"
	r.Actors = []record.Actor{
		{ID: a1, Name: "Harbour Council", Type: record.Organization, Aliases: []string{}, Titles: []string{}, Mentions: 1, Spans: []record.Span{q("Harbour Council")}},
		{ID: a2, Name: "Mara Quint", Type: record.Person, Aliases: []string{"Quint"}, Titles: []string{"council leader"}, Mentions: 2, Spans: []record.Span{q("council leader Mara Quint"), q("Quint said")}},
		{ID: a3, Name: "Ferry Workers Union", Type: record.Organization, Aliases: []string{}, Titles: []string{}, Mentions: 1, Spans: []record.Span{q("Ferry Workers Union")}},
		{ID: a4, Name: "Tom Albescu", Type: record.Person, Aliases: []string{}, Titles: []string{}, Mentions: 1, Spans: []record.Span{q("Tom Albescu")}},
	}
	r.Actors[1].Spans[1][1] = r.Actors[1].Spans[1][0] + len("Quint")
	claim := func(id string, spk *string, text, kind string) record.Claim {
		s := q(text)
		return record.Claim{ID: id, Speaker: spk, Text: text, Kind: kind, Cue: "said", Sentence: 0, Span: s}
	}
	r.Claims = []record.Claim{
		claim("c1", &a2, "We cannot keep a pier open that might fall into the water,", record.Direct),
		claim("c2", &a2, "the ferries would move to the north quay by spring", record.Indirect),
		claim("c3", &a4, "the union would challenge the vote in court", record.Indirect),
	}
	r.Events = []record.Event{
		{ID: "e1", Action: "vote", ActionSpan: q("voted"), Text: "The Harbour Council voted", Agent: &a1, Modality: record.Past, Span: q("The Harbour Council voted")},
		{ID: "e2", Action: "challenge", ActionSpan: q("challenge the vote"), Text: "challenge the vote", Agent: &a3, Modality: record.Future, Span: q("challenge the vote")},
	}
	r.Positions = []record.Position{
		{Actor: a3, Stance: record.Oppose, Target: "the closure", Evidence: []string{"c3", "e2"}, Span: q("opposes the closure")},
		{Actor: a4, Stance: record.Oppose, Target: "the vote", TargetActor: &a1, Evidence: []string{"c3"}, Span: q("challenge the vote")},
		{Actor: a2, Stance: record.Support, Target: "the move", Evidence: []string{}, Span: q("the north quay")},
	}
	return doc, r
}

func TestScore(t *testing.T) {
	doc, r := extracted(t)
	if err := Score(doc, &r, Hints{}); err != nil {
		t.Fatal(err)
	}
	check := func(what string, p float64) {
		if p < 0.01 || p > 0.99 || math.Abs(p*100-math.Round(p*100)) > 1e-9 {
			t.Errorf("%s confidence %v, want within [0.01, 0.99] and rounded to two decimals", what, p)
		}
	}
	for _, a := range r.Actors {
		check("actor "+a.ID, a.Confidence)
	}
	for _, c := range r.Claims {
		check("claim "+c.ID, c.Confidence)
	}
	for _, e := range r.Events {
		check("event "+e.ID, e.Confidence)
	}
	for i, p := range r.Positions {
		check("position "+string(rune('0'+i)), p.Confidence)
	}
	// The same record scores the same.
	doc2, r2 := extracted(t)
	Score(doc2, &r2, Hints{})
	for i := range r.Claims {
		if r.Claims[i].Confidence != r2.Claims[i].Confidence {
			t.Errorf("claim %d scored %v, then %v", i, r.Claims[i].Confidence, r2.Claims[i].Confidence)
		}
	}
}

func TestFeaturesDiffer(t *testing.T) {
	doc, r := extracted(t)
	f := Featurize(doc, &r, Hints{})
	if len(f[Claims]) != 3 || len(f[Events]) != 2 || len(f[Positions]) != 3 || len(f[Actors]) != 4 {
		t.Fatalf("features for %d actors %d claims %d events %d positions, want 4 3 2 3",
			len(f[Actors]), len(f[Claims]), len(f[Events]), len(f[Positions]))
	}
	if equal(f[Claims][0], f[Claims][1]) {
		t.Error("a direct and an indirect claim have the same features")
	}
}

func equal(a, b []learn.Feature) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestFilter(t *testing.T) {
	_, r := extracted(t)
	input := []byte(story)
	set := func(actors, claims, events, positions []float64) {
		for i := range r.Actors {
			r.Actors[i].Confidence = actors[i]
		}
		for i := range r.Claims {
			r.Claims[i].Confidence = claims[i]
		}
		for i := range r.Events {
			r.Events[i].Confidence = events[i]
		}
		for i := range r.Positions {
			r.Positions[i].Confidence = positions[i]
		}
	}
	set([]float64{0.9, 0.2, 0.9, 0.3}, []float64{0.9, 0.4, 0.3}, []float64{0.8, 0.7}, []float64{0.9, 0.9, 0.9})
	Filter(&r, 0.5)
	if err := record.Validate(r, input); err != nil {
		t.Fatalf("after Filter the record is not valid: %v", err)
	}
	// c1 stays (now the only claim); its speaker Mara Quint (0.2) stays
	// because c1 names her; Tom Albescu (0.3) is named by nothing left.
	if len(r.Claims) != 1 || r.Claims[0].ID != "c1" || *r.Claims[0].Speaker != "a2" {
		t.Errorf("claims after Filter = %+v, want c1 by a2", r.Claims)
	}
	var names []string
	for _, a := range r.Actors {
		names = append(names, a.ID+" "+a.Name)
	}
	if want := "[a1 Harbour Council a2 Mara Quint a3 Ferry Workers Union]"; fmtList(names) != want {
		t.Errorf("actors after Filter = %v, want %v", fmtList(names), want)
	}
	// The union's position keeps e2 of its evidence; Albescu's rested on
	// c3 alone and went; Quint's had no evidence to lose and stays.
	if len(r.Positions) != 2 {
		t.Fatalf("positions after Filter = %+v, want 2", r.Positions)
	}
	if p := r.Positions[0]; p.Actor != "a3" || fmtList(p.Evidence) != "[e2]" {
		t.Errorf("first position = actor %s evidence %v, want a3 [e2]", p.Actor, p.Evidence)
	}

	_, r = extracted(t)
	set([]float64{0.1, 0.1, 0.1, 0.1}, []float64{0.1, 0.1, 0.1}, []float64{0.1, 0.1}, []float64{0.1, 0.1, 0.1})
	before := len(r.Actors) + len(r.Claims) + len(r.Events) + len(r.Positions)
	Filter(&r, 0)
	if after := len(r.Actors) + len(r.Claims) + len(r.Events) + len(r.Positions); after != before {
		t.Errorf("Filter with 0 left %d of %d items, want all", after, before)
	}
	Filter(&r, 0.99)
	if err := record.Validate(r, input); err != nil {
		t.Fatalf("after Filter(0.99) the record is not valid: %v", err)
	}
	if n := len(r.Actors) + len(r.Claims) + len(r.Events) + len(r.Positions); n != 0 {
		t.Errorf("Filter with 0.99 left %d items of confidence 0.1, want none", n)
	}
}

func fmtList(s []string) string {
	out := "["
	for i, x := range s {
		if i > 0 {
			out += " "
		}
		out += x
	}
	return out + "]"
}
