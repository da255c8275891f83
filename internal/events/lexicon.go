package events

import (
	"strings"
	"sync"
)

// lexicon holds the word lists the rules read, loaded once.
type lexicon struct {
	skip    map[string]bool   // lemmas that give no event
	control map[string]string // lemma → modality it gives the verb after "to"
	time    map[string]string // lower-cased word → month, weekday, day, unit or lead
	noun    map[string]string // event noun → the verb lemma of its action
}

var loadLexicon = sync.OnceValue(func() *lexicon {
	lx := &lexicon{skip: map[string]bool{}, control: map[string]string{}, time: map[string]string{}, noun: map[string]string{}}
	for _, f := range dataLines("data/skip.txt") {
		for _, w := range f {
			lx.skip[w] = true
		}
	}
	for _, f := range dataLines("data/modal.txt") {
		for _, w := range f[1:] {
			lx.control[w] = f[0]
		}
	}
	for _, f := range dataLines("data/time.txt") {
		for _, w := range f[1:] {
			lx.time[w] = f[0]
		}
	}
	for _, f := range dataLines("data/nouns.txt") {
		for _, w := range f[1:] {
			lx.noun[w] = strings.ReplaceAll(f[0], "_", " ")
		}
	}
	return lx
})
