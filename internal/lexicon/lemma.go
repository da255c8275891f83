package lexicon

import (
	"strings"
	"sync"
)

// forms maps an inflected verb form to its lemma, and says which words are
// lemmas themselves; loaded once from data/irregular.txt.
type forms struct {
	lemma  map[string]string
	lemmas map[string]bool
}

var loadForms = sync.OnceValue(func() *forms {
	f := &forms{lemma: map[string]string{}, lemmas: map[string]bool{}}
	for _, fields := range fields("data/irregular.txt") {
		f.lemmas[fields[0]] = true
		for _, w := range fields[1:] {
			if _, ok := f.lemma[w]; !ok {
				f.lemma[w] = fields[0]
			}
		}
	}
	return f
})

// Lemma returns the dictionary form of the verb word whose Penn Treebank
// tag is tag: "withdrew" VBD gives withdraw, "stopped" VBD stop, "retired"
// VBN retire, "carries" VBZ carry. Words of other tags come back lower-cased.
func Lemma(word, tag string) string {
	w := strings.ToLower(strings.ReplaceAll(word, "’", "'"))
	if !strings.HasPrefix(tag, "VB") && tag != "MD" {
		return w
	}
	f := loadForms()
	if (tag == "VB" || tag == "VBP") && f.lemmas[w] {
		return w
	}
	if l, ok := f.lemma[w]; ok {
		return l
	}
	switch tag {
	case "VBZ":
		return thirdPerson(w)
	case "VBD", "VBN":
		if s, ok := strings.CutSuffix(w, "ed"); ok && len(s) >= 2 {
			return stem(s, w)
		}
	case "VBG":
		if s, ok := strings.CutSuffix(w, "ing"); ok && len(s) >= 2 {
			return stem(s, w)
		}
	}
	return w
}

// thirdPerson undoes the -s of a present-tense third-person form.
func thirdPerson(w string) string {
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ies") && !isVowel(w[len(w)-4]):
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "shes"),
		strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "xes"),
		strings.HasSuffix(w, "zzes"), strings.HasSuffix(w, "oes"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 2:
		return w[:len(w)-1]
	}
	return w
}

// stem restores the lemma from what is left of w once -ed or -ing is cut.
func stem(s, w string) string {
	n := len(s)
	switch {
	case strings.HasSuffix(w, "ied") && n >= 2 && s[n-1] == 'i':
		return s[:n-1] + "y" // carried
	case s[n-1] == 'e':
		if strings.HasSuffix(w, "eed") {
			return w[:len(w)-1] // agreed
		}
		return s // seeing, agreeing
	case n >= 3 && s[n-1] == s[n-2] && !isVowel(s[n-1]) && !strings.ContainsRune("lsfzw", rune(s[n-1])):
		return s[:n-1] // stopped, planning
	case needsE(s):
		return s + "e"
	}
	return s
}

// needsE says whether a stem left by cutting -ed or -ing lost a final e:
// retir(ed), produc(ed), chang(ing), creat(ed).
func needsE(s string) bool {
	n := len(s)
	last := s[n-1]
	switch last {
	case 'v', 'c', 'u':
		return true // moved, produced, argued
	case 'z':
		return s[n-2] != 'z' // seized, not buzzed
	case 's':
		// caused, released, licensed, collapsed, endorsed; not passed.
		return s[n-2] != 's'
	case 'g':
		return needsEAfterG(s)
	case 'l':
		// handled, settled (consonant + l); filed, ruled (single vowel).
		if !isVowel(s[n-2]) && s[n-2] != 'l' && s[n-2] != 'r' && s[n-2] != 'w' {
			return true
		}
	}
	if n < 3 || isVowel(last) || last == 'w' || last == 'x' || last == 'y' {
		return false
	}
	v, c0 := s[n-2], s[n-3]
	if last == 't' && v == 'a' && (c0 == 'i' || c0 == 'u') {
		return true // negotiated, evaluated
	}
	if c0 == 'u' && n >= 4 && s[n-4] == 'q' {
		c0 = 'q' // required: the u of qu is no vowel here
	}
	if !isVowel(v) || isVowel(c0) {
		return false // stem ends in two consonants or a vowel pair: formed, gained
	}
	if syllables(s) == 1 {
		return true // hoped, named, voted, timed
	}
	switch s[n-2:] {
	case "at", "ut", "ad", "ir", "ur", "ar", "id", "od", "ud", "ov", "iv", "in", "il", "ol", "ok", "ak", "ik", "uk", "ap", "ot", "or", "am", "um", "im", "om", "ib", "ub", "ag":
		return true
	}
	return false
}

// needsEAfterG is needsE for a stem ending in g: charg(ed) and
// engag(ed) lost an e, belong(ed) did not.
func needsEAfterG(s string) bool {
	n := len(s)
	p := s[n-2]
	switch {
	case p == 'r' || p == 'd' || p == 'l':
		return true // charged, judged, indulged
	case isVowel(p) && n >= 3:
		return !isVowel(s[n-3]) // engaged, managed
	case p == 'n' && n >= 3:
		q := s[n-3]
		if q == 'o' || q == 'i' {
			return false // belonged, bringing
		}
		if q == 'a' {
			return strings.HasSuffix(s, "chang") || strings.HasSuffix(s, "rang")
		}
		return true // challenged, plunged
	}
	return false
}

// syllables counts the vowel groups of s.
func syllables(s string) int {
	n, prev := 0, false
	for i := 0; i < len(s); i++ {
		v := isVowel(s[i]) || (s[i] == 'y' && i > 0)
		if v && !prev {
			n++
		}
		prev = v
	}
	return n
}

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

// VerbLemma returns the lemma of a verb form read without its tag, the
// tag guessed from the ending: "opposes", "favoured", "welcoming", "fought".
func VerbLemma(word string) string {
	w := strings.ToLower(word)
	tag := "VB"
	switch {
	case strings.HasSuffix(w, "ing"):
		tag = "VBG"
	case strings.HasSuffix(w, "ed"):
		tag = "VBD"
	case strings.HasSuffix(w, "s"):
		tag = "VBZ"
	}
	return Lemma(w, tag)
}
