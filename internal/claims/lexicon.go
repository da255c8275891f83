package claims

import (
	"slices"
	"strings"
	"sync"

	"github.com/extract-news/extract/internal/lexicon"
)

// class says what a cue can introduce.
type class uint8

const (
	say       class = iota + 1 // a quotation or a reported clause
	tell                       // the same, after a hearer: told Y that ...
	think                      // a reported belief or finding: a clause only
	quote                      // a quotation or quoted fragment only
	act                        // a speech act whose content may be a noun phrase
	according                  // according to X
	commit                     // like say, and an intention: X pledged to ...
	intend                     // an intention only: X wants to ...
	name                       // a quotation, or what X called Y "..."
)

var classNames = map[string]class{
	"say": say, "tell": tell, "think": think, "quote": quote, "act": act, "according": according,
	"commit": commit, "intend": intend, "name": name,
}

// classText names each class, as cues.txt does.
var classText = func() map[class]string {
	m := make(map[class]string, len(classNames))
	for n, c := range classNames {
		m[c] = n
	}
	return m
}()

// quotes reports whether a cue of class c can attribute a quotation.
func (c class) quotes() bool { return c != think && c != intend }

// phrase reports whether a cue of class c may report a noun phrase: "X
// called for an inquiry", "X called the plan \"reckless\"".
func (c class) phrase() bool { return c == act || c == name }

// infinitive reports whether a cue of class c reports an intention or a
// belief through an infinitive: "X pledged to ...", "X hopes to ...".
func (c class) infinitive() bool { return c == commit || c == intend || c == think }

// trait is a property of a cue word that some rules read, given by a
// "+trait:" line of the lexicon's cues.txt.
type trait uint16

const (
	asksTrait    trait = 1 << iota // reports a question: asked whether ...
	findingTrait                   // what a document shows: the poll shows ...
	objectTrait                    // a say cue reporting a noun phrase: acknowledged X
	requestTrait                   // a hearer and an infinitive: asked Y to ...
	namesToTrait                   // compared Y to Z
	namesATrait                    // called Y a Z, no quotation marks needed
	countsTrait                    // a number after it is arithmetic: added 1,200 jobs
	longTrait                      // content never one or two words: accused X of Y
	negatedTrait                   // reports its content negated too: did not mention X
)

var traitNames = map[string]trait{
	"asks": asksTrait, "finding": findingTrait, "object": objectTrait, "request": requestTrait,
	"names-to": namesToTrait, "names-a": namesATrait, "counts": countsTrait, "long": longTrait,
	"negated": negatedTrait,
}

// cueForm is one written form of a cue: its lower-case words.
type cueForm struct {
	words []string
	class class
}

// cueLexicon maps the first word of every cue form to the forms it starts,
// longest first.
type cueLexicon struct {
	byFirst map[string][]cueForm
	traits  map[string]trait // by lower-case word
}

// has reports whether the word w, in any case, has trait t.
func (lx *cueLexicon) has(w string, t trait) bool {
	return lx.traits[strings.ToLower(w)]&t != 0
}

// loadLexicon reads the lexicon's cues once; the result is never modified.
var loadLexicon = sync.OnceValue(func() *cueLexicon {
	lx, _ := parseLexicon(lexicon.Cues())
	return lx
})

// parseLexicon reads the cue list into the classes and traits the rules
// know. It returns the lexicon and what it could not read, for the test
// to report.
func parseLexicon(cl *lexicon.CueList) (*cueLexicon, []string) {
	lx := &cueLexicon{byFirst: map[string][]cueForm{}, traits: map[string]trait{}}
	var bad []string
	for _, name := range sortedKeys(cl.Traits) {
		tr := traitNames[name]
		if tr == 0 {
			continue // a trait other analysers read
		}
		for _, w := range cl.Traits[name] {
			if strings.Contains(w, " ") {
				bad = append(bad, "+"+name+": "+w)
				continue
			}
			lx.traits[w] |= tr
		}
	}
	for _, cue := range cl.Cues {
		c := classNames[cue.Class]
		if c == 0 {
			bad = append(bad, cue.Class+": "+strings.Join(cue.Forms[0], " "))
			continue
		}
		for _, words := range cue.Forms {
			lx.byFirst[words[0]] = append(lx.byFirst[words[0]], cueForm{words: words, class: c})
		}
	}
	for w, fs := range lx.byFirst {
		// Longest first, so "pointed out" wins over "pointed".
		for i := 1; i < len(fs); i++ {
			for j := i; j > 0 && len(fs[j].words) > len(fs[j-1].words); j-- {
				fs[j], fs[j-1] = fs[j-1], fs[j]
			}
		}
		lx.byFirst[w] = fs
	}
	return lx, bad
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
