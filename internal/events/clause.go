package events

import (
	"strings"

	"github.com/extract-news/extract/internal/nlp"
	"github.com/extract-news/extract/internal/record"
	"github.com/extract-news/extract/internal/syntax"
)

// group is a verb group as events read it: the syntax's verb group and
// the modality it gives its event.
type group struct {
	*syntax.Verb
	modality string
}

// np is a noun phrase.
type np = syntax.Phrase

// cand is a candidate event with what the rules read about it.
type cand struct {
	e       record.Event
	g       group
	agent   int  // actor index of the agent, -1 for none
	patient int  // actor index of the patient, -1 for none
	noun    bool // read from an event noun
	// governed says that the noun's agent is that of the verb it is the
	// object of ("Aeroflot negotiated the purchase").
	governed bool
	subj     int  // token index of the subject's head, -1 for none
	kept     bool // whether the clause rules keep it
}

// sentence returns the candidate events of sentence si.
func (f *finder) sentence(si int) []cand {
	s := f.d.Sentences[si]
	gs := f.groups(si)
	var out []cand
	agents := make([]int, len(gs)) // actor index of each group's agent, -1 for none
	for gi := range gs {
		agents[gi] = -1
	}
	for gi, g := range gs {
		lo, hi := g.Lo, g.Hi
		subj, hasSubj, inherit := f.subject(g)
		agent, patientActor := -1, -1
		patient := ""
		if inherit && gi > 0 {
			agent = agents[gi-1]
		}
		spanStart := g.First
		if hasSubj {
			spanStart = int(subj.A)
		}
		if g.Passive {
			if hasSubj {
				patient = f.text(int(subj.A), int(subj.B))
				patientActor = f.npActor(subj)
			}
			if g.By.OK {
				agent = f.npActor(g.By)
			}
		} else {
			if hasSubj {
				agent = f.npActor(subj)
			}
			if obj := g.Object; obj.OK {
				patient = f.text(int(obj.A), int(obj.B))
				patientActor = f.npActor(obj)
			}
		}
		if agent < 0 && !g.Finite && !g.Passive && !f.modifier(g) {
			agent = f.nearestActor(g.First-1, s.First)
		}
		agents[gi] = agent
		end := hi - 1
		for end > g.Last && f.syn.Is(end, syntax.Punct) {
			end--
		}
		e := record.Event{
			Action:       g.Lemma,
			ActionSpan:   record.Span{int(f.d.Tokens[g.Main].Start), int(f.d.Tokens[g.Last].End)},
			Text:         f.text(spanStart, end),
			Agent:        f.id(agent),
			Patient:      patient,
			PatientActor: f.id(patientActor),
			Time:         f.time(lo, hi),
			Place:        f.id(f.place(lo, hi, agent)),
			Modality:     g.modality,
			Sentence:     si,
			Span:         record.Span{int(f.d.Tokens[spanStart].Start), int(f.d.Tokens[end].End)},
		}
		out = append(out, cand{e: e, g: g, agent: agent, patient: patientActor})
	}
	return out
}

// withClause says whether the non-finite group g is the verb of "with NP
// doing": "with WhatsApp joining the legal battle".
func (f *finder) withClause(g group) bool {
	t := f.d.Tokens
	if t[g.Main].Tag != "VBG" || g.First != g.Main {
		return false
	}
	n := f.syn.PhraseLeft(g.First-1, f.d.Sentences[t[g.Main].Sent].First)
	return n.OK && n.A > 0 && strings.EqualFold(t[n.A-1].Text, "with")
}

// modifier says whether the non-finite group g modifies a noun: "the
// proposed law", "rising prices".
func (f *finder) modifier(g group) bool {
	t := f.d.Tokens
	if g.First != g.Main || t[g.Main].Tag == "VB" {
		return false
	}
	if g.First > 0 && t[g.First-1].Sent == t[g.Main].Sent {
		switch t[g.First-1].Tag {
		case "DT", "PRP$", "JJ", "POS", "CD":
			return true
		}
	}
	n := g.Last + 1
	return n < len(t) && t[n].Sent == t[g.Main].Sent && strings.HasPrefix(t[n].Tag, "NN")
}

// nearestActor returns the actor of the nearest mention ending at or
// before token k, no further left than first; -1 for none.
func (f *finder) nearestActor(k, first int) int {
	for ; k >= first; k-- {
		if f.actorOf[k] >= 0 {
			return int(f.actorOf[k])
		}
	}
	return -1
}

// groups returns the verb groups of sentence si with their modality.
func (f *finder) groups(si int) []group {
	r := f.syn.Sentences[si]
	gs := make([]group, 0, r.Lim-r.First)
	for i := r.First; i < r.Lim; i++ {
		v := &f.syn.Verbs[i]
		gs = append(gs, group{Verb: v, modality: modality(v, f.d.Tokens[v.Main].Tag)})
	}
	return gs
}

// modality returns the modality verb group v gives its event; tag is the
// main verb's.
func modality(v *syntax.Verb, tag string) string {
	switch {
	case v.Negated || v.Control == "negated":
		return record.Negated
	case v.Possible:
		return record.Possible
	case v.Tense == syntax.Future || v.Control == "future":
		return record.Future
	case v.Control == "ongoing" || tag == "VBG" || tag == "VBZ" || tag == "VBP":
		return record.Ongoing
	}
	return record.Past
}

// subject returns the subject of group g: the phrase the syntax read, or
// where a comma parts the verb from its subject the candidate that names
// an actor (package actors' Resolver.Doer). inherit says that g shares
// the subject of the group before it ("and challenged").
func (f *finder) subject(g group) (n np, ok, inherit bool) {
	sub := g.Subject
	if sub.Inherit {
		return np{}, false, true
	}
	p := f.refs.Doer(sub)
	return p, p.OK, false
}

// npActor returns the actor the noun phrase n names (package actors'
// Resolver.Named), else the organisation an "it" refers to; -1 for none.
func (f *finder) npActor(n np) int {
	if a := f.refs.Named(n); a >= 0 {
		return a
	}
	return f.refs.It(int(n.A), int(n.Head))
}

// place returns the first location actor in tokens [lo, hi) that follows a
// preposition of place, other than the agent; -1 for none.
func (f *finder) place(lo, hi, agent int) int {
	t := f.d.Tokens
	for i := lo + 1; i < hi; i++ {
		a := int(f.actorOf[i])
		if a < 0 || a == agent || f.actors[a].Type != record.Location || int(f.actorOf[i-1]) == a {
			continue
		}
		j := i - 1
		for j > lo && t[j].Tag == "DT" {
			j--
		}
		switch strings.ToLower(t[j].Text) {
		case "in", "at", "from", "near", "outside", "inside", "across", "throughout", "into":
			return a
		}
	}
	return -1
}

// time returns the first time expression in tokens [lo, hi) as written,
// without a leading preposition: "February", "last week", "2015".
func (f *finder) time(lo, hi int) string {
	t := f.d.Tokens
	for i := lo; i < hi; i++ {
		w := f.syn.Items[i].Lower
		kind := f.lx.time[w]
		switch {
		case (kind == "month" || kind == "weekday") && nlp.IsCapitalized(t[i].Text):
			a, b := i, i
			if a > lo && (f.lx.time[f.syn.Items[a-1].Lower] == "lead" || strings.EqualFold(t[a-1].Text, "early") || strings.EqualFold(t[a-1].Text, "late")) {
				a--
			}
			for b+1 < hi && (t[b+1].Tag == "CD" || t[b+1].Text == "," && b+2 < hi && isYear(t[b+2].Text)) {
				b++
			}
			return f.text(a, b)
		case kind == "day":
			return t[i].Text
		case kind == "lead" && !nlp.IsCapitalized(t[i].Text) || kind == "lead" && i == int(t[i].Sent):
			b := i + 1
			for b < hi && f.lx.time[f.syn.Items[b].Lower] == "lead" {
				b++
			}
			if b < hi && f.lx.time[f.syn.Items[b].Lower] == "unit" {
				return f.text(i, b)
			}
		case t[i].Tag == "CD" && isYear(t[i].Text) && (i == lo || t[i-1].Text != "$"):
			return t[i].Text
		}
	}
	return ""
}

func isYear(w string) bool {
	if len(w) != 4 {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return w >= "1800" && w <= "2099"
}

// text returns the input from the start of token a to the end of token b.
func (f *finder) text(a, b int) string {
	return string(f.d.Input[f.d.Tokens[a].Start:f.d.Tokens[b].End])
}

// id returns the id of actor a, or nil for -1.
func (f *finder) id(a int) *string {
	if a < 0 {
		return nil
	}
	id := f.actors[a].ID
	return &id
}
