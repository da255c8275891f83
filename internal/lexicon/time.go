package lexicon

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// TimeKind is a set of the kinds of data/time.txt a word of time has.
type TimeKind uint16

// The kinds of words of time; data/time.txt explains each.
const (
	Month TimeKind = 1 << iota
	MonthAbbr
	Weekday
	Day
	Part
	Unit
	Season
	Lead
	Relative
	Now
	Duration
	Holiday
	Clock
)

var timeKindNames = map[string]TimeKind{
	"month": Month, "monthabbr": MonthAbbr, "weekday": Weekday, "day": Day, "part": Part,
	"unit": Unit, "season": Season, "lead": Lead, "relative": Relative, "now": Now,
	"duration": Duration, "holiday": Holiday, "clock": Clock,
}

// Time returns the kinds of the word w, in any case; 0 for a word that
// is no word of time.
func Time(w string) TimeKind {
	return times()[strings.ToLower(w)]
}

// TimeWords returns the set of the lower-case words of time that have
// any of the kinds k.
func TimeWords(k TimeKind) map[string]bool {
	return wordsWith(times(), k)
}

// TimeNames returns the set of the words of time of the kinds k as
// written in running text: capitalised ("June", "Friday"), or in
// capitals for a clock word ("GMT").
func TimeNames(k TimeKind) map[string]bool {
	out := map[string]bool{}
	for w, wk := range times() {
		if wk&k == 0 {
			continue
		}
		if wk&Clock != 0 {
			out[strings.ToUpper(w)] = true
			continue
		}
		r, n := utf8.DecodeRuneInString(w)
		out[string(unicode.ToUpper(r))+w[n:]] = true
	}
	return out
}

var times = sync.OnceValue(func() map[string]TimeKind {
	m := map[string]TimeKind{}
	for _, f := range fields("data/time.txt") {
		k := timeKindNames[f[0]]
		for _, w := range f[1:] {
			m[w] |= k
		}
	}
	return m
})
