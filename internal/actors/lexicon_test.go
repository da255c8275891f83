package actors

import (
	"strings"
	"testing"
)

func TestLexicon(t *testing.T) {
	lx := loadLexicon()
	for name, n := range map[string]int{
		"places":     len(lx.places),
		"orgs":       len(lx.orgs),
		"demonyms":   len(lx.demonyms),
		"firstNames": len(lx.firstNames),
		"orgWords":   len(lx.orgWords),
		"titles":     len(lx.titles),
		"groupWords": len(lx.groupWords),
		"anonWords":  len(lx.anonWords),
	} {
		if n < 20 {
			t.Errorf("lexicon %s has %d entries, want a real list", name, n)
		}
	}
	for _, tt := range []struct{ name, want string }{
		{"US", "United States"}, {"U.S.", "United States"}, {"United States", "United States"},
		{"UK", "United Kingdom"}, {"Britain", "United Kingdom"}, {"China", "China"},
	} {
		p := lx.places[fold(tt.name)]
		if p == nil || p.name != tt.want {
			t.Errorf("places[%q] = %v, want %s", tt.name, p, tt.want)
		}
	}
}

// TestHonorifics: the titles marked honorific in data/persontitles.txt,
// as written, and no trait the loader does not know.
func TestHonorifics(t *testing.T) {
	lines("data/persontitles.txt", func(l string) {
		_, traits, _ := strings.Cut(l, "\t")
		for _, tr := range strings.Fields(traits) {
			if tr != "honorific" {
				t.Errorf("data/persontitles.txt: %q has unknown trait %q", l, tr)
			}
		}
	})
	h := loadLexicon().honorifics
	for _, w := range []string{"Mr.", "Mr", "Ms.", "Dr"} {
		if !h[w] {
			t.Errorf("honorifics lack %q", w)
		}
	}
	for _, w := range []string{"mr", "Miss", "Senator"} {
		if h[w] {
			t.Errorf("honorifics hold %q", w)
		}
	}
}
