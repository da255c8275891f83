package claims

import (
	"strings"
	"testing"

	"github.com/extract-news/extract/internal/actors"
	"github.com/extract-news/extract/internal/events"
	"github.com/extract-news/extract/internal/nlp/nlptest"
	"github.com/extract-news/extract/internal/record"
	"github.com/extract-news/extract/internal/syntax"
)

// newTestFinder parses text and returns a finder ready for its steps.
func newTestFinder(t *testing.T, text string) *finder {
	t.Helper()
	d := nlptest.Parse(t, text)
	syn := syntax.Parse(d, events.Words())
	return newFinder(syn, actors.NewResolver(d, actors.Find(syn)))
}

// words returns the text of tokens [a, b) joined by spaces.
func (f *finder) words(a, b int) string {
	var w []string
	for _, t := range f.d.Tokens[a:b] {
		w = append(w, t.Text)
	}
	return strings.Join(w, " ")
}

func TestQuotationSteps(t *testing.T) {
	text := `Mayor Lina Ostrova said on Friday: "We will rebuild the bridge." She added, "It will take a year," before she left.` + "\n" +
		`The so-called "reform" failed, and "Harbour Lights" closed.`
	f := newTestFinder(t, text)
	if len(f.stretches) != 4 {
		t.Fatalf("%d stretches, want 4", len(f.stretches))
	}
	site := func(q int) *quoteSite {
		st := f.stretches[q]
		x := &quoteSite{q: q, st: st, si: f.sentAt(st.open)}
		x.lA, x.lB = f.leftContext(st, f.d.Sentences[x.si])
		x.rA, x.rB = f.rightContext(st)
		f.attributions(x)
		return x
	}
	x := site(0)
	if got := f.words(x.lA, x.lB); got != "Mayor Lina Ostrova said on Friday :" {
		t.Errorf("leftContext of stretch 0 = %q", got)
	}
	if !x.colon || x.empty || !f.direct(x) {
		t.Errorf("stretch 0: colon %v, empty %v, direct %v; want a direct quotation after a colon", x.colon, x.empty, f.direct(x))
	}
	if c, ok := f.quotedClaim(x); !ok || c.kind != record.Direct || c.speaker == none {
		t.Errorf("quotedClaim of stretch 0 = %+v, %v; want a direct claim with a speaker", c, ok)
	}
	x = site(1)
	if got := f.words(x.lA, x.lB); got != "She added ," {
		t.Errorf("leftContext of stretch 1 = %q", got)
	}
	if got := f.words(x.rA, x.rB); got != "before she left ." {
		t.Errorf("rightContext of stretch 1 = %q", got)
	}
	if f.notQuotation(site(1)) || !f.notQuotation(site(2)) {
		t.Error("notQuotation: want the so-called word only")
	}
	x = site(3)
	if _, ok := f.quotedClaim(x); ok {
		t.Error("quotedClaim of a title-cased name with no speaker made a claim")
	}
}

func TestAddQuoted(t *testing.T) {
	f := &finder{}
	f.addQuoted(claim{span: [2]int{0, 5}, speaker: none}, true)
	if len(f.claims) != 0 {
		t.Error("addQuoted added a headline quotation with no speaker")
	}
	f.addQuoted(claim{span: [2]int{0, 5}, speaker: 0}, true)
	f.addQuoted(claim{span: [2]int{6, 9}, speaker: none}, false)
	if len(f.claims) != 2 {
		t.Errorf("addQuoted kept %d claims, want 2", len(f.claims))
	}
}
