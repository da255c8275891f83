package actors

import (
	"fmt"
	"strings"

	lex "github.com/extract-news/extract/internal/lexicon"
	"github.com/extract-news/extract/internal/nlp"
	"github.com/extract-news/extract/internal/record"
)

// An unnamed source that speaks is an actor even when Find did not take it
// for one: "the announcer said", "campaign aides insisted", "the
// commission says", "his attorney wrote". Source makes that actor, for a
// speaker that no named actor or description resolves to.

// notSources are heads of descriptions that name a thing, not a source:
// "the website says".
var notSources = set("website", "site", "index", "paper", "house", "station", "channel", "network")

// orgSources are the heads that name an organisation speaking.
var orgSources = lex.HeadWords(lex.Org)

// sourceWord opens the phrase of an unnamed source: an article, a
// quantifier or a possessive pronoun ("his attorney").
func sourceWord(t nlp.Token) bool {
	w := strings.ToLower(t.Text)
	return t.Tag == "PRP$" || opens(w)
}

// sourceType returns the type of the unnamed source whose head is the
// word w (lower case): a person for a role or a person's common noun
// ("announcer", "aide"), a group for their plurals ("aides"), an
// organisation for a kind of organisation ("commission"); "" when w names
// no source.
func sourceType(lx *lexicon, w string) string {
	switch {
	case notSources[w]:
		return ""
	case lx.anonWords[w] || roleNouns[w]:
		return record.Person
	case lx.groupWords[w], strings.HasSuffix(w, "s") && lx.anonWords[strings.TrimSuffix(w, "s")]:
		return record.Group
	case orgSources[w]:
		return record.Organization
	}
	return ""
}

// Source returns the actor that the unnamed source of tokens [k, j],
// headed by token j, stands for: an unnamed actor already known by the
// same words ("a spokesperson" ... "the spokesperson"), else a new one
// with anonymous set, whose id follows the last actor's. The phrase is
// lower-case words that may open with an article, a quantifier, a
// possessive pronoun, "all", "both" or a number in words ("the
// announcer", "campaign aides", "his attorney", "all three candidates"),
// and may join two sources' heads with "and" ("leaders and diplomats");
// it returns none for any other phrase, or one whose head names no
// source ("the report"). The span is linked to the actor returned.
func (r *Resolver) Source(k, j int) int {
	toks := r.d.Tokens
	if r.dry || k < 0 || j < k || j >= len(toks) || j-k > 4 || r.d.Sentences[toks[j].Sent].Heading {
		return none // a headline's "Mayor vows ..." names no one
	}
	typ := sourceType(loadLexicon(), strings.ToLower(toks[j].Text))
	if typ == "" {
		return none
	}
	if o := r.Owners()[j]; o >= 0 {
		if act := r.actors[o]; act.Anonymous && act.Type == typ {
			return int(o) // package actors found it
		}
		return none
	}
	if !r.sourceWords(k, j) {
		return none
	}
	a := r.sourceActor(r.sourceName(k, j), typ)
	r.Link(a, k, j+1)
	return a
}

// sourceWords reports whether the words of tokens [k, j] may name an
// unnamed source: an opening article, quantifier or possessive, "all",
// "both" or a number in words, then lower-case nouns and adjectives, two
// sources' heads perhaps joined by "and"; none of them an actor's.
func (r *Resolver) sourceWords(k, j int) bool {
	toks := r.d.Tokens
	lx := loadLexicon()
	for i := k; i <= j; i++ {
		t := toks[i]
		if i == k && sourceWord(t) {
			continue
		}
		if i < j && r.opener(k, i) {
			continue // "all three candidates"
		}
		if i > k && i < j && t.Text == "and" && sourceType(lx, strings.ToLower(toks[i-1].Text)) != "" {
			continue // "world leaders and diplomats"
		}
		if t.Tag != "NN" && t.Tag != "NNS" && t.Tag != "JJ" && t.Tag != "NNP" && t.Tag != "VBN" || r.Owners()[i] >= 0 {
			return false
		}
		if nlp.IsCapitalized(t.Text) && i == j && i != r.d.Sentences[t.Sent].First {
			return false // a name, unless its capital opens the sentence
		}
	}
	return true
}

// sourceActor returns the unnamed actor of type typ known by the words of
// name (sameSource), else a new one, whose id follows the last actor's.
func (r *Resolver) sourceActor(name, typ string) int {
	key := sourceKey(name)
	for x := range r.actors {
		if act := &r.actors[x]; act.Anonymous && act.Type == typ && sameSource(sourceKey(act.Name), key) {
			return x
		}
	}
	a := len(r.actors)
	r.actors = append(r.actors, record.Actor{
		ID: fmt.Sprintf("a%d", a+1), Name: name, Type: typ, Anonymous: true,
		Aliases: []string{}, Titles: []string{}, Spans: []record.Span{},
	})
	r.added = append(r.added, nil)
	r.born = append(r.born, a)
	return a
}

// opener reports whether token i, in the opening words of the phrase
// that starts at token k, is "all", "both" or a number after the words
// that open it: "all three candidates", "both candidates", "the two
// lawyers".
func (r *Resolver) opener(k, i int) bool {
	toks := r.d.Tokens
	for m := k; m < i; m++ {
		if w := strings.ToLower(toks[m].Text); !sourceWord(toks[m]) && w != "all" && w != "both" && toks[m].Tag != "CD" {
			return false
		}
	}
	w := strings.ToLower(toks[i].Text)
	return w == "all" || w == "both" || toks[i].Tag == "CD" && !strings.ContainsAny(toks[i].Text, "0123456789")
}

// sourceName names an unnamed source by its words, without a leading
// "the", as package actors names the ones it finds: "commission" for "The
// commission", "A spokesperson".
func (r *Resolver) sourceName(k, j int) string {
	toks := r.d.Tokens
	if strings.EqualFold(toks[k].Text, "the") && k < j {
		k++
	}
	return string(r.d.Input[toks[k].Start:toks[j].End])
}

// sourceKey is what two names of one unnamed source share: the words
// after a leading article or quantifier, folded.
func sourceKey(name string) string {
	ws := strings.Fields(fold(name))
	for len(ws) > 1 && opens(ws[0]) {
		ws = ws[1:]
	}
	return strings.Join(ws, " ")
}

// sameSource reports whether an unnamed source known by the words known
// is the one a phrase of the words seen names: the same head, and the
// words of one among those of the other ("former lawmakers" and "former
// Republican lawmakers").
func sameSource(known, seen string) bool {
	k, s := strings.Fields(known), strings.Fields(seen)
	if len(k) == 0 || len(s) == 0 || k[len(k)-1] != s[len(s)-1] {
		return false
	}
	return subset(s, k) || subset(k, s)
}

// Born returns the indices of the actors Source added, in order.
func (r *Resolver) Born() []int { return r.born }

// qualifiers follow the head of an unnamed source and say what it knows:
// "a person familiar with the talks", "an official close to the
// minister", "two people briefed on the plan".
var qualifiers = set("familiar", "close", "briefed", "knowledgeable")

// qualified returns the end (exclusive) of the name of the unnamed source
// headed by token h, in a sentence ending before lim: past a qualifier
// and the noun phrase it governs ("a person familiar with the talks"),
// else just past the head.
func (f *finder) qualified(h, lim int) int {
	toks := f.d.Tokens
	k := h + 1
	switch {
	case k+1 < lim && qualifiers[toks[k].Text] && (toks[k+1].Tag == "IN" || toks[k+1].Tag == "TO"):
		k += 2
	case k+2 < lim && toks[k].Text == "with" && toks[k+1].Text == "knowledge" && toks[k+2].Text == "of":
		k += 3
	default:
		return h + 1
	}
	end := k
	for end < lim && end-k < 6 && npTags[toks[end].Tag] {
		end++
	}
	if end == k || !strings.HasPrefix(toks[end-1].Tag, "NN") {
		return h + 1
	}
	return end
}

// npTags tag the words of a short noun phrase.
var npTags = set("DT", "JJ", "NN", "NNS", "NNP", "NNPS", "POS", "PRP$", "CD")
