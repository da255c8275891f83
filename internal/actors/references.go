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
	ms, owner := c.candidates()
	lower := map[*actor]string{}
	titled := map[*actor]map[string]bool{}
	for _, a := range c.actors {
		lower[a] = strings.ToLower(c.name(a))
		titled[a] = map[string]bool{}
		for _, m := range a.mentions {
			for _, tw := range strings.Fields(strings.ToLower(m.title)) {
				titled[a][strings.TrimSuffix(tw, ".")] = true
			}
		}
	}
	for i, t := range toks {
		if !strings.EqualFold(t.Text, "the") {
			continue
		}
		s := c.f.d.Sentences[t.Sent]
		h := i + 1
		for h < s.Lim && h < i+4 && (toks[h].Tag == "JJ" || toks[h].Tag == "NN" && !nlp.IsCapitalized(toks[h].Text)) {
			if h+1 < s.Lim && toks[h+1].Tag == "NN" && !nlp.IsCapitalized(toks[h+1].Text) {
				h++
				continue
			}
			break
		}
		if h >= s.Lim || nlp.IsCapitalized(toks[h].Text) || toks[h].Tag != "NN" {
			continue
		}
		head := toks[h].Text
		title := c.f.lx.titles[head] && !companyHeads[head] && !institutionHeads[head]
		if !companyHeads[head] && !institutionHeads[head] && !title {
			continue
		}
		if h+1 < s.Lim && (toks[h+1].Text == "of" || toks[h+1].Tag == "NN" || toks[h+1].Tag == "NNS") {
			continue // "the company of actors", "the government bond"
		}
		para := s.Paragraph
		var target *actor
		for k, seen := len(ms)-1, 0; k >= 0 && target == nil && seen < lookBack; k-- {
			m := ms[k]
			if m.end > t.Start {
				continue
			}
			seen++
			a := owner[m]
			name := lower[a]
			switch {
			case title:
				if a.typ == tPerson && titled[a][head] {
					target = a
				}
			case strings.HasSuffix(name, " "+head):
				target = a
			case companyHeads[head] && a.typ == tOrg && para-m.para <= 2:
				target = a
			}
		}
		if target == nil {
			continue
		}
		d := &mention{kind: pronoun, start: t.Start, end: toks[h].End, first: i, lim: h + 1, sent: t.Sent, para: para}
		target.mentions = append(target.mentions, d)
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
		for next < len(ms) && ms[next].end <= t.Start {
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
		case w == "its" || w == "it" && c.subject(i) && !c.f.d.Quoted(t.Start):
			want = 'i'
		default:
			continue
		}
		para := c.f.d.Sentences[t.Sent].Paragraph
		a := c.antecedent(recent, owner, want, para, t.Sent)
		if a == nil && want == 'g' {
			a = c.antecedent(recent, owner, 'o', para, t.Sent)
		}
		if a == nil {
			continue
		}
		p := &mention{kind: pronoun, start: t.Start, end: t.End, first: i, lim: i + 1, sent: t.Sent, para: para}
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
