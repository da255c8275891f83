package claims

import (
	"testing"

	"github.com/extract-news/extract/internal/nlp/nlptest"
)

// stepFinder returns a finder over text, its actors found, and the index
// of the token that starts the first occurrence of cue.
func stepFinder(t *testing.T, text, cue string) (*finder, int) {
	t.Helper()
	f := newTestFinder(t, text)
	return f, nlptest.At(t, f.d, text, cue)
}

// tokens returns the text of tokens [a, b).
func (f *finder) tokens(a, b int) string {
	if a >= b {
		return ""
	}
	return string(f.d.Input[f.d.Tokens[a].Start:f.d.Tokens[b-1].End])
}

func TestReportingCue(t *testing.T) {
	for _, tc := range []struct {
		text, cue string
		ok        bool
		cl        class
	}{
		{"Dalia Varga said the plan failed.", "said", true, say},
		{"The bakery added 40 jobs last year.", "added", false, 0},                // a count
		{"Ivo Marsh asked voters to think about the budget.", "asked", true, act}, // a request
		{"Ivo Marsh asked the clerk for a pen.", "asked", false, 0},               // quotes nothing
		{"Ivo Marsh asked whether the budget was balanced.", "asked", true, quote},
		{"Ivo Marsh described the plan as reckless.", "described", true, name},
		{"Ivo Marsh described the plan in detail.", "described", false, 0}, // names nothing
	} {
		f, c := stepFinder(t, tc.text, tc.cue)
		_, cl, ok := f.reportingCue(0, c)
		if ok != tc.ok || ok && cl != tc.cl {
			t.Errorf("reportingCue(%q) = %d, %v; want %d, %v", tc.text, cl, ok, tc.cl, tc.ok)
		}
	}
}

func TestReportsSpeech(t *testing.T) {
	for _, tc := range []struct {
		text, cue  string
		ok, toVerb bool
	}{
		{"Dalia Varga said the plan failed.", "said", true, false},
		{"Dalia Varga did not say the plan failed.", "say", false, false},
		{"Dalia Varga pledged to cut taxes.", "pledged", true, true},
		{"Dalia Varga said by noon that the plan failed.", "said", false, false},
	} {
		f, c := stepFinder(t, tc.text, tc.cue)
		lim, cl, ok := f.cueAt(c)
		if !ok {
			t.Fatalf("%q: no cue at %q", tc.text, tc.cue)
		}
		toVerb, ok := f.reportsSpeech(0, c, lim, cl)
		if ok != tc.ok || toVerb != tc.toVerb {
			t.Errorf("reportsSpeech(%q) = %v, %v; want %v, %v", tc.text, toVerb, ok, tc.toVerb, tc.ok)
		}
	}
}

func TestReportingSubject(t *testing.T) {
	for _, tc := range []struct {
		text, cue, speaker string
		inverted           bool
	}{
		{"Dalia Varga said the plan failed.", "said", "Dalia Varga", false},
		{"The plan will pass, said Dalia Varga.", "said", "Dalia Varga", true},
		{"Dalia Varga praised the plan and said it would pass.", "said", "Dalia Varga", false},
	} {
		f, c := stepFinder(t, tc.text, tc.cue)
		lim, _, _ := f.cueAt(c)
		sub, inverted := f.reportingSubject(0, c, lim)
		got := ""
		if sub.ok && sub.actor != none {
			got = f.actors[sub.actor].Name
		}
		if got != tc.speaker || inverted != tc.inverted {
			t.Errorf("reportingSubject(%q) = %q, inverted %v; want %q, %v", tc.text, got, inverted, tc.speaker, tc.inverted)
		}
	}
}

func TestContentEnd(t *testing.T) {
	for _, tc := range []struct {
		text, cue, want string
	}{
		{"Dalia Varga said the plan failed, and left.", "said", "the plan failed"},
		{"Dalia Varga called for an inquiry and resigned the next day.", "called", "an inquiry"},
		{"Dalia Varga called for an inquiry, then left.", "called", "an inquiry"},
		// A clause of the writer's, telling when, ends a phrase or an
		// infinitive; a clause the speaker says goes on.
		{"Dalia Varga warned the mayors to guard the polls after thieves broke into two depots.", "warned", "to guard the polls"},
		{"Dalia Varga condemned the new tariff as traders closed their stalls in protest.", "condemned", "the new tariff"},
		{"Dalia Varga warned the mayors to guard the polls after the vote.", "warned", "to guard the polls after the vote"},
		{"Dalia Varga said the depot closed after thieves broke in.", "said", "the depot closed after thieves broke in"},
		// The speaker speaking again after "and" or "but" ends the content.
		{"Dalia Varga said she would back the mayor but did not suggest he would win.", "said", "she would back the mayor"},
		{"Dalia Varga said the port was busy and claimed the tariff would fail.", "said", "the port was busy"},
		{"Dalia Varga said the port was busy and the tariff would fail.", "said", "the port was busy and the tariff would fail"},
		{"Dalia Varga said she backed the tariff but wanted to see its cost.", "said", "she backed the tariff but wanted to see its cost"},
		{"Dalia Varga accused the port of raising fees after the storm had passed.", "accused", "the port of raising fees after the storm had passed"},
		// A content in a clause that opens the sentence ends where the
		// main clause begins; a comma inside it does not end it.
		{"Although Dalia Varga said the port would close, the city kept it open.", "said", "the port would close"},
		{"Even though Dalia Varga said the port, which is old, would close, the city kept it open.", "said", "the port, which is old, would close"},
		// A dash that opens the writer's gloss ends it; a pair of dashes
		// is an aside within it.
		{"Dalia Varga said the tariff would stay — a blow to the traders of the harbour.", "said", "the tariff would stay"},
		{"Dalia Varga said the tariff — a blow to traders — would stay.", "said", "the tariff — a blow to traders — would stay"},
	} {
		f, c := stepFinder(t, tc.text, tc.cue)
		lim, cl, _ := f.cueAt(c)
		k := f.complement(lim, f.d.Sentences[0].Lim, cl)
		e, ok := f.contentEnd(0, c, k, cl)
		if got := f.tokens(k, e); !ok || got != tc.want {
			t.Errorf("contentEnd(%q) = %q, %v; want %q", tc.text, got, ok, tc.want)
		}
	}
}

// TestReport checks the shapes report gives claims: a clause split by its
// cue, a clause before an inverted cue, two clauses joined by "and that".
func TestReport(t *testing.T) {
	for text, want := range map[string][]string{
		"The plan would pass, Dalia Varga said, but only in the spring.\n":       {"The plan would pass", "but only in the spring"},
		"The bridge will reopen in May, said Dalia Varga.\n":                     {"The bridge will reopen in May"},
		"Dalia Varga said that the bridge was safe, and that it would reopen.\n": {"the bridge was safe", "it would reopen"},
	} {
		got, _ := find(t, text)
		var texts []string
		for _, c := range got {
			texts = append(texts, c.Text)
		}
		if len(texts) != len(want) {
			t.Errorf("%q: claims %q, want %q", text, texts, want)
			continue
		}
		for i := range want {
			if texts[i] != want[i] {
				t.Errorf("%q: claims %q, want %q", text, texts, want)
				break
			}
		}
	}
}

// TestContentSteps checks the steps that decide whether a reported
// content is a claim: length, verb, question, quotation.
func TestContentSteps(t *testing.T) {
	for _, tc := range []struct {
		text, cue                      string
		fits, finite, question, quoted bool
	}{
		{text: "Dalia Varga said the bridge was unsafe.", cue: "said", fits: true, finite: true},
		{text: "Dalia Varga said the old bridge.", cue: "said", fits: true},
		{text: "Dalia Varga said why the bridge closed.", cue: "said", fits: true, finite: true, question: true},
		{text: "Dalia Varga asked why the bridge closed.", cue: "asked", fits: true, finite: true},
		{text: "Dalia Varga said \"the bridge is unsafe and old\" today.", cue: "said", fits: true, finite: true, quoted: true},
	} {
		f, c := stepFinder(t, tc.text, tc.cue)
		s := f.d.Sentences[0]
		lim, cl, ok := f.cueAt(c)
		if !ok {
			t.Fatalf("%q: no cue", tc.text)
		}
		sub := f.subjectLeft(c, s.First)
		k := f.contentStart(f.complement(lim, s.Lim, cl), s.Lim)
		e := f.clauseEnd(k, s.Lim)
		fits := f.contentFits(k, e, sub, c, lim, cl, false)
		finite := f.contentFinite(k, e, sub, c, cl, false)
		question := f.unaskedQuestion(k, c, cl)
		quoted := f.mostlyQuoted(k, e)
		if fits != tc.fits || finite != tc.finite || question != tc.question || quoted != tc.quoted {
			t.Errorf("%q (content %q): fits %v finite %v question %v quoted %v; want %v %v %v %v", tc.text, f.tokens(k, e),
				fits, finite, question, quoted, tc.fits, tc.finite, tc.question, tc.quoted)
		}
	}
}

// TestBreakEnds checks where a comma ends a reported clause.
func TestBreakEnds(t *testing.T) {
	for _, tc := range []struct {
		text string
		ends bool
	}{
		{"Dalia Varga said the bridge was unsafe, Ivo Marsh said.", true},
		{"Dalia Varga said the bridge was unsafe, although it was new.", true},
		{"Dalia Varga said the bridge was unsafe, which worried residents.", false},
	} {
		f, c := stepFinder(t, tc.text, "said")
		k := f.complement(c+1, f.d.Sentences[0].Lim, say)
		j := k
		for f.d.Tokens[j].Text != "," {
			j++
		}
		if got := f.breakEnds(j, k, f.d.Sentences[0].Lim); got != tc.ends {
			t.Errorf("breakEnds(%q) = %v, want %v", tc.text, got, tc.ends)
		}
	}
}
