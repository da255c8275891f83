package lexicon

import (
	"strings"
	"sync"
)

// CueClasses are the classes a line of data/cues.txt may give a cue, as
// its header explains them.
var cueClasses = []string{"say", "tell", "think", "quote", "act", "according", "name", "commit", "intend"}

// cueTraits are the traits a "+trait:" line of data/cues.txt may give.
var cueTraits = []string{"asks", "finding", "object", "request", "names-to", "names-a", "counts", "long", "negated", noEventTrait}

// noEventTrait marks the lemma of a cue whose verb gives no event: it only
// reports speech or belief.
const noEventTrait = "no-event"

// Cue is one line of data/cues.txt: a reporting cue's class and its
// written forms.
type Cue struct {
	Class string     // say, tell, think, quote, act, according, name, commit or intend
	Forms [][]string // the lower-case words of each written form, first the lemma
}

// CueList is the whole of data/cues.txt.
type CueList struct {
	Cues   []Cue
	Traits map[string][]string // trait → the lower-case words (or word groups) given it, in order
}

// Cues returns the reporting cues, parsed once; the result is shared and
// must not be modified.
var Cues = sync.OnceValue(func() *CueList {
	cl, _ := parseCues(lines("data/cues.txt"))
	return cl
})

// parseCues reads the lines of the cue list. It returns the list and the
// lines it could not read, for the test to report.
func parseCues(ls []string) (*CueList, []string) {
	cl := &CueList{Traits: map[string][]string{}}
	var bad []string
	for _, l := range ls {
		name, list, ok := strings.Cut(l, ":")
		name = strings.TrimSpace(name)
		if t, isTrait := strings.CutPrefix(name, "+"); isTrait {
			t = strings.TrimSpace(t)
			if !ok || !contains(cueTraits, t) {
				bad = append(bad, l)
				continue
			}
			for _, f := range strings.Split(list, ",") {
				w := strings.Join(strings.Fields(strings.ToLower(f)), " ")
				if w == "" {
					bad = append(bad, l)
					continue
				}
				cl.Traits[t] = append(cl.Traits[t], w)
			}
			continue
		}
		if !ok || !contains(cueClasses, name) {
			bad = append(bad, l)
			continue
		}
		c := Cue{Class: name}
		for _, f := range strings.Split(list, ",") {
			words := strings.Fields(strings.ToLower(f))
			if len(words) == 0 {
				bad = append(bad, l)
				continue
			}
			c.Forms = append(c.Forms, words)
		}
		if len(c.Forms) > 0 {
			cl.Cues = append(cl.Cues, c)
		}
	}
	return cl, bad
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
