package lexicon

import (
	"bufio"
	"embed"
	"strings"
)

//go:embed data
var dataFS embed.FS

// fields returns the fields of each line of an embedded data file,
// skipping blank lines and # comments.
func fields(name string) [][]string {
	var out [][]string
	for _, l := range lines(name) {
		out = append(out, strings.Fields(l))
	}
	return out
}

// lines returns the lines of an embedded data file, trimmed, skipping
// blank lines and # comments.
func lines(name string) []string {
	b, err := dataFS.ReadFile(name)
	if err != nil {
		panic(err) // the file is embedded: a missing one is a build mistake
	}
	var out []string
	sc := bufio.NewScanner(strings.NewReader(string(b)))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		out = append(out, line)
	}
	return out
}

// wordsWith returns the set of the words of m whose bits have any of the
// bits of k.
func wordsWith[K ~uint8 | ~uint16](m map[string]K, k K) map[string]bool {
	out := map[string]bool{}
	for w, wk := range m {
		if wk&k != 0 {
			out[w] = true
		}
	}
	return out
}

// traitFile reads a data file of one word a line followed by its traits,
// each named as in names, into the set of traits of each word; a word on
// several lines has the traits of all. bad holds the lines that give no
// trait or one that names does not know.
func traitFile[K ~uint8 | ~uint16](name string, names map[string]K) (m map[string]K, bad []string) {
	m = map[string]K{}
	for _, f := range fields(name) {
		if len(f) < 2 {
			bad = append(bad, strings.Join(f, " "))
		}
		for _, t := range f[1:] {
			if names[t] == 0 {
				bad = append(bad, strings.Join(f, " "))
			}
			m[f[0]] |= names[t]
		}
	}
	return m, bad
}
