package positions

import (
	"bufio"
	"embed"
	"strings"
	"sync"
)

//go:embed data
var dataFS embed.FS

// lexicon maps words to the stance they show, one map per section of
// data/stance.txt.
type lexicon struct {
	action, verb, noun, word map[string]string
}

var loadLexicon = sync.OnceValue(func() *lexicon {
	lx := &lexicon{action: map[string]string{}, verb: map[string]string{}, noun: map[string]string{}, word: map[string]string{}}
	b, err := dataFS.ReadFile("data/stance.txt")
	if err != nil {
		panic(err) // the file is embedded: a missing one is a build mistake
	}
	sc := bufio.NewScanner(strings.NewReader(string(b)))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 3 || strings.HasPrefix(f[0], "#") {
			continue
		}
		var m map[string]string
		switch f[0] {
		case "action":
			m = lx.action
		case "verb":
			m = lx.verb
		case "noun":
			m = lx.noun
		case "word":
			m = lx.word
		default:
			continue
		}
		for _, w := range f[2:] {
			if _, ok := m[w]; !ok {
				m[w] = f[1]
			}
		}
	}
	return lx
})
