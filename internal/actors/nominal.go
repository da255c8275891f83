package actors

import (
	"sort"
	"strings"

	lex "github.com/extract-news/extract/internal/lexicon"
	"github.com/extract-news/extract/internal/record"
)

// Description resolves a definite description that names no actor, tokens
// [k, j] ("the mayor", "the former president", "The campaign"), to the
// actor it refers back to, and links its span to that actor. A head
// that is a role ("mayor") refers to the latest person whose titles hold
// that word, else to the only person named in this paragraph or the two
// before; a head that is a kind of organisation ("bank") refers to the
// latest organisation whose name holds that word, else the latest one
// named in this paragraph or the three before. A description that package
// actors took for an unnamed source (anon, else none) is resolved only to
// an actor whose title or name holds its head. Mentions inside quotations
// (nlp's Doc.Quoted) are no antecedents. It returns none when it finds no actor.
func (r *Resolver) Description(k, j, anon int) int {
	toks := r.d.Tokens
	if r.dry || j <= k || !strings.EqualFold(toks[k].Text, "the") {
		return none
	}
	for i := k + 1; i < j; i++ {
		if t := toks[i].Tag; int(r.Owners()[i]) != anon || t != "JJ" && t != "NN" && t != "VBN" {
			return none
		}
	}
	strict := anon != none
	head := strings.ToLower(toks[j].Text)
	at := toks[k].Start
	para := r.d.Sentences[toks[k].Sent].Paragraph
	a := none
	switch role, org := describes(head); {
	case role:
		a = r.titled(head, int(at), para, strict)
	case org:
		a = r.organization(head, int(at), para, strict)
	}
	if a != none {
		r.Link(a, k, j+1)
	}
	return a
}

// roleNouns are the heads of descriptions that refer to a person by role.
var roleNouns = lex.HeadWords(lex.Role)

// The rule for what a definite description refers to, one for Find
// (references.go) and for the Resolver: its head (lower case) names a
// role ("the mayor": a person who bears that title) or a kind of
// organisation ("the bank", "the ministry": an organisation whose name
// holds that word, else one named near it); describes says which.
func describes(head string) (role, org bool) {
	if roleNouns[head] || loadLexicon().titles[head] {
		return true, false
	}
	return false, orgNouns[head] || companyHeads[head] || institutionHeads[head]
}

// namedFor reports whether a name holds the head word of a description:
// "Orvane Bank" for "the bank".
func namedFor(name, head string) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if w == head {
			return true
		}
	}
	return false
}

// orgNouns are the heads of descriptions that refer to an organisation.
var orgNouns = lex.HeadWords(lex.Org)

// titleAbbrevs gives the abbreviated titles a role noun also matches.
var titleAbbrevs = map[string]string{
	"senator": "sen", "governor": "gov", "representative": "rep", "president": "pres",
	"secretary": "sec", "general": "gen", "congressman": "rep", "congresswoman": "rep",
}

// titled returns the person, mentioned before offset at, whose titles hold
// the word role and whose mention is latest; failing that, unless strict,
// the only person named outside quotations in paragraph para or the two
// before it (in its own sentence, only with no verb between them).
func (r *Resolver) titled(role string, at, para int, strict bool) int {
	best, bestAt := none, -1
	for a, act := range r.actors {
		if act.Type != record.Person || act.Anonymous || !hasTitle(act.Titles, role) {
			continue
		}
		if s := r.lastMention(a, at, -1); s > bestAt {
			best, bestAt = a, s
		}
	}
	if best != none || strict {
		return best
	}
	// A person named earlier in the description's sentence counts only
	// with no verb between: "Maria Delgado, now the mayor," but not "Tom
	// Keller said the mayor told him".
	sentStart := r.d.Sentences[r.d.SentenceAt(at)].Start
	only := none
	for a, act := range r.actors {
		if act.Type != record.Person || act.Anonymous {
			continue
		}
		s := r.lastMention(a, at, para-2)
		if s >= sentStart && r.verbBetween(s, at) {
			s = r.lastMention(a, sentStart, para-2)
		}
		if s < 0 {
			continue
		}
		if only != none {
			return none
		}
		only = a
	}
	return only
}

// verbBetween reports whether a finite verb stands between input offsets
// from and to.
func (r *Resolver) verbBetween(from, to int) bool {
	toks := r.d.Tokens
	for i := r.d.TokenAt(from); i < len(toks) && int(toks[i].Start) < to; i++ {
		switch toks[i].Tag {
		case "VBD", "VBZ", "VBP":
			return true
		}
	}
	return false
}

// hasTitle reports whether one of titles holds the word role, or its
// abbreviation: "Sen." for "senator".
func hasTitle(titles []string, role string) bool {
	abbr := titleAbbrevs[role]
	for _, t := range titles {
		for _, w := range strings.Fields(strings.ToLower(t)) {
			w = strings.Trim(w, ".,")
			if w == role || abbr != "" && w == abbr {
				return true
			}
		}
	}
	return false
}

// organization returns the organisation mentioned before offset at whose
// name holds the word kind and whose mention is latest; failing that,
// unless strict, the organisation named latest in paragraph para or the
// three before it.
func (r *Resolver) organization(kind string, at, para int, strict bool) int {
	best, bestAt := none, -1
	for a, act := range r.actors {
		if act.Type != record.Organization || act.Anonymous {
			continue
		}
		if !namedFor(act.Name, kind) {
			continue
		}
		if s := r.lastMention(a, at, -1); s > bestAt {
			best, bestAt = a, s
		}
	}
	if best != none || strict {
		return best
	}
	for a, act := range r.actors {
		if act.Type != record.Organization || act.Anonymous {
			continue
		}
		if s := r.lastMention(a, at, para-3); s > bestAt {
			best, bestAt = a, s
		}
	}
	return best
}

// lastMention returns the start of actor a's latest mention that ends
// before offset at, lies outside quotations and is in paragraph minPara or
// later; -1 when there is none.
func (r *Resolver) lastMention(a, at, minPara int) int {
	spans := r.actors[a].Spans // sorted by start
	k := sort.Search(len(spans), func(i int) bool { return spans[i][0] > at })
	for k--; k >= 0; k-- {
		sp := spans[k]
		if minPara >= 0 && r.paraAt(sp[0]) < minPara {
			return -1 // earlier spans lie in earlier paragraphs still
		}
		if sp[1] <= at && !r.d.Quoted(sp[0]) {
			return sp[0]
		}
	}
	return -1
}
