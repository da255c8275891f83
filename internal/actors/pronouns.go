package actors

import (
	"sort"
	"strings"
)

// pronouns links he, she and they to the nearest earlier compatible actor
// in the same paragraph or the one before: a person of the same gender, or
// a group or organisation.
func (c *clusters) pronouns() {
	toks := c.f.d.Tokens
	var named []*mention
	for _, a := range c.actors {
		named = append(named, a.mentions...)
	}
	sort.SliceStable(named, func(i, j int) bool { return named[i].start < named[j].start })
	owner := map[*mention]*actor{}
	for _, a := range c.actors {
		for _, m := range a.mentions {
			owner[m] = a
		}
	}
	next := 0
	var recent []*mention
	for i, t := range toks {
		if t.Tag != "PRP" && t.Tag != "PRP$" {
			continue
		}
		for next < len(named) && named[next].end <= t.Start {
			recent = append(recent, named[next])
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
		default:
			continue
		}
		para := c.f.d.Sentences[t.Sent].Paragraph
		for k := len(recent) - 1; k >= 0; k-- {
			m := recent[k]
			if para-m.para > 1 {
				break
			}
			a := owner[m]
			if a == nil {
				continue
			}
			if want == 'g' {
				if a.typ != tGroup && a.typ != tOrg {
					continue
				}
			} else {
				if a.typ != tPerson || a.gender != 0 && a.gender != want {
					continue
				}
			}
			p := &mention{kind: pronoun, start: t.Start, end: t.End, first: i, lim: i + 1, sent: t.Sent, para: para, actor: -1}
			a.mentions = append(a.mentions, p)
			owner[p] = a
			if a.gender == 0 && want != 'g' {
				a.gender = want
			}
			break
		}
	}
}
