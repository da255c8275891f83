package actors

import (
	"sort"
	"strings"

	lex "github.com/extract-news/extract/internal/lexicon"
	"github.com/extract-news/extract/internal/nlp"
)

// Pronouns and definite descriptions ("the company", "the mayor") refer
// back to actors named before them. They are linked here to the nearest
// compatible actor, with no mention inside a quotation as antecedent: the
// words of a quotation refer from the speaker's point of view.

// lookBack is how many earlier mentions a pronoun or description may
// look through for its antecedent: enough for any article, and a bound
// that keeps the work linear on pathological input.
const lookBack = 60

// descriptions whose head names an institution: "the company".
var (
	companyHeads     = lex.HeadWords(lex.Company)
	institutionHeads = lex.HeadWords(lex.Institution)
)

// references links descriptions, then pronouns.
func (c *clusters) references() {
	c.descriptions()
	c.pronouns()
}

// candidates returns the mentions by which actors were named, in order,
// with each mention's actor; mentions inside quotations are left out.
func (c *clusters) candidates() ([]*mention, map[*mention]*actor) {
	var ms []*mention
	owner := map[*mention]*actor{}
	for _, a := range c.actors {
		for _, m := range a.mentions {
			if !c.f.d.Quoted(m.start) {
				ms = append(ms, m)
				owner[m] = a
			}
		}
	}
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].start < ms[j].start })
	return ms, owner
}

// descriptions links "the company", "the team", "the mayor" to the actor
// they stand for: one whose name ends in the head noun, or holds it as a
// title; for a company word, the nearest organisation in this paragraph or
// the two before.
func (c *clusters) descriptions() {
	toks := c.f.d.Tokens
	ref := c.referents()
	for i, t := range toks {
		if !strings.EqualFold(t.Text, "the") {
			continue
		}
		h, ok := c.descriptionHead(i)
		if !ok {
			continue
		}
		head := toks[h].Text
		title, ok := c.describes(head)
		if !ok {
			continue
		}
		para := c.f.d.Sentences[t.Sent].Paragraph
		target := ref.find(int(t.Start), para, head, title)
		if target == nil {
			continue
		}
		d := &mention{kind: pronoun, start: int(t.Start), end: int(toks[h].End), first: i, lim: h + 1, sent: int(t.Sent), para: para}
		target.mentions = append(target.mentions, d)
	}
}

// referents are what a description may refer back to: the mentions by
// which actors were named, outside quotations and in order, with each
// actor's name in lower case and the title words its mentions carry.
type referents struct {
	ms     []*mention
	owner  map[*mention]*actor
	lower  map[*actor]string
	titles map[*actor][]string
}

// referents gathers what this article's descriptions may refer back to, as
// it stands before any description is linked.
func (c *clusters) referents() *referents {
	ms, owner := c.candidates()
	r := &referents{ms: ms, owner: owner, lower: map[*actor]string{}, titles: map[*actor][]string{}}
	for _, a := range c.actors {
		r.lower[a] = strings.ToLower(c.name(a))
		for _, m := range a.mentions {
			if m.title != "" {
				r.titles[a] = append(r.titles[a], m.title)
			}
		}
	}
	return r
}

// descriptionHead finds the head noun of a description that starts with
// the "the" at token i: the last of a run of lower-case singular nouns,
// which may follow one adjective, at most three words on ("the small ferry
// company"). ok is false when there is none, or when the noun phrase goes
// on past it ("the company of actors", "the government bond").
func (c *clusters) descriptionHead(i int) (h int, ok bool) {
	toks := c.f.d.Tokens
	s := c.f.d.Sentences[toks[i].Sent]
	h = i + 1
	for h < s.Lim && h < i+4 && (toks[h].Tag == "JJ" || toks[h].Tag == "NN" && !nlp.IsCapitalized(toks[h].Text)) {
		if h+1 < s.Lim && toks[h+1].Tag == "NN" && !nlp.IsCapitalized(toks[h+1].Text) {
			h++
			continue
		}
		break
	}
	if h >= s.Lim || nlp.IsCapitalized(toks[h].Text) || toks[h].Tag != "NN" {
		return 0, false
	}
	if h+1 < s.Lim && (toks[h+1].Text == "of" || toks[h+1].Tag == "NN" || toks[h+1].Tag == "NNS") {
		return 0, false
	}
	return h, true
}

// describes reports whether a head noun can stand for an actor (ok), by
// the rule the Resolver follows (describes): a role, in which case title
// is true ("the mayor"), or a kind of organisation ("the airline").
func (c *clusters) describes(head string) (title, ok bool) {
	role, org := describes(head)
	return role, role || org
}

// find returns the actor a description at byte start, in paragraph para,
// refers to: looking back through at most lookBack mentions that end
// before it, the nearest one whose actor fits the head noun, or nil.
func (r *referents) find(start, para int, head string, title bool) *actor {
	for k, seen := len(r.ms)-1, 0; k >= 0 && seen < lookBack; k-- {
		m := r.ms[k]
		if m.end > start {
			continue
		}
		seen++
		if a := r.owner[m]; r.fits(a, m, para, head, title) {
			return a
		}
	}
	return nil
}

// fits reports whether actor a, named by mention m, is what a description
// in paragraph para means: for a title ("the mayor"), a person who bore
// that title (hasTitle, as for the Resolver); otherwise an actor whose
// name holds the head noun (namedFor: "the Harbour Company" for "the
// company"), or, for a company word, an organisation named in this
// paragraph or the two before. An unnamed source must end in the
// head: "the party" is not "senior party officials".
func (r *referents) fits(a *actor, m *mention, para int, head string, title bool) bool {
	switch {
	case title:
		return a.typ == tPerson && hasTitle(r.titles[a], head)
	case namedFor(r.lower[a], head) && r.lower[a] != head && (!a.anon || strings.HasSuffix(r.lower[a], " "+head)):
		return true
	default:
		return companyHeads[head] && a.typ == tOrg && para-m.para <= 2
	}
}

// pronouns links he and she to the nearest earlier person of that gender,
// they to the nearest group (else organisation), and a subject "it" or
// "its" to an organisation in the same sentence or the one before; all
// within the same paragraph or the one before.
func (c *clusters) pronouns() {
	toks := c.f.d.Tokens
	ms, owner := c.candidates()
	next := 0
	var recent []*mention
	for i, t := range toks {
		if t.Tag != "PRP" && t.Tag != "PRP$" {
			continue
		}
		for next < len(ms) && ms[next].end <= int(t.Start) {
			recent = append(recent, ms[next])
			next++
		}
		w := strings.ToLower(t.Text)
		var want byte
		switch {
		case malePronouns[w]:
			want = 'm'
		case femalePronouns[w]:
			want = 'f'
		case groupPronouns[w]:
			want = 'g'
		case w == "its" || w == "it" && c.subject(i) && !c.f.d.Quoted(int(t.Start)):
			want = 'i'
		default:
			continue
		}
		para := c.f.d.Sentences[t.Sent].Paragraph
		a := c.antecedent(recent, owner, want, para, int(t.Sent))
		if a == nil && want == 'g' {
			a = c.antecedent(recent, owner, 'o', para, int(t.Sent))
		}
		if a == nil {
			continue
		}
		p := &mention{kind: pronoun, start: int(t.Start), end: int(t.End), first: i, lim: i + 1, sent: int(t.Sent), para: para}
		a.mentions = append(a.mentions, p)
		if want == 'm' || want == 'f' {
			// A chain: the next "he" may refer back through this one.
			recent = append(recent, p)
			owner[p] = a
		}
		if a.gender == 0 && (want == 'm' || want == 'f') {
			a.gender = want
		}
	}
}

// antecedent finds the nearest actor among recent mentions that a pronoun
// wanting kind want can refer to: m or f a person, g a group, o or i an
// organisation (i only within the sentence or the one before).
func (c *clusters) antecedent(recent []*mention, owner map[*mention]*actor, want byte, para, sent int) *actor {
	for k := len(recent) - 1; k >= 0 && k >= len(recent)-lookBack; k-- {
		m := recent[k]
		if para-m.para > 1 || want == 'i' && sent-m.sent > 1 {
			return nil
		}
		a := owner[m]
		switch want {
		case 'g':
			if a.typ == tGroup {
				return a
			}
		case 'o', 'i':
			if a.typ == tOrg {
				return a
			}
		default:
			if a.typ == tPerson && (a.gender == 0 || a.gender == want) {
				return a
			}
		}
	}
	return nil
}

// subject reports whether "it" at token i is the subject of a verb that
// is not a copula: "it filed", "it said", but not "it is likely".
func (c *clusters) subject(i int) bool {
	toks := c.f.d.Tokens
	j := i + 1
	for j < len(toks) && toks[j].Sent == toks[i].Sent && (toks[j].Tag == "RB" || toks[j].Tag == "MD") {
		j++
	}
	if j >= len(toks) || toks[j].Sent != toks[i].Sent {
		return false
	}
	switch toks[j].Tag {
	case "VBD", "VBZ", "VBP", "VB":
		switch strings.ToLower(toks[j].Text) {
		case "has", "had", "have":
			return j+1 < len(toks) && toks[j+1].Tag == "VBN" && toks[j+1].Text != "been"
		case "is", "was", "'s", "be", "seems", "seemed", "appears", "appeared", "remains", "means", "takes", "took", "would",
			"looks", "looked", "sounds", "sounded", "feels", "felt":
			return false
		}
		return true
	}
	return false
}
