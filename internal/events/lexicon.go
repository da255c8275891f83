package events

import (
	"bufio"
	"embed"
	"strings"
	"sync"

	"github.com/extract-news/extract/internal/lexicon"
)

//go:embed data
var dataFS embed.FS

// lexicon holds the word lists the rules read, loaded once.
type wordLists struct {
	control map[string]string // lemma → modality it gives the verb after "to"
	time    map[string]string // lower-cased word → month, weekday, day, unit or lead
	noun    map[string]string // event noun → the verb lemma of its action
}

var loadLexicon = sync.OnceValue(func() *wordLists {
	lx := &wordLists{control: map[string]string{}, time: map[string]string{}, noun: map[string]string{}}
	for _, f := range dataLines("data/modal.txt") {
		for _, w := range f[1:] {
			lx.control[w] = f[0]
		}
	}
	// The kinds of words of time the rules tell apart.
	for _, k := range []struct {
		name  string
		kinds lexicon.TimeKind
	}{
		{"month", lexicon.Month | lexicon.MonthAbbr},
		{"weekday", lexicon.Weekday},
		{"day", lexicon.Day},
		{"unit", lexicon.Part | lexicon.Unit | lexicon.Season},
		{"lead", lexicon.Lead | lexicon.Relative},
	} {
		for w := range lexicon.TimeWords(k.kinds) {
			lx.time[w] = k.name
		}
	}
	for _, f := range dataLines("data/nouns.txt") {
		for _, w := range f[1:] {
			lx.noun[w] = strings.ReplaceAll(f[0], "_", " ")
		}
	}
	return lx
})

// skip reports whether a verb of this lemma gives no event: the lexicon
// derives these from the reporting cues, the stance verbs and the verbs
// of state.
func (lx *wordLists) skip(lemma string) bool { return lexicon.NoEvent(lemma) }

// dataLines returns the fields of each line of an embedded data file,
// skipping blank lines and # comments.
func dataLines(name string) [][]string {
	b, err := dataFS.ReadFile(name)
	if err != nil {
		panic(err) // the file is embedded: a missing one is a build mistake
	}
	var out [][]string
	sc := bufio.NewScanner(strings.NewReader(string(b)))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		out = append(out, strings.Fields(line))
	}
	return out
}
