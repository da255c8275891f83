package claims

import (
	"sort"
	"strings"

	"github.com/extract-news/extract/internal/lexicon"
	"github.com/extract-news/extract/internal/nlp"
	"github.com/extract-news/extract/internal/record"
)

// No speaker: the claim's speaker is null.
const none = -1

// subject is the speaker found for a cue: an actor, or none when the
// subject is a phrase that names no actor ("the report said").
type subject struct {
	actor int // index into f.actors, or none
	first int // first token of the subject phrase
	ok    bool
}

// skippable reports whether token i may stand between a subject and its
// cue: adverbs, auxiliaries and time words ("has also said", "on Friday
// said").
func (f *finder) skippable(i int) bool {
	t := f.d.Tokens[i]
	w := strings.ToLower(t.Text)
	if auxiliaries[w] || timeWords[w] || w == "not" || w == "n't" {
		return true
	}
	switch t.Tag {
	case "RB", "RBR", "RBS", "MD":
		return w != "so" && w != "then," && !strings.HasSuffix(w, ",")
	}
	if (w == "on" || w == "last" || w == "this" || w == "late" || w == "early" || w == "earlier") && i+1 < len(f.d.Tokens) && timeWords[strings.ToLower(f.d.Tokens[i+1].Text)] {
		return true
	}
	// "who in 2010 said": a year after "in".
	if t.Tag == "CD" && len(w) == 4 && (w[:2] == "19" || w[:2] == "20") && i > 0 && strings.EqualFold(f.d.Tokens[i-1].Text, "in") {
		return true
	}
	if w == "in" && i+1 < len(f.d.Tokens) {
		n := f.d.Tokens[i+1].Text
		return f.d.Tokens[i+1].Tag == "CD" && len(n) == 4 && (n[:2] == "19" || n[:2] == "20")
	}
	return false
}

var auxiliaries = set("has", "have", "had", "is", "was", "were", "are", "be", "been", "being",
	"did", "does", "do", "will", "would", "could", "should", "may", "might", "can", "shall", "must",
	"'s", "'d", "'ve", "'ll", "also", "then", "previously", "reportedly", "later", "repeatedly",
	"once", "again", "further", "publicly", "privately", "separately", "recently", "initially",
	"first", "still", "often", "frequently", "simply", "flatly", "explicitly", "directly")

var timeWords = lexicon.TimeWords(lexicon.Weekday | lexicon.Day | lexicon.Part | lexicon.Unit | lexicon.Relative | lexicon.Now)

// npTag reports whether a token can be part of a noun phrase.
func npTag(tag string) bool {
	switch tag {
	case "DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "POS", "PRP$", "NNP$", "VBN":
		return true
	}
	return false
}

// subjectLeft finds the subject of the cue at token c, to its left and not
// before token lo: "X said", "X, a doctor, said", "he added", "X and Y
// told reporters".
func (f *finder) subjectLeft(c, lo int) subject {
	toks := f.d.Tokens
	j := c - 1
	// Passives: "X was quoted as saying".
	if j-1 >= lo && strings.EqualFold(toks[j].Text, "as") && asVerbs[strings.ToLower(toks[j-1].Text)] {
		j -= 2
	}
	// Skip what may stand between a subject and its cue.
skip:
	for j >= lo {
		switch {
		case f.interjection(j, lo):
			j -= 3 // "X, though, say"
		case f.timePhrase(j, lo) > 0:
			j -= f.timePhrase(j, lo) // "Trump in recent days has suggested"
		case toks[j].Text == ")":
			// A parenthesis: "Rep. John Mica (R-Fla.) said".
			m := j - 1
			for m >= lo && toks[m].Text != "(" && j-m < 12 {
				m--
			}
			if m < lo || toks[m].Text != "(" {
				break skip
			}
			j = m - 1
		case f.skippable(j):
			j--
		default:
			break skip
		}
	}
	if j < lo {
		return subject{}
	}
	if w := toks[j].Text; (w == "who" || w == "which" || w == "that") && (toks[j].Tag == "WP" || toks[j].Tag == "WDT") {
		return f.relative(j, lo)
	}
	if toks[j].Text == "," {
		if toks[c].Tag == "VBG" {
			return subject{} // ", adding that": see participle
		}
		return f.apposition(j, lo)
	}
	sub := f.nounPhrase(j, lo)
	// "X, chairperson of Y, Z union said": an apposition whose closing
	// comma is missing, and whose last phrase names no person.
	if sub.ok && sub.first-1 > lo && toks[sub.first-1].Text == "," && (sub.actor == none || f.actors[sub.actor].Type != record.Person) {
		if a := f.apposition(sub.first-1, lo); a.ok && a.actor != none && f.actors[a.actor].Type == record.Person {
			return a
		}
	}
	return sub
}

// namesAny reports whether an actor is named in tokens [a, b).
func (f *finder) namesAny(a, b int) bool {
	for k := a; k < b; k++ {
		if f.owner[k] != none {
			return true
		}
	}
	return false
}

// timePhrase returns the length of a phrase of time ending at token j,
// between a subject and its verb ("in recent days", "over the past
// week"), or 0.
func (f *finder) timePhrase(j, lo int) int {
	toks := f.d.Tokens
	if j-1 >= lo && months[toks[j].Text] && (toks[j-1].Text == "in" || toks[j-1].Text == "since") {
		return 2 // "Comey in June sharply criticized"
	}
	if !timeNouns[strings.ToLower(toks[j].Text)] {
		return 0
	}
	for k := j - 1; k >= lo && k >= j-3; k-- {
		switch w := strings.ToLower(toks[k].Text); {
		case w == "in" || w == "over" || w == "during" || w == "for" || w == "within":
			return j - k + 1
		case toks[k].Tag == "DT" || toks[k].Tag == "JJ" || toks[k].Tag == "CD":
		default:
			return 0
		}
	}
	return 0
}

var months = lexicon.TimeNames(lexicon.Month)

var timeNouns = lexicon.TimeWords(lexicon.Duration)

// interjection reports whether tokens j-2..j are a word set off by commas
// between a subject and its verb: ", though,", ", however,".
func (f *finder) interjection(j, lo int) bool {
	toks := f.d.Tokens
	return j-3 >= lo && toks[j].Text == "," && toks[j-2].Text == "," && interjections[strings.ToLower(toks[j-1].Text)]
}

var interjections = set("though", "however", "too", "meanwhile", "moreover", "instead", "nonetheless", "nevertheless", "meantime")

// relative finds the subject of a relative clause whose pronoun is token
// j: the noun phrase it follows ("Trump, who says ...", "the police
// department, which reported ..."), whose actor's spans gain the pronoun.
func (f *finder) relative(j, lo int) subject {
	m := j - 1
	if m >= lo && f.d.Tokens[m].Text == "," {
		m--
	}
	if m < lo {
		return subject{}
	}
	sub := f.nounPhrase(m, lo)
	if !sub.ok || f.d.Tokens[m].Tag == "PRP" {
		return subject{}
	}
	if sub.actor != none {
		f.link(sub.actor, j)
	}
	return subject{actor: sub.actor, first: j, ok: true}
}

// apposition finds the subject before the comma at token j that closes an
// apposition or a relative clause: "X, a doctor, said", "X, Director of Y,
// and Chairman of Z, says". The subject is the first comma-separated piece,
// from the left, that is a noun phrase naming an actor; failing that, the
// noun phrase before the comma at which the apposition opens.
func (f *finder) apposition(j, lo int) subject {
	toks := f.d.Tokens
	var commas []int // commas before j, nearest first
	for m := j - 1; m >= lo && j-m < 40; m-- {
		if toks[m].Text == "," {
			commas = append(commas, m)
		}
	}
	// Pieces start at lo or after a comma; the leftmost first.
	starts := []int{lo}
	for k := len(commas) - 1; k >= 0; k-- {
		starts = append(starts, commas[k]+1)
	}
	ends := append([]int{}, commas...)
	for a, b := 0, len(ends)-1; a < b; a, b = a+1, b-1 {
		ends[a], ends[b] = ends[b], ends[a]
	}
	ends = append(ends, j)
	// A person named in a piece wins over an institution named before
	// it: "Its lawyer, Raymond Ostrowski, said" is Ostrowski's.
	var first subject
	for k, s := range starts {
		e := ends[k] // exclusive
		if e <= s {
			continue
		}
		if sub := f.nounPhrase(e-1, s); sub.ok && sub.actor != none && sub.first == s {
			if f.actors[sub.actor].Type == record.Person {
				return sub
			}
			if !first.ok {
				first = sub
			}
		}
	}
	if first.ok {
		return first
	}
	if len(commas) > 0 {
		if sub := f.nounPhrase(commas[0]-1, lo); sub.ok && sub.actor != none {
			return sub
		}
	}
	// "The first ad, launched Wednesday, argued": a phrase that names no
	// actor opens the sentence, the apposition after it.
	if len(commas) > 0 && lo == starts[0] && ends[0] > lo && ends[0]-lo <= 6 && !f.namesAny(lo, j) {
		if sub := f.nounPhrase(ends[0]-1, lo); sub.ok && sub.first == lo && sub.actor == none && nounTag(toks[ends[0]-1].Tag) {
			return sub
		}
	}
	return subject{}
}

// asVerbs are the participles of "X was quoted as saying".
var asVerbs = set("quoted", "cited", "heard", "recorded", "reported", "described")

// nounPhrase reads the noun phrase that ends at token j (not before lo) and
// returns the actor it names: the actor of its head, else the first actor
// named in it ("the Trump campaign", "a spokeswoman for Apple").
func (f *finder) nounPhrase(j, lo int) subject {
	toks := f.d.Tokens
	t := toks[j]
	if t.Tag == "PRP" {
		a := f.pronoun(j)
		if a == none && !pronounSubjects[strings.ToLower(t.Text)] {
			return subject{}
		}
		return subject{actor: a, first: j, ok: true}
	}
	if f.owner[j] == none && !npTag(t.Tag) || t.Tag == "VBN" || t.Tag == "POS" {
		return subject{}
	}
	k := j
	for k-1 >= lo {
		p := toks[k-1]
		w := strings.ToLower(p.Text)
		switch {
		case f.owner[k-1] != none, npTag(p.Tag) && p.Tag != "VBN":
		case (w == "of" || w == "for" || w == "at" || w == "from" || w == "and" || w == "&") && k-2 >= lo && (npTag(toks[k-2].Tag) || f.owner[k-2] != none):
		case w == "in" && k-2 >= lo && (toks[k-2].Tag == "NNS" || f.owner[k-2] != none && f.actors[f.owner[k-2]].Type != record.Location) && f.owner[k] != none && f.actors[f.owner[k]].Type == record.Location:
			// "Health workers in Mombasa said", "the Investigatory Powers
			// Tribunal in London agreed"
		case (w == "with" || w == "to") && k-2 >= lo && (strings.EqualFold(toks[k-2].Text, "familiar") || strings.EqualFold(toks[k-2].Text, "close")):
		case w == "to" && k-2 >= lo && f.owner[k] != none && (toks[k-2].Tag == "NNS" || toks[k-2].Tag == "NN"):
			// "advisers to Mr. Obama", "a spokeswoman to the president"
			// "an official familiar with the matter", "a source close to"
		default:
			goto done
		}
		k--
	}
done:
	// "X and Y said": the first of them.
	for i := k + 1; i < j; i++ {
		if w := toks[i].Text; (w == "and" || w == "&") && f.owner[i-1] != none && f.owner[j] != none && f.owner[i-1] != f.owner[j] && f.owner[i] == none {
			for m := k; m < i; m++ {
				if f.owner[m] != none {
					return subject{actor: f.owner[m], first: k, ok: true}
				}
			}
		}
	}
	// "the senator", taken for an unnamed source, refers back to a senator.
	if a := f.owner[j]; a != none && f.actors[a].Anonymous {
		if r := f.description(k, j, a); r != none {
			return subject{actor: r, first: k, ok: true}
		}
	}
	// A person's name ends its phrase: "CEO of the Refugee Council Enver
	// Solomon", "Clinton spokesman Nick Merrill".
	if f.owner[j] != none && f.actors[f.owner[j]].Type == record.Person && nlp.IsCapitalized(toks[j].Text) {
		return subject{actor: f.owner[j], first: k, ok: true}
	}
	head := j
	for i := k; i < j; i++ {
		if w := strings.ToLower(toks[i].Text); (w == "of" || w == "for" || w == "at" || w == "from" || w == "in") && i > k {
			head = i - 1
			break
		}
	}
	if f.owner[head] != none {
		return subject{actor: f.owner[head], first: k, ok: true}
	}
	for i := k; i <= j; i++ {
		if f.owner[i] != none {
			return subject{actor: f.owner[i], first: k, ok: true}
		}
	}
	if !nounTag(t.Tag) {
		return subject{}
	}
	return subject{actor: f.description(k, j, none), first: k, ok: true}
}

func nounTag(tag string) bool {
	return strings.HasPrefix(tag, "NN") || tag == "CD"
}

var pronounSubjects = set("he", "she", "they", "it", "we", "i")

// subjectRight reads the subject after an inverted cue: "said X", "said a
// spokesman for Y". It is a subject only when the phrase ends the clause.
func (f *finder) subjectRight(i, lim int) subject {
	toks := f.d.Tokens
	for i < lim && f.skippable(i) {
		i++
	}
	if i >= lim {
		return subject{}
	}
	if toks[i].Tag == "PRP" {
		if lim > i+1 && !clauseEnd(toks[i+1].Text) {
			return subject{}
		}
		a := f.pronoun(i)
		return subject{actor: a, first: i, ok: a != none}
	}
	j := i
	for j < lim && (f.owner[j] != none || npTag(toks[j].Tag) || toks[j].Text == "of" || toks[j].Text == "for" || toks[j].Text == "at") {
		j++
	}
	if j == i {
		return subject{}
	}
	after := j
	if j < lim && toks[j].Text == "(" && f.owner[j-1] != none {
		// "said Rep. Ann Bell (D-Ohio), who ...": past the parenthesis.
		m := j + 1
		for m < lim && toks[m].Text != ")" && m-j < 8 {
			m++
		}
		if m < lim && toks[m].Text == ")" {
			after = m + 1
		}
	}
	if after < lim && !clauseEnd(toks[after].Text) && toks[after].Text != "who" && toks[after].Text != "in" && toks[after].Text != "on" && toks[after].Tag != "VBD" && toks[after].Tag != "VBZ" {
		return subject{}
	}
	if a := f.owner[j-1]; a != none && f.actors[a].Anonymous {
		if r := f.description(i, j-1, a); r != none {
			return subject{actor: r, first: i, ok: true}
		}
	}
	for k := i; k < j; k++ {
		if f.owner[k] != none {
			return subject{actor: f.owner[k], first: i, ok: true}
		}
	}
	if !nounTag(toks[j-1].Tag) {
		return subject{}
	}
	return subject{actor: f.description(i, j-1, none), first: i, ok: true}
}

func clauseEnd(w string) bool {
	switch w {
	case ",", ".", "!", "?", ";", ":", "--", "-", ")":
		return true
	}
	return false
}

// pronoun returns the actor that pronoun token i refers to: the actor that
// package actors linked it to, else the latest compatible speaker or actor
// in this paragraph or the one before, whose spans then gain the pronoun.
func (f *finder) pronoun(i int) int {
	t := f.d.Tokens[i]
	w := strings.ToLower(t.Text)
	if !pronounSubjects[w] || w == "i" || w == "we" {
		return f.owner[i]
	}
	linked := f.owner[i]
	if linked != none && !compatible(f.actors[linked], w) {
		linked = none
	}
	para := f.d.Sentences[t.Sent].Paragraph
	for k := len(f.claims) - 1; k >= 0; k-- {
		c := f.claims[k]
		if c.span[0] >= t.Start {
			continue
		}
		if para-c.para > 2 {
			break
		}
		if c.speaker != none && compatible(f.actors[c.speaker], w) {
			// The speaker just quoted, unless the pronoun's actor has been
			// named since, outside quotations and claims.
			if linked != none && (linked == c.speaker || f.namedBetween(linked, c.span[1], t.Start)) {
				return linked
			}
			f.link(c.speaker, i)
			return c.speaker
		}
	}
	if linked != none {
		return linked
	}
	// The nearest earlier mention of a compatible actor.
	best, bestAt := none, -1
	for a, act := range f.actors {
		if !compatible(act, w) {
			continue
		}
		for _, s := range act.Spans {
			if s[1] <= t.Start && s[0] > bestAt && para-f.paraAt(s[0]) <= 3 && !f.quoted(s[0]) {
				best, bestAt = a, s[0]
			}
		}
	}
	if best != none {
		f.link(best, i)
	}
	return best
}

// namedBetween reports whether actor a has a mention in [from, to) that is
// not a pronoun and lies outside every quotation and claim.
func (f *finder) namedBetween(a, from, to int) bool {
	for _, sp := range f.actors[a].Spans {
		if sp[0] < from || sp[1] > to || f.quoted(sp[0]) {
			continue
		}
		if k := f.tokAt(sp[0]); k < len(f.d.Tokens) && f.d.Tokens[k].Tag == "PRP" || k < len(f.d.Tokens) && f.d.Tokens[k].Tag == "PRP$" {
			continue
		}
		inClaim := false
		for _, c := range f.claims {
			if sp[0] >= c.span[0] && sp[0] < c.span[1] {
				inClaim = true
				break
			}
		}
		if !inClaim {
			return true
		}
	}
	return false
}

// quoted reports whether input offset off lies inside a quotation.
func (f *finder) quoted(off int) bool {
	qs := f.quotedText
	i := sort.Search(len(qs), func(i int) bool { return qs[i][1] > off })
	return i < len(qs) && off >= qs[i][0]
}

func compatible(a record.Actor, w string) bool {
	switch w {
	case "he", "she":
		// A person known by one word only is as likely a misread company.
		return a.Type == record.Person && !a.Anonymous && (len(strings.Fields(a.Name)) >= 2 || len(a.Titles) > 0)
	case "they":
		return a.Type == record.Group || a.Type == record.Organization || a.Anonymous
	case "it":
		return a.Type == record.Organization || a.Type == record.Location && !a.Anonymous
	}
	return false
}

// link adds the span of token i to actor a.
func (f *finder) link(a, i int) { f.linkTokens(a, i, i+1) }

// linkTokens adds the span of tokens [i, j) to actor a.
func (f *finder) linkTokens(a, i, j int) {
	act := &f.actors[a]
	sp := record.Span{f.d.Tokens[i].Start, f.d.Tokens[j-1].End}
	for _, s := range act.Spans {
		if s == sp {
			return
		}
	}
	act.Spans = append(act.Spans, sp)
	sort.Slice(act.Spans, func(x, y int) bool {
		if act.Spans[x][0] != act.Spans[y][0] {
			return act.Spans[x][0] < act.Spans[y][0]
		}
		return act.Spans[x][1] < act.Spans[y][1]
	})
	act.Mentions = len(act.Spans)
	for k := i; k < j; k++ {
		f.owner[k] = a
	}
}

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
