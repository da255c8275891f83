package lexicon

import (
	"strings"
	"sync"
)

// NoEvent reports whether a verb of this lemma gives no event: a reporting
// verb (it makes a claim), a verb that only states a stance (it makes a
// position), a copula or a verb of state. The set is derived from the cues
// and stance verbs given the no-event trait and from data/state.txt.
func NoEvent(lemma string) bool { return noEvent()[lemma] }

var noEvent = sync.OnceValue(func() map[string]bool {
	set := map[string]bool{}
	cl := Cues()
	flagged := map[string]bool{}
	for _, w := range cl.Traits[noEventTrait] {
		flagged[w] = true
	}
	for _, c := range cl.Cues {
		if !flagged[strings.Join(c.Forms[0], " ")] {
			continue
		}
		// Every form's verb, lemmatised: "emphasised" adds emphasise
		// beside emphasize, "according to" adds accord.
		for _, f := range c.Forms {
			set[VerbLemma(f[0])] = true
		}
	}
	for _, w := range Stances().noEvent {
		set[w] = true
	}
	for _, f := range fields("data/state.txt") {
		for _, w := range f {
			set[w] = true
		}
	}
	return set
})
