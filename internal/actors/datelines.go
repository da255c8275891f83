package actors

import (
	"strings"
	"unicode"

	"github.com/extract-news/extract/internal/nlp"
)

// A dateline opens a story with its place in capitals: "PORT AVERLY,
// Maine —", "KESTREL BAY (Reuters) -". The place is an actor, named as a
// name is written ("Port Averly"), and the state after it is its own
// mention, not part of the city's name.

// datelines names the places of datelines in title case, as places.
func (f *finder) datelines() {
	for _, m := range f.mentions {
		if m.kind == named && f.dateline(m) {
			m.name = titleWords(m.name)
			m.scores[tLoc] += 6
		}
	}
}

// dateline reports whether named mention m is the place of a dateline:
// words in capitals, four letters or more, that open a paragraph and are
// followed by a dash, a parenthesis, or a comma and a place.
func (f *finder) dateline(m *mention) bool {
	toks := f.d.Tokens
	s := f.d.Sentences[m.sent]
	if m.first != s.First || m.sent > 0 && f.d.Sentences[m.sent-1].Paragraph == s.Paragraph || m.lim >= s.Lim {
		return false
	}
	letters := 0
	for _, r := range f.text(m.first, m.lim) {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters < 4 {
		return false
	}
	switch toks[m.lim].Text {
	case "—", "–", "-", "--", "(":
		return true
	case ",":
		return m.lim+1 < s.Lim && (f.isPlace(m.lim+1, m.lim+2) || f.isPlace(m.lim+1, min(m.lim+3, s.Lim)))
	}
	return false
}

// titleWords writes each word of s with a capital and lower case after
// it: "PORT AVERLY" becomes "Port Averly", "ST. CLAIR" "St. Clair".
func titleWords(s string) string {
	ws := strings.Fields(s)
	for i, w := range ws {
		rs := []rune(strings.ToLower(w))
		for k := range rs {
			if k == 0 || rs[k-1] == '/' || rs[k-1] == '-' {
				rs[k] = unicode.ToUpper(rs[k])
			}
		}
		ws[i] = string(rs)
	}
	return strings.Join(ws, " ")
}

// commonNoun reports whether token i, a capitalised word that opens a
// sentence, reads as a common noun there though the tagger took it for a
// name: it modifies the lower-case noun after it ("Oyster farmers said",
// "Budget talks stalled").
func (f *finder) commonNoun(i int) bool {
	toks := f.d.Tokens
	if i+1 >= len(toks) || toks[i+1].Sent != toks[i].Sent {
		return false
	}
	n := toks[i+1]
	return (n.Tag == "NN" || n.Tag == "NNS") && !nlp.IsCapitalized(n.Text)
}
