package actors

import (
	"bufio"
	"embed"
	"strings"
	"sync"
)

//go:embed data
var dataFS embed.FS

// place is one gazetteer entry.
type place struct {
	name string // canonical name
	kind string // country, capital, city, state, region, continent
}

// lexicon holds the word lists the rules read, loaded once.
type lexicon struct {
	places     map[string]*place // folded name or alias → place
	orgs       map[string]string // folded name or alias → canonical organisation name
	demonyms   map[string]*place // folded demonym (adjective or plural) → place
	firstNames map[string]byte   // given name → m, f or u
	orgWords   map[string]bool   // folded institution words (Office, Inc, ...)
	titles     map[string]bool   // folded titles, multi-word ones included
	honorifics map[string]bool   // titles with the trait honorific, as written (Mr., Dr)
	maxTitle   int               // most words in a title
	groupWords map[string]bool   // plural heads of groups (officials, police)
	anonWords  map[string]bool   // singular heads of unnamed sources (official)
}

var loadLexicon = sync.OnceValue(func() *lexicon {
	lx := &lexicon{
		places:     map[string]*place{},
		orgs:       map[string]string{},
		demonyms:   map[string]*place{},
		firstNames: map[string]byte{},
		orgWords:   map[string]bool{},
		titles:     map[string]bool{},
		honorifics: map[string]bool{},
		groupWords: map[string]bool{},
		anonWords:  map[string]bool{},
	}
	lines("data/places.tsv", func(l string) {
		f := strings.Split(l, "\t")
		if len(f) < 2 {
			return
		}
		p := &place{name: f[0], kind: f[1]}
		if _, ok := lx.places[fold(f[0])]; !ok {
			lx.places[fold(f[0])] = p
		}
		if len(f) > 2 {
			for _, a := range strings.Split(f[2], "|") {
				if a = strings.TrimSpace(a); a != "" {
					if _, ok := lx.places[fold(a)]; !ok {
						lx.places[fold(a)] = p
					}
				}
			}
		}
		if len(f) > 3 {
			for _, d := range strings.Split(f[3], "|") {
				if d = strings.TrimSpace(d); d != "" {
					if _, ok := lx.demonyms[fold(d)]; !ok {
						lx.demonyms[fold(d)] = p
					}
				}
			}
		}
	})
	lines("data/orgs.tsv", func(l string) {
		f := strings.Split(l, "\t")
		names := []string{f[0]}
		if len(f) > 1 {
			names = append(names, strings.Split(f[1], "|")...)
		}
		for _, n := range names {
			if n = strings.TrimSpace(n); n != "" {
				if _, ok := lx.orgs[fold(n)]; !ok {
					lx.orgs[fold(n)] = f[0]
				}
			}
		}
	})
	lines("data/firstnames.txt", func(l string) {
		f := strings.Split(l, "\t")
		g := byte('u')
		if len(f) > 1 && f[1] != "" {
			g = f[1][0]
		}
		lx.firstNames[f[0]] = g
	})
	lines("data/orgwords.txt", func(l string) { lx.orgWords[fold(l)] = true })
	lines("data/persontitles.txt", func(l string) {
		title, traits, _ := strings.Cut(l, "\t")
		title = strings.TrimSpace(title)
		lx.titles[fold(title)] = true
		if n := len(strings.Fields(title)); n > lx.maxTitle {
			lx.maxTitle = n
		}
		for _, t := range strings.Fields(traits) {
			if t == "honorific" {
				lx.honorifics[title] = true
			}
		}
	})
	lines("data/groupwords.txt", func(l string) { lx.groupWords[strings.ToLower(l)] = true })
	lines("data/anonwords.txt", func(l string) { lx.anonWords[strings.ToLower(l)] = true })
	return lx
})

// lines calls fn with each non-empty, non-comment line of an embedded file.
func lines(name string, fn func(string)) {
	f, err := dataFS.Open(name)
	if err != nil {
		return // a missing list is caught by TestLexicon
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		fn(l)
	}
}

// fold folds a name for comparison: lower case, no dots, curly apostrophes
// straightened, spaces single.
func fold(s string) string {
	s = folder.Replace(strings.ToLower(s))
	if !strings.Contains(s, "  ") && strings.TrimSpace(s) == s && !strings.ContainsAny(s, "\t\n") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// folder drops dots and straightens apostrophes for fold.
var folder = strings.NewReplacer(".", "", "’", "'", "‘", "'")
