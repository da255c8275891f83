package positions

import (
	"strings"

	"github.com/extract-news/extract/internal/record"
	"github.com/extract-news/extract/internal/syntax"
)

// fromCopulas reads "X is opposed to Y", "X remains critical of Y": the
// holder is the subject of the copula, the target what follows the
// adjective's preposition. A passive "are opposed to" without a
// by-phrase reads the same.
func (f *finder) fromCopulas() {
	for gi := range f.syn.Verbs {
		g := &f.syn.Verbs[gi]
		if g.Negated || g.Control == "negated" || f.quoted(g.Main) {
			continue
		}
		sent := f.d.Tokens[g.Main].Sent
		lim := f.d.Sentences[sent].Lim
		var k int
		switch {
		case g.Passive && f.lx.Adjective[f.syn.Items[g.Main].Lower] != "" && !g.By.OK:
			k = g.Main // "are opposed to", "was concerned about"
		case g.Passive && f.lx.Adjective[f.syn.Items[g.Main].Lower] != "" && f.syn.Word(g.Main+1, "by"):
			k = g.Main // "was concerned by the rhetoric"
		case syntax.Copula(g.Lemma):
			k = g.Last + 1
			for k < lim && f.syn.Is(k, syntax.Adverb) && !f.lx.Negator[f.syn.Items[k].Lower] {
				k++
			}
		default:
			continue
		}
		if k+1 >= lim {
			continue
		}
		stance, ok := f.lx.Adjective[f.syn.Items[k].Lower]
		if !ok {
			continue
		}
		switch f.syn.Items[k+1].Lower {
		case "to", "of", "toward", "towards", "about", "with", "by", "over":
		default:
			continue
		}
		holder := f.holder(f.holderOf(gi))
		if holder < 0 {
			continue
		}
		target, targetActor := f.target(f.syn.Target(k+1, lim))
		s := f.d.Sentences[sent]
		f.add(holder, stance, target, targetActor, "", int(sent), record.Span{s.Start, s.End})
	}
}

// fromNounSources reads the stance of a noun of stance whose holder
// follows it in a "from" phrase: "criticism of the toll from the
// council", "support for the bill from Democrats"; or stands right before
// it as a modifier: "Republican opposition to the bill". The target is
// the noun's "to", "of", "for", "against", "over" or "on" phrase.
func (f *finder) fromNounSources() {
	t := f.d.Tokens
	for j := 0; j+1 < len(t); j++ {
		stance, ok := nounStance(f.lx.Noun, f.syn.Items[j].Lower)
		if !ok || !strings.HasPrefix(t[j].Tag, "NN") || f.quoted(j) || f.syn.Negated(j) {
			continue
		}
		f.nounSource(j, stance)
	}
}

// nounSource reads the stance of the noun of stance at token j.
func (f *finder) nounSource(j int, stance string) {
	t := f.d.Tokens
	sent := t[j].Sent
	s := f.d.Sentences[sent]
	target, targetActor, end, ok := f.nounTarget(j, s.Lim)
	if !ok {
		return
	}
	if h, text, actor, ok := f.winnerOf(j, s.First, s.Lim); ok {
		// "the bill won the support of the council": the council
		// backs the bill.
		for _, a := range h {
			if a != actor {
				f.add(a, stance, text, actor, "", int(sent), record.Span{s.Start, s.End})
			}
		}
		return
	}
	holders := f.nounHolders(j, end, s.First, s.Lim, target != "")
	if len(holders) > 0 && target == "" {
		target, targetActor = f.clauseSubject(j)
	}
	for _, holder := range holders {
		if holder != targetActor {
			f.add(holder, stance, target, targetActor, "", int(sent), record.Span{s.Start, s.End})
		}
	}
}

// nounTarget reads the target of the noun of stance at token j, in a
// sentence ending before lim: its "to", "of", "for", "against", "over",
// "on", "with" or "about" phrase, and the token that phrase ends on (j
// when it has none). ok is false for an amount: "a commitment of $2
// billion" is toward nothing.
func (f *finder) nounTarget(j, lim int) (target string, targetActor, end int, ok bool) {
	t := f.d.Tokens
	targetActor, end = -1, j
	if j+1 >= len(t) {
		return "", -1, j, true
	}
	switch f.syn.Items[j+1].Lower {
	case "to", "of", "for", "against", "over", "on", "with", "about":
		if j+2 < lim && (t[j+2].Tag == "CD" || t[j+2].Tag == "$" || f.syn.Word(j+2, "$")) {
			return "", -1, j, false
		}
		p := f.syn.Target(j+1, lim)
		target, targetActor = f.target(p)
		if p.OK {
			end = int(p.B)
		}
	}
	return target, targetActor, end, true
}

// nounHolders returns the holders of the noun of stance at token j, whose
// target phrase ends on token end, in sentence tokens [first, lim).
func (f *finder) nounHolders(j, end, first, lim int, hasTarget bool) []int {
	t := f.d.Tokens
	// A modifier right before the noun: "Republican opposition".
	if m := j - 1; m >= first && f.actorOf[m] >= 0 && !f.possessor(m) && t[m].Tag != "POS" &&
		(t[m].Tag == "JJ" || t[m].Tag == "NNP" || t[m].Tag == "NNPS") {
		return []int{int(f.actorOf[m])}
	}
	// A possessive pronoun before it, past adjectives: "voiced his
	// strong opposition to the toll".
	if m := j - 1; hasTarget {
		for m >= first && t[m].Tag == "JJ" {
			m--
		}
		if m >= first && t[m].Tag == "PRP$" {
			if a := f.pronoun(m); a >= 0 {
				return []int{a}
			}
		}
	}
	// A "from" phrase after the noun or its target, naming one actor or a
	// list of them: "criticism from Quill, Ashdown and the council".
	if end+2 < lim && f.syn.Word(end+1, "from") {
		return f.actorList(end+2, lim)
	}
	return nil
}

// clauseSubject is the target of a noun of stance with none after it:
// what the clause holding it is said of, when the noun follows its verb
// ("the toll drew criticism from the council").
func (f *finder) clauseSubject(j int) (string, int) {
	if gi := f.syn.Governing(j); gi >= 0 && f.syn.Verbs[gi].Last < j && !syntax.Copula(f.syn.Verbs[gi].Lemma) {
		if h := f.holderOf(gi); h.OK && !f.firstPerson(h) {
			return f.thing(h)
		}
	}
	return "", -1
}

// actorList returns the actors named from token k on, before lim: one,
// or a list joined by commas and "and" ("Quill, Ashdown and the
// council"), past determiners, adjectives, numbers and titles.
func (f *finder) actorList(k, lim int) []int {
	t := f.d.Tokens
	var out []int
	for k < lim {
		for k < lim && (t[k].Tag == "DT" || t[k].Tag == "JJ" || t[k].Tag == "CD" || f.actorOf[k] < 0 && t[k].Tag == "NNP") {
			k++
		}
		if k >= lim || f.actorOf[k] < 0 || f.possessor(k) {
			break
		}
		a := int(f.actorOf[k])
		for k < lim && int(f.actorOf[k]) == a {
			k++
		}
		if k < lim && f.possessor(k-1) {
			break
		}
		out = append(out, a)
		if k < lim && (f.syn.Word(k, ",") || f.syn.Word(k, "and")) {
			k++
			if k < lim && f.syn.Word(k, "and") {
				k++
			}
			continue
		}
		break
	}
	return out
}

// fromRoles reads the stance of an actor named by a noun of role: in
// apposition ("Ben Ashdown, a critic of the toll,"), after a copula
// ("Ben Ashdown is an ally of the mayor"), or as a title before the name
// ("longtime Quill ally Ben Ashdown"). The target is the noun's "of"
// phrase, or an actor that modifies it ("a Quill ally").
func (f *finder) fromRoles() {
	t := f.d.Tokens
	for j := 1; j < len(t); j++ {
		stance, ok := f.lx.Role[f.syn.Items[j].Lower]
		if !ok || !strings.HasPrefix(t[j].Tag, "NN") || f.quoted(j) {
			continue
		}
		sent := t[j].Sent
		s := f.d.Sentences[sent]
		target, targetActor, a := f.roleTarget(j, s.First, s.Lim)
		if target == "" {
			continue
		}
		holder := f.roleHolder(j, a, s.First, s.Lim, targetActor)
		if holder < 0 || holder == targetActor {
			continue
		}
		f.add(holder, stance, target, targetActor, "", int(sent), record.Span{s.Start, s.End})
	}
}

// roleTarget reads the target of the noun of role at token j, in
// sentence tokens [first, lim): an "of" phrase, else an actor modifying
// it. a is the token before the noun's modifiers (and before the
// modifying actor).
func (f *finder) roleTarget(j, first, lim int) (target string, targetActor, a int) {
	t := f.d.Tokens
	targetActor = -1
	if j+1 < lim && f.syn.Word(j+1, "of") {
		target, targetActor = f.target(f.syn.Target(j+1, lim))
	}
	a = j - 1
	for a >= first && (t[a].Tag == "JJ" || t[a].Tag == "RB") && f.actorOf[a] < 0 {
		a--
	}
	if target == "" && a >= first && f.actorOf[a] >= 0 && t[a].Tag != "POS" {
		m := int(f.actorOf[a])
		b := a
		for b > first && int(f.actorOf[b-1]) == m {
			b--
		}
		target, targetActor = string(f.d.Input[t[b].Start:t[a].End]), m
		a = b - 1
	}
	return target, targetActor, a
}

// roleHolder returns the holder of the noun of role at token j, whose
// modifiers begin after token a: a name right after it ("Quill ally Ben
// Ashdown"), the name before an apposition, or the subject of a copula;
// -1 for none.
func (f *finder) roleHolder(j, a, first, lim, targetActor int) int {
	t := f.d.Tokens
	if j+1 < lim && f.actorOf[j+1] >= 0 && int(f.actorOf[j+1]) != targetActor && t[j+1].Tag == "NNP" {
		return int(f.actorOf[j+1])
	}
	for a >= first && (t[a].Tag == "DT" || t[a].Tag == "PRP$" || t[a].Tag == "JJ" || t[a].Tag == "RB") {
		a--
	}
	switch {
	case a > first && f.syn.Word(a, ",") && f.actorOf[a-1] >= 0:
		return int(f.actorOf[a-1])
	case a > first && f.syn.Word(a, ","):
		return f.pastAside(a, first)
	case a >= first:
		if gi := f.syn.GroupAt(a); gi >= 0 && syntax.Copula(f.syn.Verbs[gi].Lemma) && !f.syn.Verbs[gi].Negated {
			return f.holder(f.holderOf(gi))
		}
	}
	return -1
}

// pastAside returns the actor named before a short aside between commas
// that ends with the comma at token a: "Ben Ashdown, R-Tarrow, a critic
// of the toll"; -1 for none.
func (f *finder) pastAside(a, first int) int {
	for b := a - 1; b > first && b >= a-5 && !f.syn.Is(b, syntax.Verbal); b-- {
		if f.syn.Word(b, ",") {
			if f.actorOf[b-1] >= 0 && !f.possessor(b-1) {
				return int(f.actorOf[b-1])
			}
			return -1
		}
	}
	return -1
}

// winnerOf reads "X won the support of Y, Z": for the noun of stance at
// token j, inside sentence tokens [first, lim), the actors its "of"
// phrase names (holders), and their target: what the verb before it is
// said of, as written, and its actor. ok is false when the noun does not
// stand so.
func (f *finder) winnerOf(j, first, lim int) (holders []int, target string, targetActor int, ok bool) {
	t := f.d.Tokens
	if j+2 >= lim || !f.syn.Word(j+1, "of") {
		return nil, "", -1, false
	}
	k := j - 1
	for k >= first && (t[k].Tag == "DT" || t[k].Tag == "JJ" || t[k].Tag == "PRP$" || t[k].Tag == "RB") {
		k--
	}
	gi := -1
	if k >= first {
		gi = f.syn.GroupAt(k)
	}
	if gi < 0 || !f.lx.Gains[f.syn.Verbs[gi].Lemma] || f.syn.Verbs[gi].Negated {
		return nil, "", -1, false
	}
	holders = f.actorList(j+2, lim)
	h := f.holderOf(gi)
	if len(holders) == 0 || !h.OK || f.firstPerson(h) {
		return nil, "", -1, false
	}
	if target, targetActor = f.thing(h); target == "" {
		return nil, "", -1, false
	}
	return holders, target, targetActor, true
}
