package claims

import (
	"strings"

	"github.com/extract-news/extract/internal/syntax"
)

// documentSubject reports whether the subject of the cue at token c is a
// document whose head noun comes first and is not right before the cue:
// "The survey, conducted by the state's policy institute, finds ...", "A
// poll by the college in March found ...", "Federal records compiled by
// the group show ...". It reads the tokens from the start of the clause
// (sentence si's first token) up to the cue: the first common noun must be
// one of documents, and no finite verb may come before the cue.
func (f *finder) documentSubject(si, c int) bool {
	toks := f.d.Tokens
	s := f.d.Sentences[si]
	if c <= s.First || c >= s.Lim {
		return false
	}
	head := -1
	for j := s.First; j < c; j++ {
		t := toks[j].Tag
		if f.inQuote[j] >= 0 || syntax.Finite(t) && !f.skippable(j) {
			return false
		}
		if head < 0 && (t == "NN" || t == "NNS") {
			head = j
		}
	}
	return head >= 0 && documents[strings.ToLower(toks[head].Text)]
}
