package actors

import (
	"testing"

	"github.com/extract-news/extract/internal/record"
)

func TestSource(t *testing.T) {
	for _, tc := range []struct {
		text, at string
		n        int // words in the phrase
		name     string
		typ      string
	}{
		{"As the lights dimmed, the announcer said the ferry was late.\n", "the announcer", 2, "announcer", record.Person},
		{"The commission says on its website that the vote was fair.\n", "The commission", 2, "commission", record.Organization},
		{"Tolls rose. After campaign aides insisted, the plan went ahead.\n", "campaign aides", 2, "campaign aides", record.Group},
		{"The toll rose, his attorney wrote on Monday.\n", "his attorney", 2, "his attorney", record.Person},
		{"Tolls rose. All three candidates have said the bridge is old.\n", "All three candidates", 3, "three candidates", record.Group},
		{"Tolls rose. At the harbour, the leaders and pilots in their union called for calm.\n", "the leaders and pilots", 4, "leaders and pilots", record.Group},
		{"Tolls rose. The report says the bridge is old.\n", "The report", 2, "", ""},       // a document names no source
		{"Tolls rose, the Harbour Board said on Monday.\n", "the Harbour Board", 3, "", ""}, // a name, not a description
	} {
		r, k := resolver(t, tc.text, tc.at)
		n := len(r.actors)
		a := r.Source(k, k+tc.n-1)
		if tc.name == "" {
			if a != none {
				t.Errorf("Source(%q) = %q, want none", tc.at, r.name(a))
			}
			continue
		}
		if a == none {
			t.Errorf("Source(%q) = none, want %q", tc.at, tc.name)
			continue
		}
		act := r.actors[a]
		if act.Name != tc.name || act.Type != tc.typ || !act.Anonymous {
			t.Errorf("Source(%q) = %q %s anonymous %v, want %q %s anonymous", tc.at, act.Name, act.Type, act.Anonymous, tc.name, tc.typ)
		}
		if a >= n && (len(r.Born()) != 1 || r.Born()[0] != a) {
			t.Errorf("Source(%q): Born() = %v, want [%d]", tc.at, r.Born(), a)
		}
	}
}

// TestSourceSame: a later phrase with the same head, whose words hold
// or are held by an unnamed source's, is that source.
func TestSourceSame(t *testing.T) {
	text := "Tolls rose, two former harbour pilots said. The council thanked the former pilots on Monday.\n"
	r, k := resolver(t, text, "the former pilots")
	n := len(r.actors)
	a := r.Source(k, k+2)
	if a == none || a >= n || !r.actors[a].Anonymous || len(r.Born()) != 0 {
		t.Errorf("Source(the former pilots) = %q (born %v), want the pilots found before", r.name(a), r.Born())
	}
}

// TestQualifiedSource: an unnamed source is named with what it is close
// to or familiar with.
func TestQualifiedSource(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"A person familiar with the talks said the deal was close.\n", "A person familiar with the talks"},
		{"Two officials briefed on the plan said it would cost more.\n", "Two officials briefed on the plan"},
		{"An aide close to the governor said the vote would wait.\n", "An aide close to the governor"},
		{"A spokesperson said the company would appeal.\n", "A spokesperson"},
	} {
		got := find(t, tc.text)
		if a, ok := got[tc.want]; !ok || !a.Anonymous {
			t.Errorf("%q: actors %v lack the unnamed source %q", tc.text, names(got), tc.want)
		}
	}
}
